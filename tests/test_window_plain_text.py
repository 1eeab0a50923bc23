"""Imported and typed text is shown as text: a title, name or label written as HTML never becomes markup
(an <img src=…> would load a local file into the window)."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from annotator.core.store import Project
from annotator.gui.plain_text import tell, tooltip
from annotator.importer import ImportOptions, import_paths

from conftest import shown_window
from helpers import write_jsonl

HOSTILE = '<img src="/etc/passwd"><b>عنوان</b>'


def test_tooltips_escape_markup(qapp):
    assert tooltip(HOSTILE).startswith("<p>&lt;img src=") and "<b>" not in tooltip(HOSTILE)
    assert tooltip("") == ""


def test_message_boxes_show_plain_text(qapp, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.textFormat(), box.text())))
    tell(None, "t", HOSTILE, warning=True)
    assert shown == [(Qt.TextFormat.PlainText, HOSTILE)]


def test_titles_and_names_in_the_window_are_plain(tmp_path, qtbot, monkeypatch):
    monkeypatch.setenv("ANNOTATOR_NAME", "<i>analyst</i>")
    db = tmp_path / "p.db"
    with Project.open(db) as project:
        import_paths(project, [write_jsonl(tmp_path / "a.jsonl", [{"id": "a", "title": HOSTILE, "text": "خبر عن بغداد"}])],
                     ImportOptions(annotator="i"))
    window = shown_window(qtbot, db)
    try:
        model = window.list_model
        tip = model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
        assert "&lt;img" in tip and "<img" not in tip
        assert window.status_annotator.textFormat() == Qt.TextFormat.PlainText
        assert "<i>analyst</i>" in window.status_annotator.text()
        panel = window.search_panel
        panel.query.setText("بغداد")
        panel.run()
        assert "&lt;img" in panel.results.item(0).toolTip()
    finally:
        window.close_project()
