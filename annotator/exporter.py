"""Writing documents out in any format, for the command line and the window alike."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from annotator import formats
from annotator.core.model import Document, LabelSchema
from annotator.core.reasons import reason

_SQLITE_HEADER = b"SQLite format 3\x00"


class ExportRefused(ValueError):
    """An export target that would destroy something; the message says what to do instead."""


def check_target(target: Path) -> None:
    """Refuse to write over a project file or any other SQLite database: an export never replaces data."""
    target = Path(target)
    if target.is_file():
        with open(target, "rb") as stream:
            if stream.read(len(_SQLITE_HEADER)) == _SQLITE_HEADER:
                raise ExportRefused(reason('{target} is a project file (SQLite): choose another name for the export', target=target))


def writer_options(schema: LabelSchema, *, scheme: str = "bio", whole_tokens: bool = True, warn=None) -> dict:
    """What writers may need beyond the documents: the schema's topics and labels, CoNLL choices, a warning channel."""
    return {
        "scheme": scheme,
        "whole_tokens": whole_tokens,
        "schema": schema,
        "setup": {},  # what a writer learns that the peer's setup files need (spaCy's cut words)
        "topics": schema.topics,
        "labels": [label.name for label in schema.labels],
        "warn": warn or (lambda message: None),
    }


def write_to(format_name: str, documents: Iterable[Document], target: Path, options: dict, *, setup: bool = True) -> int:
    """Write to a folder, a binary file or a text file, as the format needs, with the peer tool's setup
    files beside it (unless `setup` is off: a split export writes them once, for all its parts);
    returns the documents written."""
    writer = formats.FORMATS[format_name]
    if formats.writes_folder(format_name):
        return writer.write(documents, target, **options)
    check_target(target)
    if format_name == "hf-tokens":
        options = {**options, "labels_path": target.with_name(target.name.split(".")[0] + ".labels.json")}
    with _replaced_whole(target, binary=formats.writes_binary(format_name)) as stream:
        written = writer.write(documents, stream, **options)
    if setup:
        write_setup_files(format_name, target, options)
    return written


class _replaced_whole:
    """A file written beside its target and renamed over it only once complete: a kill or a full disk
    leaves the previous export as it was, never a short file that parses cleanly."""

    def __init__(self, target: Path, *, binary: bool):
        self.target = Path(target)
        self.binary = binary

    def __enter__(self):
        handle, self.partial = tempfile.mkstemp(prefix=f".{self.target.name}.", suffix=".partial", dir=self.target.parent or ".")
        self.stream = os.fdopen(handle, "wb") if self.binary else os.fdopen(handle, "w", encoding="utf-8", newline="\n")
        return self.stream

    def __exit__(self, kind, error, trace) -> None:
        try:
            if kind is None:
                self.stream.flush()
                os.fsync(self.stream.fileno())
            self.stream.close()
            if kind is None:
                # mkstemp makes the file private (0600); an export is an ordinary file, readable as the
                # user's umask allows, like one written with open().
                os.chmod(self.partial, 0o666 & ~_umask())
                os.replace(self.partial, self.target)
        finally:
            if os.path.exists(self.partial):
                os.unlink(self.partial)


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def write_setup_files(format_name: str, target: Path, options: dict) -> list[Path]:
    """What the peer tool needs configured before it can take the export (a labeling config, project settings)."""
    make = getattr(formats.FORMATS[format_name], "setup_files", None)
    if make is None or options.get("schema") is None:
        return []
    files = make(Path(target), options["schema"], setup=options.get("setup"))
    for path, content in files.items():
        path.write_text(content, encoding="utf-8")
    return list(files)
