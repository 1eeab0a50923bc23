"""Training the entity model while the analyst works: after every RETRAIN_EVERY names they accept.

The training runs in a child process (`annotator train`: crfsuite holds Python's lock while it trains, which
froze the window for up to 0.3 s at a time when it ran on a thread), with its own connection to the project
(SQLite lets the analyst's edits go on meanwhile). A daemon thread waits for it and tells the window when it
is done through a signal, which Qt delivers on the window's thread. The model is kept in one transaction at
the end: closing the app mid-training loses that training, never an edit.
"""

from __future__ import annotations

import os
import threading

from PySide6.QtCore import QObject, Signal, Slot


RETRAIN_EVERY = 200  # accepted names between two trainings (the project setting "retrain_every" overrides it)


class QuietTraining(QObject):
    done = Signal(object)  # the Trained figures, or None when there was nothing to learn from or it failed

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.accepted_since = 0
        self.thread: threading.Thread | None = None
        self.done.connect(self._finished)

    @property
    def running(self) -> bool:
        return self.thread is not None and self.thread.is_alive()

    def every(self) -> int:
        """Accepted names between trainings: $ANNOTATOR_RETRAIN_EVERY, else the project's setting, else
        RETRAIN_EVERY; 0 never trains on its own (Document ▸ Learn still does)."""
        value = os.environ.get("ANNOTATOR_RETRAIN_EVERY") or self.window.project.setting("retrain_every", str(RETRAIN_EVERY))
        try:
            return max(0, int(value))
        except ValueError:
            return RETRAIN_EVERY

    def count(self, changes) -> None:
        """Count the names these changes accept (tagged, or a suggestion accepted); train when enough are."""
        for change in changes:
            for edit in change.edits:
                if (edit.table == "entities" and edit.after is not None and not edit.after["suggested"]
                        and (edit.before is None or edit.before["suggested"])):
                    self.accepted_since += 1
        every = self.every()
        if every and self.accepted_since >= every and not self.running:
            self.start()

    def start(self) -> None:
        from annotator.core.learn.project_model import train_in_child

        self.accepted_since = 0
        path = self.window.db_path

        def train() -> None:
            try:
                result = train_in_child(path)
            except Exception:  # noqa: BLE001 - nothing to learn from yet, a busy project: the next count tries again
                result = None
            try:
                self.done.emit(result)
            except RuntimeError:  # the window closed meanwhile: the model is kept, nobody to tell
                pass

        self.thread = threading.Thread(target=train, name="training", daemon=True)
        self.thread.start()

    @Slot(object)
    def _finished(self, trained) -> None:
        if trained is None:
            return
        self.window._model_cache = None  # the next suggestions use the new model
        if self.window.order_choice.currentData():
            self.window._apply_filters()  # and the new documents are ranked anew
        scores = trained.scores
        self.window.statusBar().showMessage(self.tr("The model learnt from {0} documents; on documents held out, "
                                                    "F1 {1}.").format(trained.documents, f"{scores['f1']:.2f}"), 8000)
