"""Import: native and foreign JSONL, plain text, refusals with FILE:LINE, atomicity, duplicates."""

import json

import pytest

from annotator.core.store import Project
from annotator.importer import ImportOptions, import_paths

from helpers import span, write_jsonl

# Raw text with CRLF, a decomposed alef-hamza, an emoji, harakat, tatweel and bidi marks.
RAW = "وقال \u0627\u0654حمد 😀 في بغـــداد:\r\n«نحن هنا» \u200fمُحَمَّد\u200f"


def _import(project, *paths, **options):
    return import_paths(project, list(paths), ImportOptions(annotator="tester", **options))


def _only_document(project):
    documents = list(project.documents(include_suggested=True))
    assert len(documents) == 1
    return documents[0]


def test_native_spans_move_with_normalisation(project, tmp_path):
    entities = [
        span(RAW, "\u0627\u0654حمد", "PERSON", id="e1"),
        span(RAW, "بغـــداد", "GPE", id="e2"),
        span(RAW, "مُحَمَّد", "PERSON", id="e3"),
    ]
    quote = span(RAW, "نحن هنا", id="q1", speaker="e1", cue=span(RAW, "وقال"))
    path = write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": RAW, "entities": entities, "quotes": [quote]}])
    summary = _import(project, path)
    assert summary.problem_lines() == [] and summary.added == 1
    document = _only_document(project)
    assert "\r" not in document.text and document.text.count("\n") == 1
    assert [e.text for e in document.entities] == ["أحمد", "بغـــداد", "مُحَمَّد"]
    for entity in document.entities:
        assert document.text[entity.start:entity.end] == entity.text
    [stored_quote] = document.quotes
    assert document.text[stored_quote.start:stored_quote.end] == "نحن هنا"
    assert stored_quote.cue.text == "وقال" and stored_quote.speaker == document.entities[0].id


def test_offsets_are_code_points_after_an_emoji(project, tmp_path):
    text = "😀👍🏽 قال بلينكن"
    path = write_jsonl(tmp_path / "in.jsonl", [{"text": text, "entities": [span(text, "بلينكن", "PERSON")]}])
    _import(project, path)
    [entity] = _only_document(project).entities
    assert (entity.start, entity.end) == (8, 14)


def test_missing_id_gets_a_stable_one_from_the_text(tmp_path):
    path = write_jsonl(tmp_path / "in.jsonl", [{"text": "خبر عاجل من بغداد"}])
    ids = []
    for name in ("one.db", "two.db"):
        with Project.open(tmp_path / name) as project:
            _import(project, path)
            ids.append(_only_document(project).id)
    assert ids[0] == ids[1] and ids[0].startswith("doc-")


def test_unknown_top_level_keys_are_kept_in_meta(project, tmp_path):
    path = write_jsonl(tmp_path / "in.jsonl", [{"id": "x", "text": "نص", "url": "http://a", "meta": {"title": "ع"}}])
    _import(project, path)
    assert _only_document(project).meta == {"title": "ع", "url": "http://a"}


def test_foreign_jsonl_names_its_fields(project, tmp_path):
    record = {"docno": "AL-1", "title": "عنوان الخبر", "body": "نص الخبر الكامل", "cat": "sport", "src": "bbc"}
    path = write_jsonl(tmp_path / "ant.jsonl", [record])
    summary = _import(project, path, id_field="docno", text_field="body", title_field="title")
    assert summary.added == 1
    document = _only_document(project)
    assert document.id == "AL-1" and document.text == "نص الخبر الكامل"
    assert document.meta == {"title": "عنوان الخبر", "cat": "sport", "src": "bbc"}


def test_missing_text_field_names_the_option(project, tmp_path):
    path = write_jsonl(tmp_path / "in.jsonl", [{"body": "نص"}])
    summary = _import(project, path)
    assert summary.problem_lines() == [f"{path}:1: no 'text' field (name the text field with --text-field)"]


@pytest.mark.parametrize(
    "record, reason",
    [
        ({"text": ""}, "the text is empty or only whitespace"),
        ({"text": " \n\u00a0\t"}, "the text is empty or only whitespace"),
        ({"text": 5}, "the record has no text"),
        ({"text": "قال علي", "entities": [{"start": 4, "end": 99, "label": "PERSON"}]}, "lie outside the text"),
        ({"text": "قال علي", "entities": [{"start": 7, "end": 4, "label": "PERSON"}]}, "reversed or empty"),
        ({"text": "قال علي", "entities": [{"start": "4", "end": 7, "label": "PERSON"}]}, "whole numbers"),
        ({"text": "قال علي", "entities": [{"start": 4, "end": 7, "label": "HERO"}]}, "label 'HERO' is not in the project's schema"),
        ({"text": "قال علي", "entities": [{"start": 4, "end": 7, "label": "PERSON", "text": "عمر"}]}, "not 'عمر'"),
        ({"text": "قال علي", "entities": [{"start": 3, "end": 7, "label": "PERSON"}]}, "whitespace"),
        ({"text": "قال عَلي", "entities": [{"start": 4, "end": 5, "label": "PERSON"}]}, "grapheme"),
        ({"text": "قال علي", "quotes": [{"start": 0, "end": 3, "speaker": "e9"}]}, "speaker 'e9' is not the id"),
        ({"text": "قال علي", "topics": ["astrology"]}, "topic 'astrology' is not in the project's schema"),
        ({"text": "قال علي", "status": "finished"}, "status 'finished' is not one of"),
        ({"text": "قال علي", "meta": ["x"]}, "meta must be a JSON object"),
        ({"text": "قال علي", "entities": {"a": 1}}, "entities must be a list"),
    ],
)
def test_bad_records_are_refused_with_file_line_and_reason(project, tmp_path, record, reason):
    path = write_jsonl(tmp_path / "in.jsonl", [{"text": "خبر سليم"}, record])
    summary = _import(project, path)
    [line] = summary.problem_lines()
    assert line.startswith(f"{path}:2: ") and reason in line
    assert project.document_count() == 0  # atomic: the good line did not go in either


def test_broken_json_is_refused_and_nothing_changes(project, tmp_path):
    path = write_jsonl(tmp_path / "in.jsonl", [{"text": "خبر أول"}, {"text": "خبر ثان"}], raw_lines={2: '{"text": "مقطوع'})
    summary = _import(project, path)
    assert summary.problem_lines() == [f"{path}:2: broken JSON (invalid control character) at column 16"]
    assert project.document_count() == 0


def test_every_problem_of_a_refused_file_is_told(project, tmp_path):
    path = write_jsonl(tmp_path / "in.jsonl", [{"text": ""}, {"text": "جيد"}, {"text": "x", "status": "?"}])
    summary = _import(project, path)
    assert [line.split(":")[1] for line in summary.problem_lines()] == ["1", "3"]


def test_skip_invalid_takes_the_good_records(project, tmp_path):
    path = write_jsonl(tmp_path / "in.jsonl", [{"text": ""}, {"text": "خبر جيد"}, "not an object"])
    summary = _import(project, path, skip_invalid=True)
    assert summary.added == 1 and len(summary.problem_lines()) == 2
    assert not summary.refused_files


def test_add_labels_adds_unknown_labels_and_topics(project, tmp_path):
    text = "قال علي"
    record = {"text": text, "entities": [span(text, "علي", "HERO")], "topics": ["astrology"]}
    summary = _import(project, write_jsonl(tmp_path / "in.jsonl", [record]), add_labels=True)
    assert summary.added == 1
    assert summary.reports[0].labels_added == ["HERO"] and summary.reports[0].topics_added == ["astrology"]
    assert "HERO" in project.schema().label_names()


def test_duplicates_are_skipped_and_counted(project, tmp_path):
    path = write_jsonl(tmp_path / "in.jsonl", [{"text": "خبر"}, {"text": "خبر"}, {"text": "خبر\r\n"}, {"text": "آخر"}])
    first = _import(project, path)
    assert (first.added, first.duplicates) == (3, 1)  # "خبر\n" differs from "خبر"
    second = _import(project, path)
    assert (second.added, second.duplicates) == (0, 4)


def test_same_id_with_another_text_is_refused(project, tmp_path):
    _import(project, write_jsonl(tmp_path / "a.jsonl", [{"id": "x", "text": "نص أول"}]))
    summary = _import(project, write_jsonl(tmp_path / "b.jsonl", [{"id": "x", "text": "نص آخر"}]))
    assert "already in the project with a different text" in summary.problem_lines()[0]


def test_seed_article_comes_in_clean(project, seed_article):
    summary = _import(project, seed_article)
    assert summary.added == 1
    document = _only_document(project)
    assert document.text.endswith("وسيتيح العمل الذي نقوم به اليوم مواصلة ذلك.")
    assert document.meta["title"].startswith("بلينكن لوزير الخارجية")
    assert document.text.startswith(document.meta["title"])
    for leftover in ("cookie", "Privacy", "Close", "تنويه"):
        assert leftover not in document.text
        assert leftover in document.meta["boilerplate"]


def test_text_files_in_other_encodings_and_crlf(project, tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    body = "عنوان الخبر\r\n\r\nقال المتحدث إن الاجتماع كان مثمرا وناجحا جدا في بغداد اليوم.\r\n"
    (folder / "a.txt").write_bytes(body.encode("cp1256"))
    (folder / "b.txt").write_bytes(body.replace("بغداد", "البصرة").encode("utf-16"))
    (folder / "c.txt").write_bytes(body.replace("بغداد", "الموصل").encode("utf-8").decode("cp1256").encode("utf-8"))
    (folder / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    summary = _import(project, folder)
    assert summary.problem_lines() == [] and summary.added == 3
    assert [p.name for p in summary.ignored] == ["picture.png"]
    documents = list(project.documents())
    assert all(d.meta["title"] == "عنوان الخبر" and "\r" not in d.text for d in documents)
    assert documents[2].meta["repaired"] == "utf-8 read as windows-1256"
    assert "الموصل" in documents[2].text


def test_binary_file_given_by_name_is_refused(project, tmp_path):
    path = tmp_path / "scan.txt"
    path.write_bytes(bytes(range(256)) * 4)
    summary = _import(project, path)
    assert summary.problem_lines() == [f"{path}:1: this is a binary file, not text"]
    assert summary.refused_files


def test_journal_records_each_import(project, tmp_path):
    _import(project, write_jsonl(tmp_path / "in.jsonl", [{"text": "خبر"}]))
    action, payload = project.conn.execute("SELECT action, payload FROM journal WHERE action = 'import'").fetchone()
    assert json.loads(payload)["added"] == 1


# A few documents, or a batch with a NUL, are written row by row; many as one JSON array per statement.
@pytest.mark.parametrize("count, nul_at, row_by_row", [(3, 1, True), (120, None, False), (120, 7, True)])
def test_plain_documents_come_back_exactly_as_written(project, tmp_path, monkeypatch, count, nul_at, row_by_row):
    if not row_by_row:
        monkeypatch.setattr(Project, "_insert_rows_one_by_one", None)  # fails loudly if taken
    texts = [f"{RAW} رقم {n}" + ("\x00 بعد صفر" if n == nul_at else "") for n in range(count)]
    records = [{"id": str(n) if n % 2 else n, "text": text,
                "meta": {"عنوان": f"«خبر» {n} 😀", "nested": {"n": n, "quote": '"\\'}, "empty": None}}
               for n, text in enumerate(texts)]
    records.append({"id": "no-meta", "text": "نص بلا وصف"})
    summary = _import(project, write_jsonl(tmp_path / "many.jsonl", records))
    assert summary.problem_lines() == [] and summary.added == count + 1
    stored = {document.id: document for document in project.documents(include_suggested=True)}
    assert len(stored) == count + 1
    for n, text in enumerate(texts):
        document = stored[str(n)]
        assert document.text == text.replace("\r\n", "\n").replace("\u0627\u0654", "أ")
        assert document.meta == records[n]["meta"] and document.status == "new"
    assert stored["no-meta"].meta == {} and stored["no-meta"].text == "نص بلا وصف"
    keys = [row[0] for row in project.conn.execute("SELECT key FROM documents ORDER BY key")]
    assert keys == list(range(1, count + 2))
    assert [row[0] for row in project.conn.execute("SELECT document FROM texts ORDER BY document")] == keys
    assert sorted(hit for (hit,) in project.conn.execute(
        "SELECT rowid FROM search_index WHERE search_index MATCH ?", ("بغداد",))) == keys[:-1]
