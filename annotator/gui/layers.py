"""One annotator's layer at a time, or everyone's: what the View ▸ Annotator layer menu shows.

A project can hold several annotators' work side by side (after `annotator merge` or a re-import). The text
view, the annotation list and the counts then show either all of it or the accepted work of one annotator, so
a reviewer can read each analyst's version of a document in turn. The filter is a view of the document only:
every annotation stays in the project, and edits made meanwhile are the analyst's own as always.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject
from PySide6.QtGui import QActionGroup

from annotator.core.model import Document


def layer_of(document: Document | None, annotator: str | None) -> Document | None:
    """The document as one annotator left it (their accepted annotations); all of it when `annotator` is None.
    A quote whose speaker entity belongs to someone else keeps the speaker's name as text."""
    if document is None or annotator is None:
        return document
    entities = [e for e in document.entities if e.annotator == annotator and not e.suggested]
    kept = {e.id for e in entities}
    names = {e.id: e.text for e in document.entities}
    quotes = [
        q if q.speaker is None or q.speaker in kept
        else replace(q, speaker=None, speaker_text=q.speaker_text or names.get(q.speaker))
        for q in document.quotes if q.annotator == annotator and not q.suggested
    ]
    relations = [r for r in document.relations
                 if r.annotator == annotator and not r.suggested and r.head in kept and r.tail in kept]
    topics = [t for t in document.topics if annotator in document.topic_annotators.get(t, ())]
    return replace(document, entities=entities, quotes=quotes, relations=relations, topics=topics,
                   topic_annotators={t: [annotator] for t in topics})


def annotators_of(project) -> list[str]:
    """Everyone whose accepted annotations are in the project, most annotations first."""
    rows = project.conn.execute(
        "SELECT annotator, COUNT(*) AS n FROM (SELECT annotator FROM entities WHERE NOT suggested "
        "UNION ALL SELECT annotator FROM quotes WHERE NOT suggested) WHERE annotator IS NOT NULL "
        "GROUP BY annotator ORDER BY n DESC, annotator")
    return [name for name, _ in rows]


class LayerMenu(QObject):
    """View ▸ Annotator layer: All annotators, then each annotator of the project, one checked."""

    def __init__(self, window, menu):
        super().__init__(window)
        self.window = window
        self.menu = menu.addMenu(self.tr("Annotator &layer"))
        self.menu.setObjectName("layerMenu")
        self.menu.aboutToShow.connect(self._fill)

    def _fill(self) -> None:
        self.menu.clear()
        group = QActionGroup(self.menu)
        for name in (None, *annotators_of(self.window.project)):
            action = self.menu.addAction(self.tr("All annotators") if name is None else name)
            action.setCheckable(True)
            action.setChecked(name == self.window.layer)
            action.setActionGroup(group)
            action.triggered.connect(lambda _=False, chosen=name: self.window.show_layer(chosen))
