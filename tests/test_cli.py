"""The command line as users and scripts meet it (CONTRACT §3)."""

import json
import os
import subprocess
import sys

import pytest

from annotator import __version__
from annotator.cli import main

from helpers import span, write_jsonl


def run(*args, env=None):
    """The real `python -m annotator`, as a script would call it."""
    return subprocess.run(
        [sys.executable, "-m", "annotator", *map(str, args)],
        capture_output=True, text=True, encoding="utf-8", env={**os.environ, **(env or {})},
    )


def test_version():
    result = run("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"annotator {__version__}"


def test_wrong_usage_exits_2():
    assert run("import").returncode == 2
    assert run("export", "--status", "finished").returncode == 2


def test_import_refusal_prints_file_line_reason_and_exits_1(tmp_path):
    db = tmp_path / "p.db"
    bad = write_jsonl(tmp_path / "bad.jsonl", [{"text": "خبر"}, {"text": "قال علي", "entities": [{"start": 4, "end": 7, "label": "HERO"}]}])
    result = run("import", "--db", db, bad)
    assert result.returncode == 1
    assert f"{bad}:2: entity: label 'HERO' is not in the project's schema" in result.stderr
    assert json.loads(run("stats", "--db", db, "--json").stdout)["documents"] == 0


def test_import_export_stats_through_the_default_db_variable(tmp_path):
    db = tmp_path / "default.db"
    text = "قال بلينكن في واشنطن"
    good = write_jsonl(tmp_path / "good.jsonl", [
        {"id": "d1", "text": text, "entities": [span(text, "بلينكن", "PERSON", annotator="amal"), span(text, "واشنطن", "GPE", annotator="omar")],
         "topics": ["diplomacy"], "status": "done"},
        {"id": "d2", "text": "خبر آخر"},
        {"id": "d3", "text": "خبر آخر"},
    ])
    env = {"ANNOTATOR_DB": str(db)}
    result = run("import", good, env=env)
    assert result.returncode == 0, result.stderr
    assert "imported 2 documents" in result.stdout and "skipped 1 duplicates" in result.stdout
    stats = json.loads(run("stats", "--json", env=env).stdout)
    assert stats["documents"] == 2
    assert stats["status"]["done"] == 1 and stats["status"]["new"] == 1
    assert stats["labels"]["PERSON"] == 1 and stats["topics"]["diplomacy"] == 1
    assert stats["annotators"] == {"amal": 1, "omar": 1}
    exported = [json.loads(line) for line in run("export", env=env).stdout.splitlines()]
    assert [d["id"] for d in exported] == ["d1", "d2"]


def test_stats_table_shapes_arabic_unless_told_not_to(tmp_path, capsys):
    db = tmp_path / "p.db"
    assert main(["import", "--db", str(db), "--no-progress", str(write_jsonl(tmp_path / "a.jsonl", [{"text": "خبر"}]))]) == 0
    capsys.readouterr()
    main(["stats", "--db", str(db)])
    shaped = capsys.readouterr().out
    main(["stats", "--db", str(db), "--no-shape"])
    plain = capsys.readouterr().out
    assert "شخص" in plain and "شخص" not in shaped
    assert "\ufeba" in shaped  # the final form of ص: joined by arabic-reshaper


@pytest.fixture
def exported_project(tmp_path):
    db = tmp_path / "p.db"
    text = "قال بلينكن في واشنطن إن العراق شريك"
    records = []
    for n in range(40):
        records.append({
            "id": f"doc-{n}", "text": f"{text} {n}",
            "entities": [span(text, "بلينكن", "PERSON", annotator="amal"), span(text, "واشنطن", "GPE", annotator="omar")],
            "quotes": [span(text, "العراق شريك", speaker=None, annotator="amal")],
            "status": "done" if n % 2 else "new",
        })
    assert main(["import", "--db", str(db), "--no-progress", str(write_jsonl(tmp_path / "in.jsonl", records))]) == 0
    return db


def test_export_filters_by_status_annotator_and_labels(exported_project, tmp_path):
    out = tmp_path / "out.jsonl"
    assert main(["export", "--db", str(exported_project), "--status", "done", "--annotator", "amal", "--out", str(out)]) == 0
    documents = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(documents) == 20 and all(d["status"] == "done" for d in documents)
    assert all([e["text"] for e in d["entities"]] == ["بلينكن"] and len(d["quotes"]) == 1 for d in documents)
    assert main(["export", "--db", str(exported_project), "--labels", "GPE", "--out", str(out)]) == 0
    documents = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert all([e["label"] for e in d["entities"]] == ["GPE"] for d in documents)


def test_split_is_deterministic_and_complete(exported_project, tmp_path):
    parts = []
    for attempt in range(2):
        folder = tmp_path / f"split{attempt}"
        assert main(["export", "--db", str(exported_project), "--split", "train=0.8,dev=0.1,test=0.1", "--out", str(folder)]) == 0
        parts.append({name: (folder / f"{name}.jsonl").read_text(encoding="utf-8") for name in ("train", "dev", "test")})
    assert parts[0] == parts[1]
    ids = [json.loads(line)["id"] for text in parts[0].values() for line in text.splitlines()]
    assert sorted(ids) == sorted(f"doc-{n}" for n in range(40))
    assert len(parts[0]["train"].splitlines()) > len(parts[0]["dev"].splitlines())


def test_bad_split_is_wrong_usage(exported_project, tmp_path):
    assert main(["export", "--db", str(exported_project), "--split", "train=0.5,test=0.1", "--out", str(tmp_path / "s")]) == 2


def test_export_loads_with_plain_json_and_datasets_shape(exported_project):
    lines = run("export", "--db", exported_project).stdout.splitlines()
    assert len(lines) == 40
    for line in lines:
        document = json.loads(line)
        assert set(document) == {"id", "text", "meta", "entities", "quotes", "relations", "topics", "status"}
        for entity in document["entities"]:
            assert document["text"][entity["start"]:entity["end"]] == entity["text"]


def test_missing_project_is_a_sentence_not_a_traceback(tmp_path):
    result = run("stats", "--db", tmp_path / "nowhere.db")
    assert result.returncode == 1 and "no project file here" in result.stderr and "Traceback" not in result.stderr


def test_check_finds_a_damaged_span(exported_project):
    assert run("check", "--db", exported_project).returncode == 0
    import sqlite3

    with sqlite3.connect(exported_project) as conn:
        conn.execute("UPDATE entities SET start = start + 1 WHERE id = 1")
        conn.execute("UPDATE texts SET text = text || '!' WHERE document = 2")
    result = run("check", "--db", exported_project)
    assert result.returncode == 1
    assert "entity 1: text at" in result.stderr and "doc-1: the text no longer matches its hash" in result.stderr


def test_export_can_grow_entities_to_whole_tokens(tmp_path, capsys):
    text = "قال إن وبالعراق وإسرائيل خلافا"
    record = {"id": "t", "text": text, "entities": [span(text, "العراق", "GPE"), span(text, "إسرائيل", "GPE")]}
    db = str(tmp_path / "p.db")
    main(["import", "--db", db, "--no-progress", str(write_jsonl(tmp_path / "a.jsonl", [record]))])
    capsys.readouterr()
    main(["export", "--db", db, "--tokens", "whole"])
    [document] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [e["text"] for e in document["entities"]] == ["وبالعراق", "وإسرائيل"]
    for entity in document["entities"]:
        assert document["text"][entity["start"]:entity["end"]] == entity["text"]
