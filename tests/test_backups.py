"""Rolling copies, `annotator backup`, restore, and the copy kept before an upgrade (issue 11)."""

import datetime as dt
import sqlite3

from annotator.cli import main
from annotator.core import backups, ops
from annotator.core.store import Project

from helpers import version_1_project, write_jsonl

TEXT = "قال وزير الخارجية 🇮🇶 إن العــراق\u200f يرحّب بالاتفاق.\r\nوأضاف أن الحلّ قريب"


def project_with_one_document(tmp_path):
    db = tmp_path / "p.db"
    assert main(["import", "--db", str(db), "--no-progress", str(write_jsonl(tmp_path / "a.jsonl", [{"id": "a", "text": TEXT}]))]) == 0
    return db


def test_a_backup_is_a_whole_consistent_copy_made_while_the_project_is_open(tmp_path, capsys):
    db = project_with_one_document(tmp_path)
    with Project.open(db) as project:
        ops.add_entity(project, 1, TEXT.index("العــراق"), TEXT.index("العــراق") + len("العــراق"), "GPE", annotator="x")
        copy = backups.make(project.conn, db, "manual")
        ops.add_entity(project, 1, 0, 3, "PERSON", annotator="x")  # after the copy: not in it
    assert copy.parent == tmp_path / "p.db.backups"
    with Project.open(copy) as saved:
        assert [e.text for e in saved.document(1).entities] == ["العــراق"]
    assert [b.kind for b in backups.listed(db)] == ["manual"]


def test_rolling_copies_come_once_an_hour_and_only_the_newest_are_kept(tmp_path):
    db = project_with_one_document(tmp_path)
    start = dt.datetime(2026, 11, 27, 8, 0, 0)
    with Project.open(db) as project:
        assert backups.due(db, now=start)
        backups.make(project.conn, db, "manual", now=start - dt.timedelta(days=30))
        for hour in range(backups.KEEP_ROLLING + 3):
            backups.make(project.conn, db, "rolling", now=start + dt.timedelta(hours=hour))
        assert not backups.due(db, now=start + dt.timedelta(hours=backups.KEEP_ROLLING + 2, minutes=59))
        assert backups.due(db, now=start + dt.timedelta(hours=backups.KEEP_ROLLING + 3))
    kinds = [b.kind for b in backups.listed(db)]
    assert kinds.count("rolling") == backups.KEEP_ROLLING and kinds[-1] == "manual"  # a manual copy is never pruned
    assert not list((tmp_path / "p.db.backups").glob("*.partial"))


def test_the_backup_command_makes_lists_and_restores(tmp_path, capsys):
    db = project_with_one_document(tmp_path)
    capsys.readouterr()
    assert main(["backup", "--db", str(db)]) == 0
    copy = capsys.readouterr().out.strip()
    with Project.open(db) as project:
        stored = project.document(1).text
        with project.transaction():
            project.conn.execute("DELETE FROM texts")
            project.conn.execute("DELETE FROM documents")
        assert project.document_count() == 0
    assert main(["backup", "--db", str(db), "--list"]) == 0
    assert "manual" in capsys.readouterr().out
    assert main(["backup", "--db", str(db), "--restore", copy]) == 0
    said = capsys.readouterr().out
    assert "restored from" in said and "(1 documents)" in said
    with Project.open(db) as project:
        assert project.document(1).text == stored
    assert [b.kind for b in backups.listed(db)][0] == "before-restore"  # the restore itself can be undone
    assert main(["check", "--db", str(db)]) == 0


def test_a_damaged_or_foreign_file_is_not_restored(tmp_path, capsys):
    db = project_with_one_document(tmp_path)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    foreign = tmp_path / "foreign.db"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE t (x)")
    for bad in (junk, foreign, tmp_path / "missing.db"):
        assert main(["backup", "--db", str(db), "--restore", str(bad)]) == 1
        assert str(bad) in capsys.readouterr().err
    with Project.open(db) as project:
        assert project.document_count() == 1
    assert backups.listed(db) == []  # nothing was touched, not even a before-restore copy


def test_an_older_project_is_copied_before_it_is_upgraded(tmp_path):
    from annotator.core import store as store_module

    path = tmp_path / "old.db"
    version_1_project(path).close()
    with Project.open(path) as project:
        assert project.conn.execute("PRAGMA user_version").fetchone()[0] == store_module.SCHEMA_VERSION
    [kept] = backups.listed(path)
    assert kept.kind == "before-upgrade"
    with sqlite3.connect(kept.path) as old:
        assert old.execute("PRAGMA user_version").fetchone()[0] == 1
