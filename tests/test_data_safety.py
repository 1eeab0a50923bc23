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
    assert main(["export", "--db", str(db), "--out", str(target)]) == 1
    assert "No space left on device" in capsys.readouterr().err
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


@pytest.mark.parametrize("delay", [0.2, 0.3, 0.4, 0.5, 0.6])
def test_a_kill_during_an_import_leaves_whole_files_and_a_sound_project(tmp_path, ant_lines, delay):
    """SIGKILL at some moment of a four-file import: each file is in the project whole or not at all, the file
    passes `check`, and the next import finishes the job without duplicates."""
    import signal
    import subprocess
    import sys
    import time

    lines = ant_lines.read_text(encoding="utf-8").splitlines(keepends=True)[:1200]
    parts = []
    for number in range(4):
        part = tmp_path / f"part{number}.jsonl"
        part.write_text("".join(lines[number * 300:(number + 1) * 300]), encoding="utf-8")
        parts.append(str(part))
    db = tmp_path / "p.db"
    command = [sys.executable, "-m", "annotator", "import", "--db", str(db), "--no-progress", *parts]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(delay)
    process.send_signal(signal.SIGKILL)
    process.wait()
    whole_files = {len({json.loads(line)["text"] for line in lines[:n * 300]}) for n in range(5)}  # texts repeat
    if db.exists():
        assert main(["check", "--db", str(db)]) == 0
        with Project.open(db) as project:
            assert project.document_count() in whole_files
    assert subprocess.run(command, capture_output=True).returncode == 0
    with Project.open(db) as project:
        assert project.document_count() == max(whole_files)
    assert main(["check", "--db", str(db)]) == 0
