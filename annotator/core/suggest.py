"""Pre-annotation the analyst accepts or rejects: other occurrences, the project's gazetteer, quotes from cues.

Every suggestion enters the project marked `suggested`, with its kind as its source: the window
shows it faded, export leaves it out, and accepting it (core.ops) makes it
the analyst's own. Matching goes through the same folding as search, so
بلينكن finds بلينكن, وبلينكن and بِلينكن alike.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from annotator.core import ops
from annotator.core.arabic import fold, fold_with_map
from annotator.core.model import Document
from annotator.core.search import find_in_text
from annotator.core.store import Project
from annotator.core.text import is_grapheme_boundary

SPEAKER_LABELS = ("PERSON", "ORG", "NORP", "GPE")
_WORD = re.compile(r"[^\W_]+")
_MAX_NAME_WORDS = 6


@dataclass(frozen=True)
class EntitySuggestion:
    start: int
    end: int
    label: str
    kind: str = "gazetteer"  # the annotation's source once accepted (CONTRACT §2)


@dataclass(frozen=True)
class QuoteSuggestion:
    start: int
    end: int
    cue: tuple[int, int]
    speaker: int | None = None  # an entity id of the document
    speaker_text: str | None = None


# --- names: occurrences and the gazetteer -----------------------------------------------


def project_gazetteer(project: Project) -> dict[str, str]:
    """Folded entity text -> the label analysts used most for it (accepted annotations only)."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for text, label, count in project.conn.execute(
        "SELECT text, label, COUNT(*) FROM entities WHERE suggested = 0 GROUP BY text, label"
    ):
        counts[_key(text)][label] += count
    return {name: labels.most_common(1)[0][0] for name, labels in counts.items() if name}


def _key(text: str) -> str:
    return " ".join(_WORD.findall(fold(text)))


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


def other_occurrences(document: Document, start: int, end: int, label: str, *, folded=None) -> list[EntitySuggestion]:
    """Where else in the document the name at `start`-`end` stands, not yet tagged with that label.

    `folded`: the document's `fold_with_map`, if the caller keeps it, so a long article is folded once.
    """
    tagged = {(e.start, e.end) for e in document.entities if e.label == label} | {(start, end)}
    return [
        EntitySuggestion(a, b, label, "occurrence")
        for a, b in find_in_text(document.text, document.text[start:end], folded=folded)
        if (a, b) not in tagged
    ]


def gazetteer_suggestions(document: Document, gazetteer: dict[str, str]) -> list[EntitySuggestion]:
    """Names the project already knows, found in this document where nothing covers them yet."""
    taken = [(e.start, e.end) for e in document.entities]
    return [s for s in find_names(document.text, gazetteer) if not any(a < s.end and s.start < b for a, b in taken)]


def add_entity_suggestions(project: Project, key: int, suggestions: list[EntitySuggestion], *, annotator: str | None) -> list[ops.Change]:
    with project.transaction():  # one durable commit for them all
        return [
            ops.add_entity(project, key, s.start, s.end, s.label, annotator=annotator, source=s.kind, suggested=True)
            for s in suggestions
        ]


# --- quotes from verbs of saying ---------------------------------------------------------

# Verbs that open a quote, folded (alef forms unified, harakat gone), with feminine forms.
_VERBS = {
    "قال", "قالت", "اضاف", "اضافت", "اكد", "اكدت", "اوضح", "اوضحت", "اشار", "اشارت", "تابع", "تابعت",
    "لفت", "لفتت", "اردف", "اردفت", "اعلن", "اعلنت", "ذكر", "ذكرت", "صرح", "صرحت", "شدد", "شددت",
    "اعتبر", "اعتبرت", "يقول", "تقول",
}
# Participles that add a quote to the clause before them: قائلاً، مشيراً، مضيفاً، مؤكداً …
_PARTICIPLES = {"قائلا", "قايلا", "مشيرا", "مضيفا", "مؤكدا", "موكدا", "موضحا", "لافتا", "مبينا", "معتبرا", "مشددا", "متابعا"}
# بيّن (explained) needs its shadda: unvocalised بين is "between".
_VOCALISED_ONLY = {"بين": "بيّن", "بينت": "بيّنت"}
_ATTRIBUTION = {"حسبما", "بحسب", "حسب", "وفق", "وفقا", "لما", "ما"}  # وفق ما ذكرت …: a source, not a quote
_THAT = {"ان", "انه", "انها", "انهم", "انهن", "بان", "بانه", "بانها"}
_OPENING = {"«": "»", "“": "”", '"': '"', "„": "“"}
_SENTENCE_END = re.compile(r"[!?؟\n]|\.(?!\d)")  # 618.6 is a number, not a full stop
# Folded, as the subject's first word is compared folded (إلى -> الي).
_PREPOSITIONS = {"في", "خلال", "بعد", "قبل", "عن", "الي", "علي", "امام", "لدي", "عبر", "من", "مع", "ل", "للصحفيين", "اليوم"}
# Days, times and "according to" end a speaker's name: قال ترامب الثلاثاء …، قال المتحدث وفقا لما …
_NAME_ENDS = {"السبت", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "امس", "مساء", "صباح",
              "وفقا", "وفق", "بحسب", "حسب", "عند", "عقب", "اثر", "حول", "بشان"}
_JOINERS = {"فيما", "كما", "بينما", "حين"}  # فيما أشار …: a second quote begins
_CLAUSE_STARTS = {"لكن", "ولكن", "بينما", "فيما", "كما", "اما", "واما"}
_MAX_SUBJECT_WORDS = 14  # beyond this the إن/أن belongs to another clause (…، يقول الكاتب، … بأن …)
_LOOKAHEAD = 220  # characters between the verb and its colon, إن/أن or quotation mark


def quote_suggestions(document: Document) -> list[QuoteSuggestion]:
    """Quotes proposed from verbs of saying: colon, quotation marks or إن/أن after verb and subject."""
    text = document.text
    folded, back = fold_with_map(text)
    words = list(_WORD.finditer(folded))
    speakers = sorted((e for e in document.entities if e.label in SPEAKER_LABELS), key=lambda e: e.start)
    found: list[QuoteSuggestion] = []
    taken_until = -1
    for index, word in enumerate(words):
        verb, participle = _cue(word.group(), text, back, word)
        if not (verb or participle) or word.start() < taken_until or _attributed(words, index):
            continue
        opening = _opening(folded, word.end(), participle)
        if opening is None:
            continue
        mode, boundary, content_start = opening
        if mode == "that" and len(_WORD.findall(folded, word.end(), boundary)) > _MAX_SUBJECT_WORDS:
            continue
        content_end = _content_end(folded, mode, content_start)
        if mode == "mark" and _a_quoted_name(folded, content_start, content_end):
            continue
        if mode == "that":
            content_end = _before_next_cue(folded, content_start, content_end)
        start, end = _trimmed(text, folded, back, content_start, content_end)
        if end - start < 8:
            continue
        cue_skip = 1 if word.group()[0] in "وف" and word.group()[1:] in _VERBS | _PARTICIPLES | set(_VOCALISED_ONLY) else 0
        cue = (back(word.start() + cue_skip), _grapheme_end(text, back(word.end() - 1) + 1))
        subject = (back(word.end()) if word.end() < len(folded) else len(text), back(boundary) if boundary < len(folded) else len(text))
        speaker, speaker_text = _speaker(text, subject, speakers, found, participle, back(word.start()))
        found.append(QuoteSuggestion(start, end, cue, speaker, speaker_text))
        taken_until = content_end
    return found


def _cue(token: str, text: str, back, word) -> tuple[bool, bool]:
    """(verb, participle) for a folded token, proclitic و/ف allowed."""
    for candidate in (token, token[1:] if token[:1] in ("و", "ف") else None):
        if not candidate:
            continue
        if candidate in _VERBS:
            return True, False
        if candidate in _PARTICIPLES:
            return False, True
        if candidate in _VOCALISED_ONLY:
            original = text[back(word.start()):back(word.end() - 1) + 1]
            return "\u0651" in original, False
    return False, False


def _attributed(words, index: int) -> bool:
    return any(words[i].group() in _ATTRIBUTION for i in range(max(0, index - 2), index))


def _opening(folded: str, after: int, participle: bool):
    """(mode, where the subject ends, where the quoted words start), or None if nothing opens a quote."""
    limit = min(len(folded), after + (40 if participle else _LOOKAHEAD))
    sentence_end = _SENTENCE_END.search(folded, after, limit)
    limit = sentence_end.start() if sentence_end else limit
    for match in re.finditer(r':|[«“"„]|[^\W_]+', folded[after:limit]):
        token = match.group()
        at = after + match.start()
        if token == ":":
            rest = len(folded[at + 1:]) - len(folded[at + 1:].lstrip(" "))
            following = at + 1 + rest
            if following < len(folded) and folded[following] in _OPENING:
                return ("mark", at, following + 1)
            return ("colon", at, following)
        if token in _OPENING:
            return ("mark", at, at + 1)
        if token in _THAT:
            return ("that", at, at + len(token) + 1)
    return None


def _content_end(folded: str, mode: str, start: int) -> int:
    if mode == "mark":
        opener = folded[start - 1]
        close = folded.find(_OPENING.get(opener, '"'), start)
        paragraph = folded.find("\n", start)
        if close != -1 and (paragraph == -1 or close < paragraph):
            return close
    if mode == "colon":
        paragraph = folded.find("\n", start)
        return len(folded) if paragraph == -1 else paragraph
    sentence = _SENTENCE_END.search(folded, start)
    return sentence.start() if sentence else len(folded)


def _a_quoted_name(folded: str, start: int, end: int) -> bool:
    """Two or three words in quotation marks with the sentence going on: a title or a name, not speech."""
    after = folded[end + 1:end + 40].lstrip()
    return len(_WORD.findall(folded, start, end)) <= 3 and not (after[:1] in ("", ".", "\n", "،", ":"))


def _before_next_cue(folded: str, start: int, end: int) -> int:
    """Indirect speech ends where the sentence turns to another verb of saying (…، فيما أشار إلى أن …)."""
    previous = None
    for match in _WORD.finditer(folded, start, end):
        token = match.group()
        joined = previous is not None and previous.group() in _JOINERS
        if (joined and token in _VERBS) or (token[:1] == "و" and token[1:] in _VERBS):
            return previous.start() if joined else match.start()
        previous = match
    return end


def _trimmed(text: str, folded: str, back, start: int, end: int) -> tuple[int, int]:
    """Original offsets of the quoted words, without spaces, closing marks or final punctuation."""
    while start < end and not folded[start].isalnum() and folded[start] not in "«“\"":
        start += 1
    while end > start and (folded[end - 1].isspace() or folded[end - 1] in ".،,؛;:!?؟»”\""):
        end -= 1
    if start >= end:
        return 0, 0
    return back(start), _grapheme_end(text, back(end - 1) + 1)


def _speaker(text, subject, speakers, found, participle: bool, cue_start: int):  # cue_start: the verb with its proclitic
    """Who said it: a person or organisation named after the verb; else the named subject
    after it, or before it (لكن الولايات المتحدة قالت …); else who spoke last, close by."""
    a, b = subject
    named = [e for e in speakers if a <= e.start and e.end <= b]
    if named and not participle:
        return named[0].id, None
    if not participle:
        phrase = _name_phrase(text[a:b].replace("،", " ، ").replace(",", " , ").split())
        if phrase:
            return None, phrase
        before = _clause_subject(text, cue_start)
        if before:
            return None, before
    near = [q for q in found if _adjacent(text, q.end, cue_start)]
    if near:
        return near[-1].speaker, near[-1].speaker_text
    earlier = [e for e in speakers if e.end <= cue_start and "\n" not in text[e.end:cue_start]]
    return (earlier[-1].id, None) if earlier else (None, None)


def _adjacent(text: str, earlier_end: int, cue_start: int) -> bool:
    """No whole paragraph of other text stands between the last quote and this verb."""
    return not any(line.strip() for line in text[earlier_end:cue_start].split("\n")[1:-1])


def _name_phrase(words: list[str]) -> str | None:
    """The first words up to a preposition, a comma or a time word, if they are few enough to be a name."""
    kept = []
    for word in words:
        folded = fold(word)
        if word in "،,:" or folded in _PREPOSITIONS or folded in _NAME_ENDS:
            break
        kept.append(word)
    return " ".join(kept).strip("\u200f\u200e") if kept and len(kept) <= _MAX_NAME_WORDS else None


def _clause_subject(text: str, cue_start: int) -> str | None:
    """A short noun phrase between the clause's start and the verb (subject first, as in لكن الوزارة قالت)."""
    line_start = text.rfind("\n", 0, cue_start) + 1
    before = text[line_start:cue_start].replace("،", " ، ").split()
    phrase: list[str] = []
    for word in reversed(before):
        if word in "،,." or fold(word) in _CLAUSE_STARTS:
            break
        phrase.insert(0, word)
    if not phrase or len(phrase) > 4 or fold(phrase[0]) in _PREPOSITIONS:
        return None
    return _name_phrase(phrase)


def add_quote_suggestions(project: Project, key: int, suggestions: list[QuoteSuggestion], *, annotator: str | None) -> list[ops.Change]:
    document = project.document(key)
    existing = [(q.start, q.end) for q in document.quotes]
    changes = []
    for s in suggestions:
        if any(a < s.end and s.start < b for a, b in existing):
            continue
        changes.append(ops.add_quote(
            project, key, s.start, s.end, speaker=s.speaker, speaker_text=s.speaker_text, cue=s.cue,
            annotator=annotator, source="quote", suggested=True,
        ))
    return changes


def suggest_document(project: Project, key: int, *, annotator: str | None, gazetteer: dict[str, str] | None = None) -> list[ops.Change]:
    """Gazetteer names first (they may become speakers), then quotes."""
    document = project.document(key)
    changes = add_entity_suggestions(
        project, key, gazetteer_suggestions(document, gazetteer if gazetteer is not None else project_gazetteer(project)),
        annotator=annotator,
    )
    document = project.document(key)
    changes += add_quote_suggestions(project, key, quote_suggestions(document), annotator=annotator)
    return changes
