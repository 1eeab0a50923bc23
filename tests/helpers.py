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


def version_1_project(path: Path, documents: tuple[tuple[str, str], ...] = ()):
    """A project file as the first annotator wrote it (schema version 1), with these (id, text) documents;
    returned with its connection still open, for tests that add more before closing it."""
    import sqlite3

    from annotator.core import store

    conn = sqlite3.connect(path, isolation_level=None)
    conn.executescript(f"BEGIN;\n{store.MIGRATIONS[0]}\nPRAGMA user_version = 1;\nCOMMIT;")
    for key, (document_id, text) in enumerate(documents, 1):
        conn.execute("INSERT INTO documents (key, id, text_hash, length, created, updated) VALUES (?, ?, ?, ?, 'now', 'now')",
                     (key, document_id, f"h{key}", len(text)))
        conn.execute("INSERT INTO texts (document, text) VALUES (?, ?)", (key, text))
    return conn
