"""The analyst's own settings, kept by Qt between runs: name, language, font, window layout."""

from __future__ import annotations

import getpass
import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings

SETTINGS_ENVIRONMENT_VARIABLE = "ANNOTATOR_SETTINGS"  # an .ini file; tests point it elsewhere


def settings() -> QSettings:
    path = os.environ.get(SETTINGS_ENVIRONMENT_VARIABLE)
    if path:
        return QSettings(path, QSettings.Format.IniFormat)
    return QSettings("annotator", "annotator")


class Preferences:
    def __init__(self):
        self._settings = settings()

    def _get(self, name: str, default):
        value = self._settings.value(name, default)
        return type(default)(value) if value is not None else default

    @property
    def annotator(self) -> str:
        return self._get("annotator", "")

    @annotator.setter
    def annotator(self, name: str) -> None:
        self._settings.setValue("annotator", name.strip())

    def annotator_or_login(self) -> str:
        return self.annotator or os.environ.get("ANNOTATOR_NAME") or getpass.getuser()

    @property
    def language(self) -> str:
        """'ar', 'en', or '' for the system's language."""
        return self._get("language", "")

    @language.setter
    def language(self, code: str) -> None:
        self._settings.setValue("language", code)

    def effective_language(self) -> str:
        if self.language in ("ar", "en"):
            return self.language
        return "ar" if QLocale.system().language() == QLocale.Language.Arabic else "en"

    @property
    def font_family(self) -> str:
        return self._get("font/family", "")

    @font_family.setter
    def font_family(self, family: str) -> None:
        self._settings.setValue("font/family", family)

    @property
    def font_size(self) -> int:
        return self._get("font/size", 16)

    @font_size.setter
    def font_size(self, size: int) -> None:
        self._settings.setValue("font/size", int(size))

    def window_state(self, language: str):
        """Geometry and dock layout, kept per interface language since Arabic mirrors the docks."""
        return self._settings.value("window/geometry"), self._settings.value(f"window/state-{language}")

    def save_window_state(self, language: str, geometry, state) -> None:
        self._settings.setValue("window/geometry", geometry)
        self._settings.setValue(f"window/state-{language}", state)

    # --- where the analyst was -------------------------------------------------

    RECENT = 8

    def recent_projects(self) -> list[str]:
        value = self._settings.value("projects/recent", [])
        recent = [value] if isinstance(value, str) else list(value or [])
        return [path for path in recent if path]

    def remember_project(self, path) -> None:
        """The project opened last comes first in Open recent, and opens on the next start."""
        path = str(Path(path).resolve())
        recent = [path] + [p for p in self.recent_projects() if p != path]
        self._settings.setValue("projects/recent", recent[: self.RECENT])

    def last_project(self) -> str | None:
        recent = [path for path in self.recent_projects() if Path(path).exists()]
        return recent[0] if recent else None

    def place_in(self, project) -> tuple[str | None, int]:
        """(document id, scroll position) where the analyst stopped in this project."""
        key = _project_key(project)
        return self._settings.value(f"places/{key}/document"), int(self._settings.value(f"places/{key}/scroll", 0) or 0)

    def remember_place(self, project, document_id: str | None, scroll: int) -> None:
        key = _project_key(project)
        self._settings.setValue(f"places/{key}/document", document_id)
        self._settings.setValue(f"places/{key}/scroll", int(scroll))

    def sync(self) -> None:
        self._settings.sync()


def _project_key(project) -> str:
    """A settings key per project file (its absolute path, hashed: paths hold characters settings keys do not)."""
    return hashlib.sha256(str(Path(project).resolve()).encode("utf-8")).hexdigest()[:16]
