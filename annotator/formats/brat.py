"""brat standoff: a folder of `.txt` and `.ann` pairs; T lines for spans, R lines for links, # notes.

Quotes are `Quote` spans, cues `Cue` spans, links `Speaker` and `Cue`
relations; a speaker not in the text is an AnnotatorNotes line on the quote
("speaker: NAME"). Writing adds an `annotation.conf` so brat can show the
labels. brat has no place for topics, status or metadata: they are left out
with a warning. Offsets are code points of the `.txt` file as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from annotator.core.ingest import Note, Problem, Record
from annotator.core.model import Document
from annotator.formats import spans as flat_spans

NAME = "brat"
SUFFIXES = (".ann",)
WRITES_FOLDER = True
_TYPES = {flat_spans.QUOTE: "Quote", flat_spans.CUE: "Cue", flat_spans.SPEAKER: "Speaker"}
_BACK = {value: key for key, value in _TYPES.items()}
_SPAN = re.compile(r"^(T\d+)\t(\S+) (\d+) (\d+)\t(.*)$")
_DISCONTINUOUS = re.compile(r"^T\d+\t\S+ \d+ \d+;")
_RELATION = re.compile(r"^(R\d+)\t(\S+) Arg1:(T\d+) Arg2:(T\d+)\s*$")
_NOTE = re.compile(r"^#\d+\tAnnotatorNotes (T\d+)\t(.*)$")
_SPEAKER_NOTE = "speaker: "


def read(path: Path, *, progress: Callable[[int], None] | None = None, **_options) -> Iterator[Record | Problem | Note]:
    """One document from an `.ann` file and the `.txt` beside it."""
    path = Path(path)
    text_file = path.with_suffix(".txt")
    if not text_file.exists():
        yield Problem(0, f"no {text_file.name} beside it: brat keeps the text in a .txt of the same name")
        return
    with open(text_file, encoding="utf-8-sig", newline="") as stream:
        text = stream.read()  # as brat counts: CRLF left as it is
    spans, relations, speaker_texts, skipped = [], [], {}, 0
    problems = []
    for number, line in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), start=1):
        if not line.strip():
            continue
        if match := _SPAN.match(line):
            span_id, label, start, end, surface = match.groups()
            span = {"id": span_id, "start": int(start), "end": int(end), "label": _BACK.get(label, label), "text": surface}
            if surface.split() == text[int(start):int(end)].split():
                del span["text"]  # brat writes line breaks inside a span as spaces: the offsets decide
            spans.append(span)
        elif _DISCONTINUOUS.match(line):
            problems.append(Problem(number, "a discontinuous span (start end;start end): the annotator keeps spans whole"))
        elif match := _RELATION.match(line):
            _, label, head, child = match.groups()
            relations.append((_BACK.get(label, label).upper(), head, child))
        elif match := _NOTE.match(line):
            target, note = match.groups()
            if note.startswith(_SPEAKER_NOTE):
                speaker_texts[target] = note[len(_SPEAKER_NOTE):]
            else:
                skipped += 1
        elif line[:1] in ("A", "M", "E", "N", "#", "*"):
            skipped += 1
        else:
            problems.append(Problem(number, f"not a brat standoff line: {line[:40]!r}"))
    if progress:
        progress(path.stat().st_size)
    yield from problems
    if skipped:
        yield Note(0, f"left out {skipped} attribute, event, normalisation or note lines the annotator does not model")
    yield flat_spans.record(1, text, spans, relations, speaker_texts=speaker_texts, document_id=path.stem)


def write(documents: Iterable[Document], folder: Path, *, warn: Callable[[str], None] | None = None, **_options) -> int:
    warn = warn or (lambda message: None)
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    labels, dropped_topics, count = set(), 0, 0
    for document in documents:
        stem = _file_stem(document.id)
        (folder / f"{stem}.txt").write_text(document.text, encoding="utf-8", newline="")
        flat = flat_spans.flatten(document)
        ids = {span.id: f"T{n}" for n, span in enumerate(flat.spans, start=1)}
        lines = []
        for span in flat.spans:
            label = _TYPES.get(span.label, span.label)
            labels.add(label)
            surface = span.text.replace("\r", " ").replace("\n", " ")  # one line per span, as brat writes it
            lines.append(f"{ids[span.id]}\t{label} {span.start} {span.end}\t{surface}")
        for n, (label, head, child) in enumerate(flat.relations, start=1):
            lines.append(f"R{n}\t{_TYPES.get(label, label)} Arg1:{ids[head]} Arg2:{ids[child]}")
        for n, (quote, name) in enumerate(flat.speaker_texts.items(), start=1):
            lines.append(f"#{n}\tAnnotatorNotes {ids[quote]}\t{_SPEAKER_NOTE}{name}")
        (folder / f"{stem}.ann").write_text("\n".join(lines) + ("\n" if lines else ""), encoding="utf-8")
        dropped_topics += len(document.topics)
        count += 1
    _write_conf(folder, labels)
    if dropped_topics:
        warn(f"brat has no document labels: left out {dropped_topics} topics (and every document's status and metadata)")
    return count


def _file_stem(document_id: str) -> str:
    return re.sub(r"[^\w.-]+", "_", document_id).strip("._") or "document"


def _write_conf(folder: Path, labels: set[str]) -> None:
    entities = sorted(labels - {"Quote", "Cue"})
    conf = ["[entities]", *entities, "Quote", "Cue", "", "[relations]",
            f"Speaker Arg1:Quote, Arg2:{'|'.join(entities) or 'Quote'}", "Cue Arg1:Quote, Arg2:Cue",
            "", "[events]", "", "[attributes]", ""]
    (folder / "annotation.conf").write_text("\n".join(conf), encoding="utf-8")
