"""Making relations between entities by keyboard: R on one entity, R (or a click) on the other, then a label;
R on a chosen relation gives it another label.

The window owns the frame; this object owns the one piece of state relation
making needs (the entity a relation starts from) and its key. The label is
chosen from a menu whose entries carry the numbers 1–9, so the whole flow
runs without the mouse: choose an entity (click it, or move through the
Annotations list), R, choose the other, R, a number.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QMenu

from annotator.core import ops
from annotator.gui.panels import local_name


class RelationMaker(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.head: int | None = None
        # Replaced in tests: a menu blocks until the analyst answers.
        self.choose_label = self._label_from_menu

    @property
    def waiting(self) -> bool:
        return self.head is not None

    def step(self) -> None:
        """The R key: start a relation at the chosen entity, or finish it there; on a chosen relation, relabel it."""
        window = self.window
        chosen = window.selected
        if chosen and chosen[0] == "relation" and self.head is None:
            self.relabel(chosen[1])
            return
        if not chosen or chosen[0] != "entity":
            window.statusBar().showMessage(self.tr("Choose an entity first, then press R."), 4000)
            return
        if self.head is None or self.head == chosen[1]:
            self.start(chosen[1])
        else:
            self.finish(chosen[1])

    def start(self, head: int) -> None:
        self.head = head
        name = self._entity_text(head)
        self.window.statusBar().showMessage(self.tr(
            "Relation from {0}: choose the other entity (click it, or move to it in the Annotations list and press R). Esc cancels."
        ).format(name))

    def finish(self, tail: int) -> None:
        """Link the waiting entity to `tail` with the label the analyst picks."""
        window = self.window
        head, self.head = self.head, None
        window.statusBar().clearMessage()
        if head is None or head == tail or window.document is None:
            return
        label = self.choose_label(window.schema.relations)
        if label is None:
            return
        change = ops.add_relation(window.project, window.document.key, head, tail, label, annotator=window.annotator)
        window.record([change], self.tr("Relation {0}").format(label))
        window.select_span("relation", change.edits[0].after["id"])

    def relabel(self, relation_id: int) -> None:
        window = self.window
        label = self.choose_label(window.schema.relations)
        if label is not None:
            window.record([ops.relabel_relation(window.project, relation_id, label, annotator=window.annotator)],
                          self.tr("Relation {0}").format(label))

    def cancel(self) -> None:
        self.head = None

    def _entity_text(self, entity_id: int) -> str:
        document = self.window.document
        return next((e.text for e in document.entities if e.id == entity_id), "?") if document else "?"

    def _label_from_menu(self, relations) -> str | None:
        if not relations:
            self.window.statusBar().showMessage(self.tr("The project has no relation labels: add them under Project ▸ Labels and topics."), 6000)
            return None
        menu = QMenu(self.window)
        for number, relation in enumerate(relations, start=1):
            key = f"&{number} " if number <= 9 else ""
            action = menu.addAction(f"{key}{local_name(relation, self.window.language)}  ({relation.name})")
            action.setData(relation.name)
        view = self.window.view
        point = view.viewport().mapToGlobal(view.cursorRect().center()) if view.hasFocus() else QCursor.pos()
        chosen = menu.exec(point if isinstance(point, QPoint) else QCursor.pos())
        return chosen.data() if chosen else None
