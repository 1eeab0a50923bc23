"""The current document's entities, quotes and relations as a Qt model that changes row by row, never rebuilt per key."""

from __future__ import annotations

import bisect
from functools import lru_cache

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap

from annotator.core.model import Document
from annotator.core.ops import Change
from annotator.gui.plain_text import tooltip


@lru_cache(maxsize=256)
def swatch(colour: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class AnnotationListModel(QAbstractTableModel):
    """Rows in reading order: (start, kind, id); entity rows show label, text, annotator; quotes their
    speaker; relations stand with their head entity and show both ends."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._order: list[tuple[int, int, int]] = []  # (start, 0 entity / 1 quote / 2 relation, id)
        self._spans: dict[tuple[str, int], object] = {}
        self._keys: dict[tuple[str, int], tuple[int, int, int]] = {}  # each row's place, as it was sorted in
        self._entity_text: dict[int, str] = {}
        self._entity_start: dict[int, int] = {}
        self.label_names: dict[str, str] = {}
        self.relation_names: dict[str, str] = {}
        self.colours: dict[str, str] = {}

    KINDS = ("entity", "quote", "relation")
    _TABLES = {"entities": "entity", "quotes": "quote", "relations": "relation"}

    def set_schema(self, label_names: dict[str, str], colours: dict[str, str], relation_names: dict[str, str] | None = None) -> None:
        self.label_names, self.colours = label_names, colours
        self.relation_names = relation_names or {}
        if self._order:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._order) - 1, 2))

    def show_document(self, document: Document | None) -> None:
        self.beginResetModel()
        self._spans, self._keys, self._entity_text, self._entity_start = {}, {}, {}, {}
        if document is not None:
            for entity in document.entities:
                self._spans[("entity", entity.id)] = entity
                self._entity_text[entity.id] = entity.text
                self._entity_start[entity.id] = entity.start
            for quote in document.quotes:
                self._spans[("quote", quote.id)] = quote
            for relation in document.relations:
                self._spans[("relation", relation.id)] = relation
        self._keys = {handle: self._key(handle[0], span) for handle, span in self._spans.items()}
        self._order = sorted(self._keys.values())
        self.endResetModel()

    def apply_changes(self, changes: list[Change], document: Document) -> None:
        """Move only the rows the changes touched (the document's spans are indexed once for all of them)."""
        current = {("entity", e.id): e for e in document.entities}
        current.update({("quote", q.id): q for q in document.quotes})
        current.update({("relation", r.id): r for r in document.relations})
        for change in changes:
            for edit in change.edits:
                kind = self._TABLES.get(edit.table)
                if kind is None:
                    continue
                span_id = (edit.after or edit.before)["id"]
                self._remove((kind, span_id))
                span = current.get((kind, span_id))
                if span is not None:
                    self._insert(kind, span)

    def _key(self, kind: str, span) -> tuple[int, int, int]:
        start = self._entity_start.get(span.head, 0) if kind == "relation" else span.start
        return (start, self.KINDS.index(kind), span.id)

    def _remove(self, handle) -> None:
        span = self._spans.pop(handle, None)
        if span is None:
            return
        row = bisect.bisect_left(self._order, self._keys.pop(handle))
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._order[row]
        self.endRemoveRows()
        if handle[0] == "entity":
            self._entity_text.pop(handle[1], None)
            self._entity_start.pop(handle[1], None)

    def _insert(self, kind: str, span) -> None:
        if kind == "entity":
            self._entity_text[span.id] = span.text
            self._entity_start[span.id] = span.start
        key = self._key(kind, span)
        row = bisect.bisect_left(self._order, key)
        self.beginInsertRows(QModelIndex(), row, row)
        self._order.insert(row, key)
        self._spans[(kind, span.id)] = span
        self._keys[(kind, span.id)] = key
        self.endInsertRows()

    def handle_at(self, row: int) -> tuple[str, int] | None:
        if 0 <= row < len(self._order):
            _, kind, span_id = self._order[row]
            return self.KINDS[kind], span_id
        return None

    def row_of(self, handle) -> int | None:
        key = self._keys.get(handle) if handle else None
        return None if key is None else bisect.bisect_left(self._order, key)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._order)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 3

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        handle = self.handle_at(index.row()) if index.isValid() else None
        if handle is None:
            return None
        span = self._spans[handle]
        kind, column = handle[0], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            suggested = " " + self.tr("(suggested)") if span.suggested else ""
            if kind == "relation":
                return (self.relation_names.get(span.label, span.label) + suggested,
                        f"{self._entity_text.get(span.head, '?')} → {self._entity_text.get(span.tail, '?')}",
                        span.annotator or "")[column]
            if column == 0:
                return (self.label_names.get(span.label, span.label) if kind == "entity" else self.tr("Quote")) + suggested
            if column == 1:
                return span.text
            if kind == "quote":
                return self._entity_text.get(span.speaker) or span.speaker_text or self.tr("(no speaker)")
            return span.annotator or ""
        if role == Qt.ItemDataRole.DecorationRole and column == 0 and kind == "entity":
            return swatch(self.colours.get(span.label, "#dddddd"))
        if role == Qt.ItemDataRole.ToolTipRole and column == 1 and kind != "relation":
            return tooltip(span.text)
        if role == Qt.ItemDataRole.UserRole:
            return handle
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Label"), self.tr("Text"), self.tr("Speaker / annotator"))[section]
        return None
