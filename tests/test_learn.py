"""The model that learns from the analyst: tokens and tags, training, storage, suggestions (issue 13)."""

import json

import pytest

from annotator.cli import main
from annotator.core.learn import crf
from annotator.core.store import Project

from helpers import write_jsonl

SYLLABLES = ["سا", "مي", "رو", "كا", "نو", "دي", "لا", "هو"]
# 64 made-up names, each word used once: what the model must learn is where names stand, not the names
NAMES = [(a + b + "ر", b + a + "ن") for a in SYLLABLES for b in SYLLABLES]
CITIES = ["بغداد", "القاهرة", "عمان", "بيروت", "تونس", "الرباط", "دمشق", "الجزائر"]


def article(person: str, city: str, prefix: str = "") -> dict:
    text = f"{prefix}قال الوزير {person} في {city} إن المحادثات مستمرة. وأضاف {person} أن الوفد يصل إلى {city} غدا."
    entities = []
    for name, label in ((person, "PERSON"), (city, "GPE")):
        at = -1
        while (at := text.find(name, at + 1)) != -1:
            entities.append({"start": at, "end": at + len(name), "text": name, "label": label})
    return {"text": text, "entities": entities, "status": "done"}


def test_bio_tags_follow_the_spans_and_tokens_cut_at_entity_edges():
    text = "زار وبغداد 😀 أمس"
    start = text.index("بغداد")
    [tokens] = crf.sentences(text, [start, start + 5])
    assert [text[a:b] for a, b in tokens] == ["زار", "و", "بغداد", "😀", "أمس"]
    assert crf.bio(tokens, [(start, start + 5, "GPE")]) == ["O", "O", "B-GPE", "O", "O"]
    assert crf.bio(tokens, [(0, start + 5, "X"), (start, start + 5, "GPE")]) == ["B-X", "I-X", "I-X", "O", "O"]


def test_train_keeps_a_model_with_its_scores_and_suggest_model_offers_unseen_names(tmp_path, capsys):
    db = tmp_path / "p.db"
    records = [article(f"{first} {last}", CITIES[n % len(CITIES)]) for n, (first, last) in enumerate(NAMES)]
    assert main(["import", "--db", str(db), "--no-progress", str(write_jsonl(tmp_path / "a.jsonl", records))]) == 0
    capsys.readouterr()
    assert main(["train", "--db", str(db), "--iterations", "40"]) == 0
    said = capsys.readouterr().out
    assert "trained on" in said and "held out" in said and "F1" in said
    with Project.open(db) as project:
        [(documents, tokens, scores)] = project.conn.execute("SELECT documents, tokens, scores FROM models").fetchall()
        assert documents > 0 and tokens > 0 and json.loads(scores)["f1"] > 0.9
    # A new article, an emoji, harakat, tatweel, a bidi mark and CRLF before the names, a person never seen.
    new = article("زيـــاد عُمر", "صنعاء", prefix="خبر 😀 عاجل\u200f\r\n")
    new.pop("entities")
    new["status"] = "new"
    assert main(["import", "--db", str(db), "--no-progress", str(write_jsonl(tmp_path / "b.jsonl", [new]))]) == 0
    capsys.readouterr()
    assert main(["suggest", "--db", str(db), "--model", "--no-progress"]) == 0
    with Project.open(db) as project:
        document = project.document(project.conn.execute("SELECT key FROM documents WHERE status = 'new'").fetchone()[0])
        offered = {(e.text, e.label) for e in document.entities if e.suggested and e.source == "model"}
        assert ("زيـــاد عُمر", "PERSON") in offered
        for entity in document.entities:
            assert document.text[entity.start:entity.end] == entity.text
    capsys.readouterr()
    assert main(["export", "--db", str(db)]) == 0  # suggestions never leave the project
    assert all(not e.get("suggested") for line in capsys.readouterr().out.splitlines()
               for e in json.loads(line)["entities"])


def test_suggest_model_without_a_model_says_so(tmp_path, capsys):
    db = tmp_path / "p.db"
    assert main(["import", "--db", str(db), "--no-progress", str(write_jsonl(tmp_path / "a.jsonl", [{"text": "نص"}]))]) == 0
    assert main(["suggest", "--db", str(db), "--model"]) == 1
    assert "annotator train" in capsys.readouterr().err
    assert main(["train", "--db", str(db)]) == 1


def project_with_an_unseen_name(tmp_path, *, status: str, document_id: str):
    """The 64 annotated articles, and one more, not annotated, about a person never named before (an emoji, a
    bidi mark and CRLF before the names, tatweel and a haraka in them)."""
    db = tmp_path / "p.db"
    records = [article(f"{first} {last}", CITIES[n % len(CITIES)]) | {"id": f"d{n}"} for n, (first, last) in enumerate(NAMES)]
    unseen = article("زيـــاد عُمر", "صنعاء", prefix="خبر 😀 عاجل\u200f\r\n")
    unseen.pop("entities")
    unseen.update(status=status, id=document_id)
    assert main(["import", "--db", str(db), "--no-progress", str(write_jsonl(tmp_path / "a.jsonl", records + [unseen]))]) == 0
    return db


def test_the_window_learns_off_the_gui_thread_and_offers_the_models_names(tmp_path, qtbot):
    from conftest import shown_window

    db = project_with_an_unseen_name(tmp_path, status="new", document_id="fresh")
    window = shown_window(qtbot, db)
    try:
        window.learn()
        assert "Learnt from" in window.statusBar().currentMessage()
        window.open_document(window.project.key_of("fresh"))  # a new document: suggestions of every kind, once
        offered = {(e.text, e.label) for e in window.document.entities if e.suggested and e.source == "model"}
        assert ("زيـــاد عُمر", "PERSON") in offered
        before = len([e for e in window.document.entities if e.source == "model"])
        window.suggest_with_model()  # again by hand: nothing new to offer, nothing doubled
        assert len([e for e in window.document.entities if e.source == "model"]) == before
    finally:
        window.close()
        window.close_project()


def test_the_window_trains_again_by_itself_after_enough_accepted_names(tmp_path, qtbot, monkeypatch):
    from conftest import shown_window

    monkeypatch.setenv("ANNOTATOR_RETRAIN_EVERY", "3")
    db = project_with_an_unseen_name(tmp_path, status="in_progress", document_id="extra")
    window = shown_window(qtbot, db)
    try:
        window.open_document(window.project.key_of("extra"))
        text = window.document.text
        for word, label in (("زيـــاد عُمر", "PERSON"), ("صنعاء", "GPE")):
            at = text.index(word)
            window.view.select_range(at, at + len(word))
            window.apply_label(label)
        assert window.training.accepted_since == 2 and not window.training.running
        said = []
        window.statusBar().messageChanged.connect(said.append)
        at = text.rindex("صنعاء")
        window.view.select_range(at, at + len("صنعاء"))
        window.apply_label("GPE")  # the third: training starts, off the GUI thread
        assert window.training.running or window.training.accepted_since == 0
        qtbot.waitUntil(lambda: any("The model learnt from" in message for message in said), timeout=60_000)
        with Project.open(db) as project:
            assert project.conn.execute("SELECT COUNT(*) FROM models").fetchone()[0] == 1
        assert window._trained_model() is not None
    finally:
        if window.training.thread is not None:
            window.training.thread.join(60)
        window.close()
        window.close_project()


def test_most_useful_first_puts_the_new_documents_the_model_doubts_most_at_the_top(tmp_path, qtbot):
    from conftest import shown_window

    db = tmp_path / "p.db"
    records = [article(f"{first} {last}", CITIES[n % len(CITIES)]) | {"id": f"d{n}"} for n, (first, last) in enumerate(NAMES)]
    familiar = article("زياد كمال", "بغداد") | {"id": "familiar", "status": "new"}
    strange = {"id": "strange", "status": "new", "text": "Breaking 😀: the IMF said on Friday that growth slowed in Q3."}
    for record in (familiar, strange):
        record.pop("entities", None)
    assert main(["import", "--db", str(db), "--no-progress",
                 str(write_jsonl(tmp_path / "a.jsonl", records + [familiar, strange]))]) == 0
    assert main(["train", "--db", str(db), "--iterations", "40"]) == 0
    with Project.open(db) as project:
        scores = dict(project.conn.execute("SELECT d.id, u.score FROM usefulness u JOIN documents d ON d.key = u.document"))
    assert set(scores) == {"familiar", "strange"} and scores["strange"] > scores["familiar"]
    window = shown_window(qtbot, db)
    try:
        window.order_choice.setCurrentIndex(1)
        ids = [window.project.conn.execute("SELECT id FROM documents WHERE key = ?", (window.list_model.key_at(row),)).fetchone()[0]
               for row in range(3)]
        assert ids[:2] == ["strange", "familiar"]  # then the others, as imported
        assert window.list_model.row_of(window.project.key_of("d60")) is not None  # paged by place, still found
        window.order_choice.setCurrentIndex(0)
        assert window.list_model.key_at(0) == window.project.key_of("d0")
    finally:
        window.close()
        window.close_project()


def test_topics_are_suggested_from_the_accepted_ones(tmp_path, qtbot):
    from annotator.core.learn.topics import topic_probabilities, train_topics
    from annotator.core.model import Document
    from conftest import shown_window

    economy = "ارتفعت أسعار النفط وتراجع الاقتصاد وقال البنك المركزي إن التضخم يزيد {0}"
    security = "وقع هجوم مسلح وقالت قوات الأمن إن الجيش طارد المسلحين {0}"
    documents = [Document(id=f"e{n}", text=economy.format(n), topics=["economy"]) for n in range(6)]
    documents += [Document(id=f"s{n}", text=security.format(n), topics=["security"]) for n in range(6)]
    model = train_topics(documents, ["economy", "security", "sports"])
    assert set(model["topics"]) == {"economy", "security"}  # never chosen: nothing to learn for sports
    fresh = topic_probabilities(model, "الاقتصاد يتراجع مع أسعار النفط 😀 وبالتضخم")
    assert fresh["economy"] > 0.9 > 0.1 > fresh["security"]

    db = tmp_path / "p.db"
    records = [{"id": d.id, "text": d.text, "topics": d.topics, "status": "done"} for d in documents]
    records.append({"id": "new", "text": "ارتفعت أسعار النفط مجددا وقال البنك إن الاقتصاد يتعافى", "status": "new"})
    assert main(["import", "--db", str(db), "--no-progress", str(write_jsonl(tmp_path / "a.jsonl", records))]) == 0
    window = shown_window(qtbot, db)
    try:
        window.learn()
        window.open_document(window.project.key_of("new"))
        rows = {window.topic_panel.topic_at(row): window.topic_panel.item(row) for row in range(window.topic_panel.count())}
        assert rows["economy"].font().italic() and "suggests" in rows["economy"].toolTip()
        assert not rows["security"].font().italic()
        window.set_topic("economy", True)  # accepted: no longer marked
        assert not rows["economy"].font().italic()
    finally:
        window.close()
        window.close_project()


def test_word_clusters_put_words_that_keep_the_same_company_together():
    """Learnt without labels: names that stand after قال الوزير share a class; cities after وصل إلى another."""
    pytest.importorskip("sklearn", reason="word clusters need the learn extra")
    from annotator.core.arabic import fold
    from annotator.core.learn.features import stem
    from annotator.core.learn.vectors import word_knowledge

    people = ["زياد", "كمال", "سمير", "هشام", "رامي", "وليد", "نبيل", "عادل"]
    cities = ["بغداد", "دمشق", "عمان", "تونس", "صنعاء", "الرباط", "بيروت", "القاهرة"]
    texts = []
    for n in range(240):
        person, city = people[n % len(people)], cities[(n * 3) % len(cities)]
        texts.append(f"قال الوزير {person} أمس إن الوفد وصل إلى {city} صباحا 😀 وسيبقى هناك.")
    classes, clusters = word_knowledge(texts, sizes=(3, 6))
    key = {word: stem(fold(word)) for word in people + cities}  # as the features look words up
    assert classes[key["زياد"]] == ("وزير", "امس") and classes[key["دمشق"]][0] == "الى"
    coarse = {word: clusters[key[word]][0] for word in people + cities}
    assert len({coarse[p] for p in people}) == 1 and len({coarse[c] for c in cities}) == 1
    assert coarse["زياد"] != coarse["دمشق"]
    assert all(len(clusters[key[word]]) == 2 and clusters[key[word]][0].startswith("3:") for word in people)
    assert word_knowledge(texts, sizes=(3, 6)) == (classes, clusters)  # the same articles, the same classes
    assert word_knowledge(texts[:2], sizes=(3, 6))[1] == {}  # too little text: no clusters, no error


def test_training_in_a_child_process_keeps_the_model_or_says_why_not(tmp_path):
    from annotator.core.learn.project_model import train_in_child

    db = tmp_path / "p.db"
    assert main(["import", "--db", str(db), "--no-progress",
                 str(write_jsonl(tmp_path / "bare.jsonl", [{"id": "x", "text": "نص بلا أسماء"}]))]) == 0
    with pytest.raises(ValueError, match="nothing to learn from"):
        train_in_child(db)
    with pytest.raises(RuntimeError, match=r"the training stopped \(exit 1\): .*missing\.db"):
        train_in_child(tmp_path / "missing.db")  # the child's own sentence, inside a translatable one
    (tmp_path / "second").mkdir()
    db = project_with_an_unseen_name(tmp_path / "second", status="new", document_id="fresh")

    class Stop(Exception):
        pass

    def stop():
        raise Stop

    with pytest.raises(Stop):
        train_in_child(db, waiting=stop)  # Cancel: the child is stopped, nothing kept
    with Project.open(db) as project:
        assert project.conn.execute("SELECT COUNT(*) FROM models").fetchone()[0] == 0
    trained = train_in_child(db, iterations=30)
    assert trained.documents > 0 and 0 <= trained.scores["f1"] <= 1 and trained.seconds > 0
    with Project.open(db) as project:
        assert project.conn.execute("SELECT COUNT(*) FROM models").fetchone()[0] == 1


def test_a_rejected_model_suggestion_is_not_offered_again_and_teaches_the_model(tmp_path, qtbot):
    from annotator.core.learn.project_model import training_documents
    from conftest import shown_window

    db = project_with_an_unseen_name(tmp_path, status="new", document_id="fresh")
    assert main(["train", "--db", str(db), "--iterations", "40"]) == 0
    window = shown_window(qtbot, db)
    try:
        window.open_document(window.project.key_of("fresh"))
        # both mentions offered by the model (its names come before the quotes, which link to them)
        offered, _ = [e for e in window.document.entities if e.source == "model" and e.text == "زيـــاد عُمر"]
        assert 0.5 <= offered.confidence <= 1  # shown on hover, kept with the suggestion
        from types import SimpleNamespace

        hover = window.describe_span(SimpleNamespace(kind="entity", id=offered.id))
        assert f"the model is {round(offered.confidence * 100)}% sure" in hover
        window.select_span("entity", offered.id)
        window.delete_selected()  # Delete: rejected
        key = window.document.key
        assert window.project.rejections(key) == {(offered.start, offered.end, "PERSON")}
        window.suggest_with_model()  # asked again: everything but the rejected name
        assert not any((e.start, e.end, e.source) == (offered.start, offered.end, "model") for e in window.document.entities)
        window.history.undo()  # undoing the rejection brings the suggestion back, and forgets the rejection
        assert window.project.rejections(key) == set()
        assert any((e.start, e.end, e.source) == (offered.start, offered.end, "model") for e in window.document.entities)
        window.history.redo()
        assert window.project.rejections(key) == {(offered.start, offered.end, "PERSON")}
        sentence = next(d for d in training_documents(window.project) if d.id.startswith("fresh#"))
        assert "زيـــاد عُمر" in sentence.text and sentence.entities == []  # negative evidence for the next training
    finally:
        window.close()
        window.close_project()
    assert main(["suggest", "--db", str(db), "--model"]) == 0  # the command line honours it too
    with Project.open(db) as project:
        assert not any((e.start, e.end, e.source) == (offered.start, offered.end, "model")
                       for e in project.document(key).entities)


def test_deleting_an_accepted_name_is_no_rejection(tmp_path):
    from annotator.core import ops

    db = project_with_an_unseen_name(tmp_path, status="new", document_id="fresh")
    with Project.open(db) as project:
        document = project.document(project.key_of("d0"))
        entity = next(e for e in document.entities if not e.suggested)
        change = ops.delete_entity(project, entity.id, annotator=None)
        assert [edit.table for edit in change.edits][-1] == "entities"
        assert project.rejections(document.key) == set()


def test_the_second_pass_sees_how_the_first_tagged_the_same_word_elsewhere_in_the_document():
    """The first pass found زكريا once as a person's last name and missed it later: the later one hears so,
    through an emoji, harakat, tatweel, a bidi mark and CRLF (positions are code points, like the text's)."""
    from annotator.core.learn.second_pass import DocumentContext

    text = "قال طلعت زكريا 😀 إن\r\nالعرض بدأ.\u200f وأضاف زكـــريّا أن العرض نجح."
    read = crf.sentences(text)
    words = [[text[a:b] for a, b in tokens] for tokens in read]
    tags = [["B-PERS" if w == "طلعت" else "I-PERS" if w == "زكريا" else "O" for w in sentence] for sentence in words]
    context = DocumentContext(text, read, tags)
    later = next(tokens for tokens in read if any(text[a:b] == "زكـــريّا" for a, b in tokens))
    rows = dict(zip((text[a:b] for a, b in later), context.features(text, later)))
    assert rows["زكـــريّا"] == ["first=O", "doc=PERS", "doc=PERS:all", "place=I-PERS"]  # its one other use: a name
    assert rows["وأضاف"] == ["first=O", "1:doc=PERS"]  # never a name itself; its neighbour is one
    assert rows["أن"] == ["first=O", "-1:doc=PERS"]
    first = next(tokens for tokens in read if any(text[a:b] == "زكريا" for a, b in tokens))
    rows = dict(zip((text[a:b] for a, b in first), context.features(text, first)))
    assert rows["زكريا"] == ["first=I-PERS"]  # its own tag is not counted again as the document's word
    # training cuts tokens at an entity's edge (و|طلعت): the piece hears its whole token's tag
    assert context.tag_at(text.index("طلعت") + 2) == "B-PERS"


def test_a_trained_model_keeps_its_second_pass_and_a_model_without_one_still_suggests(tmp_path, capsys):
    from annotator.core.learn.project_model import latest

    db = tmp_path / "p.db"
    records = [article(f"{first} {last}", CITIES[n % len(CITIES)]) for n, (first, last) in enumerate(NAMES[:24])]
    assert main(["import", "--db", str(db), "--no-progress", str(write_jsonl(tmp_path / "a.jsonl", records))]) == 0
    assert main(["train", "--db", str(db), "--iterations", "30"]) == 0
    text = article("زيـــاد عُمر", "صنعاء", prefix="خبر 😀 عاجل\u200f\r\n")["text"]
    with Project.open(db) as project:
        [(second,)] = project.conn.execute("SELECT second FROM models").fetchall()
        assert second  # trained with two passes and kept in the project file
        model = latest(project)
        assert model.second_tagger is not None
        found = {(text[p.start:p.end], p.label) for p in model.predict(text)}
        assert ("زيـــاد عُمر", "PERSON") in found
        assert 0 <= model.uncertainty(text) <= 1
        project.conn.execute("UPDATE models SET second = NULL")  # as a model trained before version 9 is kept
        model = latest(project)
        assert model.second_tagger is None
        assert ("زيـــاد عُمر", "PERSON") in {(text[p.start:p.end], p.label) for p in model.predict(text)}


def test_too_few_documents_to_halve_train_one_pass():
    from annotator.core.model import Document, Entity

    text = "قال الوزير سامر إن الوفد وصل."
    at = text.index("سامر")
    one = Document(id="one", text=text, entities=[Entity(start=at, end=at + 4, label="PERSON", text="سامر")])
    first, second = crf.train_two_pass([one], iterations=5)
    assert first and second is None  # one half has no name to learn from: no second pass, no error
    assert crf.Model(first).predict(text) is not None
