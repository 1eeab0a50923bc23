"""Keep the Arabic interface complete: extract the window's strings into the .ts source, compile the .qm.
English needs only its plural forms ("%n entities" → "1 entity"), kept in a plural-only annotator_en.ts.

    python packaging/translations.py update    # new strings land in the .ts, marked unfinished
    python packaging/translations.py release   # the .ts becomes the .qm the app loads

Translate the unfinished entries (Qt Linguist: `pyside6-linguist FILE.ts`),
then release. tests/test_translations.py fails while anything is untranslated
or the .qm is older than the .ts.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = sorted((ROOT / "annotator" / "gui").glob("*.py"))
TS_FILE = ROOT / "resources" / "translations" / "annotator_ar.ts"
QM_FILE = TS_FILE.with_suffix(".qm")
EN_TS_FILE = TS_FILE.with_name("annotator_en.ts")
EN_QM_FILE = EN_TS_FILE.with_suffix(".qm")


def tool(name: str) -> str:
    """The PySide6 wrapper next to this Python, so the venv's own Qt tools are used."""
    candidate = Path(sys.executable).parent / name
    return str(candidate) if candidate.exists() else name


def reason_templates() -> list[str]:
    """Every `reason("…")` template of the Qt-free code, which the window translates under the context "Reason"."""
    found: dict[str, None] = {}
    for source in sorted((ROOT / "annotator").rglob("*.py")):
        if "gui" in source.relative_to(ROOT).parts:
            continue
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "reason"
                    and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                found[node.args[0].value] = None
    return list(found)


def update(ts_file: Path = TS_FILE, *, language: str = "ar") -> None:
    plural_only = ["-pluralonly"] if language == "en" else []
    # lupdate reads Python, not our reason() calls: hand it the templates as QT_TRANSLATE_NOOP lines, from a
    # fixed place (build/ is not committed) so the .ts's locations do not change from one update to the next.
    reasons = ROOT / "build" / "translations" / "core_reasons.py"
    reasons.parent.mkdir(parents=True, exist_ok=True)
    reasons.write_text("".join(f"QT_TRANSLATE_NOOP({'Reason'!r}, {template!r})\n" for template in reason_templates()),
                       encoding="utf-8")
    subprocess.run(
        [tool("pyside6-lupdate"), *map(str, SOURCES), str(reasons), "-no-obsolete", *plural_only,
         "-target-language", language, "-ts", str(ts_file)],
        check=True, capture_output=True,
    )


def release(ts_file: Path = TS_FILE, qm_file: Path = QM_FILE) -> None:
    subprocess.run([tool("pyside6-lrelease"), str(ts_file), "-qm", str(qm_file)], check=True, capture_output=True)


def update_all() -> None:
    update(TS_FILE)
    update(EN_TS_FILE, language="en")


def release_all() -> None:
    release(TS_FILE, QM_FILE)
    release(EN_TS_FILE, EN_QM_FILE)


if __name__ == "__main__":
    commands = {"update": update_all, "release": release_all}
    if len(sys.argv) != 2 or sys.argv[1] not in commands:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    commands[sys.argv[1]]()
