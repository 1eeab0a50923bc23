"""Every interchange format: the annotated seed article round-trips as far as the format can carry it,
offsets stay exact with emoji and CRLF, and what a format drops is said on stderr."""

import json

import pytest

from annotator import formats
from annotator.cli import main
from annotator.core.store import Project

from helpers import span, write_jsonl
from test_native_roundtrip import annotated_seed, comparable

# What each two-way format keeps of the native document.
CARRIES = {
    "doccano": {"id", "text", "meta", "entities", "quotes", "topics", "status"},
    "label-studio": {"id", "text", "meta", "entities", "quotes", "topics", "status"},
    "prodigy": {"id", "text", "meta", "entities", "quotes", "topics", "status"},
    "brat": {"text", "entities", "quotes"},
}
SUFFIX = {"doccano": "x.doccano.jsonl", "label-studio": "x.label-studio.json", "prodigy": "x.prodigy.jsonl", "brat": "brat"}


@pytest.fixture
def seed_db(tmp_path, seed_article):
    from annotator.formats.txt import read

    original = annotated_seed(next(read(seed_article)).text)
    db = tmp_path / "seed.db"
    assert main(["import", "--db", str(db), "--no-progress", str(write_jsonl(tmp_path / "seed.jsonl", [original]))]) == 0
    return db, original


def native_documents(db, capsys):
    capsys.readouterr()
    assert main(["export", "--db", str(db)]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


@pytest.mark.parametrize("name", sorted(CARRIES))
def test_seed_article_round_trips_through(name, seed_db, tmp_path, capsys):
    db, original = seed_db
    target = tmp_path / SUFFIX[name]
    assert main(["export", "--db", str(db), "--format", name, "--out", str(target)]) == 0
    again = tmp_path / "again.db"
    code = main(["import", "--db", str(again), "--format", name, "--add-labels", "--no-progress", str(target)])
    assert code == 0, capsys.readouterr()
    [back] = native_documents(again, capsys)
    expected, got = comparable(original), comparable(back)
    for key in CARRIES[name]:
        assert got[key] == expected[key], (name, key)
    if "quotes" in CARRIES[name]:
        assert any(q[3] == "متحدث غير مذكور" for q in got["quotes"])  # the speaker not in the text survives


def test_formats_that_drop_things_say_so(seed_db, tmp_path, capsys):
    db, _ = seed_db
    capsys.readouterr()
    main(["export", "--db", str(db), "--format", "brat", "--out", str(tmp_path / "b")])
    assert "left out 2 topics" in capsys.readouterr().err
    main(["export", "--db", str(db), "--format", "conll", "--out", str(tmp_path / "c.conll")])
    assert "left out 2 quotes and 2 topics" in capsys.readouterr().err
    main(["export", "--db", str(db), "--format", "hf-tokens", "--out", str(tmp_path / "h.hf-tokens.jsonl")])
    assert "left out 1 nested entities and 2 quotes" in capsys.readouterr().err


def test_conll_round_trip_keeps_entities_and_nesting(seed_db, tmp_path, capsys):
    db, original = seed_db
    target = tmp_path / "seed.conll"
    main(["export", "--db", str(db), "--format", "conll", "--out", str(target)])
    again = tmp_path / "again.db"
    assert main(["import", "--db", str(again), "--format", "conll", "--no-progress", str(target)]) == 0
    [back] = native_documents(again, capsys)
    assert sorted((e["text"], e["label"]) for e in back["entities"]) == sorted((e["text"], e["label"]) for e in original["entities"])


TRICKY = "😀👍🏽 قال مُحَمَّد\r\nفي الريـــاض: «نحن هنا»"


def _utf16(text, offset):
    return len(text[:offset].encode("utf-16-le")) // 2


def _spans_of(tmp_path, name, path, capsys):
    db = tmp_path / f"{name}.db"
    assert main(["import", "--db", str(db), "--format", name, "--add-labels", "--no-progress", str(path)]) == 0, capsys.readouterr()
    [document] = native_documents(db, capsys)
    return document


def test_doccano_offsets_with_emoji_and_crlf(tmp_path, capsys):
    # doccano's front end counts UTF-16 units (JavaScript strings) and stores what it counted.
    a, b = TRICKY.index("مُحَمَّد"), TRICKY.index("الريـــاض")
    label = [[_utf16(TRICKY, a), _utf16(TRICKY, a + 8), "PERSON"], [_utf16(TRICKY, b), _utf16(TRICKY, b + 9), "GPE"]]
    path = tmp_path / "in.doccano.jsonl"
    path.write_text(json.dumps({"text": TRICKY, "label": label, "cats": ["politics"]}, ensure_ascii=False), encoding="utf-8")
    document = _spans_of(tmp_path, "doccano", path, capsys)
    assert "\r" not in document["text"]
    assert [e["text"] for e in document["entities"]] == ["مُحَمَّد", "الريـــاض"] and document["topics"] == ["politics"]


def test_label_studio_counts_utf16_and_reads_predictions_as_suggestions(tmp_path, capsys):
    a, b = TRICKY.index("مُحَمَّد"), TRICKY.index("الريـــاض")
    task = {
        "data": {"text": TRICKY},
        "annotations": [{"result": [{"id": "r1", "type": "labels", "from_name": "label", "to_name": "text",
                                     "value": {"start": _utf16(TRICKY, a), "end": _utf16(TRICKY, a + 8), "labels": ["PERSON"],
                                               "text": "مُحَمَّد"}}]}],
        "predictions": [{"result": [{"id": "p1", "type": "labels", "from_name": "label", "to_name": "text",
                                     "value": {"start": _utf16(TRICKY, b), "end": _utf16(TRICKY, b + 9), "labels": ["GPE"]}}]}],
    }
    path = tmp_path / "in.label-studio.json"
    path.write_text(json.dumps([task], ensure_ascii=False), encoding="utf-8")
    db = tmp_path / "ls.db"
    assert main(["import", "--db", str(db), "--no-progress", str(path)]) == 0
    with Project.open(db) as project:
        [document] = project.documents(include_suggested=True)
    assert [(e.text, e.source, e.suggested) for e in document.entities] == [("مُحَمَّد", "import", False), ("الريـــاض", "model", True)]
    capsys.readouterr()
    main(["export", "--db", str(db), "--format", "label-studio", "--out", str(tmp_path / "out.json")])
    [exported] = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    [region] = exported["annotations"][0]["result"]
    text = exported["data"]["text"]
    assert region["value"]["start"] == _utf16(text, text.index("مُحَمَّد"))  # UTF-16 again on the way out


def test_brat_pairs_in_a_folder_with_crlf_text(tmp_path, capsys):
    folder = tmp_path / "brat"
    folder.mkdir()
    (folder / "doc1.txt").write_bytes(TRICKY.encode("utf-8"))
    a, b = TRICKY.index("مُحَمَّد"), TRICKY.index("نحن هنا")
    (folder / "doc1.ann").write_text(
        f"T1\tPERSON {a} {a + 8}\tمُحَمَّد\nT2\tQuote {b} {b + 7}\tنحن هنا\nR1\tSpeaker Arg1:T2 Arg2:T1\nA1\tNegated T1\n",
        encoding="utf-8")
    db = tmp_path / "brat.db"
    assert main(["import", "--db", str(db), "--no-progress", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "imported 1 documents from 1 files" in out and "left out 1 attribute" in out
    [document] = native_documents(db, capsys)
    assert document["id"] == "doc1" and document["entities"][0]["text"] == "مُحَمَّد"
    assert document["quotes"][0]["text"] == "نحن هنا" and document["quotes"][0]["speaker"] == "e1"


def test_brat_fragments_across_a_line_break_are_one_span_and_split_ones_are_named(tmp_path, capsys):
    text = "قال علي اليوم\nإن الوزير\nوصل"
    (tmp_path / "d.txt").write_text(text, encoding="utf-8")
    a, b = text.index("إن"), text.index("وصل") + 3
    (tmp_path / "d.ann").write_text(
        f"T1\tQuote {a} {a + 9};{a + 10} {b}\t{text[a:a + 9]} {text[a + 10:b]}\n"
        "T2\tPERSON 4 5;6 7\tع ي\n", encoding="utf-8")
    assert main(["import", "--db", str(tmp_path / "p.db"), "--format", "brat", "--no-progress", str(tmp_path / "d.ann")]) == 0
    assert "left out 1 discontinuous spans whose pieces have words between them (T2)" in capsys.readouterr().out
    [document] = native_documents(tmp_path / "p.db", capsys)
    assert [q["text"] for q in document["quotes"]] == ["إن الوزير\nوصل"] and document["entities"] == []


def test_prodigy_tokens_spans_relations_and_stable_hashes(seed_db, tmp_path):
    db, _ = seed_db
    outputs = []
    for n in range(2):
        target = tmp_path / f"p{n}.prodigy.jsonl"
        main(["export", "--db", str(db), "--format", "prodigy", "--out", str(target)])
        outputs.append(target.read_text(encoding="utf-8"))
    assert outputs[0] == outputs[1]
    task = json.loads(outputs[0])
    tokens = task["tokens"]
    for entry in task["spans"]:
        assert tokens[entry["token_start"]]["start"] == entry["start"] and tokens[entry["token_end"]]["end"] == entry["end"]
        assert task["text"][entry["start"]:entry["end"]] == entry["text"]
    [relation] = [r for r in task["relations"] if r["label"] == "SPEAKER"]
    assert relation["head"] == relation["head_span"]["token_end"] and relation["child_span"]["label"] == "PERSON"
    assert task["accept"] == ["diplomacy", "security"] and {"id": "politics", "text": "Politics"} in task["options"]
    assert isinstance(task["_input_hash"], int) and -2**31 <= task["_task_hash"] < 2**31


def test_spacy_docbin_holds_every_span(seed_db, tmp_path):
    spacy = pytest.importorskip("spacy", reason="the spacy extra is not installed")
    from spacy.tokens import DocBin

    db, original = seed_db
    target = tmp_path / "seed.spacy"
    assert main(["export", "--db", str(db), "--format", "spacy", "--out", str(target)]) == 0
    [doc] = list(DocBin().from_bytes(target.read_bytes()).get_docs(spacy.blank("ar").vocab))
    assert doc.text == original["text"]
    assert sorted((s.start_char, s.end_char, s.label_) for s in doc.spans["sc"]) == sorted(
        (e["start"], e["end"], e["label"]) for e in original["entities"])
    ents = list(doc.ents)
    assert all(not (a.start < b.end and b.start < a.end) for n, a in enumerate(ents) for b in ents[n + 1:])
    assert doc.cats["diplomacy"] == 1.0 and doc.cats["politics"] == 0.0
    hussein = next(e for e in original["entities"] if e["id"] == original["quotes"][0]["speaker"])
    assert list(doc.user_data["quotes"][0]["speaker"]) == [hussein["start"], hussein["end"]]
    by_id = {e["id"]: [e["start"], e["end"]] for e in original["entities"]}
    assert sorted((list(r["head"]), list(r["tail"]), r["label"]) for r in doc.user_data["relations"]) == sorted(
        (by_id[r["head"]], by_id[r["tail"]], r["label"]) for r in original["relations"])


@pytest.mark.parametrize("count", [0, 1, 3])
def test_spacy_export_is_byte_for_byte_what_docbin_writes(seed_db, count):
    """The export streams its DocBin (the token tables go through temporary files, issue 11); what it writes
    must be exactly spaCy's own `DocBin.to_bytes()` for the same documents."""
    import io
    import zlib

    spacy = pytest.importorskip("spacy", reason="the spacy extra is not installed")
    from spacy.tokens import DocBin
    from annotator.formats import spacy_docbin

    db, _ = seed_db
    with Project.open(db) as project:
        [seed] = list(project.documents())
        topics = project.schema().topics
    documents = [seed] * count
    written = io.BytesIO()
    spacy_docbin.write(documents, written, topics=topics)
    captured = []
    original = spacy_docbin._StreamedDocBin

    class Plain(original):  # the same documents through spaCy's own DocBin, kept whole
        def add(self, doc):
            captured.append(doc)

        def write(self, stream):
            whole = DocBin(attrs=self.bin.attrs, store_user_data=True)
            for doc in captured:
                whole.add(doc)
            stream.write(whole.to_bytes())

    spacy_docbin._StreamedDocBin = Plain
    try:
        expected = io.BytesIO()
        spacy_docbin.write(documents, expected, topics=topics)
    finally:
        spacy_docbin._StreamedDocBin = original
    assert zlib.decompress(written.getvalue()) == zlib.decompress(expected.getvalue())
    docs = list(DocBin().from_bytes(written.getvalue()).get_docs(spacy.blank("ar").vocab))
    assert len(docs) == count and all(doc.text == seed.text for doc in docs)


def test_spacy_keeps_entities_inside_tokens_exact(tmp_path):
    spacy = pytest.importorskip("spacy", reason="the spacy extra is not installed")
    from spacy.tokens import DocBin

    text = "😀 قال إن وبالعراق شريك"
    db = tmp_path / "p.db"
    main(["import", "--db", str(db), "--no-progress", str(write_jsonl(tmp_path / "a.jsonl", [{"text": text, "entities": [span(text, "العراق", "GPE")]}]))])
    main(["export", "--db", str(db), "--format", "spacy", "--out", str(tmp_path / "o.spacy")])
    [doc] = list(DocBin().from_bytes((tmp_path / "o.spacy").read_bytes()).get_docs(spacy.blank("ar").vocab))
    assert [(e.text, e.label_) for e in doc.ents] == [("العراق", "GPE")]


def test_hugging_face_token_and_text_classification(seed_db, tmp_path):
    db, original = seed_db
    target = tmp_path / "train.hf-tokens.jsonl"
    assert main(["export", "--db", str(db), "--format", "hf-tokens", "--out", str(target)]) == 0
    names = json.loads((tmp_path / "train.labels.json").read_text(encoding="utf-8"))
    rows = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    tagged = [(token, names[tag]) for row in rows for token, tag in zip(row["tokens"], row["ner_tags"]) if tag]
    assert ("بلينكن", "B-PERSON") in tagged and names[0] == "O"
    assert all(len(row["tokens"]) == len(row["ner_tags"]) for row in rows)
    text_target = tmp_path / "topics.hf-text.jsonl"
    main(["export", "--db", str(db), "--format", "hf-text", "--out", str(text_target)])
    assert json.loads(text_target.read_text(encoding="utf-8"))["labels"] == ["diplomacy", "security"]


def test_every_format_is_registered_once():
    assert formats.readable() == ["native", "txt", "conll", "doccano", "label-studio", "prodigy", "brat"]
    assert formats.writable() == ["native", "conll", "doccano", "label-studio", "prodigy", "brat", "spacy", "hf-tokens", "hf-text"]
    assert formats.guess(__import__("pathlib").Path("a.doccano.jsonl")) == "doccano"
    assert formats.guess(__import__("pathlib").Path("a.jsonl")) == "native"


def test_prodigy_offsets_with_emoji_and_crlf(tmp_path, capsys):
    a = TRICKY.index("مُحَمَّد")
    task = {"text": TRICKY, "spans": [{"start": a, "end": a + 8, "label": "PERSON"}], "accept": ["politics"], "answer": "accept"}
    path = tmp_path / "in.prodigy.jsonl"
    path.write_text(json.dumps(task, ensure_ascii=False), encoding="utf-8")
    document = _spans_of(tmp_path, "prodigy", path, capsys)
    assert document["entities"][0]["text"] == "مُحَمَّد" and document["status"] == "done" and document["topics"] == ["politics"]


def test_doccano_lines_all_carry_the_same_keys(seed_db, tmp_path, capsys):
    """doccano reads through pandas: a key missing from one line becomes NaN in that example's
    metadata and doccano refuses the whole file, so every line has every key."""
    db, original = seed_db
    plain = tmp_path / "plain.jsonl"
    plain.write_text(json.dumps({"text": "نص بلا تعليقات 😀"}, ensure_ascii=False) + "\n", encoding="utf-8")
    assert main(["import", "--db", str(db), "--no-progress", str(plain)]) == 0
    target = tmp_path / "x.doccano.jsonl"
    assert main(["export", "--db", str(db), "--format", "doccano", "--out", str(target)]) == 0
    tasks = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert len(tasks) == 2 and set(tasks[0]) == set(tasks[1])
    assert tasks[0]["quote_speakers"] and tasks[1]["quote_speakers"] == []
    for name in ("doccano-project.json", "doccano-span-labels.json", "doccano-relation-labels.json"):
        assert (tmp_path / f"x.{name}").exists()
    project = json.loads((tmp_path / "x.doccano-project.json").read_text(encoding="utf-8"))
    assert project["allow_overlapping"] and project["use_relation"]


def _ls_region(text, surface, label, region_id, occurrence=0):
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(surface, start + 1)
    return {"id": region_id, "type": "labels", "from_name": "label", "to_name": "text",
            "value": {"start": _utf16(text, start), "end": _utf16(text, start + len(surface)), "text": surface, "labels": [label]}}


def test_label_studio_links_as_analysts_draw_them(tmp_path, capsys):
    """Unlabelled links, links drawn from the speaker to the quote or with direction left, and a cue no link
    claims: each lands where it means; a link that cannot be placed is named, and nothing overwrites a speaker."""
    text = "😀 قال الوزير علي: «سنعمل معاً» وأضاف: «الحوار أولاً»، وفق ما قاله حزب النور في القاهرة."
    result = [
        _ls_region(text, "علي", "PERSON", "p"), _ls_region(text, "حزب النور", "ORG", "o"), _ls_region(text, "القاهرة", "GPE", "g"),
        _ls_region(text, "سنعمل معاً", "QUOTE", "q1"), _ls_region(text, "قال", "CUE", "c1"),
        _ls_region(text, "الحوار أولاً", "QUOTE", "q2"), _ls_region(text, "وأضاف", "CUE", "c2"),
        {"type": "relation", "from_id": "q1", "to_id": "c1", "direction": "right", "labels": []},  # unlabelled: the cue
        {"type": "relation", "from_id": "p", "to_id": "q1", "direction": "right", "labels": ["SPEAKER"]},  # drawn backwards
        {"type": "relation", "from_id": "p", "to_id": "q2", "direction": "left", "labels": ["SPEAKER"]},  # direction left
        {"type": "relation", "from_id": "o", "to_id": "g", "direction": "right", "labels": ["LOCATED_IN"]},
        {"type": "relation", "from_id": "o", "to_id": "p", "direction": "right"},  # unlabelled between entities
    ]
    path = tmp_path / "in.label-studio.json"
    path.write_text(json.dumps([{"data": {"text": text}, "annotations": [{"completed_by": 1, "result": result}]}],
                               ensure_ascii=False), encoding="utf-8")
    db = tmp_path / "ls.db"
    assert main(["import", "--db", str(db), "--no-progress", str(path)]) == 0
    out = capsys.readouterr().out
    assert "left out an unlabelled link between two entities" in out
    [document] = native_documents(db, capsys)
    entities = {e["id"]: e["text"] for e in document["entities"]}
    assert sorted(entities.values()) == ["القاهرة", "حزب النور", "علي"]  # no CUE entities
    quotes = {q["text"]: q for q in document["quotes"]}
    assert entities[quotes["سنعمل معاً"]["speaker"]] == "علي" and quotes["سنعمل معاً"]["cue"]["text"] == "قال"
    assert entities[quotes["الحوار أولاً"]["speaker"]] == "علي"
    assert quotes["الحوار أولاً"]["cue"]["text"] == "وأضاف"  # claimed by no link, it stands just before the quote
    assert [(entities[r["head"]], r["label"], entities[r["tail"]]) for r in document["relations"]] == [
        ("حزب النور", "LOCATED_IN", "القاهرة")]


def test_brat_tutorial_relation_and_prodigy_relation_are_kept(tmp_path, capsys):
    folder = tmp_path / "brat"
    folder.mkdir()
    text = "وصل الوفد إلى بغداد عاصمة العراق"
    (folder / "d.txt").write_text(text, encoding="utf-8")
    a, b = text.index("بغداد"), text.index("العراق")
    (folder / "d.ann").write_text(f"T1\tGPE {a} {a + 5}\tبغداد\nT2\tGPE {b} {b + 6}\tالعراق\nR1\tLocated Arg1:T1 Arg2:T2\n",
                                  encoding="utf-8")
    assert main(["import", "--db", str(tmp_path / "b.db"), "--add-labels", "--no-progress", str(folder)]) == 0
    [document] = native_documents(tmp_path / "b.db", capsys)
    assert [(r["label"], r["head"], r["tail"]) for r in document["relations"]] == [("Located", "e1", "e2")]
    task = {"text": text, "spans": [{"start": a, "end": a + 5, "label": "GPE"}, {"start": b, "end": b + 6, "label": "GPE"}],
            "relations": [{"head": 3, "child": 5, "label": "PART_OF", "head_span": {"start": a, "end": a + 5, "label": "GPE"},
                           "child_span": {"start": b, "end": b + 6, "label": "GPE"}}], "answer": "accept"}
    path = tmp_path / "in.prodigy.jsonl"
    path.write_text(json.dumps(task, ensure_ascii=False), encoding="utf-8")
    document = _spans_of(tmp_path, "prodigy", path, capsys)
    assert [(r["label"], r["head"], r["tail"]) for r in document["relations"]] == [("PART_OF", "e1", "e2")]


def test_every_brat_line_holds_the_documents_own_text(seed_db, tmp_path):
    db, original = seed_db
    folder = tmp_path / "brat"
    assert main(["export", "--db", str(db), "--format", "brat", "--out", str(folder)]) == 0
    [ann] = folder.glob("*.ann")
    text = ann.with_suffix(".txt").read_text(encoding="utf-8")
    fragments = 0
    for line in ann.read_text(encoding="utf-8").splitlines():
        if line.startswith("T"):
            identifier, middle, surface = line.split("\t")
            pieces = [tuple(map(int, piece.split())) for piece in middle.split(" ", 1)[1].split(";")]
            assert surface == " ".join(text[a:b] for a, b in pieces)  # brat's own rule (DISCONT_SEP)
            assert all("\n" not in text[a:b] for a, b in pieces)
            fragments += len(pieces) > 1
    assert fragments  # the quote across paragraphs is written in pieces
    conf = (folder / "annotation.conf").read_text(encoding="utf-8")
    assert "<OVERLAP> Arg1:<ANY>, Arg2:<ANY>, <OVL-TYPE>:<ANY>" in conf and "HOLDS_TITLE Arg1:<ENTITY>, Arg2:<ENTITY>" in conf


def test_prodigy_tokens_rebuild_the_text_as_spacy_does(seed_db, tmp_path):
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    db, original = seed_db
    target = tmp_path / "x.prodigy.jsonl"
    assert main(["export", "--db", str(db), "--format", "prodigy", "--out", str(target)]) == 0
    task = json.loads(target.read_text(encoding="utf-8"))
    doc = Doc(Vocab(), words=[t["text"] for t in task["tokens"]], spaces=[t["ws"] for t in task["tokens"]])
    assert doc.text == task["text"] == original["text"]
    for span in task["spans"]:
        rebuilt = doc[span["token_start"]:span["token_end"] + 1]
        assert (rebuilt.start_char, rebuilt.end_char, rebuilt.text) == (span["start"], span["end"], span["text"])


def test_every_export_that_drops_something_says_what(seed_db, tmp_path, capsys):
    db, _ = seed_db
    said = {}
    for name, target in (("hf-text", "x.hf-text.jsonl"), ("prodigy", "x.prodigy.jsonl"), ("doccano", "x.doccano.jsonl"),
                         ("label-studio", "x.label-studio.json"), ("conll", "x.conll")):
        capsys.readouterr()
        assert main(["export", "--db", str(db), "--format", name, "--out", str(tmp_path / target)]) == 0
        said[name] = capsys.readouterr().err
    assert "left out 5 entities, 2 quotes, 2 relations" in said["hf-text"]
    assert all("annotator" in said[name] for name in ("prodigy", "doccano", "label-studio"))
    assert "and 2 relations" in said["conll"]
    capsys.readouterr()
    assert main(["export", "--db", str(db), "--out", str(tmp_path / "missing" / "dir" / "x.jsonl")]) == 2
    assert "missing/dir is no folder" in capsys.readouterr().err


def test_spacy_training_config_tokenises_so_no_entity_is_misaligned(tmp_path, capsys):
    """`spacy train` rebuilds each text with the config's tokenizer; every entity must fall on its tokens
    (what `spacy debug data` counts as misaligned): names behind proclitics, before a direction mark, before `".`."""
    import spacy
    from spacy.tokens import DocBin
    from spacy.training import Example

    text = "😀 قال الريـــاضي\u200f إن وروسيا وبالعراق ولبنان \"مصر\". ووزير الخارجية علي بتونس"
    names = ["الريـــاضي", "روسيا", "العراق", "لبنان", "مصر", "وزير الخارجية", "تونس"]
    entities = [span(text, name, "GPE") for name in names]
    db = tmp_path / "p.db"
    path = write_jsonl(tmp_path / "in.jsonl", [{"id": "d", "text": text, "entities": entities}])
    assert main(["import", "--db", str(db), "--no-progress", str(path)]) == 0
    assert main(["export", "--db", str(db), "--format", "spacy", "--out", str(tmp_path / "x.spacy")]) == 0
    config = spacy.util.load_config(tmp_path / "x.spacy-config.cfg")
    nlp = spacy.util.load_model_from_config(config, auto_fill=True)
    [gold] = DocBin().from_disk(tmp_path / "x.spacy").get_docs(nlp.vocab)
    assert [e.text for e in gold.spans["sc"]] == names
    example = Example(nlp.make_doc(gold.text), gold)
    lengths = example.alignment.x2y.lengths
    assert [t.text for t in example.predicted if not t.is_space and lengths[t.i] != 1] == []
    assert all(tag != "-" for tag in example.get_aligned_ner() if tag is not None)


def test_stats_count_relations(seed_db, capsys):
    db, _ = seed_db
    capsys.readouterr()
    assert main(["stats", "--db", str(db), "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["relations"] == 2 and stats["relation_labels"]["HOLDS_TITLE"] == 1 and stats["relation_labels"]["MET_WITH"] == 1
    assert main(["stats", "--db", str(db), "--no-shape"]) == 0
    assert "relations  2" in capsys.readouterr().out


def test_export_by_annotator_keeps_only_their_relations(seed_db, tmp_path, capsys):
    db, original = seed_db
    capsys.readouterr()
    assert main(["export", "--db", str(db), "--annotator", "analyst-2"]) == 0
    [document] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["label"] for r in document["relations"]] == []  # MET_WITH links an analyst-1 entity: it cannot stand alone
    assert main(["export", "--db", str(db), "--annotator", "analyst-1"]) == 0
    [document] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["label"] for r in document["relations"]] == ["HOLDS_TITLE"]
