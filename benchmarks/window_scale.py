"""Issue 11's window targets: a 5 MB article in one paragraph with 50,000 spans, and a name with 2,000 mentions.

    python benchmarks/window_scale.py

The article is ANT text joined into one paragraph until it holds 5 MB, with a made-up name written into it
2,000 times; 50,000 entity spans are imported with it (every tenth word or so). Timed: opening the window on
it until the first paint, tagging the made-up name until the tag is painted, the step that then offers its
other mentions, accepting all and undoing; beside a bare QPlainTextEdit's first paint of the same text.
Targets: opens in < 2 s, tag-to-paint < 100 ms, no step over 200 ms.
"""

from __future__ import annotations

import json
import lzma
import os
import re
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

ANT = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "ant-multisource-v2.1.jsonl.xz"
NAME = "زنجبار"  # a made-up mention, 2,000 times


def timed(work) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def article(size: int, mentions: int) -> str:
    pieces, total = [], 0
    with lzma.open(ANT, "rt", encoding="utf-8") as stream:
        for line in stream:
            text = " ".join(json.loads(line)["text"].split())
            pieces.append(text)
            total += len(text.encode("utf-8")) + 1
            if total >= size:
                break
    words = " ".join(pieces).split(" ")
    step = max(1, len(words) // mentions)
    for n in range(mentions):
        words[n * step] = NAME
    return " ".join(words)


def spans(text: str, count: int) -> list[dict]:
    words = [m for m in re.finditer(r"\S+", text) if m.group() != NAME and m.group().isalpha()]
    step = max(1, len(words) // count)
    return [{"start": m.start(), "end": m.end(), "label": "ORG", "text": m.group()} for m in words[::step][:count]]


def main() -> int:
    app = ensure_application("en")
    text = article(5 * 2**20, 2000)
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        source = folder / "one.jsonl"
        record = {"id": "big", "text": text, "entities": spans(text, 50_000)}
        source.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
        with Project.open(folder / "p.db") as project:
            import_paths(project, [source], ImportOptions(annotator="bench"))
            stored = len(project.document(project.key_of("big")).entities)

        bare = QPlainTextEdit()
        bare.resize(1200, 800)
        bare.show()
        baseline = timed(lambda: (bare.setPlainText(text), app.processEvents()))
        bare.close()

        window = None

        def open_window():
            nonlocal window
            window = create_window(folder / "p.db")
            window.resize(1200, 800)
            window.show()
            app.processEvents()

        opening = timed(open_window)
        app.processEvents()
        start = text.index(NAME)
        window.view.reveal(start)
        app.processEvents()
        window.view.select_range(start, start + len(NAME))
        # Each step is timed up to its paint; what it leaves for later (blocks off screen recoloured a few at a
        # time) runs in steps of its own, timed one by one while the event loop drains them.
        idle_steps: list[float] = []
        recolour = window.view._recolour_some

        def timed_recolour():
            idle_steps.append(timed(recolour))

        window.view._stale_timer.timeout.disconnect()
        window.view._stale_timer.timeout.connect(timed_recolour)

        def drain():
            while window.view._stale:
                app.processEvents()
            app.processEvents()

        def step(work):
            seconds = timed(lambda: (work(), window.view.viewport().repaint()))
            drain()
            return seconds

        tag_to_paint = step(lambda: window.apply_label("GPE"))
        offering = step(window._offer_pending)
        offered = sum(e.suggested for e in window.document.entities)
        accepting = step(window.accept_all)
        undoing = step(window.history.undo)
        window.close_project()
    idle = max(idle_steps, default=0.0)
    longest = max(tag_to_paint, offering, accepting, undoing, idle)
    print(f"one paragraph of {len(text):,} characters ({len(text.encode('utf-8')) / 2**20:.1f} MB), {stored:,} spans, "
          f"{NAME} written {text.count(NAME):,} times")
    print(f"baseline: bare QPlainTextEdit first paint  {baseline:7.2f} s")
    rows = [("open the window, first paint", opening, "< 2 s", opening < 2),
            ("tag the name, painted", tag_to_paint, "< 100 ms", tag_to_paint < 0.1),
            (f"offer its other mentions ({offered})", offering, "", True),
            ("accept all", accepting, "", True),
            ("undo the accept", undoing, "", True),
            (f"longest idle recolouring step (of {len(idle_steps)})", idle, "", True),
            ("longest step the window does not respond", longest, "< 200 ms", longest < 0.2)]
    for name, seconds, target, held in rows:
        verdict = f"target {target}: {'held' if held else 'NOT held'}" if target else ""
        print(f"{name:<42} {seconds * 1000:9.1f} ms  ({seconds / baseline:5.1f}x baseline)  {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
