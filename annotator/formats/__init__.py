"""Readers and writers of the formats documents and annotations travel in, registered in one place.

Each format is a module (or class) with NAME and SUFFIXES, and `read(path, **options)`
yielding records and problems, `write(documents, target, **options)` returning
how many documents it wrote, or both. BINARY writers get a binary stream,
WRITES_FOLDER writers a folder.
"""

from __future__ import annotations

import json
import lzma
from pathlib import Path

from annotator.core.ingest import Problem
from annotator.formats import jsonl
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
    """The format a file's name suggests (the longest matching suffix wins), else what its content shows
    for JSON and JSON Lines files (the peers name their exports `project-2-at-….json` or `admin.jsonl`)."""
    name = path.name.lower()
    matches = [(len(suffix), format_name) for format_name, format in FORMATS.items()
               if hasattr(format, "read") for suffix in format.SUFFIXES if name.endswith(suffix)]
    by_name = max(matches)[1] if matches else None
    if by_name == "native" or name.endswith(".json"):
        return sniff(path) or by_name
    return by_name


def sniff(path: Path) -> str | None:
    """The format a JSON or JSON Lines file's content shows: a Label Studio list of tasks, a doccano
    or Prodigy line, or native JSONL; None when it shows none of them (or cannot be read)."""
    try:
        if path.name.lower().endswith(".json"):
            with open(path, "rb") as stream:
                head = stream.read(1 << 16).lstrip(b"\xef\xbb\xbf \t\r\n")
            if head[:1] == b"[" or head[:1] == b"{":
                value = json.loads(Path(path).read_text(encoding="utf-8-sig"))
                return "label-studio" if label_studio.looks_like(value) else None
            return None
        first = next((item for item in jsonl.objects(path) if not isinstance(item, Problem)), None)
    except (OSError, ValueError, EOFError, lzma.LZMAError):
        return None
    if first is None:
        return None
    obj = first[1]
    for name, module in (("doccano", doccano), ("prodigy", prodigy)):
        if module.looks_like(obj):
            return name
    return "native"


def writes_folder(name: str) -> bool:
    return getattr(FORMATS[name], "WRITES_FOLDER", False)


def writes_binary(name: str) -> bool:
    return getattr(FORMATS[name], "BINARY", False)
