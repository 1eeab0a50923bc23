"""Every change goes through core.ops: committed at once, journaled, undoable and redoable."""

import json

import pytest

from annotator.core import ops
from annotator.core.model import Document
from annotator.core.store import Project, SpanRefused

TEXT = "😀 وقال وزير الخارجية فؤاد حسين\u200f في واشنطن: نحن متواجدون هنا.\nوأضاف: تتمثل أسس هذا الحوار."


@pytest.fixture
def document(project):
    with project.transaction():
        return project.insert_document(Document(id="d", text=TEXT), annotator="a")


def at(surface, occurrence=0):
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(surface, start + 1)
    return start, start + len(surface)


def snapshot(project, key):
    document = project.document(key)
    return (
        [(e.id, e.start, e.end, e.label, e.source) for e in document.entities],
        [(q.id, q.start, q.end, q.speaker, q.speaker_text, q.cue) for q in document.quotes],
        document.topics,
        document.status,
    )


def test_entity_after_an_emoji_is_stored_in_code_points(project, document):
    change = ops.add_entity(project, document, *at("فؤاد حسين"), "PERSON", annotator="amal")
    [entity] = project.document(document).entities
    assert (entity.start, entity.end, entity.text) == (*at("فؤاد حسين"), "فؤاد حسين")
    assert change.edits[0].after["annotator"] == "amal"


def test_refused_span_changes_nothing(project, document):
    with pytest.raises(SpanRefused):
        ops.add_entity(project, document, at("حسين")[0], at("حسين")[1] + 1, "PERSON", annotator="a")
    assert project.document(document).entities == []
    assert project.conn.execute("SELECT COUNT(*) FROM journal WHERE document = ?", (document,)).fetchone()[0] == 0


def test_every_change_undoes_and_redoes(project, document):
    states = [snapshot(project, document)]
    changes = []

    in_memory = project.document(document)

    def follows(change):
        ops.apply_to_document(in_memory, change)
        stored = project.document(document)
        assert (in_memory.entities, in_memory.quotes, sorted(in_memory.topics), in_memory.status) == (
            stored.entities, stored.quotes, sorted(stored.topics), stored.status), change.action

    def do(change):
        changes.append(change)
        states.append(snapshot(project, document))
        follows(change)

    do(ops.add_entity(project, document, *at("فؤاد حسين"), "PERSON", annotator="a"))
    speaker = changes[-1].edits[0].after["id"]
    do(ops.add_entity(project, document, *at("واشنطن"), "LOC", annotator="a"))
    place = changes[-1].edits[0].after["id"]
    do(ops.relabel_entity(project, place, "GPE", annotator="a"))
    do(ops.add_quote(project, document, *at("نحن متواجدون هنا"), speaker=speaker, cue=at("وقال"), annotator="a"))
    quote = changes[-1].edits[0].after["id"]
    do(ops.set_cue(project, quote, None, annotator="a"))
    do(ops.set_speaker(project, quote, speaker=None, speaker_text="مسؤول عراقي", annotator="a"))
    do(ops.set_speaker(project, quote, speaker=speaker, annotator="a"))
    do(ops.delete_entity(project, speaker, annotator="a"))  # the quote loses its speaker
    do(ops.set_topic(project, document, "diplomacy", True, annotator="a"))
    do(ops.set_topic(project, document, "security", True, annotator="a"))
    do(ops.set_topic(project, document, "diplomacy", False, annotator="a"))
    do(ops.set_status(project, document, "done", annotator="a"))
    do(ops.delete_quote(project, quote, annotator="a"))
    assert states[8][1][0][3] is None  # speaker gone with its entity

    for index in range(len(changes) - 1, -1, -1):
        follows(ops.apply(project, changes[index].inverse(), annotator="a"))
        assert snapshot(project, document) == states[index], changes[index].action
    for index, change in enumerate(changes):
        follows(ops.apply(project, change, annotator="a"))
        assert snapshot(project, document) == states[index + 1], change.action


def test_changes_are_journaled_with_who_and_what(project, document):
    ops.add_entity(project, document, *at("واشنطن"), "GPE", annotator="omar")
    action, who, payload = project.conn.execute(
        "SELECT action, annotator, payload FROM journal WHERE document = ? ORDER BY id DESC", (document,)
    ).fetchone()
    assert (action, who) == ("add entity", "omar")
    assert json.loads(payload)["edits"][0]["after"]["text"] == "واشنطن"


def test_changes_are_in_the_file_at_once(tmp_path):
    path = tmp_path / "p.db"
    project = Project.open(path)
    with project.transaction():
        key = project.insert_document(Document(id="d", text=TEXT), annotator="a")
    ops.add_entity(project, key, *at("واشنطن"), "GPE", annotator="a")
    with Project.open(path) as other:  # a second connection sees it without any save
        assert [e.text for e in other.document(key).entities] == ["واشنطن"]
    project.close()


def test_unknown_status_is_refused(project, document):
    with pytest.raises(ValueError):
        ops.set_status(project, document, "finished", annotator="a")


def test_resize_entity_moves_edges_and_undoes(project, document):
    start, end = at("وزير الخارجية")
    change = ops.add_entity(project, document, start, end, "TITLE", annotator="a")
    entity_id = change.edits[0].after["id"]
    resized = ops.resize_entity(project, entity_id, start, start + len("وزير"), annotator="a")
    assert project.document(document).entities[0].text == "وزير"
    ops.apply(project, resized.inverse(), annotator="a")
    assert project.document(document).entities[0].text == "وزير الخارجية"
    with pytest.raises(SpanRefused):
        ops.resize_entity(project, entity_id, start, start + 1 + len("وزير"), annotator="a")
