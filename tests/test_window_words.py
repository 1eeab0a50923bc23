"""The window's sentences in both languages: numbers agree with their nouns (Arabic has six plural forms),
left-to-right pieces stay whole inside Arabic, the Keys help is a table, search hits name their document."""

import pytest
from PySide6.QtCore import Qt

from annotator.core.store import Project
from annotator.gui.directions import LRI, PDI
from annotator.gui.keys_dialog import KeysDialog
from annotator.importer import ImportOptions, import_paths

from conftest import shown_window
from helpers import span, write_jsonl

TEXT = "😀 قال وزير الخارجية فؤاد حسين في واشنطن إن العراق شريك."


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "project.db"
    with Project.open(path) as project:
        import_paths(project, [write_jsonl(tmp_path / "a.jsonl", [
            {"id": "a", "title": "زيارة الوزير", "text": TEXT,
             "entities": [span(TEXT, "واشنطن", "GPE"), span(TEXT, "العراق", "GPE")]},
            {"id": "b", "text": "خبر آخر عن العراق"},
        ])], ImportOptions(annotator="importer"))
    return path


@pytest.fixture
def arabic():
    from annotator.gui.app import ensure_application, set_language

    ensure_application()
    set_language("ar")
    yield
    set_language("en")


def test_english_counts_agree_with_their_nouns(db, qtbot):
    window = shown_window(qtbot, db)
    try:
        assert window.status_document.text().startswith("2 entities, 0 quotes, 0 topics")
        window.suggest_here()
        text = window.status_document.text()
        if any(e.suggested for e in window.document.entities) or any(q.suggested for q in window.document.quotes):
            assert "waiting" in text  # suggestions are counted apart from the accepted annotations
        assert text.startswith("2 entities, ")
    finally:
        window.close_project()


def test_arabic_counts_use_the_dual_and_the_plural_forms(db, qtbot, arabic):
    window = shown_window(qtbot, db)
    try:
        assert window.status_document.text().startswith("كيانان، لا اقتباسات، لا مواضيع")
        counted = window.tr("%n entities", "", 11), window.tr("%n entities", "", 3), window.tr("%n entities", "", 1)
        assert counted == ("11 كيانًا", "3 كيانات", "كيان واحد")
    finally:
        window.close_project()


def test_keys_are_a_table_with_shortcuts_kept_left_to_right(db, qtbot, arabic):
    window = shown_window(qtbot, db)
    try:
        dialog = KeysDialog(window)
        qtbot.addWidget(dialog)
        table = dialog.table
        assert table.columnCount() == 2 and table.rowCount() >= 20
        keys = [table.item(row, 0).text() for row in range(table.rowCount())]
        assert all(LRI in text and PDI in text for text in keys)
        assert any("Ctrl+Shift+Z" in text for text in keys)
        assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert table.item(0, 1).text() == "وسم التحديد بالوسم الذي يحمل ذلك الرقم"
    finally:
        window.close_project()


def test_search_hits_say_which_document_they_are_in(db, qtbot):
    window = shown_window(qtbot, db)
    try:
        panel = window.search_panel
        panel.query.setText("العراق")
        panel.run()
        headings = [panel.results.item(row).text().split("\n")[0] for row in range(panel.results.count())]
        assert any("زيارة الوزير" in heading for heading in headings)
        assert any("خبر آخر عن العراق" in heading for heading in headings)  # untitled: its first line stands in
        assert panel.summary.text().startswith("2 matches shown; 2 documents hold these words")
    finally:
        window.close_project()


def test_the_highlighted_row_follows_the_annotation_being_edited(db, qtbot):
    window = shown_window(qtbot, db)
    try:
        panel = window.annotation_panel
        iraq = next(e for e in window.document.entities if e.text == "العراق")
        window.select_span("entity", iraq.id)

        def highlighted():
            return panel.model.handle_at(panel.tree.currentIndex().row())

        assert highlighted() == ("entity", iraq.id)
        start = TEXT.index("فؤاد حسين")
        window.view.select_range(start, start + len("فؤاد حسين"))
        window.apply_label("PERSON")  # a row arrives above the chosen one
        window.select_span("entity", iraq.id)
        window.apply_label("LOC")  # relabelled: its row leaves and comes back
        assert highlighted() == ("entity", iraq.id) == window.selected
        window.history.undo()
        assert highlighted() == ("entity", iraq.id)
    finally:
        window.close_project()


def test_a_speaker_badge_breaks_between_words_before_it_elides(qapp):
    from PySide6.QtGui import QFont, QFontMetrics

    from annotator.gui.document_view import badge_lines

    metrics = QFontMetrics(QFont("DejaVu Sans", 10))
    name = "وزير الخارجية فؤاد حسين"
    width = max(metrics.horizontalAdvance("وزير الخارجية"), metrics.horizontalAdvance("فؤاد حسين")) + 2
    assert badge_lines(name, metrics, width) == ["وزير الخارجية", "فؤاد حسين"]
    assert badge_lines("حسين", metrics, width) == ["حسين"]
    squeezed = badge_lines(name, metrics, metrics.horizontalAdvance("الخارجية"))
    assert len(squeezed) == 2 and squeezed[0] == "وزير" and squeezed[1].endswith("…")
