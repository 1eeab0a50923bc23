"""CoNLL / BIO: ANERcorp in and out unchanged, malformed lines named, nested columns, BILOU, token styles."""

import io

import pytest

from annotator.cli import main
from annotator.core.model import Document, Entity, Quote
from annotator.core.store import Project
from annotator.formats import conll

from conftest import shared_file


def tag_sequence(path):
    """(token, tag) pairs of a two-column file, skipping blank lines, separators and malformed lines."""
    pairs = []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("-DOCSTART-") or line[0].isspace():
            continue
        fields = line.split()
        if len(fields) == 2:
            pairs.append((fields[0], fields[1]))
    return pairs


@pytest.mark.slow
def test_anercorp_round_trip(tmp_path, capsys):
    source = shared_file("anercorp.conll")
    db, out = str(tmp_path / "aner.db"), tmp_path / "out.conll"
    assert main(["import", "--db", db, "--format", "conll", "--skip-invalid", "--add-labels", "--no-progress", str(source)]) == 0
    captured = capsys.readouterr()
    problems = [line for line in captured.err.splitlines() if line.startswith(str(source))]
    assert len(problems) == 193
    assert sum("a tag with no token" in line for line in problems) == 191
    assert f"{source}:125306: two lines merged into one?" in captured.err
    assert "57 I- tags followed no entity of their type" in captured.out
    with Project.open(db) as project:
        assert project.conn.execute("SELECT COUNT(*) FROM entities").fetchone()[0] == 11176 + 57
    assert main(["export", "--db", db, "--format", "conll", "--out", str(out)]) == 0
    original, exported = tag_sequence(source), tag_sequence(out)
    assert [token for token, _ in original] == [token for token, _ in exported]
    changed = [(a, b) for a, b in zip(original, exported) if a != b]
    assert len(changed) == 57 and all(a[1] == "I-" + b[1][2:] and b[1].startswith("B-") for a, b in changed)


def test_malformed_lines_refuse_the_file_without_skip_invalid(tmp_path, capsys):
    path = tmp_path / "bad.conll"
    path.write_text("قال O\nبلينكن B-PERS\n O\n. Oالإصابة O\nواشنطن  B-LOC\n", encoding="utf-8")
    db = str(tmp_path / "p.db")
    assert main(["import", "--db", db, "--format", "conll", "--add-labels", "--no-progress", str(path)]) == 1
    err = capsys.readouterr().err
    assert f"{path}:3: a tag with no token" in err and f"{path}:4: two lines merged into one?" in err
    assert "5:" not in err  # double spaces between token and tag are fine


def test_nested_columns_and_bilou_round_trip(tmp_path):
    path = tmp_path / "nested.conll"
    path.write_text(
        "-DOCSTART- O\n\nقال O O\nوزير B-PERS B-TITLE\nالخارجية I-PERS I-TITLE\nفؤاد I-PERS O\nحسين I-PERS O\n. O O\n",
        encoding="utf-8",
    )
    records = [r for r in conll.read(path) if hasattr(r, "text")]
    [record] = records
    assert sorted((e["text"], e["label"]) for e in record.entities) == [
        ("وزير الخارجية", "TITLE"), ("وزير الخارجية فؤاد حسين", "PERS")]
    document = Document(id="d", text=record.text, meta=record.meta,
                        entities=[Entity(start=e["start"], end=e["end"], label=e["label"], text=e["text"]) for e in record.entities])
    out = io.StringIO()
    conll.write([document], out, scheme="bio")
    assert "وزير B-PERS B-TITLE" in out.getvalue() and "حسين I-PERS O" in out.getvalue()
    out = io.StringIO()
    conll.write([document], out, scheme="bilou")
    assert "حسين L-PERS O" in out.getvalue() and "الخارجية I-PERS L-TITLE" in out.getvalue()


def seed_like_document():
    text = "😀 وقال الوزير إن وبالعراق شريك.\r\nوأضاف: نعم"
    text = text.replace("\r\n", "\n")
    start = text.index("العراق")
    return Document(
        id="s", text=text,
        entities=[Entity(start=start, end=start + 6, label="GPE", text="العراق")],
        quotes=[Quote(start=text.index("نعم"), end=len(text), text="نعم")],
        topics=["politics"],
    )


def test_token_styles_and_warnings_for_what_conll_cannot_carry():
    warnings = []
    whole = io.StringIO()
    conll.write([seed_like_document()], whole, whole_tokens=True, warn=warnings.append)
    assert "وبالعراق B-GPE" in whole.getvalue()
    separate = io.StringIO()
    conll.write([seed_like_document()], separate, whole_tokens=False)
    assert "وب O\nالعراق B-GPE" in separate.getvalue()
    assert any("1 quotes and 1 topics" in w for w in warnings)
    assert ". O\n\nوأضاف O" in whole.getvalue()  # sentences end at the full stop and the line


def test_sentence_breaks_without_docstart_are_cut_into_documents(tmp_path, capsys):
    """Wojood's train.txt has blank lines between sentences and no -DOCSTART-: one huge document could not be split."""
    from annotator.formats import conll

    sentences = [f"قال O\nعلي B-PERS\nإن O\nبغداد B-LOC\n{n} O\n" for n in range(conll.SENTENCES_PER_DOCUMENT * 2 + 3)]
    path = tmp_path / "train.txt"
    path.write_text("\n".join(sentences), encoding="utf-8")
    db = tmp_path / "p.db"
    assert main(["import", "--db", str(db), "--format", "conll", "--add-labels", "--no-progress", str(path)]) == 0
    assert "imported 3 documents" in capsys.readouterr().out
