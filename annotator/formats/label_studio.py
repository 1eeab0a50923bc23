"""Label Studio JSON: a list of tasks with `data.text`, `annotations[].result[]` (labels, relation,
choices) and `predictions` (read as suggestions); also the flat shape `[{"text": …}]`.

Label Studio's front end counts offsets in UTF-16 units (JavaScript
strings), so offsets are converted both ways: an emoji before a name moves
nothing. Quotes are QUOTE regions, cues CUE regions, links relations labelled
SPEAKER and CUE, relations between entities keep their labels; a speaker not
in the text rides in the quote region's `meta.text` as "speaker: NAME".
`completed_by` is left out: Label Studio takes only its own user ids there and
refuses the whole import otherwise. Writing also leaves the labeling config
that matches the export beside it (`NAME.label-config.xml`).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO
from xml.sax.saxutils import quoteattr

from annotator.core.ingest import Note, Problem, Record
from annotator.core.model import Document
from annotator.core.text import Utf16Positions
from annotator.formats import spans as flat_spans
from annotator.core.reasons import reason

NAME = "label-studio"
SUFFIXES = (".label-studio.json", ".ls.json")
_SPEAKER_NOTE = "speaker: "
FROM_LABELS, FROM_TOPICS, TO_TEXT = "label", "topics", "text"
QUOTE_COLOUR, CUE_COLOUR = "#c9a8e0", "#a8c8f0"


def read(path: Path, *, progress: Callable[[int], None] | None = None, text_field: str = "text",
         **_options) -> Iterator[Record | Problem | Note]:
    try:
        tasks = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except UnicodeDecodeError as error:
        yield Problem(1, reason('not UTF-8 (byte {start}); Label Studio exports are UTF-8 JSON', start=error.start))
        return
    except json.JSONDecodeError as error:
        yield Problem(error.lineno, reason('broken JSON ({problem}) at column {colno}', problem=error.msg.lower(), colno=error.colno))
        return
    if isinstance(tasks, dict):
        tasks = [tasks]
    if not isinstance(tasks, list):
        yield Problem(1, reason('a Label Studio export is a JSON list of tasks'))
        return
    for number, task in enumerate(tasks, start=1):
        try:
            yield from _records(number, task, text_field)
        except (KeyError, TypeError, ValueError, AttributeError, IndexError) as error:
            yield Problem(number, reason("task {number} is not in Label Studio's shape ({kind}: {error})", number=number, kind=type(error).__name__, error=error))
    if progress:
        progress(Path(path).stat().st_size)


def looks_like(value) -> bool:
    """A Label Studio file: a list of tasks with `data`, `annotations` or `predictions`, or a bare task."""
    tasks = value if isinstance(value, list) else [value]
    first = tasks[0] if tasks else None
    return isinstance(first, dict) and any(key in first for key in ("data", "annotations", "predictions"))


def _records(number: int, task, text_field: str) -> list[Record | Problem | Note]:
    if not isinstance(task, dict):
        return [Problem(number, reason('task {number} is not a JSON object', number=number))]
    data = task.get("data") if isinstance(task.get("data"), dict) else task  # the flat shape: [{"text": …}]
    text = data.get(text_field)
    if not isinstance(text, str):
        return [Problem(number, reason('task {number} has no data.{text_field} (name the text field with --text-field)', number=number, text_field=text_field))]
    positions = Utf16Positions(text)
    spans, relations, topics, speaker_texts = [], [], [], {}
    left_out: list[str] = []
    annotations = [a for a in task.get("annotations") or [] if not a.get("was_cancelled")]
    if len(annotations) > 1:
        left_out.append(reason("{count} further annotations of the task (only the first is read)",
                               count=len(annotations) - 1))
    results = [(r, "import") for r in (annotations[0].get("result") or [] if annotations else [])]
    for prediction in task.get("predictions") or []:
        results += [(r, "model") for r in prediction.get("result") or []]
    annotator = _annotator(annotations[0]) if annotations else None
    for result, source in results:
        kind = result.get("type")
        value = result.get("value") or {}
        if kind == "labels":
            labels = value.get("labels") or []
            if len(labels) != 1:
                left_out.append(reason("a region with {count} labels (one label a span)", count=len(labels)))
                continue
            spans.append({
                "id": result["id"], "label": labels[0], "text": value.get("text"), "source": source,
                "start": positions.from_utf16(value["start"]), "end": positions.from_utf16(value["end"]),
                "annotator": annotator if source == "import" else None, "suggested": source == "model",
            })
            note = " ".join((result.get("meta") or {}).get("text") or [])
            if note.startswith(_SPEAKER_NOTE):
                speaker_texts[result["id"]] = note[len(_SPEAKER_NOTE):]
        elif kind == "relation":
            label = (result.get("labels") or [None])[0]
            head, tail = result["from_id"], result["to_id"]
            if result.get("direction") == "left":
                head, tail = tail, head
            relations.append((label, head, tail))
        elif kind == "choices" and source == "import":
            topics += value.get("choices") or []
        else:
            left_out.append(reason("a {kind} result of a prediction", kind=kind) if kind and source == "model"
                            else reason("a {kind} result", kind=kind) if kind
                            else reason("an untyped result of a prediction") if source == "model"
                            else reason("an untyped result"))
    others = {key: value for key, value in data.items() if key not in (text_field, "id", "status", "meta")}
    found = flat_spans.record(
        number, text, spans, relations, speaker_texts=speaker_texts, document_id=data.get("id", task.get("id")),
        meta=data.get("meta") if isinstance(data.get("meta"), dict) else others, topics=topics, status=data.get("status"),
    )
    if left_out:
        found.append(Note(number, reason("task {number}: left out {items}", number=number,
                                          items=flat_spans.counted(left_out))))
    return found


def _annotator(annotation: dict):
    who = annotation.get("completed_by")
    if isinstance(who, dict):
        return who.get("email") or who.get("username")
    return f"label-studio user {who}" if who is not None else None


def write(documents: Iterable[Document], stream: IO[str], *, warn: Callable[[str], None] | None = None, **_options) -> int:
    warn = warn or (lambda message: None)
    tasks, people = [], set()
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
            people.add(span.annotator)
        result += [
            {"type": "relation", "from_id": r.head, "to_id": r.tail, "direction": "right", "labels": [r.label]}
            for r in flat.relations
        ]
        if document.topics:
            result.append({"id": "topics", "type": "choices", "from_name": FROM_TOPICS, "to_name": TO_TEXT,
                           "value": {"choices": document.topics}})
        tasks.append({
            "data": {"text": document.text, "id": document.id, "status": document.status, "meta": document.meta},
            "annotations": [{"result": result}],
        })
    json.dump(tasks, stream, ensure_ascii=False, indent=1)
    stream.write("\n")
    if people - {None}:
        warn(reason('Label Studio names the user who made each annotation itself: the annotator of every span is left out'))
    return len(tasks)


def setup_files(target: Path, schema, **_learned) -> dict[Path, str]:
    """The labeling config to paste into a new Label Studio project before importing this export."""
    return {target.with_name(target.name.split(".")[0] + ".label-config.xml"): labeling_config(schema)}


def labeling_config(schema) -> str:
    labels = [(label.name, label.colour) for label in schema.labels]
    labels += [(flat_spans.QUOTE, QUOTE_COLOUR), (flat_spans.CUE, CUE_COLOUR)]
    relations = [flat_spans.SPEAKER, flat_spans.CUE, *(relation.name for relation in schema.relations)]
    lines = ['<View style="direction: rtl">', '  <Relations>']
    lines += [f"    <Relation value={quoteattr(name)}/>" for name in relations]
    lines += ["  </Relations>", f'  <Labels name="{FROM_LABELS}" toName="{TO_TEXT}">']
    lines += [f"    <Label value={quoteattr(name)} background={quoteattr(colour)}/>" for name, colour in labels]
    lines += ["  </Labels>", f'  <Text name="{TO_TEXT}" value="$text" granularity="symbol"/>']
    if schema.topics:
        lines.append(f'  <Choices name="{FROM_TOPICS}" toName="{TO_TEXT}" choice="multiple" showInline="true">')
        lines += [f"    <Choice value={quoteattr(topic.name)} hint={quoteattr(topic.name_ar)}/>" for topic in schema.topics]
        lines.append("  </Choices>")
    lines.append("</View>")
    return "\n".join(lines) + "\n"
