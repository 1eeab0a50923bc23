"""Menus' dialogs: import and export off the GUI thread, the schema editor, preferences, zoom."""

import json
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QMessageBox

from annotator.core.model import Label, LabelSchema, Topic
from annotator.core.store import Project, ProjectError
from annotator.gui import transfer
from annotator.gui.preferences_dialog import PreferencesDialog
from annotator.gui.schema_editor import SchemaEditor

from conftest import shown_window
from helpers import span, write_jsonl

TEXT = "😀 قال وزير الخارجية فؤاد حسين في واشنطن إن العراق شريك."


@pytest.fixture
def window(qtbot, tmp_path):
    db = tmp_path / "project.db"
    text = TEXT
    with Project.open(db) as project:
        from annotator.importer import ImportOptions, import_paths

        import_paths(project, [write_jsonl(tmp_path / "a.jsonl", [
            {"id": "a", "text": text, "entities": [span(text, "واشنطن", "GPE")], "status": "done"},
        ])], ImportOptions(annotator="importer"))
    main = shown_window(qtbot, db)
    yield main
    main.close()
    main.close_project()


@pytest.fixture
def messages(monkeypatch):
    """Message boxes answer at once and remember what they said."""
    said = []

    def exec_(box):
        said.append((box.text(), box.detailedText()))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a: said.append((text, "")))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: said.append((text, "")))
    return said


def unisolated(text: str) -> str:
    """The text without the bidi isolates that keep paths and names in their own order in Arabic."""
    return re.sub("[\u2066-\u2069]", "", text)


def accepted(dialog: QDialog) -> QDialog:
    dialog.exec = lambda: QDialog.DialogCode.Accepted
    return dialog


def test_import_from_the_menu_runs_off_the_gui_thread_and_lists_problems(window, tmp_path, messages):
    good = write_jsonl(tmp_path / "more.jsonl", [{"id": "b", "text": "خبر جديد عن بغداد"}, {"text": ""}])
    dialog = accepted(transfer.ImportDialog(window))
    dialog.paths.addItem(str(good))
    dialog.skip_invalid.setChecked(True)
    threads = []
    original = transfer.import_paths

    def spy(*args, **kwargs):
        from PySide6.QtCore import QThread

        threads.append(QThread.currentThread())
        return original(*args, **kwargs)

    transfer.import_paths = spy
    try:
        assert transfer.run_import(window, window.db_path, dialog)
    finally:
        transfer.import_paths = original
    assert threads and threads[0] is not window.thread()
    text, details = messages[-1]
    details = unisolated(details)
    assert "Imported 1 document;" in text
    assert f"{good}:2: the text is empty or only whitespace" in details
    window._apply_filters()
    assert window.list_model.rowCount() == 2


def test_progress_is_shown_on_the_gui_thread_with_the_file_and_articles_so_far(window, tmp_path, messages, qtlog):
    from PySide6.QtCore import QThread

    files = [write_jsonl(tmp_path / f"batch{n}.jsonl", [{"id": f"n{n}-{i}", "text": f"خبر {i} من الدفعة {n} عن بغداد"} for i in range(3)])
             for n in range(2)]
    dialog = accepted(transfer.ImportDialog(window))
    for file in files:
        dialog.paths.addItem(str(file))
    seen = []
    original = transfer.ProgressShown.progressed

    def progressed(shown, done, detail):
        seen.append((QThread.currentThread() is window.thread(), detail))
        original(shown, done, detail)
        seen.append(shown.dialog.labelText())

    transfer.ProgressShown.progressed = progressed
    try:
        assert transfer.run_import(window, window.db_path, dialog)
    finally:
        transfer.ProgressShown.progressed = original
    assert seen and all(on_gui for on_gui, _ in seen[::2])
    labels = seen[1::2]
    assert any("File 2 of 2: " in label and "batch1.jsonl" in label and "3 articles added so far" in label for label in labels)
    assert not [r for r in qtlog.records if "another thread" in r.message]
    assert "Imported 6 documents" in messages[-1][0]


def test_time_left_and_export_progress_read_as_sentences():
    assert transfer.time_left(0, 100, 5.0) == "" and transfer.time_left(50, 100, 0.2) == ""
    assert transfer.time_left(50, 100, 10.0) == "About 10 seconds left"
    assert transfer.time_left(10, 100, 60.0) == "About 9 minutes left"
    assert transfer.time_left(99, 100, 99.0) == "About 1 second left"
    assert transfer.describe_export({}, 1, 20) == "1 of 20 documents written"


def test_refused_file_adds_nothing_and_says_why(window, tmp_path, messages):
    bad = write_jsonl(tmp_path / "bad.jsonl", [{"text": "خبر"}], raw_lines={2: "{broken"})
    dialog = accepted(transfer.ImportDialog(window))
    dialog.paths.addItem(str(bad))
    transfer.run_import(window, window.db_path, dialog)
    text, details = messages[-1]
    details = unisolated(details)
    assert "1 file was refused" in text and f"{bad}:2: broken JSON" in details
    assert window.project.document_count() == 1


def test_in_arabic_the_reasons_a_file_was_refused_are_arabic_too(window, tmp_path, messages):
    from annotator.gui.app import set_language

    bad = write_jsonl(tmp_path / "bad.jsonl", [{"text": "خبر"}, {"text": "  "}, {"text": "x", "status": "odd"}],
                      raw_lines={4: "{broken"})
    dialog = accepted(transfer.ImportDialog(window))
    dialog.paths.addItem(str(bad))
    set_language("ar")
    try:
        transfer.run_import(window, window.db_path, dialog)
    finally:
        set_language("en")
    text, details = messages[-1]
    details = unisolated(details)
    assert f"{bad}:2: النص فارغ أو مسافات فقط" in details
    assert f"{bad}:3: الحالة 'odd' ليست من بين: " in details
    assert f"{bad}:4: JSON معطوب (" in details
    assert "the" not in details.replace(str(bad), "")  # no English sentence left
    assert window.project.document_count() == 1


def test_a_reason_whose_translation_lost_a_field_falls_back_to_english(monkeypatch):
    from PySide6.QtCore import QCoreApplication

    from annotator.core.reasons import reason
    from annotator.gui import reasons

    monkeypatch.setattr(QCoreApplication, "translate", staticmethod(lambda context, text, *a: "ترجمة {missing}"))
    assert reasons.shown(reason("offsets {start}-{end} are reversed or empty", start=5, end=2)) == \
        "offsets 5-2 are reversed or empty"


def test_a_refused_tag_says_why_in_arabic(window, qtbot):
    from annotator.core.store import SpanRefused
    from annotator.core.text import span_problem
    from annotator.gui.app import set_language

    set_language("ar")
    try:
        refusal = SpanRefused(span_problem("نص قصير", 5, 2))
        assert window._attempt(lambda: (_ for _ in ()).throw(refusal)) is None
        assert window.statusBar().currentMessage().endswith("الموضعان 5-2 معكوسان أو فارغان")
    finally:
        set_language("en")


def test_export_from_the_menu_writes_chosen_statuses(window, tmp_path, messages):
    target = tmp_path / "out.jsonl"
    dialog = accepted(transfer.ExportDialog(window))
    dialog.path.setText(str(target))
    assert transfer.run_export(window, window.db_path, dialog) == 1
    [document] = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert document["entities"][0]["text"] == "واشنطن"


def test_schema_editor_renames_recolours_and_reorders(window, qtbot, monkeypatch):
    editor = SchemaEditor(window, window.project)
    table = editor.labels.table
    gpe_row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "GPE")
    table.item(gpe_row, 0).setText("COUNTRY")
    table.item(gpe_row, 1).setText("دولة")
    assert table.item(gpe_row, 3).text() == "\u2066#c5ebc0\u2069"  # isolated: never "c5ebc0#" in Arabic
    monkeypatch.setattr("annotator.gui.schema_editor.QColorDialog.getColor", lambda *args: QColor("#00ff00"))
    editor.labels.table.cellDoubleClicked.emit(gpe_row, 3)  # the colour picker
    table.setCurrentCell(gpe_row, 0)
    editor.labels.move(-1)
    editor.guidelines.setPlainText("وسم الدول بـ COUNTRY")
    editor.save()
    assert editor.result() == QDialog.DialogCode.Accepted
    window.reload_schema()
    names = [label.name for label in window.schema.labels]
    assert names.index("COUNTRY") == gpe_row - 1
    assert window.project.document(window.document.key).entities[0].label == "COUNTRY"
    assert window.guidelines.toPlainText() == "وسم الدول بـ COUNTRY"
    assert window.view.highlighter.colours["COUNTRY"].name() == "#00ff00"


def test_schema_editor_refuses_to_remove_a_label_in_use(window, messages):
    editor = SchemaEditor(window, window.project)
    table = editor.labels.table
    table.setCurrentCell(next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "GPE"), 0)
    editor.labels.remove_row()
    editor.save()
    assert editor.result() != QDialog.DialogCode.Accepted
    assert "still used 1 times" in messages[-1][0]
    assert "GPE" in window.project.schema().label_names()


def test_store_refuses_duplicate_names(project):
    schema = project.schema()
    schema.topics.append(Topic(name="politics", name_ar="س", name_en="P"))
    with pytest.raises(ProjectError, match="same name"):
        project.save_schema(schema)
    with pytest.raises(ProjectError, match="needs a name"):
        project.save_schema(LabelSchema(labels=[Label(name=" ", name_ar="", name_en="", colour="#fff")], topics=schema.topics[:1]))


def test_preferences_change_name_font_and_colours(window, messages):
    dialog = PreferencesDialog(window, window.preferences, window.project, window.schema, window.language)
    dialog.name.setText("سارة")
    dialog.font_size.setValue(22)
    dialog.colour_buttons["PERSON"].setText("#123456")
    dialog.language.setCurrentIndex(dialog.language.findData("ar"))
    dialog.save()
    window.annotator = window.preferences.annotator_or_login()
    window.view.set_text_font(window._text_font())
    window.reload_schema()
    assert window.preferences.annotator == "سارة" and window.annotator == "سارة"
    assert window.view.font().pointSize() == 22
    assert window.project.schema().labels[0].colour == "#123456"
    assert window.preferences.language == "ar"
    assert "next time" in messages[-1][0]


def test_zoom_keys_change_the_text_size(window, qtbot):
    size = window.view.font().pointSize()
    qtbot.keyClick(window.view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.view.font().pointSize() > size
    qtbot.keyClick(window.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.view.font().pointSize() == size


def test_hover_text_names_label_and_annotator(window):
    [drawn] = window.view.highlighter.entities
    assert window.describe_span(drawn) == "Geo-political entity (GPE) — by importer"


def test_label_panel_click_tags_and_shows_guideline(window, db_path=None):
    start = TEXT.index("العراق")
    window.view.select_range(start, start + 6)
    panel = window.label_panel
    item = panel.list.item(2)
    panel.list.setCurrentItem(item)
    panel.list.itemClicked.emit(item)
    assert [e.text for e in window.document.entities] == ["واشنطن", "العراق"]
    assert "العراق" in panel.description.text()


def test_schema_editor_keeps_and_renames_relation_labels(window, qtbot):
    from annotator.core import ops

    before = [relation.name for relation in window.project.schema().relations]
    document = window.project.document(window.document.key)
    if len(document.entities) < 2:
        text = document.text
        for word in text.split()[:2]:
            start = text.index(word)
            ops.add_entity(window.project, document.key, start, start + len(word), "PERSON", annotator="t")
        document = window.project.document(window.document.key)
    first, second = document.entities[:2]
    ops.add_relation(window.project, document.key, first.id, second.id, "MET_WITH", annotator="t")
    editor = SchemaEditor(window, window.project)
    table = editor.relations.table
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "MET_WITH")
    table.item(row, 0).setText("MEETS")
    editor.save()
    assert editor.result() == QDialog.DialogCode.Accepted
    after = [relation.name for relation in window.project.schema().relations]
    assert after == [("MEETS" if name == "MET_WITH" else name) for name in before]
    assert [r.label for r in window.project.document(document.key).relations] == ["MEETS"]
