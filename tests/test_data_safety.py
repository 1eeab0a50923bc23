"""Nothing lost: an export never replaces the project or a complete earlier export, and a failed commit
does not leave the project in a transaction that swallows every later edit."""

import json
import sqlite3

import pytest

from annotator.cli import main
from annotator.core import ops
from annotator.core.model import Document
from annotator.core.store import Project, ProjectError
from annotator.formats import native

from helpers import write_jsonl


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "p.db"
    assert main(["import", "--db", str(path), "--no-progress",
                 str(write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": "😀 قال علي إن الوضع جيد"}]))]) == 0
    return path


def test_export_onto_the_project_or_any_sqlite_file_is_refused_and_changes_nothing(db, tmp_path, capsys):
    before = db.read_bytes()
    assert main(["export", "--db", str(db), "--out", str(db)]) == 2
    assert "is a project file" in capsys.readouterr().err
    assert db.read_bytes() == before
    other = tmp_path / "other.sqlite"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    assert main(["export", "--db", str(db), "--format", "doccano", "--out", str(other)]) == 2
    with Project.open(db, create=False) as project:
        assert project.document_count() == 1


def test_a_failed_export_leaves_the_previous_complete_one(db, tmp_path, capsys, monkeypatch):
    target = tmp_path / "out.jsonl"
    assert main(["export", "--db", str(db), "--out", str(target)]) == 0
    complete = target.read_text(encoding="utf-8")

    def broken(documents, stream, **options):
        stream.write('{"id": "a", "text": "half')
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(native, "write", broken)
    with pytest.raises(OSError):
        main(["export", "--db", str(db), "--out", str(target)])
    assert target.read_text(encoding="utf-8") == complete
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".partial")] == []


class FailingCommit:
    """A connection whose next outermost commit fails, as a full disk makes it fail."""

    def __init__(self, connection):
        self._connection = connection
        self.fail = True

    def execute(self, sql, *args):
        if self.fail and sql == "COMMIT":
            self.fail = False
            raise sqlite3.OperationalError("database or disk is full")
        return self._connection.execute(sql, *args)

    def __getattr__(self, name):
        return getattr(self._connection, name)


def test_after_a_failed_commit_the_next_edit_is_saved(db):
    with Project.open(db) as project:
        key = project.key_of("a")
        project.conn = FailingCommit(project.conn)
        with pytest.raises(ProjectError, match="could not be saved"):
            ops.add_entity(project, key, 6, 9, "PERSON", annotator="x")
        assert not project.conn.in_transaction
        ops.add_entity(project, key, 6, 9, "PERSON", annotator="x")
        with sqlite3.connect(db) as other:  # another process sees it: it is in the file
            assert other.execute("SELECT text FROM entities").fetchall() == [("علي",)]


def test_an_export_gets_the_permissions_of_an_ordinary_file(db, tmp_path):
    import os
    import stat

    target = tmp_path / "out.jsonl"
    previous = os.umask(0o022)
    try:
        assert main(["export", "--db", str(db), "--out", str(target)]) == 0
    finally:
        os.umask(previous)
    assert stat.S_IMODE(target.stat().st_mode) == 0o644  # not the 0600 of a temporary file
