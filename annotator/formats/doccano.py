"""doccano JSONL: sequence labelling (`label: [[start, end, "LABEL"]]`), relation projects
(`entities` with start_offset/end_offset, `relations` with from_id/to_id/type) and categories (`cats`).

Offsets are code points, as doccano's Python backend stores them. Writing
the relation-project shape, which keeps the most (quotes as QUOTE spans, cues
as CUE spans, links as SPEAKER and CUE relations, topics as `cats`, speakers
not in the text under `quote_speakers`), and the same spans as `label` for a
sequence-labelling project; reading prefers `entities` when both are there.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO

from annotator.core.ingest import Problem, Record
from annotator.core.model import Document
from annotator.formats import jsonl
from annotator.formats import spans as flat_spans

NAME = "doccano"
SUFFIXES = (".doccano.jsonl",)
_KNOWN = {"id", "text", "label", "entities", "relations", "cats", "quote_speakers", "status", "meta", "Comments"}


def read(path: Path, *, progress: Callable[[int], None] | None = None, text_field: str = "text", **_options) -> Iterator[Record | Problem]:
    for item in jsonl.objects(path, progress):
        yield item if isinstance(item, Problem) else _record(*item, text_field)


def _record(number: int, task: dict, text_field: str) -> Record | Problem:
    text = task.get(text_field, task.get("data"))
    spans, relations, topics = [], [], list(task.get("cats") or [])
    try:
        label = task.get("label") or []
        for item in label:
            if isinstance(item, (list, tuple)) and len(item) == 3:
                if task.get("entities"):
                    continue  # our own export carries both shapes; the relation project's spans win
                start, end, name = item
                spans.append({"id": f"s{len(spans)}", "start": start, "end": end, "label": name})
            elif isinstance(item, str):
                topics.append(item)  # a text-classification project's label
            else:
                return Problem(number, f"label entry {item!r} is neither [start, end, LABEL] nor a category")
        for entity in task.get("entities") or []:
            spans.append({"id": entity["id"], "start": entity["start_offset"], "end": entity["end_offset"], "label": entity["label"]})
        for relation in task.get("relations") or []:
            relations.append((relation["type"], relation["from_id"], relation["to_id"]))
    except (KeyError, TypeError) as error:
        return Problem(number, f"an entity or relation lacks {error}")
    meta = dict(task.get("meta") or {})
    meta.update({key: value for key, value in task.items() if key not in _KNOWN and key != text_field})
    return flat_spans.record(
        number, text, spans, relations, speaker_texts=task.get("quote_speakers"),
        document_id=task.get("id"), meta=meta, topics=topics, status=task.get("status"),
    )


def write(documents: Iterable[Document], stream: IO[str], **_options) -> int:
    count = 0
    for document in documents:
        flat = flat_spans.flatten(document)
        ids = {span.id: n for n, span in enumerate(flat.spans, start=1)}
        task = {
            "id": document.id,
            "text": document.text,
            "entities": [
                {"id": ids[s.id], "label": s.label, "start_offset": s.start, "end_offset": s.end} for s in flat.spans
            ],
            "relations": [
                {"id": n, "from_id": ids[head], "to_id": ids[child], "type": label}
                for n, (label, head, child) in enumerate(flat.relations, start=1)
            ],
            # The same spans for a sequence-labelling project, which reads only `label`.
            "label": [[s.start, s.end, s.label] for s in flat.spans],
            "cats": document.topics,
            "status": document.status,
            "meta": document.meta,
        }
        if flat.speaker_texts:
            task["quote_speakers"] = {ids[quote]: name for quote, name in flat.speaker_texts.items()}
        stream.write(json.dumps(task, ensure_ascii=False) + "\n")
        count += 1
    return count
