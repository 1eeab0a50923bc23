"""Speakers by the kind of their label: a project labelled as ANERcorp is (PERS, ORG, LOC) links quotes to
its names as one labelled PERSON/ORG/GPE does."""

import pytest

from annotator.core.label_kinds import speaker_kinds
from annotator.core.model import Document, Entity, Label, LabelSchema, Topic
from annotator.core.quotes import quote_suggestions
from annotator.core.suggest import suggest_document


@pytest.mark.parametrize("labels, expected", [
    (["PERSON", "ORG", "NORP", "GPE", "DATE"], {"PERSON": "PERSON", "ORG": "ORG", "NORP": "NORP", "GPE": "GPE"}),
    (["PERS", "ORG", "LOC", "MISC"], {"PERS": "PERSON", "ORG": "ORG", "LOC": "GPE"}),  # ANERcorp: LOC holds countries
    (["PER", "ORGANIZATION", "LOCATION"], {"PER": "PERSON", "ORGANIZATION": "ORG", "LOCATION": "GPE"}),
    (["PERSON", "GPE", "LOC"], {"PERSON": "PERSON", "GPE": "GPE"}),  # OntoNotes: LOC is a mountain or a sea
    (["B-PER", "I-PER", "b-org"], {"B-PER": "PERSON", "I-PER": "PERSON", "b-org": "ORG"}),
    (["شخص", "منظمة", "مكان", "تاريخ"], {"شخص": "PERSON", "منظمة": "ORG", "مكان": "GPE"}),
    (["DATE", "MISC", "EVENT"], {}),
])
def test_the_kind_of_a_label_is_read_from_its_name(labels, expected):
    assert speaker_kinds(labels) == expected


def test_a_label_named_otherwise_is_known_by_its_display_names():
    labels = [Label("P1", "شخص", "Person", "#000"), Label("X", "جهة", "Body", "#000"), Label("Z", "زمن", "Time", "#000")]
    assert speaker_kinds(labels) == {"P1": "PERSON", "X": "ORG"}


def _tagged(text, names):
    entities = []
    for name, label in names:
        at = text.index(name)
        entities.append(Entity(start=at, end=at + len(name), label=label, text=name, id=len(entities) + 1))
    return entities


# Emoji, a harakah, tatweel, an RLM and CRLF before and inside: the speaker is found by kind, offsets untouched.
TEXT = "خبر 😀 عاجل\u200f\r\nوقـــال فلاديمير بوتين إن رُوسيا لن تتراجع.\r\nوقالت موسكو إن المحادثات انتهت."


def test_quotes_link_to_pers_and_loc_names_as_to_person_and_gpe():
    document = Document(id="d", text=TEXT, entities=_tagged(TEXT, [("فلاديمير بوتين", "PERS"), ("موسكو", "LOC")]))
    found = {TEXT[q.start:q.end]: q.speaker for q in quote_suggestions(document)}
    assert found == {"رُوسيا لن تتراجع": 1, "المحادثات انتهت": 2}


def test_a_label_the_schema_says_is_no_speaker_links_nothing():
    document = Document(id="d", text=TEXT, entities=_tagged(TEXT, [("فلاديمير بوتين", "MISC")]))
    [first, _] = quote_suggestions(document)
    assert first.speaker is None and first.speaker_text == "فلاديمير بوتين"


def _anercorp_schema(project, labels=("PERS", "ORG", "LOC", "MISC")):
    project.save_schema(LabelSchema(labels=[Label(name, name, name, "#888888") for name in labels],
                                    topics=[Topic("politics", "سياسة", "Politics")]))


def test_an_untagged_speaker_is_offered_with_the_schema_s_own_person_label(project):
    _anercorp_schema(project)
    text = "خبر 😀\u200f\r\nقال دان كوتيـس إن القرار سيصدر قريبا."
    with project.transaction():
        key = project.insert_document(Document(id="k", text=text), annotator="x")
    suggest_document(project, key, annotator="suggester", gazetteer={})
    stored = project.document(key)
    [person] = stored.entities
    assert (text[person.start:person.end], person.label, person.suggested) == ("دان كوتيـس", "PERS", True)
    assert stored.quotes[0].speaker == person.id


def test_a_schema_without_persons_keeps_the_speaker_as_text(project):
    _anercorp_schema(project, labels=("ORG", "MISC"))
    text = "قال دان كوتيس إن القرار سيصدر قريبا."
    with project.transaction():
        key = project.insert_document(Document(id="k", text=text), annotator="x")
    suggest_document(project, key, annotator="suggester", gazetteer={})
    stored = project.document(key)
    assert stored.entities == [] and stored.quotes[0].speaker_text == "دان كوتيس"


def test_the_speaker_list_orders_by_kind_whatever_the_labels_are_called():
    from annotator.gui.panels import speaker_choices

    text = "قالت موسكو ووزارة الدفاع وفلاديمير بوتين إن المحادثات انتهت."
    entities = _tagged(text, [("موسكو", "LOC"), ("وزارة الدفاع", "ORG"), ("فلاديمير بوتين", "PERS"), ("المحادثات", "MISC")])
    document = Document(id="d", text=text, entities=entities)
    quote = type("Q", (), {"start": text.index("المحادثات"), "end": len(text) - 1})()
    names = [e.label for e in speaker_choices(document, quote, speaker_kinds(["PERS", "ORG", "LOC", "MISC"]))]
    assert names == ["PERS", "ORG", "LOC"]
