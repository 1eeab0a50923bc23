"""Search (`annotator search` and core.search): variants fold together, offsets land on the stored text."""

import json

import pytest

from annotator.cli import main
from annotator.core import store as store_module
from annotator.core.model import Document
from annotator.core.search import count_documents, find_in_text, search
from annotator.core.store import Project

from helpers import version_1_project, write_jsonl

DOCS = {
    "a": "😀 وقال مُحَمَّد بن سلمان في الريـــاض إن والعراق شريك",
    "b": "اجتمع الوزير بالعراق مع وفد من أمريكا في ٢٠٢١\u200f.",
    "c": "قالت الحكومة للعراق إن مستشفى بغداد جاهز",
    "d": "لا شيء هنا عن ذلك البلد",
    "e": "وصل الوفد بواشنطن أمس",
}


@pytest.fixture
def filled(project):
    with project.transaction():
        for document_id, text in DOCS.items():
            project.insert_document(Document(id=document_id, text=text), annotator="a")
    return project


@pytest.mark.parametrize("query, expected", [
    ("محمد", [("a", "مُحَمَّد")]),
    ("الرياض", [("a", "الريـــاض")]),
    ("العراق", [("a", "العراق"), ("b", "العراق"), ("c", "للعراق")]),
    ("امريكا", [("b", "أمريكا")]),
    ("2021", [("b", "٢٠٢١")]),
    ("الحكومه", [("c", "الحكومة")]),
    ("مستشفي", [("c", "مستشفى")]),
    ("محمد بن سلمان", [("a", "مُحَمَّد بن سلمان")]),
    ("قال", [("a", "قال")]),
    ("واشنطن", [("e", "واشنطن")]),  # behind a single-letter proclitic too
    ("دمشق", []),
])
def test_search_finds_folded_variants_behind_proclitics(filled, query, expected):
    matches = list(search(filled, query))
    assert [(m.document, m.text) for m in matches] == expected
    for match in matches:
        assert DOCS[match.document][match.start:match.end] == match.text


def test_offsets_are_code_points_after_an_emoji(filled):
    [match] = search(filled, "محمد")
    assert (match.start, match.end) == (DOCS["a"].index("مُحَمَّد"), DOCS["a"].index("مُحَمَّد") + 8)


def test_match_without_proclitic_keeps_trailing_harakat():
    text = "قال إن وَالعِرَاقَ بلد"
    [(start, end)] = find_in_text(text, "العراق")
    assert text[start:end] == "العِرَاقَ"


def test_search_json_command(filled, capsys):
    filled.close()
    assert main(["search", "--db", str(filled.path), "--json", "العراق"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert lines[0] == {"doc": "a", "start": DOCS["a"].index("العراق"), "end": DOCS["a"].index("العراق") + 6, "text": "العراق"}
    assert [line["doc"] for line in lines] == ["a", "b", "c"]


def test_search_table_shows_context(filled, capsys):
    filled.close()
    main(["search", "--db", str(filled.path), "--no-shape", "امريكا"])
    assert capsys.readouterr().out.startswith("b\t")


def test_imported_documents_are_searchable(tmp_path):
    path = write_jsonl(tmp_path / "in.jsonl", [{"id": "x", "text": "زار الرئيسُ بيروتَ"}])
    db = tmp_path / "p.db"
    main(["import", "--db", str(db), "--no-progress", str(path)])
    with Project.open(db) as project:
        assert [m.text for m in search(project, "بيروت")] == ["بيروتَ"]
        assert count_documents(project, "بيروت") == 1


def test_a_version_1_file_gains_the_index(tmp_path):
    path = tmp_path / "old.db"
    version_1_project(path, (("old", "والعراق هنا"),)).close()
    with Project.open(path) as project:
        assert project.conn.execute("PRAGMA user_version").fetchone()[0] == store_module.SCHEMA_VERSION
        assert [m.text for m in search(project, "العراق")] == ["العراق"]


def test_exact_spellings_come_first_and_the_switch_keeps_only_them(tmp_path, capsys):
    from annotator.cli import main

    from helpers import write_jsonl

    db = tmp_path / "p.db"
    records = [{"id": "a", "text": "قال مسئول حكومي إن الوضع هادئ."}, {"id": "b", "text": "قال مسؤول الأمن ومُسؤول آخر إن الوضع هادئ."}]
    assert main(["import", "--db", str(db), "--no-progress", str(write_jsonl(tmp_path / "in.jsonl", records))]) == 0
    capsys.readouterr()
    assert main(["search", "--db", str(db), "--json", "مسؤول"]) == 0
    found = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(m["doc"], m["text"]) for m in found] == [("b", "مسؤول"), ("b", "مُسؤول"), ("a", "مسئول")]
    assert main(["search", "--db", str(db), "--json", "--exact", "مسؤول"]) == 0
    assert [json.loads(line)["doc"] for line in capsys.readouterr().out.splitlines()] == ["b", "b"]


@pytest.mark.parametrize("query, text, found", [
    ("علي", "اتفق علي مع الوزير على الخطة.", ["علي"]),  # على is another word
    ("ريم", "التقت ريم بالمخرج كريم.", ["ريم"]),  # كريم is a word, not ك + ريم
    ("قائد", "قال قايد الجيش إن قائد الشرطة غادر.", ["قايد", "قائد"]),  # the hamza seat written as ي
    ("لأن", "قال ﻷن الوضع صعب.", ["ﻷن"]),  # a lam-alef ligature, spelt out to match
    ("الأمم المتحدة", "وللأمم المتحدة دور.", ["للأمم المتحدة"]),  # و stays out of the fused لل
])
def test_search_spellings(query, text, found):
    assert [text[a:b] for a, b in find_in_text(text, query)] == found
