"""Work for several annotators: hand a project out as one project file each, and merge their files back.

Hand-out gives every annotator the same label schema and a share of the documents; an overlap fraction of the
documents goes to every one of them, so `annotator agree` has common ground to measure. Which documents are
shared and who gets the rest is decided by the texts' hashes, so handing out the same project again gives the
same shares. Merging reads each annotator's file through the importer's own checks: texts the project holds
get the annotations merged by annotator (what is there already is counted, not added again, so merging twice
changes nothing), texts it lacks are added whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from annotator.core.ingest import ImportReport, Record, import_records
from annotator.core.reasons import reason
from annotator.core.store import Project, ProjectError
from annotator.core.text import text_hash

_SAFE_NAME = re.compile(r"^[\w.-]+$")


@dataclass
class HandOut:
    files: dict[str, Path] = field(default_factory=dict)
    documents: dict[str, int] = field(default_factory=dict)
    shared: int = 0


def hand_out(project: Project, annotators: list[str], folder: Path, *, overlap: float,
             statuses: list[str] | None = None) -> HandOut:
    """One project file per annotator in `folder`, each with the schema and its documents (texts and metadata,
    status new); `overlap` (0 to 1) of the documents go to everyone, the rest to one annotator each in turn."""
    if len(set(annotators)) != len(annotators) or not annotators:
        raise ProjectError(reason("name each annotator once"))
    for name in annotators:
        if not _SAFE_NAME.match(name):
            raise ProjectError(reason("{name!r} becomes a file name: use letters, digits, '.', '-' and '_'", name=name))
    if not 0 <= overlap <= 1:
        raise ProjectError(reason("the overlap is a fraction from 0 to 1, not {overlap}", overlap=overlap))
    folder = Path(folder)
    targets = {name: folder / f"{name}.db" for name in annotators}
    for target in targets.values():
        if target.exists():
            raise ProjectError(reason("{path} exists already: hand out into an empty folder", path=target))
    documents = sorted(project.documents(statuses=statuses), key=lambda d: text_hash(d.text))
    shared = round(overlap * len(documents))
    shares = {name: list(documents[:shared]) for name in annotators}
    for turn, document in enumerate(documents[shared:]):
        shares[annotators[turn % len(annotators)]].append(document)
    schema = project.schema()
    result = HandOut(shared=shared)
    folder.mkdir(parents=True, exist_ok=True)
    for name, share in shares.items():
        with Project.open(targets[name]) as out:
            out.save_schema(schema)
            out.set_setting("annotator", name)
            out.set_setting("handed_out_from", str(project.path))
            records = [Record(line=n, text=d.text, id=d.id, meta=d.meta) for n, d in enumerate(share, start=1)]
            report = import_records(out, str(project.path), records, annotator=name)
            if report.refused:  # cannot happen with texts the project itself took; said all the same
                raise ProjectError(reason("{path}: the hand-out file could not take every document", path=targets[name]))
        result.files[name] = targets[name]
        result.documents[name] = len(share)
    return result


def merge(project: Project, source: Path) -> ImportReport:
    """One annotator's project file merged into this project, keeping who did what."""
    from annotator.formats.native import document_json

    source = Path(source)
    if source.resolve() == Path(project.path).resolve():
        raise ProjectError(reason("{path}: a project cannot be merged into itself", path=source))
    with Project.open(source, create=False) as theirs:
        annotator = theirs.setting("annotator")

        def records():
            for number, document in enumerate(theirs.documents(), start=1):  # accepted work only
                shape = document_json(document)
                yield Record(line=number, text=shape.pop("text"), id=shape.pop("id"), meta=shape.get("meta"),
                             entities=shape.get("entities"), quotes=shape.get("quotes"),
                             relations=shape.get("relations"), topics=shape.get("topics"), status=shape.get("status"))

        return import_records(project, str(source), records(), annotator=annotator)
