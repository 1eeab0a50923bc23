"""Where the annotator finds its resources, its seed articles and the user's default project."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "annotator"
DB_ENVIRONMENT_VARIABLE = "ANNOTATOR_DB"


def _root() -> Path:
    """The folder that holds `resources/` and `seeds/`: the checkout, or a frozen installer's bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent.parent


def resources_dir() -> Path:
    return _root() / "resources"


def seeds_dir() -> Path:
    return _root() / "seeds"


def default_schema_file() -> Path:
    return resources_dir() / "schema.json"


def crash_log_path() -> Path:
    """Where an internal error's full report goes, for the user to attach to a bug report."""
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)) / "internal-errors.log"


def default_db_path() -> Path:
    """`ANNOTATOR_DB` if set, else a project file in the user's data directory."""
    override = os.environ.get(DB_ENVIRONMENT_VARIABLE)
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "project.db"
