"""Make the README's screenshots: the seed article annotated, in the English and the Arabic interface.

    xvfb-run -a -s "-screen 0 1400x900x24" env QT_QPA_PLATFORM=xcb python docs/make_screenshots.py

Under Xvfb the system's fonts are used as a user's desktop would; offscreen works too.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from annotator.core import ops, paths
from annotator.core.store import Project
from annotator.importer import seed

HERE = Path(__file__).resolve().parent


def find(text: str, surface: str, occurrence: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(surface, start + 1)
    return start, start + len(surface)


def annotate_seed(db: Path) -> None:
    """What an analyst would do with the seed article's first paragraphs."""
    with Project.open(db) as project:
        seed(project)
        key = 1
        text = project.text(key)
        who = "analyst-1"

        def entity(surface, label, occurrence=0):
            change = ops.add_entity(project, key, *find(text, surface, occurrence), label, annotator=who)
            return change.edits[0].after["id"]

        entity("بلينكن", "PERSON")
        entity("العراق", "GPE")
        minister = entity("وزير الخارجية فؤاد حسين", "PERSON")
        title = entity("وزير الخارجية", "TITLE", 1)
        entity("السبت 24 تموز 2021", "DATE")
        entity("داعش", "ORG")
        entity("الولايات المتحدة الأمريكية", "GPE")
        hussein = entity("حسين", "PERSON", 1)
        blinken = entity("أنتوني بلينكن", "PERSON")
        entity("واشنطن", "GPE")
        entity("واشنطن", "GPE", 1)
        entity("الولايات المتحدة", "GPE", 1)
        quote_start = find(text, "نحن متواجدون هنا")[0]
        quote_end = find(text, "مصالح البلدين والشعبين")[1]
        ops.add_quote(project, key, quote_start, quote_end, speaker=hussein, cue=find(text, "وقال", 0), annotator=who)
        ops.add_relation(project, key, minister, title, "HOLDS_TITLE", annotator=who)
        ops.add_relation(project, key, hussein, blinken, "MET_WITH", annotator=who)
        ops.set_topic(project, key, "diplomacy", True, annotator=who)
        ops.set_topic(project, key, "security", True, annotator=who)
        ops.set_status(project, key, "in_progress", annotator=who)


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "demo.db"
        annotate_seed(db)
        for language in ("en", "ar"):
            target = HERE / f"screenshot-{language}.png"
            subprocess.run(
                [sys.executable, "-m", "annotator", "gui", "--db", str(db), "--language", language, "--screenshot", str(target)],
                check=True, env={**__import__("os").environ, "ANNOTATOR_SETTINGS": str(Path(folder) / "settings.ini"),
                                 "ANNOTATOR_NAME": "analyst-1"},
            )
            print(target)
    return 0


if __name__ == "__main__":
    assert paths.seeds_dir().is_dir()
    sys.exit(main())
