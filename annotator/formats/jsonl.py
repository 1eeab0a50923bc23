"""Reading JSON Lines for every JSONL format: compressed or not, BOM tolerated, each bad line a problem."""

from __future__ import annotations

import bz2
import gzip
import json
import lzma
from collections.abc import Callable, Iterator
from pathlib import Path

from annotator.core.ingest import Problem

_OPENERS = {".gz": gzip.open, ".xz": lzma.open, ".bz2": bz2.open}


def objects(path: Path, progress: Callable[[int], None] | None = None) -> Iterator[tuple[int, dict] | Problem]:
    """(line number, object) for each non-blank line, or a Problem saying why the line cannot be read."""
    with open(path, "rb") as raw:
        opener = _OPENERS.get(Path(path).suffix)
        stream = opener(raw) if opener else raw
        done = 0
        for number, line in enumerate(stream, start=1):
            if progress:
                position = raw.tell()
                progress(position - done)
                done = position
            if number == 1 and line.startswith(b"\xef\xbb\xbf"):
                line = line[3:]
            if line.strip():
                yield _parsed(number, line)


def _parsed(number: int, line: bytes) -> tuple[int, dict] | Problem:
    try:
        obj = json.loads(line.decode("utf-8"))
    except UnicodeDecodeError as error:
        return Problem(number, f"not UTF-8 (byte {error.start} of the line); JSONL files must be UTF-8")
    except json.JSONDecodeError as error:
        return Problem(number, f"broken JSON ({error.msg.removesuffix(' at').lower()}) at column {error.colno}")
    if not isinstance(obj, dict):
        return Problem(number, "each line must be a JSON object")
    return number, obj
