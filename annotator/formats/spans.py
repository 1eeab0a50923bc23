"""What span-and-relation formats share: a document as labelled spans plus links, and back.

Tools such as doccano, Label Studio, brat and Prodigy know spans and
relations but not quotes. A quote travels as a span labelled QUOTE, its cue as
a span labelled CUE, and its links as relations SPEAKER (quote -> entity) and
CUE (quote -> cue); a speaker who is not in the text travels as the quote's
`speaker_text` where the format has room for it. Relations between entities
(MEMBER_OF, LOCATED_IN …) travel with their own labels.

Reading is forgiving where the peers are: a SPEAKER or CUE link drawn the
other way round (speaker -> quote) is turned back, an unlabelled link from a
quote means its speaker or its cue by what it points at, and a cue span that
no link claims goes to the quote it stands in or just before. Whatever cannot
become a quote, an entity or a relation is named in a note, never dropped
silently.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from annotator.core.ingest import Note, Record
from annotator.core.model import Document
from annotator.core.reasons import Reason, joined, reason

QUOTE = "QUOTE"
CUE = "CUE"
SPEAKER = "SPEAKER"
_QUOTE_LINKS = (SPEAKER, CUE)
# How far before a quote an unlinked cue may stand and still be its verb (قال: «…»).
_CUE_REACH = 80


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
class FlatRelation:
    label: str
    head: str
    tail: str
    annotator: str | None = None
    source: str = "manual"


@dataclass
class Flat:
    spans: list[FlatSpan] = field(default_factory=list)
    relations: list[FlatRelation] = field(default_factory=list)
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
            flat.relations.append(FlatRelation(CUE, quote_id, f"c{n}", quote.annotator, quote.source))
        if quote.speaker in entity_ids:
            flat.relations.append(FlatRelation(SPEAKER, quote_id, entity_ids[quote.speaker], quote.annotator, quote.source))
        elif quote.speaker_text:
            flat.speaker_texts[quote_id] = quote.speaker_text
    for relation in document.relations:
        if relation.head in entity_ids and relation.tail in entity_ids:
            flat.relations.append(FlatRelation(relation.label, entity_ids[relation.head], entity_ids[relation.tail],
                                               relation.annotator, relation.source))
    return flat


def record(
    line: int,
    text: str,
    spans: list[dict],
    relations: list[tuple[str | None, object, object]] = (),
    *,
    speaker_texts: dict | None = None,
    document_id=None,
    meta: dict | None = None,
    topics: list | None = None,
    status=None,
) -> list[Record | Note]:
    """A native record from spans (dicts with id, start, end, label and optionally text, annotator, source)
    and relations (label or None, from id, to id), with a note for anything it could not place."""
    # JSON turns numeric ids into strings as object keys: compare ids as text.
    speaker_texts = {str(key): name for key, name in (speaker_texts or {}).items()}
    by_id = {_key(span.get("id")): span for span in spans}
    kind = {key: _kind(span["label"]) for key, span in by_id.items()}
    speakers: dict[str, object] = {}
    cues: dict[str, str] = {}
    entity_relations = []
    left_out: list[str] = []
    for label, head, tail in relations:
        head, tail = _key(head), _key(tail)
        name = str(label).upper() if label else None
        if head not in by_id or tail not in by_id:
            left_out.append(_link(label, "a link labelled {label} to a span that is not in the file",
                                  "an unlabelled link to a span that is not in the file"))
            continue
        if kind[head] != "quote" and kind[tail] == "quote" and name in (SPEAKER, CUE, None):
            head, tail = tail, head  # drawn from the speaker or the verb to the quote
        if kind[head] == "quote":
            wanted = name or (CUE if kind[tail] == "cue" else SPEAKER if kind[tail] == "entity" else None)
            if wanted == SPEAKER and kind[tail] == "entity" and head not in speakers:
                speakers[head] = by_id[tail].get("id")
            elif wanted == CUE and kind[tail] == "cue" and head not in cues:
                cues[head] = tail
            else:
                left_out.append(_link(label, "a link labelled {label} from a quote to a {other} span",
                                      "an unlabelled link from a quote to a {other} span", other=by_id[tail]["label"]))
        elif kind[head] == "entity" and kind[tail] == "entity" and name and name not in _QUOTE_LINKS:
            entity_relations.append({"head": by_id[head].get("id"), "tail": by_id[tail].get("id"), "label": str(label)})
        elif kind[head] == "entity" and kind[tail] == "entity":
            left_out.append(_link(label, "a link labelled {label} between two entities (a relation needs a label of its own)",
                                  "an unlabelled link between two entities (a relation needs a label of its own)"))
        else:
            left_out.append(_link(label, "a link labelled {label} between a {head} and a {tail} span",
                                  "an unlabelled link between a {head} and a {tail} span",
                                  head=by_id[head]["label"], tail=by_id[tail]["label"]))
    quote_keys = [key for key in by_id if kind[key] == "quote"]
    unclaimed_cues = [key for key in by_id if kind[key] == "cue" and key not in cues.values()]
    for cue_key in unclaimed_cues:
        quote_key = _quote_of_cue(text, by_id, by_id[cue_key], [q for q in quote_keys if q not in cues])
        if quote_key is None:
            left_out.append(reason("a CUE span linked to no quote ({text!r})",
                                   text=by_id[cue_key].get("text") or _surface(text, by_id[cue_key])))
        else:
            cues[quote_key] = cue_key
    entities, quotes = [], []
    for key, span in by_id.items():
        if kind[key] == "quote":
            cue = by_id.get(cues.get(key))
            quotes.append({
                **_plain(span),
                "speaker": speakers.get(key),
                "speaker_text": speaker_texts.get(key),
                "cue": None if cue is None else {"start": cue["start"], "end": cue["end"], "text": cue.get("text")},
            })
        elif kind[key] == "entity":
            entities.append({**_plain(span), "id": span.get("id"), "label": span["label"]})
    found = [Record(
        line=line, text=text, id=document_id, meta=meta or {}, entities=entities, quotes=quotes,
        relations=entity_relations, topics=list(topics or []), status=status,
    )]
    if left_out:
        found.append(Note(line, reason("document {id}: left out {items}",
                                       id=document_id if document_id is not None else line, items=counted(left_out))))
    return found


def _link(label: object, labelled: str, unlabelled: str, **values) -> Reason:
    """A link left out, in one whole sentence for a labelled link and one for an unlabelled one (each translates whole)."""
    return reason(labelled, label=label, **values) if label else reason(unlabelled, **values)


def _key(span_id) -> str:
    return str(span_id)


def _kind(label: str) -> str:
    return {QUOTE: "quote", CUE: "cue"}.get(str(label).upper(), "entity")


def _quote_of_cue(text: str, by_id: dict, cue: dict, quote_keys: list[str]) -> str | None:
    """The quote an unlinked cue introduces: one it stands inside, else the nearest that follows it closely."""
    inside = [key for key in quote_keys if by_id[key]["start"] <= cue["start"] and cue["end"] <= by_id[key]["end"]]
    if len(inside) == 1:
        return inside[0]
    after = [key for key in quote_keys
             if 0 <= by_id[key]["start"] - cue["end"] <= _CUE_REACH and "\n" not in text[cue["end"]:by_id[key]["start"]]]
    return min(after, key=lambda key: by_id[key]["start"]) if after else None


def _surface(text: str, span: dict) -> str:
    start, end = span.get("start"), span.get("end")
    return text[start:end] if isinstance(start, int) and isinstance(end, int) else ""


def counted(items: list[Reason]) -> Reason:
    """What was left out, once each, with how many times: "a …; 3 × a …"."""
    counts: dict[Reason, int] = {}
    for item in items:
        counts[item] = counts.get(item, 0) + 1
    parts = [item if n == 1 else reason("{count} × {item}", count=n, item=item) for item, n in counts.items()]
    return joined(parts, "; ")


def _plain(span: dict) -> dict:
    return {key: span[key] for key in ("start", "end", "text", "annotator", "source", "suggested")
            if span.get(key) is not None}
