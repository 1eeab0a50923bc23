"""Importing files and folders into a project, for the command line and the window alike."""

from __future__ import annotations

import lzma
import os
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from annotator import formats
from annotator.core import paths
from annotator.core.ingest import ImportReport, Problem, import_records
from annotator.core.store import Project, ProjectError
from annotator.core.reasons import reason, reason_of


@dataclass
class ImportOptions:
    format: str | None = None  # None: guessed from each file's name
    skip_invalid: bool = False
    add_labels: bool = False
    id_field: str = "id"
    text_field: str = "text"
    title_field: str | None = None
    annotator: str | None = None


@dataclass
class ImportSummary:
    reports: list[ImportReport] = field(default_factory=list)
    ignored: list[Path] = field(default_factory=list)  # files in folders that are not articles

    @property
    def added(self) -> int:
        return sum(r.added for r in self.reports)

    @property
    def duplicates(self) -> int:
        return sum(r.duplicates for r in self.reports)

    @property
    def refused_files(self) -> list[ImportReport]:
        return [r for r in self.reports if r.refused]

    def problem_lines(self) -> list[str]:
        return [line for report in self.reports for line in report.lines()]


def input_files(targets: list[Path], format_name: str | None) -> tuple[list[tuple[Path, str]], list[Path]]:
    """(file, format) for every file to read, and the folder files left aside as not articles."""
    chosen: list[tuple[Path, str]] = []
    ignored: list[Path] = []
    for target in targets:
        if target.is_dir():
            for file in sorted(_walk(target, ignored)):
                guessed = formats.guess(file)
                if guessed == "txt" and file.with_suffix(".ann").exists():
                    continue  # the text half of a brat pair: read with its .ann
                if guessed and format_name in (None, guessed):
                    chosen.append((file, guessed))
                else:
                    ignored.append(file)
        elif format_name == "brat" and target.suffix == ".txt":
            chosen.append((target.with_suffix(".ann"), "brat"))
        else:
            chosen.append((target, format_name or formats.guess(target) or _fallback(target)))
    return chosen, ignored


def _fallback(file: Path) -> str | None:
    """A file named directly is an article, unless its name says JSON: then no format is known."""
    return None if file.name.lower().endswith((".json", ".jsonl", ".ndjson")) else "txt"


def _walk(folder: Path, left_aside: list[Path]) -> Iterator[Path]:
    """The regular files under a folder. A link leading out of the folder is left aside (a folder import
    must not carry a private file into the project and out with the next export), and so is anything
    that is not a regular file (reading a FIFO would wait forever)."""
    inside = folder.resolve()
    for root, folders, files in os.walk(folder):
        folders[:] = [f for f in folders if not f.startswith(".")]
        for name in files:
            if name.startswith("."):
                continue
            file = Path(root) / name
            real = file.resolve()
            if real.is_relative_to(inside) and real.is_file():
                yield file
            else:
                left_aside.append(file)


def import_paths(
    project: Project,
    targets: list[Path],
    options: ImportOptions,
    *,
    progress: Callable[[int], None] | None = None,
    starting: Callable[[Path, int, int, int], None] | None = None,
) -> ImportSummary:
    """Import each file atomically; `progress` hears how many bytes were read, `starting` hears
    (file, its number from 1, how many files, documents added so far) before each file."""
    files, ignored = input_files(targets, options.format)
    summary = ImportSummary(ignored=ignored)
    for number, (file, format_name) in enumerate(files, 1):
        if starting:
            starting(file, number, len(files), summary.added)
        summary.reports.append(_import_file(project, file, format_name, options, progress))
    return summary


def total_bytes(targets: list[Path], format_name: str | None) -> int:
    files, _ = input_files(targets, format_name)
    return sum(file.stat().st_size for file, _ in files if file.exists())


def _import_file(project, file: Path, format_name: str, options: ImportOptions, progress) -> ImportReport:
    if not file.exists():
        return ImportReport(str(file), problems=[Problem(0, reason('no such file or folder'))], refused=True)
    if format_name is None:
        return ImportReport(str(file), refused=True, problems=[Problem(1, reason(
            "neither the file's name nor its content shows a format the annotator reads; "
            "name it with --format ({names})", names=", ".join(formats.readable())))])
    try:
        report = _read_into(project, file, format_name, options, progress)
    except ProjectError:
        raise  # the project itself cannot take it (busy, disk full): stop and say so
    except (OSError, EOFError, lzma.LZMAError, zlib.error, ValueError, TypeError, KeyError, AttributeError, IndexError) as error:
        # A damaged compressed file or a shape no reader foresaw: this file is refused whole (its
        # transaction rolled back) and the batch goes on to the next, as with any other refusal.
        why = reason_of(error) or type(error).__name__
        return ImportReport(str(file), refused=True, problems=[Problem(0, reason(
            "the file cannot be read as {format_name}: {why}", format_name=format_name, why=why))])
    return report


def _read_into(project, file: Path, format_name: str, options: ImportOptions, progress) -> ImportReport:
    module = formats.FORMATS[format_name]
    records = module.read(
        file,
        id_field=options.id_field,
        text_field=options.text_field,
        title_field=options.title_field,
        progress=progress,
    )
    report = import_records(
        project,
        str(file),
        records,
        annotator=options.annotator,
        skip_invalid=options.skip_invalid,
        add_labels=options.add_labels,
    )
    if progress and format_name == "txt":
        progress(file.stat().st_size)
    if report.refused and options.format is None:
        report.notes.append(reason("read as {format_name}, guessed from the file; if it is in another format, "
                                   "name it with --format ({names})", format_name=format_name,
                                   names=", ".join(formats.readable())))
    return report


def seed(project: Project) -> ImportSummary:
    """Give a brand-new project the articles under `seeds/` (CONTRACT §3)."""
    folder = paths.seeds_dir()
    if not folder.is_dir():
        return ImportSummary()
    return import_paths(project, [folder], ImportOptions(annotator=None))
