"""Counts that tell a project's state: documents per status, entities per label, topics, annotators."""

from __future__ import annotations

from annotator.core.model import STATUSES
from annotator.core.store import Project


def project_stats(project: Project) -> dict:
    """One dict, the shape of `stats --json` (CONTRACT §3); suggestions are counted apart."""
    query = project.conn.execute
    status = {name: 0 for name in STATUSES}
    status.update(dict(query("SELECT status, COUNT(*) FROM documents GROUP BY status")))
    labels = {label.name: 0 for label in project.schema().labels}
    labels.update(dict(query("SELECT label, COUNT(*) FROM entities WHERE suggested = 0 GROUP BY label")))
    topics = {topic.name: 0 for topic in project.schema().topics}
    topics.update(dict(query("SELECT topic, COUNT(DISTINCT document) FROM document_topics GROUP BY topic")))
    relation_labels = {relation.name: 0 for relation in project.schema().relations}
    relation_labels.update(dict(query("SELECT label, COUNT(*) FROM relations WHERE suggested = 0 GROUP BY label")))
    relations = sum(relation_labels.values())
    annotators: dict[str, int] = {}
    for table in ("entities", "quotes", "relations"):
        for who, count in query(
            f"SELECT COALESCE(annotator, ''), COUNT(*) FROM {table} WHERE suggested = 0 GROUP BY 1"
        ):
            annotators[who] = annotators.get(who, 0) + count
    return {
        "documents": project.document_count(),
        "status": status,
        "labels": labels,
        "topics": topics,
        "annotators": annotators,
        "entities": sum(labels.values()),
        "quotes": query("SELECT COUNT(*) FROM quotes WHERE suggested = 0").fetchone()[0],
        "relations": relations,
        "relation_labels": relation_labels,
        "suggestions": query(
            "SELECT (SELECT COUNT(*) FROM entities WHERE suggested = 1) + (SELECT COUNT(*) FROM quotes WHERE suggested = 1) "
            "+ (SELECT COUNT(*) FROM relations WHERE suggested = 1)"
        ).fetchone()[0],
    }
