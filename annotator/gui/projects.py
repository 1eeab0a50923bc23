"""Project files from the window: New, Open, Open recent, Save a copy as; where the analyst was, kept.

A window belongs to one project file, so opening another one opens a new window on it and closes this
one; the place in each project (document and scroll position) is remembered when its window closes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QFileDialog

from annotator.core.store import ProjectError
from annotator.gui.plain_text import tell
from annotator.gui.reasons import shown

PROJECT_FILTER = "*.db *.annotator *.sqlite"


class ProjectFiles(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window

    def build_menu(self, menu) -> None:
        window = self.window
        window._action(menu, self.tr("&New project…"), self.new_project, ["Ctrl+N"], "newProjectAction")
        window._action(menu, self.tr("&Open project…"), self.open_project, ["Ctrl+O"], "openProjectAction")
        self.recent_menu = menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        window._action(menu, self.tr("Save a &copy as…"), self.save_copy, [], "saveCopyAction")
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
