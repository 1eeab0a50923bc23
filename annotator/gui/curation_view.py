"""Document ▸ Adjudicate: the annotators' spans side by side, settled into the gold layer (core.curation).

One row per span any annotator tagged, one column per annotator with the label they gave it (empty where they
did not tag it), and the gold label once settled; rows everyone agrees on are marked. A reviewer clicks the
label they accept (any annotator's cell), or accepts everything agreed, or one annotator's whole version. Each
acceptance goes on the window's undo stack like any edit, and the text shows the gold layer as it grows.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout)

from annotator.core import curation
from annotator.gui.directions import isolated
from annotator.gui.panels import local_name
from annotator.gui.plain_text import tell

AGREED = QColor("#d8f0d8")
DISPUTED = QColor("#fbe3c8")


class CurationView(QDialog):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.setObjectName("curationView")
        self.setWindowTitle(self.tr("Adjudicate: {0}").format(isolated(window.document.id)))
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.summary)
        self.table = QTableWidget(self)
        self.table.setObjectName("curationTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.cellDoubleClicked.connect(self._accept_cell)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.accept_cell_button = QPushButton(self.tr("Accept the chosen label"), self)
        self.accept_cell_button.clicked.connect(lambda: self._accept_cell(self.table.currentRow(), self.table.currentColumn()))
        self.agreed_button = QPushButton(self.tr("Accept everything agreed"), self)
        self.agreed_button.setObjectName("acceptAgreedButton")
        self.agreed_button.clicked.connect(self.accept_agreed)
        self.version = QComboBox(self)
        self.version.setObjectName("versionCombo")
        self.version_button = QPushButton(self.tr("Accept this annotator's version"), self)
        self.version_button.clicked.connect(lambda: self.accept_version(self.version.currentData()))
        for widget in (self.accept_cell_button, self.agreed_button, self.version, self.version_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.resize(820, 520)
        self.refresh()

    def refresh(self) -> None:
        key = self.window.document.key
        document = self.window.project.document(key, include_suggested=False)
        self.annotators = curation.annotators_in(document)
        self.rows = curation.candidates(document)
        self.version.clear()
        for name in self.annotators:
            self.version.addItem(name, name)
        names = {label.name: local_name(label, self.window.language) for label in self.window.schema.labels}
        self.table.clear()
        self.table.setColumnCount(2 + len(self.annotators))
        self.table.setRowCount(len(self.rows))
        self.table.setHorizontalHeaderLabels([self.tr("Text"), *self.annotators, self.tr("Gold")])
        agreed = 0
        for row, candidate in enumerate(self.rows):
            self.table.setItem(row, 0, QTableWidgetItem(candidate.text))
            together = candidate.agreed(self.annotators)
            agreed += together
            for column, name in enumerate(self.annotators, start=1):
                label = candidate.labels.get(name)
                item = QTableWidgetItem(names.get(label, label) if label else "")
                item.setData(Qt.ItemDataRole.UserRole, label)
                item.setBackground(QBrush(AGREED if together else DISPUTED))
                self.table.setItem(row, column, item)
            gold = QTableWidgetItem(names.get(candidate.gold, candidate.gold) if candidate.gold else "")
            self.table.setItem(row, len(self.annotators) + 1, gold)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        settled = sum(1 for c in self.rows if c.gold)
        self.summary.setText(self.tr("{0} spans; {1} agreed by all; {2} in the gold layer.").format(
            len(self.rows), agreed, settled))

    def _record(self, changes, text: str) -> None:
        if changes:
            self.window.record(changes, text)
        self.refresh()

    def _accept_cell(self, row: int, column: int) -> None:
        if not (0 <= row < len(self.rows)) or not (1 <= column <= len(self.annotators)):
            tell(self, self.windowTitle(), self.tr("Choose the label you accept: a cell in an annotator's column."))
            return
        label = self.table.item(row, column).data(Qt.ItemDataRole.UserRole)
        if not label:
            return
        candidate = self.rows[row]
        self._record(curation.accept(self.window.project, self.window.document.key, [(candidate.start, candidate.end, label)],
                                     reviewer=self.window.annotator), self.tr("Accept into gold"))

    def accept_agreed(self) -> None:
        self._record(curation.accept_agreed(self.window.project, self.window.document.key, reviewer=self.window.annotator),
                     self.tr("Accept everything agreed"))

    def accept_version(self, annotator: str | None) -> None:
        if annotator:
            self._record(curation.accept_version(self.window.project, self.window.document.key, annotator,
                                                 reviewer=self.window.annotator), self.tr("Accept a version"))
