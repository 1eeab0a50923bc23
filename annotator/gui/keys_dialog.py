"""Help ▸ Keys: every key the window answers to, as a two-column table that mirrors in Arabic."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QTableWidget, QTableWidgetItem, QVBoxLayout

from annotator.gui.directions import left_to_right


class KeysDialog(QDialog):
    def __init__(self, parent):
        super().__init__(parent)
        self.setObjectName("keysDialog")
        self.setWindowTitle(self.tr("Keys"))
        rows = self.rows()
        table = QTableWidget(len(rows), 2, self)
        table.setObjectName("keysTable")
        table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setWordWrap(True)
        for row, (keys, meaning) in enumerate(rows):
            # Shortcuts are read left to right in both languages; QKeySequence names them as the
            # platform does (Ctrl on Linux and Windows, ⌘ on macOS), each piece isolated.
            shown = self.tr(" or ").join(left_to_right(self.native(key)) for key in keys)
            for column, text in enumerate((shown, meaning)):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, column, item)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.table = table
        self.resize(820, 700)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        # Row heights follow the wrapped descriptions only once the columns have their real widths.
        self.table.resizeRowsToContents()

    @staticmethod
    def native(key: str) -> str:
        if "–" in key:  # a range of keys, not one QKeySequence
            return key
        sequence = QKeySequence(key)
        text = sequence.toString(QKeySequence.SequenceFormat.NativeText)
        return text or key

    def rows(self) -> list[tuple[list[str], str]]:
        return [
            (["1–9"], self.tr("Tag the selection with the label of that number")),
            (["Alt+1–9"], self.tr("Tag exactly the characters selected, clitics and all")),
            (["Q"], self.tr("Mark the selection as a quote, then click its speaker")),
            (["C"], self.tr("Mark the selection as the chosen quote's cue verb")),
            (["S"], self.tr("Pick the chosen quote's speaker in the text")),
            (["R"], self.tr("A relation from the chosen entity: R again on the other entity, then its label's number")),
            (["W"], self.tr("Move the chosen entity to the next proclitic split (وبالعراق → بالعراق → العراق)")),
            (["Enter", "A"], self.tr("Accept the chosen suggestion; A accepts all of them")),
            (["G"], self.tr("Suggest names and quotes in this document")),
            (["Ctrl+Shift+L"], self.tr("Suggest the chosen entity in every document")),
            (["Ctrl+F"], self.tr("Search the project")),
            (["Del"], self.tr("Remove the chosen annotation")),
            (["Ctrl+1–9"], self.tr("Topics")),
            (["Ctrl+Enter"], self.tr("Done; open the next document")),
            (["Ctrl+Shift+Enter"], self.tr("Skip; open the next document")),
            (["Ctrl+PgDown", "Ctrl+PgUp"], self.tr("Next / previous document")),
            (["Ctrl+Z"], self.tr("Undo")),
            (["Ctrl+Shift+Z", "Ctrl+Y"], self.tr("Redo")),
            (["Ctrl++", "Ctrl+-"], self.tr("Larger / smaller text (also Ctrl with the mouse wheel)")),
            (["Ctrl+N", "Ctrl+O"], self.tr("New project / open a project")),
            (["Ctrl+I", "Ctrl+E"], self.tr("Import / export")),
        ]
