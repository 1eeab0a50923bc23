"""The native JSONL format (CONTRACT §2), and JSONL from elsewhere with other field names."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO

from annotator.core.ingest import Problem, Record
from annotator.core.model import Document
from annotator.formats import jsonl
from annotator.core.reasons import reason

NAME = "native"
SUFFIXES = (".jsonl", ".jsonl.gz", ".jsonl.xz", ".jsonl.bz2", ".ndjson")
_NATIVE_KEYS = ("meta", "entities", "quotes", "relations", "topics", "status")


def read(
    path: Path,
    *,
    id_field: str = "id",
    text_field: str = "text",
    title_field: str | None = None,
    progress: Callable[[int], None] | None = None,
) -> Iterator[Record | Problem]:
    """One record per line; fields named by the options, every other key kept in `meta`."""
    for item in jsonl.objects(path, progress):
        yield item if isinstance(item, Problem) else _record(*item, id_field, text_field, title_field)


def _record(number: int, obj: dict, id_field: str, text_field: str, title_field: str | None) -> Record | Problem:
    if text_field not in obj:
        return Problem(number, reason('no {text_field!r} field (name the text field with --text-field)', text_field=text_field))
    text = obj.pop(text_field)
    document_id = obj.pop(id_field, None)
    native = {key: obj.pop(key) for key in _NATIVE_KEYS if key in obj}
    meta = native.pop("meta", None)
    meta = {} if meta is None else meta
    if isinstance(meta, dict):
        if title_field and title_field in obj:
            meta["title"] = obj.pop(title_field)
        for key, value in obj.items():  # unknown top-level keys are kept in meta (CONTRACT §2)
            meta.setdefault(key, value)
    return Record(line=number, text=text, id=document_id, meta=meta, **native)


def document_json(document: Document) -> dict:
    """A stored document in the native shape; span ids renumbered per document."""
    entity_ids = {entity.id: f"e{n}" for n, entity in enumerate(document.entities, start=1)}
    entity_text = {entity.id: entity.text for entity in document.entities}
    quotes = []
    for n, quote in enumerate(document.quotes, start=1):
        speaker = entity_ids.get(quote.speaker)
        speaker_text = quote.speaker_text
        if speaker is None and quote.speaker is not None:
            # The speaker entity was filtered out of this export: keep who said it.
            speaker_text = speaker_text or entity_text.get(quote.speaker)
        quotes.append(
            {
                "id": f"q{n}",
                "start": quote.start,
                "end": quote.end,
                "text": quote.text,
                "speaker": speaker,
                "speaker_text": speaker_text,
                "cue": None if quote.cue is None else {"start": quote.cue.start, "end": quote.cue.end, "text": quote.cue.text},
                "annotator": quote.annotator,
                "source": quote.source,
            }
        )
    return {
        "id": document.id,
        "text": document.text,
        "meta": document.meta,
        "entities": [
            {
                "id": entity_ids[entity.id],
                "start": entity.start,
                "end": entity.end,
                "label": entity.label,
                "text": entity.text,
                "annotator": entity.annotator,
                "source": entity.source,
            }
            for entity in document.entities
        ],
        "quotes": quotes,
        "relations": [
            {"id": f"r{n}", "head": entity_ids[relation.head], "tail": entity_ids[relation.tail], "label": relation.label,
             "annotator": relation.annotator, "source": relation.source}
            for n, relation in enumerate(
                (r for r in document.relations if r.head in entity_ids and r.tail in entity_ids), start=1)
        ],
        "topics": document.topics,
        "status": document.status,
    }


def write(documents: Iterable[Document], stream: IO[str], **_options) -> int:
    """Write one JSON line per document; returns how many were written."""
    count = 0
    for document in documents:
        stream.write(json.dumps(document_json(document), ensure_ascii=False))
        stream.write("\n")
        count += 1
    return count
