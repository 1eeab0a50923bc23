"""A name mentioned 2,000 times in one paragraph: tag it (the other mentions are offered), accept all, undo.

    python benchmarks/window_one_paragraph.py [MENTIONS]

Every mention sits in the same text block, the worst case for the highlighter, which recolours a
block at a time. Baseline in the same run: a bare QPlainTextEdit given the same text (first paint).
Before the sweep in highlightBlock, the batched redraw and one commit per batch (November 2026), tagging
took 132 s at 2,000 mentions and accepting all of them as long again.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("ANNOTATOR_RETRAIN_EVERY", "0")  # no training in the background while steps are timed

from PySide6.QtWidgets import QPlainTextEdit  # noqa: E402

from annotator.core.store import Project  # noqa: E402
from annotator.gui import create_window  # noqa: E402
from annotator.gui.app import ensure_application  # noqa: E402
from annotator.importer import ImportOptions, import_paths  # noqa: E402


def timed(work) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def main() -> int:
    mentions = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    app = ensure_application("en")
    text = " ".join(f"زار الوفد مدينة بغداد 😀 يوم {i}." for i in range(mentions))
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        source = folder / "one.jsonl"
        source.write_text(json.dumps({"id": "one", "text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
        with Project.open(folder / "p.db") as project:
            import_paths(project, [source], ImportOptions(annotator="bench"))

        bare = QPlainTextEdit()
        bare.resize(1200, 800)
        bare.show()
        baseline = timed(lambda: (bare.setPlainText(text), app.processEvents()))

        window = create_window(folder / "p.db")
        window.resize(1200, 800)
        window.show()
        app.processEvents()
        start = text.index("بغداد")
        window.view.select_range(start, start + 5)

        # What the analyst waits for: the tag painted. The other mentions are offered a moment later (the
        # window's offer timer), a step of its own; each step is a time the window does not respond.
        tag_to_paint = timed(lambda: (window.apply_label("GPE"), window.view.viewport().repaint()))
        offering = timed(lambda: (window._offer_pending(), window.view.viewport().repaint(), app.processEvents()))
        offered = sum(e.suggested for e in window.document.entities)
        accepting = timed(lambda: (window.accept_all(), app.processEvents()))
        undoing = timed(lambda: (window.history.undo(), app.processEvents()))
        window.close_project()
    longest = max(tag_to_paint, offering, accepting, undoing)
    print(f"{mentions} mentions of one name in one paragraph of {len(text):,} characters")
    print(f"baseline: bare QPlainTextEdit first paint   {baseline * 1000:8.1f} ms")
    print(f"tag one, painted                           {tag_to_paint * 1000:8.1f} ms   ({tag_to_paint / baseline:5.1f}x baseline)"
          f"   target < 100 ms: {'held' if tag_to_paint < 0.1 else 'NOT held'}")
    print(f"then the other {offered} offered             {offering * 1000:8.1f} ms   ({offering / baseline:5.1f}x baseline)")
    print(f"accept all                                 {accepting * 1000:8.1f} ms   ({accepting / baseline:5.1f}x baseline)")
    print(f"undo the accept                            {undoing * 1000:8.1f} ms   ({undoing / baseline:5.1f}x baseline)")
    print(f"longest step the window does not respond   {longest * 1000:8.1f} ms   target < 200 ms: "
          f"{'held' if longest < 0.2 else 'NOT held'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
