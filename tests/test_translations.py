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


def test_every_string_in_the_code_is_in_the_translation_source(tmp_path):
    fresh = tmp_path / "fresh.ts"
    shutil.copy(translations.TS_FILE, fresh)
    translations.update(fresh)
    assert set(messages(fresh)) == set(messages(translations.TS_FILE)), "run: python packaging/translations.py update"


def test_every_string_has_an_arabic_translation():
    unfinished = [
        source for (context, source), translation in messages(translations.TS_FILE).items()
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not (translation.text or "").strip()
    ]
    assert unfinished == []


def test_placeholders_survive_translation():
    import re

    for (context, source), translation in messages(translations.TS_FILE).items():
        assert sorted(re.findall(r"\{\d\}", source)) == sorted(re.findall(r"\{\d\}", translation.text)), source


def test_compiled_translation_matches_its_source(tmp_path):
    compiled = tmp_path / "check.qm"
    translations.release(translations.TS_FILE, compiled)
    assert compiled.read_bytes() == translations.QM_FILE.read_bytes(), "run: python packaging/translations.py release"
