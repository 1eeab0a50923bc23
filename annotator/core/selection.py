"""Which documents and annotations leave the project: filters and a deterministic train/dev/test split."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from annotator.core.arabic import whole_token
from annotator.core.model import GOLD, Document
from annotator.core.store import Project


@dataclass
class Selection:
    statuses: list[str] | None = None
    annotators: list[str] | None = None  # keep only annotations by these people
    labels: list[str] | None = None  # keep only entities with these labels
    whole_tokens: bool = False  # grow entities over their proclitics (وإسرائيل, as ANERcorp and Wojood tag)
    gold_first: bool = True  # a document with a gold layer leaves as adjudicated, unless annotators are named


def selected_documents(project: Project, selection: Selection) -> Iterator[Document]:
    """Accepted annotations only: suggestions never leave the project."""
    for document in project.documents(statuses=selection.statuses, include_suggested=False):
        if not selection.annotators and selection.gold_first and any(
                item.annotator == GOLD for item in (*document.entities, *document.quotes)):
            # An adjudicated document leaves as it was settled (core.curation), not as every annotator had it.
            document.entities = [e for e in document.entities if e.annotator == GOLD]
            document.quotes = [q for q in document.quotes if q.annotator == GOLD]
            document.relations = [r for r in document.relations if r.annotator == GOLD]
            gold_topics = [t for t in document.topics if GOLD in document.topic_annotators.get(t, ())]
            if gold_topics:
                document.topics = gold_topics
        if selection.annotators:
            people = set(selection.annotators)
            document.entities = [e for e in document.entities if e.annotator in people]
            document.quotes = [q for q in document.quotes if q.annotator in people]
            document.relations = [r for r in document.relations if r.annotator in people]
        if selection.labels:
            wanted = set(selection.labels)
            document.entities = [e for e in document.entities if e.label in wanted]
        if selection.whole_tokens:
            for entity in document.entities:
                entity.start, entity.end = whole_token(document.text, entity.start, entity.end)
                entity.text = document.text[entity.start:entity.end]
        yield document


def parse_split(spec: str) -> list[tuple[str, float]]:
    """'train=0.8,dev=0.1,test=0.1' as [(name, share)], shares summing to 1."""
    parts = []
    for item in spec.split(","):
        name, _, share = item.partition("=")
        try:
            value = float(share)
        except ValueError:
            raise ValueError(f"split part {item!r} should look like name=0.8") from None
        if not name.strip() or value < 0:
            raise ValueError(f"split part {item!r} should look like name=0.8")
        if not _plain_file_name(name.strip()):
            raise ValueError(f"split name {name.strip()!r} becomes a file name in --out: use letters, digits, '-' and '_'")
        parts.append((name.strip(), value))
    total = sum(share for _, share in parts)
    if not parts or abs(total - 1.0) > 1e-6:
        raise ValueError(f"split shares add up to {total:g}, not 1")
    return parts


def _plain_file_name(name: str) -> bool:
    """No way out of the --out folder ('../x', 'a/b'), nothing hidden, no control characters."""
    return (name not in (".", "..") and not name.startswith(".") and "/" not in name and "\\" not in name
            and all(ch.isprintable() and not ch.isspace() for ch in name))


def split_of(document_id: str, parts: Iterable[tuple[str, float]]) -> str:
    """The part a document belongs to: decided by its id alone, the same on every run."""
    digest = hashlib.sha256(document_id.encode("utf-8")).digest()
    point = int.from_bytes(digest[:8], "big") / 2**64
    cumulative = 0.0
    name = ""
    for name, share in parts:
        cumulative += share
        if point < cumulative:
            return name
    return name
