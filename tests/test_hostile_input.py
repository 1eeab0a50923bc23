"""Hostile input: a folder import stays in its folder and never waits on a FIFO, names the schema gains
cannot smuggle tabs, newlines, ESC or bidi overrides into exports, a split name cannot climb out of --out,
and a negative --limit is a usage error, not a traceback."""

import os
from pathlib import Path

import pytest

from annotator.cli import main
from annotator.core.store import Project, ProjectError

from helpers import span, write_jsonl


def test_a_folder_import_leaves_aside_links_out_of_the_folder_and_fifos(tmp_path, capsys):
    private = tmp_path / "private" / "secret.txt"
    private.parent.mkdir()
    private.write_text("كلمة السر هنا", encoding="utf-8")
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "one.txt").write_text("قال الوزير إن الاجتماع كان مثمرا", encoding="utf-8")
    (folder / "inside.txt").symlink_to(folder / "one.txt")  # a link within the folder is an ordinary file
    (folder / "leak.txt").symlink_to(private)
    if hasattr(os, "mkfifo"):
        os.mkfifo(folder / "pipe.txt")
    db = tmp_path / "p.db"
    assert main(["import", "--db", str(db), "--no-progress", str(folder)]) == 0  # returns: no wait on the FIFO
    out = capsys.readouterr().out
    assert "lead out of the folder" in out
    with Project.open(db, create=False) as project:
        texts = [project.text(key) for (key,) in project.conn.execute("SELECT key FROM documents")]
    assert texts == ["قال الوزير إن الاجتماع كان مثمرا"]  # the link inside is the same article: a duplicate
    assert not any("كلمة السر" in text for text in texts)


@pytest.mark.parametrize("label", ["BAD LABEL", "A\tB", "LINE\nBREAK", "ESC\x1b[31m", "RLO\u202eGPE", " PAD"])
def test_labels_with_invisible_or_splitting_characters_are_not_added(tmp_path, capsys, label):
    text = "زار الوزير بغداد"
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": text,
                                                  "entities": [span(text, "بغداد", label)]}])
    db = tmp_path / "p.db"
    assert main(["import", "--db", str(db), "--no-progress", "--add-labels", str(source)]) != 0
    captured = capsys.readouterr()
    assert f"{source}:1:" in captured.out + captured.err and "not added" in captured.out + captured.err
    with Project.open(db, create=False) as project:
        assert label not in {entry.name for entry in project.schema().labels}
        assert project.document_count() == 0


def test_a_topic_may_hold_spaces_but_not_a_newline(tmp_path, capsys):
    db = tmp_path / "p.db"
    good = write_jsonl(tmp_path / "good.jsonl", [{"id": "a", "text": "خبر عن الحقوق", "topics": ["حقوق المرأة"]}])
    assert main(["import", "--db", str(db), "--no-progress", "--add-labels", str(good)]) == 0
    bad = write_jsonl(tmp_path / "bad.jsonl", [{"id": "b", "text": "خبر آخر", "topics": ["حقوق\nالمرأة"]}])
    assert main(["import", "--db", str(db), "--no-progress", "--add-labels", str(bad)]) != 0
    with Project.open(db, create=False) as project:
        assert "حقوق المرأة" in project.schema().topic_names() and project.document_count() == 1


@pytest.mark.parametrize("split", ["../../X=1", "a/b=1", ".hidden=1", "..=1"])
def test_a_split_name_cannot_write_outside_out(tmp_path, capsys, split):
    db = tmp_path / "p.db"
    assert main(["import", "--db", str(db), "--no-progress",
                 str(write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": "خبر"}]))]) == 0
    out = tmp_path / "deep" / "er" / "out"
    out.mkdir(parents=True)
    assert main(["export", "--db", str(db), "--split", split, "--out", str(out)]) == 2
    assert "becomes a file name" in capsys.readouterr().err
    assert not any(p.is_file() and p.suffix == ".jsonl" and p.parent != tmp_path for p in tmp_path.rglob("*"))


def test_a_negative_limit_is_a_usage_error(tmp_path, capsys):
    db = tmp_path / "p.db"
    assert main(["import", "--db", str(db), "--no-progress",
                 str(write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": "خبر عن بغداد"}]))]) == 0
    with pytest.raises(SystemExit) as exit_:
        main(["search", "--db", str(db), "--limit", "-1", "بغداد"])
    assert exit_.value.code == 2 and "not a number of matches" in capsys.readouterr().err


def test_stats_and_search_never_send_terminal_escapes_or_overrides(tmp_path, capsys):
    db = tmp_path / "p.db"
    text = "زار الوزير بغداد"
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": "evil\x1b]0;owned\x07", "text": text, "annotator": "x\x1b[2J",
                                                  "entities": [span(text, "بغداد", "GPE")]}])
    assert main(["import", "--db", str(db), "--no-progress", str(source)]) == 0
    capsys.readouterr()
    assert main(["stats", "--db", str(db)]) == 0
    assert main(["search", "--db", str(db), "بغداد"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out and "\\u001b" in out


def test_damaged_compressed_files_are_refused_with_a_sentence_and_the_batch_goes_on(tmp_path, capsys):
    damaged = {"a.jsonl.xz": b"not xz at all", "b.jsonl.gz": b"\x1f\x8b\x08\x00garbage", "c.jsonl.bz2": b"BZh9garbage"}
    for name, content in damaged.items():
        (tmp_path / name).write_bytes(content)
    good = write_jsonl(tmp_path / "good.jsonl", [{"id": "g", "text": "خبر سليم عن بغداد"}])
    db = tmp_path / "p.db"
    targets = [str(tmp_path / name) for name in damaged] + [str(good)]
    assert main(["import", "--db", str(db), "--no-progress", *targets]) == 1
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    for name in damaged:
        assert f"{tmp_path / name}:0: the file cannot be read as native" in captured.err
    assert "imported 1 documents from 1 files" in captured.out and "refused 3 files" in captured.out
    with Project.open(db, create=False) as project:
        assert project.document_count() == 1


def test_prodigy_spans_of_the_wrong_type_are_a_sentence(tmp_path, capsys):
    source = write_jsonl(tmp_path / "p.jsonl", [{"text": "خبر", "spans": "oops"}])
    assert main(["import", "--db", str(tmp_path / "p.db"), "--no-progress", "--format", "prodigy", str(source)]) == 1
    assert f"{source}:1: spans and relations must be lists" in capsys.readouterr().err


def test_a_device_or_folder_as_the_project_is_refused_in_a_sentence(tmp_path, capsys):
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": "خبر"}])
    for target in ("/dev/null", str(tmp_path)):
        assert main(["import", "--db", target, "--no-progress", str(source)]) == 1
        assert "not a file; a project is a file" in capsys.readouterr().err


def test_check_on_a_damaged_file_prints_what_sqlite_finds(tmp_path, capsys):
    db = tmp_path / "p.db"
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": f"d{i}", "text": f"خبر رقم {i} عن بغداد " * 50} for i in range(200)])
    assert main(["import", "--db", str(db), "--no-progress", str(source)]) == 0
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(db.read_bytes()[:20000])
    capsys.readouterr()
    assert main(["check", "--db", str(damaged)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and f"{damaged}: SQLite" in err


def test_bombs_are_stopped_with_a_sentence(tmp_path, capsys, monkeypatch):
    import lzma

    from annotator.formats import jsonl

    monkeypatch.setattr(jsonl, "MAX_LINE_BYTES", 1000)
    monkeypatch.setattr(jsonl, "MAX_BLANK_RUN", 500)
    long_line = tmp_path / "long.jsonl"
    long_line.write_text('{"id": "x", "text": "' + "ب" * 5000 + '"}\n{"id": "y", "text": "خبر قصير"}\n', encoding="utf-8")
    blanks = tmp_path / "blanks.jsonl.xz"
    blanks.write_bytes(lzma.compress(b"\n" * 100_000 + b'{"id": "z", "text": "bottom"}\n'))
    db = tmp_path / "p.db"
    assert main(["import", "--db", str(db), "--no-progress", "--skip-invalid", str(long_line), str(blanks)]) in (0, 1)
    err = capsys.readouterr().err
    assert f"{long_line}:1: the line is longer than" in err
    assert f"{blanks}:501: more than 500 blank lines in a row" in err
    with Project.open(db, create=False) as project:
        assert project.document_count() == 1  # the short record after the long line still came in


def test_a_compressed_file_that_expands_a_thousandfold_is_stopped(tmp_path, capsys, monkeypatch):
    import lzma

    from annotator.formats import jsonl

    monkeypatch.setattr(jsonl, "MIN_EXPANDED", 10_000)
    bomb = tmp_path / "bomb.jsonl.xz"
    bomb.write_bytes(lzma.compress(('{"id": "a", "text": "' + "ا" * 200 + '"}\n').encode() * 20_000))
    assert main(["import", "--db", str(tmp_path / "p.db"), "--no-progress", str(bomb)]) == 1
    assert "expands more than 1000 times its compressed size" in capsys.readouterr().err


def test_anything_unforeseen_ends_in_a_sentence_and_a_log_file_not_a_traceback(tmp_path, capsys, monkeypatch):
    from annotator import cli
    from annotator.core import paths

    log = tmp_path / "logs" / "internal-errors.log"
    monkeypatch.setattr(paths, "crash_log_path", lambda: log)

    def broken(args):
        raise RuntimeError("a bug \x1b[31m nobody foresaw")

    monkeypatch.setattr(cli, "_stats", broken)
    assert cli.main(["stats", "--db", str(tmp_path / "p.db")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("annotator: internal error, please report it (RuntimeError: a bug \\u001b[31m nobody foresaw)")
    assert str(log) in err and "Traceback" not in err
    assert "RuntimeError: a bug" in log.read_text(encoding="utf-8") and "Traceback" in log.read_text(encoding="utf-8")


def test_a_brat_link_to_a_span_the_file_never_defines_is_a_problem_not_dropped(tmp_path, capsys):
    text = "قال الوزير إن الاتفاق قريب"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "a.ann").write_text(
        "T1\tQuote 14 26\tالاتفاق قريب\nT2\tCue 0 3\tقال\nR1\tCue Arg1:T1 Arg2:T7\n", encoding="utf-8")
    db = tmp_path / "p.db"
    assert main(["import", "--db", str(db), "--format", "brat", str(tmp_path / "a.ann")]) == 1
    assert f"{tmp_path / 'a.ann'}:3: R1 links T7, which is not a span of this file" in capsys.readouterr().err
    with Project.open(db) as project:
        assert project.document_count() == 0


def test_a_conll_file_with_ten_thousand_tag_columns_or_an_endless_line_is_refused_in_a_sentence(tmp_path, capsys):
    wide = tmp_path / "wide.conll"
    wide.write_text("العراق B-LOC\n" + "بغداد " + " ".join(["O"] * 10_000) + "\n", encoding="utf-8")
    endless = tmp_path / "endless.conll"
    endless.write_text("العراق B-LOC\n" + "x" * (3 * 1024 * 1024) + " O\nبغداد B-LOC\n", encoding="utf-8")
    db = tmp_path / "p.db"
    assert main(["import", "--db", str(db), str(wide), str(endless)]) == 1
    err = capsys.readouterr().err
    assert f"{wide}:2: 10,000 tag columns, more than any nesting (at most 32): not read" in err
    assert f"{endless}:2: the line is longer than 1,048,576 characters" in err
    assert f"{endless}:3:" not in err  # the rest of the long line is skipped, and the next line read as a line
    with Project.open(db) as project:
        assert project.document_count() == 0


@pytest.fixture
def read_only_place(tmp_path):
    """A folder this process cannot write: permissions for a user, a read-only tmpfs for root (skipped where
    root may not mount)."""
    import shutil
    import subprocess

    place = tmp_path / "ro"
    place.mkdir()
    if os.geteuid() != 0:
        yield place, lambda: place.chmod(0o555)
        place.chmod(0o755)
        return
    if shutil.which("mount") is None or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=20m", "tmpfs", str(place)],
                                                       capture_output=True).returncode != 0:
        pytest.skip("root here cannot mount a read-only file system")
    try:
        yield place, lambda: subprocess.run(["mount", "-o", "remount,ro", str(place)], check=True)
    finally:
        import gc

        gc.collect()  # connections a failed command left to the collector
        subprocess.run(["umount", str(place)], capture_output=True)


def test_a_project_in_a_read_only_place_can_be_read_and_says_it_cannot_be_changed(read_only_place, tmp_path, capsys):
    import sqlite3

    place, lock = read_only_place
    db = place / "p.db"
    article = tmp_path / "a.txt"
    article.write_text("قال الوزير إن العراق يرحب بالاتفاق", encoding="utf-8")
    assert main(["import", "--db", str(db), "--no-progress", str(article)]) == 0
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # as a project copied onto a CD or a shared folder is
    conn.close()
    lock()
    capsys.readouterr()
    assert main(["stats", "--db", str(db), "--json"]) == 0
    assert '"documents": 1' in capsys.readouterr().out
    assert main(["search", "--db", str(db), "--json", "العراق"]) == 0
    assert main(["check", "--db", str(db)]) == 0
    assert main(["export", "--db", str(db), "--out", str(tmp_path / "out.jsonl")]) == 0
    capsys.readouterr()
    assert main(["import", "--db", str(db), "--no-progress", str(article)]) == 1
    assert "can only be read here" in capsys.readouterr().err


def test_a_project_copied_while_open_is_read_with_its_write_ahead_log(read_only_place, tmp_path, capsys):
    """Copied while the window had it open, a project's last changes are in its -wal file; read where nothing
    can be written, they must still be there (SQLite's `immutable` mode would skip the log)."""
    import shutil
    import sqlite3

    place, lock = read_only_place
    work = tmp_path / "work.db"
    article = tmp_path / "a.txt"
    article.write_text("قال الوزير إن العراق يرحب بالاتفاق", encoding="utf-8")
    assert main(["import", "--db", str(work), "--no-progress", str(article)]) == 0
    holder = sqlite3.connect(work, isolation_level=None)  # the open window: its log is not folded back in
    holder.execute("PRAGMA wal_autocheckpoint = 0")
    holder.execute("UPDATE documents SET status = 'done'")  # the analyst's last change
    assert (tmp_path / "work.db-wal").stat().st_size > 0
    for suffix in ("", "-wal"):
        shutil.copyfile(f"{work}{suffix}", place / f"p.db{suffix}")
    holder.close()
    lock()
    capsys.readouterr()
    with Project.open(place / "p.db") as project:
        assert project.read_only
        [document] = project.documents()
        assert document.status == "done"
    assert main(["search", "--db", str(place / "p.db"), "--json", "العراق"]) == 0
    assert '"text": "العراق"' in capsys.readouterr().out


def test_an_older_project_in_a_read_only_place_is_read_through_an_upgraded_copy(read_only_place, tmp_path):
    from helpers import version_1_project

    place, lock = read_only_place
    old = place / "old.db"
    version_1_project(old, (("d1", "نص قديم"),)).close()
    before = old.read_bytes()
    lock()
    with Project.open(old) as project:
        assert project.read_only and project.document_count() == 1
        copy_folder = Path(project._reading_copy.name)
        assert copy_folder.exists()
        with pytest.raises(ProjectError, match="can only be read here"):
            with project.transaction():
                pass
    assert not copy_folder.exists()  # the private copy goes with the project
    assert old.read_bytes() == before


def test_an_article_with_no_line_breaks_gets_a_title_not_the_whole_text(tmp_path, capsys):
    article = tmp_path / "page.txt"
    article.write_text("خبر " * 250_000, encoding="utf-8")  # a megabyte in one line, as a stripped web page comes
    db = tmp_path / "p.db"
    assert main(["import", "--db", str(db), "--no-progress", str(article)]) == 0
    with Project.open(db) as project:
        [(title, meta)] = project.conn.execute("SELECT title, meta FROM documents").fetchall()
    assert 100 < len(title) <= 301 and title.endswith("…")
    assert len(meta) < 1000
