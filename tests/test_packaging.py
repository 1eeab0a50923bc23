"""What can be checked of the installers here: the PyInstaller spec bundles every file the app loads at run
time, one version everywhere, the desktop entry and MIME type agree with the app, the icons exist."""

import configparser
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import annotator
from annotator.core import paths

ROOT = Path(__file__).resolve().parent.parent
SPEC = (ROOT / "packaging" / "annotator.spec").read_text(encoding="utf-8")


def bundled() -> set[str]:
    block = SPEC[SPEC.index("RESOURCES = ["):SPEC.index("]", SPEC.index("RESOURCES = ["))]
    return {source for source, _ in re.findall(r'\("([^"]+)", "([^"]+)"\)', block)}


def test_the_spec_bundles_every_file_the_app_loads():
    loaded = {
        paths.default_schema_file(),
        paths.resources_dir() / "translations" / "annotator_ar.qm",
        paths.resources_dir() / "translations" / "annotator_en.qm",
        paths.resources_dir() / "lexicon" / "word-forms.tsv.gz",
        paths.resources_dir() / "icons" / "annotator-256.png",
        *paths.seeds_dir().glob("*"),
    }
    wanted = {str(path.relative_to(ROOT)) for path in loaded}
    assert wanted <= bundled(), wanted - bundled()
    assert all((ROOT / source).is_file() for source in bundled())
    # every translation the app can load is bundled, and nothing under resources/ the code reads is missing
    assert {str(p.relative_to(ROOT)) for p in (ROOT / "resources" / "translations").glob("*.qm")} <= bundled()
    for target in re.findall(r'\("[^"]+", "([^"]+)"\)', SPEC):
        assert target.split("/")[0] in ("resources", "seeds")  # laid out as paths.py finds them in _MEIPASS


def test_one_version_everywhere():
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'version = { attr = "annotator.__version__" }' in pyproject
    script = (ROOT / "packaging" / "build-linux.sh").read_text(encoding="utf-8")
    assert "annotator/__init__.py" in script  # the .deb's version is read from the same place
    inno = (ROOT / "packaging" / "windows" / "annotator.iss").read_text(encoding="utf-8")
    assert "#define AppVersion GetEnv(\"ANNOTATOR_VERSION\")" in inno
    assert re.fullmatch(r"\d+\.\d+\.\d+", annotator.__version__)


def test_desktop_entry_and_mime_type_agree():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(ROOT / "packaging" / "linux" / "annotator.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Exec"] == "annotator gui %f" and desktop["Icon"] == "annotator"
    assert desktop["Name"] == "Annotator" and desktop["Name[ar]"]
    mime = ET.parse(ROOT / "packaging" / "linux" / "annotator-mime.xml").getroot()
    namespace = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    [kind] = mime.findall("m:mime-type", namespace)
    assert kind.get("type") + ";" in desktop["MimeType"]
    globs = {g.get("pattern") for g in kind.findall("m:glob", namespace)}
    from annotator.gui.projects import PROJECT_FILTER

    assert globs <= set(PROJECT_FILTER.split())  # the app's Open dialog shows what the desktop opens with it


def test_icons_are_made_from_the_svg():
    icons = ROOT / "resources" / "icons"
    assert (icons / "annotator.svg").is_file()
    for size in (16, 32, 48, 64, 128, 256):
        assert (icons / f"annotator-{size}.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert (ROOT / "packaging" / "windows" / "annotator.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"


def test_a_project_file_given_without_db_opens(tmp_path, monkeypatch):
    from annotator import cli

    seen = {}
    monkeypatch.setattr("annotator.gui.preflight.platform_problem", lambda: None)
    monkeypatch.setattr("annotator.gui.app.run", lambda db, **options: seen.setdefault("db", db) and 0)
    cli.main(["gui", str(tmp_path / "news.annotator")])
    assert seen["db"] == tmp_path / "news.annotator"


def test_about_lists_the_shipped_libraries_with_their_licences(qapp):
    from annotator import licences

    shipped = {name.lower().replace("_", "-"): (version, licence) for name, version, licence in licences.shipped()}
    for name in ("python", "pyside6-essentials", "sqlite-utils", "arabic-reshaper", "python-bidi", "fontpkg-noto-sans-arabic"):
        assert name in shipped, name
    assert "OFL" in shipped["fontpkg-noto-sans-arabic"][1]
    assert all(licence for _, licence in shipped.values())
    assert "pytest" not in shipped and "spacy" not in shipped  # test tools and extras are not shipped
