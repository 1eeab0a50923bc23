"""What the sequence model sees of each token.

Arabic needs more than the word: the folded spelling (hamza seats, ta marbuta, harakat aside) so variants
share weights, the word without its proclitics (و ف ب ل ك and ال) so والعراق and بالعراق teach the same thing
as العراق, its first and last letters (nisba ـي, feminine ـة, plural ـون/ـين), whether it holds Latin letters
or digits, the same for its neighbours, and whether the project's accepted names (its gazetteer) contain it.
"""

from __future__ import annotations

import re

from annotator.core.arabic import fold

_PROCLITIC = re.compile(r"^(?:[وف]?(?:[بكل]?ال|[بكل])|[وف])(?=\w{2,})")
_LATIN = re.compile(r"[A-Za-z]")
_DIGIT = re.compile(r"\d")


def stem(folded: str) -> str:
    """The folded word without its leading proclitics (والعراق → عراق, بمصر → مصر); short words are kept."""
    stripped = _PROCLITIC.sub("", folded, count=1)
    return stripped if len(stripped) >= 2 else folded


def shape(word: str) -> str:
    if _DIGIT.search(word):
        return "digit"
    if _LATIN.search(word):
        return "latin"
    if not any(ch.isalpha() for ch in word):
        return "punct"
    return "arabic"


def token_features(words: list[str], gazetteer: dict[str, str] | None = None,
                   classes: dict[str, tuple[str, str]] | None = None,
                   clusters: dict[str, list[str]] | None = None) -> list[list[str]]:
    """One list of string features per token (python-crfsuite's input); `classes` maps a folded stem to its
    usual company (the stems most often just before and just after it) and `clusters` to its word classes
    (core.learn.vectors), both learnt without labels from the project's articles, so a name never tagged
    still looks like the names that were."""
    gazetteer = gazetteer or {}
    classes = classes or {}
    clusters = clusters or {}
    folded = [fold(word) for word in words]
    stems = [stem(f) for f in folded]
    rows = []
    for i, (word, f, s) in enumerate(zip(words, folded, stems)):
        row = ["bias", f"w={f}", f"s={s}", f"p1={s[:1]}", f"p2={s[:2]}", f"p3={s[:3]}", f"x1={s[-1:]}",
               f"x2={s[-2:]}", f"x3={s[-3:]}", f"shape={shape(word)}", f"len={min(len(s), 8)}"]
        # The whole word's first and last letters too: ال and the proclitics say much about a name.
        row += [f"wp2={f[:2]}", f"wx2={f[-2:]}", f"p4={f[:4]}", f"x4={f[-4:]}"]
        if f != s:
            row.append(f"clitic={f[:len(f) - len(s)]}")
        if clusters:
            row += [f"k{cluster}" for cluster in clusters.get(s, ("none",))]
        if s in gazetteer:
            row.append(f"gaz={gazetteer[s]}")
        if s in classes:
            left, right = classes[s]
            row += [f"cl={left}", f"cr={right}"]
        for offset in (-2, -1, 1, 2):
            j = i + offset
            if 0 <= j < len(words):
                row += [f"{offset}:s={stems[j]}", f"{offset}:shape={shape(words[j])}"]
                if abs(offset) == 1:
                    row.append(f"{offset}:w={folded[j]}")
                    if clusters:
                        row += [f"{offset}:k{cluster}" for cluster in clusters.get(stems[j], ("none",))[:2]]
                if stems[j] in gazetteer:
                    row.append(f"{offset}:gaz={gazetteer[stems[j]]}")
                if stems[j] in classes and abs(offset) == 1:
                    left, right = classes[stems[j]]
                    row += [f"{offset}:cl={left}", f"{offset}:cr={right}"]
            else:
                row.append(f"{offset}:edge")
        if 0 < i and 0 < i + 1 < len(words):
            row.append(f"-1|+1={stems[i - 1]}|{stems[i + 1]}")
        rows.append(row)
    return rows
