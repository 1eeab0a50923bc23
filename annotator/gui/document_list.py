"""The document list: a lazy table over the project file that never loads texts.

Rows arrive a page at a time as the view scrolls (Qt's canFetchMore /
fetchMore), filtered in SQL, so 100,000 documents open as fast as ten.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from annotator.core.store import Project
from annotator.gui.plain_text import tooltip

PAGE = 200


TITLE_SHOWN = 300  # characters of a title the list reads and draws

class DocumentListModel(QAbstractTableModel):
    COLUMNS = ("title", "status", "entities", "quotes", "annotator")

    def __init__(self, project: Project, parent=None):
        super().__init__(parent)
        self.project = project
        self._rows: list[tuple] = []
        self._row_of_key: dict[int, int] = {}
        self._exhausted = False
        self._status: str | None = None
        self._label: str | None = None
        self._search = ""
        self._useful_first = False  # the model's most uncertain new documents first (annotator train ranks them)

    # --- filters ---------------------------------------------------------

    def set_filters(self, *, status: str | None = None, label: str | None = None, search: str = "",
                    useful_first: bool = False) -> None:
        self.beginResetModel()
        self._status, self._label, self._search = status, label, search.strip()
        self._useful_first = useful_first
        self._rows, self._row_of_key, self._exhausted = [], {}, False
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def _where(self) -> tuple[str, list]:
        clauses, params = [], []
        if self._status:
            clauses.append("d.status = ?")
            params.append(self._status)
        if self._label:
            clauses.append("EXISTS (SELECT 1 FROM entities e WHERE e.document = d.key AND e.label = ?)")
            params.append(self._label)
        if self._search:
            clauses.append("(d.title LIKE ? OR d.id LIKE ?)")
            pattern = f"%{self._search}%"
            params += [pattern, pattern]
        return (" AND ".join(clauses) or "1"), params

    # --- lazy rows -------------------------------------------------------

    def _query(self, extra: str, params: list, limit: int | None = None, offset: int = 0) -> list[tuple]:
        where, filter_params = self._where()
        sql = (
            # A title is a text's first line, and a web page stripped of its markup may be one 5 MB line: the
            # list (its drawing, its eliding) only ever needs the start of it.
            f"SELECT d.key, substr(d.title, 1, {TITLE_SHOWN}), d.status, "
            "(SELECT COUNT(*) FROM entities e WHERE e.document = d.key AND e.suggested = 0), "
            "(SELECT COUNT(*) FROM quotes q WHERE q.document = d.key AND q.suggested = 0), "
            f"COALESCE(d.annotator, ''), d.id FROM documents d "
            + ("LEFT JOIN usefulness u ON u.document = d.key " if self._useful_first else "")
            + f"WHERE {where} {extra} ORDER BY "
            + ("u.score IS NULL, u.score DESC, d.key" if self._useful_first else "d.key")
            + (f" LIMIT {int(limit)}" if limit else "") + (f" OFFSET {int(offset)}" if offset else "")
        )
        return self.project.conn.execute(sql, filter_params + params).fetchall()

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802
        if parent.isValid() or self._exhausted:
            return
        if self._useful_first:  # pages by place, as the order is no longer the keys'
            page = self._query("", [], PAGE, offset=len(self._rows))
        else:
            last = self._rows[-1][0] if self._rows else 0
            page = self._query("AND d.key > ?", [last], PAGE)
        if len(page) < PAGE:
            self._exhausted = True
        if page:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
            for values in page:
                self._row_of_key[values[0]] = len(self._rows)
                self._rows.append(values)
            self.endInsertRows()

    def refresh_document(self, key: int) -> None:
        """Re-read one document's row after a change to it."""
        row = self.row_of(key)
        if row is None:
            return
        fresh = self._query("AND d.key = ?", [key])
        if fresh:
            self._rows[row] = fresh[0]
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))

    def row_of(self, key: int) -> int | None:
        """The row showing a document, fetching pages until it appears (or the filter hides it)."""
        while key not in self._row_of_key:
            if self._exhausted or (not self._useful_first and self._rows and self._rows[-1][0] > key):
                return None
            self.fetchMore()
        return self._row_of_key[key]

    def key_at(self, row: int) -> int | None:
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def loaded_rows(self) -> int:
        return len(self._rows)

    # --- Qt's table interface ----------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        key, title, status, entities, quotes, annotator, document_id = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                "title": (title + "…" if len(title) == TITLE_SHOWN else title) if title else document_id,
                "status": self.status_name(status),
                "entities": entities,
                "quotes": quotes,
                "annotator": annotator,
            }[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == "title":
            return tooltip(f"{title}\n{document_id}")
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("entities", "quotes"):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.UserRole:
            return key
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return {
                "title": self.tr("Title"),
                "status": self.tr("Status"),
                "entities": self.tr("Entities"),
                "quotes": self.tr("Quotes"),
                "annotator": self.tr("Annotator"),
            }[self.COLUMNS[section]]
        return None

    def status_name(self, status: str) -> str:
        return {
            "new": self.tr("new"),
            "in_progress": self.tr("in progress"),
            "done": self.tr("done"),
            "skipped": self.tr("skipped"),
        }.get(status, status)
