"""Files the real Label Studio and doccano wrote, and the example files the peers ship, imported span by span.

The round-trip files were made by tests/interop/peers_round_trip.py (see tests/fixtures/peers/README.md):
our export of the annotated seed and a tricky made-up article, imported into the real tool through its REST
API and exported again by it. Their default file names (`project-…json`, doccano's `admin.jsonl`) name no
format: import finds it from the content.
"""

import json
import shutil
from pathlib import Path

import pytest

from annotator.cli import main

from test_native_roundtrip import annotated_seed, annotated_tricky, comparable

PEERS = Path(__file__).resolve().parent / "fixtures" / "peers"


def imported(tmp_path, capsys, file: Path, *extra: str) -> dict[str, dict]:
    db = tmp_path / "p.db"
    code = main(["import", "--db", str(db), "--no-progress", *extra, str(file)])
    captured = capsys.readouterr()
    assert code == 0, captured
    assert main(["export", "--db", str(db)]) == 0
    return {str(d["id"]): d for d in map(json.loads, capsys.readouterr().out.splitlines())}


def sent_documents(documents: dict) -> dict[str, dict]:
    """What we sent: the same builders the interop script used, on the text the peer gave back."""
    return {"seed-1": annotated_seed(documents["seed-1"]["text"]), "tricky-1": annotated_tricky()}


@pytest.mark.parametrize("written, default_name", [
    ("written-by-label-studio.json", "project-2-at-2026-11-27-08-07-0a1b2c3d.json"),
    ("written-by-doccano.jsonl", "admin.jsonl"),
])
def test_a_peers_export_of_our_file_comes_back_span_by_span(written, default_name, tmp_path, capsys):
    file = shutil.copy(PEERS / written, tmp_path / default_name)  # as the peer names it: the content decides
    documents = imported(tmp_path, capsys, Path(file))
    for document_id, sent in sent_documents(documents).items():
        back = documents[document_id]
        expected, got = comparable(sent), comparable(back)
        for key in ("text", "entities", "quotes", "relations", "topics"):
            assert got[key] == expected[key], (written, document_id, key)
        assert [e["text"] for e in back["entities"]] == [e["text"] for e in sorted(sent["entities"], key=lambda e: (e["start"], e["end"]))]
    assert any(q["speaker_text"] == "مصادر" for q in documents["tricky-1"]["quotes"])  # a speaker not in the text
    assert documents["tricky-1"]["text"].startswith("😀 قال")  # the emoji before the name moved nothing


def test_doccanos_relation_example(tmp_path, capsys):
    [document] = imported(tmp_path, capsys, PEERS / "doccano-example-relation-extraction.jsonl", "--add-labels").values()
    entities = {e["id"]: e["text"] for e in document["entities"]}
    assert sorted(entities.values()) == ["Google", "Larry Page", "September 4, 1998", "Sergey Brin"]
    assert sorted((entities[r["head"]], r["label"], entities[r["tail"]]) for r in document["relations"]) == [
        ("Google", "foundedAt", "September 4, 1998"), ("Google", "foundedBy", "Larry Page"), ("Google", "foundedBy", "Sergey Brin")]


def test_doccanos_intent_detection_example(tmp_path, capsys):
    documents = imported(tmp_path, capsys, PEERS / "doccano-example-intent-detection.jsonl", "--add-labels")
    by_text = {d["text"]: d for d in documents.values()}
    flight = by_text["Find a flight from Memphis to Tacoma"]
    assert [(e["text"], e["label"]) for e in flight["entities"]] == [("Find a flight from Memphis", "City"), ("Tacoma", "City")]
    assert flight["topics"] == ["flight"]
    assert by_text["I want to know what airports are in Los Angeles"]["topics"] == ["airport"]


def test_a_json_file_in_no_known_shape_is_refused_with_a_hint(tmp_path, capsys):
    path = tmp_path / "export.json"
    path.write_text('{"something": "else"}', encoding="utf-8")
    assert main(["import", "--db", str(tmp_path / "p.db"), "--no-progress", str(path)]) == 1
    err = capsys.readouterr().err
    assert f"{path}:1: neither the file's name nor its content shows a format" in err and "--format" in err


def test_label_studios_flat_task_list_is_read(tmp_path, capsys):
    """Label Studio also takes (and users keep) plain lists of data objects: `[{"text": …}, …]`."""
    path = tmp_path / "tasks.json"
    path.write_text(json.dumps([{"text": "😀 قال علي", "source": "x"}, {"text": "خبر ثان"}], ensure_ascii=False), encoding="utf-8")
    documents = imported(tmp_path, capsys, path, "--format", "label-studio")
    assert sorted(d["text"] for d in documents.values()) == ["خبر ثان", "😀 قال علي"]
    assert any(d["meta"].get("source") == "x" for d in documents.values())
