"""Every change an analyst can make, as one function that commits it, journals it and returns it.

A `Change` lists the rows it touched, before and after. Undo applies the
same edits backwards and redo forwards again, so the window's undo stack, the
journal and the views all share this one path (as Anki's CollectionOp does).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from annotator.core.model import STATUSES, Cue, Document, Entity, Quote, Relation
from annotator.core.store import Project, SpanRefused, now
from annotator.core.text import span_problem

# The key columns of each table a change may touch.
_KEYS = {
    "entities": ("id",),
    "quotes": ("id",),
    "relations": ("id",),
    "document_topics": ("document", "topic", "annotator"),
    "documents": ("key",),
    "rejections": ("document", "start", "end", "label"),
}


@dataclass
class RowEdit:
    table: str
    before: dict | None  # None: the row did not exist
    after: dict | None  # None: the row was removed

    def reversed(self) -> "RowEdit":
        return RowEdit(self.table, self.after, self.before)


@dataclass
class Change:
    """What one user action did; enough to show it, undo it and redo it."""

    action: str
    document: int
    edits: list[RowEdit] = field(default_factory=list)

    def inverse(self) -> "Change":
        return Change(f"undo {self.action}", self.document, [edit.reversed() for edit in reversed(self.edits)])

    def touched(self, table: str) -> bool:
        return any(edit.table == table for edit in self.edits)


def add_entity(project: Project, document: int, start: int, end: int, label: str, *,
               annotator: str | None, source: str = "manual", suggested: bool = False,
               confidence: float | None = None) -> Change:
    text = project.text(document)[start:end]
    with project.transaction():
        entity_id = project.insert_entity(
            document, Entity(start=start, end=end, label=label, text=text, annotator=annotator, source=source,
                             suggested=suggested, confidence=confidence)
        )
        change = Change("add entity", document, [RowEdit("entities", None, _row(project, "entities", entity_id))])
        _journal(project, change, annotator)
    return change


def delete_entity(project: Project, entity_id: int, *, annotator: str | None) -> Change:
    entity = _row(project, "entities", entity_id)
    with project.transaction():
        edits = [
            _update(project, "quotes", quote_id, speaker=None)
            for (quote_id,) in project.conn.execute("SELECT id FROM quotes WHERE speaker = ?", (entity_id,)).fetchall()
        ]
        # Its relations go with it, recorded so that undo brings them back too.
        for (relation_id,) in project.conn.execute(
                "SELECT id FROM relations WHERE head = ? OR tail = ?", (entity_id, entity_id)).fetchall():
            edits.append(RowEdit("relations", _row(project, "relations", relation_id), None))
            project.conn.execute("DELETE FROM relations WHERE id = ?", (relation_id,))
        project.conn.execute("DELETE FROM entities WHERE id = ?", (entity_id,))
        if entity["suggested"]:  # a suggestion turned down: kept, so it is not offered there again (undo forgets it)
            edits.append(_rejection(project, entity))
        change = Change("delete entity", entity["document"], edits + [RowEdit("entities", entity, None)])
        _journal(project, change, annotator)
    return change


def _rejection(project: Project, entity: dict) -> RowEdit:
    key = (entity["document"], entity["start"], entity["end"], entity["label"])
    before = _row(project, "rejections", key)
    project.conn.execute('INSERT OR REPLACE INTO rejections (document, start, "end", label, source, created) '
                         "VALUES (?, ?, ?, ?, ?, ?)", (*key, entity["source"], now()))
    return RowEdit("rejections", before, _row(project, "rejections", key))


def relabel_entity(project: Project, entity_id: int, label: str, *, annotator: str | None) -> Change:
    return _relabel(project, "entities", entity_id, label, annotator, "relabel entity")


def _relabel(project: Project, table: str, span_id: int, label: str, annotator: str | None, action: str) -> Change:
    """A new label is the analyst's own judgement: the span becomes theirs (source manual)."""
    with project.transaction():
        edit = _update(project, table, span_id, label=label, annotator=annotator, source="manual")
        change = Change(action, edit.after["document"], [edit])
        _journal(project, change, annotator)
    return change


def resize_entity(project: Project, entity_id: int, start: int, end: int, *, annotator: str | None) -> Change:
    """Move an entity's edges (e.g. to the next proclitic split); the label stays."""
    row = _row(project, "entities", entity_id)
    text = project.text(row["document"])
    if problem := span_problem(text, start, end):
        raise SpanRefused(problem)
    with project.transaction():
        edit = _update(project, "entities", entity_id, start=start, end=end, text=text[start:end])
        change = Change("resize entity", row["document"], [edit])
        _journal(project, change, annotator)
    return change


def accept_suggestion(project: Project, table: str, span_id: int, *, annotator: str | None) -> Change:
    """A suggested entity, quote or relation becomes the analyst's own; its source keeps the kind it was offered as."""
    with project.transaction():
        edit = _update(project, table, span_id, suggested=0, annotator=annotator)
        change = Change("accept suggestion", edit.after["document"], [edit])
        _journal(project, change, annotator)
    return change


def add_quote(project: Project, document: int, start: int, end: int, *, annotator: str | None,
              speaker: int | None = None, speaker_text: str | None = None, cue: tuple[int, int] | None = None,
              source: str = "manual", suggested: bool = False) -> Change:
    text = project.text(document)
    quote = Quote(
        start=start, end=end, text=text[start:end], speaker=speaker, speaker_text=speaker_text,
        cue=None if cue is None else Cue(cue[0], cue[1], text[cue[0]:cue[1]]),
        annotator=annotator, source=source, suggested=suggested,
    )
    with project.transaction():
        quote_id = project.insert_quote(document, quote)
        change = Change("add quote", document, [RowEdit("quotes", None, _row(project, "quotes", quote_id))])
        _journal(project, change, annotator)
    return change


def delete_quote(project: Project, quote_id: int, *, annotator: str | None) -> Change:
    return _delete_row(project, "quotes", quote_id, "delete quote", annotator)


def _delete_row(project: Project, table: str, row_id: int, action: str, annotator: str | None) -> Change:
    """Remove one row that nothing else depends on, recorded so that undo puts it back."""
    row = _row(project, table, row_id)
    with project.transaction():
        project.conn.execute(f"DELETE FROM {table} WHERE id = ?", (row_id,))
        change = Change(action, row["document"], [RowEdit(table, row, None)])
        _journal(project, change, annotator)
    return change


def add_relation(project: Project, document: int, head: int, tail: int, label: str, *, annotator: str | None,
                 source: str = "manual", suggested: bool = False) -> Change:
    """Link two entities of the document with a relation label of the schema (head → tail)."""
    with project.transaction():
        relation_id = project.insert_relation(
            document, Relation(head=head, tail=tail, label=label, annotator=annotator, source=source, suggested=suggested)
        )
        change = Change("add relation", document, [RowEdit("relations", None, _row(project, "relations", relation_id))])
        _journal(project, change, annotator)
    return change


def relabel_relation(project: Project, relation_id: int, label: str, *, annotator: str | None) -> Change:
    return _relabel(project, "relations", relation_id, label, annotator, "relabel relation")


def delete_relation(project: Project, relation_id: int, *, annotator: str | None) -> Change:
    return _delete_row(project, "relations", relation_id, "delete relation", annotator)


def set_speaker(project: Project, quote_id: int, *, annotator: str | None,
                speaker: int | None = None, speaker_text: str | None = None) -> Change:
    """Who said it: an entity of the document, or a name when the speaker is not in the text."""
    with project.transaction():
        edit = _update(project, "quotes", quote_id, speaker=speaker, speaker_text=speaker_text)
        change = Change("set speaker", edit.after["document"], [edit])
        _journal(project, change, annotator)
    return change


def set_cue(project: Project, quote_id: int, cue: tuple[int, int] | None, *, annotator: str | None) -> Change:
    quote = _row(project, "quotes", quote_id)
    values = {"cue_start": None, "cue_end": None, "cue_text": None}
    if cue is not None:
        text = project.text(quote["document"])
        if problem := span_problem(text, *cue):
            raise SpanRefused(problem)
        values = {"cue_start": cue[0], "cue_end": cue[1], "cue_text": text[cue[0]:cue[1]]}
    with project.transaction():
        edit = _update(project, "quotes", quote_id, **values)
        change = Change("set cue", quote["document"], [edit])
        _journal(project, change, annotator)
    return change


def set_topic(project: Project, document: int, topic: str, chosen: bool, *, annotator: str | None) -> Change:
    """Choose a topic as this annotator, or take it off the document: every annotator's choice of it, as the
    topic panel shows the document's topics whoever chose them (undo brings each back)."""
    mine = (document, topic, annotator or "")
    with project.transaction():
        if chosen:
            edits = []
            if _row(project, "document_topics", mine) is None:
                project.insert_topic(document, topic, annotator=annotator)
                edits = [RowEdit("document_topics", None, _row(project, "document_topics", mine))]
        else:
            cursor = project.conn.execute("SELECT * FROM document_topics WHERE document = ? AND topic = ?", (document, topic))
            rows = [dict(zip((d[0] for d in cursor.description), row)) for row in cursor.fetchall()]
            project.conn.execute("DELETE FROM document_topics WHERE document = ? AND topic = ?", (document, topic))
            edits = [RowEdit("document_topics", row, None) for row in rows]
        change = Change("add topic" if chosen else "remove topic", document, edits)
        if edits:
            _journal(project, change, annotator)
    return change


def set_status(project: Project, document: int, status: str, *, annotator: str | None) -> Change:
    if status not in STATUSES:
        raise ValueError(f"status {status!r} is not one of {', '.join(STATUSES)}")
    with project.transaction():
        edit = _update(project, "documents", document, status=status, annotator=annotator)
        change = Change(f"mark {status}", document, [edit])
        _journal(project, change, annotator)
    return change


def apply(project: Project, change: Change, *, annotator: str | None) -> Change:
    """Put a recorded change into effect again: `apply(change.inverse())` undoes it."""
    with project.transaction():
        for edit in change.edits:
            _apply_edit(project, edit)
        _journal(project, change, annotator)
    return change


def apply_to_document(document: Document, change: Change) -> None:
    """Bring an in-memory document up to date with a change, without reading the project again.

    The window keeps its open document this way, so a tag key costs the rows
    it touched, not a reload of a 2,000-span article.
    """
    for edit in change.edits:
        if edit.table == "entities":
            _replace_span(document.entities, edit, entity_from_row)
        elif edit.table == "quotes":
            _replace_span(document.quotes, edit, quote_from_row)
        elif edit.table == "relations":
            if edit.before is not None:
                document.relations[:] = [r for r in document.relations if r.id != edit.before["id"]]
            if edit.after is not None:
                bisect.insort(document.relations, relation_from_row(edit.after), key=lambda relation: relation.id)
        elif edit.table == "document_topics":
            row = edit.after or edit.before
            topic, who = row["topic"], row["annotator"] or None
            choosers = document.topic_annotators.setdefault(topic, [])
            if edit.after is None:
                if who in choosers:
                    choosers.remove(who)
                if not choosers:
                    document.topic_annotators.pop(topic, None)
                    if topic in document.topics:
                        document.topics.remove(topic)
            else:
                if who not in choosers:
                    choosers.append(who)
                if topic not in document.topics:
                    document.topics.append(topic)
        elif edit.table == "documents" and edit.after is not None:
            document.status = edit.after["status"]


def _replace_span(spans: list, edit: RowEdit, build) -> None:
    """Keep the list in the store's order (start, end, id) while one span leaves and/or arrives."""
    order = _span_order
    if edit.before is not None:
        before = edit.before
        index = bisect.bisect_left(spans, (before["start"], before["end"], before["id"]), key=order)
        if index < len(spans) and spans[index].id == before["id"]:
            del spans[index]  # found by its place: a change to one of 2,000 spans costs a lookup, not a scan
        else:
            spans[:] = [span for span in spans if span.id != before["id"]]
    if edit.after is not None:
        bisect.insort(spans, build(edit.after), key=order)


def _span_order(span) -> tuple[int, int, int]:
    return (span.start, span.end, span.id)


def entity_from_row(row: dict) -> Entity:
    return Entity(
        id=row["id"], start=row["start"], end=row["end"], label=row["label"], text=row["text"],
        annotator=row["annotator"], source=row["source"], suggested=bool(row["suggested"]),
        confidence=row.get("confidence"),
    )


def quote_from_row(row: dict) -> Quote:
    cue = Cue(row["cue_start"], row["cue_end"], row["cue_text"]) if row["cue_start"] is not None else None
    return Quote(
        id=row["id"], start=row["start"], end=row["end"], text=row["text"], speaker=row["speaker"],
        speaker_text=row["speaker_text"], cue=cue, annotator=row["annotator"], source=row["source"],
        suggested=bool(row["suggested"]),
    )


def relation_from_row(row: dict) -> Relation:
    return Relation(
        id=row["id"], head=row["head"], tail=row["tail"], label=row["label"], annotator=row["annotator"],
        source=row["source"], suggested=bool(row["suggested"]),
    )


def _apply_edit(project: Project, edit: RowEdit) -> None:
    keys = _KEYS[edit.table]
    if edit.after is None:
        where = " AND ".join(f'"{k}" = ?' for k in keys)
        project.conn.execute(f"DELETE FROM {edit.table} WHERE {where}", [edit.before[k] for k in keys])
    elif edit.before is None:
        columns = list(edit.after)
        names = ", ".join(f'"{c}"' for c in columns)
        project.conn.execute(
            f"INSERT INTO {edit.table} ({names}) VALUES ({', '.join('?' * len(columns))})",
            [edit.after[c] for c in columns],
        )
    else:
        changed = [c for c in edit.after if edit.after[c] != edit.before.get(c)]
        if changed:
            _set(project, edit.table, tuple(edit.before[k] for k in keys), {c: edit.after[c] for c in changed})


def _update(project: Project, table: str, key, **values) -> RowEdit:
    """Change some columns of one row, stamping `updated` where the table has it."""
    before = _row(project, table, key)
    if before is None:
        raise KeyError(f"no row {key!r} in {table}")
    if "updated" in before:
        values["updated"] = now()
    _set(project, table, key if isinstance(key, tuple) else (key,), values)
    return RowEdit(table, before, _row(project, table, key))


def _set(project: Project, table: str, key: tuple, values: dict) -> None:
    assignments = ", ".join(f'"{column}" = ?' for column in values)
    where = " AND ".join(f'"{k}" = ?' for k in _KEYS[table])
    project.conn.execute(f"UPDATE {table} SET {assignments} WHERE {where}", [*values.values(), *key])


def _row(project: Project, table: str, key) -> dict | None:
    key = key if isinstance(key, tuple) else (key,)
    where = " AND ".join(f'"{k}" = ?' for k in _KEYS[table])
    cursor = project.conn.execute(f"SELECT * FROM {table} WHERE {where}", key)
    row = cursor.fetchone()
    if row is None:
        return None
    return dict(zip((d[0] for d in cursor.description), row))


def _journal(project: Project, change: Change, annotator: str | None) -> None:
    project.journal(
        change.action, annotator=annotator, document=change.document,
        edits=[{"table": e.table, "before": e.before, "after": e.after} for e in change.edits],
    )
