"""The search dock: Arabic-aware search across the project, results to click, matches shown in the text."""

from __future__ import annotations

from itertools import islice

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from annotator.core.search import count_documents, search
from annotator.core.store import Project
from annotator.gui.directions import isolated
from annotator.gui.plain_text import tooltip

SHOWN = 300  # results listed at once; the count above says how many documents hold the words


class SearchPanel(QWidget):
    matchChosen = Signal(int, int, int)  # document key, start, end
    queryChanged = Signal(str)

    def __init__(self, project: Project, parent=None):
        super().__init__(parent)
        self.project = project
        self.query = QLineEdit(self)
        self.query.setObjectName("searchQuery")
        self.query.setPlaceholderText(self.tr("Search the project (harakat, alef forms and proclitics ignored)"))
        self.query.setClearButtonEnabled(True)
        self.exact = QCheckBox(self.tr("Exact spelling only (variants such as مسئول for مسؤول are listed after it otherwise)"), self)
        self.exact.setObjectName("searchExact")
        self.exact.toggled.connect(self.run)
        self.summary = QLabel(self)
        self.results = QListWidget(self)
        self.results.setObjectName("searchResults")
        self.results.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.query)
        layout.addWidget(self.exact)
        layout.addWidget(self.summary)
        layout.addWidget(self.results, 1)
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.run)
        self.query.textChanged.connect(self._timer.start)
        self.query.returnPressed.connect(self.run)
        self.results.itemActivated.connect(self._chosen)
        self.results.itemClicked.connect(self._chosen)

    def run(self) -> None:
        self._timer.stop()
        text = self.query.text().strip()
        self.results.clear()
        self.queryChanged.emit(text)
        if not text:
            self.summary.clear()
            return
        titles: dict[int, str] = {}
        for match in islice(search(self.project, text, exact_only=self.exact.isChecked()), SHOWN):
            if match.key not in titles:
                titles[match.key] = self.project.conn.execute("SELECT title FROM documents WHERE key = ?", (match.key,)).fetchone()[0]
            document_text = self.project.text(match.key)
            before = document_text[max(0, match.start - 25):match.start].replace("\n", " ")
            after = document_text[match.end:match.end + 25].replace("\n", " ")
            # Which document the hit is in comes first: hits from many documents are listed together.
            heading = titles[match.key] or match.document
            item = QListWidgetItem(f"{isolated(heading)}\n…{before}【{match.text}】{after}…")
            item.setData(Qt.ItemDataRole.UserRole, (match.key, match.start, match.end))
            item.setToolTip(tooltip(f"{titles[match.key]}\n{match.document}"))
            self.results.addItem(item)
        self.summary.setText(
            self.tr("{0}; {1}").format(self.tr("%n matches shown", "", self.results.count()),
                                       self.tr("%n documents hold these words", "", count_documents(self.project, text)))
        )

    def _chosen(self, item: QListWidgetItem) -> None:
        self.matchChosen.emit(*item.data(Qt.ItemDataRole.UserRole))
