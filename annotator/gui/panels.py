"""The docks beside the text: labels, topics, the document's annotations with the quote editor, guidelines."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QAbstractItemView,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotator.core.model import Document, LabelSchema
from annotator.core.label_kinds import SPEAKER_KINDS, speaker_kinds
from annotator.core.ops import Change
from annotator.gui.annotation_list import AnnotationListModel, swatch
from annotator.gui.plain_text import tooltip

SUGGESTED_TOPIC = QColor("#efe6f7")  # a topic the model suggests, until it is chosen



def local_name(item, language: str) -> str:
    return item.name_ar if language == "ar" else item.name_en


class LabelPanel(QWidget):
    """The entity labels with their keys; clicking one tags the selection."""

    labelChosen = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setObjectName("labelPanel")
        self.description = QLabel(self)
        self.description.setWordWrap(True)
        self.description.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.list)
        layout.addWidget(self.description)
        self.list.itemClicked.connect(lambda item: self.labelChosen.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.list.currentItemChanged.connect(self._describe)

    def show_schema(self, schema: LabelSchema, language: str) -> None:
        self.list.clear()
        for number, label in enumerate(schema.labels, start=1):
            key = str(number) if number <= 9 else ""
            item = QListWidgetItem(swatch(label.colour), f"{key}  {local_name(label, language)}  ({label.name})".strip())
            item.setData(Qt.ItemDataRole.UserRole, label.name)
            item.setToolTip(tooltip(label.description or local_name(label, language)))
            self.list.addItem(item)

    def _describe(self, item) -> None:
        self.description.setText(item.toolTip() if item else "")


class TopicPanel(QListWidget):
    """The project's topics as checkboxes for the current document."""

    topicToggled = Signal(str, bool)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("topicPanel")
        self._filling = False
        self.itemChanged.connect(self._changed)

    def show_topics(self, schema: LabelSchema, chosen: list[str], language: str) -> None:
        self._filling = True
        self.clear()
        for number, topic in enumerate(schema.topics, start=1):
            hint = f"   Ctrl+{number}" if number <= 9 else ""
            item = QListWidgetItem(local_name(topic, language) + hint)
            item.setData(Qt.ItemDataRole.UserRole, topic.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if topic.name in chosen else Qt.CheckState.Unchecked)
            item.setToolTip(tooltip(topic.description or f"{topic.name_ar} / {topic.name_en}"))
            self.addItem(item)
        self._filling = False

    def set_chosen(self, chosen: list[str]) -> None:
        self._filling = True
        for row in range(self.count()):
            item = self.item(row)
            wanted = Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in chosen else Qt.CheckState.Unchecked
            if item.checkState() != wanted:
                item.setCheckState(wanted)
        self._filling = False

    def set_suggested(self, suggested: dict[str, float]) -> None:
        """Mark the topics the model suggests (not chosen yet): italic and tinted, the probability on hover;
        checking one accepts it, as for any topic."""
        self._filling = True
        for row in range(self.count()):
            item = self.item(row)
            topic = item.data(Qt.ItemDataRole.UserRole)
            offered = topic in suggested and item.checkState() != Qt.CheckState.Checked
            font = item.font()
            font.setItalic(offered)
            item.setFont(font)
            item.setBackground(QBrush(SUGGESTED_TOPIC) if offered else QBrush())
            base = item.data(Qt.ItemDataRole.UserRole + 1)
            if base is None:
                base = item.toolTip()
                item.setData(Qt.ItemDataRole.UserRole + 1, base)
            item.setToolTip(tooltip(self.tr("The model suggests this topic ({0}%).").format(round(100 * suggested[topic])))
                            if offered else base)
        self._filling = False

    def topic_at(self, row: int) -> str | None:
        item = self.item(row)
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _changed(self, item: QListWidgetItem) -> None:
        if not self._filling:
            self.topicToggled.emit(item.data(Qt.ItemDataRole.UserRole), item.checkState() == Qt.CheckState.Checked)


class AnnotationPanel(QWidget):
    """The document's entities and quotes, and, for the chosen quote, who said it and its cue."""

    spanSelected = Signal(str, int)
    speakerChosen = Signal(int)  # entity id
    speakerNamed = Signal(str)  # a name not in the text
    pickSpeaker = Signal()
    clearCue = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = AnnotationListModel(self)
        # A table with fixed row heights scrolls to a row in constant time, even with 2,000 spans.
        self.tree = QTableView(self)
        self.tree.setObjectName("annotationList")
        self.tree.setModel(self.model)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setShowGrid(False)
        self.tree.setWordWrap(False)
        self.tree.verticalHeader().hide()
        self.tree.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.tree.horizontalHeader().setStretchLastSection(True)
        self.tree.selectionModel().currentRowChanged.connect(self._selected)

        self.quote_box = QWidget(self)
        self.speaker_list = QComboBox(self.quote_box)
        self.speaker_list.setObjectName("speakerList")
        self.speaker_name = QLineEdit(self.quote_box)
        self.speaker_name.setObjectName("speakerName")
        self.speaker_name.setPlaceholderText(self.tr("or type a name not in the text, then Enter"))
        self.pick_button = QPushButton(self.tr("Pick in the text"), self.quote_box)
        self.cue_label = QLabel(self.quote_box)
        self.cue_label.setTextFormat(Qt.TextFormat.PlainText)
        self.clear_cue_button = QPushButton(self.tr("Clear cue"), self.quote_box)
        cue_row = QHBoxLayout()
        cue_row.addWidget(self.cue_label, 1)
        cue_row.addWidget(self.clear_cue_button)
        form = QFormLayout(self.quote_box)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Speaker:"), self.speaker_list)
        form.addRow("", self.speaker_name)
        form.addRow("", self.pick_button)
        form.addRow(self.tr("Cue:"), cue_row)
        self.quote_box.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.quote_box)

        self._filling = False
        self.speaker_list.activated.connect(self._speaker_from_list)
        self.speaker_name.returnPressed.connect(lambda: self.speakerNamed.emit(self.speaker_name.text().strip()))
        self.pick_button.clicked.connect(self.pickSpeaker)
        self.clear_cue_button.clicked.connect(self.clearCue)

    def show_document(self, document: Document | None, schema: LabelSchema, language: str, selected) -> None:
        self._document = document
        self._kinds = speaker_kinds(schema.labels)  # which labels name someone who can speak
        self._label_names = {label.name: local_name(label, language) for label in schema.labels}
        self.model.set_schema({label.name: local_name(label, language) for label in schema.labels},
                              {label.name: label.colour for label in schema.labels},
                              {relation.name: local_name(relation, language) for relation in schema.relations})
        self.model.show_document(document)
        self.select(selected)

    def apply_changes(self, changes: list[Change], document: Document, selected) -> None:
        """Follow changes row by row; the quote editor follows the chosen quote."""
        self._document = document
        self._filling = True
        self.model.apply_changes(changes, document)
        self._filling = False
        # Rows added or removed above the chosen one shift it: the highlighted row follows the annotation
        # being edited, not its old row number.
        if self.model.row_of(selected) != (self.tree.currentIndex().row() if self.tree.currentIndex().isValid() else None):
            self.select(selected)
        elif selected and selected[0] == "quote":
            self._show_quote_box(selected)

    def select(self, selected) -> None:
        self._filling = True
        row = self.model.row_of(selected)
        if row is None:
            self.tree.setCurrentIndex(self.model.index(-1, 0))
            self.tree.clearSelection()
        else:
            index = self.model.index(row, 0)
            self.tree.setCurrentIndex(index)
            self.tree.selectRow(row)
            self.tree.scrollTo(index)
        self._filling = False
        self._show_quote_box(selected)

    def _selected(self, current, _previous) -> None:
        handle = self.model.handle_at(current.row()) if current.isValid() else None
        if self._filling or handle is None:
            return
        self.spanSelected.emit(*handle)

    def _show_quote_box(self, selected) -> None:
        document = getattr(self, "_document", None)
        quote = None
        if document is not None and selected and selected[0] == "quote":
            quote = next((q for q in document.quotes if q.id == selected[1]), None)
        self.quote_box.setVisible(quote is not None)
        if quote is None:
            return
        self._filling = True
        self.speaker_list.clear()
        self.speaker_list.addItem(self.tr("(choose a speaker)"), None)
        for entity in speaker_choices(document, quote, getattr(self, "_kinds", None)):
            shown = getattr(self, "_label_names", {}).get(entity.label, entity.label)
            self.speaker_list.addItem(f"{entity.text}  ({shown})", entity.id)
            if entity.id == quote.speaker or (quote.speaker is not None and _same_name(document, entity.id, quote.speaker)):
                self.speaker_list.setCurrentIndex(self.speaker_list.count() - 1)
        self.speaker_name.setText(quote.speaker_text or "")
        self.cue_label.setText(quote.cue.text if quote.cue else self.tr("none — select the verb and press C"))
        self.clear_cue_button.setEnabled(quote.cue is not None)
        self._filling = False

    def _speaker_from_list(self, index: int) -> None:
        entity_id = self.speaker_list.itemData(index)
        if not self._filling and entity_id is not None:
            self.speakerChosen.emit(entity_id)


def speaker_choices(document: Document, quote, kinds: dict[str, str] | None = None) -> list:
    """Who may have said it: persons, then organisations, then groups and places (by the kind of their label,
    whatever the schema calls it), each name once, by its mention nearest before the quote."""
    from annotator.core.arabic import fold

    if kinds is None:
        kinds = speaker_kinds({e.label for e in document.entities})
    chosen: dict[tuple[str, str], object] = {}
    for entity in sorted(document.entities, key=lambda e: abs(quote.start - e.end) if e.end <= quote.start else 10**9 + e.start):
        if entity.label in kinds and not entity.suggested:
            chosen.setdefault((entity.label, fold(entity.text)), entity)
    order = {kind: n for n, kind in enumerate(SPEAKER_KINDS)}
    return sorted(chosen.values(), key=lambda e: (order[kinds[e.label]], e.start))


def _same_name(document: Document, first: int, second: int) -> bool:
    from annotator.core.arabic import fold

    names = {e.id: (e.label, fold(e.text)) for e in document.entities}
    return first in names and names.get(first) == names.get(second)


class GuidelinesPanel(QPlainTextEdit):
    """The project's annotation guidelines, for reading while annotating."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("guidelines")
        self.setReadOnly(True)
