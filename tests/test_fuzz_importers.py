"""Every importer meets damaged files and answers with sentences, never a traceback (issue 11).

Real files (the seed article exported in every format the annotator reads, the peers' own files, slices of the
shared corpora) are mutated by Hypothesis: bytes flipped, cut, repeated, inserted, the file truncated. Whatever
comes out, `annotator import` ends with 0 or 1, each problem a `FILE:LINE: reason` line, and a refused file adds
nothing. The ci profile keeps this derandomised and bounded.
"""

import contextlib
import io
import lzma
import sqlite3
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.cli import main
from conftest import shared_file
from helpers import write_jsonl
from test_native_roundtrip import annotated_seed

SAMPLES: dict[str, tuple[str, dict[str, bytes]]] = {}  # name -> (format, {relative file: bytes})


def _exported(folder: Path) -> None:
    from annotator.formats.txt import read

    seed = annotated_seed(next(read(shared_file("seed-article.txt"))).text)
    db = folder / "seed.db"
    assert main(["import", "--db", str(db), "--no-progress", str(write_jsonl(folder / "seed.jsonl", [seed]))]) == 0
    for name, target in (("native", "x.jsonl"), ("doccano", "x.doccano.jsonl"), ("label-studio", "x.label-studio.json"),
                         ("prodigy", "x.prodigy.jsonl"), ("conll", "x.conll")):
        with contextlib.redirect_stderr(io.StringIO()):
            assert main(["export", "--db", str(db), "--format", name, "--out", str(folder / target)]) == 0
        SAMPLES[name] = (name, {target: (folder / target).read_bytes()})
    with contextlib.redirect_stderr(io.StringIO()):
        assert main(["export", "--db", str(db), "--format", "brat", "--out", str(folder / "brat")]) == 0
    ann = next((folder / "brat").glob("*.ann"))
    SAMPLES["brat"] = ("brat", {"x.ann": ann.read_bytes(), "x.txt": ann.with_suffix(".txt").read_bytes()})
    SAMPLES["txt"] = ("txt", {"x.txt": shared_file("seed-article.txt").read_bytes()})


def _real(folder: Path) -> None:
    peers = Path(__file__).parent / "fixtures" / "peers"
    SAMPLES["doccano-written"] = ("doccano", {"x.jsonl": (peers / "written-by-doccano.jsonl").read_bytes()})
    SAMPLES["label-studio-written"] = ("label-studio", {"x.json": (peers / "written-by-label-studio.json").read_bytes()})
    with open(shared_file("anercorp.conll"), "rb") as stream:
        SAMPLES["anercorp"] = ("conll", {"x.conll": b"".join(stream.readline() for _ in range(400))})
    with lzma.open(shared_file("ant-multisource-v2.1.jsonl.xz"), "rb") as stream:
        ant = b"".join(stream.readline() for _ in range(3))
    SAMPLES["ant"] = ("native", {"x.jsonl": ant})
    SAMPLES["ant-xz"] = ("native", {"x.jsonl.xz": lzma.compress(ant)})


@pytest.fixture(scope="module", autouse=True)
def samples(tmp_path_factory):
    folder = tmp_path_factory.mktemp("fuzz")
    _exported(folder)
    _real(folder)
    return SAMPLES


# One mutation: where (a fraction of the file), what, and the bytes it brings.
mutation = st.tuples(
    st.floats(0, 1), st.sampled_from(["flip", "cut", "repeat", "insert", "truncate"]),
    st.integers(1, 64), st.binary(min_size=1, max_size=16) | st.sampled_from(
        [b'"', b"{", b"}", b"[", b"]", b",", b"\n", b"\t", b"\r\n", b"\x00", b"-1", b"1e308", b"null", b"\xd8",
         "\u202e".encode(), "🇸🇦".encode(), b'"label": "x"', b"B-", b"I-", b"T1\tPER 0 5\t", b"R1\tX Arg1:T9 Arg2:T1"]),
)


def mutated(data: bytes, mutations) -> bytes:
    for where, kind, length, piece in mutations:
        at = int(where * len(data))
        if kind == "flip" and data:
            at = min(at, len(data) - 1)
            data = data[:at] + bytes([data[at] ^ (1 << (length % 8))]) + data[at + 1:]
        elif kind == "cut":
            data = data[:at] + data[at + length:]
        elif kind == "repeat":
            data = data[:at + length] + data[at:]
        elif kind == "insert":
            data = data[:at] + piece + data[at:]
        else:
            data = data[:at]
    return data


def documents_in(db: Path) -> int:
    if not db.exists():
        return 0
    with contextlib.closing(sqlite3.connect(db)) as conn:
        return conn.execute("SELECT count(*) FROM documents").fetchone()[0]


@pytest.mark.parametrize("sample", ["native", "doccano", "label-studio", "prodigy", "conll", "brat", "txt",
                                    "doccano-written", "label-studio-written", "anercorp", "ant", "ant-xz"])
@settings(max_examples=40)
@given(mutations=st.lists(mutation, min_size=1, max_size=4), whole_file=st.booleans(), skip_invalid=st.booleans())
def test_a_damaged_file_is_answered_with_sentences(sample, mutations, whole_file, skip_invalid):
    format_name, files = SAMPLES[sample]
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        names = list(files)
        for index, (name, data) in enumerate(files.items()):
            # brat: the .ann is damaged, and now and then the .txt beside it instead
            damaged = index == (1 if whole_file and len(names) > 1 else 0)
            (folder / name).write_bytes(mutated(data, mutations) if damaged else data)
        target = folder / names[0]
        db = folder / "p.db"
        err = io.StringIO()
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
            status = main(["import", "--db", str(db), "--no-progress", "--format", format_name,
                           *(["--skip-invalid"] if skip_invalid else []), str(target)])
        said = err.getvalue()
        assert status in (0, 1), said
        assert "Traceback" not in said and "internal error" not in said, said
        problems = [line for line in said.splitlines() if line.startswith(str(target) + ":")]
        if status == 1:
            assert problems, said
            if not skip_invalid:
                assert documents_in(db) == 0  # a refused file adds nothing


@pytest.mark.parametrize("format_name,suffix", [("native", ".jsonl"), ("native", ".jsonl.gz"), ("native", ".jsonl.xz"),
                                                ("doccano", ".jsonl"), ("label-studio", ".json"), ("prodigy", ".jsonl"),
                                                ("conll", ".conll"), ("txt", ".txt"), (None, ".bin")])
@settings(max_examples=30)
@given(data=st.binary(max_size=2000))
def test_random_bytes_are_answered_with_sentences(format_name, suffix, data):
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / f"x{suffix}"
        target.write_bytes(data)
        err = io.StringIO()
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
            status = main(["import", "--db", str(Path(folder) / "p.db"), "--no-progress",
                           *(["--format", format_name] if format_name else []), str(target)])
        said = err.getvalue()
        assert status in (0, 1), said
        assert "Traceback" not in said and "internal error" not in said, said
        if status == 1:
            assert any(line.startswith(f"{target}:") for line in said.splitlines()), said
