"""A native JSONL file goes in and comes out the same (CONTRACT §2)."""

import io
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.core.store import Project
from annotator.core.text import normalise
from annotator.formats import native
from annotator.importer import ImportOptions, import_paths

from helpers import span, write_jsonl


def annotated_seed(text: str) -> dict:
    """The seed article with entities, nested entities, a multi-paragraph quote with speaker and cue, topics."""
    minister = span(text, "وزير الخارجية فؤاد حسين", "PERSON", annotator="analyst-1", source="manual")
    title = {**minister, "end": minister["start"] + len("وزير الخارجية"), "text": "وزير الخارجية", "label": "TITLE"}
    hussein = span(text, "حسين", "PERSON", occurrence=1, annotator="analyst-2", source="manual")
    blinken = span(text, "بلينكن", "PERSON", occurrence=2, annotator="analyst-1", source="manual")
    washington = span(text, "واشنطن", "GPE", annotator="analyst-1", source="manual")
    entities = sorted([minister, title, hussein, blinken, washington], key=lambda e: (e["start"], e["end"]))
    entities = [{"id": f"e{n}", **entity} for n, entity in enumerate(entities, start=1)]
    first_quote = text.index("نحن متواجدون هنا")
    end_quote = text.index("في مجال التعليم.") + len("في مجال التعليم")
    quote = {
        "id": "q1", "start": first_quote, "end": end_quote, "text": text[first_quote:end_quote],
        "speaker": next(e["id"] for e in entities if e["start"] == hussein["start"]),
        "speaker_text": None, "cue": {k: v for k, v in span(text, "وقال").items()},
        "annotator": "analyst-1", "source": "manual",
    }
    unnamed = span(text, "الشراكة بين الولايات المتحدة والعراق أوسع وأعمق بكثير من كل شيء")
    quote2 = {
        "id": "q2", **unnamed, "speaker": None, "speaker_text": "متحدث غير مذكور", "cue": None,
        "annotator": "analyst-2", "source": "manual",
    }
    def entity_id(entity):
        return next(e["id"] for e in entities if (e["start"], e["end"]) == (entity["start"], entity["end"]))

    relations = [
        {"id": "r1", "head": entity_id(minister), "tail": entity_id(title), "label": "HOLDS_TITLE",
         "annotator": "analyst-1", "source": "manual"},
        {"id": "r2", "head": entity_id(hussein), "tail": entity_id(blinken), "label": "MET_WITH",
         "annotator": "analyst-2", "source": "manual"},
    ]
    return {
        "id": "seed-1",
        "text": text,
        "meta": {"title": text.split("\n")[0], "source": "iraqi news site", "url": "https://example.org/a", "published": "2021-07-24"},
        "entities": entities,
        "quotes": [quote, quote2],
        "relations": relations,
        "topics": ["diplomacy", "security"],
        "status": "done",
    }


def export_all(project) -> list[dict]:
    buffer = io.StringIO()
    native.write(project.documents(), buffer)
    return [json.loads(line) for line in buffer.getvalue().splitlines()]


def comparable(document: dict) -> dict:
    """What CONTRACT §2 promises to keep: span ids may be renumbered, speakers compared by span."""
    entities = {e["id"]: (e["start"], e["end"], e["label"]) for e in document["entities"]}
    return {
        "id": document["id"], "text": document["text"], "meta": document["meta"],
        "entities": sorted(entities.values()),
        "quotes": sorted(
            (q["start"], q["end"], entities.get(q["speaker"]), q.get("speaker_text"),
             None if q.get("cue") is None else (q["cue"]["start"], q["cue"]["end"]))
            for q in document["quotes"]
        ),
        "relations": sorted(
            (entities[r["head"]], entities[r["tail"]], r["label"]) for r in document.get("relations") or []
        ),
        "topics": sorted(document["topics"]), "status": document["status"],
    }


def test_seed_article_round_trips(tmp_path, seed_article):
    from annotator.formats.txt import read

    text = next(read(seed_article)).text
    original = annotated_seed(text)
    path = write_jsonl(tmp_path / "seed.jsonl", [original])
    with Project.open(tmp_path / "p.db") as project:
        summary = import_paths(project, [path], ImportOptions(annotator="importer"))
        assert summary.problem_lines() == []
        [exported] = export_all(project)
    assert comparable(exported) == comparable(original)
    assert exported == original  # already in canonical order, so even the ids agree


def test_export_of_an_export_is_byte_identical(tmp_path):
    text = "😀 قال مُحَمَّد\u200f في الريـــاض:\n«نحن هنا»"
    record = {
        "id": 7, "text": text,
        "entities": [span(text, "مُحَمَّد", "PERSON", id="a"), span(text, "الريـــاض", "GPE", id="b")],
        "quotes": [span(text, "نحن هنا", id="q", speaker="a", cue=span(text, "قال"))],
        "topics": ["politics"], "status": "in_progress",
    }
    first_path = write_jsonl(tmp_path / "first.jsonl", [record])
    outputs = []
    for name, source in (("one.db", first_path), ("two.db", tmp_path / "second.jsonl")):
        with Project.open(tmp_path / name) as project:
            import_paths(project, [source], ImportOptions(annotator="x"))
            buffer = io.StringIO()
            native.write(project.documents(), buffer)
            outputs.append(buffer.getvalue())
        (tmp_path / "second.jsonl").write_text(outputs[0], encoding="utf-8")
    assert outputs[0] == outputs[1]
    assert json.loads(outputs[0])["id"] == "7"


def test_crlf_input_comes_out_with_moved_offsets(tmp_path):
    raw = "سطر أول\r\nقال بلينكن\r\n"
    record = {"id": "c", "text": raw, "entities": [span(raw, "بلينكن", "PERSON")]}
    with Project.open(tmp_path / "p.db") as project:
        import_paths(project, [write_jsonl(tmp_path / "in.jsonl", [record])], ImportOptions())
        [exported] = export_all(project)
    assert exported["text"] == "سطر أول\nقال بلينكن\n"
    [entity] = exported["entities"]
    assert exported["text"][entity["start"]:entity["end"]] == "بلينكن" == entity["text"]


WORDS = ["بلينكن", "مُحَمَّد", "الريـــاض", "😀", "\u200fالعراق\u200f", "واشنطن", "«قال»", "👍🏽", "e\u0301"]


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=12), st.sampled_from([" ", "\n", "\r\n", "  "]), st.data())
def test_any_spans_round_trip(tmp_path_factory, words, gap, data):
    text = gap.join(words)
    pieces, position = [], 0
    for word in words:
        start = text.index(word, position)
        pieces.append((start, start + len(word)))
        position = start + len(word)
    chosen = data.draw(st.lists(st.sampled_from(pieces), unique=True))
    entities = [{"start": s, "end": e, "label": "GPE", "text": text[s:e]} for s, e in chosen]
    entities = [e for e in entities if e["text"].strip("\u200f") == e["text"]]
    folder = tmp_path_factory.mktemp("rt")
    path = write_jsonl(folder / "in.jsonl", [{"id": "h", "text": text, "entities": entities}])
    with Project.open(folder / "p.db") as project:
        summary = import_paths(project, [path], ImportOptions())
        assert summary.problem_lines() == []
        [exported] = export_all(project)
    for entity in exported["entities"]:
        assert exported["text"][entity["start"]:entity["end"]] == entity["text"]
    assert sorted(e["text"] for e in exported["entities"]) == sorted(normalise(e["text"]) for e in entities)


TRICKY_ARTICLE = (
    "😀 قال وزير الخارجية مُحَمَّد الريـــاضي\u200f للصحفيين في بغداد:\n"
    "«نحن ندعم الحوار 👍🏽\nونرفض التصعيد»، فيما أكدت مصادر أن الاجتماع سيعقد غداً في الرياض."
)


def annotated_tricky() -> dict:
    """A made-up article with everything that moves offsets in other tools: an emoji before a name, harakat,
    tatweel, a direction mark, a skin-tone emoji inside a quote that crosses a paragraph break."""
    text = TRICKY_ARTICLE
    person = span(text, "وزير الخارجية مُحَمَّد الريـــاضي", "PERSON", annotator="analyst-1", source="manual")
    title = {**span(text, "وزير الخارجية", "TITLE"), "annotator": "analyst-1", "source": "manual"}
    baghdad = span(text, "بغداد", "GPE", annotator="analyst-1", source="manual")
    riyadh = span(text, "الرياض", "GPE", annotator="analyst-1", source="manual")
    entities = [{"id": f"e{n}", **e} for n, e in enumerate(sorted([person, title, baghdad, riyadh],
                                                                  key=lambda e: (e["start"], -e["end"])), start=1)]
    by_text = {e["text"]: e["id"] for e in entities}
    said = span(text, "نحن ندعم الحوار 👍🏽\nونرفض التصعيد")
    reported = span(text, "الاجتماع سيعقد غداً في الرياض")
    return {
        "id": "tricky-1",
        "text": text,
        "meta": {"title": "مقال مصنوع للاختبار"},
        "entities": entities,
        "quotes": [
            {"id": "q1", **said, "speaker": by_text[person["text"]], "speaker_text": None,
             "cue": span(text, "قال"), "annotator": "analyst-1", "source": "manual"},
            {"id": "q2", **reported, "speaker": None, "speaker_text": "مصادر",
             "cue": span(text, "أكدت"), "annotator": "analyst-1", "source": "manual"},
        ],
        "relations": [
            {"id": "r1", "head": by_text[person["text"]], "tail": by_text["وزير الخارجية"], "label": "HOLDS_TITLE",
             "annotator": "analyst-1", "source": "manual"},
            {"id": "r2", "head": by_text["الرياض"], "tail": by_text["بغداد"], "label": "LOCATED_IN",
             "annotator": "analyst-1", "source": "manual"},
        ],
        "topics": ["diplomacy"],
        "status": "in_progress",
    }
