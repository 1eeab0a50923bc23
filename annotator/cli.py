"""The `annotator` command (CONTRACT §3): a thin layer over the core, the formats and the window."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path

from annotator import __version__, formats
from annotator.core import paths
from annotator.core.check import damaged_file_findings, project_problems
from annotator.core.model import STATUSES
from annotator.core.selection import Selection, parse_split, selected_documents, split_of
from annotator.core.stats import project_stats
from annotator.core.store import Project, ProjectError
from annotator.exporter import ExportRefused, check_target, write_setup_files, write_to, writer_options
from annotator.importer import ImportOptions, import_paths, total_bytes
from annotator.terminal import printable

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        args = parser.parse_args(["gui", *(argv if argv is not None else sys.argv[1:])])
    try:
        return args.run(args)
    except ProjectError as error:
        print(f"annotator: {error}", file=sys.stderr)
        return EXIT_REFUSED
    except BrokenPipeError:
        return EXIT_OK
    except OSError as error:  # the machine, not the annotator: a full disk, a file it may not write
        where = f"{printable(str(error.filename))}: " if error.filename else ""
        print(f"annotator: {where}{error.strerror or error}; what was being written was left out whole", file=sys.stderr)
        return EXIT_REFUSED
    except KeyboardInterrupt:
        print("annotator: stopped; a file being imported when you stopped was left out whole", file=sys.stderr)
        return 130
    except Exception as error:  # noqa: BLE001 - the last guard: a sentence and a log file, never a bare traceback
        print(f"annotator: internal error, please report it ({type(error).__name__}: {printable(str(error))}); "
              f"the details are in {_log_crash(argv)}", file=sys.stderr)
        return EXIT_REFUSED


def _log_crash(argv: list[str] | None) -> str:
    """Append the traceback to the crash log and name it; say so if even that cannot be written."""
    import datetime
    import traceback

    log = paths.crash_log_path()
    try:
        log.parent.mkdir(parents=True, exist_ok=True)
        with open(log, "a", encoding="utf-8") as stream:
            stream.write(f"--- {datetime.datetime.now().isoformat(timespec='seconds')} annotator {__version__} "
                         f"{sys.argv[0] if argv is None else 'annotator'} {' '.join(sys.argv[1:] if argv is None else argv)}\n")
            stream.write(traceback.format_exc())
        return str(log)
    except OSError as error:
        return f"no log file ({log} cannot be written: {error.strerror})"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="annotator", description="Annotate Arabic news: entities, quotes, topics.")
    parser.add_argument("--version", action="version", version=f"annotator {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, run, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.add_argument("--db", type=Path, default=None, help="project file (default: $ANNOTATOR_DB or the user's data directory)")
        sub.set_defaults(run=run)
        return sub

    gui = command("gui", _gui, "open the desktop app")
    gui.add_argument("--screenshot", type=Path, metavar="FILE.png", help="render the window to a PNG and exit")
    gui.add_argument("--language", choices=["ar", "en"], help="interface language (default: preferences, then the system's)")
    # A project named without --db: what a file manager passes when a project file is opened with the app.
    gui.add_argument("project", nargs="?", type=Path, help="project file to open (same as --db)")

    imp = command("import", _import, "add documents (files or folders) to a project")
    imp.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    imp.add_argument("--format", choices=formats.readable(), help="input format (default: from each file's name; txt otherwise)")
    imp.add_argument("--skip-invalid", action="store_true", help="take the good records of a file and report the bad ones")
    imp.add_argument("--add-labels", action="store_true", help="add labels and topics the schema lacks instead of refusing them")
    imp.add_argument("--id-field", default="id", help="JSONL field holding the document id (default: id)")
    imp.add_argument("--text-field", default="text", help="JSONL field holding the text (default: text)")
    imp.add_argument("--title-field", default=None, help="JSONL field holding the title (kept as meta.title)")
    imp.add_argument("--annotator", help="who is importing (default: $ANNOTATOR_NAME, the project's annotator, the login name)")
    imp.add_argument("--no-progress", action="store_true", help="no progress bar")

    exp = command("export", _export, "write a project's documents and accepted annotations")
    exp.add_argument("--format", choices=formats.writable(), default="native")
    exp.add_argument("--out", default="-", help="output file, '-' for stdout; a folder with --split")
    exp.add_argument("--status", action="append", choices=STATUSES, help="only documents with this status (repeatable)")
    exp.add_argument("--annotator", action="append", help="only annotations by this annotator (repeatable)")
    exp.add_argument("--labels", help="only entities with these labels, comma-separated")
    exp.add_argument("--split", help="deterministic split by document id, e.g. train=0.8,dev=0.1,test=0.1")
    exp.add_argument("--tokens", choices=["separate", "whole"], default=None,
                     help="entities without their proclitics (separate) or grown to whole tokens (whole); "
                          "default: separate for JSON formats, whole for CoNLL as the Arabic corpora tag")
    exp.add_argument("--scheme", choices=["bio", "bilou"], default="bio", help="tag scheme for CoNLL")

    stats = command("stats", _stats, "counts per status, label, topic and annotator")
    stats.add_argument("--json", action="store_true", help="one JSON object")
    stats.add_argument("--no-shape", action="store_true", help="leave Arabic as it is, for terminals that shape it themselves")

    search = command("search", _search, "Arabic-aware search over every document")
    search.add_argument("query", metavar="QUERY")
    search.add_argument("--json", action="store_true", help="one JSON object per match")
    search.add_argument("--limit", type=_count, default=None, help="stop after this many matches")
    search.add_argument("--exact", action="store_true",
                        help="only the query's own spelling (harakat and tatweel aside); by default variant spellings follow it")
    search.add_argument("--no-shape", action="store_true", help="leave Arabic as it is, for terminals that shape it themselves")

    suggest = command("suggest", _suggest, "pre-annotate: names the project knows and quotes from verbs of saying")
    suggest.add_argument("--status", action="append", choices=STATUSES, help="only documents with this status (default: new)")
    suggest.add_argument("--annotator", help="recorded as the suggestions' annotator (default: suggester)")
    suggest.add_argument("--no-progress", action="store_true", help="no progress bar")
    suggest.add_argument("--model", action="store_true", help="also the names the project's trained model finds (annotator train)")

    command("check", _check, "check the project file, every text hash, span and speaker link")

    agree = commands.add_parser("agree", help="agreement between annotators' projects (the first is the reference)",
                                description="agreement between annotators' projects, each one annotator's work; the "
                                            "first is the reference; documents are matched by their text")
    agree.add_argument("projects", nargs="+", type=Path, metavar="PROJECT")
    agree.add_argument("--json", action="store_true", help="one JSON object")
    agree.set_defaults(run=_agree)

    hand = command("hand-out", _hand_out, "split a project into one project file per annotator, with an overlap for agreement")
    hand.add_argument("--to", nargs="+", required=True, metavar="ANNOTATOR", help="the annotators' names")
    hand.add_argument("--overlap", type=float, default=0.0, help="fraction of the documents every annotator gets (default 0)")
    hand.add_argument("--out", type=Path, required=True, metavar="FOLDER", help="where ANNOTATOR.db files are written")
    hand.add_argument("--status", action="append", choices=STATUSES, help="only documents with this status (repeatable)")

    merge = command("merge", _merge, "merge annotators' project files back, keeping who did what (safe to repeat)")
    merge.add_argument("sources", nargs="+", type=Path, metavar="PROJECT")

    train = command("train", _train, "train the project's entity model on its accepted names (kept in the project)")
    train.add_argument("--iterations", type=_count, default=100, help="training passes (default 100)")

    backup = command("backup", _backup, "keep a copy of the project (SQLite's online backup), list copies, restore one")
    backup.add_argument("--out", type=Path, help="write the copy here instead of beside the project, in FILE.backups/")
    backup.add_argument("--list", action="store_true", help="list the project's copies, newest first")
    backup.add_argument("--restore", type=Path, metavar="COPY", help="put a copy back (the present state is kept as a copy first)")
    return parser


def _db_path(args) -> Path:
    return args.db if args.db is not None else paths.default_db_path()


def _existing_project(args) -> Project:
    return Project.open(_db_path(args), create=False)


def _annotator(args, project: Project) -> str:
    return (
        getattr(args, "annotator", None)
        or os.environ.get("ANNOTATOR_NAME")
        or project.setting("annotator")
        or getpass.getuser()
    )


def _gui(args) -> int:
    from annotator.gui.preflight import platform_problem

    problem = platform_problem()
    if problem:  # said before Qt is touched: a missing library makes Qt abort the whole process
        print(f"annotator: {problem}", file=sys.stderr)
        return EXIT_REFUSED
    from annotator.gui.app import run

    return run(args.db or args.project, screenshot=args.screenshot, language=args.language)


def _import(args) -> int:
    from tqdm import tqdm

    with Project.open(_db_path(args)) as project:
        options = ImportOptions(
            format=args.format,
            skip_invalid=args.skip_invalid,
            add_labels=args.add_labels,
            id_field=args.id_field,
            text_field=args.text_field,
            title_field=args.title_field,
            annotator=_annotator(args, project),
        )
        with tqdm(
            total=total_bytes(args.paths, args.format), unit="B", unit_scale=True,
            desc="import", disable=True if args.no_progress else None, file=sys.stderr,
        ) as bar:
            summary = import_paths(project, args.paths, options, progress=bar.update)
    for line in summary.problem_lines():
        print(line, file=sys.stderr)
    for report in summary.reports:
        for note in report.notes:
            print(f"{report.source}: {note}", file=sys.stderr if report.refused else sys.stdout)
        if report.labels_added or report.topics_added:
            print(f"{report.source}: added to the schema: {', '.join(report.labels_added + report.topics_added)}")
        for conflict in report.conflicts:
            print(f"{report.source}: conflict, kept as the project has it: {printable(conflict)}")
    refused = summary.refused_files
    merged = [report for report in summary.reports if report.merged_documents]
    if merged:
        print(f"merged into {sum(r.merged_documents for r in merged)} documents already in the project: "
              f"{sum(r.merged_added for r in merged)} annotations added, {sum(r.merged_present for r in merged)} "
              f"already there, {sum(len(r.conflicts) for r in merged)} conflicts")
    print(
        f"imported {summary.added} documents from {len(summary.reports) - len(refused)} files; "
        f"skipped {summary.duplicates} duplicates"
        + (f"; refused {len(refused)} files" if refused else "")
        + (f"; left aside {len(summary.ignored)} files that are not articles or lead out of the folder"
           if summary.ignored else "")
    )
    return EXIT_REFUSED if refused else EXIT_OK


def _export(args) -> int:
    writer = formats.FORMATS[args.format]
    folder_writer, binary_writer = formats.writes_folder(args.format), formats.writes_binary(args.format)
    if (folder_writer or binary_writer or args.format == "hf-tokens") and args.out == "-":
        print(f"annotator export: --format {args.format} needs --out (a {'folder' if folder_writer else 'file'})", file=sys.stderr)
        return EXIT_USAGE
    selection = Selection(
        statuses=args.status,
        annotators=args.annotator,
        labels=[label.strip() for label in args.labels.split(",")] if args.labels else None,
        whole_tokens=args.tokens == "whole" and args.format not in ("conll", "hf-tokens"),
    )
    out_folder = Path(args.out).parent if args.out != "-" and not args.split else None
    if out_folder is not None and not out_folder.is_dir():
        print(f"annotator export: {out_folder} is no folder; create it first or choose another --out", file=sys.stderr)
        return EXIT_USAGE
    try:
        if args.out != "-" and not args.split:
            check_target(Path(args.out))  # before the project is even opened: nothing may touch it
    except ExportRefused as refusal:
        print(f"annotator export: {refusal}", file=sys.stderr)
        return EXIT_USAGE
    with _existing_project(args) as project:
        options = writer_options(
            project.schema(), scheme=args.scheme, whole_tokens=args.tokens != "separate",
            warn=lambda message: print(f"annotator export: {message}", file=sys.stderr),
        )
        documents = selected_documents(project, selection)
        if args.split:
            return _export_split(args, writer, documents, options)
        if args.out == "-":
            writer.write(documents, sys.stdout, **options)
        else:
            write_to(args.format, documents, Path(args.out), options)
    return EXIT_OK


def _count(value: str) -> int:
    """A --limit: a whole number, zero or more (argparse prints the sentence with its usage line, exit 2)."""
    try:
        number = int(value)
    except ValueError:
        number = -1
    if number < 0:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of matches (0 or more)")
    return number


def _export_split(args, writer, documents, options) -> int:
    try:
        parts = parse_split(args.split)
    except ValueError as error:
        print(f"annotator export: --split: {error}", file=sys.stderr)
        return EXIT_USAGE
    if args.out == "-":
        print("annotator export: --split needs --out FOLDER", file=sys.stderr)
        return EXIT_USAGE
    folder = Path(args.out)
    folder.mkdir(parents=True, exist_ok=True)
    grouped: dict[str, list] = {name: [] for name, _ in parts}
    for document in documents:
        grouped[split_of(document.id, parts)].append(document)
    suffix = "" if formats.writes_folder(args.format) else writer.SUFFIXES[0]
    for name, part in grouped.items():
        write_to(args.format, part, folder / f"{name}{suffix}", options, setup=False)
    written = write_setup_files(args.format, folder / folder.name, options)
    print(", ".join(f"{name}: {len(part)}" for name, part in grouped.items())
          + "".join(f"; set-up file {path.name}" for path in written), file=sys.stderr)
    return EXIT_OK


def _stats(args) -> int:
    with _existing_project(args) as project:
        stats = project_stats(project)
        schema = project.schema()
    if args.json:
        print(json.dumps(stats, ensure_ascii=False))
        return EXIT_OK
    from annotator.terminal import stats_table

    print(stats_table(stats, schema, shape=not args.no_shape))
    return EXIT_OK


def _search(args) -> int:
    from itertools import islice

    from annotator.core.search import search
    from annotator.terminal import match_line

    with _existing_project(args) as project:
        for match in islice(search(project, args.query, exact_only=args.exact), args.limit):
            if args.json:
                print(json.dumps({"doc": match.document, "start": match.start, "end": match.end, "text": match.text}, ensure_ascii=False))
            else:
                print(match_line(match, project.text(match.key), shape=not args.no_shape))
    return EXIT_OK


def _suggest(args) -> int:
    from tqdm import tqdm

    from annotator.core.suggest import project_gazetteer, suggest_document

    with _existing_project(args) as project:
        statuses = args.status or ["new"]
        keys = [row[0] for row in project.conn.execute(
            f"SELECT key FROM documents WHERE status IN ({', '.join('?' * len(statuses))}) ORDER BY key", statuses)]
        gazetteer = project_gazetteer(project)
        model = None
        if args.model:
            from annotator.core.learn.project_model import latest, model_suggestions

            model = latest(project)
            if model is None:
                print("annotator suggest: the project has no trained model yet: run annotator train first", file=sys.stderr)
                return EXIT_REFUSED
        entities = quotes = 0
        for key in tqdm(keys, unit="doc", desc="suggest", disable=True if args.no_progress else None, file=sys.stderr):
            found = model_suggestions(project.document(key), model) if model is not None else []
            for change in suggest_document(project, key, annotator=args.annotator or "suggester", gazetteer=gazetteer,
                                           model_names=found, model_annotator=args.annotator or "model"):
                entities += change.touched("entities")
                quotes += change.touched("quotes")
    print(f"suggested {entities} entities and {quotes} quotes in {len(keys)} documents; "
          "they stay out of exports until accepted in the window")
    return EXIT_OK


def _agree(args) -> int:
    import contextlib

    from annotator.core import agreement

    if len(args.projects) < 2:
        print("annotator agree: name two projects or more (the first is the reference)", file=sys.stderr)
        return EXIT_USAGE
    with contextlib.ExitStack() as stack:
        opened = [stack.enter_context(Project.open(path, create=False)) for path in args.projects]
        result = agreement.between_projects(opened[0], opened[1])
        if len(opened) > 2:
            # Named as the annotator a hand-out gave the file, else by the file's name; by its path if two agree.
            names = [project.setting("annotator") or path.stem for path, project in zip(args.projects, opened)]
            if len(set(names)) < len(names):
                names = [str(path) for path in args.projects]
            result["several"] = agreement.among_projects(dict(zip(names, opened)))
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        from annotator.terminal import agreement_table

        print(agreement_table(result, shape=sys.stdout.isatty()))
    return EXIT_OK


def _hand_out(args) -> int:
    from annotator.core.teams import hand_out

    with _existing_project(args) as project:
        handed = hand_out(project, args.to, args.out, overlap=args.overlap, statuses=args.status)
    for name, path in handed.files.items():
        print(f"{printable(name)}\t{handed.documents[name]} documents\t{printable(str(path))}")
    print(f"{handed.shared} documents went to every annotator, for agreement")
    return EXIT_OK


def _merge(args) -> int:
    from annotator.core.teams import merge

    refused = 0
    with _existing_project(args) as project:
        for source in args.sources:
            report = merge(project, source)
            for line in report.lines():
                print(line, file=sys.stderr)
            for conflict in report.conflicts:
                print(f"{printable(str(source))}: conflict, kept as the project has it: {printable(conflict)}")
            if report.refused:
                refused += 1
                continue
            print(f"{printable(str(source))}: {report.added} documents added; merged into {report.merged_documents} "
                  f"documents: {report.merged_added} annotations added, {report.merged_present} already there, "
                  f"{len(report.conflicts)} conflicts")
    return EXIT_REFUSED if refused else EXIT_OK


def _train(args) -> int:
    from annotator.core.learn.project_model import train_project

    with _existing_project(args) as project:
        try:
            trained = train_project(project, iterations=args.iterations)
        except ValueError as error:
            print(f"annotator train: {error}", file=sys.stderr)
            return EXIT_REFUSED
    scores = trained.scores
    print(f"trained on {trained.documents} documents ({trained.tokens:,} tokens) in {trained.seconds:.1f} s; "
          f"on {scores['held_out_documents']} documents held out: precision {scores['precision']:.3f}, "
          f"recall {scores['recall']:.3f}, F1 {scores['f1']:.3f}")
    return EXIT_OK


def _backup(args) -> int:
    from annotator.core import backups

    if sum(bool(x) for x in (args.out, args.list, args.restore)) > 1:
        print("annotator backup: --out, --list and --restore go one at a time", file=sys.stderr)
        return EXIT_USAGE
    path = _db_path(args)
    if args.list:
        for copy in backups.listed(path):
            print(f"{copy.made:%Y-%m-%d %H:%M:%S}\t{copy.kind}\t{copy.size:,} bytes\t{printable(str(copy.path))}")
        return EXIT_OK
    if args.restore:
        try:
            documents = backups.check_restorable(args.restore)
        except backups.BackupRefused as refusal:
            print(f"annotator: {refusal}", file=sys.stderr)
            return EXIT_REFUSED
        with _existing_project(args) as project:
            kept = backups.restore(project.conn, project.path, args.restore)
        with Project.open(path):  # an older copy is brought up to date (after its own before-upgrade copy)
            pass
        print(f"{printable(str(path))}: restored from {printable(str(args.restore))} ({documents} documents); "
              f"the state before is kept in {printable(str(kept))}")
        return EXIT_OK
    with _existing_project(args) as project:
        made = project.save_copy(args.out) if args.out else backups.make(project.conn, project.path, "manual")
    print(made)
    return EXIT_OK


def _check(args) -> int:
    path = _db_path(args)
    try:
        with _existing_project(args) as project:
            problems = project_problems(project)
    except ProjectError as error:
        # A file too damaged to open as a project: still say what SQLite itself finds in it.
        print(f"annotator: {error}", file=sys.stderr)
        for finding in damaged_file_findings(path):
            print(f"{path}: {finding}", file=sys.stderr)
        return EXIT_REFUSED
    for problem in problems:
        print(f"{project.path}: {problem}", file=sys.stderr)
    if problems:
        return EXIT_REFUSED
    print(f"{project.path}: all is well")
    return EXIT_OK
