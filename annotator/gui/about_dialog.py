"""Help ▸ About: the version, and the licences of everything the app ships with (fonts included)."""

from __future__ import annotations

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout

from annotator import licences
from annotator.gui.directions import left_to_right


class AboutDialog(QDialog):
    def __init__(self, parent):
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About the annotator"))
        heading = QLabel(self)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        # Names and version numbers are one left-to-right piece, wherever the Arabic sentence puts it.
        toolkit = left_to_right(f"Qt {qVersion()} · PySide6 {pyside_version}")
        heading.setText(self.tr("Annotator {0}\nArabic news: entities, quotes and their speakers, relations, topics.").format(
            left_to_right(licences.version())) + "\n" + toolkit)
        rows = licences.shipped()
        table = QTableWidget(len(rows), 3, self)
        table.setObjectName("licencesTable")
        table.setHorizontalHeaderLabels([self.tr("Library"), self.tr("Version"), self.tr("Licence")])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                table.setItem(row, column, QTableWidgetItem(left_to_right(value)))
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        note = QLabel(self.tr("The Arabic text is drawn with Noto Sans Arabic (SIL Open Font License 1.1), "
                              "bundled with the app. Qt is used under the LGPL version 3."), self)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(table, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.table = table
        self.resize(620, 520)
