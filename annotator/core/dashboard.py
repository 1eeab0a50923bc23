"""The figures of the team dashboard: progress per annotator and over time, distributions, agreement per label.

Everything comes from the project itself: documents done by whom (the status and who set it), the journal's
timestamps for work over time and time per document, the accepted annotations for the distributions, and the
annotators' layers (after `annotator merge`) for agreement. Time per document adds up the gaps between one
annotator's consecutive edits of a document until they marked it done, each gap counted at most IDLE, so a
lunch break with a document open does not count as work.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import defaultdict
from dataclasses import dataclass, field

from annotator.core.agreement import Counts
from annotator.core.model import GOLD
from annotator.core.store import Project

IDLE = dt.timedelta(minutes=5)
_AUTOMATIC = {"suggester", "importer", GOLD}  # layers no person annotated in the window


@dataclass
class Dashboard:
    done_by: dict[str, int] = field(default_factory=dict)  # annotator -> documents done
    done_per_day: dict[str, dict[str, int]] = field(default_factory=dict)  # day -> annotator -> documents done
    minutes_per_document: dict[str, float] = field(default_factory=dict)  # annotator -> median minutes
    labels: dict[str, int] = field(default_factory=dict)
    topics: dict[str, int] = field(default_factory=dict)
    agreement_per_label: dict[str, float] = field(default_factory=dict)  # label -> F1 over annotator pairs
    least_agreed: dict[str, float] = field(default_factory=dict)  # document id -> entity F1, worst first
    documents: int = 0
    status: dict[str, int] = field(default_factory=dict)


def _when(stamp: str) -> dt.datetime:
    return dt.datetime.fromisoformat(stamp)


def dashboard(project: Project) -> Dashboard:
    board = Dashboard()
    conn = project.conn
    board.documents = conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    board.status = dict(conn.execute("SELECT status, COUNT(*) FROM documents GROUP BY status"))
    per_day: dict[str, dict[str, set]] = defaultdict(lambda: defaultdict(set))
    last_edit: dict[tuple[str, int], dt.datetime] = {}
    worked: dict[tuple[str, int], dt.timedelta] = defaultdict(dt.timedelta)
    spent: dict[str, list[float]] = defaultdict(list)
    for at, annotator, action, document in conn.execute(
            "SELECT at, annotator, action, document FROM journal WHERE document IS NOT NULL ORDER BY id"):
        if annotator is None or annotator in _AUTOMATIC or action in ("auto suggest", "import"):
            continue
        when = _when(at)
        key = (annotator, document)
        if key in last_edit:
            worked[key] += min(when - last_edit[key], IDLE)
        last_edit[key] = when
        if action == "mark done":
            per_day[when.date().isoformat()][annotator].add(document)
            spent[annotator].append(worked.pop(key, dt.timedelta()).total_seconds() / 60)
            last_edit.pop(key, None)
    board.done_per_day = {day: {name: len(docs) for name, docs in sorted(people.items())}
                          for day, people in sorted(per_day.items())}
    # Done per annotator: the documents each marked done in the window (the journal), and a document that came
    # in done (imported so) under whoever brought it, so the two charts count the same work.
    marked: dict[str, set] = defaultdict(set)
    for people in per_day.values():
        for name, documents in people.items():
            marked[name] |= documents
    journaled = set().union(*marked.values()) if marked else set()
    for key, annotator in conn.execute("SELECT key, annotator FROM documents WHERE status = 'done'"):
        if key not in journaled:
            marked[annotator or "?"].add(key)
    board.done_by = dict(sorted(((name, len(docs)) for name, docs in marked.items()), key=lambda item: (-item[1], item[0])))
    board.minutes_per_document = {name: round(statistics.median(times), 2) for name, times in sorted(spent.items())}
    board.labels = dict(conn.execute(
        "SELECT label, COUNT(*) FROM entities WHERE NOT suggested GROUP BY label ORDER BY 2 DESC, 1"))
    board.topics = dict(conn.execute(
        "SELECT topic, COUNT(DISTINCT document) FROM document_topics GROUP BY topic ORDER BY 2 DESC, 1"))
    board.agreement_per_label, board.least_agreed = _agreement(project)
    return board


def _agreement(project: Project, worst: int = 10) -> tuple[dict[str, float], dict[str, float]]:
    """Entity F1 per label over every pair of annotators on the documents both annotated (exact span and
    label), each pair counted once with the alphabetically first as the reference; and the `worst` documents
    by their own F1 over those pairs, least agreement first."""
    per_label: dict[str, Counts] = defaultdict(Counts)
    per_document: dict[int, Counts] = defaultdict(Counts)
    layers: dict[int, dict[str, set]] = defaultdict(lambda: defaultdict(set))
    for document, start, end, label, annotator in project.conn.execute(
            "SELECT document, start, \"end\", label, annotator FROM entities WHERE NOT suggested AND annotator IS NOT NULL"):
        if annotator not in _AUTOMATIC:
            layers[document][annotator].add((start, end, label))
    for document, people in layers.items():
        names = sorted(people)
        for i, first in enumerate(names):
            for second in names[i + 1:]:
                reference, other = people[first], people[second]
                per_document[document].add(len(reference & other), len(reference), len(other))
                for label in {span[2] for span in reference | other}:
                    mine = {s for s in reference if s[2] == label}
                    theirs = {s for s in other if s[2] == label}
                    per_label[label].add(len(mine & theirs), len(mine), len(theirs))
    ids = dict(project.conn.execute("SELECT key, id FROM documents"))
    ranked = sorted(per_document.items(), key=lambda item: (item[1].f1, -item[1].reference, ids.get(item[0], "")))
    return ({label: round(counts.f1, 4) for label, counts in sorted(per_label.items())},
            {ids.get(key, str(key)): round(counts.f1, 4) for key, counts in ranked[:worst]})
