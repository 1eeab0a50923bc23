"""brat standoff: a folder of `.txt` and `.ann` pairs; T lines for spans, R lines for links, # notes.

Quotes are `Quote` spans, cues `Cue` spans, links `Speaker` and `Cue`
relations, relations between entities keep their labels; a speaker not in
the text is an AnnotatorNotes line on the quote ("speaker: NAME"). brat
requires the text after the tab to be the document's own characters, so a
span across a line break is written as fragments (`T1 Quote 44 62;63 76`,
its text the fragments joined by one space), as brat itself writes it, and
read back as one span when only line breaks and spaces lie between the
fragments. Writing adds an `annotation.conf` with every label and relation
and an `<OVERLAP>` rule, since entities nest and quotes hold names. brat has
no place for topics, status or metadata: they are left out with a warning.
Offsets are code points of the `.txt` file as written.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from annotator.core.ingest import Note, Problem, Record
from annotator.core.model import Document
from annotator.formats import spans as flat_spans
from annotator.core.reasons import reason

NAME = "brat"
SUFFIXES = (".ann",)
WRITES_FOLDER = True
_TYPES = {flat_spans.QUOTE: "Quote", flat_spans.CUE: "Cue", flat_spans.SPEAKER: "Speaker"}
_BACK = {value: key for key, value in _TYPES.items()}
_SPAN = re.compile(r"^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t(.*)$")
_RELATION = re.compile(r"^(R\d+)\t(\S+) Arg1:(T\d+) Arg2:(T\d+)\s*$")
_NOTE = re.compile(r"^#\d+\tAnnotatorNotes (T\d+)\t(.*)$")
_SPEAKER_NOTE = "speaker: "
_FRAGMENT_SEPARATOR = " "  # brat's DISCONT_SEP


def read(path: Path, *, progress: Callable[[int], None] | None = None, **_options) -> Iterator[Record | Problem | Note]:
    """One document from an `.ann` file and the `.txt` beside it."""
    path = Path(path)
    text_file = path.with_suffix(".txt")
    if not text_file.exists():
        yield Problem(0, reason('no {name} beside it: brat keeps the text in a .txt of the same name', name=text_file.name))
        return
    with open(text_file, encoding="utf-8-sig", newline="") as stream:
        text = stream.read()  # as brat counts: CRLF left as it is
    spans, relations, speaker_texts = [], [], {}
    problems, skipped, split = [], 0, []
    relation_lines: list[tuple[int, str, str, str]] = []
    refused_ids: set[str] = set()  # spans already reported, so their links need no second sentence
    for number, line in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), start=1):
        if not line.strip():
            continue
        if match := _SPAN.match(line):
            span_id, label, offsets, surface = match.groups()
            span = _span(text, span_id, label, offsets, surface)
            if isinstance(span, str):
                if span.startswith("split:"):
                    split.append(span_id)
                else:
                    problems.append(Problem(number, span))
                    refused_ids.add(span_id)
            else:
                spans.append(span)
        elif match := _RELATION.match(line):
            relation_id, label, head, tail = match.groups()
            relations.append((_BACK.get(label, label), head, tail))
            relation_lines.append((number, relation_id, head, tail))
        elif match := _NOTE.match(line):
            target, note = match.groups()
            if note.startswith(_SPEAKER_NOTE):
                speaker_texts[target] = note[len(_SPEAKER_NOTE):]
            else:
                skipped += 1
        elif line[:1] in ("A", "M", "E", "N", "#", "*"):
            skipped += 1
        else:
            problems.append(Problem(number, reason('not a brat standoff line: {text!r}', text=line[:40])))
    # A link to a T id the file never defines is a damaged file (brat itself reports it), not something to drop
    # quietly: a Cue or Speaker link lost that way would leave a quote without its verb or its speaker.
    defined = {span["id"] for span in spans} | set(split) | refused_ids
    for number, relation_id, head, tail in relation_lines:
        for end in (head, tail):
            if end not in defined:
                problems.append(Problem(number, reason("{relation} links {span}, which is not a span of this file",
                                                       relation=relation_id, span=end)))
    problems.sort(key=lambda problem: problem.line)
    if progress:
        progress(path.stat().st_size)
    yield from problems
    if skipped:
        yield Note(0, reason('left out {skipped} attribute, event, normalisation or note lines the annotator does not model', skipped=skipped))
    if split:
        yield Note(0, reason('left out {length} discontinuous spans whose pieces have words between them ({names}): the annotator keeps spans whole', length=len(split), names=', '.join(split[:5])))
    yield from flat_spans.record(1, text, spans, relations, speaker_texts=speaker_texts, document_id=path.stem)


def _span(text: str, span_id: str, label: str, offsets: str, surface: str) -> dict | str:
    """A T line as one span; a reason (str) when it cannot be one."""
    fragments = sorted(tuple(int(n) for n in part.split()) for part in offsets.split(";"))
    if any(start > end or end > len(text) for start, end in fragments):
        return reason('{span_id}: offsets {offsets} lie outside the text (length {length}) or are reversed', span_id=span_id, offsets=offsets, length=len(text))
    expected = _FRAGMENT_SEPARATOR.join(text[start:end] for start, end in fragments)
    if surface != expected:
        return reason("{span_id}: text {surface!r} is not the document's {expected!r} at {offsets}", span_id=span_id, surface=surface, expected=expected, offsets=offsets)
    gaps = [text[end:start] for (_, end), (start, _) in zip(fragments, fragments[1:])]
    if any(gap.strip() for gap in gaps):
        return reason('split: words between the fragments')
    start, end = fragments[0][0], fragments[-1][1]
    return {"id": span_id, "start": start, "end": end, "label": _BACK.get(label, label), "text": text[start:end]}


def fragments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A span as brat's pieces: cut at line breaks, since an .ann line holds no newline."""
    pieces = []
    for match in re.finditer(r"[^\n]+", text[start:end]):
        piece_start, piece_end = start + match.start(), start + match.end()
        if text[piece_start:piece_end].strip():
            pieces.append((piece_start, piece_end))
    return pieces


def write(documents: Iterable[Document], folder: Path, *, warn: Callable[[str], None] | None = None,
          schema=None, **_options) -> int:
    warn = warn or (lambda message: None)
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    labels, relation_labels, dropped_topics, count = set(), set(), 0, 0
    stems: set[str] = set()
    for document in documents:
        stem = _file_stem(document.id, stems)
        (folder / f"{stem}.txt").write_text(document.text, encoding="utf-8", newline="")
        flat = flat_spans.flatten(document)
        ids = {span.id: f"T{n}" for n, span in enumerate(flat.spans, start=1)}
        lines = []
        for span in flat.spans:
            label = _TYPES.get(span.label, span.label)
            labels.add(label)
            pieces = fragments(document.text, span.start, span.end)
            offsets = ";".join(f"{a} {b}" for a, b in pieces)
            surface = _FRAGMENT_SEPARATOR.join(document.text[a:b] for a, b in pieces)
            lines.append(f"{ids[span.id]}\t{label} {offsets}\t{surface}")
        for n, relation in enumerate(flat.relations, start=1):
            label = _TYPES.get(relation.label, relation.label)
            relation_labels.add(label)
            lines.append(f"R{n}\t{label} Arg1:{ids[relation.head]} Arg2:{ids[relation.tail]}")
        for n, (quote, name) in enumerate(flat.speaker_texts.items(), start=1):
            lines.append(f"#{n}\tAnnotatorNotes {ids[quote]}\t{_SPEAKER_NOTE}{name}")
        (folder / f"{stem}.ann").write_text("\n".join(lines) + ("\n" if lines else ""), encoding="utf-8")
        dropped_topics += len(document.topics)
        count += 1
    if schema is not None:
        labels |= {label.name for label in schema.labels}
        relation_labels |= {relation.name for relation in schema.relations}
    _write_conf(folder, labels, relation_labels)
    if dropped_topics:
        warn(reason("brat has no document labels: left out {topics} topics (and every document's status and metadata)", topics=dropped_topics))
    return count


def _file_stem(document_id: str, taken: set[str]) -> str:
    """A file name for a document id; ids that would share one (a/b, a_b, 'a b') get their hash added."""
    stem = re.sub(r"[^\w.-]+", "_", document_id).strip("._") or "document"
    if stem != document_id or stem in taken:
        stem = f"{stem}-{hashlib.sha256(document_id.encode('utf-8')).hexdigest()[:10]}"
    taken.add(stem)
    return stem


def _write_conf(folder: Path, labels: set[str], relation_labels: set[str]) -> None:
    entities = sorted(labels - {"Quote", "Cue"})
    others = sorted(relation_labels - {"Speaker", "Cue"})
    conf = ["[entities]", *entities, "Quote", "Cue", "", "[relations]",
            "# entities nest and quotes hold names: any span may contain, equal or cross another",
            "<OVERLAP> Arg1:<ANY>, Arg2:<ANY>, <OVL-TYPE>:<ANY>",
            f"Speaker Arg1:Quote, Arg2:{'|'.join(entities) or '<ENTITY>'}", "Cue Arg1:Quote, Arg2:Cue",
            *(f"{name} Arg1:<ENTITY>, Arg2:<ENTITY>" for name in others),
            "", "[events]", "", "[attributes]", ""]
    (folder / "annotation.conf").write_text("\n".join(conf), encoding="utf-8")
