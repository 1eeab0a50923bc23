"""Pre-annotation: other occurrences, the gazetteer, quotes from cues; suggestions never leave unaccepted."""

import io
import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.cli import main
from annotator.core import ops
from annotator.core.model import Document, Entity
from annotator.core.selection import Selection, selected_documents
from annotator.core.suggest import (
    find_names,
    gazetteer_suggestions,
    other_occurrences,
    project_gazetteer,
    quote_suggestions,
    suggest_document,
)
from annotator.formats import native


def entities_for(text, names, label="PERSON"):
    found = []
    for name in names:
        for match in re.finditer(name, text):
            found.append(Entity(start=match.start(), end=match.end(), label=label, text=name, id=len(found) + 1))
    return found


def test_other_occurrences_fold_harakat_and_leave_proclitics_out():
    text = "قال بلينكن إن الشراكة قوية. وأكد وبلينكن ثم بِلِينكن أن بلينكنز ليس هنا"
    document = Document(id="d", text=text)
    suggestions = other_occurrences(document, 4, 10, "PERSON")
    assert [text[s.start:s.end] for s in suggestions] == ["بلينكن", "بِلِينكن"]
    assert all(s.label == "PERSON" for s in suggestions)


def test_multi_word_names_and_alef_variants():
    text = "التقى وزير الخارجية انتوني بلينكن ثم أنتوني بلينكن وبأنتوني بلينكن"
    found = find_names(text, {"انتوني بلينكن": "PERSON"})
    assert [text[s.start:s.end] for s in found] == ["انتوني بلينكن", "أنتوني بلينكن", "أنتوني بلينكن"]


def test_gazetteer_takes_the_label_used_most_and_skips_tagged_places(project):
    with project.transaction():
        key = project.insert_document(Document(id="a", text="واشنطن وواشنطن وبغداد"), annotator="x")
    for start, end, label in ((0, 6, "GPE"), (8, 14, "GPE"), (16, 21, "LOC")):
        ops.add_entity(project, key, start, end, label, annotator="x")
    ops.add_entity(project, key, 8, 14, "LOC", annotator="x")
    gazetteer = project_gazetteer(project)
    assert gazetteer["واشنطن"] == "GPE" and gazetteer["بغداد"] == "LOC"
    text = "زار الوفد بواشنطن ثم بغداد، ثم عاد إلى واشنطن"
    document = Document(id="b", text=text, entities=[Entity(start=text.rindex("واشنطن"), end=len(text), label="GPE", text="واشنطن")])
    suggestions = gazetteer_suggestions(document, gazetteer)
    assert [(text[s.start:s.end], s.label) for s in suggestions] == [("واشنطن", "GPE"), ("بغداد", "LOC")]


@pytest.fixture
def seed_document(seed_article):
    from annotator.formats.txt import read

    text = next(read(seed_article)).text
    return Document(id="seed", text=text, entities=entities_for(text, ["فؤاد حسين", "حسين", "أنتوني بلينكن", "بلينكن"]))


def _quotes(document):
    names = {e.id: e.text for e in document.entities}
    return [
        (document.text[q.cue[0]:q.cue[1]], names.get(q.speaker) or q.speaker_text, document.text[q.start:q.end])
        for q in quote_suggestions(document)
    ]


def test_seed_article_quotes(seed_document):
    quotes = _quotes(seed_document)
    by_opening = {text.split()[0] + " " + text.split()[1]: (cue, speaker, text) for cue, speaker, text in quotes}
    cue, speaker, text = by_opening["نحن متواجدون"]
    assert (cue, speaker) == ("قال", "حسين") and text.endswith("مصالح البلدين والشعبين")
    cue, speaker, text = by_opening["تتمثل أسس"]
    assert (cue, speaker) == ("أضاف", "حسين") and text.endswith("في مجال التعليم")  # وأضاف: who spoke last
    cue, speaker, text = by_opening["الشراكة بين"]
    assert (cue, speaker) == ("قال", "بلينكن") and text.endswith("القتال المشترك ضد داعش")  # قال بلينكن إن …
    cue, speaker, text = by_opening["ليست مجرد"]  # «وحول العلاقات مع أمريكا، أكد أنها …»: no subject, who spoke last
    assert (cue, speaker) == ("أكد", "حسين") and text.endswith("علاقات واسعة النطاق")
    assert len(quotes) == 11


@pytest.mark.parametrize("sentence, cue, speaker, quote", [
    ('وقال كلوب في تصريحات للموقع الرسمي: "القرعة دائما صعبة علينا".', "قال", None, "القرعة دائما صعبة علينا"),
    ("وأكد المتحدث باسم الوزارة «أن الوضع تحت السيطرة تماما».", "أكد", "المتحدث باسم الوزارة", "أن الوضع تحت السيطرة تماما"),
    ("وشدد الوزير، مؤكدا أن الحكومة ماضية في الإصلاحات الاقتصادية.", "شدد", None, None),
    ("وبيّن الوزير أن الاتفاق سيوقع قريبا في العاصمة.", "بيّن", "الوزير", "الاتفاق سيوقع قريبا في العاصمة"),
    ("وأفاد المرصد أيضا أن26 مدنيا قتلوا 😀 في القصف.", "أفاد", "المرصد", "26 مدنيا قتلوا 😀 في القصف"),
])
def test_cue_patterns_on_news_sentences(sentence, cue, speaker, quote):
    document = Document(id="x", text=sentence, entities=entities_for(sentence, ["كلوب"]))
    quotes = _quotes(document)
    if quote is None:
        assert all(q[0] != cue or q[2] for q in quotes)
        return
    assert quotes[0][0] == cue and quotes[0][2] == quote
    if speaker:
        assert quotes[0][1] == speaker
    else:
        assert quotes[0][1] == "كلوب"


def test_between_is_not_a_verb_of_saying():
    text = "وقعت اشتباكات بين الجيش والمتظاهرين أن الوضع متوتر جدا في المدينة."
    assert _quotes(Document(id="x", text=text)) == []


def test_a_source_named_with_hasabama_is_no_quote():
    text = "وعثر على اللوحة خلال تفتيش، حسبما ذكرت وكالة رويترز أن الحقيبة كانت مغلقة تماما."
    assert _quotes(Document(id="x", text=text)) == []


def test_suggestions_stay_out_of_exports_until_accepted(project, seed_document):
    with project.transaction():
        key = project.insert_document(Document(id="seed", text=seed_document.text), annotator="x")
    hussein = seed_document.text.index("حسين")
    ops.add_entity(project, key, hussein, hussein + 4, "PERSON", annotator="amal")
    changes = suggest_document(project, key, annotator="suggester")
    stored = project.document(key)
    assert any(e.suggested and e.source == "gazetteer" for e in stored.entities)
    assert any(q.suggested and q.source == "quote" for q in stored.quotes)

    def exported():
        buffer = io.StringIO()
        native.write(selected_documents(project, Selection()), buffer)
        return json.loads(buffer.getvalue())

    assert [e["source"] for e in exported()["entities"]] == ["manual"] and exported()["quotes"] == []
    quote = next(q for q in stored.quotes if q.suggested)
    ops.accept_suggestion(project, "quotes", quote.id, annotator="amal")
    [accepted] = exported()["quotes"]
    assert accepted["source"] == "quote" and accepted["annotator"] == "amal" and changes  # the kind is kept


def test_suggest_command(tmp_path, seed_article, capsys):
    db = str(tmp_path / "p.db")
    main(["import", "--db", db, "--no-progress", str(seed_article)])
    assert main(["suggest", "--db", db, "--no-progress"]) == 0
    assert "quotes in 1 documents" in capsys.readouterr().out
    stats = json.loads((main(["stats", "--db", db, "--json"]), capsys.readouterr().out)[1])
    assert stats["suggestions"] >= 9 and stats["quotes"] == 0


def test_the_gazetteer_drops_stop_words_and_remnants_and_forgets_deleted_names():
    from annotator.core.suggest import Gazetteer

    names = Gazetteer()
    for text, label in (("على", "PERSON"), ("ين", "PERSON"), ("فؤاد حسين", "PERSON"), ("2018", "DATE"), ("بغداد", "GPE")):
        names.add(text, label)
    assert names.names() == {"فءاد حسين": "PERSON", "بغداد": "GPE"}
    names.remove("بغداد", "GPE")
    assert "بغداد" not in names


def test_no_occurrence_offered_inside_a_longer_name_of_the_same_label():
    text = "قال وزير الخارجية فؤاد حسين إن حسين سيزور واشنطن."
    outer = text.index("فؤاد حسين")
    document = Document(id="x", text=text, entities=[Entity(start=outer, end=outer + 9, label="PERSON", text="فؤاد حسين", id=1)])
    inner = text.index("حسين", text.index("إن"))
    offered = other_occurrences(document, inner, inner + 4, "PERSON")
    assert offered == []  # the حسين inside فؤاد حسين is no new name


def test_a_speaker_named_but_untagged_is_offered_with_the_quote(project):
    text = "قال دان كوتيس إن القرار سيصدر قريبا. وقال مصدر مسؤول إن البيان جاهز."
    with project.transaction():
        key = project.insert_document(Document(id="k", text=text), annotator="x")
    suggest_document(project, key, annotator="suggester", gazetteer={})
    stored = project.document(key)
    [person] = [e for e in stored.entities if e.suggested]
    assert (person.text, person.label, person.source) == ("دان كوتيس", "PERSON", "quote")
    quotes = {q.text: q for q in stored.quotes}
    assert quotes["القرار سيصدر قريبا"].speaker == person.id
    assert quotes["البيان جاهز"].speaker_text == "مصدر مسؤول" and quotes["البيان جاهز"].speaker is None


@settings(max_examples=80)
@given(st.lists(st.tuples(st.integers(0, 60), st.integers(1, 8)), max_size=12), st.integers(0, 50))
def test_occurrences_inside_a_name_of_the_label_are_left_out_as_a_plain_scan_leaves_them(spans, at):
    from annotator.core import suggest as suggest_module
    from annotator.core.model import Document, Entity

    text = " ".join(["بغداد"] * 14)
    tagged = [Entity(start=s, end=min(len(text), s + n), label="GPE", text="x", id=i) for i, (s, n) in enumerate(spans)]
    document = Document(id="d", text=text, entities=tagged)
    start = text.index("بغداد", at % 40)
    found = suggest_module.other_occurrences(document, start, start + 5, "GPE")
    same = [(e.start, e.end) for e in tagged] + [(start, start + 5)]
    every = [m for m in range(len(text)) if text.startswith("بغداد", m)]
    expected = [(m, m + 5) for m in every if not any(s <= m and m + 5 <= e for s, e in same)]
    assert [(s.start, s.end) for s in found] == expected


def test_a_longer_name_the_model_finds_replaces_the_gazetteer_s_shorter_one_and_speaks(project):
    """محمد is known (an imported corpus tagged it); the model finds محمد بن سلمان around it: the longer
    name is offered, once, and the quote's speaker is linked to it. Emoji, tatweel, a bidi mark and CRLF
    before it: offsets stay the text's own."""
    from annotator.core.arabic import fold
    from annotator.core.suggest import EntitySuggestion

    text = "خبر 😀 عاجل\u200f\r\nوقـــال الأمير محمد بن سلمان إن السعودية لا تريد قنبلة نووية.\r\nوزار محمد المدينة."
    with project.transaction():
        key = project.insert_document(Document(id="x", text=text), annotator="x")
    at = text.index("محمد بن سلمان")
    model_names = [EntitySuggestion(at, at + len("محمد بن سلمان"), "PERSON", "model", 0.9),
                   EntitySuggestion(text.index("السعودية"), text.index("السعودية") + 8, "GPE", "model", 0.8)]
    suggest_document(project, key, annotator="suggester", gazetteer={fold("محمد"): "PERSON", fold("السعودية"): "GPE"},
                     model_names=model_names)
    stored = project.document(key)
    names = sorted((e.start, text[e.start:e.end], e.source) for e in stored.entities)
    second = text.rindex("محمد")
    assert names == [(at, "محمد بن سلمان", "model"), (text.index("السعودية"), "السعودية", "gazetteer"),
                     (second, "محمد", "gazetteer")]  # the same name of the gazetteer kept over the model's
    [quote] = stored.quotes
    speaker = next(e for e in stored.entities if e.id == quote.speaker)
    assert text[speaker.start:speaker.end] == "محمد بن سلمان" and speaker.text == "محمد بن سلمان"


def test_a_country_inside_an_office_that_speaks_is_not_its_speaker(project):
    from annotator.core.arabic import fold

    text = "وقال رئيس وزراء سنغافورة إنه لم يتلق أي طلب رسمي."
    with project.transaction():
        key = project.insert_document(Document(id="x", text=text), annotator="x")
    suggest_document(project, key, annotator="suggester", gazetteer={fold("سنغافورة"): "GPE"})
    [quote] = project.document(key).quotes
    assert quote.speaker is None and quote.speaker_text == "رئيس وزراء سنغافورة"
