"""Adjudication: a reviewer settles the annotators' versions of a document into the `gold` layer.

The annotators' entities are gathered span by span, each span with the label every annotator gave it (or none),
so they can be read side by side. Accepting a span, all the spans everyone agrees on, or one annotator's whole
version copies those annotations into the layer of the annotator named `gold` — through the same operations
as any edit, so each acceptance can be undone. Exports take the gold layer of a document that has one (see
`core.selection`), so the settled version is what leaves the project.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from annotator.core import ops
from annotator.core.model import GOLD, Document
from annotator.core.store import Project


@dataclass
class Candidate:
    """One span and what each annotator made of it."""

    start: int
    end: int
    text: str
    labels: dict[str, str] = field(default_factory=dict)  # annotator -> label
    gold: str | None = None  # the label in the gold layer, once settled

    def agreed(self, annotators: list[str]) -> bool:
        """Every annotator tagged this span, all with one label."""
        return set(self.labels) == set(annotators) and len(set(self.labels.values())) == 1


def annotators_in(document: Document) -> list[str]:
    """The annotators (gold aside) whose accepted entities, quotes or topics are in the document."""
    names = {item.annotator for item in (*document.entities, *document.quotes)
             if not item.suggested and item.annotator and item.annotator != GOLD}
    return sorted(names)


def candidates(document: Document) -> list[Candidate]:
    """Every span any annotator tagged, in reading order, with each one's label and the gold label if set."""
    by_span: dict[tuple[int, int], Candidate] = {}
    for entity in document.entities:
        if entity.suggested:
            continue
        candidate = by_span.setdefault((entity.start, entity.end), Candidate(entity.start, entity.end, entity.text))
        if entity.annotator == GOLD:
            candidate.gold = entity.label
        elif entity.annotator:
            candidate.labels[entity.annotator] = entity.label
    return sorted(by_span.values(), key=lambda c: (c.start, c.end))


def accept(project: Project, key: int, spans: list[tuple[int, int, str]], *, reviewer: str | None) -> list[ops.Change]:
    """These (start, end, label) into the gold layer; a gold span there already with another label is
    relabelled, one with the same label left alone."""
    document = project.document(key, include_suggested=False)
    gold = {(e.start, e.end): e for e in document.entities if e.annotator == GOLD}
    changes = []
    for start, end, label in spans:
        there = gold.get((start, end))
        if there is None:
            changes.append(ops.add_entity(project, key, start, end, label, annotator=GOLD))
        elif there.label != label:
            changes.append(ops.relabel_entity(project, there.id, label, annotator=GOLD))
    if changes:
        project.journal("adjudicate", annotator=reviewer, document=key, spans=len(changes))
    return changes


def accept_agreed(project: Project, key: int, *, reviewer: str | None) -> list[ops.Change]:
    """Every span all the document's annotators tagged with one label."""
    document = project.document(key, include_suggested=False)
    annotators = annotators_in(document)
    agreed = [(c.start, c.end, next(iter(c.labels.values()))) for c in candidates(document) if c.agreed(annotators)]
    return accept(project, key, agreed, reviewer=reviewer)


def accept_version(project: Project, key: int, annotator: str, *, reviewer: str | None) -> list[ops.Change]:
    """One annotator's whole version as gold: their entities, their quotes (with the speaker's gold entity
    when the speaker is one of their spans) and their topics."""
    changes = accept(project, key, [(e.start, e.end, e.label) for e in project.document(key, include_suggested=False).entities
                                    if e.annotator == annotator and not e.suggested], reviewer=reviewer)
    document = project.document(key, include_suggested=False)
    gold_entity = {(e.start, e.end): e.id for e in document.entities if e.annotator == GOLD}
    theirs = {e.id: (e.start, e.end) for e in document.entities}
    gold_quotes = {(q.start, q.end) for q in document.quotes if q.annotator == GOLD}
    for quote in document.quotes:
        if quote.annotator != annotator or quote.suggested or (quote.start, quote.end) in gold_quotes:
            continue
        speaker = gold_entity.get(theirs.get(quote.speaker)) if quote.speaker is not None else None
        changes.append(ops.add_quote(project, key, quote.start, quote.end, annotator=GOLD, speaker=speaker,
                                     speaker_text=None if speaker is not None else quote.speaker_text,
                                     cue=None if quote.cue is None else (quote.cue.start, quote.cue.end)))
    for topic, choosers in document.topic_annotators.items():
        if annotator in choosers and GOLD not in choosers:
            changes.append(ops.set_topic(project, key, topic, True, annotator=GOLD))
    return changes
