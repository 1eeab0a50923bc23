"""The project file: settings SQLite must have, schema versions, journal, span refusal."""

import sqlite3

import pytest

from annotator.core.model import Document, Entity, Quote
from annotator.core.store import SCHEMA_VERSION, Project, ProjectError, SpanRefused

from helpers import version_1_project

TEXT = "وقال مُحَمَّد 😀 في بغداد"


def _document(project):
    with project.transaction():
        return project.insert_document(Document(id="d1", text=TEXT), annotator="a")


def test_new_project_is_wal_with_foreign_keys_and_current_version(project):
    conn = project.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_new_project_has_the_default_schema_with_arabic_and_english_names(project):
    schema = project.schema()
    names = [label.name for label in schema.labels]
    for wanted in ("PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT", "DATE", "TITLE"):
        assert wanted in names
    assert all(label.name_ar and label.name_en and label.colour.startswith("#") for label in schema.labels)
    assert [label.shortcut for label in schema.labels[:9]] == [str(n) for n in range(1, 10)]
    topics = {topic.name: topic for topic in schema.topics}
    for wanted in ("politics", "diplomacy", "security", "economy", "energy", "health", "elections",
                   "society", "sport", "culture", "technology"):
        assert topics[wanted].name_ar and topics[wanted].name_en


def test_a_file_from_a_newer_annotator_is_refused(tmp_path):
    path = tmp_path / "future.db"
    Project.open(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(ProjectError, match="newer annotator"):
        Project.open(path)


def test_a_foreign_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE people (name TEXT)")
    with pytest.raises(ProjectError, match="not an annotator project"):
        Project.open(path)


def test_a_file_that_is_not_sqlite_is_refused(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("not a database at all " * 100)
    with pytest.raises(ProjectError, match="not an annotator project"):
        Project.open(path)


def test_reopening_keeps_everything(tmp_path):
    path = tmp_path / "p.db"
    with Project.open(path) as project:
        key = _document(project)
        with project.transaction():
            project.insert_entity(key, Entity(start=5, end=13, label="PERSON", text="مُحَمَّد"))
    with Project.open(path) as project:
        assert not project.is_new
        assert project.document(key).entities[0].text == "مُحَمَّد"


def test_span_whose_text_differs_is_refused(project):
    key = _document(project)
    with pytest.raises(SpanRefused, match="not 'محمد'"):
        project.insert_entity(key, Entity(start=5, end=13, label="PERSON", text="محمد"))


def test_span_that_cuts_harakat_is_refused(project):
    key = _document(project)
    with pytest.raises(SpanRefused, match="grapheme"):
        project.insert_entity(key, Entity(start=5, end=6, label="PERSON", text="م"))


def test_speaker_must_be_in_the_same_document(project):
    first = _document(project)
    with project.transaction():
        second = project.insert_document(Document(id="d2", text="قال علي إن الوضع جيد"), annotator="a")
        speaker = project.insert_entity(second, Entity(start=4, end=7, label="PERSON", text="علي"))
    with pytest.raises(sqlite3.IntegrityError, match="same document"):
        project.insert_quote(first, Quote(start=0, end=4, text="وقال", speaker=speaker))


def test_journal_is_append_only(project):
    _document(project)
    with project.transaction():
        project.journal("test", annotator="a", document=1, detail="x")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        project.conn.execute("DELETE FROM journal")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        project.conn.execute("UPDATE journal SET action = 'other'")


def test_failed_transaction_leaves_nothing(project):
    with pytest.raises(RuntimeError):
        with project.transaction():
            project.insert_document(Document(id="d1", text=TEXT), annotator="a")
            raise RuntimeError
    assert project.document_count() == 0


def test_committed_work_survives_a_killed_process(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "p.db"
    script = (
        "import os\n"
        "from annotator.core.store import Project\n"
        "from annotator.core.model import Document\n"
        f"p = Project.open({str(path)!r})\n"
        "with p.transaction():\n"
        f"    p.insert_document(Document(id='d1', text={TEXT!r}), annotator='a')\n"
        "os._exit(9)\n"  # no close, no checkpoint: as if killed
    )
    subprocess.run([sys.executable, "-c", script], check=False)
    with Project.open(path) as project:
        assert project.document_count() == 1


def test_a_version_2_file_gains_relations_and_keeps_every_annotation(tmp_path):
    """v3 rebuilds the span tables: old `imported` and `suggested` sources become kinds and the flag,
    speaker links survive, and ids freed by a delete are never handed out again."""
    from annotator.core import store as store_module

    path = tmp_path / "old.db"
    conn = version_1_project(path)
    conn.execute("CREATE VIRTUAL TABLE search_index USING fts5(terms, content='', detail=none, columnsize=0)")
    conn.execute("PRAGMA user_version = 2")
    conn.execute("INSERT INTO labels VALUES ('PERSON', 'شخص', 'Person', '#fff', '1', 1, '')")
    conn.execute("INSERT INTO documents (key, id, text_hash, length, created, updated) VALUES (1, 'old', 'h', 20, 'now', 'now')")
    conn.execute("INSERT INTO texts VALUES (1, 'قال علي إن الوضع جيد')")
    conn.execute("INSERT INTO entities (id, document, start, \"end\", label, text, source, created, updated) "
                 "VALUES (1, 1, 4, 7, 'PERSON', 'علي', 'imported', 'now', 'now'), (2, 1, 0, 3, 'PERSON', 'قال', 'suggested', 'now', 'now')")
    conn.execute("INSERT INTO quotes (id, document, start, \"end\", text, speaker, source, created, updated) "
                 "VALUES (1, 1, 11, 20, 'الوضع جيد', 1, 'suggested', 'now', 'now')")
    conn.close()
    with Project.open(path) as project:
        assert project.conn.execute("PRAGMA user_version").fetchone()[0] == store_module.SCHEMA_VERSION
        document = project.document(1)
        assert [(e.text, e.source, e.suggested) for e in document.entities] == [("قال", "suggestion", True), ("علي", "import", False)]
        [quote] = document.quotes
        assert (quote.speaker, quote.source, quote.suggested) == (1, "quote", True)
        assert [r.name for r in project.schema().relations][:2] == ["MEMBER_OF", "HOLDS_TITLE"]
        assert project.conn.execute("PRAGMA foreign_key_check").fetchall() == []
        from annotator.core import ops

        ops.delete_entity(project, 2, annotator="x")
        again = ops.add_entity(project, 1, 0, 3, "PERSON", annotator="x").edits[0].after["id"]
        assert again == 3  # AUTOINCREMENT: the deleted id 2 is not reused
