"""The read-only article view: plain text, right to left, spans painted without breaking letter joining.

Highlighting goes through a QSyntaxHighlighter: it recolours blocks without
touching the text, keeps Arabic letters joined (only colours and underlines
change, never the font), and stays out of the undo stack. Qt counts UTF-16
units; every offset crossing this module's edge is a code point, converted by
`Utf16Positions` (annotator.core.text), the one place that knows both.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QPainterPath,
    QPen,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextOption,
)
from PySide6.QtWidgets import QPlainTextEdit, QToolTip, QWidget

from annotator.core.model import Document
from annotator.core.text import Utf16Positions
from annotator.gui.long_paragraphs import display_text
from annotator.gui.plain_text import tooltip

QUOTE_COLOUR = QColor("#7b3fa0")
SUGGESTED_QUOTE_COLOUR = QColor("#b594cc")  # a suggested quote reads lighter until accepted
CUE_COLOUR = QColor("#1a5fb4")
RELATION_COLOUR = QColor("#00796b")
SEARCH_COLOUR = QColor("#fff176")
RECOLOUR_AT_ONCE = 24  # blocks recoloured in one step; more than that, the ones off screen wait their turn
LAYER_STEP = 4  # pixels between the bars of stacked entity layers
GUTTER_WIDTH = 176  # room for a speaker's name on two lines beside the quote bars


@dataclass(frozen=True)
class DrawnSpan:
    """A span as the view paints it: UTF-16 positions of the shown text."""

    start: int
    end: int
    kind: str  # "entity", "quote" or "cue"
    id: int
    label: str = ""
    suggested: bool = False


class SpanHighlighter(QSyntaxHighlighter):
    """Paints entities as label-coloured backgrounds, quotes as underlines, cues in their own colour."""

    def __init__(self, document):
        super().__init__(document)
        self.entities: list[DrawnSpan] = []
        self.quotes: list[DrawnSpan] = []
        self.cues: list[DrawnSpan] = []
        self.hits: list[DrawnSpan] = []  # search matches in this document
        self.colours: dict[str, QColor] = {}
        self.selected: tuple[str, int] | None = None
        self._entity_keys: list[tuple[int, int, int]] = []
        self._entity_starts: list[int] = []
        self._longest_entity = 0  # an upper bound: lookups look back this far
        self._formats: dict[tuple, QTextCharFormat] = {}

    def set_spans(self, entities: list[DrawnSpan], quotes: list[DrawnSpan], cues: list[DrawnSpan]) -> None:
        self.entities = sorted(entities, key=self._order)
        self._entity_keys = [self._order(s) for s in self.entities]
        self._entity_starts = [s.start for s in self.entities]
        self._longest_entity = max((s.end - s.start for s in self.entities), default=0)
        self.set_quotes(quotes, cues)

    def set_quotes(self, quotes: list[DrawnSpan], cues: list[DrawnSpan]) -> None:
        """Quotes are few per article, so they are simply replaced."""
        self.quotes = quotes
        self.cues = cues

    @staticmethod
    def _order(span: DrawnSpan) -> tuple[int, int, int]:
        return (span.start, -span.end, span.id)

    def remove_entity(self, span: DrawnSpan) -> None:
        index = bisect.bisect_left(self._entity_keys, self._order(span))
        if index < len(self.entities) and self.entities[index].id == span.id:
            del self.entities[index], self._entity_keys[index], self._entity_starts[index]

    def add_entity(self, span: DrawnSpan) -> None:
        key = self._order(span)
        index = bisect.bisect_left(self._entity_keys, key)
        self.entities.insert(index, span)
        self._entity_keys.insert(index, key)
        self._entity_starts.insert(index, span.start)
        self._longest_entity = max(self._longest_entity, span.end - span.start)

    def set_colours(self, colours: dict[str, str]) -> None:
        self.colours = {label: QColor(colour) for label, colour in colours.items()}
        self._formats.clear()

    def entities_between(self, start: int, end: int) -> list[DrawnSpan]:
        """Entities overlapping `start`-`end` (UTF-16), in their drawing order."""
        first = bisect.bisect_left(self._entity_starts, start - self._longest_entity)
        last = bisect.bisect_left(self._entity_starts, end)
        return [s for s in self.entities[first:last] if s.end > start and s.start < end]

    def spans_between(self, start: int, end: int) -> list[DrawnSpan]:
        """Every span overlapping `start`-`end` (UTF-16)."""
        found = self.entities_between(start, end)
        found += [s for s in self.quotes + self.cues + self.hits if s.end > start and s.start < end]
        return found

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt's name)
        block = self.currentBlock()
        block_start = block.position()
        block_end = block_start + block.length() - 1
        spans = self.spans_between(block_start, block_end)
        if not spans:
            return
        edges = sorted({block_start, block_end, *(max(block_start, min(block_end, e)) for s in spans for e in (s.start, s.end))})
        # A sweep over the edges: the spans covering a piece are those started at or before it and not yet
        # ended. Every span end is an edge, so one still open at `a` reaches `b`. Linear in the spans, where
        # testing every span for every piece made a paragraph with 2,000 names take minutes.
        by_start = sorted(spans, key=lambda s: s.start)
        following = 0
        covering: list[DrawnSpan] = []
        for a, b in zip(edges, edges[1:]):
            while following < len(by_start) and by_start[following].start <= a:
                covering.append(by_start[following])
                following += 1
            covering = [s for s in covering if s.end > a]
            if covering:
                self.setFormat(a - block_start, b - a, self._format_for(covering))

    def _format_for(self, covering: list[DrawnSpan]) -> QTextCharFormat:
        entities = [s for s in covering if s.kind == "entity"]
        innermost = min(entities, key=lambda s: s.end - s.start, default=None)
        quote = next((s for s in covering if s.kind == "quote"), None)
        cue = any(s.kind == "cue" for s in covering)
        hit = any(s.kind == "search" for s in covering)
        key = (
            innermost and innermost.label, innermost and innermost.suggested,
            innermost is not None and self.selected == ("entity", innermost.id),
            len(entities) > 1, quote is not None, quote is not None and self.selected == ("quote", quote.id), cue, hit,
            quote is not None and quote.suggested,
        )
        cached = self._formats.get(key)
        if cached is None:
            cached = self._formats[key] = self._build_format(*key)
        return cached

    def _build_format(self, label, suggested, selected, nested, in_quote, quote_selected, cue, hit, quote_suggested) -> QTextCharFormat:
        fmt = QTextCharFormat()
        if hit:
            fmt.setBackground(SEARCH_COLOUR)  # an entity's own colour below replaces it; the outline stays
            fmt.setFontOverline(True)
        if label is not None:
            colour = QColor(self.colours.get(label, QColor("#dddddd")))
            if suggested:
                colour.setAlpha(90)  # suggestions look faded until accepted
                fmt.setForeground(QColor("#555555"))
            if selected:
                colour = colour.darker(135)
            if nested:
                colour = colour.darker(112)  # inner spans read darker than the span around them
            fmt.setBackground(colour)
        if in_quote:
            fmt.setFontUnderline(True)
            fmt.setUnderlineColor(SUGGESTED_QUOTE_COLOUR if quote_suggested else QUOTE_COLOUR)
            if quote_selected:
                style = QTextCharFormat.UnderlineStyle.SingleUnderline
            elif quote_suggested:
                style = QTextCharFormat.UnderlineStyle.DotLine  # offered, not yet the analyst's
            else:
                style = QTextCharFormat.UnderlineStyle.DashUnderline
            fmt.setUnderlineStyle(style)
            if quote_selected and label is None:
                fmt.setBackground(QColor(123, 63, 160, 40))
        if cue:
            fmt.setForeground(CUE_COLOUR)
            if not in_quote:
                fmt.setFontUnderline(True)
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
                fmt.setUnderlineColor(CUE_COLOUR)
        if suggested and label is not None and not in_quote:
            fmt.setFontUnderline(True)
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
        return fmt


@dataclass(frozen=True)
class QuoteMark:
    """What the gutter and the links need of a quote."""

    start: int
    end: int
    id: int
    speaker_name: str
    speaker_entity: DrawnSpan | None
    suggested: bool = False


@dataclass(frozen=True)
class RelationMark:
    """What the view needs to draw a relation: its two entities and the name of its label."""

    id: int
    head: DrawnSpan
    tail: DrawnSpan
    label: str
    suggested: bool = False


class DocumentView(QPlainTextEdit):
    """The current article; emits the span an analyst clicks."""

    spanClicked = Signal(str, int)  # kind, id

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("documentView")
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.setMouseTracking(True)
        self.setUndoRedoEnabled(False)
        option = QTextOption()
        # QTextEdit treats AlignRight as logical; AlignAbsolute pins it to the right edge.
        option.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
        option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.document().setDefaultTextOption(option)
        self.document().setDocumentMargin(14)
        self.highlighter = SpanHighlighter(self.document())
        # Blocks whose colours changed off screen: redone a few at a time while the window is idle (and at
        # once when scrolled into view), so offering a name's 1,000 mentions never freezes the window.
        self._stale: set[int] = set()
        self._stale_timer = QTimer(self, interval=0)
        self._stale_timer.timeout.connect(self._recolour_some)
        self.gutter = QuoteGutter(self)
        self.setViewportMargins(0, 0, GUTTER_WIDTH, 0)
        self.text = ""
        self.positions = Utf16Positions("")
        self.quote_marks: list[QuoteMark] = []
        self.relation_marks: list[RelationMark] = []
        self.relation_names: dict[str, str] = {}  # label -> the name shown, in the interface language
        self.describe_span = None  # set by the window: DrawnSpan -> tooltip text

    # --- what is shown -------------------------------------------------------

    def show_document(self, document: Document | None, colours: dict[str, str], speaker_names: dict) -> None:
        self.text = document.text if document else ""
        self.positions = Utf16Positions(self.text)
        self.highlighter.selected = None
        self.highlighter.hits = []
        self.highlighter.set_colours(colours)
        self._set_spans(document, speaker_names)
        self._stale.clear()  # a new text is coloured whole as it is set
        self.setPlainText(display_text(self.text))  # the highlighter colours every block once, spans included
        self.gutter.update()

    def apply_changes(self, document: Document, changes, speaker_names: dict) -> None:
        """Follow changes: move the spans they touched and recolour only their blocks, each block once."""
        changed: list[tuple[int, int]] = []
        for change in changes:
            for edit in change.edits:
                if edit.table != "entities":
                    continue
                if edit.before is not None:
                    self.highlighter.remove_entity(self._drawn_entity(edit.before))
                if edit.after is not None:
                    self.highlighter.add_entity(self._drawn_entity(edit.after))
        for change in changes:
            for edit in change.edits:
                for row in (edit.before, edit.after):
                    if row and edit.table in ("entities", "quotes"):
                        changed.append((row["start"], row["end"]))
                        if row.get("cue_start") is not None:
                            changed.append((row["cue_start"], row["cue_end"]))
        if any(change.touched("quotes") or change.touched("entities") for change in changes):
            self._set_quotes(document, speaker_names)
        if any(change.touched("relations") or change.touched("entities") for change in changes):
            self._set_relations(document)
        self.rehighlight_ranges(changed)
        self._update_links()

    def _update_links(self) -> None:
        """Speaker and relation links cross blocks, so they need the whole viewport; without them Qt's
        block updates suffice."""
        if self.relation_marks or any(mark.speaker_entity for mark in self.quote_marks):
            self.viewport().update()

    def _drawn_entity(self, row: dict) -> DrawnSpan:
        to16 = self.positions.to_utf16
        return DrawnSpan(to16(row["start"]), to16(row["end"]), "entity", row["id"], row["label"], bool(row["suggested"]))

    def set_colours(self, colours: dict[str, str]) -> None:
        self.highlighter.set_colours(colours)
        self.highlighter.rehighlight()

    def set_selected_span(self, selected: tuple[str, int] | None) -> None:
        previous = self.highlighter.selected
        self.highlighter.selected = selected
        ranges = [r for r in (self._range_of(previous), self._range_of(selected)) if r]
        self.rehighlight_ranges(ranges, utf16=True)
        self._update_links()

    def _set_spans(self, document: Document | None, speaker_names: dict) -> None:
        to16 = self.positions.to_utf16
        entities = [] if document is None else [
            DrawnSpan(to16(e.start), to16(e.end), "entity", e.id, e.label, e.suggested) for e in document.entities
        ]
        self.highlighter.set_spans(entities, [], [])
        self._set_quotes(document, speaker_names)
        self._set_relations(document)

    def _set_relations(self, document: Document | None) -> None:
        relations = document.relations if document else []
        by_id = {span.id: span for span in self.highlighter.entities} if relations else {}
        self.relation_marks = [
            RelationMark(r.id, by_id[r.head], by_id[r.tail], self.relation_names.get(r.label, r.label), r.suggested)
            for r in relations if r.head in by_id and r.tail in by_id
        ]

    def _set_quotes(self, document: Document | None, speaker_names: dict) -> None:
        to16 = self.positions.to_utf16
        quotes, cues, marks = [], [], []
        by_id = {span.id: span for span in self.highlighter.entities} if document and document.quotes else {}
        for q in document.quotes if document else []:
            quotes.append(DrawnSpan(to16(q.start), to16(q.end), "quote", q.id, suggested=q.suggested))
            if q.cue is not None:
                cues.append(DrawnSpan(to16(q.cue.start), to16(q.cue.end), "cue", q.id))
            marks.append(QuoteMark(to16(q.start), to16(q.end), q.id, speaker_names.get(q.id, ""), by_id.get(q.speaker), q.suggested))
        self.highlighter.set_quotes(quotes, cues)
        self.quote_marks = marks

    def rehighlight_ranges(self, ranges, *, utf16: bool = False) -> None:
        document = self.document()
        blocks: dict[int, object] = {}  # block number -> block: a paragraph named by many ranges is redone once
        for start, end in ranges:
            if not utf16:
                start, end = self.positions.to_utf16(start), self.positions.to_utf16(end)
            block = document.findBlock(start)
            while block.isValid() and block.position() <= end:
                blocks.setdefault(block.blockNumber(), block)
                block = block.next()
        if len(blocks) > RECOLOUR_AT_ONCE:
            first, last = self._visible_blocks()
            later = {n for n in blocks if not first - 2 <= n <= last + 2}
            self._stale |= later
            blocks = {n: b for n, b in blocks.items() if n not in later}
            self._stale_timer.start()
        for number in sorted(blocks):
            self._stale.discard(number)
            self.highlighter.rehighlightBlock(blocks[number])
        self.gutter.update()

    def _visible_blocks(self) -> tuple[int, int]:
        first = self.firstVisibleBlock().blockNumber()
        last = self.cursorForPosition(self.viewport().rect().bottomLeft()).block().blockNumber()
        return first, max(first, last)

    def _recolour_some(self) -> None:
        """A few of the blocks recoloured off screen, nearest to the screen first."""
        if not self._stale:
            self._stale_timer.stop()
            return
        first, _ = self._visible_blocks()
        document = self.document()
        for number in sorted(self._stale, key=lambda n: abs(n - first))[:RECOLOUR_AT_ONCE]:
            self._stale.discard(number)
            block = document.findBlockByNumber(number)
            if block.isValid():
                self.highlighter.rehighlightBlock(block)

    def _recolour_visible(self) -> None:
        if self._stale:
            first, last = self._visible_blocks()
            document = self.document()
            for number in [n for n in self._stale if first - 2 <= n <= last + 2]:
                self._stale.discard(number)
                self.highlighter.rehighlightBlock(document.findBlockByNumber(number))

    def _range_of(self, selected: tuple[str, int] | None) -> tuple[int, int] | None:
        if selected is None:
            return None
        kind, span_id = selected
        if kind not in ("entity", "quote"):
            return None  # a relation is a drawn link, repainted with the viewport
        pool = self.highlighter.entities if kind == "entity" else self.highlighter.quotes
        span = next((s for s in pool if s.id == span_id), None)
        return (span.start, span.end) if span else None

    # --- selection, in code points -------------------------------------------

    def selected_range(self) -> tuple[int, int] | None:
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        return self.positions.from_utf16(cursor.selectionStart()), self.positions.from_utf16(cursor.selectionEnd())

    def select_range(self, start: int, end: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.positions.to_utf16(start))
        cursor.setPosition(self.positions.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def clear_selection(self) -> None:
        cursor = self.textCursor()
        cursor.clearSelection()
        self.setTextCursor(cursor)

    def reveal(self, start: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.positions.to_utf16(start))
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    # --- pointing at spans --------------------------------------------------

    def set_search_hits(self, spans: list[tuple[int, int]]) -> None:
        """Show search matches (code points) in the text; the old ones are cleared."""
        old = [(s.start, s.end) for s in self.highlighter.hits]
        to16 = self.positions.to_utf16
        self.highlighter.hits = [DrawnSpan(to16(a), to16(b), "search", n) for n, (a, b) in enumerate(spans)]
        self.rehighlight_ranges(old + [(s.start, s.end) for s in self.highlighter.hits], utf16=True)

    def spans_at(self, point) -> list[DrawnSpan]:
        """Spans under a viewport point, innermost first."""
        position = self.cursorForPosition(point).position()
        spans = [s for s in self.highlighter.spans_between(position, position + 1) if s.kind in ("entity", "quote")]
        if not spans:
            spans = [s for s in self.highlighter.spans_between(position - 1, position) if s.kind in ("entity", "quote")]
        return sorted(spans, key=lambda s: (s.kind != "entity", s.end - s.start))

    def viewportEvent(self, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ToolTip:
            tips = [self.describe_span(s) for s in self.spans_at(event.pos())] if self.describe_span else []
            if tips:
                QToolTip.showText(event.globalPos(), tooltip("\n".join(tips)), self)
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            spans = self.spans_at(event.position().toPoint())
            if spans:
                self.spanClicked.emit(spans[0].kind, spans[0].id)

    # --- quote links and gutter ----------------------------------------------

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        viewport = self.viewport().geometry()
        contents = self.contentsRect()
        on_right = contents.right() - viewport.right() >= GUTTER_WIDTH - 1
        x = viewport.right() + 1 if on_right else contents.left()
        self.gutter.setGeometry(QRect(x, viewport.top(), GUTTER_WIDTH, viewport.height()))

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802
        super().scrollContentsBy(dx, dy)
        self._recolour_visible()
        self.gutter.update()

    def visible_range(self) -> tuple[int, int]:
        """UTF-16 positions of the first and last character on screen."""
        top = self.firstVisibleBlock().position()
        bottom_right = self.viewport().rect().bottomLeft()
        return top, max(top, self.cursorForPosition(bottom_right).block().position() + self.cursorForPosition(bottom_right).block().length())

    def _visible_characters(self) -> tuple[int, int]:
        """UTF-16 positions of the first and last characters the viewport shows (any direction)."""
        area = self.viewport().rect()
        corners = [self.cursorForPosition(point).position()
                   for point in (area.topLeft(), area.topRight(), area.bottomLeft(), area.bottomRight())]
        return min(corners), max(corners) + 1

    def caret_rect(self, position: int) -> QRect:
        cursor = QTextCursor(self.document())
        # the visible range ends past the last block's separator; the caret can stand at most before it
        cursor.setPosition(max(0, min(position, self.document().characterCount() - 1)))
        return self.cursorRect(cursor)

    def paintEvent(self, event) -> None:  # noqa: N802
        super().paintEvent(event)
        first, last = self.visible_range()
        # Only the characters on screen, not whole blocks: one paragraph may hold 50,000 names.
        layers = outer_layers(self.highlighter.entities_between(*self._visible_characters()))
        if not self.relation_marks and not any(mark.speaker_entity for mark in self.quote_marks) and not layers:
            return
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for span, depth in layers:
            self._draw_layer(painter, span, depth)
        for mark in self.quote_marks:
            speaker = mark.speaker_entity
            if speaker is None or not (first <= mark.start <= last and first <= speaker.start <= last):
                continue
            chosen = self.highlighter.selected in (("quote", mark.id), ("entity", speaker.id))
            self._draw_link(painter, speaker, mark, chosen)
        for relation in self.relation_marks:
            if first <= relation.head.start <= last and first <= relation.tail.start <= last:
                chosen = self.highlighter.selected in (("relation", relation.id), ("entity", relation.head.id),
                                                       ("entity", relation.tail.id))
                self._draw_relation(painter, relation, chosen)
        painter.end()

    def _draw_layer(self, painter: QPainter, span: DrawnSpan, depth: int) -> None:
        """An entity with others inside it: a bar in its colour under each of its lines, one step lower per
        layer inside it, so the background of the innermost name never hides the layers around it."""
        colour = QColor(self.highlighter.colours.get(span.label, QColor("#999999")))
        colour = colour.darker(130)
        if span.suggested:
            colour.setAlpha(120)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        for left, right, bottom in self._line_pieces(span.start, span.end):
            painter.drawRect(QRectF(left, bottom - 2 - LAYER_STEP * depth, right - left, 2.5))

    def _line_pieces(self, start: int, end: int) -> list[tuple[float, float, int]]:
        """(left, right, bottom) of a span on each screen line it covers; caret positions, so right-to-left
        and mixed lines come out right."""
        pieces: dict[int, list[int]] = {}
        for position in range(start, end + 1):
            rect = self.caret_rect(position)
            pieces.setdefault(rect.bottom(), []).append(rect.x())
        return [(min(xs), max(xs), bottom) for bottom, xs in pieces.items() if max(xs) > min(xs)]

    def span_rect(self, span: DrawnSpan) -> QRect:
        """Where a span stands on screen (its first line, when it wraps)."""
        start, end = self.caret_rect(span.start), self.caret_rect(span.end)
        if end.top() != start.top():
            return start.adjusted(-3, 0, 3, 0)
        return start.united(end).adjusted(-3, 0, 3, 0)

    def _draw_relation(self, painter: QPainter, relation: RelationMark, chosen: bool) -> None:
        """An arrow arching above the text from the head entity to the tail, its label at the top of the arch."""
        head, tail = self.span_rect(relation.head), self.span_rect(relation.tail)
        colour = QColor(RELATION_COLOUR)
        colour.setAlpha(110 if relation.suggested else 240 if chosen else 190)
        pen = QPen(colour, 2.4 if chosen else 1.5, Qt.PenStyle.DashLine if relation.suggested else Qt.PenStyle.SolidLine)
        painter.setPen(pen)
        start = QPointF(head.center().x(), head.top() + 2)
        end = QPointF(tail.center().x(), tail.top() + 2)
        # Wide links rise higher, but never past the gap above the line, so the arch does not cross text.
        rise = min(max(14.0, abs(end.x() - start.x()) / 6), self.fontMetrics().lineSpacing() * 0.8)
        top = min(start.y(), end.y()) - rise
        path = QPainterPath(start)
        path.cubicTo(QPointF(start.x(), top), QPointF(end.x(), top), end)
        painter.drawPath(path)
        painter.setBrush(colour)
        painter.drawEllipse(end, 3.5, 3.5)  # the head of the arrow: the tail entity
        painter.setBrush(Qt.BrushStyle.NoBrush)
        font = QFont(self.font())  # the text's own font, zoom included, a size smaller
        if font.pointSizeF() > 0:
            font.setPointSizeF(max(8.0, font.pointSizeF() * 0.75))
        painter.setFont(font)
        metrics = painter.fontMetrics()
        label_width = metrics.horizontalAdvance(relation.label) + 8
        apex = path.pointAtPercent(0.5)  # the label sits on the top of the arch
        box = QRect(int(apex.x() - label_width / 2), int(apex.y() - metrics.height() / 2),
                    label_width, metrics.height())
        painter.fillRect(box, QColor(255, 255, 255, 235))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, relation.label)

    def _draw_link(self, painter: QPainter, speaker: DrawnSpan, mark: QuoteMark, chosen: bool) -> None:
        """The speaker framed, and a curve from the frame to the opening of what they said."""
        speaker_rect = self.caret_rect(speaker.start).united(self.caret_rect(speaker.end)).adjusted(-3, 0, 3, 0)
        quote_rect = self.caret_rect(mark.start)
        colour = QColor(QUOTE_COLOUR)
        colour.setAlpha(240 if chosen else 170)
        painter.setPen(QPen(colour, 2.4 if chosen else 1.6))
        painter.setBrush(Qt.BrushStyle.NoBrush)  # a frame: the layer bars drawn before leave their fill set
        painter.drawRoundedRect(speaker_rect, 5, 5)
        painter.drawPath(self._link_path(speaker_rect, quote_rect))
        painter.setBrush(colour)
        same_line = speaker_rect.top() == quote_rect.top()
        painter.drawEllipse(QPointF(quote_rect.center().x(), quote_rect.bottom() - 1 if same_line else quote_rect.top() + 3), 3.5, 3.5)
        painter.setBrush(Qt.BrushStyle.NoBrush)

    def _link_path(self, speaker: QRect, quote: QRect) -> QPainterPath:
        """From the speaker to the opening of the quote without crossing text: along the gap under the
        speaker's line, up or down the text's starting edge, then along the gap under the quote's line."""
        start = QPointF(speaker.center().x(), speaker.bottom())
        path = QPainterPath(start)
        if speaker.top() == quote.top():  # one line: a shallow arc in the gap below it
            end = QPointF(quote.center().x(), quote.bottom() - 1)
            dip = min(8.0, self.fontMetrics().lineSpacing() * 0.25)
            path.cubicTo(QPointF(start.x(), start.y() + dip), QPointF(end.x(), end.y() + dip + 1), end)
            return path
        end = QPointF(quote.center().x(), quote.top() + 3)
        below_speaker = speaker.bottom() + 3.0
        above_quote = quote.top() - 3.0
        path.lineTo(start.x(), below_speaker)
        if abs(above_quote - below_speaker) > 8:  # lines between them: pass along the text's starting edge
            leading_rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft or self._starts_right_to_left()
            edge = self.viewport().width() - 2.0 if leading_rtl else 2.0
            path.lineTo(edge, below_speaker)
            path.lineTo(edge, above_quote)
        path.lineTo(end.x(), above_quote)
        path.lineTo(end)
        return path

    def _starts_right_to_left(self) -> bool:
        """Whether the document's lines start at the right (Arabic text in an English interface too)."""
        block = self.document().firstBlock()
        return bool(block.isValid() and block.textDirection() == Qt.LayoutDirection.RightToLeft)

    def zoom(self, steps: int) -> None:
        if steps > 0:
            self.zoomIn(steps)
        else:
            self.zoomOut(-steps)
        self.gutter.update()

    def set_text_font(self, font: QFont) -> None:
        self.setFont(font)
        self.gutter.update()


def badge_lines(name: str, metrics, width: int, most: int = 2) -> list[str]:
    """A speaker's name in at most two lines, broken between words; only what still does not fit is elided
    (a badge used to cut "فؤاد حسين" to "فؤاد حس…" on one line)."""
    lines: list[str] = []
    words = name.split()
    while words and len(lines) < most:
        line = words.pop(0)
        while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= width:
            line = f"{line} {words.pop(0)}"
        lines.append(line)
    if words:
        lines[-1] = f"{lines[-1]} {' '.join(words)}"
    return [metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in lines] or [name]


def outer_layers(spans: list[DrawnSpan], most: int = 400) -> list[tuple[DrawnSpan, int]]:
    """Entities that hold other entities, each with how many layers lie inside it (1 for a name holding a
    name). Only the visible ones are asked for; `most` bounds the work on a screen crowded with spans."""
    entities = sorted((s for s in spans if s.kind == "entity"), key=lambda s: (s.start, -s.end))[:most]
    depth = [0] * len(entities)
    for index in range(len(entities) - 1, -1, -1):  # spans inside come later in this order: settled first
        outer = entities[index]
        deepest = -1
        for later in range(index + 1, len(entities)):
            if entities[later].start >= outer.end:
                break  # sorted by start: nothing further can lie inside
            inner = entities[later]
            if inner.end <= outer.end and (inner.start, inner.end, inner.label) != (outer.start, outer.end, outer.label):
                # The same name with the same label from several annotators is one name, not a layer of names
                # (the same words with two labels still are: each label must stay visible).
                deepest = max(deepest, depth[later])
        depth[index] = deepest + 1
    return [(span, depth[index]) for index, span in enumerate(entities) if depth[index] > 0]


class QuoteGutter(QWidget):
    """A strip beside the text: a bar along each quote and a badge naming who said it."""

    def __init__(self, view: DocumentView):
        super().__init__(view)
        self.view = view

    def paintEvent(self, event) -> None:  # noqa: N802
        view = self.view
        if not view.quote_marks:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        first, last = view.visible_range()
        height = self.height()
        badge_font = QFont(self.view.font())
        badge_font.setPointSizeF(max(8.0, badge_font.pointSizeF() * 0.8))  # badges label; the text is what is read
        painter.setFont(badge_font)
        metrics = painter.fontMetrics()
        badges_bottom = -1  # badges of quotes starting on the same line stack instead of overlapping
        for lane, mark in enumerate(view.quote_marks):
            if mark.end < first or mark.start > last:
                continue
            top = view.caret_rect(max(mark.start, first)).top() if mark.start >= first else 0
            bottom = view.caret_rect(min(mark.end, last)).bottom() if mark.end <= last else height
            chosen = view.highlighter.selected == ("quote", mark.id)
            colour = QColor(SUGGESTED_QUOTE_COLOUR if mark.suggested else QUOTE_COLOUR)
            colour.setAlpha(255 if chosen else 170)
            x = 6 + (lane % 4) * 6  # bars hug the text's edge; badges stand beyond them
            line = Qt.PenStyle.DashLine if mark.suggested else Qt.PenStyle.SolidLine
            painter.setPen(QPen(colour, 4 if chosen else 3, line, Qt.PenCapStyle.RoundCap))
            painter.drawLine(x, top + 2, x, bottom - 2)
            if mark.start >= first:
                lines = badge_lines(mark.speaker_name or "?", metrics, self.width() - 44)
                badge_top = max(top + 1, badges_bottom + 2)
                badge = QRect(32, badge_top, self.width() - 36, metrics.height() * len(lines) + 4)
                badges_bottom = badge.bottom()
                if mark.suggested:  # an outline only: offered, not yet the analyst's
                    painter.setPen(QPen(QUOTE_COLOUR, 1.5, Qt.PenStyle.DashLine))
                    painter.setBrush(QColor(255, 255, 255, 230))
                    painter.drawRoundedRect(badge, 6, 6)
                    painter.setPen(QUOTE_COLOUR)
                else:
                    painter.setPen(Qt.PenStyle.NoPen)
                    painter.setBrush(QColor(123, 63, 160, 235 if chosen else 200))
                    painter.drawRoundedRect(badge, 6, 6)
                    painter.setPen(QColor("white"))
                painter.drawText(badge.adjusted(4, 2, -4, -2), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                                 "\n".join(lines))
                painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.end()
