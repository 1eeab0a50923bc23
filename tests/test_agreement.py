"""Agreement between annotators: hand-computed cases, reference implementations on random data, the command."""

import json
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.cli import main
from annotator.core import agreement
from annotator.core.agreement import Layer, cohen_kappa, compare, krippendorff_alpha

from helpers import span, write_jsonl

# Emoji, harakat, tatweel, a bidi mark and CRLF before the names, so offsets are code points, not UTF-16 units.
TEXT = "خبرٌ 🇮🇶 عاجل\u200f: قال محمـــد علي\r\nإن العراق وقّع مع شركة أرامكو اتفاقاً في بغداد."


def test_entities_exact_and_overlap_by_hand():
    reference = Layer(entities={(0, 3, "PER"), (4, 10, "GPE"), (12, 15, "ORG")})
    other = Layer(entities={(0, 3, "PER"), (4, 9, "GPE"), (20, 25, "PER")})
    result = compare([("d", reference, other)], topics=[])
    assert result["entities"]["precision"] == pytest.approx(1 / 3)
    assert result["entities"]["recall"] == pytest.approx(1 / 3)
    assert result["entities"]["f1"] == pytest.approx(1 / 3)
    assert result["entities"]["relaxed"]["f1"] == pytest.approx(2 / 3)  # 4-10 and 4-9 share a label and text
    per = result["entities"]["per_label"]
    assert (per["PER"]["precision"], per["PER"]["recall"]) == (0.5, 1.0)
    assert per["PER"]["f1"] == pytest.approx(2 / 3)
    assert per["ORG"]["f1"] == 0.0 and per["GPE"]["f1"] == 0.0


def test_an_overlap_pairs_each_span_once():
    reference = Layer(entities={(0, 10, "PER")})
    other = Layer(entities={(0, 4, "PER"), (5, 10, "PER")})
    assert compare([("d", reference, other)], [])["entities"]["relaxed"]["matched"] == 1


def test_quotes_need_the_same_span_and_speaker_and_relations_the_same_ends_and_label():
    a = Layer(quotes={(10, 20, (0, 3)), (30, 40, None)}, relations={((0, 3, "PER"), (5, 9, "ORG"), "MEMBER_OF")})
    b = Layer(quotes={(10, 20, (0, 4)), (30, 40, None)}, relations={((0, 3, "PER"), (5, 9, "ORG"), "MEMBER_OF")})
    result = compare([("d", a, b)], [])
    assert result["quotes"]["f1"] == 0.5
    assert result["relations"]["f1"] == 1.0


def test_kappa_by_hand():
    # 10 decisions: both yes 4, both no 3, A yes B no 2, A no B yes 1 -> po 0.7, pe 0.6*0.5+0.4*0.5 = 0.5
    first = [True] * 4 + [False] * 3 + [True] * 2 + [False]
    second = [True] * 4 + [False] * 3 + [False] * 2 + [True]
    assert cohen_kappa(first, second) == pytest.approx((0.7 - 0.5) / 0.5)
    assert cohen_kappa([True, True], [True, True]) is None  # no chance disagreement to discount


def test_alpha_by_hand():
    # Krippendorff (2011), the nominal example without missing values reduced to two raters and five units.
    units = [["a", "a"], ["b", "b"], ["a", "b"], ["b", "b"], ["a", "a"]]
    # coincidences: o_aa 4, o_bb 4, o_ab = o_ba 1; n_a = n_b = 5, n = 10 -> 1 - 9 * 2 / 50
    assert krippendorff_alpha(units) == pytest.approx(1 - 9 * 2 / 50)


@settings(max_examples=60)
@given(st.lists(st.tuples(st.booleans(), st.booleans()), min_size=2, max_size=60))
def test_kappa_matches_scikit_learn(decisions):
    sklearn = pytest.importorskip("sklearn.metrics")
    first, second = [a for a, _ in decisions], [b for _, b in decisions]
    ours = cohen_kappa(first, second)
    if ours is None:
        return
    theirs = sklearn.cohen_kappa_score(first, second)
    assert ours == pytest.approx(theirs, abs=1e-9)


@settings(max_examples=60)
@given(st.integers(2, 5).flatmap(lambda raters: st.lists(
    st.lists(st.sampled_from([0, 1, 2, None]), min_size=raters, max_size=raters), min_size=2, max_size=30)))
def test_alpha_matches_the_krippendorff_package(units):
    krippendorff = pytest.importorskip("krippendorff")
    np = pytest.importorskip("numpy")
    ours = krippendorff_alpha([[v for v in unit if v is not None] for unit in units])
    pairable = [unit for unit in units if sum(v is not None for v in unit) >= 2]
    values = {v for unit in pairable for v in unit if v is not None}
    if ours is None or len(values) < 2:
        return
    data = np.array([[np.nan if v is None else v for v in unit] for unit in units], dtype=float).T  # raters x units
    theirs = krippendorff.alpha(reliability_data=data, level_of_measurement="nominal")
    assert ours == pytest.approx(theirs, abs=1e-9)


def project(tmp_path, name, records):
    db = tmp_path / f"{name}.db"
    assert main(["import", "--db", str(db), "--no-progress", str(write_jsonl(tmp_path / f"{name}.jsonl", records))]) == 0
    return db


def test_agree_json_compares_shared_documents_by_their_text(tmp_path, capsys):
    other_text = "نص آخر لا يشترك فيه المشروعان"
    a = project(tmp_path, "a", [
        {"id": "first", "text": TEXT, "entities": [span(TEXT, "محمـــد علي", "PERSON"), span(TEXT, "العراق", "GPE"),
                                                   span(TEXT, "أرامكو", "ORG")], "topics": ["politics"]},
        {"id": "only-a", "text": other_text},
    ])
    b = project(tmp_path, "b", [  # another id for the same text; one name cut short, one missed, one extra
        {"id": "renamed", "text": TEXT, "entities": [span(TEXT, "علي", "PERSON"), span(TEXT, "العراق", "GPE"),
                                                     span(TEXT, "بغداد", "GPE")], "topics": ["politics", "economy"]},
    ])
    capsys.readouterr()
    assert main(["agree", "--json", str(a), str(b)]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["documents"] == 1
    assert set(result) >= {"entities", "topics", "quotes", "documents"}
    entities = result["entities"]
    assert (entities["precision"], entities["recall"]) == (pytest.approx(1 / 3), pytest.approx(1 / 3))
    assert entities["relaxed"]["matched"] == 2  # علي lies inside محمـــد علي
    assert entities["per_label"]["GPE"] == {**entities["per_label"]["GPE"], "matched": 1, "reference": 1, "other": 2}
    assert "kappa" in result["topics"] and math.isfinite(result["topics"]["alpha"] or 0)
    assert result["worst_documents"][0]["id"] == "first"


def test_agree_reads_as_a_table_and_takes_several_projects(tmp_path, capsys):
    records = [{"id": "x", "text": TEXT, "entities": [span(TEXT, "العراق", "GPE")], "topics": ["politics"]}]
    a, b, c = (project(tmp_path, name, records) for name in "abc")
    capsys.readouterr()
    assert main(["agree", str(a), str(b), str(c)]) == 0
    out = capsys.readouterr().out
    assert "entities (exact)" in out and "1.000" in out and "all 3 projects" in out
    assert main(["agree", str(a)]) == 2
    assert main(["agree", str(a), str(tmp_path / "missing.db")]) == 1
    assert "missing.db" in capsys.readouterr().err


def test_among_projects_counts_a_document_only_where_two_saw_it(tmp_path):
    from annotator.core.store import Project

    a = project(tmp_path, "a", [{"id": "1", "text": "نص أول", "topics": ["politics"]},
                                {"id": "2", "text": "نص ثان", "topics": ["economy"]}])
    b = project(tmp_path, "b", [{"id": "1", "text": "نص أول", "topics": ["politics"]}])
    c = project(tmp_path, "c", [{"id": "3", "text": "نص ثالث"}])
    with Project.open(a) as pa, Project.open(b) as pb, Project.open(c) as pc:
        result = agreement.among_projects({"a": pa, "b": pb, "c": pc})
    assert list(result["pairs"]) == ["a / b"] and result["pairs"]["a / b"]["documents"] == 1
