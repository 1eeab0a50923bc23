"""Project files from the window: New, Open, Open recent, Save a copy as; where the analyst was, kept.

A window belongs to one project file, so opening another one opens a new window on it and closes this
one; the place in each project (document and scroll position) is remembered when its window closes.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QLabel, QListWidget, QListWidgetItem, QMessageBox,
                               QVBoxLayout)

from annotator.core import backups
from annotator.core.store import ProjectError
from annotator.gui.directions import left_to_right
from annotator.gui.plain_text import tell
from annotator.gui.reasons import shown

PROJECT_FILTER = "*.db *.annotator *.sqlite"


ROLLING_CHECK_MS = 10 * 60 * 1000  # how often the window asks whether an hourly copy is due
FIRST_COPY_MS = 60 * 1000


class ProjectFiles(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self._copying: threading.Thread | None = None
        self._rolling_timer = QTimer(self, interval=ROLLING_CHECK_MS)
        self._rolling_timer.timeout.connect(self.keep_rolling_copy)
        self._rolling_timer.start()
        # The first copy a minute after opening: a glance at a project needs none, and a day's work gets one early.
        QTimer.singleShot(FIRST_COPY_MS, self, self.keep_rolling_copy)

    def keep_rolling_copy(self) -> threading.Thread | None:
        """An hourly copy of the project beside it, made off the GUI thread on a connection of its own (SQLite's
        online backup), so a large project never freezes the window and the analyst's edits go on meanwhile."""
        path = self.window.db_path
        if (self._copying and self._copying.is_alive()) or not backups.due(path):
            return None

        def copy() -> None:
            # A copy that cannot be made (a read-only folder, a full disk) must never disturb the work itself.
            with contextlib.suppress(OSError, sqlite3.Error), \
                    contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as source:
                backups.make(source, path, "rolling")

        self._copying = threading.Thread(target=copy, name="rolling copy", daemon=True)
        self._copying.start()
        return self._copying

    def build_menu(self, menu) -> None:
        window = self.window
        window._action(menu, self.tr("&New project…"), self.new_project, ["Ctrl+N"], "newProjectAction")
        window._action(menu, self.tr("&Open project…"), self.open_project, ["Ctrl+O"], "openProjectAction")
        self.recent_menu = menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        window._action(menu, self.tr("Save a &copy as…"), self.save_copy, [], "saveCopyAction")
        window._action(menu, self.tr("Restore a &backup…"), self.choose_backup, [], "restoreBackupAction")
        menu.addSeparator()

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        current = str(self.window.db_path.resolve())
        for path in self.window.preferences.recent_projects():
            if path != current and Path(path).exists():
                action = self.recent_menu.addAction(path)
                action.triggered.connect(lambda _=False, chosen=path: self.switch_to(Path(chosen)))
        if not self.recent_menu.actions():
            self.recent_menu.addAction(self.tr("(no other project yet)")).setEnabled(False)

    def new_project(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("New project"), str(self.window.db_path.parent / "project.db"),
                                              self.tr("Annotator projects ({0})").format(PROJECT_FILTER))
        if not path:
            return
        target = Path(path)
        if target.exists():
            tell(self.window, self.tr("New project"),
                 self.tr("{0} exists already: open it, or choose another name.").format(target), warning=True)
            return
        self.switch_to(target)

    def open_project(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open project"), str(self.window.db_path.parent),
                                              self.tr("Annotator projects ({0});;All files (*)").format(PROJECT_FILTER))
        if path:
            self.switch_to(Path(path))

    def save_copy(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save a copy as"),
                                              str(self.window.db_path.with_name(self.window.db_path.stem + "-copy.db")),
                                              self.tr("Annotator projects ({0})").format(PROJECT_FILTER))
        if path:
            self.copy_to(Path(path))

    def copy_to(self, target: Path) -> bool:
        try:
            self.window.project.save_copy(target)
        except (ProjectError, OSError) as error:
            tell(self.window, self.tr("Save a copy as"), shown(error), warning=True)
            return False
        self.window.statusBar().showMessage(self.tr("A copy of the project is in {0}.").format(target), 6000)
        return True

    def choose_backup(self) -> None:
        dialog = BackupDialog(self.window, backups.listed(self.window.db_path))
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen() is not None:
            self.restore(dialog.chosen())

    def restore(self, source: Path, *, confirm: bool = True):
        """Put a copy back into this project: the present state is kept as a copy first, then the window opens
        the project again (an older copy is upgraded on the way). Returns the new window, or None."""
        try:
            documents = backups.check_restorable(source)
        except backups.BackupRefused as refusal:
            tell(self.window, self.tr("Restore a backup"), shown(refusal), warning=True)
            return None
        if confirm and QMessageBox.question(
                self.window, self.tr("Restore a backup"),
                self.tr("Replace the project with the copy {0} ({1} documents)? The project as it is now is kept "
                        "as a copy first, so this can be undone.").format(source.name, documents)) \
                != QMessageBox.StandardButton.Yes:
            return None
        try:
            kept = backups.restore(self.window.project.conn, self.window.db_path, source)
        except (OSError, sqlite3.Error) as error:
            tell(self.window, self.tr("Restore a backup"), str(error), warning=True)
            return None
        other = self.switch_to(self.window.db_path)
        if other is not None:
            other.statusBar().showMessage(self.tr("Restored. The project as it was before is kept in {0}.").format(kept.name), 10000)
        return other

    def switch_to(self, path: Path):
        """A window on another project file (made anew when missing), this one closed; None if it cannot open."""
        from annotator.gui.window import MainWindow

        try:
            other = MainWindow(path)
        except ProjectError as error:
            tell(self.window, self.tr("Open project"), shown(error), warning=True)
            return None
        other.resize(self.window.size())
        other.show()
        QTimer.singleShot(0, self.window.close)
        return other


class BackupDialog(QDialog):
    """The project's copies, newest first, with when and why each was made."""

    def __init__(self, parent, copies: list):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore a backup"))
        self.setObjectName("backupDialog")
        layout = QVBoxLayout(self)
        kinds = {"rolling": self.tr("hourly copy"), "manual": self.tr("copy you made"),
                 "before-upgrade": self.tr("before an upgrade"), "before-restore": self.tr("before a restore")}
        if copies:
            layout.addWidget(QLabel(self.tr("Copies kept in {0}:").format(left_to_right(backups.folder_of(parent.db_path).name))))
        else:
            layout.addWidget(QLabel(self.tr("No copies yet: the window makes one every hour it is open, and "
                                            "'annotator backup' makes one at any time.")))
        self.copies = QListWidget(objectName="backupList")
        for copy in copies:
            item = QListWidgetItem(self.tr("{0} — {1} — {2} MB").format(
                left_to_right(copy.made.strftime("%Y-%m-%d %H:%M")), kinds.get(copy.kind, copy.kind),
                left_to_right(f"{copy.size / 2**20:.1f}")))
            item.setData(Qt.ItemDataRole.UserRole, str(copy.path))
            self.copies.addItem(item)
        self.copies.setCurrentRow(0)
        layout.addWidget(self.copies)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        restore = buttons.addButton(self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        restore.setEnabled(bool(copies))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.copies.itemDoubleClicked.connect(lambda _item: self.accept())
        layout.addWidget(buttons)
        self.resize(520, 360)

    def chosen(self) -> Path | None:
        item = self.copies.currentItem()
        return Path(item.data(Qt.ItemDataRole.UserRole)) if item else None


def restore_place(window) -> None:
    """Open the document where the analyst stopped in this project, scrolled as they left it."""
    document_id, scroll = window.preferences.place_in(window.db_path)
    key = window.project.key_of(document_id) if document_id else None
    if key is None:
        window.open_row(0)
        return
    window.open_document(key)
    QTimer.singleShot(0, window, lambda: window.view.verticalScrollBar().setValue(scroll))


def remember_place(window) -> None:
    # Not moved up in Open recent here: when the analyst switches projects, the one opened last stays first.
    window.preferences.remember_place(window.db_path, window.document.id if window.document else None,
                                      window.view.verticalScrollBar().value())


def starting_project(explicit: Path | None, preferences) -> Path:
    """--db when given, else $ANNOTATOR_DB, else the project used last, else the default one."""
    import os

    from annotator.core import paths

    if explicit is not None:
        return explicit
    if os.environ.get(paths.DB_ENVIRONMENT_VARIABLE):
        return paths.default_db_path()
    last = preferences.last_project()
    return Path(last) if last else paths.default_db_path()
