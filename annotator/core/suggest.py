"""Pre-annotation the analyst accepts or rejects: other occurrences, the project's gazetteer, quotes from cues.

Every suggestion enters the project marked `suggested`, with its kind as its source: the window
shows it faded, export leaves it out, and accepting it (core.ops) makes it
the analyst's own. Matching goes through the same folding as search, so
بلينكن finds بلينكن, وبلينكن and بِلينكن alike.
"""

from __future__ import annotations

import bisect
import functools
import itertools

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from annotator.core import ops, quotes
from annotator.core.arabic import fold, fold_with_map
from annotator.core.label_kinds import PERSON, label_of_kind, speaker_kinds
from annotator.core.quotes import QuoteSuggestion
from annotator.core.model import Document
from annotator.core.search import find_in_text
from annotator.core.store import Project
from annotator.core.text import is_grapheme_boundary

_WORD = re.compile(r"[^\W_]+")
_MAX_NAME_WORDS = 6


@dataclass(frozen=True)
class EntitySuggestion:
    start: int
    end: int
    label: str
    kind: str = "gazetteer"  # the annotation's source once accepted (CONTRACT §2)
    confidence: float | None = None  # the entity model's, for its suggestions


# --- names: occurrences and the gazetteer -----------------------------------------------


# Words no name is made of: an imported corpus that tagged على as a person teaches nothing.
STOP_WORDS = frozenset(fold(word) for word in (
    "على إلى الى في من عن مع بين أن إن ما لا لم لن قد هذا هذه ذلك تلك التي الذي الذين هو هي هم كان كانت "
    "أو ثم حتى كل بعد قبل عند منذ خلال حول ضد لدى غير بل لكن أي إذا إذ كما وقد وفي ومن وعلى "
    "أنا نحن أنت أنتم هما هن").split())


class Gazetteer:
    """The project's names (folded) and how often analysts gave each label to them, kept current as they
    tag and delete, so a name whose last annotation is gone is offered no more."""

    def __init__(self):
        self._counts: dict[str, Counter] = defaultdict(Counter)

    @classmethod
    def of(cls, project: Project) -> "Gazetteer":
        gazetteer = cls()
        for text, label, count in project.conn.execute(
                "SELECT text, label, COUNT(*) FROM entities WHERE suggested = 0 GROUP BY text, label"):
            gazetteer.add(text, label, count)
        return gazetteer

    def add(self, text: str, label: str, count: int = 1) -> None:
        key = _key(text)
        if _is_name(key):
            self._counts[key][label] += count

    def remove(self, text: str, label: str) -> None:
        key = _key(text)
        labels = self._counts.get(key)
        if labels is not None:
            labels[label] -= 1
            if labels[label] <= 0:
                del labels[label]
            if not labels:
                del self._counts[key]

    def __contains__(self, folded: str) -> bool:
        return folded in self._counts

    def names(self) -> dict[str, str]:
        """Folded name -> the label used most for it."""
        return {name: labels.most_common(1)[0][0] for name, labels in self._counts.items()}


def project_gazetteer(project: Project) -> dict[str, str]:
    """Folded entity text -> the label analysts used most for it (accepted annotations only)."""
    return Gazetteer.of(project).names()


@functools.lru_cache(maxsize=65536)
def _key(text: str) -> str:
    # Names repeat (a document of 50,000 spans holds a few thousand different ones): fold each once.
    return " ".join(_WORD.findall(fold(text)))


def _is_name(key: str) -> bool:
    """No stop-word and no one- or two-letter remnant (ين left of بين) is a name to offer."""
    letters = key.replace(" ", "")
    return len(letters) > 2 and key not in STOP_WORDS and not letters.isdigit()


def find_names(text: str, names: dict[str, str]) -> list[EntitySuggestion]:
    """Every occurrence of the names in `text`, longest first, proclitics left outside the span."""
    if not names:
        return []
    longest = max(len(name.split()) for name in names)
    folded, back = fold_with_map(text)
    words = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(folded)]
    found = []
    index = 0
    while index < len(words):
        hit = _name_at(words, index, longest, names)
        if hit is None:
            index += 1
            continue
        length, skip, label = hit
        start = back(words[index][1] + skip)
        end = _grapheme_end(text, back(words[index + length - 1][2] - 1) + 1)
        found.append(EntitySuggestion(start, end, label))
        index += length
    return found


def _name_at(words, index: int, longest: int, names: dict[str, str]):
    """(words, letters of proclitic to skip, label) of the longest name starting at `index`."""
    for length in range(min(longest, len(words) - index), 0, -1):
        tail = [w for w, _, _ in words[index + 1:index + length]]
        first = words[index][0]
        for skip, head in _heads(first):
            label = names.get(" ".join([head, *tail]))
            if label:
                return length, skip, label
    return None


def _heads(word: str):
    """The word itself, then what it may be behind a proclitic (as (letters skipped, rest))."""
    yield 0, word
    if len(word) > 2 and word[0] in "وفبكل":
        yield 1, word[1:]
        if len(word) > 3 and word[0] in "وف" and word[1] in "بكل":
            yield 2, word[2:]


def _grapheme_end(text: str, end: int) -> int:
    while end < len(text) and not is_grapheme_boundary(text, end):
        end += 1
    return end


def other_occurrences(document: Document, start: int, end: int, label: str, *, folded=None,
                      evidence=None) -> list[EntitySuggestion]:
    """Where else in the document the name at `start`-`end` stands, not yet tagged with that label nor
    inside a longer name of that label (حسين inside an accepted فؤاد حسين is no new name).

    `folded`: the document's `fold_with_map`, if the caller keeps it, so a long article is folded once.
    """
    same = sorted([(e.start, e.end) for e in document.entities if e.label == label] + [(start, end)])
    starts = [s for s, _ in same]
    reach = list(itertools.accumulate((e for _, e in same), max))  # the furthest end of a span starting so far
    # [a, b) lies inside a span of the label when one starting at or before a reaches b: one bisect per
    # mention, where comparing with every span took seconds in an article of 50,000 names.
    return [
        EntitySuggestion(a, b, label, "occurrence")
        for a, b in find_in_text(document.text, document.text[start:end], folded=folded, evidence=evidence)
        if not ((i := bisect.bisect_right(starts, a)) and reach[i - 1] >= b)
    ]


def gazetteer_suggestions(document: Document, gazetteer: dict[str, str]) -> list[EntitySuggestion]:
    """Names the project already knows, found in this document where nothing covers them yet."""
    taken = [(e.start, e.end) for e in document.entities]
    return [s for s in find_names(document.text, gazetteer) if not any(a < s.end and s.start < b for a, b in taken)]


def speakers_to_link(document: Document, entity) -> list[tuple[int, int]]:
    """(quote id, entity id) for suggested quotes whose speaker, written as text, is this newly tagged name
    («حسين», «وزير الخارجية فؤاد حسين» once فؤاد حسين is tagged): linked to its mention nearest before them."""
    name = _key(entity.text)
    waiting = []
    for quote in document.quotes:
        said = _key(quote.speaker_text or "")
        if quote.speaker is None and said and (said == name or said.endswith(" " + name)):
            waiting.append(quote)
    if not waiting:  # the usual case: no quote waits for this name, and its mentions need not be gathered
        return []
    mentions = [e for e in document.entities if e.label == entity.label and _key(e.text) == name]
    links = []
    for quote in waiting:
        before = [e for e in mentions if e.end <= quote.start] or mentions
        links.append((quote.id, before[-1].id))
    return links


def add_entity_suggestions(project: Project, key: int, suggestions: list[EntitySuggestion], *, annotator: str | None) -> list[ops.Change]:
    """Store the suggestions, except those the analyst has rejected there (same span, same label) before."""
    rejected = project.rejections(key)
    with project.transaction():  # one durable commit for them all
        return [
            ops.add_entity(project, key, s.start, s.end, s.label, annotator=annotator, source=s.kind, suggested=True,
                           confidence=s.confidence)
            for s in suggestions if (s.start, s.end, s.label) not in rejected
        ]


def _speaker_words(text: str, quote: QuoteSuggestion) -> tuple[int, int] | None:
    """Where the words naming a quote's untagged speaker stand: after its cue (before the quote), else just
    before the cue («لكن الوزارة قالت»)."""
    if quote.speaker_span is not None:
        return quote.speaker_span
    if not quote.speaker_text or quote.cue is None:
        return None
    at = text.find(quote.speaker_text, quote.cue[1], max(quote.cue[1], quote.start))
    if at < 0:
        at = text.rfind(quote.speaker_text, max(0, quote.cue[0] - 300), quote.cue[0])
    return (at, at + len(quote.speaker_text)) if at >= 0 else None


def _offered_name(document: Document, span: tuple[int, int] | None, kinds: dict[str, str]):
    """The suggested name of a speaker's label inside the words that name the speaker, the longest."""
    if span is None:
        return None
    # the name closes the words and makes most of them («الأمير محمد بن سلمان»); «رئيس وزراء سنغافورة» is
    # no country speaking
    words = len(_WORD.findall(document.text[span[0]:span[1]]))
    inside = [e for e in document.entities if e.suggested and e.label in kinds
              and span[0] <= e.start and e.end == span[1] and 2 * len(_WORD.findall(e.text)) >= words]
    return max(inside, key=lambda e: (e.end - e.start, -e.start), default=None)


def _around(longer: EntitySuggestion, shorter: EntitySuggestion) -> bool:
    """Whether `longer` holds `shorter`, is longer and has its label."""
    return longer.label == shorter.label and longer.start <= shorter.start and shorter.end <= longer.end \
        and (longer.start, longer.end) != (shorter.start, shorter.end)


# --- quotes from verbs of saying (core.quotes) --------------------------------------------------

quote_suggestions = quotes.quote_suggestions


def add_quote_suggestions(project: Project, key: int, suggestions: list[QuoteSuggestion], *, annotator: str | None) -> list[ops.Change]:
    """Quotes offered with their speakers linked: a speaker named in the text but not tagged yet is offered
    as a person of its own (the schema's PERSON, PERS, …), accepted with the quote; a schema with no label for
    persons keeps the speaker as text."""
    kinds = speaker_kinds(project.schema().labels)
    person_label = label_of_kind(kinds, PERSON)
    document = project.document(key)
    existing = [(q.start, q.end) for q in document.quotes]
    taken = [(e.start, e.end) for e in document.entities]
    changes = []
    for s in suggestions:
        if any(a < s.end and s.start < b for a, b in existing):
            continue
        speaker, speaker_text = s.speaker, s.speaker_text
        offered = _offered_name(document, _speaker_words(document.text, s), kinds) if speaker is None else None
        if offered is not None:  # «الأمير محمد بن سلمان» already offered as a name (the model's, the gazetteer's)
            speaker, speaker_text = offered.id, None
        elif speaker is None and person_label and s.speaker_span is not None and not any(a < s.speaker_span[1] and s.speaker_span[0] < b for a, b in taken):
            person = ops.add_entity(project, key, *s.speaker_span, person_label, annotator=annotator, source="quote", suggested=True)
            changes.append(person)
            speaker, speaker_text = person.edits[0].after["id"], None
            taken.append(s.speaker_span)
        changes.append(ops.add_quote(
            project, key, s.start, s.end, speaker=speaker, speaker_text=speaker_text, cue=s.cue,
            annotator=annotator, source="quote", suggested=True,
        ))
    return changes


def suggest_document(project: Project, key: int, *, annotator: str | None, gazetteer: dict[str, str] | None = None,
                     model_names: list[EntitySuggestion] = (), model_annotator: str | None = "model") -> list[ops.Change]:
    """Names first (they may become speakers), then quotes. The gazetteer's names and the entity model's
    (`model_names`, already computed) are offered side by side; where the model finds a longer name of the same
    label around the gazetteer's (محمد بن سلمان around محمد), the longer one is offered instead."""
    document = project.document(key)
    known = gazetteer_suggestions(document, gazetteer if gazetteer is not None else project_gazetteer(project))
    known = [s for s in known if not any(_around(name, s) for name in model_names)]
    learnt = [name for name in model_names if not any(s.start < name.end and name.start < s.end for s in known)]
    changes = add_entity_suggestions(project, key, known, annotator=annotator)
    changes += add_entity_suggestions(project, key, learnt, annotator=model_annotator)
    document = project.document(key)
    kinds = speaker_kinds(project.schema().labels)
    changes += add_quote_suggestions(project, key, quote_suggestions(document, kinds), annotator=annotator)
    return changes
