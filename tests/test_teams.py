"""Several annotators: re-importing merges annotations, hand-out and merge of per-annotator projects (issue 12)."""

import json

import pytest

from annotator.cli import main
from annotator.core.store import Project

from helpers import span, write_jsonl

# Emoji, harakat, tatweel, a bidi mark and CRLF before the names: offsets are code points on the stored text.
TEXT = "خبرٌ 🇮🇶 عاجل\u200f: قال محمـــد علي\r\nإن العراق وقّع مع شركة أرامكو اتفاقاً في بغداد."


def entities_of(db, document_id="a"):
    with Project.open(db) as project:
        document = project.document(project.key_of(document_id))
        return sorted((e.text, e.label, e.annotator) for e in document.entities)


def test_reimporting_a_text_merges_its_annotations_by_annotator_and_is_idempotent(tmp_path, capsys):
    db = tmp_path / "p.db"
    first = {"id": "a", "text": TEXT, "entities": [span(TEXT, "العراق", "GPE") | {"annotator": "ali"}]}
    assert main(["import", "--db", str(db), "--no-progress", str(write_jsonl(tmp_path / "1.jsonl", [first]))]) == 0
    second = {"id": "a-again", "text": TEXT, "topics": ["politics"], "entities": [
        span(TEXT, "العراق", "GPE") | {"annotator": "ali"},      # there already
        span(TEXT, "العراق", "ORG") | {"annotator": "ali"},      # ali said otherwise before: a conflict
        span(TEXT, "العراق", "GPE") | {"annotator": "sara", "id": "s1"},  # another annotator: side by side
        span(TEXT, "محمـــد علي", "PERSON") | {"annotator": "sara", "id": "s2"},
    ], "quotes": [{"start": TEXT.index("العراق"), "end": TEXT.index("."), "text": TEXT[TEXT.index("العراق"):TEXT.index(".")],
                   "speaker": "s2", "annotator": "sara"}]}
    file = write_jsonl(tmp_path / "2.jsonl", [second])
    capsys.readouterr()
    assert main(["import", "--db", str(db), "--no-progress", str(file)]) == 0
    out = capsys.readouterr().out
    assert "merged into 1 documents already in the project: 4 annotations added, 1 already there, 1 conflicts" in out
    assert "ali tagged 'العراق'" in out and "GPE here, ORG in the file" in out
    assert entities_of(db) == [("العراق", "GPE", "ali"), ("العراق", "GPE", "sara"), ("محمـــد علي", "PERSON", "sara")]
    with Project.open(db) as project:
        assert project.document_count() == 1
        document = project.document(project.key_of("a"))
        [quote] = document.quotes
        assert next(e for e in document.entities if e.id == quote.speaker).text == "محمـــد علي"
    capsys.readouterr()
    assert main(["import", "--db", str(db), "--no-progress", str(file)]) == 0  # again: nothing changes
    assert "0 annotations added, 5 already there, 1 conflicts" in capsys.readouterr().out
    assert len(entities_of(db)) == 3
    assert main(["check", "--db", str(db)]) == 0


def test_hand_out_to_three_with_overlap_annotate_merge_and_agree(tmp_path, ant_lines, seed_article, capsys):
    from annotator.core import ops

    db = tmp_path / "main.db"
    ant = tmp_path / "ant19.jsonl"
    ant.write_text("".join(ant_lines.read_text(encoding="utf-8").splitlines(keepends=True)[:19]), encoding="utf-8")
    assert main(["import", "--db", str(db), "--no-progress", str(seed_article), str(ant)]) == 0
    with Project.open(db) as project:
        assert project.document_count() == 20
    out = tmp_path / "handed"
    capsys.readouterr()
    assert main(["hand-out", "--db", str(db), "--to", "ali", "sara", "omar", "--overlap", "0.3", "--out", str(out)]) == 0
    said = capsys.readouterr().out
    assert "6 documents went to every annotator" in said
    counts = {}
    for name in ("ali", "sara", "omar"):
        with Project.open(out / f"{name}.db") as mine:
            counts[name] = mine.document_count()
            assert mine.setting("annotator") == name
            # Each annotates in their own way: ali and sara tag العراق as GPE, omar as ORG; sara skips بغداد.
            for document in list(mine.documents()):
                for word, label in (("العراق", "GPE"), ("بغداد", "GPE")):
                    if name == "sara" and word == "بغداد":
                        continue
                    at = document.text.find(word)
                    if at >= 0 and (at == 0 or not document.text[at - 1].isalpha()):
                        ops.add_entity(mine, document.key, at, at + len(word), "ORG" if name == "omar" else label,
                                       annotator=name)
    assert sorted(counts.values()) == [10, 11, 11]  # 6 to everyone, the other 14 in turn
    assert main(["hand-out", "--db", str(db), "--to", "ali", "--out", str(out)]) == 1  # never overwrites

    capsys.readouterr()
    sources = [str(out / f"{name}.db") for name in ("ali", "sara", "omar")]
    assert main(["merge", "--db", str(db), *sources]) == 0
    with Project.open(db) as project:
        by_annotator = {}
        for document in project.documents():
            for entity in document.entities:
                by_annotator[entity.annotator] = by_annotator.get(entity.annotator, 0) + 1
        assert project.document_count() == 20  # merged into the same texts, none added twice
    assert set(by_annotator) == {"ali", "sara", "omar"}
    assert main(["merge", "--db", str(db), *sources]) == 0  # again: nothing more
    assert "0 annotations added" in capsys.readouterr().out.splitlines()[-1]
    with Project.open(db) as project:
        assert sum(len(d.entities) for d in project.documents()) == sum(by_annotator.values())
    assert main(["check", "--db", str(db)]) == 0

    capsys.readouterr()
    assert main(["agree", "--json", str(out / "ali.db"), str(out / "omar.db"), str(out / "sara.db")]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["documents"] == 6  # the overlap
    assert result["entities"]["per_label"]["GPE"]["matched"] == 0  # omar said ORG wherever ali said GPE
    assert result["entities"]["relaxed"]["f1"] == 0.0
    assert set(result["several"]["pairs"]) == {f"{a} / {b}" for a, b in (("ali", "omar"), ("ali", "sara"), ("omar", "sara"))}

    from annotator.core import curation  # the curation view's code path, on a document all three annotated

    with Project.open(db) as project:
        shared = next(d for d in project.documents() if {"ali", "sara", "omar"} <= {e.annotator for e in d.entities})
        curation.accept_version(project, shared.key, "ali", reviewer="chief")
        gold = [e for e in project.document(shared.key).entities if e.annotator == "gold"]
        assert gold and all(e.label == "GPE" for e in gold)


def test_the_window_shows_one_annotators_layer_at_a_time_or_all(tmp_path, qtbot):
    from conftest import shown_window

    db = tmp_path / "p.db"
    record = {"id": "a", "text": TEXT, "entities": [
        span(TEXT, "العراق", "GPE") | {"annotator": "ali", "id": "1"},
        span(TEXT, "العراق", "GPE") | {"annotator": "sara", "id": "2"},
        span(TEXT, "محمـــد علي", "PERSON") | {"annotator": "sara", "id": "3"},
        span(TEXT, "بغداد", "GPE") | {"annotator": "ali", "id": "4"},
    ], "quotes": [{"start": TEXT.index("العراق"), "end": TEXT.index("."), "text": TEXT[TEXT.index("العراق"):TEXT.index(".")],
                   "speaker": "3", "annotator": "ali"}]}
    assert main(["import", "--db", str(db), "--no-progress", str(write_jsonl(tmp_path / "a.jsonl", [record]))]) == 0
    window = shown_window(qtbot, db)
    try:
        window.layer_menu._fill()
        assert [a.text() for a in window.layer_menu.menu.actions()] == ["All annotators", "ali", "sara"]
        assert len(window.document.entities) == 4
        window.show_layer("sara")
        assert sorted(e.text for e in window.document.entities) == ["العراق", "محمـــد علي"]
        assert window.document.quotes == []
        assert "showing the layer of sara" in window.status_annotator.text()
        window.show_layer("ali")
        [quote] = window.document.quotes
        assert quote.speaker is None and quote.speaker_text == "محمـــد علي"  # sara's entity is not in ali's layer
        assert window.annotation_panel.model.rowCount() == 3  # ali's two names and his quote, in the list too
        at = TEXT.index("أرامكو")
        window.view.select_range(at, at + len("أرامكو"))
        window.apply_label("ORG")  # tagged while reading ali's layer: saved as the analyst's own, as always
        assert "أرامكو" not in [e.text for e in window.document.entities]
        window.show_layer(None)
        assert len(window.document.entities) == 5 and window.document.quotes[0].speaker is not None
        assert [e.annotator for e in window.document.entities if e.text == "أرامكو"] == ["tester"]
    finally:
        window.close()
        window.close_project()
    with Project.open(db) as project:  # the filter never touched the project
        assert len(project.document(project.key_of("a")).entities) == 5


def test_adjudication_settles_a_document_into_the_gold_layer_that_exports_then_use(tmp_path, qtbot, capsys):
    from annotator.gui.curation_view import CurationView
    from conftest import shown_window

    db = tmp_path / "p.db"
    record = {"id": "a", "text": TEXT, "entities": [
        span(TEXT, "العراق", "GPE") | {"annotator": "ali", "id": "1"},
        span(TEXT, "العراق", "GPE") | {"annotator": "sara", "id": "2"},      # agreed
        span(TEXT, "أرامكو", "ORG") | {"annotator": "ali", "id": "3"},
        span(TEXT, "أرامكو", "FAC") | {"annotator": "sara", "id": "4"},      # disputed
        span(TEXT, "محمـــد علي", "PERSON") | {"annotator": "sara", "id": "5"},  # only sara
    ], "quotes": [{"start": TEXT.index("العراق"), "end": TEXT.index("."), "text": TEXT[TEXT.index("العراق"):TEXT.index(".")],
                   "speaker": "5", "annotator": "sara"}]}
    assert main(["import", "--db", str(db), "--no-progress", str(write_jsonl(tmp_path / "a.jsonl", [record]))]) == 0
    window = shown_window(qtbot, db)
    try:
        view = CurationView(window)
        qtbot.addWidget(view)
        assert view.annotators == ["ali", "sara"]
        assert [c.text for c in view.rows] == ["محمـــد علي", "العراق", "أرامكو"]
        assert view.table.columnCount() == 4 and "3 spans; 1 agreed by all; 0 in the gold layer." == view.summary.text()
        view.accept_agreed()
        assert "1 in the gold layer" in view.summary.text()
        row = [c.text for c in view.rows].index("أرامكو")
        view.table.setCurrentCell(row, 1)  # ali's ORG
        view.accept_cell_button.click()
        assert view.rows[row].gold == "ORG"
        window.history.undo()  # each acceptance is an edit like any other
        view.refresh()
        assert view.rows[row].gold is None
        view.accept_version("sara")  # sara's whole version: her FAC wins where nothing was settled, her quote too
        assert {c.text: c.gold for c in view.rows} == {"محمـــد علي": "PERSON", "العراق": "GPE", "أرامكو": "FAC"}
        window.show_layer("gold")  # as Document > Adjudicate shows it: the reviewer's own edits go into gold
        at = TEXT.index("بغداد")
        window.view.select_range(at, at + len("بغداد"))
        window.apply_label("GPE")
        assert [(e.text, e.annotator) for e in window.document.entities if e.text == "بغداد"] == [("بغداد", "gold")]
    finally:
        window.close()
        window.close_project()
    capsys.readouterr()
    assert main(["export", "--db", str(db)]) == 0
    [exported] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {e["annotator"] for e in exported["entities"]} == {"gold"} and len(exported["entities"]) == 4
    [quote] = exported["quotes"]
    assert next(e["text"] for e in exported["entities"] if e["id"] == quote["speaker"]) == "محمـــد علي"
    assert main(["export", "--db", str(db), "--annotator", "ali"]) == 0  # naming annotators still chooses them
    assert {e["annotator"] for e in json.loads(capsys.readouterr().out)["entities"]} == {"ali"}


def test_the_dashboard_counts_progress_time_distributions_and_agreement(tmp_path):
    from annotator.core import ops
    from annotator.core.dashboard import dashboard

    db = tmp_path / "p.db"
    records = [{"id": "a", "text": TEXT, "topics": ["politics"], "entities": [
        span(TEXT, "العراق", "GPE") | {"annotator": "ali"}, span(TEXT, "العراق", "GPE") | {"annotator": "sara"},
        span(TEXT, "أرامكو", "ORG") | {"annotator": "ali"}, span(TEXT, "أرامكو", "FAC") | {"annotator": "sara"}]},
        {"id": "b", "text": "نص ثان عن بغداد"}]
    assert main(["import", "--db", str(db), "--no-progress", str(write_jsonl(tmp_path / "a.jsonl", records))]) == 0
    with Project.open(db) as project:
        a, b = project.key_of("a"), project.key_of("b")
        ops.set_status(project, a, "done", annotator="ali")
        ops.set_status(project, b, "done", annotator="sara")
        # ali's day on document b: edits at 10:00 and 10:02, lunch, 10:30, done at 10:31 -> 2 + 5 (idle cap) + 1 min
        for at, action in (("10:00", "add entity"), ("10:02", "add entity"), ("10:30", "add entity"), ("10:31", "mark done")):
            project.conn.execute("INSERT INTO journal (at, annotator, action, document) VALUES (?, 'ali', ?, ?)",
                                 (f"2026-11-20T{at}:00.000+00:00", action, b))
        board = dashboard(project)
    assert board.documents == 2 and board.done_by == {"ali": 2, "sara": 1}  # ali marked b done on the 20th too
    assert board.minutes_per_document["ali"] == pytest.approx(4.0, abs=0.01)  # median of a (0, done at once) and b (8)
    assert board.done_per_day["2026-11-20"] == {"ali": 1}
    assert board.labels == {"GPE": 2, "FAC": 1, "ORG": 1} and board.topics == {"politics": 1}
    assert board.agreement_per_label == {"FAC": 0.0, "GPE": 1.0, "ORG": 0.0}
    assert board.least_agreed == {"a": 0.5}  # one of two names agreed on the only document both annotated


def test_the_dashboard_window_draws_arabic_charts_and_saves_png_and_html(tmp_path, qtbot):
    from annotator.gui.app import ensure_application, set_language
    from annotator.gui.dashboard_view import DashboardView
    from conftest import shown_window

    db = tmp_path / "p.db"
    record = {"id": "a", "text": TEXT, "status": "done", "entities": [
        span(TEXT, "العراق", "GPE") | {"annotator": "<img src=x>"}, span(TEXT, "العراق", "GPE") | {"annotator": "سارة"}]}
    assert main(["import", "--db", str(db), "--no-progress", "--annotator", "<img src=x>",
                 str(write_jsonl(tmp_path / "a.jsonl", [record]))]) == 0
    ensure_application()
    set_language("ar")
    window = shown_window(qtbot, db)
    try:
        view = DashboardView(window)
        qtbot.addWidget(view)
        view.show()
        assert len(view.charts) == 7 and view.charts[3].values == {"كيان جيوسياسي": 2}
        assert view.save_png(tmp_path / "board.png") and (tmp_path / "board.png").read_bytes()[:4] == b"\x89PNG"
        assert view.save_html(tmp_path / "board.html")
        page = (tmp_path / "board.html").read_text(encoding="utf-8")
        assert 'dir="rtl"' in page and page.count("data:image/png;base64,") == 7
        assert view.charts[0].values == {"<img src=x>": 1}
        assert "<img src=x>" not in page and "&lt;img src=x&gt;" in page  # names are text, never markup
    finally:
        window.close()
        window.close_project()
        set_language("en")


def test_topics_stand_side_by_side_per_annotator_and_agree_within_one_project(tmp_path):
    from annotator.core import agreement, ops
    from annotator.gui.layers import layer_of

    db = tmp_path / "p.db"
    assert main(["import", "--db", str(db), "--no-progress", str(write_jsonl(tmp_path / "a.jsonl", [
        {"id": "a", "text": TEXT}, {"id": "b", "text": "نص ثان عن بغداد"}]))]) == 0
    with Project.open(db) as project:
        a, b = project.key_of("a"), project.key_of("b")
        ops.set_topic(project, a, "politics", True, annotator="ali")
        ops.set_topic(project, a, "politics", True, annotator="sara")  # the same topic, chosen by both
        ops.set_topic(project, a, "economy", True, annotator="sara")
        ops.set_topic(project, b, "security", True, annotator="ali")
        ops.set_topic(project, b, "security", True, annotator="sara")
        document = project.document(a)
        assert document.topics == ["politics", "economy"]
        assert document.topic_annotators == {"politics": ["ali", "sara"], "economy": ["sara"]}
        assert layer_of(document, "ali").topics == ["politics"]
        assert sorted(layer_of(document, "sara").topics) == ["economy", "politics"]
        layers = {d.id: {name: agreement.layer_of(d, {name}) for name in ("ali", "sara")} for d in project.documents()}
        pairs = [(doc, by["ali"], by["sara"]) for doc, by in layers.items()]
        topics = [t.name for t in project.schema().topics]
        result = agreement.compare(pairs, topics)
        assert result["topics"]["decisions"] == 2 * len(topics)
        # one disagreement (economy on a) among the decisions: kappa below 1, above 0
        assert 0 < result["topics"]["kappa"] < 1
        change = ops.set_topic(project, a, "politics", False, annotator="omar")  # taken off: everyone's choice
        assert project.document(a).topics == ["economy"] and len(change.edits) == 2
        ops.apply(project, change.inverse(), annotator="omar")  # what undo does
        assert project.document(a).topic_annotators["politics"] == ["ali", "sara"]  # undo brings each back
    assert main(["check", "--db", str(db)]) == 0
