"""Text as the project stores it: normalisation, offset maps, UTF-16 positions, grapheme edges.

Every offset the project keeps counts Unicode code points of the normalised
text (CONTRACT §1). Qt counts UTF-16 units; `Utf16Positions` is the one place
where the two meet.
"""

from __future__ import annotations

from annotator.core.reasons import reason
import bisect
import functools
import hashlib
import unicodedata

import regex

BOM = "\ufeff"
BIDI_CONTROLS = frozenset(
    "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
_ASTRAL = regex.compile(r"[\U00010000-\U0010FFFF]")
_GRAPHEME = regex.compile(r"\X")
_PREPEND = regex.compile(r"\p{Grapheme_Cluster_Break=Prepend}")
# How far back a grapheme check looks for a safe place to start segmenting.
_GRAPHEME_CONTEXT = 64


def normalise(raw: str) -> str:
    """The stored form of a text: leading BOM dropped, CRLF and CR made LF, NFC."""
    text = raw[1:] if raw.startswith(BOM) else raw
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def text_hash(text: str) -> str:
    """A stable fingerprint of a stored text, used to find duplicates and damage."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class OffsetMap:
    """Moves offsets given against a raw text onto its normalised form.

    `positions[i]` is the normalised offset of raw offset `i`, or None where
    `i` falls inside characters that normalisation composed into one.
    """

    __slots__ = ("_positions",)

    def __init__(self, positions: list[int | None] | None):
        self._positions = positions

    @property
    def is_identity(self) -> bool:
        return self._positions is None

    def __call__(self, offset: int) -> int | None:
        if self._positions is None:
            return offset
        if 0 <= offset < len(self._positions):
            return self._positions[offset]
        return None


def normalise_with_map(raw: str) -> tuple[str, OffsetMap]:
    """`normalise(raw)` and the map that carries raw offsets onto it."""
    if not raw.startswith(BOM) and "\r" not in raw and unicodedata.is_normalized("NFC", raw):
        return raw, OffsetMap(None)
    folded, fold_map = _fold_newlines(raw)
    text, nfc_map = _compose(folded)
    return text, OffsetMap([None if p is None else nfc_map[p] for p in fold_map])


def _fold_newlines(raw: str) -> tuple[str, list[int]]:
    """Drop a leading BOM and turn CRLF and CR into LF, mapping every raw offset."""
    out: list[str] = []
    positions = [0] * (len(raw) + 1)
    first = 1 if raw.startswith(BOM) else 0
    for i in range(first, len(raw)):
        positions[i] = len(out)
        ch = raw[i]
        if ch == "\r":
            if raw[i + 1 : i + 2] == "\n":
                continue  # the LF that follows stands for the pair
            out.append("\n")
        else:
            out.append(ch)
    positions[len(raw)] = len(out)
    return "".join(out), positions


def _compose(text: str) -> tuple[str, list[int | None]]:
    """NFC, applied segment by segment so that offsets between segments survive."""
    pieces: list[str] = []
    positions: list[int | None] = [None] * (len(text) + 1)
    done = 0
    bounds = _stable_boundaries(text)
    for a, b in zip(bounds, bounds[1:]):
        segment = text[a:b]
        composed = unicodedata.normalize("NFC", segment)
        positions[a] = done
        if composed == segment:
            for k in range(a + 1, b):
                positions[k] = done + (k - a)
        pieces.append(composed)
        done += len(composed)
    positions[len(text)] = done
    result = "".join(pieces)
    if result != unicodedata.normalize("NFC", text):
        # A composition crossed a segment edge: keep only the two ends exact.
        whole = unicodedata.normalize("NFC", text)
        positions = [None] * (len(text) + 1)
        positions[0], positions[len(text)] = 0, len(whole)
        return whole, positions
    return result, positions


def _stable_boundaries(text: str) -> list[int]:
    """Offsets before which NFC can start afresh: starters that never compose backwards."""
    backward = _starters_that_compose_backwards()
    bounds = [0]
    for k in range(1, len(text)):
        ch = text[k]
        if unicodedata.combining(ch) == 0 and ch not in backward:
            bounds.append(k)
    if text:
        bounds.append(len(text))
    return bounds


@functools.cache
def _starters_that_compose_backwards() -> frozenset[str]:
    """Starters that can join the character before them under NFC (Hangul V/T and a few more)."""
    found = {chr(c) for c in range(0x1161, 0x1176)} | {chr(c) for c in range(0x11A8, 0x11C3)}
    for code in range(0x110000):
        decomposition = unicodedata.decomposition(chr(code))
        if not decomposition or decomposition.startswith("<"):
            continue
        parts = decomposition.split()
        if len(parts) == 2:
            second = chr(int(parts[1], 16))
            if unicodedata.combining(second) == 0:
                found.add(second)
    return frozenset(found)


class Utf16Positions:
    """Converts between code point offsets and UTF-16 positions (Qt's) for one text."""

    __slots__ = ("_astral", "_astral_utf16")

    def __init__(self, text: str):
        self._astral = [m.start() for m in _ASTRAL.finditer(text)]
        self._astral_utf16 = [p + k for k, p in enumerate(self._astral)]

    def to_utf16(self, offset: int) -> int:
        return offset + bisect.bisect_left(self._astral, offset)

    def from_utf16(self, position: int) -> int:
        """The code point offset at a UTF-16 position; inside a surrogate pair it rounds down."""
        return position - bisect.bisect_left(self._astral_utf16, position)


def is_grapheme_boundary(text: str, offset: int) -> bool:
    """True when `offset` does not fall inside a user-perceived character."""
    if offset <= 0 or offset >= len(text):
        return 0 <= offset <= len(text)
    start = _segmenting_start(text, offset)
    if start == offset:
        return True
    edge = start
    for match in _GRAPHEME.finditer(text, start, min(len(text), offset + _GRAPHEME_CONTEXT)):
        edge = match.end()
        if edge >= offset:
            return edge == offset
    return edge == offset


def _segmenting_start(text: str, offset: int) -> int:
    """A nearby earlier offset where grapheme segmentation surely restarts.

    A line break always ends a cluster. A space starts one unless a Prepend
    character (the Arabic number signs U+0600–U+0605) stands before it; a mark
    after a space clings to the space, so segmentation starts before it.
    """
    floor = max(0, offset - _GRAPHEME_CONTEXT)
    newline = text.rfind("\n", floor, offset)
    if newline != -1:
        return newline + 1
    space = text.rfind(" ", floor, offset + 1)
    while space > floor and _PREPEND.match(text, space - 1):
        space = text.rfind(" ", floor, space)
    return space if space != -1 else floor


def is_edge_blank(ch: str) -> bool:
    """Characters a span may not start or end with: whitespace and bidi controls."""
    return ch.isspace() or ch in BIDI_CONTROLS


def range_problem(length: int, start: object, end: object) -> str | None:
    """Why `start`-`end` is no range of a text of this length, or None."""
    if not isinstance(start, int) or not isinstance(end, int) or isinstance(start, bool) or isinstance(end, bool):
        return reason('start and end must be whole numbers')
    if start < 0 or end > length:
        return reason('offsets {start}-{end} lie outside the text (length {length})', start=start, end=end, length=length)
    if start >= end:
        return reason('offsets {start}-{end} are reversed or empty', start=start, end=end)
    return None


def span_problem(text: str, start: object, end: object, expected: str | None = None) -> str | None:
    """Why a span cannot stand on this text, or None when it can (CONTRACT §1)."""
    problem = range_problem(len(text), start, end)
    if problem:
        return problem
    surface = text[start:end]
    if expected is not None and surface != expected:
        return reason('text at {start}-{end} is {surface!r}, not {expected!r}', start=start, end=end, surface=surface, expected=expected)
    if is_edge_blank(surface[0]) or is_edge_blank(surface[-1]):
        return reason('span {start}-{end} starts or ends with whitespace or a direction mark', start=start, end=end)
    if not is_grapheme_boundary(text, start) or not is_grapheme_boundary(text, end):
        return reason('span {start}-{end} cuts a letter from its marks (a grapheme cluster)', start=start, end=end)
    return None


# Letters, marks, digits, tatweel and joiners make up a word; everything else ends one.
_WORD_CHAR = regex.compile(r"[\p{L}\p{M}\p{N}\u0640\u200c\u200d]")
_WORD_RUN = regex.compile(r"[\p{L}\p{M}\p{N}\u0640\u200c\u200d]+")
_HAS_LETTER = regex.compile(r"(?!\u0640)[\p{L}\p{N}]")  # tatweel is a letter (Lm) to Unicode, not to readers


_TOKEN = regex.compile(r"[\p{L}\p{M}\p{N}\u0640\u200c\u200d]+|\S")


def token_spans(text: str) -> list[tuple[int, int]]:
    """Words (letters with their marks, tatweel and joiners) and single other characters, as formats tokenise."""
    return [match.span() for match in _TOKEN.finditer(text)]


def spaced_tokens(text: str, cuts=()) -> list[tuple[int, int, bool]]:
    """(start, end, one space follows) for every token, spaCy's way: words and single other characters,
    also cut at each offset in `cuts` that falls inside one; a single space after a token is its flag,
    any other run of whitespace (a paragraph break) a token of its own, so the tokens rebuild the text."""
    edges = sorted(set(cuts))
    words = []
    for start, end in token_spans(text):
        first = bisect.bisect_right(edges, start)
        last = bisect.bisect_left(edges, end)
        points = [start, *edges[first:last], end]
        words += list(zip(points, points[1:]))
    tokens: list[tuple[int, int, bool]] = []
    position = 0
    for start, end in words + [(len(text), len(text))]:
        gap = text[position:start]
        if gap:
            if tokens and gap[0] == " ":
                tokens[-1] = (*tokens[-1][:2], True)
                gap, position = gap[1:], position + 1
            if gap:
                tokens.append((position, start, False))
        if start < end:
            tokens.append((start, end, False))
        position = end
    return tokens


def word_around(text: str, offset: int) -> tuple[int, int]:
    """The run of word characters (letters, marks, digits, tatweel) that holds `offset`."""
    start = end = offset
    while start > 0 and _is_word_char(text, start - 1):
        start -= 1
    while end < len(text) and _is_word_char(text, end):
        end += 1
    return start, end


def _is_word_char(text: str, index: int) -> bool:
    return 0 <= index < len(text) and _WORD_CHAR.match(text, index) is not None


def snap_selection(text: str, start: int, end: int, *, whole_words: bool = True) -> tuple[int, int] | None:
    """The span an analyst meant by selecting `start`-`end`, or None if it holds nothing to tag.

    Edges move out to whole graphemes and, with `whole_words`, to whole
    words; then whitespace, bidi marks and punctuation are trimmed from both
    ends, so a span never starts or ends on them (CONTRACT §1).
    """
    start, end = max(0, min(start, end)), min(len(text), max(start, end))
    while start > 0 and not is_grapheme_boundary(text, start):
        start -= 1
    while end < len(text) and not is_grapheme_boundary(text, end):
        end += 1
    if whole_words:
        trimmed = _trim(text, start, end, keep=_starts_word)
        if trimmed is not None:
            start, end = trimmed
            while start > 0 and _starts_word(text, _previous_boundary(text, start)):
                start = _previous_boundary(text, start)
            while end < len(text) and _is_word_char(text, end):
                end = _next_boundary(text, end)
            return _word_edges(text, start, end)
    return _trim(text, start, end, keep=_not_blank)


def _word_edges(text: str, start: int, end: int) -> tuple[int, int] | None:
    """From the first to the last word with a letter in `start`-`end`, edges on grapheme boundaries.

    A run of tatweel alone is no word. A word run may begin on a mark that
    clings to the space before it (that mark stays with the space) or on a
    letter behind a Prepend sign (the sign comes along); it may end inside a
    cluster that an emoji modifier extends (the modifier comes along).
    """
    words = [m for m in _WORD_RUN.finditer(text, start, end) if _HAS_LETTER.search(m.group())]
    first = last = None
    for word in words:
        edge = word.start()
        if not is_grapheme_boundary(text, edge):
            edge = _previous_boundary(text, edge)
            if is_edge_blank(text[edge]):
                edge = _next_boundary(text, edge)
        if edge < word.end() and _HAS_LETTER.search(text, edge, word.end()):
            first = edge
            break
    for word in reversed(words):
        edge = word.end()
        while edge < len(text) and not is_grapheme_boundary(text, edge):
            edge += 1
        if first is not None and edge > first:
            last = edge
            break
    return (first, last) if first is not None and last is not None else None


def _starts_word(text: str, index: int) -> bool:
    """The cluster at `index` begins a word: a word character, or a Prepend sign before one."""
    if _is_word_char(text, index):
        return True
    return _PREPEND.match(text, index) is not None and _is_word_char(text, index + 1)


def _not_blank(text: str, index: int) -> bool:
    return not is_edge_blank(text[index])


def _trim(text: str, start: int, end: int, *, keep) -> tuple[int, int] | None:
    """Narrow `start`-`end` cluster by cluster until the first and last clusters begin with a kept character.

    Whole clusters go, never single characters: a haraka after a space
    belongs to the space, so both leave together.
    """
    while start > 0 and not is_grapheme_boundary(text, start):
        start -= 1
    while end < len(text) and not is_grapheme_boundary(text, end):
        end += 1
    while start < end and not keep(text, start):
        start = _next_boundary(text, start)
    while end > start:
        last = _previous_boundary(text, end)
        # The last cluster must begin well and end well: a Prepend sign can glue a space after it.
        if keep(text, last) and not is_edge_blank(text[end - 1]):
            break
        end = last
    return (start, end) if start < end else None


def _next_boundary(text: str, offset: int) -> int:
    offset += 1
    while offset < len(text) and not is_grapheme_boundary(text, offset):
        offset += 1
    return offset


def _previous_boundary(text: str, offset: int) -> int:
    offset -= 1
    while offset > 0 and not is_grapheme_boundary(text, offset):
        offset -= 1
    return offset
