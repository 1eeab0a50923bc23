"""spaCy DocBin (`.spacy`, export only; needs the optional extra `spacy`).

Each document is tokenised by the annotator's spaCy tokenizer
(formats.spacy_tokenizer): proclitics before ال cut off, and every word in
which an entity starts or ends cut there too (روسيا inside وروسيا); those words
go into the training config written beside the export (`NAME.spacy-config.cfg`),
so `spacy train` cuts them the same way and `spacy debug data` finds no
misaligned entity. Every span is taken with `char_span(..., alignment_mode="strict")`
and keeps its exact characters; any span that still cannot be aligned is
reported, not dropped silently. All entities go to `doc.spans["sc"]` (overlaps allowed),
the largest non-overlapping set to `doc.ents`, topics to `doc.cats`,
quotes with their speaker and cue offsets to `doc.user_data["quotes"]`, and
relations as head and tail offsets with their label to `doc.user_data["relations"]`.
"""

from __future__ import annotations

import struct
import tempfile
import zlib
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import IO

from annotator.core.model import Document
from annotator.formats.spacy_tokenizer import CliticTokenizer, cuts, training_config
from annotator.core.reasons import reason

NAME = "spacy"
SUFFIXES = (".spacy",)
BINARY = True


def write(documents: Iterable[Document], stream: IO[bytes], *, topics: list | None = None,
          warn: Callable[[str], None] | None = None, setup: dict | None = None, **_options) -> int:
    try:
        import spacy
        from spacy.tokens import DocBin
    except ImportError:
        raise RuntimeError("the spacy format needs spaCy: pip install 'annotator[spacy]'") from None
    warn = warn or (lambda message: None)
    nlp = spacy.blank("ar")
    splits = (setup if setup is not None else {}).setdefault("splits", {})
    tokenizer = CliticTokenizer(nlp.vocab, splits)
    topic_names = [topic.name for topic in topics] if topics else None
    # Only what a blank Arabic pipeline's tokens carry here (ORTH and SPACY always go in): the other dozen
    # attributes (tags, heads, lemmas, …) are empty columns that made a DocBin of ANT 3.5 times larger in memory.
    docbin = _StreamedDocBin(DocBin(attrs=["ENT_IOB", "ENT_TYPE"], store_user_data=True))
    unaligned, outside_ents, count = [], 0, 0
    for document in documents:
        _learn_splits(document, splits)
        tokenizer.splits = splits
        doc = tokenizer(document.text)
        spans = []
        for entity in document.entities:
            span = doc.char_span(entity.start, entity.end, label=entity.label, alignment_mode="strict")
            if span is None:
                unaligned.append(f"{document.id}:{entity.start}-{entity.end} {entity.text!r}")
            else:
                spans.append(span)
        doc.spans["sc"] = spans
        ents = _non_overlapping(spans)
        outside_ents += len(spans) - len(ents)
        doc.ents = ents
        doc.cats = {name: float(name in document.topics) for name in (topic_names or document.topics)}
        doc.user_data["id"] = document.id
        doc.user_data["quotes"] = [
            {"start": q.start, "end": q.end, "speaker": _speaker_offsets(document, q.speaker), "speaker_text": q.speaker_text,
             "cue": None if q.cue is None else [q.cue.start, q.cue.end]}
            for q in document.quotes
        ]
        doc.user_data["relations"] = [
            {"head": _speaker_offsets(document, r.head), "tail": _speaker_offsets(document, r.tail), "label": r.label}
            for r in document.relations
        ]
        docbin.add(doc)
        count += 1
    docbin.write(stream)
    if unaligned:
        warn(reason("{count} entities could not be aligned to spaCy tokens and are missing: {names}",
                    count=len(unaligned), names="; ".join(unaligned[:10])))
    if outside_ents:
        warn(reason("{outside_ents} overlapping entities are in doc.spans['sc'] only (doc.ents cannot overlap)", outside_ents=outside_ents))
    return count


def _learn_splits(document: Document, splits: dict[str, list[int]]) -> None:
    """Add to `splits` every word in which one of the document's entities starts or ends."""
    from annotator.core.text import token_spans

    edges = sorted({edge for entity in document.entities for edge in (entity.start, entity.end)})
    if not edges:
        return
    known = cuts(document.text, splits)
    for start, end in token_spans(document.text):
        inner = [edge for edge in edges if start < edge < end and edge not in known]
        if inner:
            word = document.text[start:end]
            splits[word] = sorted(set(splits.get(word, [])) | {edge - start for edge in inner})


def setup_files(target: Path, schema, setup: dict | None = None) -> dict[Path, str]:
    """The training config that tokenises as this export does (see formats.spacy_tokenizer)."""
    config = training_config((setup or {}).get("splits", {}), [topic.name for topic in schema.topics])
    return {target.with_name(target.name.split(".")[0] + ".spacy-config.cfg"): config}


def _non_overlapping(spans):
    """Longest first, then reading order: the spans doc.ents can hold together."""
    chosen, taken = [], set()
    for span in sorted(spans, key=lambda s: (-(s.end - s.start), s.start)):
        if not any(i in taken for i in range(span.start, span.end)):
            chosen.append(span)
            taken.update(range(span.start, span.end))
    return sorted(chosen, key=lambda s: s.start)


def _speaker_offsets(document: Document, entity_id):
    """An entity's [start, end], for links that must survive without the project's ids."""
    entity = next((e for e in document.entities if e.id == entity_id), None)
    return None if entity is None else [entity.start, entity.end]


class _StreamedDocBin:
    """spaCy's DocBin, written byte for byte as `DocBin.to_bytes()` writes it, without holding every token.

    DocBin keeps each document's token table and then copies them all three times into one zlib'd msgpack
    message: 1.5 GB for the 30,000 ANT articles. Here the tables go to temporary files as documents come,
    and the message is compressed as it is written; only the small per-document parts (topics, flags, span
    groups, user data) and the set of strings stay in memory."""

    def __init__(self, empty):
        import numpy
        import srsly

        self.numpy, self.srsly = numpy, srsly
        self.bin = empty  # its attrs, version and add() are spaCy's own; its token lists are emptied each time
        self.tokens = tempfile.TemporaryFile()
        self.spaces = tempfile.TemporaryFile()
        self.lengths: list[int] = []

    def add(self, doc) -> None:
        self.bin.add(doc)
        tokens, spaces = self.bin.tokens.pop(), self.bin.spaces.pop()
        self.tokens.write(tokens.tobytes("C"))
        self.spaces.write(spaces.tobytes("C"))
        self.lengths.append(len(tokens))

    def write(self, stream: IO[bytes]) -> None:
        from srsly.msgpack import Packer

        packer, pack = Packer(use_bin_type=True), self.srsly.msgpack_dumps
        compressor = zlib.compressobj()

        def put(data: bytes) -> None:
            stream.write(compressor.compress(data))

        def put_file(file) -> None:
            put(_bin_header(file.tell()))
            file.seek(0)
            while chunk := file.read(1 << 20):
                put(chunk)
            file.close()

        docbin = self.bin
        put(packer.pack_map_header(10 if docbin.store_user_data else 9))
        for key, value in (("version", docbin.version), ("attrs", docbin.attrs)):
            put(pack(key) + pack(value))
        put(pack("tokens"))
        put_file(self.tokens)
        put(pack("spaces"))
        put_file(self.spaces)
        put(pack("lengths") + pack(self.numpy.asarray(self.lengths, dtype="int32").tobytes("C")))
        lists = [("strings", sorted(docbin.strings)), ("cats", docbin.cats), ("flags", docbin.flags),
                 ("span_groups", docbin.span_groups)]
        if docbin.store_user_data:
            lists.append(("user_data", docbin.user_data))
        for key, values in lists:
            put(pack(key) + packer.pack_array_header(len(values)))
            for value in values:
                put(pack(value))
        stream.write(compressor.flush())


def _bin_header(size: int) -> bytes:
    """msgpack's header for `size` bytes of binary data (bin 8, 16 or 32)."""
    if size < 1 << 8:
        return struct.pack(">BB", 0xC4, size)
    if size < 1 << 16:
        return struct.pack(">BH", 0xC5, size)
    if size < 1 << 32:
        return struct.pack(">BI", 0xC6, size)
    raise ValueError("a spaCy DocBin holds at most 4 GB of tokens")
