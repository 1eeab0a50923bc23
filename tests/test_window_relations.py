"""Relations in the window: made by keyboard (R, R, a label), drawn between the entities, listed, deleted, undone."""

import pytest
from PySide6.QtCore import Qt

from annotator.core.store import Project
from annotator.importer import ImportOptions, import_paths

from conftest import shown_window
from helpers import span, write_jsonl

TEXT = "😀 التقى وزير الخارجية فؤاد حسين\u200f نظيره بلينكن في واشنطن."


@pytest.fixture
def window(qtbot, tmp_path):
    db = tmp_path / "p.db"
    record = {"id": "a", "text": TEXT, "entities": [
        {"id": "h", **span(TEXT, "فؤاد حسين", "PERSON")}, {"id": "b", **span(TEXT, "بلينكن", "PERSON")},
        {"id": "w", **span(TEXT, "واشنطن", "GPE")}]}
    with Project.open(db) as project:
        import_paths(project, [write_jsonl(tmp_path / "in.jsonl", [record])], ImportOptions(annotator="importer"))
    main = shown_window(qtbot, db)
    main.relations.choose_label = lambda relations: "MET_WITH"  # the menu answered with its number
    yield main
    main.close()
    main.close_project()


def entity(window, text):
    return next(e for e in window.document.entities if e.text == text)


def test_r_then_r_links_two_entities_and_delete_and_undo_follow(window, qtbot, tmp_path):
    window.select_span("entity", entity(window, "فؤاد حسين").id)
    qtbot.keyClick(window.view, Qt.Key.Key_R)
    assert window.relations.waiting
    window.select_span("entity", entity(window, "بلينكن").id)
    qtbot.keyClick(window.view, Qt.Key.Key_R)
    [relation] = window.document.relations
    assert (relation.head, relation.tail, relation.label) == (entity(window, "فؤاد حسين").id, entity(window, "بلينكن").id, "MET_WITH")
    assert window.selected == ("relation", relation.id)
    [mark] = window.view.relation_marks
    assert mark.label == "Met with" and mark.head.id == relation.head
    model = window.annotation_panel.model
    row = model.row_of(("relation", relation.id))
    assert model.data(model.index(row, 1)) == "فؤاد حسين → بلينكن"
    with Project.open(tmp_path / "p.db") as project:  # in the file at once
        assert [(r.label) for r in project.document(project.key_of("a")).relations] == ["MET_WITH"]
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    assert window.document.relations == [] and window.view.relation_marks == []
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(window.document.relations) == 1 and model.row_of(("relation", relation.id)) is not None


def test_a_click_finishes_the_relation_and_deleting_an_entity_takes_its_relations_along(window, qtbot):
    window.select_span("entity", entity(window, "بلينكن").id)
    qtbot.keyClick(window.view, Qt.Key.Key_R)
    window._span_clicked("entity", entity(window, "واشنطن").id)
    assert [(r.head, r.tail) for r in window.document.relations] == [(entity(window, "بلينكن").id, entity(window, "واشنطن").id)]
    window.select_span("entity", entity(window, "واشنطن").id)
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    assert window.document.relations == []
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(window.document.relations) == 1 and len(window.view.relation_marks) == 1


def test_escape_cancels_a_waiting_relation(window, qtbot):
    window.select_span("entity", entity(window, "بلينكن").id)
    qtbot.keyClick(window.view, Qt.Key.Key_R)
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    assert not window.relations.waiting and window.document.relations == []


def test_r_on_a_chosen_relation_changes_its_label(window, qtbot):
    window.select_span("entity", entity(window, "فؤاد حسين").id)
    qtbot.keyClick(window.view, Qt.Key.Key_R)
    window.select_span("entity", entity(window, "بلينكن").id)
    qtbot.keyClick(window.view, Qt.Key.Key_R)
    window.relations.choose_label = lambda relations: "AFFILIATED_WITH"
    qtbot.keyClick(window.view, Qt.Key.Key_R)  # the new relation is the chosen one
    assert [r.label for r in window.document.relations] == ["AFFILIATED_WITH"]
    assert window.view.relation_marks[0].label == "Affiliated with"
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [r.label for r in window.document.relations] == ["MET_WITH"]
