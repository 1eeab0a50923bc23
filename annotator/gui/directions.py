"""Left-to-right pieces inside right-to-left sentences.

In an Arabic sentence a shortcut ("Ctrl+,"), a colour ("#f9c0c0") or a path ("/home/…") is a run of weak
and neutral characters: the bidi algorithm attaches their punctuation to the Arabic around them, and
"Ctrl+," is drawn ",+Ctrl". Isolating them (LRI … PDI, or FSI … PDI for names that may be Arabic)
keeps each piece in its own order wherever it lands.
"""

from __future__ import annotations

LRI, FSI, PDI = "\u2066", "\u2068", "\u2069"


def left_to_right(text: str) -> str:
    """Always drawn left to right: shortcuts, colours, paths, numbers with units."""
    return f"{LRI}{text}{PDI}" if text else text


def isolated(text: str) -> str:
    """Drawn in the direction of its own first letter: file and document names, user-typed names."""
    return f"{FSI}{text}{PDI}" if text else text
