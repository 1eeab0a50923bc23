"""Arabic-aware search: the index finds candidate documents, the folded text with its map finds exact spans.

A query matches whatever folds to the same letters (harakat, tatweel, alef
forms, ى/ي, final ة/ه, Persian letters, digits), also behind proclitics:
العراق finds والعراق and بالعراق, and the match covers the word without the
proclitic. Offsets are code points of the stored text (CONTRACT §1).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import regex

from annotator.core.arabic import fold, fold_with_map, tokens, word_forms
from annotator.core.arabic import plain as plain_spelling
from annotator.core.evidence import WordEvidence, project_frequencies
from annotator.core.evidence import shipped as shipped_evidence
from annotator.core.text import is_grapheme_boundary


@dataclass(frozen=True)
class Match:
    document: str  # the document's id
    key: int
    start: int
    end: int
    text: str


def search(project, query: str, *, exact_only: bool = False) -> Iterator[Match]:
    """Every match in the project: those spelt exactly as the query (harakat and tatweel aside) first,
    document by document in import order, then the variant spellings (unless `exact_only`)."""
    fts_query = _index_query(query)
    if fts_query is None:
        return
    candidates = project.conn.execute(
        "SELECT s.rowid, d.id, t.text FROM search_index s JOIN documents d ON d.key = s.rowid "
        "JOIN texts t ON t.document = s.rowid WHERE search_index MATCH ? ORDER BY s.rowid",
        (fts_query,),
    )
    evidence = project_evidence(project)
    wanted = spelling(query)
    variants = []
    for key, document_id, text in candidates:
        for start, end in find_in_text(text, query, evidence=evidence):
            match = Match(document_id, key, start, end, text[start:end])
            if spelling(match.text) == wanted:
                yield match
            elif not exact_only:
                variants.append(match)
    yield from variants


def spelling(text: str) -> str:
    """A word as spelt, harakat, tatweel and direction marks aside: what "exact spelling" compares."""
    return " ".join(plain_spelling(text).split())


def project_evidence(project) -> WordEvidence:
    """The shipped word counts with the project's own (its search index) added."""
    cached = getattr(project, "_word_evidence", None)
    if cached is None:
        cached = project._word_evidence = shipped_evidence().with_project(project_frequencies(project.conn))
    return cached


def count_documents(project, query: str) -> int:
    """How many documents hold every word of the query somewhere (before exact checking)."""
    fts_query = _index_query(query)
    if fts_query is None:
        return 0
    return project.conn.execute("SELECT COUNT(*) FROM search_index WHERE search_index MATCH ?", (fts_query,)).fetchone()[0]


def _index_query(query: str) -> str | None:
    """FTS5 query: every word, each in any of its proclitic forms (the index holds words as written)."""
    words = tokens(fold(query))
    if not words:
        return None
    return " AND ".join("(" + " OR ".join(f'"{form}"' for form in word_forms(word)) + ")" for word in words)


def find_in_text(text: str, query: str, *, folded=None, evidence: WordEvidence | None = None) -> list[tuple[int, int]]:
    """Spans of `text` that match `query`, proclitics left outside the span.

    A one-letter proclitic counts only where the evidence separates it (بمصر is ب + مصر; كريم is no
    ك + ريم, كندا no ك + ندا). `folded`: the text's `fold_with_map` result when the caller keeps it.
    """
    words = tuple(tokens(fold(query)))
    pattern = _pattern(words)
    if pattern is None:
        return []
    evidence = evidence or shipped_evidence()
    folded, back = folded or fold_with_map(text)
    spans = []
    for match in pattern.finditer(folded):
        group = "hit" if match.group("hit") is not None else "fused"
        start, end = match.span(group)
        prefix = folded[match.start():start]
        if group == "hit" and prefix and not words[0].startswith("ال") and _one_word(prefix + words[0], words[0], prefix, evidence):
            continue
        spans.append(_surface(text, back(start), back(end - 1) + 1))
    return spans


def _one_word(whole: str, rest: str, prefix: str, evidence: WordEvidence) -> bool:
    """كريم for ريم: the whole token is a word the news uses more than the proclitic reading allows.
    An unattested token gets the benefit of the doubt: the query itself says the rest is a word."""
    return evidence.frequency(whole) > 0 and not evidence.separable(whole, rest, prefix)


def _surface(text: str, start: int, end: int) -> tuple[int, int]:
    """Marks that follow the last letter belong to it: grow the end to a grapheme edge."""
    while end < len(text) and not is_grapheme_boundary(text, end):
        end += 1
    return start, end


@lru_cache(maxsize=128)
def _pattern(words: tuple[str, ...]):
    if not words:
        return None
    gap = r"[^\p{L}\p{N}]+"
    rest = "".join(gap + regex.escape(word) for word in words[1:])
    first = words[0]
    alternatives = [rf"[وف]?[بكل]?(?P<hit>{regex.escape(first)}{rest})"]
    if first.startswith("ال") and len(first) > 2:
        # ل + ال loses its alef (للعراق): the fused token is the match.
        alternatives.append(rf"[وف]?(?P<fused>لل{regex.escape(first[2:])}{rest})")
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{'|'.join(alternatives)})(?![\p{{L}}\p{{N}}])")
