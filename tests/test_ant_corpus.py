"""The real ANT news corpus: 2,000 articles in, out, and compared."""

import json

from annotator.cli import main


def test_two_thousand_ant_articles_import_and_export_unchanged(ant_lines, tmp_path):
    db, out = tmp_path / "ant.db", tmp_path / "out.jsonl"
    code = main(["import", "--db", str(db), "--no-progress", "--skip-invalid", "--id-field", "docno", str(ant_lines)])
    assert code == 0
    assert main(["export", "--db", str(db), "--out", str(out)]) == 0
    originals = {}
    for line in ant_lines.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        originals.setdefault(record["docno"], record)
    exported = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(exported) > 1900
    import unicodedata

    for document in exported:
        source = originals[document["id"]]
        assert document["text"] == unicodedata.normalize("NFC", source["text"].replace("\r\n", "\n").replace("\r", "\n"))
        assert document["meta"]["title"] == source["title"]
        assert document["meta"]["cat"] == source["cat"] and document["meta"]["url"] == source["url"]
        assert "docno" not in document["meta"] and "text" not in document["meta"]
    texts = [d["text"] for d in exported]
    assert len(set(texts)) == len(texts)  # the corpus's duplicates were skipped


def test_ant_categories_survive_in_meta(ant_lines, tmp_path):
    db = tmp_path / "ant.db"
    main(["import", "--db", str(db), "--no-progress", "--skip-invalid", "--id-field", "docno", str(ant_lines)])
    from annotator.core.store import Project

    with Project.open(db) as project:
        categories = {d.meta["cat"] for d in project.documents()}
    assert categories <= {"internationalNews", "sport", "middleEast", "localNews", "economy",
                          "technology", "culture", "society", "politic", "diverse"}
