"""Arabic orthography for selection and search: proclitics, and folding away what search should ignore.

Folding drops harakat, tatweel, bidi and zero-width marks, unifies alef
forms, ى/ي (except in على، إلى، لدى، متى, which are other words than the names
علي …), final ة/ه, the hamza seats ئ/ؤ/ء (مسئول = مسؤول, and ي after alef:
قايد = قائد), Persian ی/ک and every kind of digit, spells out the lam-alef
ligatures (ﻻ ﻷ ﻹ ﻵ), and keeps a map from each folded character back to the
stored text, so a match in the folded copy is always reported as code points
of the real text (CONTRACT §1).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

import regex

from annotator.core.evidence import WordEvidence
from annotator.core.evidence import shipped as shipped_evidence
from annotator.core.text import snap_selection, word_around

# What search ignores: Arabic harakat and Quranic marks, Latin accents, tatweel, zero-width and bidi marks.
_DROPPED_RANGES = (
    "\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8"
    "\u06ea-\u06ed\u08d3-\u08e1\u08e3-\u08ff\u0640\u200b-\u200f\u061c\u202a-\u202e\u2066-\u2069\ufeff"
)
_DROPPED = re.compile(f"[{_DROPPED_RANGES}]")
_FOLD = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ی": "ي", "ې": "ي", "ئ": "ء", "ؤ": "ء",
    "ک": "ك", "ڪ": "ك",
    "ۀ": "ه", "ہ": "ه", "ھ": "ه",
}
_FOLD.update({chr(0x0660 + d): str(d) for d in range(10)})  # Arabic-Indic digits
_FOLD.update({chr(0x06F0 + d): str(d) for d in range(10)})  # Eastern (Persian) digits
_FOLD_PAIRS = tuple(_FOLD.items())  # replaced one by one: far faster than str.translate on Arabic text
_FINAL_TA_MARBUTA = re.compile(r"ة(?!\w)")
# Words where ى is not ي: على is "on", علي a name; إلى "to", إلي "to me".
_ALEF_MAQSURA_WORD = re.compile(r"[وف]?(?:عل|[إا]ل|لد|مت)ى")  # a whole word, as _protected_maqsura finds it
_YA_AFTER_ALEF = re.compile(r"(?<=ا)ي(?=[^\W\d_])")  # قايد, دايرة: the hamza seat written as ي
_LAM_ALEF = {"\ufef5": "لآ", "\ufef6": "لآ", "\ufef7": "لأ", "\ufef8": "لأ", "\ufef9": "لإ", "\ufefa": "لإ",
             "\ufefb": "لا", "\ufefc": "لا"}
_LAM_ALEF_FORMS = re.compile("[\ufef5-\ufefc]")
_PROCLITIC_PREFIXES = [c for c in "وفبكل"] + [c + p for c in "وف" for p in "بكل"]
_LETTER = regex.compile(r"(?!\u0640)[\p{L}\p{N}]")  # tatweel (Lm) only stretches a letter
_TOKEN = re.compile(r"[^\W_]+")  # letters and digits, as SQLite's unicode61 tokenizer cuts words

# Proclitics: و/ف (and, so), then ب/ك/ل (with, like, for); before ال only و ف ب ك are unambiguous.
CONJUNCTIONS = "وف"
PREPOSITIONS = "بكل"
_DEFINITE = regex.compile(r"^([وف]?)([بك]?)ال")
_MIN_STEM = 2  # letters a stem keeps beyond ال, so والي and بالي stay whole


class FoldMap:
    """Carries offsets in a folded copy back to the text: each dropped character shifts what follows, and
    each ligature spelt out as two letters maps both back to itself."""

    __slots__ = ("_shifts", "_added")

    def __init__(self, dropped: list[int], added: list[int] = ()):
        # The folded offset at which the k-th dropped character would have stood.
        self._shifts = [position - k for k, position in enumerate(dropped)]
        self._added = list(added)  # offsets, in the spelt-out text, of the second letter of each ligature

    def __call__(self, folded_offset: int) -> int:
        spelt = folded_offset + bisect.bisect_right(self._shifts, folded_offset)
        return spelt - bisect.bisect_right(self._added, spelt) if self._added else spelt


def plain(text: str) -> str:
    """A text without harakat, tatweel and invisible marks, its letters as written."""
    return _DROPPED.sub("", text)


def fold(text: str) -> str:
    """The copy of a text that search compares."""
    return _fold_kept(_DROPPED.sub("", _spelt_out(text)[0]))


def fold_with_map(text: str) -> tuple[str, FoldMap]:
    """(folded, back): `back(i)` is the offset in `text` of folded character `i`."""
    text, added = _spelt_out(text)
    dropped = [match.start() for match in _DROPPED.finditer(text)]
    return _fold_kept(_DROPPED.sub("", text) if dropped else text), FoldMap(dropped, added)


def _spelt_out(text: str) -> tuple[str, list[int]]:
    """Lam-alef ligatures (presentation forms) as the two letters they are, with where the second ones stand."""
    if not _LAM_ALEF_FORMS.search(text):
        return text, []
    pieces, added, done = [], [], 0
    for match in _LAM_ALEF_FORMS.finditer(text):
        pieces.append(text[done:match.start()])
        position = sum(len(piece) for piece in pieces)
        pieces.append(_LAM_ALEF[match.group()])
        added.append(position + 1)
        done = match.end()
    pieces.append(text[done:])
    return "".join(pieces), added


def _protected_maqsura(kept: str) -> list[int]:
    """Offsets of the ى in على, إلى, لدى, متى (with و/ف before), standing as whole words.

    Found from each ى outwards rather than by a pattern with look-arounds run over the whole text: an article
    has a few dozen ى, and that pattern (checked equal on ANT and random strings) took a tenth of an import."""
    found = []
    at = kept.find("ى")
    while at != -1:
        if at + 1 == len(kept) or not kept[at + 1].isalnum():
            begin = at
            while begin > 0 and kept[begin - 1].isalnum():
                begin -= 1
            if 2 <= at - begin <= 3 and _ALEF_MAQSURA_WORD.fullmatch(kept, begin, at + 1):
                found.append(at)
        at = kept.find("ى", at + 1)
    return found


def _hamza_seat_after_alef(kept: str) -> str:
    """قايد, دايرة: the ي after ا before another letter is a hamza seat, folded to ء (as _YA_AFTER_ALEF says;
    found with str.find, which is several times faster than the look-arounds over a whole article)."""
    pieces, done = [], 0
    at = kept.find("اي")
    while at != -1:
        ya = at + 1
        following = kept[ya + 1:ya + 2]
        if following and following.isalnum() and not following.isdecimal():
            pieces += (kept[done:ya], "ء")
            done = ya + 1
        at = kept.find("اي", ya)
    return "".join(pieces) + kept[done:] if pieces else kept


def _fold_kept(kept: str) -> str:
    protected = _protected_maqsura(kept) if "ى" in kept else []
    for variant, letter in _FOLD_PAIRS:
        if variant in kept:
            kept = kept.replace(variant, letter)
    kept = _hamza_seat_after_alef(kept) if "اي" in kept else kept
    if protected:  # put back the ى of على and its kin; every step above kept each letter where it stood
        pieces, done = [], 0
        for position in protected:
            pieces += (kept[done:position], "ى")
            done = position + 1
        kept = "".join(pieces) + kept[done:]
    lowered = kept.lower()
    if len(lowered) == len(kept):
        kept = lowered
    else:  # a letter whose lower case is longer (İ): lower the others one by one
        kept = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in kept)
    return _FINAL_TA_MARBUTA.sub("ه", kept)


def letters(word: str) -> list[tuple[str, int]]:
    """The base letters of a word with their offsets; marks and tatweel ride on the letter before."""
    return [(ch, offset) for offset, ch in enumerate(word) if _LETTER.match(ch)]


def _definite(plain: str):
    """The proclitics-before-ال match of a word's letters, when a real stem (2+ letters) follows ال."""
    match = _DEFINITE.match(plain)
    return match if match and len(plain) - match.end() >= _MIN_STEM else None


def proclitic_splits(word: str) -> list[int]:
    """Offsets inside `word` where its stem may start, the whole word (0) first.

    وبالعراق -> [0, 1, 2] (وبالعراق, بالعراق, العراق); بواشنطن -> [0, 1];
    للعراق -> [0]: ل + ال lost its alef, so no split leaves a real word.
    """
    base = letters(word)
    plain = "".join(ch for ch, _ in base)
    splits = [0]
    if plain.startswith("لل") or plain[1:3] == "لل" and plain[0] in CONJUNCTIONS:
        return splits
    definite = _definite(plain)
    if definite:
        cuts = [len(definite.group(1)), definite.end() - 2] if definite.group(1) and definite.group(2) else [definite.end() - 2]
        splits += [base[cut][1] for cut in cuts if cut > 0]
    else:
        if len(plain) - 1 >= _MIN_STEM + 1 and plain[0] in CONJUNCTIONS + PREPOSITIONS:
            splits.append(base[1][1])
        if len(plain) - 2 >= _MIN_STEM + 1 and plain[0] in CONJUNCTIONS and plain[1] in PREPOSITIONS:
            splits.append(base[2][1])
    return sorted(set(splits))


def stem_start(word: str, known: Callable[[str], bool] | None = None, evidence: WordEvidence | None = None) -> int:
    """Where an entity inside `word` starts by default: after the deepest proclitic the evidence supports.

    والعراق -> العراق (العراق stands alone in the news), بتونس -> تونس, but بغداد, لبنان, وليد,
    كاليفورنيا stay whole (غداد، بنان، ليد، اليفورنيا stand nowhere). A rest the project has tagged on
    its own settles it (بواشنطن once واشنطن is tagged). A word the project knows whole does not keep its
    proclitic when the evidence separates it: corpora that tag whole tokens (والعراق) teach nothing here.
    """
    splits = proclitic_splits(word)
    if len(splits) == 1:
        return 0
    evidence = evidence or shipped_evidence()
    whole = fold(word)
    for split in reversed(splits[1:]):
        rest = fold(word[split:])
        if (known and known(rest)) or evidence.separable(whole, rest, fold(word[:split])):
            return split
    return 0


def tokens(folded: str) -> list[str]:
    return _TOKEN.findall(folded)


def search_terms(text: str) -> str:
    """What the search index holds for a text: its folded copy (proclitics are handled by `word_forms`)."""
    return fold(text)


def word_forms(word: str) -> list[str]:
    """A folded query word as it may stand in a text behind proclitics, itself first.

    The index holds words as written, so العراق is looked up as العراق,
    والعراق, بالعراق, وبالعراق … and, since ل + ال drops the alef, للعراق.
    """
    forms = [word] + [prefix + word for prefix in _PROCLITIC_PREFIXES]
    if word.startswith("ال") and len(word) > 2:
        forms += [conjunction + "لل" + word[2:] for conjunction in ("", *CONJUNCTIONS)]
    return forms

def snap_entity(
    text: str, start: int, end: int, *, exact: bool = False, separate_clitics: bool = True,
    known: Callable[[str], bool] | None = None, evidence: WordEvidence | None = None,
) -> tuple[int, int] | None:
    """The entity an analyst meant: whole words, edges clean, proclitics of the first word left out.

    `exact` keeps the selected characters (still whole graphemes, no blanks
    at the edges); `separate_clitics=False` keeps whole tokens, as ANERcorp
    and Wojood do (وإسرائيل is one B-LOC token).
    """
    span = snap_selection(text, start, end, whole_words=not exact)
    if span is None or exact or not separate_clitics:
        return span
    start, end = span
    word_start, word_end = word_around(text, start)
    stem = word_start + stem_start(text[word_start:word_end], known, evidence)
    # A proclitic split only ever moves the start inward (a mark before it may belong to a space).
    return (stem, end) if start < stem < end else span


def next_split(text: str, start: int, end: int) -> tuple[int, int]:
    """The span with its first word split at the next proclitic boundary, cycling back to the whole word."""
    word_start, word_end = word_around(text, start)
    starts = [word_start + split for split in proclitic_splits(text[word_start:word_end]) if word_start + split < end]
    following = [candidate for candidate in starts if candidate > start]
    return (following[0] if following else starts[0]), end


def whole_token(text: str, start: int, end: int) -> tuple[int, int]:
    """The span grown to whole tokens, proclitics included (the corpora's style)."""
    return word_around(text, start)[0], word_around(text, end - 1)[1] if end > start else end
