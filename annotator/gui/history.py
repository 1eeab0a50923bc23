"""Undo and redo in the window: Qt's undo stack holding the core's recorded changes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from annotator.core import ops
from annotator.core.ops import Change
from annotator.core.store import Project


class ChangeCommand(QUndoCommand):
    """One analyst action (one or more core changes, already made) on the undo stack."""

    def __init__(self, project: Project, changes: list[Change], annotator: str,
                 on_changes: Callable[[list[Change]], None], text: str):
        super().__init__(text)
        self.project = project
        self.changes = changes
        self.annotator = annotator
        self.on_changes = on_changes  # shown together: accepting 2,000 suggestions redraws each line once
        self._done = True  # the changes were made before the command was pushed

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        with self.project.transaction():  # one durable commit, however many changes
            for change in self.changes:
                ops.apply(self.project, change, annotator=self.annotator)
        self.on_changes(self.changes)

    def undo(self) -> None:
        inverses = [change.inverse() for change in reversed(self.changes)]
        with self.project.transaction():
            for inverse in inverses:
                ops.apply(self.project, inverse, annotator=self.annotator)
        self.on_changes(inverses)
