"""Integrity of a project file: SQLite's own checks, every text hash, every span and speaker link."""

from __future__ import annotations

from annotator.core.store import Project
from annotator.core.text import span_problem, text_hash


def project_problems(project: Project) -> list[str]:
    """Every problem found, as sentences naming the document and span; empty when all is well."""
    problems = [f"SQLite: {row[0]}" for row in project.conn.execute("PRAGMA integrity_check") if row[0] != "ok"]
    problems += [
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
