"""The Arabic interface is complete: every string of the window is translated and compiled."""

import shutil
import xml.etree.ElementTree as ET

import pytest

from annotator.core import paths

pytest.importorskip("PySide6")

import importlib.util  # noqa: E402

_spec = importlib.util.spec_from_file_location("translations", paths.resources_dir().parent / "packaging" / "translations.py")
translations = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(translations)


def messages(ts_file):
    root = ET.parse(ts_file).getroot()
    return {
        (context.find("name").text, message.find("source").text): message.find("translation")
        for context in root.iter("context")
        for message in context.iter("message")
    }


@pytest.mark.parametrize("ts_file,language", [(translations.TS_FILE, "ar"), (translations.EN_TS_FILE, "en")], ids=["ar", "en"])
def test_every_string_in_the_code_is_in_the_translation_source(tmp_path, ts_file, language):
    fresh = tmp_path / "fresh.ts"
    shutil.copy(ts_file, fresh)
    translations.update(fresh, language=language)
    assert set(messages(fresh)) == set(messages(ts_file)), "run: python packaging/translations.py update"


def forms(translation) -> list[str]:
    """The translated text, or each of its plural forms."""
    plural = translation.findall("numerusform")
    return [form.text or "" for form in plural] if plural else [translation.text or ""]


@pytest.mark.parametrize("ts_file", [translations.TS_FILE, translations.EN_TS_FILE], ids=["ar", "en"])
def test_every_string_has_a_translation(ts_file):
    unfinished = [
        source for (context, source), translation in messages(ts_file).items()
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(f.strip() for f in forms(translation))
    ]
    assert unfinished == []


def test_arabic_has_its_six_plural_forms_and_english_its_two():
    for ts_file, count in ((translations.TS_FILE, 6), (translations.EN_TS_FILE, 2)):
        plural = [t for t in messages(ts_file).values() if t.findall("numerusform")]
        assert plural and all(len(t.findall("numerusform")) == count for t in plural)


@pytest.mark.parametrize("ts_file", [translations.TS_FILE, translations.EN_TS_FILE], ids=["ar", "en"])
def test_placeholders_survive_translation(ts_file):
    import re

    for (context, source), translation in messages(ts_file).items():
        for form in forms(translation):
            # {0} in the window's strings; {name}, {name!r} and {count:,} in the core's reasons
            fields = r"\{[A-Za-z_0-9]*(?:![rs])?(?::[^{}]*)?\}"
            assert sorted(re.findall(fields, source)) == sorted(re.findall(fields, form)), source


@pytest.mark.parametrize("ts_file,qm_file", [(translations.TS_FILE, translations.QM_FILE),
                                             (translations.EN_TS_FILE, translations.EN_QM_FILE)], ids=["ar", "en"])
def test_compiled_translation_matches_its_source(tmp_path, ts_file, qm_file):
    compiled = tmp_path / "check.qm"
    translations.release(ts_file, compiled)
    assert compiled.read_bytes() == qm_file.read_bytes(), "run: python packaging/translations.py release"


def test_the_core_reasons_reach_the_translators():
    templates = translations.reason_templates()
    # a few from each room: import, file decoding, spans, the project itself
    assert "the text is empty or only whitespace" in templates
    assert "this is a binary file, not text" in templates
    assert "offsets {start}-{end} are reversed or empty" in templates
    assert "{path}: no project file here." in templates
    arabic = {source for (context, source) in messages(translations.TS_FILE) if context == "Reason"}
    assert set(templates) <= arabic
