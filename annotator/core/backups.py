"""Rolling copies of a project file, so a bad afternoon (a wrong bulk edit, a damaged disk) costs an hour at most.

Copies are made with SQLite's online backup API, which gives a consistent snapshot even while the window or an
import is writing. They live beside the project in `<project file>.backups/`, named by the moment they were made
and why (`rolling`, `manual`, `before-upgrade`, `before-restore`), so a user can find them with a file manager
too. Only the rolling ones are pruned; a copy the user asked for or one made before an upgrade is never deleted
by the annotator.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from annotator.core.reasons import reason

KEEP_ROLLING = 12
ROLLING_EVERY = dt.timedelta(hours=1)
KINDS = ("rolling", "manual", "before-upgrade", "before-restore")
_NAME = re.compile(r"^(?P<stem>.+)-(?P<when>\d{8}-\d{6}-\d{6})-(?P<kind>[a-z-]+)\.db$")
_STAMP = "%Y%m%d-%H%M%S-%f"


class BackupRefused(ValueError):
    """A file offered for restoring that is not a sound annotator project."""


@dataclass(frozen=True)
class Backup:
    path: Path
    made: dt.datetime
    kind: str
    size: int


def folder_of(db_path: Path) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + ".backups")


def listed(db_path: Path) -> list[Backup]:
    """The backups of this project, newest first."""
    folder = folder_of(db_path)
    found = []
    if folder.is_dir():
        for path in folder.iterdir():
            match = _NAME.match(path.name)
            if match and match["kind"] in KINDS and path.is_file():
                made = dt.datetime.strptime(match["when"], _STAMP)
                found.append(Backup(path, made, match["kind"], path.stat().st_size))
    return sorted(found, key=lambda backup: backup.made, reverse=True)


def make(connection: sqlite3.Connection, db_path: Path, kind: str = "manual", *, now: dt.datetime | None = None) -> Path:
    """Copy the project behind `connection` into its backup folder; prune old rolling copies. Returns the copy."""
    assert kind in KINDS
    db_path = Path(db_path)
    now = now or dt.datetime.now()
    target = folder_of(db_path) / f"{db_path.stem}-{now.strftime(_STAMP)}-{kind}.db"
    copy_into(connection, target)
    if kind == "rolling":
        for old in [b for b in listed(db_path) if b.kind == "rolling"][KEEP_ROLLING:]:
            with contextlib.suppress(OSError):
                old.path.unlink()
    return target


def copy_into(connection: sqlite3.Connection, target: Path) -> Path:
    """A consistent copy, written beside the target and renamed into place, so a copy cut short never passes
    for a whole one."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    with contextlib.closing(sqlite3.connect(str(partial))) as copy:
        connection.backup(copy)
    partial.replace(target)
    return target


def due(db_path: Path, *, now: dt.datetime | None = None) -> bool:
    """Whether the newest rolling copy is older than ROLLING_EVERY (or there is none)."""
    now = now or dt.datetime.now()
    rolling = [b for b in listed(db_path) if b.kind == "rolling"]
    return not rolling or now - rolling[0].made >= ROLLING_EVERY


def check_restorable(source: Path) -> int:
    """The number of documents in a backup, after making sure it is a whole annotator project."""
    try:
        with contextlib.closing(sqlite3.connect(f"file:{source}?mode=ro", uri=True)) as conn:
            verdict = conn.execute("PRAGMA quick_check").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if verdict != "ok":
                raise BackupRefused(reason("{path}: the copy is damaged ({verdict}); choose another one",
                                           path=source, verdict=verdict))
            if version == 0:
                raise BackupRefused(reason("{path}: not an annotator project", path=source))
            from annotator.core.store import SCHEMA_VERSION

            if version > SCHEMA_VERSION:
                raise BackupRefused(reason("{path}: made by a newer annotator; update the annotator to restore it",
                                           path=source))
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.DatabaseError as error:
        raise BackupRefused(reason("{path}: not an annotator project ({error})", path=source, error=error)) from error


def restore(connection: sqlite3.Connection, db_path: Path, source: Path) -> Path:
    """Put a backup's content into the project file behind `connection`, after keeping the present state as a
    `before-restore` copy (so a restore can itself be undone). Returns that copy."""
    check_restorable(source)
    kept = make(connection, db_path, "before-restore")
    with contextlib.closing(sqlite3.connect(f"file:{source}?mode=ro", uri=True)) as backup:
        backup.backup(connection)
    return kept
