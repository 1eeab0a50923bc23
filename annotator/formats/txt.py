"""Plain text articles: one article a file, any common Arabic encoding, page boilerplate cut off."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from annotator.core.ingest import Problem, Record
from annotator.core.model import first_line
from annotator.core.text import normalise
from annotator.formats.boilerplate import cut_boilerplate
from annotator.formats.decoding import DecodingRefused, decode
from annotator.core.reasons import reason

NAME = "txt"
SUFFIXES = (".txt",)


def read(path: Path, **_options) -> Iterator[Record | Problem]:
    """The file as one record; its first non-empty line becomes `meta.title`."""
    try:
        decoded = decode(Path(path).read_bytes())
    except DecodingRefused as refusal:
        yield Problem(refusal.line, str(refusal))
        return
    article, boilerplate = cut_boilerplate(normalise(decoded.text))
    if not article.strip():
        yield Problem(1, reason('the file holds nothing but web page boilerplate'))
        return
    meta: dict = {"title": first_line(article), "source": Path(path).name}
    if decoded.encoding not in ("utf-8",):
        meta["encoding"] = decoded.encoding
    if decoded.repaired:
        meta["repaired"] = decoded.repaired
    if boilerplate:
        meta["boilerplate"] = boilerplate
    yield Record(line=1, text=article, meta=meta)
