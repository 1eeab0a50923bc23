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
    docbin = DocBin(attrs=["ENT_IOB", "ENT_TYPE"], store_user_data=True)
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
    stream.write(docbin.to_bytes())
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
