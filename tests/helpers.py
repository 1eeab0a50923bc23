"""Small builders the tests share."""

import json
from pathlib import Path


def write_jsonl(path: Path, records: list, *, raw_lines: dict | None = None) -> Path:
    """One JSON object per line; `raw_lines` puts literal text at given 1-based lines."""
    lines = [json.dumps(record, ensure_ascii=False) for record in records]
    for number, raw in (raw_lines or {}).items():
        lines.insert(number - 1, raw)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def span(text: str, surface: str, label: str | None = None, occurrence: int = 0, **extra) -> dict:
    """A span dict for the `occurrence`-th appearance of `surface` in `text`."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(surface, start + 1)
    result = {"start": start, "end": start + len(surface), "text": surface, **extra}
    if label:
        result["label"] = label
    return result
