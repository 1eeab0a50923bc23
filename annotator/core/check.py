"""Integrity of a project file: SQLite's own checks, every text hash, every span and speaker link."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from annotator.core.store import Project
from annotator.core.text import span_problem, text_hash


def project_problems(project: Project) -> list[str]:
    """Every problem found, as sentences naming the document and span; empty when all is well."""
    problems: list[str] = []
    try:
        problems += [f"SQLite: {row[0]}" for row in project.conn.execute("PRAGMA integrity_check") if row[0] != "ok"]
        problems += _row_problems(project)
    except sqlite3.DatabaseError as error:  # damaged pages: SQLite's own findings are still printed
        problems.append(f"SQLite: reading the rows stopped ({error}); restore the file from a copy")
    return problems


def _row_problems(project: Project) -> list[str]:
    problems = [
        f"SQLite: row {row[1]} of {row[0]} points to a missing row of {row[2]}"
        for row in project.conn.execute("PRAGMA foreign_key_check")
    ]
    for key, document_id, digest, length in project.conn.execute(
        "SELECT key, id, text_hash, length FROM documents ORDER BY key"
    ).fetchall():
        try:
            text = project.text(key)
        except KeyError:
            problems.append(f"document {document_id}: its text is missing")
            continue
        if text_hash(text) != digest or len(text) != length:
            problems.append(f"document {document_id}: the text no longer matches its hash")
        problems += _span_problems(project, key, document_id, text)
    return problems


def damaged_file_findings(path: Path) -> list[str]:
    """What SQLite finds in a file that cannot be opened as a project, read-only and without changing it."""
    try:
        connection = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
        try:
            rows = connection.execute("PRAGMA integrity_check").fetchall()
        finally:
            connection.close()
    except sqlite3.Error as error:
        return [f"SQLite cannot read it at all ({error}); restore it from a copy (Project ▸ Save a copy as makes one)"]
    findings = [f"SQLite: {row[0]}" for row in rows if row[0] != "ok"]
    return findings or ["SQLite finds the file whole, but it is not an annotator project"]


def _span_problems(project: Project, key: int, document_id: str, text: str) -> list[str]:
    problems = []
    rows = project.conn.execute(
        'SELECT \'entity\', id, start, "end", text FROM entities WHERE document = ? '
        'UNION ALL SELECT \'quote\', id, start, "end", text FROM quotes WHERE document = ? '
        "UNION ALL SELECT 'cue', id, cue_start, cue_end, cue_text FROM quotes "
        "WHERE document = ? AND cue_start IS NOT NULL",
        (key, key, key),
    )
    for kind, span_id, start, end, surface in rows:
        problem = span_problem(text, start, end, surface)
        if problem:
            problems.append(f"document {document_id}, {kind} {span_id}: {problem}")
    for quote_id, speaker_document in project.conn.execute(
        "SELECT q.id, e.document FROM quotes q JOIN entities e ON e.id = q.speaker WHERE q.document = ?", (key,)
    ):
        if speaker_document != key:
            problems.append(f"document {document_id}, quote {quote_id}: its speaker is in another document")
    return problems
