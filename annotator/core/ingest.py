"""Pouring records into a project: validation, normalisation with offset mapping, duplicates, atomicity.

Readers of every format turn their input into `Record`s in the native shape
(CONTRACT §2) with offsets against the text as it arrived; this module is the
one place that decides what may enter the project.
"""

from __future__ import annotations

import random
import unicodedata
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field

from annotator.core.model import (
    LEGACY_SOURCES,
    SOURCES,
    STATUSES,
    Cue,
    Document,
    Entity,
    Label,
    Quote,
    Relation,
    RelationLabel,
    Topic,
)
from annotator.core.arabic import search_terms
from annotator.core.store import Project, SpanRefused
from annotator.core.text import OffsetMap, normalise, normalise_with_map, range_problem, span_problem, text_hash
from annotator.core.reasons import reason


@dataclass
class Record:
    """One document as a reader found it, before any checks."""

    line: int
    text: object
    id: object = None
    meta: object = field(default_factory=dict)
    entities: object = field(default_factory=list)
    quotes: object = field(default_factory=list)
    relations: object = field(default_factory=list)
    topics: object = field(default_factory=list)
    status: object = None


@dataclass
class Problem:
    """Why a line of an input cannot be taken."""

    line: int
    reason: str


@dataclass
class Note:
    """Something a reader did that the user should know, though nothing was refused."""

    line: int
    message: str


@dataclass
class ImportReport:
    source: str
    added: int = 0
    duplicates: int = 0
    problems: list[Problem] = field(default_factory=list)
    refused: bool = False  # the whole file was kept out
    labels_added: list[str] = field(default_factory=list)
    # Texts already in the project whose records brought annotations: merged, never duplicated (issue 12).
    merged_documents: int = 0
    merged_added: int = 0
    merged_present: int = 0
    conflicts: list[str] = field(default_factory=list)
    topics_added: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        """The problems as `FILE:LINE: reason`, the form CONTRACT §3 promises."""
        return [f"{self.source}:{p.line}: {p.reason}" for p in self.problems]


class _Refused(Exception):
    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


class _FileRefused(Exception):
    pass


def import_records(
    project: Project,
    source: str,
    records: Iterable[Record | Problem | Note],
    *,
    annotator: str | None,
    skip_invalid: bool = False,
    add_labels: bool = False,
) -> ImportReport:
    """Add one input file's records: all of them or, with `skip_invalid`, all the good ones."""
    report = ImportReport(source)
    intake = _Intake(project, report, annotator=annotator, add_labels=add_labels)
    try:
        with project.transaction():
            try:
                for record in records:
                    if isinstance(record, Problem):
                        report.problems.append(record)
                    elif isinstance(record, Note):
                        report.notes.append(record.message)
                    else:
                        intake.take(record)
                intake.flush(wait=True)
            finally:
                intake.stop()  # whatever happened, no batch is still being written when the transaction ends
            # Read to the end even after a problem so the user hears of all of them at once.
            if report.problems and not skip_invalid:
                raise _FileRefused
            project.journal(
                "import", annotator=annotator, file=source, added=report.added,
                duplicates=report.duplicates, skipped=len(report.problems),
            )
    except _FileRefused:
        report.refused = True
        report.added = 0
        report.duplicates = 0  # nothing of a refused file was read in, duplicates or not
        report.merged_documents = report.merged_added = report.merged_present = 0
        report.conflicts.clear()
        report.labels_added.clear()
        report.topics_added.clear()
    return report


class _Intake:
    """Checks and stores records one by one, each in its own savepoint."""

    def __init__(self, project: Project, report: ImportReport, *, annotator: str | None, add_labels: bool):
        self.project = project
        self.report = report
        self.annotator = annotator
        self.add_labels = add_labels
        schema = project.schema()
        self.labels = schema.label_names()
        self.topics = schema.topic_names()
        self.relation_labels = schema.relation_names()
        self.seen_hashes: set[str] = set()  # this file's and the project's, filled on the first record
        self.seen_ids: set[str] = set()
        self.project_keys: dict[str, int] = {}  # text hash -> key of the documents there before this file
        self._known = False
        self.pending: list[tuple[Document, str, str]] = []  # plain documents checked, waiting to be written
        self.pending_chars = 0
        self._writer: threading.Thread | None = None
        self._writer_error: BaseException | None = None

    BATCH = 500
    BATCH_CHARS = 4_000_000  # long texts are written sooner: a batch is held twice (texts and search terms)

    def take(self, record: Record) -> None:
        if not self._known:
            # Read once under the file's write lock (no other program can add documents meanwhile), so each
            # record's duplicate checks are set lookups instead of two queries.
            self.project_keys, self.seen_ids = self.project.known_documents()
            self.seen_hashes = set(self.project_keys)
            self._known = True
        try:
            plain = self._plain(record)
        except _Refused as refusal:
            self.report.problems.append(Problem(record.line, refusal.reason))
            return
        if plain is False:
            return  # a duplicate, counted
        if plain is not None:
            # Nothing but a text: fully checked already, so it needs no savepoint of its own and is written
            # with the others in one batch.
            self.pending.append(plain)
            self.pending_chars += len(plain[0].text)
            if len(self.pending) >= self.BATCH or self.pending_chars >= self.BATCH_CHARS:
                self.flush()
            return
        self.flush(wait=True)  # keep import order, and the connection to this thread alone from here
        try:
            with self.project.transaction():
                self._take(record)
        except _Refused as refusal:
            self.report.problems.append(Problem(record.line, refusal.reason))

    def flush(self, *, wait: bool = False) -> None:
        """Write the waiting documents. The writing runs on a thread of its own while this one goes on reading
        and folding the next batch: SQLite (above all the search index) lets go of Python's lock while it
        works, so the two overlap. Only one batch is written at a time, and nothing else touches the
        connection meanwhile (the reading side checks duplicates in memory)."""
        self._join()
        if self.pending:
            batch, self.pending, self.pending_chars = self.pending, [], 0
            self._writer = threading.Thread(target=self._write, args=(batch,), name="import writer", daemon=True)
            self._writer.start()
        if wait:
            self._join()

    def _write(self, batch: list[tuple[Document, str, str]]) -> None:
        try:
            self.project.insert_documents(batch, annotator=self.annotator)
        except BaseException as error:  # handed to the reading thread, which raises it
            self._writer_error = error

    def _join(self) -> None:
        if self._writer is not None:
            self._writer.join()
            self._writer = None
        if self._writer_error is not None:
            error, self._writer_error = self._writer_error, None
            raise error

    def stop(self) -> None:
        """Wait for a batch still being written, its outcome no longer wanted (the file is being given up)."""
        if self._writer is not None:
            self._writer.join()
            self._writer = None

    def _plain(self, record: Record) -> tuple[Document, str, str] | None | bool:
        """A record that is only a document (no entities, quotes, relations or topics), checked and counted;
        False for a duplicate; None for any other record, which takes the full path."""
        if record.entities or record.quotes or record.relations or record.topics:
            return None
        if not isinstance(record.text, str):
            raise _Refused(reason('the record has no text (a string is required)'))
        if not record.text.strip():
            raise _Refused(reason('the text is empty or only whitespace'))
        text = normalise(record.text)
        digest = text_hash(text)
        if digest in self.seen_hashes:
            self.report.duplicates += 1
            return False  # taken care of: nothing to write
        document = Document(id=self._document_id(record.id, digest), text=text, meta=self._meta(record.meta),
                            status=self._status(record.status))
        self.seen_hashes.add(digest)
        self.seen_ids.add(document.id)
        self.report.added += 1
        return document, digest, search_terms(text)

    def _take(self, record: Record) -> None:
        if not isinstance(record.text, str):
            raise _Refused(reason('the record has no text (a string is required)'))
        if not record.text.strip():
            raise _Refused(reason('the text is empty or only whitespace'))
        text, offsets = normalise_with_map(record.text)
        digest = text_hash(text)
        if digest in self.seen_hashes:
            if digest in self.project_keys:
                self._merge(record, self.project_keys[digest], text, offsets)
            else:
                self.report.duplicates += 1
            return
        document = Document(
            id=self._document_id(record.id, digest),
            text=text,
            meta=self._meta(record.meta),
            status=self._status(record.status),
        )
        entities, quotes, relations, topics = self._annotations(record, text, offsets)
        key = self.project.insert_document(document, annotator=self.annotator, digest=digest)
        entity_keys: dict[object, int] = {}
        for raw_id, entity in entities:
            if raw_id in entity_keys:
                # Two entities with one id: a speaker or relation naming it could bind to either.
                raise _Refused(reason('two entities have the id {raw_id!r}', raw_id=raw_id))
            entity_keys[raw_id] = self._insert(self.project.insert_entity, key, entity)
        for speaker, quote in quotes:
            if speaker is not None:
                if speaker not in entity_keys:
                    raise _Refused(reason('quote speaker {speaker!r} is not the id of an entity of this document', speaker=speaker))
                quote.speaker = entity_keys[speaker]
            self._insert(self.project.insert_quote, key, quote)
        for relation in relations:
            for end in ("head", "tail"):
                if getattr(relation, end) not in entity_keys:
                    raise _Refused(reason('relation {label}: {end} {value!r} is not the id of an entity of this document', label=relation.label, end=end, value=getattr(relation, end)))
            relation.head, relation.tail = entity_keys[relation.head], entity_keys[relation.tail]
            if relation.head == relation.tail:
                raise _Refused(reason('relation {label} links an entity to itself', label=relation.label))
            self.project.insert_relation(key, relation)
        for topic in topics:
            self.project.insert_topic(key, topic, annotator=self.annotator)
        self.seen_hashes.add(digest)
        self.seen_ids.add(document.id)
        self.report.added += 1

    def _annotations(self, record: Record, text: str, offsets: OffsetMap) -> tuple[list, list, list, list]:
        """The record's entities, quotes, relations and topics, each checked and carried onto the stored text."""
        return (
            [self._entity(raw, record.text, text, offsets) for raw in self._list(record.entities, "entities")],
            [self._quote(raw, record.text, text, offsets) for raw in self._list(record.quotes, "quotes")],
            [self._relation(raw) for raw in self._list(record.relations, "relations")],
            [self._topic(raw) for raw in self._list(record.topics, "topics")],
        )

    def _merge(self, record: Record, key: int, text: str, offsets: OffsetMap) -> None:
        """A text the project holds already: its annotations join the ones there. What is there already (same
        span, label and annotator) is counted, not added again, so merging the same file twice changes
        nothing; the same annotator's same span with another label, or a quote with another speaker, is a
        conflict, kept as the project has it and reported."""
        entities, quotes, relations, topics = self._annotations(record, text, offsets)
        there = self.project.document(key)
        same = {(e.start, e.end, e.label, e.annotator): e.id for e in there.entities}
        same_span = {(e.start, e.end, e.annotator): e for e in there.entities}
        added = present = 0
        conflicts: list[str] = []
        entity_keys: dict[object, int] = {}
        for raw_id, entity in entities:
            if raw_id in entity_keys:
                raise _Refused(reason('two entities have the id {raw_id!r}', raw_id=raw_id))
            found = same.get((entity.start, entity.end, entity.label, entity.annotator))
            if found is None and (entity.start, entity.end, entity.annotator) in same_span:
                other = same_span[(entity.start, entity.end, entity.annotator)]
                conflicts.append(f"{there.id}: {entity.annotator or '?'} tagged {entity.text!r} ({entity.start}-{entity.end}) "
                                 f"{other.label} here, {entity.label} in the file")
                found = other.id
            elif found is None:
                found = self._insert(self.project.insert_entity, key, entity)
                same[(entity.start, entity.end, entity.label, entity.annotator)] = found
                added += 1
            else:
                present += 1
            entity_keys[raw_id] = found
        quotes_there = {(q.start, q.end, q.annotator): q for q in there.quotes}
        for speaker, quote in quotes:
            if speaker is not None:
                if speaker not in entity_keys:
                    raise _Refused(reason('quote speaker {speaker!r} is not the id of an entity of this document', speaker=speaker))
                quote.speaker = entity_keys[speaker]
            old = quotes_there.get((quote.start, quote.end, quote.annotator))
            if old is None:
                self._insert(self.project.insert_quote, key, quote)
                quotes_there[(quote.start, quote.end, quote.annotator)] = quote
                added += 1
            elif (old.speaker, old.speaker_text) != (quote.speaker, quote.speaker_text):
                conflicts.append(f"{there.id}: {quote.annotator or '?'}'s quote at {quote.start}-{quote.end} has another "
                                 "speaker here than in the file")
            else:
                present += 1
        relations_there = {(r.head, r.tail, r.label, r.annotator) for r in there.relations}
        for relation in relations:
            for end in ("head", "tail"):
                if getattr(relation, end) not in entity_keys:
                    raise _Refused(reason('relation {label}: {end} {value!r} is not the id of an entity of this document', label=relation.label, end=end, value=getattr(relation, end)))
            relation.head, relation.tail = entity_keys[relation.head], entity_keys[relation.tail]
            if (relation.head, relation.tail, relation.label, relation.annotator) in relations_there:
                present += 1
                continue
            self.project.insert_relation(key, relation)
            relations_there.add((relation.head, relation.tail, relation.label, relation.annotator))
            added += 1
        for topic in topics:
            if (self.annotator or None) in there.topic_annotators.get(topic, ()):
                present += 1
            else:
                self.project.insert_topic(key, topic, annotator=self.annotator)
                there.topic_annotators.setdefault(topic, []).append(self.annotator)
                added += 1
        if not (entities or quotes or relations or topics):
            self.report.duplicates += 1  # the text alone: nothing to merge
            return
        self.report.merged_documents += 1
        self.report.merged_added += added
        self.report.merged_present += present
        self.report.conflicts += conflicts

    @staticmethod
    def _insert(insert, key: int, span):
        try:
            return insert(key, span)
        except SpanRefused as refusal:
            raise _Refused(str(refusal)) from refusal

    def _document_id(self, raw_id: object, digest: str) -> str:
        if raw_id is None or raw_id == "":
            return f"doc-{digest[:16]}"
        if isinstance(raw_id, bool) or not isinstance(raw_id, (str, int)):
            raise _Refused(reason('id {raw_id!r} must be a string or a whole number', raw_id=raw_id))
        document_id = str(raw_id)
        if document_id in self.seen_ids:
            raise _Refused(reason('document id {document_id!r} is already in the project with a different text', document_id=document_id))
        return document_id

    @staticmethod
    def _meta(meta: object) -> dict:
        if meta is None:
            return {}
        if not isinstance(meta, dict):
            raise _Refused(reason('meta must be a JSON object'))
        return meta

    @staticmethod
    def _status(status: object) -> str:
        if status is None:
            return "new"
        if status not in STATUSES:
            raise _Refused(reason('status {status!r} is not one of {names}', status=status, names=', '.join(STATUSES)))
        return status

    @staticmethod
    def _list(value: object, name: str) -> list:
        if value is None:
            return []
        if not isinstance(value, list):
            raise _Refused(reason('{name} must be a list', name=name))
        return value

    def _span(self, raw: dict, raw_text: str, text: str, offsets: OffsetMap, what: str) -> tuple[int, int, str]:
        """Check a span against the text it came with, then carry it onto the stored text."""
        start, end = raw.get("start"), raw.get("end")
        problem = range_problem(len(raw_text), start, end)
        if problem:
            raise _Refused(reason('{what}: {problem}', what=what, problem=problem))
        given = raw.get("text")
        if given is not None and given != raw_text[start:end]:
            raise _Refused(reason('{what}: text at {start}-{end} is {text!r}, not {given!r}', what=what, start=start, end=end, text=raw_text[start:end], given=given))
        new_start, new_end = offsets(start), offsets(end)
        if new_start is None or new_end is None:
            raise _Refused(reason('{what}: offsets {start}-{end} fall inside characters that normalisation joins', what=what, start=start, end=end))
        problem = span_problem(text, new_start, new_end)
        if problem:
            raise _Refused(reason('{what}: {problem}', what=what, problem=problem))
        return new_start, new_end, text[new_start:new_end]

    def _entity(self, raw: object, raw_text: str, text: str, offsets: OffsetMap) -> tuple[object, Entity]:
        if not isinstance(raw, dict):
            raise _Refused(reason('each entity must be a JSON object'))
        what = reason("entity {id}", id=raw.get("id", "")) if raw.get("id", "") != "" else reason("entity")
        start, end, surface = self._span(raw, raw_text, text, offsets, what)
        label = raw.get("label")
        if not isinstance(label, str) or not label:
            raise _Refused(reason('{what}: label is missing', what=what))
        self._known_label(label, what)
        source, suggested = self._source(raw, what)
        entity = Entity(
            start=start, end=end, label=label, text=surface,
            annotator=self._annotator(raw), source=source, suggested=suggested,
        )
        return raw.get("id", object()), entity

    def _quote(self, raw: object, raw_text: str, text: str, offsets: OffsetMap) -> tuple[object, Quote]:
        if not isinstance(raw, dict):
            raise _Refused(reason('each quote must be a JSON object'))
        what = reason("quote {id}", id=raw.get("id", "")) if raw.get("id", "") != "" else reason("quote")
        start, end, surface = self._span(raw, raw_text, text, offsets, what)
        cue = None
        if raw.get("cue") is not None:
            if not isinstance(raw["cue"], dict):
                raise _Refused(reason('{what}: cue must be a JSON object with start, end and text', what=what))
            cue_start, cue_end, cue_text = self._span(raw["cue"], raw_text, text, offsets, reason("{what} cue", what=what))
            cue = Cue(cue_start, cue_end, cue_text)
        speaker_text = raw.get("speaker_text")
        if speaker_text is not None and not isinstance(speaker_text, str):
            raise _Refused(reason('{what}: speaker_text must be a string or null', what=what))
        source, suggested = self._source(raw, what)
        quote = Quote(
            start=start, end=end, text=surface, speaker_text=speaker_text, cue=cue,
            annotator=self._annotator(raw), source=source, suggested=suggested,
        )
        return raw.get("speaker"), quote

    def _relation(self, raw: object) -> Relation:
        """A relation as the record gives it: head and tail are the record's own entity ids until stored."""
        if not isinstance(raw, dict):
            raise _Refused(reason('each relation must be a JSON object with head, tail and label'))
        label = raw.get("label")
        what = reason("relation {id}", id=raw.get("id", "")) if raw.get("id", "") != "" else reason("relation")
        if not isinstance(label, str) or not label:
            raise _Refused(reason('{what}: label is missing', what=what))
        if "head" not in raw or "tail" not in raw:
            raise _Refused(reason('{what}: head and tail (entity ids) are required', what=what))
        if label not in self.relation_labels:
            if not self.add_labels:
                raise _Refused(reason("{what}: relation label {label!r} is not in the project's schema (use --add-labels to add it)", what=what, label=label))
            _check_new_name(label, reason("{what}: relation label", what=what), spaces=False)
            self.project.add_relation_label(RelationLabel(name=label, name_ar=label, name_en=label))
            self.relation_labels.add(label)
            self.report.labels_added.append(label)
        source, suggested = self._source(raw, what)
        return Relation(head=raw["head"], tail=raw["tail"], label=label, annotator=self._annotator(raw),
                        source=source, suggested=suggested)

    def _annotator(self, raw: dict) -> str | None:
        annotator = raw.get("annotator")
        return annotator if isinstance(annotator, str) and annotator else self.annotator

    @staticmethod
    def _source(raw: dict, what: str) -> tuple[str, bool]:
        """(source kind, still a suggestion): `suggested: true` or the old `source: "suggested"` mark a suggestion."""
        given = raw.get("source", "import")
        suggested = raw.get("suggested") is True or given == "suggested"
        source = LEGACY_SOURCES.get(given, given)
        if source not in SOURCES:
            raise _Refused(reason('{what}: source {given!r} is not one of {names}', what=what, given=given, names=', '.join(SOURCES)))
        return source, suggested

    def _known_label(self, label: str, what: str) -> None:
        if label in self.labels:
            return
        if not self.add_labels:
            raise _Refused(reason("{what}: label {label!r} is not in the project's schema (use --add-labels to add it)", what=what, label=label))
        _check_new_name(label, reason("{what}: label", what=what), spaces=False)
        self.project.add_label(Label(name=label, name_ar=label, name_en=label, colour=_new_colour(label)))
        self.labels.add(label)
        self.report.labels_added.append(label)

    def _topic(self, topic: object) -> str:
        if not isinstance(topic, str) or not topic:
            raise _Refused(reason('topic {topic!r} must be a non-empty string', topic=topic))
        if topic not in self.topics:
            if not self.add_labels:
                raise _Refused(reason("topic {topic!r} is not in the project's schema (use --add-labels to add it)", topic=topic))
            _check_new_name(topic, reason("topic"), spaces=True)
            self.project.add_topic(Topic(name=topic, name_ar=topic, name_en=topic))
            self.topics.add(topic)
            self.report.topics_added.append(topic)
        return topic


def _check_new_name(name: str, what: str, *, spaces: bool) -> None:
    """A name added to the schema travels into every export: a tab or newline splits a CoNLL or brat line,
    ESC reaches the terminal, U+202E reverses what the analyst reads. Labels are single tokens; topics
    may hold spaces ("حقوق الإنسان") but nothing else unseen."""
    for ch in name:
        category = unicodedata.category(ch)
        if category in ("Cc", "Cf", "Zl", "Zp") or (ch.isspace() and not (spaces and ch == " ")):
            shown = reason("a space") if ch == " " else f"U+{ord(ch):04X}"
            if spaces:
                raise _Refused(reason("{what} {name!r} holds {shown}: not added (a name the schema gains must be one "
                                      "line of visible characters)", what=what, name=name, shown=shown))
            raise _Refused(reason("{what} {name!r} holds {shown}: not added (a name the schema gains must be one "
                                  "word of visible characters)", what=what, name=name, shown=shown))
    if name != name.strip():
        raise _Refused(reason('{what} {name!r} starts or ends with a space: not added', what=what, name=name))


def _new_colour(label: str) -> str:
    """A light colour, the same for the same label name in every project."""
    rng = random.Random(label)
    return "#{:02x}{:02x}{:02x}".format(*(rng.randint(170, 240) for _ in range(3)))
