"""Several annotators: re-importing merges annotations, hand-out and merge of per-annotator projects (issue 12)."""

import json

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
