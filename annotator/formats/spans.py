"""What span-and-relation formats share: a document as labelled spans plus links, and back.

Tools such as doccano, Label Studio, brat and Prodigy know spans and
relations but not quotes. A quote travels as a span labelled QUOTE, its cue as
a span labelled CUE, and the links as relations SPEAKER (quote -> entity) and
CUE (quote -> cue); a speaker who is not in the text travels as the quote's
`speaker_text` where the format has room for it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from annotator.core.ingest import Record
from annotator.core.model import Document

QUOTE = "QUOTE"
CUE = "CUE"
SPEAKER = "SPEAKER"


@dataclass
class FlatSpan:
    id: str
    start: int
    end: int
    label: str
    text: str
    annotator: str | None = None
    source: str = "manual"


@dataclass
class Flat:
    spans: list[FlatSpan] = field(default_factory=list)
    relations: list[tuple[str, str, str]] = field(default_factory=list)  # (label, from id, to id)
    speaker_texts: dict[str, str] = field(default_factory=dict)  # quote id -> a name not in the text


def flatten(document: Document) -> Flat:
    flat = Flat()
    entity_ids = {}
    for n, entity in enumerate(document.entities, start=1):
        entity_ids[entity.id] = f"e{n}"
        flat.spans.append(FlatSpan(f"e{n}", entity.start, entity.end, entity.label, entity.text, entity.annotator, entity.source))
    for n, quote in enumerate(document.quotes, start=1):
        quote_id = f"q{n}"
        flat.spans.append(FlatSpan(quote_id, quote.start, quote.end, QUOTE, quote.text, quote.annotator, quote.source))
        if quote.cue is not None:
            flat.spans.append(FlatSpan(f"c{n}", quote.cue.start, quote.cue.end, CUE, quote.cue.text, quote.annotator, quote.source))
            flat.relations.append((CUE, quote_id, f"c{n}"))
        if quote.speaker in entity_ids:
            flat.relations.append((SPEAKER, quote_id, entity_ids[quote.speaker]))
        elif quote.speaker_text:
            flat.speaker_texts[quote_id] = quote.speaker_text
    return flat


def record(
    line: int,
    text: str,
    spans: list[dict],
    relations: list[tuple[str, object, object]] = (),
    *,
    speaker_texts: dict | None = None,
    document_id=None,
    meta: dict | None = None,
    topics: list | None = None,
    status=None,
) -> Record:
    """A native record from spans (dicts with id, start, end, label and optionally text, annotator, source)."""
    # JSON turns numeric ids into strings as object keys: compare ids as text.
    speaker_texts = {str(key): name for key, name in (speaker_texts or {}).items()}
    links: dict[object, dict[str, object]] = {}
    for label, head, child in relations:
        links.setdefault(head, {})[str(label).upper()] = child
    cue_ids = {link[CUE] for link in links.values() if CUE in link}
    by_id = {span.get("id"): span for span in spans}
    entities, quotes = [], []
    for span in spans:
        label = span["label"]
        if label == QUOTE:
            link = links.get(span.get("id"), {})
            cue = by_id.get(link.get(CUE))
            quotes.append({
                **_plain(span),
                "speaker": link.get(SPEAKER),
                "speaker_text": speaker_texts.get(str(span.get("id"))),
                "cue": None if cue is None else {"start": cue["start"], "end": cue["end"], "text": cue.get("text")},
            })
        elif label == CUE and span.get("id") in cue_ids:
            continue
        else:
            entities.append({**_plain(span), "id": span.get("id"), "label": label})
    return Record(
        line=line, text=text, id=document_id, meta=meta or {}, entities=entities, quotes=quotes,
        topics=list(topics or []), status=status,
    )


def _plain(span: dict) -> dict:
    kept = {key: span[key] for key in ("start", "end", "text", "annotator", "source") if span.get(key) is not None}
    return kept
