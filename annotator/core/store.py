"""The project file: one SQLite database (through sqlite-utils) with schema versions and a journal.

Writes go through explicit transactions (savepoints, so they nest) and are
durable when the transaction ends: WAL with synchronous=FULL means a killed
process or a crashed machine keeps every committed annotation.
"""

from __future__ import annotations

import contextlib
import datetime
import json
import os
import shutil
import tempfile
import time
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path


from annotator.core import backups, paths
from annotator.core.arabic import search_terms
from annotator.core.model import (
    STATUSES,
    Cue,
    Document,
    Entity,
    Label,
    LabelSchema,
    Quote,
    Relation,
    RelationLabel,
    Topic,
)
from annotator.core.text import span_problem, text_hash
from annotator.core.reasons import reason


class ProjectError(Exception):
    """A problem with the project file that the user must hear about in a sentence."""


class ProjectBusy(ProjectError):
    """Another connection held the write lock for longer than the busy timeout; nothing was changed."""


# One sentence per kind, so each is translated whole rather than with an English word inside.
_NAMELESS = {"label": reason("every label needs a name"), "topic": reason("every topic needs a name"),
             "relation": reason("every relation needs a name")}
_TWINS = {"label": reason("two labels have the same name"), "topic": reason("two topics have the same name"),
          "relation": reason("two relations have the same name")}


class SpanRefused(ValueError):
    """A span that cannot stand on its document's text; the message says why."""


_STATUS_LIST = ", ".join(f"'{s}'" for s in STATUSES)

# Each migration moves the file one version forward; never edit one that has shipped.
MIGRATIONS: list = [
    f"""
    CREATE TABLE documents (
        key INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ({_STATUS_LIST})),
        text_hash TEXT NOT NULL UNIQUE,
        length INTEGER NOT NULL,
        meta TEXT NOT NULL DEFAULT '{{}}',
        annotator TEXT,
        created TEXT NOT NULL,
        updated TEXT NOT NULL
    );
    CREATE INDEX documents_status ON documents(status);
    -- Texts live apart so that listing 100,000 documents never reads them.
    CREATE TABLE texts (
        document INTEGER PRIMARY KEY REFERENCES documents(key) ON DELETE CASCADE,
        text TEXT NOT NULL
    );
    CREATE TABLE labels (
        name TEXT PRIMARY KEY,
        name_ar TEXT NOT NULL,
        name_en TEXT NOT NULL,
        colour TEXT NOT NULL,
        shortcut TEXT,
        position INTEGER NOT NULL,
        description TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE topics (
        name TEXT PRIMARY KEY,
        name_ar TEXT NOT NULL,
        name_en TEXT NOT NULL,
        position INTEGER NOT NULL,
        description TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE entities (
        id INTEGER PRIMARY KEY,
        document INTEGER NOT NULL REFERENCES documents(key) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        label TEXT NOT NULL REFERENCES labels(name) ON UPDATE CASCADE,
        text TEXT NOT NULL,
        annotator TEXT,
        source TEXT NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'imported', 'suggested')),
        created TEXT NOT NULL,
        updated TEXT NOT NULL,
        CHECK (start >= 0 AND "end" > start)
    );
    CREATE INDEX entities_document ON entities(document, start);
    CREATE INDEX entities_label ON entities(label);
    CREATE TABLE quotes (
        id INTEGER PRIMARY KEY,
        document INTEGER NOT NULL REFERENCES documents(key) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL,
        speaker INTEGER REFERENCES entities(id) ON DELETE SET NULL,
        speaker_text TEXT,
        cue_start INTEGER,
        cue_end INTEGER,
        cue_text TEXT,
        annotator TEXT,
        source TEXT NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'imported', 'suggested')),
        created TEXT NOT NULL,
        updated TEXT NOT NULL,
        CHECK (start >= 0 AND "end" > start),
        CHECK ((cue_start IS NULL) = (cue_end IS NULL))
    );
    CREATE INDEX quotes_document ON quotes(document, start);
    CREATE INDEX quotes_speaker ON quotes(speaker);
    CREATE TRIGGER quotes_speaker_same_document_insert BEFORE INSERT ON quotes
    WHEN NEW.speaker IS NOT NULL
         AND (SELECT document FROM entities WHERE id = NEW.speaker) IS NOT NEW.document
    BEGIN SELECT RAISE(ABORT, 'a quote''s speaker must be an entity of the same document'); END;
    CREATE TRIGGER quotes_speaker_same_document_update BEFORE UPDATE OF speaker ON quotes
    WHEN NEW.speaker IS NOT NULL
         AND (SELECT document FROM entities WHERE id = NEW.speaker) IS NOT NEW.document
    BEGIN SELECT RAISE(ABORT, 'a quote''s speaker must be an entity of the same document'); END;
    CREATE TABLE document_topics (
        document INTEGER NOT NULL REFERENCES documents(key) ON DELETE CASCADE,
        topic TEXT NOT NULL REFERENCES topics(name) ON UPDATE CASCADE,
        annotator TEXT,
        created TEXT NOT NULL,
        PRIMARY KEY (document, topic)
    ) WITHOUT ROWID;
    CREATE INDEX document_topics_topic ON document_topics(topic);
    CREATE TABLE settings (
        name TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    -- Who changed what, when: the ground for undo, audit and time tracking.
    CREATE TABLE journal (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        annotator TEXT,
        action TEXT NOT NULL,
        document INTEGER,
        payload TEXT NOT NULL DEFAULT '{{}}'
    );
    CREATE INDEX journal_document ON journal(document);
    CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal
    BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END;
    CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal
    BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END;
    """,
]


def _add_search_index(conn: sqlite3.Connection) -> None:
    """Version 2: a full-text index over each text's folded copy with proclitic stems (core.search)."""
    conn.execute(
        # Contentless and without positions: it only picks candidates; the texts themselves are checked.
        "CREATE VIRTUAL TABLE search_index USING fts5(terms, content='', detail=none, columnsize=0, "
        "tokenize='unicode61 remove_diacritics 0')"
    )
    for key, text in conn.execute("SELECT document, text FROM texts").fetchall():
        conn.execute("INSERT INTO search_index (rowid, terms) VALUES (?, ?)", (key, search_terms(text)))


MIGRATIONS.append(_add_search_index)

_V3_SPAN_COLUMNS = """
        annotator TEXT,
        source TEXT NOT NULL DEFAULT 'manual' CHECK (source <> ''),
        suggested INTEGER NOT NULL DEFAULT 0 CHECK (suggested IN (0, 1)),
        created TEXT NOT NULL,
        updated TEXT NOT NULL,
"""
_SAME_DOCUMENT = """
    CREATE TRIGGER {table}_{column}_same_document_{event} BEFORE {when} ON {table}
    WHEN NEW.{column} IS NOT NULL
         AND (SELECT document FROM entities WHERE id = NEW.{column}) IS NOT NEW.document
    BEGIN SELECT RAISE(ABORT, '{what} must be an entity of the same document'); END;
"""


def _same_document(table: str, column: str, what: str) -> str:
    return "".join(
        _SAME_DOCUMENT.format(table=table, column=column, what=what, event=event, when=when)
        for event, when in (("insert", "INSERT"), ("update", f"UPDATE OF {column}"))
    )


def _relations_and_kinds(conn: sqlite3.Connection) -> None:
    """Version 3: relations between entities with their own labels; `source` says where an annotation
    came from and `suggested` whether it still waits for the analyst (CONTRACT §2); ids never come back
    after a delete (AUTOINCREMENT), so an undo in one window cannot rewrite another's new entity."""
    _run_statements(conn, f"""
    CREATE TABLE entities_v3 (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        document INTEGER NOT NULL REFERENCES documents(key) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        label TEXT NOT NULL REFERENCES labels(name) ON UPDATE CASCADE,
        text TEXT NOT NULL,{_V3_SPAN_COLUMNS}
        CHECK (start >= 0 AND "end" > start)
    );
    INSERT INTO entities_v3 SELECT id, document, start, "end", label, text, annotator,
        CASE source WHEN 'imported' THEN 'import' WHEN 'suggested' THEN 'suggestion' ELSE source END,
        source = 'suggested', created, updated FROM entities;
    CREATE TABLE quotes_v3 (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        document INTEGER NOT NULL REFERENCES documents(key) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL,
        speaker INTEGER REFERENCES entities(id) ON DELETE SET NULL,
        speaker_text TEXT,
        cue_start INTEGER,
        cue_end INTEGER,
        cue_text TEXT,{_V3_SPAN_COLUMNS}
        CHECK (start >= 0 AND "end" > start),
        CHECK ((cue_start IS NULL) = (cue_end IS NULL))
    );
    INSERT INTO quotes_v3 SELECT id, document, start, "end", text, speaker, speaker_text, cue_start, cue_end,
        cue_text, annotator,
        CASE source WHEN 'imported' THEN 'import' WHEN 'suggested' THEN 'quote' ELSE source END,
        source = 'suggested', created, updated FROM quotes;
    DROP TABLE quotes;
    DROP TABLE entities;
    ALTER TABLE entities_v3 RENAME TO entities;
    ALTER TABLE quotes_v3 RENAME TO quotes;
    CREATE INDEX entities_document ON entities(document, start);
    CREATE INDEX entities_label ON entities(label);
    CREATE INDEX quotes_document ON quotes(document, start);
    CREATE INDEX quotes_speaker ON quotes(speaker);
    {_same_document("quotes", "speaker", "a quote''s speaker")}
    CREATE TABLE relation_labels (
        name TEXT PRIMARY KEY,
        name_ar TEXT NOT NULL,
        name_en TEXT NOT NULL,
        position INTEGER NOT NULL,
        description TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE relations (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        document INTEGER NOT NULL REFERENCES documents(key) ON DELETE CASCADE,
        head INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        tail INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        label TEXT NOT NULL REFERENCES relation_labels(name) ON UPDATE CASCADE,{_V3_SPAN_COLUMNS}
        CHECK (head <> tail)
    );
    CREATE INDEX relations_document ON relations(document);
    CREATE INDEX relations_head ON relations(head);
    CREATE INDEX relations_tail ON relations(tail);
    {_same_document("relations", "head", "a relation''s head")}
    {_same_document("relations", "tail", "a relation''s tail")}
    """)
    default = json.loads(paths.default_schema_file().read_text(encoding="utf-8"))
    for position, raw in enumerate(default.get("relations", []), start=1):
        conn.execute(
            "INSERT INTO relation_labels (name, name_ar, name_en, position, description) VALUES (?, ?, ?, ?, ?)",
            (raw["name"], raw["name_ar"], raw["name_en"], position, raw.get("description", "")),
        )


def _run_statements(conn: sqlite3.Connection, script: str) -> None:
    """A script one statement at a time: executescript would commit the transaction around it."""
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            conn.execute(statement)
            statement = ""
    if statement.strip():
        raise ValueError(f"incomplete SQL statement: {statement[:60]!r}")


_relations_and_kinds.rebuilds_tables = True  # runs with foreign keys off, then checks them
MIGRATIONS.append(_relations_and_kinds)


def _refold_search_index(conn: sqlite3.Connection) -> None:
    """Version 4: the search fold learnt hamza seats, lam-alef ligatures and على/علي; index every text anew."""
    conn.execute("INSERT INTO search_index (search_index) VALUES ('delete-all')")  # contentless: no DELETE
    for key, text in conn.execute("SELECT document, text FROM texts").fetchall():
        conn.execute("INSERT INTO search_index (rowid, terms) VALUES (?, ?)", (key, search_terms(text)))


MIGRATIONS.append(_refold_search_index)


def _topics_by_annotator(conn: sqlite3.Connection) -> None:
    """Version 5: a topic is chosen by an annotator, so several annotators' topics of one document stand side
    by side (teams, agreement on topics) instead of the first one's hiding the others'. No annotator is ''."""
    statements = """
        CREATE TABLE document_topics_v5 (
            document INTEGER NOT NULL REFERENCES documents(key) ON DELETE CASCADE,
            topic TEXT NOT NULL REFERENCES topics(name) ON UPDATE CASCADE,
            annotator TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL,
            PRIMARY KEY (document, topic, annotator)
        ) WITHOUT ROWID;
        INSERT INTO document_topics_v5 (document, topic, annotator, created)
            SELECT document, topic, COALESCE(annotator, ''), created FROM document_topics;
        DROP TABLE document_topics;
        ALTER TABLE document_topics_v5 RENAME TO document_topics;
        CREATE INDEX document_topics_topic ON document_topics(topic);
    """
    for statement in _statements(statements):  # one by one, inside the step's transaction (executescript commits)
        conn.execute(statement)


_topics_by_annotator.rebuilds_tables = True
MIGRATIONS.append(_topics_by_annotator)

# Version 6: models the project trained on its own annotations (core.learn), with what they learnt from.
MIGRATIONS.append("""
    CREATE TABLE models (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        created TEXT NOT NULL,
        data BLOB NOT NULL,
        extras BLOB NOT NULL,
        documents INTEGER NOT NULL,
        tokens INTEGER NOT NULL,
        scores TEXT NOT NULL DEFAULT '{}'
    );
""")
# Version 7: how much the model would learn from each document an analyst has not annotated yet (its
# uncertainty there), for the document list's "most useful first" order.
MIGRATIONS.append("""
    CREATE TABLE usefulness (
        document INTEGER PRIMARY KEY REFERENCES documents(key) ON DELETE CASCADE,
        score REAL NOT NULL
    );
""")
# Version 8: suggestions the analyst rejected (Delete on a faded name), by span and label: never offered again
# there, and taught to the entity model as words that are not that name; and the model's confidence in the
# names it suggests, shown with them.
MIGRATIONS.append("""
    ALTER TABLE entities ADD COLUMN confidence REAL;
    CREATE TABLE rejections (
        document INTEGER NOT NULL REFERENCES documents(key) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        label TEXT NOT NULL,
        source TEXT NOT NULL,
        created TEXT NOT NULL,
        PRIMARY KEY (document, start, "end", label)
    );
""")
# Version 9: an entity model's second pass (core.learn.second_pass), which reads what the first said about
# the whole document; NULL for a model with one pass.
MIGRATIONS.append("""
    ALTER TABLE models ADD COLUMN second BLOB;
""")
SCHEMA_VERSION = len(MIGRATIONS)


def _statements(script: str) -> Iterator[str]:
    """The statements of a schema script, one by one (triggers whole), so they run inside our own
    transaction: executescript() would commit first."""
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            yield pending.strip()
            pending = ""
    if pending.strip():
        yield pending.strip()


def now() -> str:
    return datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="milliseconds")


def _write_ahead(connection: sqlite3.Connection, path: Path, *, patience: float = 5.0) -> None:
    """Put the file in WAL mode. Switching needs the file to itself, and SQLite's busy timeout does not wait
    for that: two programs creating one project at once found it locked. Already in WAL mode, nothing is
    switched; otherwise the switch is tried again for `patience` seconds, then the project is busy."""
    if connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal":
        return
    deadline = time.monotonic() + patience
    while True:
        try:
            connection.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) and "busy" not in str(error):
                raise
            if time.monotonic() > deadline:
                connection.close()
                raise ProjectBusy(reason('{path}: the project is busy (another program, such as an import, is writing to it); nothing was changed: try again in a moment.', path=path)) from error
            time.sleep(0.05)


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _open_read_only(path: Path) -> tuple[sqlite3.Connection, int, bool]:
    """The project as it stands, for reading only: `immutable` tells SQLite no one can change it meanwhile,
    which holds on a read-only disk and lets it read a WAL-mode file without the files beside it."""
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True, isolation_level=None,
                                     check_same_thread=False)
        return connection, connection.execute("PRAGMA user_version").fetchone()[0], True
    except sqlite3.DatabaseError as error:
        raise ProjectError(reason('{path}: not an annotator project ({error}).', path=path, error=error)) from error


def _wal_waiting(path: Path) -> bool:
    """Whether changes wait in the write-ahead log beside the file (a project copied while it was open)."""
    wal = path.with_name(path.name + "-wal")
    try:
        return wal.is_file() and wal.stat().st_size > 0
    except OSError:
        return False


def _open_reading_copy(path: Path) -> tuple[sqlite3.Connection, int, tempfile.TemporaryDirectory]:
    """A private copy of a project that cannot be written where it is, for reading only. Opened in place with
    `immutable`, SQLite would not read the write-ahead log beside it (changes committed there would seem
    lost), and an older project could not be upgraded. The copy, in the user's temporary folder, takes its
    log in and may be upgraded; it is deleted when the project is closed."""
    folder = tempfile.TemporaryDirectory(prefix="annotator-reading-")
    try:
        copy = Path(folder.name) / path.name
        shutil.copyfile(path, copy)
        if _wal_waiting(path):
            shutil.copyfile(path.with_name(path.name + "-wal"), copy.with_name(copy.name + "-wal"))
        connection = sqlite3.connect(str(copy), isolation_level=None, check_same_thread=False)
        return connection, connection.execute("PRAGMA user_version").fetchone()[0], folder
    except OSError as error:
        folder.cleanup()
        raise ProjectError(reason("{path}: its folder cannot be written, and no copy of it could be made to read "
                                  "({error}); copy it somewhere you can write to.", path=path, error=error)) from error
    except sqlite3.DatabaseError as error:
        folder.cleanup()
        raise ProjectError(reason('{path}: not an annotator project ({error}).', path=path, error=error)) from error


def _read_only(path: Path):
    return reason("{path}: this project can only be read here (its file or folder cannot be written); "
                  "nothing was changed.", path=path)


class Project:
    """An open project file."""

    read_only = False  # opened from a place that cannot be written: reading commands work, changes are refused

    def __init__(self, connection: sqlite3.Connection, path: Path, *, is_new: bool):
        self.conn = connection
        self.path = path
        self.is_new = is_new
        self._depth = 0
        self._text_cache: dict[int, str] = {}
        self._search_index_roomy = False  # see _roomy_search_index
        self._reading_copy: tempfile.TemporaryDirectory | None = None  # see _open_reading_copy
        self._db = None

    @property
    def db(self):
        """The same connection as a `sqlite_utils.Database`, for scripts that query the project. Made on first
        use: sqlite-utils brings numpy with it, which would add a tenth of a second to every command's start."""
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn)
        return self._db

    # --- opening ---------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path, *, create: bool = True) -> "Project":
        """Open (and, if allowed, create) a project file, bringing its schema up to date."""
        path = Path(path)
        if path.exists() and not path.is_file():
            raise ProjectError(reason('{path}: not a file; a project is a file (for example project.db).', path=path))
        exists = path.exists() and path.stat().st_size > 0
        if not exists and not create:
            raise ProjectError(reason('{path}: no project file here.', path=path))
        if not exists:
            path.parent.mkdir(parents=True, exist_ok=True)
        read_only = False
        try:
            connection = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
            connection.execute("PRAGMA busy_timeout = 5000")
            version = connection.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.OperationalError as error:
            # A project on a read-only disk or in a folder this user may not write: SQLite cannot make the
            # files WAL needs beside it. It can still be read (stats, search, export, check), as it stands.
            if not (exists and "unable to open" in str(error) and not _writable(path)):
                raise ProjectError(reason('{path}: not an annotator project ({error}).', path=path, error=error)) from error
            connection, version, read_only = _open_read_only(path)
        except sqlite3.DatabaseError as error:
            raise ProjectError(reason('{path}: not an annotator project ({error}).', path=path, error=error)) from error
        if exists and not read_only and not _writable(path):
            # Read so far without WAL's files (a file in the old rollback-journal mode), but nothing here can
            # be written: the same reading as above, or switching to WAL would fail.
            connection.close()
            connection, version, read_only = _open_read_only(path)
        if version > SCHEMA_VERSION:
            connection.close()
            raise ProjectError(
                reason('{path}: made by a newer annotator (file version {version}, this one knows {known}); update the annotator to open it.', path=path, version=version, known=SCHEMA_VERSION)
            )
        if exists and version == 0:
            version, foreign = _version_and_tables(connection)
            if foreign:
                connection.close()
                raise ProjectError(reason('{path}: this SQLite file is not an annotator project.', path=path))
        if read_only:
            if version == SCHEMA_VERSION and not _wal_waiting(path):
                project = cls(connection, path, is_new=False)
            else:
                connection.close()
                connection, version, folder = _open_reading_copy(path)
                project = cls(connection, path, is_new=False)
                project._reading_copy = folder
                try:
                    connection.execute("PRAGMA foreign_keys = ON")
                    project._migrate(version)
                except BaseException:
                    project.close()
                    raise
            project.read_only = True
            return project
        _write_ahead(connection, path)
        connection.execute("PRAGMA synchronous = FULL")
        connection.execute("PRAGMA foreign_keys = ON")
        if exists and 0 < version < SCHEMA_VERSION:
            # An upgrade rewrites tables: the file as it was is kept first, and an older annotator can open that.
            try:
                backups.make(connection, path, "before-upgrade")
            except (OSError, sqlite3.Error) as error:
                connection.close()
                raise ProjectError(reason("{path}: this older project must be upgraded, and no copy of it could be "
                                          "kept first ({error}); nothing was changed. Make room or move it to a "
                                          "folder you can write to.", path=path, error=error)) from error
        project = cls(connection, path, is_new=version == 0)
        project._migrate(version)
        project._ensure_schema()
        return project

    def _migrate(self, version: int) -> None:
        """Bring the file up to SCHEMA_VERSION, one step per transaction. Each step takes the write lock and
        reads the version again under it: two programs creating or upgrading the same file at once then
        take turns, and the second finds the work done instead of failing on "table already exists"."""
        for number in range(version, SCHEMA_VERSION):
            step = MIGRATIONS[number]
            rebuilds = getattr(step, "rebuilds_tables", False)
            if rebuilds:  # SQLite's table rebuild: foreign keys off outside the transaction, checked inside
                self.conn.execute("PRAGMA foreign_keys = OFF")
            try:
                with self.transaction():
                    if self.conn.execute("PRAGMA user_version").fetchone()[0] > number:
                        continue  # another program did this step while we waited for the lock
                    if isinstance(step, str):
                        for statement in _statements(step):
                            self.conn.execute(statement)
                    else:
                        step(self.conn)
                    if rebuilds and self.conn.execute("PRAGMA foreign_key_check").fetchone():
                        raise ProjectError(reason('{path}: upgrading the file broke a link between rows; it was left as it was.', path=self.path))
                    self.conn.execute(f"PRAGMA user_version = {number + 1}")
            finally:
                if rebuilds:
                    self.conn.execute("PRAGMA foreign_keys = ON")

    def _ensure_schema(self) -> None:
        """A project with neither labels nor topics gets the default schema: a new file, or one whose
        creation was cut short (a kill) after its tables and before its labels."""
        def empty() -> bool:
            return not self.conn.execute("SELECT 1 FROM labels UNION ALL SELECT 1 FROM topics LIMIT 1").fetchone()

        if not empty():  # the usual case, settled without a write lock (read-only files open too)
            return
        with self.transaction():
            if empty():  # again under the lock: another program may have just loaded it
                self.load_schema_file(paths.default_schema_file())

    def close(self) -> None:
        self.conn.close()
        if self._reading_copy is not None:
            self._reading_copy.cleanup()
            self._reading_copy = None

    def save_copy(self, target: str | Path) -> Path:
        """A consistent copy of the whole project in another file (SQLite's online backup), even while it is open."""
        target = Path(target)
        if target.resolve() == self.path.resolve():
            raise ProjectError(reason('{target}: that is this project itself; choose another file for the copy.', target=target))
        return backups.copy_into(self.conn, target)

    def __enter__(self) -> "Project":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- transactions and journal -----------------------------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """All or nothing; nests (inner blocks are savepoints inside the outer one).

        The outer block takes the write lock at once (BEGIN IMMEDIATE): a deferred transaction that has
        read and then wants to write cannot wait for another writer and fails with "database is locked".
        Taking it first waits up to the busy timeout, then says the project is busy."""
        outer = self._depth == 0
        name = f"t{self._depth}"
        if outer:
            if self.read_only:
                raise ProjectError(_read_only(self.path))
            try:
                self.conn.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as error:
                if "readonly" in str(error):
                    raise ProjectError(_read_only(self.path)) from error
                if "locked" in str(error) or "busy" in str(error):
                    raise ProjectBusy(reason('{path}: the project is busy (another program, such as an import, is writing to it); nothing was changed: try again in a moment.', path=self.path)) from error
                raise
        else:
            self.conn.execute(f"SAVEPOINT {name}")
        self._depth += 1
        try:
            yield
        except BaseException as error:
            if outer:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
            else:
                self.conn.execute(f"ROLLBACK TO {name}")
                self.conn.execute(f"RELEASE {name}")
            self._text_cache.clear()
            if outer and isinstance(error, sqlite3.OperationalError) and "readonly" in str(error):
                raise ProjectError(_read_only(self.path)) from error  # a file this user may only read
            raise
        else:
            try:
                self.conn.execute("COMMIT" if outer else f"RELEASE {name}")
            except sqlite3.Error as error:
                if not outer:
                    raise
                # The commit itself failed (a full disk, a lost file): end the transaction here, or every
                # later edit would nest inside it and never reach the file.
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                self._text_cache.clear()
                raise ProjectError(reason('{path}: the change could not be saved ({error}); nothing of it was kept. Free some disk space or check the file, then do it again.', path=self.path, error=error)) from error
        finally:
            self._depth -= 1

    def journal(self, action: str, *, annotator: str | None, document: int | None = None, **payload) -> None:
        self.conn.execute(
            "INSERT INTO journal (at, annotator, action, document, payload) VALUES (?, ?, ?, ?, ?)",
            (now(), annotator, action, document, json.dumps(payload, ensure_ascii=False)),
        )

    # --- settings and schema -----------------------------------------------

    def setting(self, name: str, default: str | None = None) -> str | None:
        row = self.conn.execute("SELECT value FROM settings WHERE name = ?", (name,)).fetchone()
        return row[0] if row else default

    def set_setting(self, name: str, value: str) -> None:
        self.conn.execute(
            "INSERT INTO settings (name, value) VALUES (?, ?) "
            "ON CONFLICT(name) DO UPDATE SET value = excluded.value",
            (name, value),
        )

    def load_schema_file(self, path: Path) -> None:
        """Copy a label schema file (labels and topics) into the project."""
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        with self.transaction():
            for raw in data.get("labels", []):
                self.add_label(Label(**raw))
            for raw in data.get("topics", []):
                self.add_topic(Topic(**raw))
            for raw in data.get("relations", []):
                if raw["name"] not in self.schema().relation_names():
                    self.add_relation_label(RelationLabel(**raw))
            self.journal("load_schema", annotator=None, file=str(path))

    def schema(self) -> LabelSchema:
        labels = [
            Label(name=r[0], name_ar=r[1], name_en=r[2], colour=r[3], shortcut=r[4], description=r[5])
            for r in self.conn.execute(
                "SELECT name, name_ar, name_en, colour, shortcut, description FROM labels ORDER BY position, name"
            )
        ]
        topics = [
            Topic(name=r[0], name_ar=r[1], name_en=r[2], description=r[3])
            for r in self.conn.execute(
                "SELECT name, name_ar, name_en, description FROM topics ORDER BY position, name"
            )
        ]
        relations = [
            RelationLabel(name=r[0], name_ar=r[1], name_en=r[2], description=r[3])
            for r in self.conn.execute(
                "SELECT name, name_ar, name_en, description FROM relation_labels ORDER BY position, name"
            )
        ]
        return LabelSchema(labels=labels, topics=topics, relations=relations)

    def add_relation_label(self, label: RelationLabel) -> None:
        position = self.conn.execute("SELECT COALESCE(MAX(position), 0) + 1 FROM relation_labels").fetchone()[0]
        self.conn.execute(
            "INSERT INTO relation_labels (name, name_ar, name_en, position, description) VALUES (?, ?, ?, ?, ?)",
            (label.name, label.name_ar, label.name_en, position, label.description),
        )

    def add_label(self, label: Label) -> None:
        position = self.conn.execute("SELECT COALESCE(MAX(position), 0) + 1 FROM labels").fetchone()[0]
        self.conn.execute(
            "INSERT INTO labels (name, name_ar, name_en, colour, shortcut, position, description) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (label.name, label.name_ar, label.name_en, label.colour, label.shortcut, position, label.description),
        )

    def add_topic(self, topic: Topic) -> None:
        position = self.conn.execute("SELECT COALESCE(MAX(position), 0) + 1 FROM topics").fetchone()[0]
        self.conn.execute(
            "INSERT INTO topics (name, name_ar, name_en, position, description) VALUES (?, ?, ?, ?, ?)",
            (topic.name, topic.name_ar, topic.name_en, position, topic.description),
        )

    def save_schema(self, schema: LabelSchema, renamed: dict[str, str] | None = None, *, annotator: str | None = None) -> None:
        """Replace labels and topics in the given order; renames carry every annotation along.

        `renamed` maps old names to new ones, for labels and topics alike.
        Removing a label or topic still in use is refused with a sentence.
        """
        renamed = renamed or {}
        for kind, names in (("label", [l.name for l in schema.labels]), ("topic", [t.name for t in schema.topics]),
                            ("relation", [r.name for r in schema.relations])):
            if any(not name.strip() for name in names):
                raise ProjectError(_NAMELESS[kind])
            if len(set(names)) != len(names):
                raise ProjectError(_TWINS[kind])
        with self.transaction():
            for table in ("labels", "topics", "relation_labels"):
                for old, new in renamed.items():
                    if old != new:
                        self.conn.execute(f"UPDATE {table} SET name = ? WHERE name = ?", (new, old))
            self._drop_unlisted("labels", "entities", "label", [l.name for l in schema.labels])
            self._drop_unlisted("topics", "document_topics", "topic", [t.name for t in schema.topics])
            self._drop_unlisted("relation_labels", "relations", "label", [r.name for r in schema.relations])
            for position, label in enumerate(schema.labels, start=1):
                self.conn.execute(
                    "INSERT INTO labels (name, name_ar, name_en, colour, shortcut, position, description) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(name) DO UPDATE SET name_ar = excluded.name_ar, "
                    "name_en = excluded.name_en, colour = excluded.colour, shortcut = excluded.shortcut, "
                    "position = excluded.position, description = excluded.description",
                    (label.name, label.name_ar, label.name_en, label.colour,
                     str(position) if position <= 9 else None, position, label.description),
                )
            for position, topic in enumerate(schema.topics, start=1):
                self.conn.execute(
                    "INSERT INTO topics (name, name_ar, name_en, position, description) VALUES (?, ?, ?, ?, ?) "
                    "ON CONFLICT(name) DO UPDATE SET name_ar = excluded.name_ar, name_en = excluded.name_en, "
                    "position = excluded.position, description = excluded.description",
                    (topic.name, topic.name_ar, topic.name_en, position, topic.description),
                )
            for position, relation in enumerate(schema.relations, start=1):
                self.conn.execute(
                    "INSERT INTO relation_labels (name, name_ar, name_en, position, description) VALUES (?, ?, ?, ?, ?) "
                    "ON CONFLICT(name) DO UPDATE SET name_ar = excluded.name_ar, name_en = excluded.name_en, "
                    "position = excluded.position, description = excluded.description",
                    (relation.name, relation.name_ar, relation.name_en, position, relation.description),
                )
            self.journal("edit schema", annotator=annotator, renamed=renamed,
                         labels=[l.name for l in schema.labels], topics=[t.name for t in schema.topics])

    def _drop_unlisted(self, table: str, users: str, column: str, keep: list[str]) -> None:
        for (name,) in self.conn.execute(f"SELECT name FROM {table}").fetchall():
            if name in keep:
                continue
            used = self.conn.execute(f"SELECT COUNT(*) FROM {users} WHERE {column} = ?", (name,)).fetchone()[0]
            if used:
                raise ProjectError(reason('{name!r} is still used {used} times; change those annotations before removing it', name=name, used=used))
            self.conn.execute(f"DELETE FROM {table} WHERE name = ?", (name,))

    # --- documents -------------------------------------------------------

    def document_count(self) -> int:
        return self.conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]

    def key_of(self, document_id: str) -> int | None:
        row = self.conn.execute("SELECT key FROM documents WHERE id = ?", (document_id,)).fetchone()
        return row[0] if row else None

    def find_by_hash(self, digest: str) -> tuple[int, str] | None:
        """(key, id) of the document whose text has this hash, if any."""
        row = self.conn.execute("SELECT key, id FROM documents WHERE text_hash = ?", (digest,)).fetchone()
        return (row[0], row[1]) if row else None

    def insert_document(self, document: Document, *, annotator: str | None, digest: str | None = None) -> int:
        """Store a document whose text is already normalised; its spans go in separately."""
        if document.status not in STATUSES:
            raise ValueError(f"status {document.status!r} is not one of {', '.join(STATUSES)}")
        stamp = now()
        cursor = self.conn.execute(
            "INSERT INTO documents (id, title, status, text_hash, length, meta, annotator, created, updated) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                document.id,
                document.title,
                document.status,
                digest or text_hash(document.text),
                len(document.text),
                json.dumps(document.meta, ensure_ascii=False),
                annotator,
                stamp,
                stamp,
            ),
        )
        key = cursor.lastrowid
        self.conn.execute("INSERT INTO texts (document, text) VALUES (?, ?)", (key, document.text))
        self.conn.execute("INSERT INTO search_index (rowid, terms) VALUES (?, ?)", (key, search_terms(document.text)))
        return key

    def insert_documents(self, batch: list[tuple[Document, str, str]], *, annotator: str | None) -> list[int]:
        """Store many plain documents (text already normalised; (document, text hash, search terms)) in three
        `executemany` calls instead of three statements each: the bulk of a large import. Call inside a
        transaction, which holds the write lock, so the keys counted here stay free."""
        if not batch:
            return []
        self._roomy_search_index()
        stamp = now()
        first = (self.conn.execute("SELECT max(key) FROM documents").fetchone()[0] or 0) + 1
        keys = list(range(first, first + len(batch)))
        for document, _, _ in batch:
            if document.status not in STATUSES:
                raise ValueError(f"status {document.status!r} is not one of {', '.join(STATUSES)}")
        rows = [(document.id, document.title, document.status, digest, len(document.text),
                 json.dumps(document.meta, ensure_ascii=False)) for document, digest, _ in batch]
        texts = [document.text for document, _, _ in batch]
        terms = [terms for _, _, terms in batch]
        if len(batch) < 50 or any("\x00" in text for text in texts) or any("\x00" in "".join(map(str, row)) for row in rows):
            self._insert_rows_one_by_one(keys, rows, texts, terms, annotator, stamp)
            return keys
        # Each statement takes its whole batch as one JSON array, so SQLite runs it with Python's lock let go
        # from start to end. An `executemany` takes the lock back for every row; while the import's reading
        # thread works, each of those waits, which made the 30,000 ANT documents' rows take 2.3 s instead of
        # 0.4 s. A few documents gain nothing and their JSON copy costs memory (a 30 MB article is 100 MB more),
        # and a NUL would end a JSON string early in SQLite: such batches take the plain way above.
        self.conn.execute(
            "INSERT INTO documents (key, id, title, status, text_hash, length, meta, annotator, created, updated) "
            "SELECT ? + key, json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]'), "
            "json_extract(value, '$[3]'), json_extract(value, '$[4]'), json_extract(value, '$[5]'), ?, ?, ? "
            "FROM json_each(?)", (first, annotator, stamp, stamp, json.dumps(rows, ensure_ascii=False)))
        self.conn.execute("INSERT INTO texts (document, text) SELECT ? + key, value FROM json_each(?)",
                          (first, json.dumps(texts, ensure_ascii=False)))
        self.conn.execute("INSERT INTO search_index (rowid, terms) SELECT ? + key, value FROM json_each(?)",
                          (first, json.dumps(terms, ensure_ascii=False)))
        return keys

    def _insert_rows_one_by_one(self, keys, rows, texts, terms, annotator, stamp) -> None:
        self.conn.executemany(
            "INSERT INTO documents (key, id, title, status, text_hash, length, meta, annotator, created, updated) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(key, *row, annotator, stamp, stamp) for key, row in zip(keys, rows)])
        self.conn.executemany("INSERT INTO texts (document, text) VALUES (?, ?)", zip(keys, texts))
        self.conn.executemany("INSERT INTO search_index (rowid, terms) VALUES (?, ?)", zip(keys, terms))

    # FTS5 keeps new terms in memory and writes them out as a segment whenever they pass its hash size (1 MB by
    # default); every segment is later merged with others. With 16 MB, a bulk import writes a sixteenth of the
    # segments and merges far less: the ANT import's search index went from 4.1 s to 2.7 s. The memory is
    # held only while a transaction adds terms.
    SEARCH_INDEX_HASH_SIZE = 16 * 2**20

    def _roomy_search_index(self) -> None:
        """Give the search index its larger hash size, once per file (the setting is kept in the file)."""
        if self._search_index_roomy:
            return
        self._search_index_roomy = True
        row = self.conn.execute("SELECT v FROM search_index_config WHERE k = 'hashsize'").fetchone()
        if row is None or row[0] != self.SEARCH_INDEX_HASH_SIZE:
            try:
                self.conn.execute("INSERT INTO search_index (search_index, rank) VALUES ('hashsize', ?)",
                                  (self.SEARCH_INDEX_HASH_SIZE,))
            except sqlite3.OperationalError:
                pass  # an SQLite without the setting: the import is only slower

    def rejections(self, key: int) -> set[tuple[int, int, str]]:
        """(start, end, label) of every suggestion the analyst rejected in this document."""
        return {(start, end, label) for start, end, label in self.conn.execute(
            'SELECT start, "end", label FROM rejections WHERE document = ?', (key,))}

    def known_documents(self) -> tuple[dict[str, int], set[str]]:
        """Every text hash (with its document's key) and every document id in the project, for an import to
        check against in memory."""
        hashes, ids = {}, set()
        for digest, key, document_id in self.conn.execute("SELECT text_hash, key, id FROM documents"):
            hashes[digest] = key
            ids.add(document_id)
        return hashes, ids

    def text(self, key: int) -> str:
        cached = self._text_cache.get(key)
        if cached is None:
            row = self.conn.execute("SELECT text FROM texts WHERE document = ?", (key,)).fetchone()
            if row is None:
                raise KeyError(key)
            cached = row[0]
            if len(self._text_cache) > 64:
                self._text_cache.clear()
            self._text_cache[key] = cached
        return cached

    # --- spans and topics ----------------------------------------------------

    def insert_entity(self, key: int, entity: Entity) -> int:
        self._check_span(key, entity.start, entity.end, entity.text)
        stamp = now()
        return self.conn.execute(
            'INSERT INTO entities (document, start, "end", label, text, annotator, source, suggested, created, updated, '
            "confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (key, entity.start, entity.end, entity.label, entity.text, entity.annotator, entity.source,
             int(entity.suggested), stamp, stamp, entity.confidence),
        ).lastrowid

    def insert_quote(self, key: int, quote: Quote) -> int:
        self._check_span(key, quote.start, quote.end, quote.text)
        cue = quote.cue
        if cue is not None:
            self._check_span(key, cue.start, cue.end, cue.text)
        stamp = now()
        return self.conn.execute(
            'INSERT INTO quotes (document, start, "end", text, speaker, speaker_text, cue_start, cue_end, '
            "cue_text, annotator, source, suggested, created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                key,
                quote.start,
                quote.end,
                quote.text,
                quote.speaker,
                quote.speaker_text,
                cue.start if cue else None,
                cue.end if cue else None,
                cue.text if cue else None,
                quote.annotator,
                quote.source,
                int(quote.suggested),
                stamp,
                stamp,
            ),
        ).lastrowid

    def insert_relation(self, key: int, relation: Relation) -> int:
        """A link between two entities of this document (their ids in the project)."""
        stamp = now()
        return self.conn.execute(
            "INSERT INTO relations (document, head, tail, label, annotator, source, suggested, created, updated) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (key, relation.head, relation.tail, relation.label, relation.annotator, relation.source,
             int(relation.suggested), stamp, stamp),
        ).lastrowid

    def insert_topic(self, key: int, topic: str, *, annotator: str | None) -> None:
        self.conn.execute(
            "INSERT OR IGNORE INTO document_topics (document, topic, annotator, created) VALUES (?, ?, ?, ?)",
            (key, topic, annotator or "", now()),
        )

    def _check_span(self, key: int, start: int, end: int, surface: str) -> None:
        problem = span_problem(self.text(key), start, end, surface)
        if problem:
            raise SpanRefused(problem)

    # --- reading back ----------------------------------------------------------

    def document(self, key: int, *, include_suggested: bool = True) -> Document:
        return next(self._documents(f"d.key = {int(key)}", (), include_suggested))

    def documents(
        self,
        *,
        statuses: Iterable[str] | None = None,
        include_suggested: bool = False,
        batch: int = 500,
    ) -> Iterator[Document]:
        """Every document in import order, with its annotations, read in batches."""
        where, params = "1", ()
        if statuses:
            statuses = list(statuses)
            where = f"d.status IN ({', '.join('?' * len(statuses))})"
            params = tuple(statuses)
        last = 0
        while True:
            page = list(self._documents(f"{where} AND d.key > ?", params + (last,), include_suggested, limit=batch))
            yield from page
            if len(page) < batch:
                return
            last = page[-1].key

    def _documents(self, where: str, params: tuple, include_suggested: bool, limit: int | None = None):
        sql = (
            "SELECT d.key, d.id, t.text, d.meta, d.status FROM documents d JOIN texts t ON t.document = d.key "
            f"WHERE {where} ORDER BY d.key" + (f" LIMIT {int(limit)}" if limit else "")
        )
        documents = [
            Document(id=r[1], text=r[2], meta=json.loads(r[3]), status=r[4], key=r[0])
            for r in self.conn.execute(sql, params)
        ]
        if not documents:
            return iter(())
        by_key = {d.key: d for d in documents}
        keys = ",".join(str(k) for k in by_key)
        accepted_only = "" if include_suggested else " AND suggested = 0"
        for r in self.conn.execute(
            f'SELECT id, document, start, "end", label, text, annotator, source, suggested, confidence FROM entities '
            f"WHERE document IN ({keys}){accepted_only} ORDER BY document, start, \"end\", id"
        ):
            by_key[r[1]].entities.append(
                Entity(id=r[0], start=r[2], end=r[3], label=r[4], text=r[5], annotator=r[6], source=r[7],
                       suggested=bool(r[8]), confidence=r[9])
            )
        for r in self.conn.execute(
            f'SELECT id, document, start, "end", text, speaker, speaker_text, cue_start, cue_end, cue_text, '
            f"annotator, source, suggested FROM quotes WHERE document IN ({keys}){accepted_only} "
            f'ORDER BY document, start, "end", id'
        ):
            cue = Cue(start=r[7], end=r[8], text=r[9]) if r[7] is not None else None
            by_key[r[1]].quotes.append(
                Quote(
                    id=r[0], start=r[2], end=r[3], text=r[4], speaker=r[5], speaker_text=r[6],
                    cue=cue, annotator=r[10], source=r[11], suggested=bool(r[12]),
                )
            )
        # A relation to a suggested entity waits with it: it is shown, but never leaves, until both are accepted.
        relation_filter = "" if include_suggested else (
            " AND r.suggested = 0 AND h.suggested = 0 AND t.suggested = 0")
        for r in self.conn.execute(
            "SELECT r.id, r.document, r.head, r.tail, r.label, r.annotator, r.source, r.suggested FROM relations r "
            "JOIN entities h ON h.id = r.head JOIN entities t ON t.id = r.tail "
            f"WHERE r.document IN ({keys}){relation_filter} ORDER BY r.document, r.id"
        ):
            by_key[r[1]].relations.append(
                Relation(id=r[0], head=r[2], tail=r[3], label=r[4], annotator=r[5], source=r[6], suggested=bool(r[7]))
            )
        for r in self.conn.execute(
            "SELECT dt.document, dt.topic, dt.annotator FROM document_topics dt JOIN topics t ON t.name = dt.topic "
            f"WHERE dt.document IN ({keys}) ORDER BY dt.document, t.position, dt.annotator"
        ):
            document = by_key[r[0]]
            if r[1] not in document.topic_annotators:
                document.topics.append(r[1])  # each topic once, whoever chose it
            document.topic_annotators.setdefault(r[1], []).append(r[2] or None)
        return iter(documents)


def _version_and_tables(connection: sqlite3.Connection) -> tuple[int, bool]:
    """(the file's version, whether it holds tables without one: another program's file), read in one
    transaction. Read apart, a project whose creator committed its first tables in between looked like
    another program's file (two programs creating one project at once, about once in 30 runs under load)."""
    connection.execute("BEGIN")
    try:
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        tables = connection.execute("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
    finally:
        connection.execute("COMMIT")
    return version, version == 0 and tables > 0
