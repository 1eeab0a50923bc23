"""Prodigy JSONL: `text`, `tokens`, `spans` with token indices, `relations` (quote -> speaker and
quote -> cue, and relations between entities with their labels), topics as `options` / `accept`,
`answer`, `meta`, `_input_hash` / `_task_hash`.

Tokens come from the annotator's tokeniser, cut wherever a span starts or
ends, so every span lies on token edges; as in spaCy, a token's `ws` says one
space follows it and any other run of whitespace (a paragraph break) is a
token of its own, so `Doc(words, spaces)` rebuilds the text exactly. Relation
`head` and `child` are the last token of each span. Hashes are stable across runs and machines: the
first four bytes of SHA-256 as a signed 32-bit integer, of the text for
`_input_hash` and of the input hash with the spans, relations and accepted
options for `_task_hash`. Offsets are code points.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO


from annotator.core.ingest import Problem, Record
from annotator.core.model import Document
from annotator.core.text import spaced_tokens
from annotator.formats import jsonl
from annotator.formats import spans as flat_spans
from annotator.core.reasons import reason

NAME = "prodigy"
SUFFIXES = (".prodigy.jsonl",)
_ANSWER_STATUS = {"accept": "done", "reject": "skipped", "ignore": "skipped"}
_STATUS_ANSWER = {"done": "accept", "in_progress": "accept", "new": "accept", "skipped": "ignore"}


def stable_hash(value: str) -> int:
    return int.from_bytes(hashlib.sha256(value.encode("utf-8")).digest()[:4], "big", signed=True)


def read(path: Path, *, progress: Callable[[int], None] | None = None, **_options) -> Iterator[Record | Problem]:
    for item in jsonl.objects(path, progress):
        if isinstance(item, Problem):
            yield item
        else:
            yield from _records(*item)


def looks_like(obj: dict) -> bool:
    """A Prodigy task: spans with token indices, tokens, or Prodigy's own hashes and answer."""
    return any(key in obj for key in ("_input_hash", "_task_hash", "tokens")) or (
        isinstance(obj.get("spans"), list) and "answer" in obj)


def _records(number: int, task: dict) -> list:
    try:
        spans = [{"id": (s["start"], s["end"], s["label"]), "start": s["start"], "end": s["end"], "label": s["label"],
                  "text": s.get("text")} for s in task.get("spans") or []]
        relations = [
            (r["label"], (r["head_span"]["start"], r["head_span"]["end"], r["head_span"]["label"]),
             (r["child_span"]["start"], r["child_span"]["end"], r["child_span"]["label"]))
            for r in task.get("relations") or []
        ]
    except KeyError as error:
        return [Problem(number, reason('a span or relation lacks {error}', error=error))]
    except TypeError:
        return [Problem(number, reason('spans and relations must be lists of objects with start, end and label'))]
    meta = dict(task.get("meta") or {})
    status = task.get("status") or _ANSWER_STATUS.get(task.get("answer"))
    return flat_spans.record(
        number, task.get("text"), [{k: v for k, v in s.items() if v is not None} for s in spans], relations,
        speaker_texts={(s["start"], s["end"], flat_spans.QUOTE): name for s, name in
                       ((s, s.get("speaker_text")) for s in task.get("spans") or []) if name},
        document_id=meta.pop("id", None), meta=meta, topics=task.get("accept") or [], status=status,
    )


def write(documents: Iterable[Document], stream: IO[str], *, topics: list | None = None,
          warn: Callable[[str], None] | None = None, **_options) -> int:
    count = annotated = 0
    for document in documents:
        stream.write(json.dumps(task_for(document, topics), ensure_ascii=False) + "\n")
        count += 1
        annotated += bool(document.entities or document.quotes)
    if annotated and warn:
        warn(reason('Prodigy keeps one annotator a task: the annotator and source of every span are left out'))
    return count


def task_for(document: Document, topics: list | None = None) -> dict:
    flat = flat_spans.flatten(document)
    tokens = _tokens(document.text, flat.spans)
    words = [(n, start, end) for n, (start, end, _) in enumerate(tokens) if document.text[start:end].strip()]
    starts = {start: n for n, start, _ in words}
    ends = {end: n for n, _, end in words}
    span_json = {}
    for span in flat.spans:
        entry = {"start": span.start, "end": span.end, "token_start": starts[span.start], "token_end": ends[span.end],
                 "label": span.label, "text": span.text}
        if span.id in flat.speaker_texts:
            entry["speaker_text"] = flat.speaker_texts[span.id]
        span_json[span.id] = entry
    relations = [
        {"head": span_json[r.head]["token_end"], "child": span_json[r.tail]["token_end"], "label": r.label,
         "head_span": _bare(span_json[r.head]), "child_span": _bare(span_json[r.tail])}
        for r in flat.relations
    ]
    text = document.text
    task = {
        "text": text,
        "tokens": [{"text": text[s:e], "start": s, "end": e, "id": n, "ws": ws} for n, (s, e, ws) in enumerate(tokens)],
        "spans": list(span_json.values()),
        "relations": relations,
        "options": [{"id": t.name, "text": t.name_en} for t in topics] if topics else [{"id": t, "text": t} for t in document.topics],
        "accept": document.topics,
        "answer": _STATUS_ANSWER.get(document.status, "accept"),
        "status": document.status,
        "meta": {"id": document.id, **document.meta},
    }
    task["_input_hash"] = stable_hash(text)
    task["_task_hash"] = stable_hash(json.dumps([task["_input_hash"], task["spans"], relations, task["accept"]], ensure_ascii=False, sort_keys=True))
    return task


def _bare(span: dict) -> dict:
    return {key: span[key] for key in ("start", "end", "token_start", "token_end", "label")}


def _tokens(text: str, spans) -> list[tuple[int, int, bool]]:
    """spaCy-style tokens cut at every span edge, so each span covers whole tokens."""
    return spaced_tokens(text, {edge for span in spans for edge in (span.start, span.end)})

