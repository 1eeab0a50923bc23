"""Whether a first letter is a proclitic, decided from how often the word stands with and without it.

بتونس: تونس stands alone in far more articles than بتونس, so ب is "in"; بغداد: غداد stands nowhere, so
بغداد is one word; كريم: ريم is rarer than كريم, so the word is not "like Reem". The counts are the
shipped lexicon's (news articles, resources/lexicon) plus the project's own (its search index), so a
newsroom's own names weigh in. ف rarely joins a name (it joins clauses: فيصل is not "so + arrives"),
and ك rarely; they need much stronger evidence than ب and ل, and و, which joins names in every list, least. A name the project has tagged on its own
(بواشنطن once واشنطن is tagged) settles it.
"""

from __future__ import annotations

import functools
import gzip
from collections.abc import Callable

from annotator.core import paths

# How many times more often the rest must stand alone than the whole word, by proclitic: و joins names
# in every list («الولايات المتحدة وكندا»), ف and ك hardly ever.
_RATIO = {"و": 0.5, "ف": 20, "ك": 5}
_DEFAULT_RATIO = 2
_MIN_ALONE = 2  # articles the rest must stand alone in at all


class WordEvidence:
    """Document frequencies of folded word forms: the lexicon's, and the project's where given."""

    def __init__(self, lexicon: dict[str, int], project: Callable[[str], int] | None = None):
        self._lexicon = lexicon
        self._project = project

    def frequency(self, form: str) -> int:
        return self._lexicon.get(form, 0) + (self._project(form) if self._project else 0)

    def with_project(self, project: Callable[[str], int]) -> "WordEvidence":
        return WordEvidence(self._lexicon, project)

    def separable(self, whole: str, rest: str, proclitic: str) -> bool:
        """Whether folded `whole` is `proclitic` + `rest` rather than one word."""
        alone = self.frequency(rest)
        if rest.startswith("ال"):
            # والعراق, but not كاليفورنيا (اليفورنيا stands nowhere) nor والي (ال + one letter is no word)
            return len(rest) >= 4 and alone > 0
        ratio = _RATIO.get(proclitic[-1:], _DEFAULT_RATIO) if len(proclitic) == 1 else _DEFAULT_RATIO
        return alone >= _MIN_ALONE and alone >= ratio * max(1, self.frequency(whole))


@functools.cache
def shipped() -> WordEvidence:
    """The lexicon shipped with the annotator, read once."""
    lexicon: dict[str, int] = {}
    path = paths.resources_dir() / "lexicon" / "word-forms.tsv.gz"
    if path.exists():
        # Read whole and split at once: twice as fast as a line loop, and the window's first tag waits for it.
        text = gzip.decompress(path.read_bytes()).decode("utf-8")
        while text.startswith("#"):  # the header says how many documents the counts come from
            text = text[text.find("\n") + 1:] if "\n" in text else ""
        fields = text.replace("\n", "\t").split("\t")
        if fields and fields[-1] == "":
            fields.pop()
        lexicon = dict(zip(fields[0::2], map(int, fields[1::2])))
    return WordEvidence(lexicon)


def project_frequencies(conn) -> Callable[[str], int]:
    """Document frequency of a folded form in the project, from its search index (FTS5's vocabulary)."""
    conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_vocabulary USING fts5vocab(main, 'search_index', 'row')")

    @functools.lru_cache(maxsize=4096)
    def frequency(form: str) -> int:
        row = conn.execute("SELECT doc FROM temp.search_vocabulary WHERE term = ?", (form,)).fetchone()
        return row[0] if row else 0

    return frequency
