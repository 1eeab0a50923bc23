"""Writing documents out in any format, for the command line and the window alike."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from annotator import formats
from annotator.core.model import Document, LabelSchema


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
    if format_name == "hf-tokens":
        options = {**options, "labels_path": target.with_name(target.name.split(".")[0] + ".labels.json")}
    if formats.writes_binary(format_name):
        with open(target, "wb") as stream:
            written = writer.write(documents, stream, **options)
    else:
        with open(target, "w", encoding="utf-8", newline="\n") as stream:
            written = writer.write(documents, stream, **options)
    if setup:
        write_setup_files(format_name, target, options)
    return written


def write_setup_files(format_name: str, target: Path, options: dict) -> list[Path]:
    """What the peer tool needs configured before it can take the export (a labeling config, project settings)."""
    make = getattr(formats.FORMATS[format_name], "setup_files", None)
    if make is None or options.get("schema") is None:
        return []
    files = make(Path(target), options["schema"], setup=options.get("setup"))
    for path, content in files.items():
        path.write_text(content, encoding="utf-8")
    return list(files)
