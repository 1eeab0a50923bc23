"""The libraries the annotator ships with, their versions and licences, read from their own package
metadata (so the About dialog never goes stale), plus Python itself."""

from __future__ import annotations

import importlib.metadata as metadata
import platform
import re

from annotator import __version__

_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*")


def _licence(distribution: metadata.Distribution) -> str:
    fields = distribution.metadata
    stated = fields.get("License-Expression") or fields.get("License") or ""
    if stated and len(stated) <= 80 and "\n" not in stated:
        return stated
    classifiers = [c.rsplit(" :: ", 1)[-1] for c in fields.get_all("Classifier") or [] if c.startswith("License ::")]
    return ", ".join(classifiers) or "see the package"


def shipped() -> list[tuple[str, str, str]]:
    """(name, version, licence) for every library the annotator needs to run, its dependencies' too."""
    try:
        root = metadata.distribution("annotator")
    except metadata.PackageNotFoundError:  # run from a checkout without installing: nothing to list
        return []
    found: dict[str, tuple[str, str, str]] = {}
    pending = [requirement for requirement in root.requires or [] if "extra ==" not in requirement]
    while pending:
        match = _NAME.match(pending.pop().strip())
        if not match:
            continue
        name = match.group(0)
        key = name.lower().replace("_", "-")
        if key in found:
            continue
        try:
            distribution = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # an optional dependency not installed
        found[key] = (distribution.metadata["Name"], distribution.version, _licence(distribution))
        pending += [r for r in distribution.requires or [] if "extra ==" not in r]
    python = ("Python", platform.python_version(), "PSF-2.0")
    return [python] + sorted(found.values(), key=lambda entry: entry[0].lower())


def version() -> str:
    return __version__
