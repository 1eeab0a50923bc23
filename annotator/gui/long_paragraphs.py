"""Very long paragraphs shown in pieces, every offset unchanged.

Qt lays a paragraph out whole each time anything in it changes colour, so a 5 MB article in a single
paragraph (web pages stripped of their markup come that way) took seconds for every tag. The view shows such
a paragraph with line breaks in place of some of its spaces, after a sentence where there is one: a space and
a line break are one character each, in code points and in UTF-16 alike, so every offset the annotator keeps
is the same in the view as in the stored text, and the stored text is never touched.
"""

from __future__ import annotations

LONG = 10_000  # a paragraph longer than this is shown in pieces (no news paragraph comes near it)
PIECE = 2_000  # about how long each piece is
_SENTENCE_ENDS = (". ", "؟ ", "! ", "? ", "؛ ", "، ")


def display_text(text: str) -> str:
    """`text` with a line break instead of a space every PIECE characters or so in paragraphs over LONG."""
    if len(text) <= LONG:
        return text
    breaks: list[int] = []
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end == -1 else end
        if end - start > LONG:
            breaks += _cuts(text, start, end)
        start = end + 1
    if not breaks:
        return text
    pieces, done = [], 0
    for position in breaks:
        pieces += (text[done:position], "\n")
        done = position + 1
    return "".join(pieces) + text[done:]


def _cuts(text: str, start: int, end: int) -> list[int]:
    """Spaces to break at within text[start:end], each piece between PIECE/2 and 3*PIECE/2 when it can be."""
    cuts = []
    at = start
    while end - at > PIECE * 3 // 2:
        low, high = at + PIECE // 2, at + PIECE * 3 // 2
        best = max((text.rfind(mark, low, high) for mark in _SENTENCE_ENDS), default=-1)
        space = best + 1 if best != -1 else text.rfind(" ", low, high)
        if space == -1:  # no space at all (a run of 1,000 letters): leave this stretch whole
            at = high
            continue
        cuts.append(space)
        at = space + 1
    return cuts
