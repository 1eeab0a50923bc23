"""Editing the project's label schema: labels, topics and relation labels with Arabic and English names,
colours, order, guidelines."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from annotator.core.model import Label, LabelSchema, RelationLabel, Topic
from annotator.core.store import Project, ProjectError
from annotator.gui.directions import left_to_right
from annotator.gui.plain_text import tell
from annotator.gui.reasons import shown

COLOUR = Qt.ItemDataRole.UserRole + 2  # the colour itself; the cell shows it isolated
ORIGINAL = Qt.ItemDataRole.UserRole  # the name a row had when the editor opened, to carry renames


class SchemaTable(QWidget):
    """One editable table with add, remove and move buttons."""

    def __init__(self, headers: list[str], parent=None, *, colour_column: int | None = None):
        super().__init__(parent)
        self.colour_column = colour_column
        self.table = QTableWidget(0, len(headers), self)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.cellDoubleClicked.connect(self._maybe_pick_colour)
        buttons = QHBoxLayout()
        for text, slot in ((self.tr("Add"), self.add_row), (self.tr("Remove"), self.remove_row),
                           (self.tr("Move up"), lambda: self.move(-1)), (self.tr("Move down"), lambda: self.move(1))):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def add_row(self, values: list[str] | None = None, original: str | None = None) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        values = values or [""] * self.table.columnCount()
        if values == [""] * self.table.columnCount() and self.colour_column is not None:
            values[self.colour_column] = "#dddddd"
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            if column == self.colour_column:
                self._show_colour(item, value)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, column, item)
        self.table.item(row, 0).setData(ORIGINAL, original)

    def remove_row(self) -> None:
        if self.table.currentRow() >= 0:
            self.table.removeRow(self.table.currentRow())

    def move(self, delta: int) -> None:
        row = self.table.currentRow()
        target = row + delta
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        for column in range(self.table.columnCount()):
            above, below = self.table.takeItem(row, column), self.table.takeItem(target, column)
            self.table.setItem(row, column, below)
            self.table.setItem(target, column, above)
        self.table.setCurrentCell(target, self.table.currentColumn())

    def rows(self) -> list[tuple[str | None, list[str]]]:
        return [
            (self.table.item(row, 0).data(ORIGINAL),
             [self._value(self.table.item(row, column), column) for column in range(self.table.columnCount())])
            for row in range(self.table.rowCount())
        ]

    def _maybe_pick_colour(self, row: int, column: int) -> None:
        if column != self.colour_column:
            return
        item = self.table.item(row, column)
        colour = QColorDialog.getColor(QColor(item.data(COLOUR)), self, self.tr("Label colour"))
        if colour.isValid():
            self._show_colour(item, colour.name())

    def _value(self, item: QTableWidgetItem, column: int) -> str:
        return item.data(COLOUR) if column == self.colour_column else item.text().strip()

    @staticmethod
    def _show_colour(item: QTableWidgetItem, colour: str) -> None:
        # Shown isolated left to right: in the Arabic interface "#f9c0c0" would read "f9c0c0#".
        item.setData(COLOUR, colour)
        item.setText(left_to_right(colour))
        item.setBackground(QColor(colour))


class SchemaEditor(QDialog):
    def __init__(self, parent, project: Project):
        super().__init__(parent)
        self.project = project
        self.setWindowTitle(self.tr("Labels and topics"))
        self.resize(900, 560)
        schema = project.schema()
        self.labels = SchemaTable(
            [self.tr("Name"), self.tr("Arabic"), self.tr("English"), self.tr("Colour (double-click)"), self.tr("Description")],
            self, colour_column=3,
        )
        for label in schema.labels:
            self.labels.add_row([label.name, label.name_ar, label.name_en, label.colour, label.description], label.name)
        self.topics = SchemaTable([self.tr("Name"), self.tr("Arabic"), self.tr("English"), self.tr("Description")], self)
        for topic in schema.topics:
            self.topics.add_row([topic.name, topic.name_ar, topic.name_en, topic.description], topic.name)
        self.relations = SchemaTable([self.tr("Name"), self.tr("Arabic"), self.tr("English"), self.tr("Description")], self)
        for relation in schema.relations:
            self.relations.add_row([relation.name, relation.name_ar, relation.name_en, relation.description], relation.name)
        self.guidelines = QPlainTextEdit(project.setting("guidelines", "") or "", self)
        tabs = QTabWidget(self)
        tabs.addTab(self.labels, self.tr("Entity labels (keys 1–9 follow this order)"))
        tabs.addTab(self.topics, self.tr("Topics"))
        tabs.addTab(self.relations, self.tr("Relations between entities"))
        tabs.addTab(self.guidelines, self.tr("Guidelines"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)

    def edited_schema(self) -> tuple[LabelSchema, dict[str, str]]:
        renamed: dict[str, str] = {}
        labels, topics = [], []
        for original, (name, arabic, english, colour, description) in self.labels.rows():
            labels.append(Label(name=name, name_ar=arabic or name, name_en=english or name, colour=colour, description=description))
            if original and original != name:
                renamed[original] = name
        for original, (name, arabic, english, description) in self.topics.rows():
            topics.append(Topic(name=name, name_ar=arabic or name, name_en=english or name, description=description))
            if original and original != name:
                renamed[original] = name
        relations = []
        for original, (name, arabic, english, description) in self.relations.rows():
            relations.append(RelationLabel(name=name, name_ar=arabic or name, name_en=english or name, description=description))
            if original and original != name:
                renamed[original] = name
        return LabelSchema(labels=labels, topics=topics, relations=relations), renamed

    def save(self) -> None:
        schema, renamed = self.edited_schema()
        try:
            with self.project.transaction():
                self.project.save_schema(schema, renamed, annotator=self.parent().annotator)
                self.project.set_setting("guidelines", self.guidelines.toPlainText())
        except ProjectError as error:
            tell(self, self.windowTitle(), self.tr("Not saved: {0}").format(shown(error)), warning=True)
            return
        self.accept()
