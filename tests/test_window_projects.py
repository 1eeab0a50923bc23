"""Project files from the window: a copy saved whole, another project opened, the place where one stopped kept."""

import sqlite3

import pytest

from annotator.core.store import Project
from annotator.importer import ImportOptions, import_paths

from conftest import shown_window
from helpers import write_jsonl

LONG = "\n\n".join(f"فقرة رقم {n}: قال الوزير إن الاجتماع كان مثمرا جدا وإن المحادثات ستستمر." for n in range(80))


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "one.db"
    records = [{"id": "a", "text": "خبر أول 😀 عن بغداد"}, {"id": "b", "text": LONG}, {"id": "c", "text": "خبر ثالث"}]
    with Project.open(path) as project:
        import_paths(project, [write_jsonl(tmp_path / "in.jsonl", records)], ImportOptions(annotator="i"))
    return path


def test_the_document_and_scroll_where_the_analyst_stopped_come_back(db, qtbot):
    window = shown_window(qtbot, db)
    window.open_document(window.project.key_of("b"))
    window.view.verticalScrollBar().setValue(window.view.verticalScrollBar().maximum() // 2)
    scroll = window.view.verticalScrollBar().value()
    assert scroll > 0
    window.close()
    window.close_project()
    again = shown_window(qtbot, db)
    try:
        assert again.document.id == "b"
        qtbot.waitUntil(lambda: again.view.verticalScrollBar().value() == scroll)
    finally:
        again.close()
        again.close_project()


def test_a_copy_is_whole_and_another_project_opens_in_a_window_of_its_own(db, qtbot, tmp_path, monkeypatch):
    warnings = []
    monkeypatch.setattr("annotator.gui.plain_text.QMessageBox.exec", lambda box: warnings.append(box.text()))
    window = shown_window(qtbot, db)
    copy = tmp_path / "copy.db"
    assert window.project_files.copy_to(copy)
    with sqlite3.connect(copy) as check:
        assert check.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 3
        assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert not window.project_files.copy_to(db)  # never over the project itself
    assert warnings and str(db) in warnings[0]
    other = window.project_files.switch_to(tmp_path / "new.db")
    qtbot.addWidget(other)
    qtbot.waitUntil(lambda: not window.isVisible())
    try:
        assert other.project.document_count() == 0 and other.project.schema().labels  # a new, empty project
        recent = other.preferences.recent_projects()
        assert recent[0] == str((tmp_path / "new.db").resolve()) and str(db.resolve()) in recent
    finally:
        other.close()
        other.close_project()
        window.close_project()


def test_an_hourly_copy_is_made_off_the_gui_thread_and_a_copy_restores_from_the_menu(db, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from annotator.core import backups, ops
    from annotator.gui.projects import BackupDialog

    window = shown_window(qtbot, db)
    thread = window.project_files.keep_rolling_copy()
    assert thread is not None and thread is not __import__("threading").main_thread()
    thread.join(10)
    [hourly] = backups.listed(db)
    assert hourly.kind == "rolling"
    assert window.project_files.keep_rolling_copy() is None  # not due again within the hour
    key = window.project.key_of("a")
    ops.add_entity(window.project, key, 0, 3, "PERSON", annotator="x")  # made after the copy
    dialog = BackupDialog(window, backups.listed(db))
    assert dialog.copies.count() == 1 and dialog.chosen() == hourly.path
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    other = window.project_files.restore(hourly.path)
    assert other is not None
    qtbot.addWidget(other)
    try:
        qtbot.waitUntil(lambda: not window.isVisible())
        assert other.project.document(other.project.key_of("a")).entities == []  # back as the copy was
        assert "Restored" in other.statusBar().currentMessage()
        assert [b.kind for b in backups.listed(db)] == ["before-restore", "rolling"]
    finally:
        other.close()
        other.close_project()
        window.close_project()
