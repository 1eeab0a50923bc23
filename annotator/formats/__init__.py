"""Readers and writers of the formats documents and annotations travel in, registered in one place.

Each format is a module (or class) with NAME and SUFFIXES, and `read(path, **options)`
yielding records and problems, `write(documents, target, **options)` returning
how many documents it wrote, or both. BINARY writers get a binary stream,
WRITES_FOLDER writers a folder.
"""

from __future__ import annotations

from pathlib import Path

from annotator.formats import brat, conll, doccano, label_studio, native, prodigy, spacy_docbin, txt
from annotator.formats.huggingface import TextClassification, TokenClassification

FORMATS = {
    format.NAME: format
    for format in (native, txt, conll, doccano, label_studio, prodigy, brat, spacy_docbin, TokenClassification, TextClassification)
}


def readable() -> list[str]:
    return [name for name, format in FORMATS.items() if hasattr(format, "read")]


def writable() -> list[str]:
    return [name for name, format in FORMATS.items() if hasattr(format, "write")]


def guess(path: Path) -> str | None:
    """The format a file's name suggests (the longest matching suffix wins), or None."""
    name = path.name.lower()
    matches = [(len(suffix), format_name) for format_name, format in FORMATS.items()
               if hasattr(format, "read") for suffix in format.SUFFIXES if name.endswith(suffix)]
    return max(matches)[1] if matches else None


def writes_folder(name: str) -> bool:
    return getattr(FORMATS[name], "WRITES_FOLDER", False)


def writes_binary(name: str) -> bool:
    return getattr(FORMATS[name], "BINARY", False)
