"""Open a 120,000-character Arabic article with 2,000 entity spans; time the first paint and a tag key.

    python benchmarks/window_long_document.py

Baseline in the same run: a bare QPlainTextEdit given the same text (first
paint). For the key, the durable database write alone is timed beside it, so
the view's share of the time is plain to see.
"""

from __future__ import annotations

import json
import lzma
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("ANNOTATOR_RETRAIN_EVERY", "0")  # no training in the background while steps are timed

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtGui import QFont  # noqa: E402
from PySide6.QtWidgets import QPlainTextEdit  # noqa: E402

from annotator.core import ops  # noqa: E402
from annotator.core.model import Document, Entity  # noqa: E402
from annotator.core.store import Project  # noqa: E402
from annotator.core.text import normalise  # noqa: E402
from annotator.gui import create_window  # noqa: E402
from annotator.gui.document_view import DocumentView  # noqa: E402
from annotator.gui.app import arabic_font_family, ensure_application  # noqa: E402

ANT = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "ant-multisource-v2.1.jsonl.xz"
LENGTH, SPANS = 120_000, 2_000


def long_article() -> str:
    pieces, size = [], 0
    with lzma.open(ANT, "rt", encoding="utf-8") as stream:
        for line in stream:
            text = normalise(json.loads(line)["text"]).strip()
            if text:
                pieces.append(text)
                size += len(text) + 2
            if size >= LENGTH:
                break
    return "\n\n".join(pieces)[:LENGTH].rsplit(" ", 1)[0]


def word_spans(text: str, count: int) -> list[tuple[int, int]]:
    import regex

    words = [m.span() for m in regex.finditer(r"\p{Arabic}[\p{Arabic}\p{M}]{3,}", text)]
    step = max(1, len(words) // count)
    return words[::step][:count]


class PaintClock:
    """When the document view last finished painting: the moment the new highlight is on screen."""

    def __init__(self):
        self.finished: float | None = None
        original = DocumentView.paintEvent
        clock = self

        def timed_paint(view, event):
            original(view, event)
            clock.finished = time.perf_counter()

        DocumentView.paintEvent = timed_paint


def timed(work) -> float:
    start = time.perf_counter()
    work()
    return (time.perf_counter() - start) * 1000


def main() -> int:
    if not ANT.exists():
        print(f"{ANT}: missing", file=sys.stderr)
        return 1
    app = ensure_application("en")
    text = long_article()
    spans = word_spans(text, SPANS)
    with tempfile.TemporaryDirectory() as folder:
        os.environ["ANNOTATOR_SETTINGS"] = str(Path(folder) / "settings.ini")
        db = Path(folder) / "long.db"
        with Project.open(db) as project, project.transaction():
            key = project.insert_document(Document(id="long", text=text), annotator="bench")
            for start, end in spans:
                project.insert_entity(key, Entity(start=start, end=end, label="PERSON", text=text[start:end], annotator="bench"))
        print(f"article: {len(text):,} characters, {len(spans):,} entity spans")

        bare = QPlainTextEdit()
        bare.setFont(QFont(arabic_font_family(), 16))
        bare.resize(880, 860)
        bare.show()
        app.processEvents()
        baseline = timed(lambda: (bare.setPlainText(text), bare.viewport().repaint()))
        bare.verticalScrollBar().setValue(bare.verticalScrollBar().maximum() // 2)
        repaints = [timed(bare.viewport().repaint) for _ in range(20)]
        bare.hide()

        clock = PaintClock()  # before the window exists: PySide binds Python overrides at creation
        window = create_window(db)
        window.resize(1400, 900)
        window.show()
        app.processEvents()
        first_paint = timed(lambda: (window.open_document(key), window.view.viewport().repaint()))
        print(f"first paint, bare QPlainTextEdit            {baseline:8.1f} ms")
        print(f"first paint, annotator (2,000 spans)        {first_paint:8.1f} ms   ({first_paint / baseline:.1f}x bare; target < 300 ms)")

        free = [m for m in word_spans(text, SPANS * 3) if m not in set(spans)][:40]
        view = window.view
        key_times, settled_times, forced_times, write_times = [], [], [], []
        window.activateWindow()
        view.setFocus()
        app.processEvents()
        def tagged_by_hand():
            return sum(1 for e in window.document.entities if e.source == "manual")

        before = tagged_by_hand()
        for number, (start, end) in enumerate(free):
            view.reveal(start)
            view.select_range(start, end)
            app.processEvents()
            if number % 2:
                forced_times.append(timed(lambda: (QTest.keyClick(view, Qt.Key.Key_2), view.viewport().repaint())))
                continue
            clock.finished = None
            pressed = time.perf_counter()
            QTest.keyClick(view, Qt.Key.Key_2)
            while clock.finished is None and time.perf_counter() - pressed < 1:
                app.processEvents()
            if clock.finished is None:
                raise RuntimeError("the key press painted nothing within a second")
            key_times.append((clock.finished - pressed) * 1000)
            app.processEvents()
            settled_times.append((time.perf_counter() - pressed) * 1000)
        own_repaints = [timed(view.viewport().repaint) for _ in range(20)]
        from annotator.core.suggest import other_occurrences

        offers = [timed(lambda: other_occurrences(window.document, s, e, "PERSON", folded=window._folded())) for s, e in free[:20]]
        if tagged_by_hand() != before + len(free):
            raise RuntimeError("some key presses tagged nothing: the figures would be meaningless")
        with Project.open(db) as project:
            for start, end in free[:20]:
                write_times.append(timed(lambda: ops.add_entity(project, key, start, end, "GPE", annotator="bench")))
        print(f"key press to highlight painted (median)     {statistics.median(key_times):8.1f} ms   (target < 16 ms)")
        print(f"  until the whole window has settled         {statistics.median(settled_times):8.1f} ms   (lists, status bar, back buffer)")
        print(f"  the same, forcing a full repaint           {statistics.median(forced_times):8.1f} ms   (worst case)")
        print(f"  baseline: a full repaint, no change        {statistics.median(own_repaints):8.1f} ms   (this view, spans shown)")
        print(f"then: finding the name's other occurrences   {statistics.median(offers):8.1f} ms   (after the paint, folded text kept)")
        print(f"  baseline: a full repaint of a bare view    {statistics.median(repaints):8.1f} ms   (no spans)")
        print(f"  of which the durable database write       {statistics.median(write_times):8.1f} ms   (synchronous=FULL commit)")
        print(f"key press to highlight painted (max)        {max(key_times):8.1f} ms")
        window.close()
        window.close_project()
    return 0


if __name__ == "__main__":
    sys.exit(main())
