"""Open the window on a project of 100,000 articles; time it against counting the rows in plain SQLite.

    python benchmarks/window_many_documents.py [N]
"""

from __future__ import annotations

import json
import lzma
import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from annotator.core.model import Document  # noqa: E402
from annotator.core.store import Project  # noqa: E402
from annotator.core.text import normalise  # noqa: E402
from annotator.gui import create_window  # noqa: E402
from annotator.gui.app import ensure_application  # noqa: E402

ANT = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "ant-multisource-v2.1.jsonl.xz"


def articles(count: int):
    """ANT articles, cycled with a numbered line so every text is new."""
    with lzma.open(ANT, "rt", encoding="utf-8") as stream:
        corpus = [(r["title"], normalise(r["text"])) for r in map(json.loads, stream) if r["text"].strip()]
    for n in range(count):
        title, text = corpus[n % len(corpus)]
        yield Document(id=f"doc-{n}", text=f"{text}\n{n}", meta={"title": title})


def open_window(db: Path):
    """(milliseconds, window): created, shown, list filled and first article painted."""
    start = time.perf_counter()
    window = create_window(db)
    window.resize(1400, 900)
    window.show()
    window.view.viewport().repaint()
    return (time.perf_counter() - start) * 1000, window


def main() -> int:
    if not ANT.exists():
        print(f"{ANT}: missing", file=sys.stderr)
        return 1
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    ensure_application("en")
    with tempfile.TemporaryDirectory() as folder:
        os.environ["ANNOTATOR_SETTINGS"] = str(Path(folder) / "settings.ini")
        db = Path(folder) / "many.db"
        start = time.perf_counter()
        with Project.open(db) as project, project.transaction():
            for document in articles(count):
                project.insert_document(document, annotator="bench")
        print(f"built a project of {count:,} articles in {time.perf_counter() - start:.1f} s "
              f"({db.stat().st_size / 1e6:.0f} MB)")

        start = time.perf_counter()
        conn = sqlite3.connect(db)
        conn.execute("SELECT COUNT(*) FROM documents").fetchone()
        conn.close()
        baseline = (time.perf_counter() - start) * 1000

        small = Path(folder) / "one.db"
        with Project.open(small) as project, project.transaction():
            project.insert_document(next(articles(1)), annotator="bench")
        for _ in range(2):  # the first window pays Qt's one-time start-up; time the second
            small_opened, small_window = open_window(small)
            small_window.close()
            small_window.close_project()
        opened, window = open_window(db)

        start = time.perf_counter()
        window.status_filter.setCurrentIndex(window.status_filter.findData("new"))
        filtered = (time.perf_counter() - start) * 1000
        start = time.perf_counter()
        window.step(1)
        stepped = (time.perf_counter() - start) * 1000
        print(f"plain sqlite3: open + COUNT(*)           {baseline:8.1f} ms")
        print(f"window open on a one-article project      {small_opened:8.1f} ms")
        print(f"window open on {count:,} articles          {opened:8.1f} ms   ({opened / small_opened:.2f}x the one-article project)")
        print(f"status filter over {count:,} documents     {filtered:8.1f} ms")
        print(f"next document                             {stepped:8.1f} ms")
        print(f"rows loaded in the list                   {window.list_model.loaded_rows():8d}")
        window.close()
        window.close_project()
    return 0


if __name__ == "__main__":
    sys.exit(main())
