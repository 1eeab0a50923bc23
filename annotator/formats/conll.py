"""CoNLL / BIO: one token and its tag per line, nested entities in extra tag columns (Wojood style).

Reading builds each document's text from its tokens (one space between
tokens, one line per sentence) and keeps `meta.tokenisation = "whitespace"`,
so writing it back gives the very same tokens and tags. Files with no
sentence breaks at all (ANERcorp) are cut into sentences at . ! ? ؟ and into
documents of at most `SENTENCES_PER_DOCUMENT` sentences; so are files with sentence breaks but no
`-DOCSTART-` lines (Wojood's train.txt), so that `--split` can divide them. An I- tag with no
entity of its type before it starts one (it comes back as B-) and the reader
says how many it repaired.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO


from annotator.core.ingest import Note, Problem, Record
from annotator.core.model import Document
from annotator.core.text import token_spans
from annotator.core.reasons import reason

NAME = "conll"
SUFFIXES = (".conll", ".bio", ".iob", ".iob2", ".bilou")
SENTENCES_PER_DOCUMENT = 200
_TAG = re.compile(r"^(O|[BIELSU]-\S+)$")
_DOCSTART = "-DOCSTART-"
# Caps that no real corpus comes near (Wojood nests 4 deep; a line is a token and its tags), so a damaged or
# hostile file is refused in a sentence instead of filling memory.
MAX_TAG_COLUMNS = 32
MAX_LINE_CHARS = 1024 * 1024
_SENTENCE_FINAL = {".", "!", "?", "؟", "…"}


def read(path: Path, *, progress: Callable[[int], None] | None = None, **_options) -> Iterator[Record | Problem | Note]:
    """Documents from a CoNLL file; malformed lines become problems naming their line."""
    sentences: list[list[tuple[str, list[str], int]]] = []
    sentence: list[tuple[str, list[str], int]] = []
    first_line = 1
    repaired = 0
    saw_blank = False
    saw_docstart = False

    def flush_document(end_line: int):
        nonlocal sentences, first_line, repaired
        if sentence:
            sentences.append(sentence[:])
            sentence.clear()
        if sentences:
            record, fixed = _record(sentences, first_line)
            repaired += fixed
            yield record
        sentences = []
        first_line = end_line + 1

    with open(path, encoding="utf-8-sig", newline="") as stream:
        for number, raw in enumerate(iter(lambda: stream.readline(MAX_LINE_CHARS), ""), start=1):
            if progress:
                progress(len(raw.encode("utf-8")))
            if len(raw) >= MAX_LINE_CHARS and not raw.endswith("\n"):
                yield Problem(number, reason("the line is longer than {count:,} characters, far more than a token "
                                             "and its tags: not read", count=MAX_LINE_CHARS))
                while raw and not raw.endswith("\n"):  # the rest of that line, in pieces
                    raw = stream.readline(MAX_LINE_CHARS)
                continue
            line = raw.rstrip("\r\n")
            if not line.strip():
                saw_blank = True
                if sentence:
                    sentences.append(sentence[:])
                    sentence.clear()
                if not saw_docstart and len(sentences) >= SENTENCES_PER_DOCUMENT:
                    yield from flush_document(number)
                continue
            if line.startswith(_DOCSTART):
                saw_docstart = True
                yield from flush_document(number)
                continue
            if line.startswith("#"):
                continue
            token, tags, problem = _parse(line)
            if problem:
                yield Problem(number, problem)
                continue
            sentence.append((token, tags, number))
            if not saw_blank and token in _SENTENCE_FINAL:
                sentences.append(sentence[:])
                sentence.clear()
            if not saw_blank and len(sentences) >= SENTENCES_PER_DOCUMENT:
                yield from flush_document(number)
        yield from flush_document(0)
    if repaired:
        yield Note(0, reason('{repaired} I- tags followed no entity of their type; each now starts an entity (written back as B-)', repaired=repaired))


def _parse(line: str) -> tuple[str, list[str], str | None]:
    if line[0].isspace():
        return "", [], reason('a tag with no token (the line starts with a space)')
    fields = line.split()
    if len(fields) < 2:
        return "", [], reason('a token with no tag')
    token, tags = fields[0], fields[1:]
    if len(tags) > MAX_TAG_COLUMNS:
        return "", [], reason("{count:,} tag columns, more than any nesting (at most {most}): not read",
                              count=len(tags), most=MAX_TAG_COLUMNS)
    bad = [tag for tag in tags if not _TAG.match(tag)]
    if bad:
        if len(fields) > 2 and _TAG.match(fields[-1]):
            return "", [], reason('two lines merged into one? {text!r} stands where a tag belongs', text=bad[0])
        return "", [], reason('{text!r} is not a tag (O, B-X, I-X, E-X, S-X)', text=bad[0])
    return token, tags, None


def _record(sentences, first_line: int) -> tuple[Record, int]:
    """One document: its text from the tokens and its entities from every tag column."""
    pieces: list[str] = []
    offsets: list[tuple[int, int]] = []
    columns = max(len(tags) for sentence in sentences for _, tags, _ in sentence)
    tag_rows: list[list[str]] = []
    position = 0
    for index, sentence in enumerate(sentences):
        if index:
            pieces.append("\n")
            position += 1
        for number, (token, tags, _) in enumerate(sentence):
            if number:
                pieces.append(" ")
                position += 1
            offsets.append((position, position + len(token)))
            pieces.append(token)
            position += len(token)
            tag_rows.append(tags + ["O"] * (columns - len(tags)))
    text = "".join(pieces)
    entities, repaired = [], 0
    for column in range(columns):
        found, fixed = _spans([row[column] for row in tag_rows], offsets)
        entities += [{"start": s, "end": e, "label": label, "text": text[s:e]} for s, e, label in found]
        repaired += fixed
    return Record(line=first_line, text=text, meta={"tokenisation": "whitespace"}, entities=entities), repaired


def _spans(tags: list[str], offsets: list[tuple[int, int]]) -> tuple[list[tuple[int, int, str]], int]:
    """Entities from one column of BIO/BILOU tags; an orphan I- (or E-) opens a new entity."""
    spans, repaired = [], 0
    current: list | None = None
    for tag, (start, end) in zip(tags, offsets):
        prefix, _, label = tag.partition("-")
        if prefix in ("I", "E", "L") and current is not None and current[2] == label:
            current[1] = end
            if prefix in ("E", "L"):
                spans.append(tuple(current))
                current = None
            continue
        if current is not None:
            spans.append(tuple(current))
            current = None
        if prefix == "O":
            continue
        if prefix in ("I", "E", "L"):
            repaired += 1
        if prefix in ("S", "U") or prefix in ("E", "L"):
            spans.append((start, end, label))
        else:
            current = [start, end, label]
    if current is not None:
        spans.append(tuple(current))
    return spans, repaired


# --- writing -------------------------------------------------------------------------------


def write(documents: Iterable[Document], stream: IO[str], *, scheme: str = "bio", whole_tokens: bool = True,
          warn: Callable[[str], None] | None = None, **_options) -> int:
    """Tokens and tags; nested entities in extra columns; a -DOCSTART- line between documents.

    `whole_tokens`: an entity tags every token it touches (the Arabic corpora's
    way: وبالعراق B-LOC); otherwise tokens are cut at entity edges (و O, بالعراق …).
    """
    warn = warn or (lambda message: None)
    dropped = {"quotes": 0, "topics": 0, "relations": 0, "crossing": 0}
    count = 0
    for document in documents:
        if count:
            stream.write("\n")
        stream.write(f"{_DOCSTART} O\n\n")
        dropped["quotes"] += len(document.quotes)
        dropped["relations"] += len(document.relations)
        dropped["topics"] += len(document.topics)
        for sentence in sentences(document, whole_tokens):
            rows, crossing = tag_rows(sentence, document, scheme)
            dropped["crossing"] += crossing
            for token, tags in rows:
                stream.write(" ".join([token, *tags]) + "\n")
            stream.write("\n")
        count += 1
    if dropped["quotes"] or dropped["topics"] or dropped["relations"]:
        if dropped["relations"]:
            warn(reason("CoNLL carries no quotes or topics: left out {quotes} quotes and {topics} topics and "
                        "{relations} relations", quotes=dropped["quotes"], topics=dropped["topics"],
                        relations=dropped["relations"]))
        else:
            warn(reason("CoNLL carries no quotes or topics: left out {quotes} quotes and {topics} topics",
                        quotes=dropped["quotes"], topics=dropped["topics"]))
    if dropped["crossing"]:
        warn(reason('left out {crossing} entities that cross another one (CoNLL columns hold nesting, not crossing)', crossing=dropped['crossing']))
    return count


def sentences(document: Document, whole_tokens: bool) -> list[list[tuple[int, int]]]:
    """Token spans, sentence by sentence: lines, and sentence-final punctuation within them."""
    text = document.text
    if document.meta.get("tokenisation") == "whitespace":
        tokens = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
    else:
        tokens = token_spans(text)
        if not whole_tokens:
            tokens = _cut_at_entity_edges(tokens, document)
    sentences, current = [], []
    for start, end in tokens:
        if current and "\n" in text[current[-1][1]:start]:
            sentences.append(current)
            current = []
        current.append((start, end))
        if text[start:end] in _SENTENCE_FINAL and document.meta.get("tokenisation") != "whitespace":
            sentences.append(current)
            current = []
    if current:
        sentences.append(current)
    return sentences


def _cut_at_entity_edges(tokens: list[tuple[int, int]], document: Document) -> list[tuple[int, int]]:
    edges = sorted({e for entity in document.entities for e in (entity.start, entity.end)})
    cut = []
    for start, end in tokens:
        inner = [edge for edge in edges if start < edge < end]
        points = [start, *inner, end]
        cut += list(zip(points, points[1:]))
    return cut


def tag_rows(sentence: list[tuple[int, int]], document: Document, scheme: str):
    """(token, tags) for each token: column 1 the outermost entities, later columns the nested ones."""
    if not sentence:
        return [], 0
    start, end = sentence[0][0], sentence[-1][1]
    entities = sorted(
        (e for e in document.entities if e.start < end and e.end > start),
        key=lambda e: (e.start, -(e.end - e.start)),
    )
    layers: list[list] = []
    crossing = 0
    for entity in entities:
        for layer in layers:
            if all(other.end <= entity.start or other.start >= entity.end for other in layer):
                layer.append(entity)
                break
        else:
            if layers and any(o.start < entity.start < o.end < entity.end for layer in layers for o in layer):
                crossing += 1
                continue
            layers.append([entity])
    columns = [_column(sentence, layer, scheme) for layer in layers] or [["O"] * len(sentence)]
    text = document.text
    rows = [(text[s:e], [column[i] for column in columns]) for i, (s, e) in enumerate(sentence)]
    return rows, crossing


def _column(sentence: list[tuple[int, int]], layer: list, scheme: str) -> list[str]:
    tags = ["O"] * len(sentence)
    for entity in layer:
        covered = [i for i, (s, e) in enumerate(sentence) if s < entity.end and e > entity.start]
        for position, index in enumerate(covered):
            if scheme == "bilou" and len(covered) == 1:
                prefix = "U"
            elif position == 0:
                prefix = "B"
            elif scheme == "bilou" and position == len(covered) - 1:
                prefix = "L"
            else:
                prefix = "I"
            tags[index] = f"{prefix}-{entity.label}"
    return tags
