"""Label Studio JSON: tasks with `data.text`, `annotations[].result[]` (labels, relation, choices)
and `predictions` (read as suggestions).

Label Studio's front end counts offsets in UTF-16 units (JavaScript
strings), so offsets are converted both ways: an emoji before a name moves
nothing. Quotes are QUOTE regions, cues CUE regions, links relations labelled
SPEAKER and CUE; a speaker not in the text rides in the quote region's
`meta.text` as "speaker: NAME". Only the first annotation of a task is read.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO

from annotator.core.ingest import Note, Problem, Record
from annotator.core.model import Document
from annotator.core.text import Utf16Positions
from annotator.formats import spans as flat_spans

NAME = "label-studio"
SUFFIXES = (".label-studio.json", ".ls.json")
_SPEAKER_NOTE = "speaker: "
FROM_LABELS, FROM_TOPICS, TO_TEXT = "label", "topics", "text"


def read(path: Path, *, progress: Callable[[int], None] | None = None, text_field: str = "text", **_options) -> Iterator[Record | Problem | Note]:
    try:
        tasks = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        yield Problem(getattr(error, "lineno", 1), f"broken JSON or not UTF-8: {error}")
        return
    if isinstance(tasks, dict):
        tasks = [tasks]
    if not isinstance(tasks, list):
        yield Problem(1, "a Label Studio export is a list of tasks")
        return
    for number, task in enumerate(tasks, start=1):
        try:
            yield _record(number, task, text_field)
        except (KeyError, TypeError, ValueError) as error:
            yield Problem(number, f"task {number}: {type(error).__name__} {error}")
    if progress:
        progress(Path(path).stat().st_size)


def _record(number: int, task: dict, text_field: str) -> Record | Problem:
    data = task.get("data") or {}
    text = data.get(text_field)
    if not isinstance(text, str):
        return Problem(number, f"task {number} has no data.{text_field}")
    positions = Utf16Positions(text)
    spans, relations, topics, speaker_texts = [], [], [], {}
    annotations = [a for a in task.get("annotations") or [] if not a.get("was_cancelled")]
    results = [(r, "manual") for r in (annotations[0]["result"] if annotations else [])]
    for prediction in task.get("predictions") or []:
        results += [(r, "suggested") for r in prediction.get("result", [])]
    for result, source in results:
        kind = result.get("type")
        value = result.get("value", {})
        if kind == "labels":
            start, end = positions.from_utf16(value["start"]), positions.from_utf16(value["end"])
            annotator = _annotator(annotations[0]) if annotations and source == "manual" else None
            spans.append({"id": result["id"], "start": start, "end": end, "label": value["labels"][0],
                          "text": value.get("text"), "source": source, "annotator": annotator})
            note = " ".join((result.get("meta") or {}).get("text") or [])
            if note.startswith(_SPEAKER_NOTE):
                speaker_texts[result["id"]] = note[len(_SPEAKER_NOTE):]
        elif kind == "relation":
            relations.append(((result.get("labels") or [flat_spans.SPEAKER])[0], result["from_id"], result["to_id"]))
        elif kind == "choices" and source == "manual":
            topics += value.get("choices", [])
    others = {key: value for key, value in data.items() if key not in (text_field, "id", "status", "meta")}
    return flat_spans.record(
        number, text, spans, relations, speaker_texts=speaker_texts, document_id=data.get("id", task.get("id")),
        meta=data.get("meta") or others, topics=topics, status=data.get("status"),
    )


def _annotator(annotation: dict):
    who = annotation.get("completed_by")
    if isinstance(who, dict):
        return who.get("email") or who.get("username")
    return str(who) if who is not None else None


def write(documents: Iterable[Document], stream: IO[str], **_options) -> int:
    tasks = []
    for document in documents:
        positions = Utf16Positions(document.text)
        flat = flat_spans.flatten(document)
        result = []
        for span in flat.spans:
            region = {
                "id": span.id, "type": "labels", "from_name": FROM_LABELS, "to_name": TO_TEXT,
                "value": {"start": positions.to_utf16(span.start), "end": positions.to_utf16(span.end),
                          "text": span.text, "labels": [span.label]},
            }
            if span.id in flat.speaker_texts:
                region["meta"] = {"text": [_SPEAKER_NOTE + flat.speaker_texts[span.id]]}
            result.append(region)
        result += [
            {"type": "relation", "from_id": head, "to_id": child, "direction": "right", "labels": [label]}
            for label, head, child in flat.relations
        ]
        if document.topics:
            result.append({"id": "topics", "type": "choices", "from_name": FROM_TOPICS, "to_name": TO_TEXT,
                           "value": {"choices": document.topics}})
        annotators = sorted({s.annotator for s in flat.spans if s.annotator})
        tasks.append({
            "data": {"text": document.text, "id": document.id, "status": document.status, "meta": document.meta},
            "annotations": [{"result": result, "completed_by": annotators[0] if len(annotators) == 1 else None}],
        })
    json.dump(tasks, stream, ensure_ascii=False, indent=1)
    stream.write("\n")
    return len(tasks)
