"""Import and export from the menus: the work runs on its own thread behind a progress dialog."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
)

from annotator import formats
from annotator.core.model import STATUSES
from annotator.core.selection import Selection, selected_documents
from annotator.core.store import Project
from annotator.exporter import write_to, writer_options
from annotator.gui.directions import isolated, left_to_right
from annotator.importer import ImportOptions, import_paths, total_bytes
from annotator.gui.plain_text import tell
from annotator.gui.reasons import problem_lines, shown


class Cancelled(Exception):
    """The analyst pressed Cancel; the file being read is rolled back whole."""


class Counted(QObject):
    """Sentences with a number in them. Qt's lupdate sees plural forms ("%n") only in tr() calls, not in
    QCoreApplication.translate(), and take their context from the class the call is written in."""

    def minutes_left(self, n: int) -> str:
        return self.tr("About %n minute(s) left", "", n)

    def seconds_left(self, n: int) -> str:
        return self.tr("About %n second(s) left", "", n)

    def file_of(self, n: int) -> str:
        return self.tr("File %n of {0}: {1}", "", n)

    def articles_so_far(self, n: int) -> str:
        return self.tr("%n article(s) added so far", "", n)

    def written_of(self, n: int) -> str:
        return self.tr("%n of {0} document(s) written", "", n)

    def imported(self, n: int) -> str:
        return self.tr("Imported %n documents", "", n)

    def skipped(self, n: int) -> str:
        return self.tr("skipped %n duplicates.", "", n)

    def refused(self, n: int) -> str:
        return self.tr("%n files were refused and added nothing.", "", n)

    def wrote(self, n: int) -> str:
        return self.tr("Wrote %n documents to {0}.", "", n)


class Worker(QObject):
    """Runs one job on a project connection of its own, reporting progress in bytes (or documents)."""

    progressed = Signal(int, object)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, db_path: Path, job):
        super().__init__()
        self.db_path = db_path
        self.job = job
        self.cancelled = False
        self._done = 0

    def progress(self, amount: int, detail: dict | None = None) -> None:
        """`amount` more is done; `detail` (which file, how many documents) is shown with it."""
        if self.cancelled:
            raise Cancelled
        self._done += amount
        self.progressed.emit(self._done, detail)

    @Slot()
    def run(self) -> None:
        try:
            with Project.open(self.db_path) as project:
                self.finished.emit(self.job(project, self.progress))
        except Cancelled:
            self.finished.emit(None)
        except Exception as error:  # shown to the analyst as a sentence, never a traceback
            self.failed.emit(shown(error))


class ProgressShown(QObject):
    """The GUI-thread side of a background job. Its slots belong to an object on the GUI thread, so the
    worker's signals are queued here; connecting them to lambdas ran the dialog's code on the worker's
    thread (Qt's "Timers cannot be stopped from another thread")."""

    def __init__(self, dialog: QProgressDialog, loop: QEventLoop, describe):
        super().__init__(dialog)
        self.dialog, self.loop, self.describe = dialog, loop, describe
        self.outcome: dict = {}
        self.detail: dict = {}
        self.clock = time.monotonic()

    @Slot(int, object)
    def progressed(self, done: int, detail) -> None:
        if detail:
            self.detail = detail
        total = self.dialog.maximum()
        self.dialog.setValue(min(done, total - 1))
        lines = [self.describe(self.detail, done, total)] if self.describe else []
        left = time_left(done, total, time.monotonic() - self.clock)
        if left:
            lines.append(left)
        if lines:
            self.dialog.setLabelText("\n".join(lines))

    @Slot(object)
    def finished(self, result) -> None:
        self.outcome["result"] = result
        self.loop.quit()

    @Slot(str)
    def failed(self, message: str) -> None:
        self.outcome["error"] = message
        self.loop.quit()


def time_left(done: int, total: int, elapsed: float) -> str:
    """"About 3 minutes left", from the pace so far; nothing until the pace means something."""
    if done <= 0 or elapsed < 1.0 or done >= total:
        return ""
    seconds = round(elapsed * (total - done) / done)
    if seconds >= 90:
        minutes = round(seconds / 60)
        return Counted().minutes_left(minutes)
    return Counted().seconds_left(max(seconds, 1))


def run_in_background(parent, db_path: Path, job, *, title: str, total: int, describe=None):
    """Run `job(project, progress)` off the GUI thread; returns its result, or None if cancelled.
    `describe(detail, done, total)` says in words how far it is."""
    dialog = QProgressDialog(title, QCoreApplication.translate("Transfer", "Cancel"), 0, max(total, 1), parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setMinimumWidth(420)
    thread = QThread(parent)
    worker = Worker(db_path, job)
    worker.moveToThread(thread)
    loop = QEventLoop()
    shown = ProgressShown(dialog, loop, describe)
    worker.progressed.connect(shown.progressed)
    worker.finished.connect(shown.finished)
    worker.failed.connect(shown.failed)
    dialog.canceled.connect(lambda: setattr(worker, "cancelled", True))
    thread.started.connect(worker.run)
    thread.start()
    loop.exec()
    thread.quit()
    thread.wait()
    worker.deleteLater()
    thread.deleteLater()
    dialog.reset()
    outcome = shown.outcome
    dialog.deleteLater()
    if "error" in outcome:
        tell(parent, title, outcome["error"], warning=True)
        return None
    return outcome.get("result")


class ImportDialog(QDialog):
    def __init__(self, parent):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import documents"))
        self.paths = QListWidget(self)
        add_files = QPushButton(self.tr("Add files…"), self)
        add_folder = QPushButton(self.tr("Add a folder…"), self)
        add_files.clicked.connect(self._add_files)
        add_folder.clicked.connect(self._add_folder)
        self.format = QComboBox(self)
        self.format.addItem(self.tr("From the file names"), None)
        for name in formats.readable():
            self.format.addItem(name, name)
        self.skip_invalid = QCheckBox(self.tr("Take the good records of a file and list the bad ones"), self)
        self.add_labels = QCheckBox(self.tr("Add labels and topics the schema lacks"), self)
        self.id_field = QLineEdit("id", self)
        self.text_field = QLineEdit("text", self)
        self.title_field = QLineEdit(self)
        self.title_field.setPlaceholderText(self.tr("optional"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(add_files)
        row.addWidget(add_folder)
        form = QFormLayout()
        form.addRow(self.tr("Format:"), self.format)
        form.addRow(self.tr("JSONL id field:"), self.id_field)
        form.addRow(self.tr("JSONL text field:"), self.text_field)
        form.addRow(self.tr("JSONL title field:"), self.title_field)
        layout = QVBoxLayout(self)
        layout.addWidget(self.paths)
        layout.addLayout(row)
        layout.addLayout(form)
        layout.addWidget(self.skip_invalid)
        layout.addWidget(self.add_labels)
        layout.addWidget(buttons)

    def _add_files(self) -> None:
        patterns = " ".join(f"*{suffix}" for name in formats.readable() for suffix in formats.FORMATS[name].SUFFIXES)
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Choose files"), "", self.tr("Articles and annotations ({0});;All files (*)").format(patterns)
        )
        for file in files:
            self.paths.addItem(QListWidgetItem(file))

    def _add_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder"))
        if folder:
            self.paths.addItem(QListWidgetItem(folder))

    def targets(self) -> list[Path]:
        return [Path(self.paths.item(row).text()) for row in range(self.paths.count())]

    def options(self, annotator: str) -> ImportOptions:
        return ImportOptions(
            format=self.format.currentData(),
            skip_invalid=self.skip_invalid.isChecked(),
            add_labels=self.add_labels.isChecked(),
            id_field=self.id_field.text().strip() or "id",
            text_field=self.text_field.text().strip() or "text",
            title_field=self.title_field.text().strip() or None,
            annotator=annotator,
        )


def run_import(window, db_path: Path, dialog: ImportDialog | None = None) -> bool:
    """Ask what to import, import it off the GUI thread, and tell the analyst what happened."""
    dialog = dialog or ImportDialog(window)
    if not dialog.exec() or not dialog.targets():
        return False
    targets, options = dialog.targets(), dialog.options(window.annotator)
    def job(project, progress):
        def starting(file, number, files, documents):
            progress(0, {"file": file.name, "number": number, "files": files, "documents": documents})

        return import_paths(project, targets, options, progress=progress, starting=starting)

    summary = run_in_background(
        window, db_path, job, title=QCoreApplication.translate("Transfer", "Importing…"),
        total=total_bytes(targets, options.format), describe=describe_import,
    )
    if summary is None:
        QMessageBox.information(window, QCoreApplication.translate("Transfer", "Import"), QCoreApplication.translate("Transfer", "Import cancelled; the file being read was left out whole."))
        return True
    show_import_summary(window, summary)
    return True


def describe_import(detail: dict, done: int, total: int) -> str:
    if not detail:
        return QCoreApplication.translate("Transfer", "Importing…")
    files = Counted().file_of(detail["number"]).format(
        detail["files"], isolated(detail["file"]))
    documents = Counted().articles_so_far(detail["documents"])
    return files + "\n" + documents


def describe_export(detail: dict, done: int, total: int) -> str:
    return Counted().written_of(done).format(total)


def show_import_summary(window, summary) -> None:
    message = QCoreApplication.translate("Transfer", "{0}; {1}").format(
        Counted().imported(summary.added),
        Counted().skipped(summary.duplicates))
    refused = summary.refused_files
    if refused:
        message += "\n" + Counted().refused(len(refused))
    problems = problem_lines(summary.reports)
    # What a reader mended or left out without refusing anything (repaired I- tags, brat events): worth a look.
    notes = [f"{report.source}: {shown(note)}" for report in summary.reports for note in report.notes]
    tell(window, QCoreApplication.translate("Transfer", "Import"), message, warning=bool(problems),
         informative=QCoreApplication.translate("Transfer", "Problems, as FILE:LINE: reason:") if problems else "",
         details="\n".join(problems + notes))


class ExportDialog(QDialog):
    def __init__(self, parent):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export annotations"))
        self.format = QComboBox(self)
        for name in formats.writable():
            self.format.addItem(name, name)
        self.path = QLineEdit(self)
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._browse)
        self.statuses = {status: QCheckBox(parent.list_model.status_name(status), self) for status in STATUSES}
        self.statuses["done"].setChecked(True)
        self.whole_tokens = QCheckBox(self.tr("Grow entities to whole tokens, proclitics included (as ANERcorp and Wojood)"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        status_row = QHBoxLayout()
        for box in self.statuses.values():
            status_row.addWidget(box)
        form = QFormLayout(self)
        form.addRow(self.tr("Format:"), self.format)
        form.addRow(self.tr("File:"), path_row)
        form.addRow(self.tr("Documents that are:"), status_row)
        form.addRow(self.whole_tokens)
        form.addRow(buttons)

    def _browse(self) -> None:
        name = self.format.currentData()
        if formats.writes_folder(name):
            path = QFileDialog.getExistingDirectory(self, self.tr("Export to"))
        else:
            suffix = formats.FORMATS[name].SUFFIXES[0]
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), f"annotations{suffix}", f"*{suffix}")
        if path:
            self.path.setText(path)

    def chosen_statuses(self) -> list[str]:
        return [status for status, box in self.statuses.items() if box.isChecked()]


def run_export(window, db_path: Path, dialog: ExportDialog | None = None) -> int | None:
    dialog = dialog or ExportDialog(window)
    if not dialog.exec() or not dialog.path.text().strip():
        return None
    target = Path(dialog.path.text().strip())
    format_name = dialog.format.currentData()
    whole = dialog.whole_tokens.isChecked()
    selection = Selection(statuses=dialog.chosen_statuses() or None, whole_tokens=whole and format_name not in ("conll", "hf-tokens"))
    warnings: list[str] = []
    options = writer_options(window.schema, whole_tokens=whole or format_name in ("conll", "hf-tokens"), warn=warnings.append)

    def job(project, progress):
        def counted():
            for document in selected_documents(project, selection):
                progress(1)
                yield document

        return write_to(format_name, counted(), target, options)

    total = window.project.document_count()
    written = run_in_background(window, db_path, job, title=QCoreApplication.translate("Transfer", "Exporting…"), total=total,
                                describe=describe_export)
    if written is not None:
        message = Counted().wrote(written).format(left_to_right(str(target)))
        if warnings:
            message += "\n\n" + "\n".join(shown(warning) for warning in warnings)
        tell(window, QCoreApplication.translate("Transfer", "Export"), message)
    return written
