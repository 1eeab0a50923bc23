"""Import all of ANT and export it back; compare with plain sqlite3 and json on the same rows.

    python benchmarks/import_export_ant.py [PATH-TO-ant.jsonl.xz]
"""

from __future__ import annotations

import json
import lzma
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from annotator.core.selection import Selection, selected_documents
from annotator.core.store import Project
from annotator.formats import native
from annotator.importer import ImportOptions, import_paths

DEFAULT = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "ant-multisource-v2.1.jsonl.xz"


def timed(label: str, work):
    start = time.perf_counter()
    result = work()
    seconds = time.perf_counter() - start
    print(f"{label:<46} {seconds:7.2f} s")
    return seconds, result


def main() -> int:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    if not source.exists():
        print(f"{source}: missing; pass the ANT corpus file", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        print(f"ANT corpus: {source}")

        def read_rows():
            with lzma.open(source, "rt", encoding="utf-8") as stream:
                return [json.loads(line) for line in stream]

        read_seconds, rows = timed("baseline: decompress + json.loads", read_rows)

        def plain_sqlite():
            conn = sqlite3.connect(folder / "plain.db")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("CREATE TABLE documents (id TEXT PRIMARY KEY, text TEXT, meta TEXT)")
            with conn:
                conn.executemany(
                    "INSERT OR IGNORE INTO documents VALUES (?, ?, ?)",
                    ((r["docno"], r["text"], json.dumps({k: v for k, v in r.items() if k not in ("docno", "text")}, ensure_ascii=False)) for r in rows),
                )
            conn.close()

        sqlite_seconds, _ = timed("baseline: sqlite3 executemany", plain_sqlite)

        def plain_dumps():
            with open(folder / "plain.jsonl", "w", encoding="utf-8") as out:
                for row in rows:
                    out.write(json.dumps(row, ensure_ascii=False) + "\n")

        dumps_seconds, _ = timed("baseline: json.dumps loop", plain_dumps)

        with Project.open(folder / "ant.db") as project:
            options = ImportOptions(skip_invalid=True, id_field="docno", annotator="bench")
            import_seconds, summary = timed("annotator import (all checks, journal)", lambda: import_paths(project, [source], options))
            print(f"  added {summary.added}, duplicates {summary.duplicates}, refused records {len(summary.problem_lines())}")

            def export():
                with open(folder / "out.jsonl", "w", encoding="utf-8") as out:
                    return native.write(selected_documents(project, Selection()), out)

            export_seconds, written = timed("annotator export (native JSONL)", export)
            print(f"  wrote {written} documents")
        size = (folder / "ant.db").stat().st_size / 1e6
    baseline_import = read_seconds + sqlite_seconds
    print()
    print(f"import / (json.loads + executemany)   {import_seconds / baseline_import:5.2f}x")
    print(f"export / json.dumps loop              {export_seconds / dumps_seconds:5.2f}x")
    print(f"project file                          {size:7.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
