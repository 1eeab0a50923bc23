"""Keep the Arabic interface complete: extract the window's strings into the .ts source, compile the .qm.

    python packaging/translations.py update    # new strings land in the .ts, marked unfinished
    python packaging/translations.py release   # the .ts becomes the .qm the app loads

Translate the unfinished entries (Qt Linguist: `pyside6-linguist FILE.ts`),
then release. tests/test_translations.py fails while anything is untranslated
or the .qm is older than the .ts.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = sorted((ROOT / "annotator" / "gui").glob("*.py"))
TS_FILE = ROOT / "resources" / "translations" / "annotator_ar.ts"
QM_FILE = TS_FILE.with_suffix(".qm")


def tool(name: str) -> str:
    """The PySide6 wrapper next to this Python, so the venv's own Qt tools are used."""
    candidate = Path(sys.executable).parent / name
    return str(candidate) if candidate.exists() else name


def update(ts_file: Path = TS_FILE) -> None:
    subprocess.run(
        [tool("pyside6-lupdate"), *map(str, SOURCES), "-no-obsolete", "-target-language", "ar", "-ts", str(ts_file)],
        check=True, capture_output=True,
    )


def release(ts_file: Path = TS_FILE, qm_file: Path = QM_FILE) -> None:
    subprocess.run([tool("pyside6-lrelease"), str(ts_file), "-qm", str(qm_file)], check=True, capture_output=True)


if __name__ == "__main__":
    commands = {"update": update, "release": release}
    if len(sys.argv) != 2 or sys.argv[1] not in commands:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    commands[sys.argv[1]]()
