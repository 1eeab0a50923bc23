"""Readers and writers of the formats documents and annotations travel in, registered in one place."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

from annotator.formats import conll, native, txt

FORMATS: dict[str, ModuleType] = {module.NAME: module for module in (native, txt, conll)}


def readable() -> list[str]:
    return [name for name, module in FORMATS.items() if hasattr(module, "read")]


def writable() -> list[str]:
    return [name for name, module in FORMATS.items() if hasattr(module, "write")]


def guess(path: Path) -> str | None:
    """The format a file's name suggests, or None."""
    name = path.name.lower()
    for format_name, module in FORMATS.items():
        if name.endswith(module.SUFFIXES):
            return format_name
    return None
