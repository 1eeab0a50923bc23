"""Reading JSON Lines for every JSONL format: compressed or not, BOM tolerated, each bad line a problem."""

from __future__ import annotations

import bz2
import gzip
import json
import lzma
from collections.abc import Callable, Iterator
from pathlib import Path

from annotator.core.ingest import Problem
from annotator.core.reasons import reason

_OPENERS = {".gz": gzip.open, ".xz": lzma.open, ".bz2": bz2.open}


# Limits against files built to exhaust memory or time (a compressed file can expand a thousandfold):
# no news record comes near them; a 117,000-character article is 0.3 MB.
MAX_LINE_BYTES = 64 * 1024 * 1024
MAX_BLANK_RUN = 1_000_000
MAX_EXPANSION = 1000  # decompressed bytes per compressed byte, checked once past MIN_EXPANDED
MIN_EXPANDED = 256 * 1024 * 1024


def objects(path: Path, progress: Callable[[int], None] | None = None) -> Iterator[tuple[int, dict] | Problem]:
    """(line number, object) for each non-blank line, or a Problem saying why the line cannot be read."""
    with open(path, "rb") as raw:
        opener = _OPENERS.get(Path(path).suffix)
        stream = opener(raw) if opener else raw
        compressed_size = max(Path(path).stat().st_size, 1)
        done = expanded = blank_run = 0
        number = 0
        while True:
            line = stream.readline(MAX_LINE_BYTES + 1)
            if not line:
                break
            number += 1
            expanded += len(line)
            if progress:
                position = raw.tell()
                progress(position - done)
                done = position
            if len(line) > MAX_LINE_BYTES and not line.endswith(b"\n"):
                yield Problem(number, reason('the line is longer than {megabytes} MB, far more than any article: not read', megabytes=MAX_LINE_BYTES // 2**20))
                expanded += _skip_rest_of_line(stream)
                continue
            if opener and expanded > MIN_EXPANDED and expanded > MAX_EXPANSION * compressed_size:
                yield Problem(number, reason('the file expands more than {times} times its compressed size: damaged or built to exhaust memory; the rest was not read', times=MAX_EXPANSION))
                return
            if number == 1 and line.startswith(b"\xef\xbb\xbf"):
                line = line[3:]
            if line.strip():
                blank_run = 0
                yield _parsed(number, line)
            else:
                blank_run += 1
                if blank_run > MAX_BLANK_RUN:
                    yield Problem(number, reason('more than {count:,} blank lines in a row: damaged or built to waste time; the rest was not read', count=MAX_BLANK_RUN))
                    return


def _skip_rest_of_line(stream) -> int:
    """Read past the end of an over-long line without keeping it; how many bytes were skipped."""
    skipped = 0
    while True:
        chunk = stream.readline(1024 * 1024)
        skipped += len(chunk)
        if not chunk or chunk.endswith(b"\n"):
            return skipped


def _parsed(number: int, line: bytes) -> tuple[int, dict] | Problem:
    try:
        obj = json.loads(line.decode("utf-8"))
    except UnicodeDecodeError as error:
        return Problem(number, reason('not UTF-8 (byte {start} of the line); JSONL files must be UTF-8', start=error.start))
    except json.JSONDecodeError as error:
        return Problem(number, reason('broken JSON ({problem}) at column {colno}', problem=error.msg.removesuffix(' at').lower(), colno=error.colno))
    if not isinstance(obj, dict):
        return Problem(number, reason('each line must be a JSON object'))
    return number, obj
