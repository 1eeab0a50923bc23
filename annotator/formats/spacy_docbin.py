"""spaCy DocBin (`.spacy`, export only; needs the optional extra `spacy`).

Each document is tokenised by `spacy.blank("ar")`, then tokens are split
wherever an entity starts or ends inside one (العراق inside والعراق), so
every span is taken with `char_span(..., alignment_mode="strict")` and keeps
its exact characters; any span that still cannot be aligned is reported, not
dropped silently. All entities go to `doc.spans["sc"]` (overlaps allowed),
the largest non-overlapping set to `doc.ents`, topics to `doc.cats`, and
quotes with their speaker and cue offsets to `doc.user_data["quotes"]`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import IO

from annotator.core.model import Document

NAME = "spacy"
SUFFIXES = (".spacy",)
BINARY = True


def write(documents: Iterable[Document], stream: IO[bytes], *, topics: list | None = None,
          warn: Callable[[str], None] | None = None, **_options) -> int:
    try:
        import spacy
        from spacy.tokens import DocBin
    except ImportError:
        raise RuntimeError("the spacy format needs spaCy: pip install 'annotator[spacy]'") from None
    warn = warn or (lambda message: None)
    nlp = spacy.blank("ar")
    topic_names = [topic.name for topic in topics] if topics else None
    docbin = DocBin(store_user_data=True)
    unaligned, outside_ents, count = [], 0, 0
    for document in documents:
        doc = _split_at_edges(nlp.make_doc(document.text), {e for entity in document.entities for e in (entity.start, entity.end)})
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
        docbin.add(doc)
        count += 1
    stream.write(docbin.to_bytes())
    if unaligned:
        warn(f"{len(unaligned)} entities could not be aligned to spaCy tokens and are missing: " + "; ".join(unaligned[:10]))
    if outside_ents:
        warn(f"{outside_ents} overlapping entities are in doc.spans['sc'] only (doc.ents cannot overlap)")
    return count


def _split_at_edges(doc, edges: set[int]):
    """Cut tokens where an entity edge falls inside them, keeping every character."""
    with doc.retokenize() as retokenizer:
        for token in doc:
            inner = sorted(edge for edge in edges if token.idx < edge < token.idx + len(token.text))
            if inner:
                points = [token.idx, *inner, token.idx + len(token.text)]
                orths = [doc.text[a:b] for a, b in zip(points, points[1:])]
                retokenizer.split(token, orths, heads=[(token, i) for i in range(len(orths))])
    return doc


def _non_overlapping(spans):
    """Longest first, then reading order: the spans doc.ents can hold together."""
    chosen, taken = [], set()
    for span in sorted(spans, key=lambda s: (-(s.end - s.start), s.start)):
        if not any(i in taken for i in range(span.start, span.end)):
            chosen.append(span)
            taken.update(range(span.start, span.end))
    return sorted(chosen, key=lambda s: s.start)


def _speaker_offsets(document: Document, speaker):
    entity = next((e for e in document.entities if e.id == speaker), None)
    return None if entity is None else [entity.start, entity.end]
