"""doccano JSONL: relation projects (`entities` with start_offset/end_offset, `relations` with
from_id/to_id/type), sequence labelling (`label: [[start, end, "LABEL"]]`), intent detection
(`entities` as `[start, end, "LABEL"]` lists with `cats`) and text classification (`label` as strings).

doccano's front end counts offsets in UTF-16 units (JavaScript strings) and
stores what it is given, so offsets are converted both ways: an emoji before a
name moves nothing. We write the relation-project shape, which keeps the most:
quotes as QUOTE spans, cues as CUE spans, links as SPEAKER and CUE relations,
relations between entities with their labels, topics as `cats`. doccano's
reader takes every line through pandas and keeps the other keys as the
example's metadata, so every line carries the same keys (a key missing from one
line becomes NaN and doccano refuses the whole file). doccano renumbers span
ids, so speakers not in the text ride in `quote_speakers` keyed by the
quote's offsets, not by its id.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO

from annotator.core.ingest import Note, Problem, Record
from annotator.core.model import Document
from annotator.core.text import Utf16Positions
from annotator.formats import jsonl
from annotator.formats import spans as flat_spans
from annotator.core.reasons import reason

NAME = "doccano"
SUFFIXES = (".doccano.jsonl",)
_KNOWN = {"id", "text", "label", "entities", "relations", "cats", "quote_speakers", "status", "meta", "Comments"}


def read(path: Path, *, progress: Callable[[int], None] | None = None, text_field: str = "text",
         **_options) -> Iterator[Record | Problem | Note]:
    for item in jsonl.objects(path, progress):
        if isinstance(item, Problem):
            yield item
        else:
            yield from _records(*item, text_field)


def looks_like(obj: dict) -> bool:
    """A doccano line: spans as start_offset/end_offset objects, or [start, end, label] lists beside the text."""
    entities = obj.get("entities")
    if isinstance(entities, list) and entities:
        first = entities[0]
        return (isinstance(first, dict) and "start_offset" in first) or _is_triple(first)
    label = obj.get("label")
    return isinstance(label, list) and bool(label) and _is_triple(label[0])


def _is_triple(item) -> bool:
    return isinstance(item, list) and len(item) == 3 and isinstance(item[2], str)


def _records(number: int, task: dict, text_field: str) -> list[Record | Problem | Note]:
    text = task.get(text_field, task.get("data"))
    if not isinstance(text, str):
        return [Problem(number, reason("no {text_field!r} field with the document's text", text_field=text_field))]
    positions = Utf16Positions(text)
    spans, relations, topics = [], [], _strings(task.get("cats"), number, "cats")
    if isinstance(topics, Problem):
        return [topics]
    entities = task.get("entities") or []
    label = task.get("label") or []
    if not isinstance(entities, list) or not isinstance(label, list):
        return [Problem(number, reason('entities and label must be lists'))]
    for item in entities + (label if not entities else []):
        if isinstance(item, str) and item in label:
            topics.append(item)  # a text-classification project's label
            continue
        span = _span(item, len(spans))
        if span is None:
            return [Problem(number, reason('span {item!r} is neither {{start_offset, end_offset, label}} nor [start, end, LABEL]', item=item))]
        span["start"], span["end"] = positions.from_utf16(span["start"]), positions.from_utf16(span["end"])
        spans.append(span)
    relation_list = task.get("relations") or []
    if not isinstance(relation_list, list):
        return [Problem(number, reason('relations must be a list'))]
    for relation in relation_list:
        if not isinstance(relation, dict) or not {"from_id", "to_id"} <= set(relation):
            return [Problem(number, reason('relation {relation!r} needs from_id, to_id and type', relation=relation))]
        relations.append((relation.get("type"), relation["from_id"], relation["to_id"]))
    meta = task.get("meta") if isinstance(task.get("meta"), dict) else {}
    meta = {**meta, **{key: value for key, value in task.items() if key not in _KNOWN and key != text_field}}
    return flat_spans.record(
        number, text, spans, relations, speaker_texts=_speaker_texts(task.get("quote_speakers"), spans, positions),
        document_id=task.get("id"), meta=meta, topics=topics, status=task.get("status"),
    )


def _strings(value, number: int, name: str):
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        return Problem(number, reason('{name} must be a list of names', name=name))
    return list(value)


def _span(item, index: int) -> dict | None:
    if isinstance(item, dict) and {"start_offset", "end_offset", "label"} <= set(item):
        return {"id": item.get("id", f"s{index}"), "start": item["start_offset"], "end": item["end_offset"], "label": item["label"]}
    if isinstance(item, (list, tuple)) and len(item) == 3 and isinstance(item[2], str):
        return {"id": f"s{index}", "start": item[0], "end": item[1], "label": item[2]}
    return None


def _speaker_texts(given, spans: list[dict], positions: Utf16Positions) -> dict:
    """Quote id -> name, from `quote_speakers`: a list keyed by offsets (ours), or a map by span id (older exports)."""
    if isinstance(given, dict):
        return given
    if not isinstance(given, list):
        return {}
    quote_at = {(s["start"], s["end"]): s["id"] for s in spans if str(s["label"]).upper() == flat_spans.QUOTE}
    found = {}
    for entry in given:
        if isinstance(entry, dict) and isinstance(entry.get("start_offset"), int) and isinstance(entry.get("end_offset"), int):
            key = (positions.from_utf16(entry["start_offset"]), positions.from_utf16(entry["end_offset"]))
            if key in quote_at and isinstance(entry.get("speaker"), str):
                found[quote_at[key]] = entry["speaker"]
    return found


def write(documents: Iterable[Document], stream: IO[str], *, warn: Callable[[str], None] | None = None, **_options) -> int:
    warn = warn or (lambda message: None)
    count = annotated = 0
    for document in documents:
        positions = Utf16Positions(document.text)
        to16 = positions.to_utf16
        flat = flat_spans.flatten(document)
        ids = {span.id: n for n, span in enumerate(flat.spans, start=1)}
        by_id = {span.id: span for span in flat.spans}
        task = {
            "id": document.id,
            "text": document.text,
            "entities": [
                {"id": ids[s.id], "label": s.label, "start_offset": to16(s.start), "end_offset": to16(s.end)} for s in flat.spans
            ],
            "relations": [
                {"id": n, "from_id": ids[r.head], "to_id": ids[r.tail], "type": r.label}
                for n, r in enumerate(flat.relations, start=1)
            ],
            "cats": document.topics,
            "status": document.status,
            "meta": document.meta,
            "quote_speakers": [
                {"start_offset": to16(by_id[quote].start), "end_offset": to16(by_id[quote].end), "speaker": name}
                for quote, name in flat.speaker_texts.items()
            ],
        }
        stream.write(json.dumps(task, ensure_ascii=False) + "\n")
        count += 1
        annotated += bool(flat.spans)
    if annotated:
        warn(reason('doccano keeps who made each span as its own users: the annotator and source of every span are left out'))
    return count


def setup_files(target: Path, schema, **_learned) -> dict[Path, str]:
    """What to create in doccano before importing: the project's settings and its span and relation labels
    (Labels ▸ Actions ▸ Import Labels takes the two label files as they are)."""
    stem = target.with_name(target.name.split(".")[0])
    quote_colours = {flat_spans.QUOTE: "#c9a8e0", flat_spans.CUE: "#a8c8f0"}
    span_labels = [{"text": label.name, "suffix_key": label.shortcut, "background_color": label.colour, "text_color": "#000000"}
                   for label in schema.labels]
    span_labels += [{"text": name, "suffix_key": None, "background_color": colour, "text_color": "#000000"}
                    for name, colour in quote_colours.items()]
    relation_labels = [{"text": name, "suffix_key": None, "background_color": "#7b3fa0", "text_color": "#ffffff"}
                       for name in (flat_spans.SPEAKER, flat_spans.CUE, *(r.name for r in schema.relations))]
    project = {
        "how": "Create a project with these settings, import the two label files under Labels, then import the "
               "data as JSONL (Relation). Overlapping spans must be allowed: entities nest and quotes hold names.",
        "project_type": "SequenceLabeling",
        "use_relation": True,
        "allow_overlapping": True,
        "grapheme_mode": False,
        "collaborative_annotation": False,
        "import_format": "JSONL(Relation)",
        "topics": [topic.name for topic in schema.topics],
    }

    def dumped(value) -> str:
        return json.dumps(value, ensure_ascii=False, indent=1) + "\n"

    return {
        Path(f"{stem}.doccano-project.json"): dumped(project),
        Path(f"{stem}.doccano-span-labels.json"): dumped(span_labels),
        Path(f"{stem}.doccano-relation-labels.json"): dumped(relation_labels),
    }
