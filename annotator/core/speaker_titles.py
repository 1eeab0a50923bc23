"""Titles and descriptions that name someone introduced before: «الرئيس الأمريكي» for the president named so
earlier, never one introduced with another office, gender, nationality or portfolio; «الصحيفة» for the paper
named; a body's head, a statement's author, the source or spokesperson described once."""

from __future__ import annotations

import re

from annotator.core.arabic import fold
from annotator.core.label_kinds import SPEAKER_KINDS as SPEAKER_LABELS  # names are read by their label's kind
from annotator.core.reporting_words import (
    ATTRIBUTION, BODY_KINDS, CONSTRUCT_TITLES, TIME_WORDS, DESCRIPTIONS, GOING_ON, GOVERNING, HOLDERS, PERSONAL_OFFICES, SUBJECT_HEADS, THAT, TITLES, VERBS, _FAR, _IN_THE_NAME_OF, _MEDIA, _SAME,
    _SOURCES, _WORD, _bare, _folded,
)
from annotator.core.speaker_words import (
    _ADJECTIVE_ENDINGS, _CHAIN_NOUNS, _COACHES, _DIPLOMATS, _FORMER, _FROM, _GOVERNMENT, _HEADS, _ISSUED, _LEANINGS, _MINISTRIES, _OWN_REPORT, _PLAYERS,
    _TECHNICAL, _THE_STATEMENTS, _TRANSMITTED, _fold, _unpossessed, _other_person, _is_nisba, _own_sentence_before, _person,
)


# the field an office covers, after the name of the one it serves: «مستشار الرئيس ترامب للأمن القومي»
_OFFICE_FIELDS = _folded("للأمن للشؤون لشؤون للسياسة للسياسات للتجارة للاقتصاد للإعلام للاتصالات")
_ONE_OF = _folded("أحد إحدى بعض")
# adjectives of a body that name no country: «المنظمة الدولية» may be any body of that kind quoted before
_SPOKESPEOPLE = frozenset(_bare(w) for w in _folded("المتحدث الناطق"))  # one office, either word
_FORMER_BARE = frozenset(_bare(w) for w in _FORMER)
_NO_NATION = frozenset(_bare(w) for w in _folded("الدولية الأممية العالمية الحقوقية الإنسانية الخيرية الإغاثية"))
# holders who are one person: named in apposition, the name is theirs («والد الضحية، أحمد سعيد»)
_ONE_PERSON_HOLDERS = _folded("محامي محامية زوجة زوج ابن ابنة نجل نجلة شقيق شقيقة والد والدة صديق صديقة خطيبة خطيب صهر "
                              "أرملة أخت حفيد حفيدة زميل زميلة")
# Descriptions of people, never a kind of body: «الخبراء» after «خبراء منظمة الصحة» are the experts
_PEOPLE = DESCRIPTIONS - _folded("بيان تقرير وكالة أسرة عائلة")
# One person described, not named («المراسلة», «المسؤول»): who may be the named person quoted last
_ONE_DESCRIBED = _folded("مسؤول مسؤولة مصدر متحدث متحدثة ناطق ناطقة مراسل مراسلة موظف موظفة خبير محلل شاهد دبلوماسي "
                         "ضابط مدير مديرة")


_LOCAL_OFFICES = _folded("حاكم الحاكم حاكمة عمدة العمدة محافظ")  # offices of a place, not of a government
_OFFICES = _folded("مكتب")  # «مدير مكتب زعيم المعارضة فلان»: the office has a head who speaks
_ANY_OFFICIAL = _folded("مسؤول مسؤولة")  # «المسؤول المحلي» may be whoever holds an office: a governor too
_POSTED_IN = _folded("لدى في")  # «السفارة الروسية لدى بريطانيا»
_CAPTAIN, _PLAYER = _bare(fold("قائد")), fold("اللاعب")
_TEAMS = frozenset(_bare(w) for w in _folded("النادي الفريق المنتخب"))
_RELATIVE_WORDS = _folded("التي الذي الذين اللتي")


def _clause_after(text: str) -> str:
    """The words after a name up to the next comma, stop or mark."""
    return re.split(r"[،,.:;؛!?؟\"«»()\n]", text, maxsplit=1)[0]


class Titles:
    """The half of the speaker rules that resolves a title or a description to a name named before."""

    def _issued_by(self, index: int):
        """«البيان الصادر عن البيت الأبيض»: the body a statement came from, right after «الصادر عن/من»."""
        if not self._issued_from(index):
            return None
        at = self.back(self.words[index + 3].end())
        issuer = [e for e in self.within(at, at + 4, whole=False) if e.start >= at and e.label in SPEAKER_LABELS]
        return issuer[0] if issuer else None

    def _issued_from(self, index: int) -> bool:
        """Whether «البيان الصادر عن», «بيان صادر عن» follows the verb at `index`."""
        words = [w.group() for w in self.words[index + 1:index + 4]]
        definite = [w if w.startswith("ال") else "ال" + w for w in words[:2]]  # «بيان صادر عن» too
        return len(words) == 3 and definite[0] in _THE_STATEMENTS and definite[1] in _ISSUED and words[2] in _FROM

    def _report_owner(self, cue_start: int) -> tuple[int | None, str | None] | None:
        """The speaker of the last quote, when its reporting clause said the report was theirs («في تقريره»)."""
        last = next((found for found in reversed(self.found) if found[1] < cue_start), None)
        if last is None or not self._near(last[0].end, self.back(cue_start)):
            return None
        suggestion = last[0]
        clause = _WORD.findall(_fold(self.text[suggestion.cue[1]:suggestion.start]))
        if not any(word in _OWN_REPORT for word in clause):
            return None
        return suggestion.speaker, suggestion.speaker_text

    def _source_named_before(self, cue_start: int) -> str | None:
        """The last «مصدر …» the text named before a cue, in its paragraph or the one before."""
        floor = max(0, cue_start - _FAR)
        at = self.folded.rfind(fold("مصدر") + " ", floor, cue_start)
        glued = at > 0 and self.folded[at - 1] == "و" and (at == 1 or self.folded[at - 2].isspace())  # «ومصدر مطلع»
        if at < 0 or (at and not self.folded[at - 1].isspace() and self.folded[at - 1] not in "،," and not glued):
            return None
        return self._name_phrase(at, min(len(self.folded), at + 60))

    def _spokesperson_before(self, phrase: str, cue_start: int) -> str | None:
        """«وأضاف المتحدث» after «أعلن متحدث باسم الاتحاد الدولي لكرة القدم»: the spokesperson no one named,
        described in full the first time."""
        words = _WORD.findall(_fold(phrase))
        if len(words) != 1 or words[0] not in TITLES or not words[0].startswith("ال"):
            return None
        wanted = words[0][2:] + " " + _IN_THE_NAME_OF
        at = self.folded.rfind(wanted, max(0, cue_start - _FAR), cue_start)
        if at < 0 or (at and not self.folded[at - 1].isspace() and self.folded[at - 1] not in "،,"):
            return None
        after = at + len(wanted)
        body = [e for e in self.within(self.back(after), self.back(after) + 3, whole=False) if e.start >= self.back(after)]
        if body:
            return self.text[self.back(at):body[0].end]
        return self._name_phrase(at, min(len(self.folded), after + 60))  # «متحدثة باسم "كان"»

    def _named_before_title(self, phrase: str, cue_start: int):
        """«وقال طارق أحمد قائد شرطة دهوك …» then «حسبما أفاد قائد شرطة دهوك»: a title of three words or more
        that stood right after a tagged person (a comma between at most) names that person again."""
        wanted = _fold(phrase)
        if len(_WORD.findall(wanted)) < 3:
            return None
        at = self.folded.rfind(wanted, max(0, cue_start - _FAR), cue_start)
        while at >= 0:
            start = self.back(at)
            person = next((e for e in self.within(max(0, start - 60), start) if e.label == "PERSON"
                           and not self.text[e.end:start].strip(" ،,\u200f\u200e\xa0")), None)
            if person is not None:
                return person
            at = self.folded.rfind(wanted, max(0, cue_start - _FAR), at)
        return None

    def _introduced_with_these_words(self, phrase: str, cue_start: int):
        """«وقالت المتحدثة باسم وزارة الخارجية» after «المتحدثة باسم وزارة الخارجية الأمريكية هيذر نويرت», «وقال
        رئيس المجلس» after «رئيس مجلس النواب الأمريكي بول رايان», «وقالت الناطقة باسم الخارجية» after «هيذر نويرت،
        المتحدثة باسم وزارة الخارجية،»: the latest person, within reach, who holds the title (`_holds`)."""
        words = [_bare(w) for w in _WORD.findall(_fold(phrase)) if w != _IN_THE_NAME_OF]
        if len(words) < 2:
            return None
        a = self.back(cue_start)
        return next((person for person in reversed([e for e in self.within(max(0, a - _FAR), a) if e.label == "PERSON"])
                     if self._holds(person, words)), None)

    def _holds(self, person, words: list[str]) -> bool:
        """Whether the title `words` (bare, «باسم» left out) stood in the title a mention of the person was
        introduced with, before the name or in apposition after it: the same head (a spokesperson by either
        word) and every word of the title after it. A title with «السابق» is another man («الرئيس الأمريكي» is
        not «الرئيس الأمريكي السابق باراك أوباما»)."""
        heads = _SPOKESPEOPLE if words[0] in _SPOKESPEOPLE else {words[0]}
        for told in self._titles_told(person):
            head = next((k for k in range(len(told) - 1, -1, -1) if told[k] in heads), None)
            if head is not None and set(words[1:]) <= set(told[head + 1:]) and \
                    not (set(told[head + 1:]) - set(words)) & _FORMER_BARE:
                return True
        return False

    def _titles_told(self, person) -> tuple[list[str], list[str]]:
        """The bare words of the title right before a mention (back to the first word that is no part of a
        title) and of an apposition after it («فلان، المتحدثة باسم …،»)."""
        before = []
        start = person.start
        told = _own_sentence_before(self.text, person.start, 80)
        bracketed = False  # «مدير وكالة المخابرات المركزية (سي آي إيه) جينا هاسبل»: its other name, in brackets
        for word in reversed(list(_WORD.finditer(told))):
            at = person.start - len(told) + word.start()
            folded = _fold(word.group())
            # (a comma may stand between the title and the name: «رئيس الوزراء الإسرائيلي، بنيامين نتنياهو»; and
            # quotation marks around a body's name: «مدير "سي آي إيه"»)
            gap = self.text[at + len(word.group()):start].strip(" \u200f\u200e\xa0\"«»“”")
            bracketed = bracketed or ")" in gap
            if "(" in gap:
                bracketed = False
                gap = gap.replace("(", "").strip()
            gap = gap.replace(")", "").strip()
            if len(before) == 8 or gap and (before or gap not in ("،", ",")) or not (
                    bracketed or folded.startswith("ال") or folded in CONSTRUCT_TITLES or folded == _IN_THE_NAME_OF
                    or "ال" + folded in BODY_KINDS or _bare(folded) in _CHAIN_NOUNS
                    or (folded[:1] == "ل" and len(folded) > 3) or self.within(at, at + len(word.group()), whole=False)):
                break
            before.insert(0, folded)
            start = at
        after = self.text[person.end:person.end + 80]
        after = _WORD.findall(_fold(re.split(r"[،,.\n]", after.lstrip(" \u200f\u200e\xa0")[1:])[0])) \
            if after.lstrip(" \u200f\u200e\xa0")[:1] in "،," else []
        return [_bare(w) for w in before], [_bare(w) for w in after[:8]]

    def _introduced_as(self, phrase: str, cue_start: int):
        """«وقال موقع التواصل الاجتماعي» after «حظر موقع التواصل الاجتماعي فيسبوك»: words of two or more that
        stood right before a tagged name (a comma or a quotation mark between at most) name it again."""
        wanted = _fold(phrase)
        words = _WORD.findall(wanted)
        base = _unpossessed(words[0]) if words else ""  # «زوجته» is «زوجة» with «ه»
        possessive = len(words) == 1 and base != words[0] and base in HOLDERS
        if len(words) < 2 and not possessive:  # «وأوضحت زوجته» after «عن زوجته مارتينا»
            return None
        floor = max(0, cue_start - _FAR)
        at = self.folded.rfind(wanted, floor, cue_start)
        while at >= 0:
            end = self.back(at + len(wanted))
            following = [e for e in self.within(end, end + 4, whole=False) if e.start >= end]
            if not following:  # «المستشارة السابقة للبيت الأبيض أوماروسا …»: whose adviser, glued to لـ, between
                glued = list(_WORD.finditer(self.text, end, end + 40))[:3]
                reach = None
                for n, word in enumerate(glued):
                    folded_word = _fold(word.group())
                    if (n == 0 and folded_word[:1] == "ل" and len(folded_word) > 3) or (n and folded_word.startswith("ال")):
                        reach = word.end()
                    else:
                        break
                if reach is not None:
                    following = [e for e in self.within(reach, reach + 4, whole=False) if e.start >= reach and e.label == "PERSON"]
                    end = reach if following else end
            if following and not self.text[end:following[0].start].strip(" ،,\"«“\u200f\u200e\xa0") and not (
                    # «وأفادت مصادر ميدانية "سكاي نيوز عربية"»: sources are unnamed; the outlet after them is
                    # whom they told, its لـ left out
                    "ال" + _bare(words[0]) in _SOURCES and following[0].label != "PERSON"):
                return following[0]
            at = self.folded.rfind(wanted, floor, at)
        return None

    def _titled_so(self, phrase: str, cue_start: int):
        """«وقال رئيس الاتحاد الفلسطيني» after «رئيس الاتحاد الفلسطيني لكرة القدم جبريل الرجوب»: an office with
        its body («رئيس» and a definite noun) names the person introduced right after these very words, the
        body's name going on four words at most, before anyone else who holds some «رئيس»."""
        wanted = _fold(phrase)
        words = _WORD.findall(wanted)
        if len(words) < 2 or words[0] not in CONSTRUCT_TITLES or not words[1].startswith("ال"):
            return None
        floor = max(0, cue_start - _FAR)
        at = self.folded.rfind(wanted, floor, cue_start)
        while at >= 0:
            end = at + len(wanted)
            people = [e for e in self.within(self.back(end), self.back(end) + 80, whole=False)
                      if e.label == "PERSON" and e.start >= self.back(end)]
            gap = self.text[self.back(end):people[0].start] if people else ""
            gap_words = _WORD.findall(_fold(gap))
            # (not «وزير الدفاع وكبير موظفي البيت الأبيض جون كيلي»: a second office, joined by و, is another's)
            if people and len(gap_words) <= 4 and not any(m in gap for m in ".:\n\"«") and not THAT & set(gap_words) \
                    and not any(w[:1] == "و" or w in CONSTRUCT_TITLES or w in TITLES for w in gap_words):
                return people[0]
            at = self.folded.rfind(wanted, floor, at)
        return None

    def _statement_author(self, cue_start: int) -> tuple[int | None, str | None] | None:
        """«وأشار البيان»: the body whose statement («بيان للقيادة المركزية …») was named before."""
        a = self.back(cue_start)
        floor = max(0, cue_start - _FAR)
        for match in reversed(list(re.finditer(fold("بيان"), self.folded[floor:cue_start]))):
            word_start = floor + match.start()
            while word_start > 0 and not self.folded[word_start - 1].isspace() and self.folded[word_start - 1] not in "،,.:«\"(":
                word_start -= 1
            if self.folded[word_start:floor + match.start()].lstrip("وف").startswith("ال"):
                continue  # «وأضاف البيان»: the statement named again, not who issued it
            at = self.back(floor + match.end())
            after = [e for e in self.within(at, at + 12, whole=False)
                     if e.label in ("ORG", "PERSON", "GPE") and e.end <= a
                     and not any(m in self.text[at:e.start] for m in "،,.")  # «في بيان الأحد، لندن»: a new clause
                     # «وقالت المحكمة في بيان إن باماكو …», «في بيانها أن الحسن …»: what it said, not whose it is
                     and not THAT & set(_WORD.findall(_fold(self.text[at:e.start])))]
            if after:
                return after[0].id, None
            issuer = self._untagged_issuer(floor + match.end(), cue_start)
            if issuer is not None:
                return issuer
            # «وفق ما أعلنت الرئاسة الفرنسية في بيان»: who issued it, right before «في بيان»
            start = self.back(word_start)
            before = [e for e in self.within(max(0, start - 60), start) if e.label in ("ORG", "PERSON", "GPE")]
            # («أعلنت المملكة العربية السعودية، الأحد، في بيان»: the day between)
            if before and [w for w in _WORD.findall(_fold(self.text[before[-1].end:start])) if w not in TIME_WORDS] in \
                    ([], [fold("في")], [fold("عبر")]):
                if not (self._governed(before[-1]) and len(before) > 1):
                    return before[-1].id, None
                # «اتهمت السفارة الروسية لدى بريطانيا في بيان»: the embassy, not the country it is in
                issuer = before[-2]
                between = _WORD.findall(_fold(self.text[issuer.end:before[-1].start]))
                if not self._governed(issuer) and all(w in _POSTED_IN for w in between):
                    return issuer.id, None
            issued = self._issued_statement(word_start)
            if issued is not None:
                return issued
        return None

    def _untagged_issuer(self, after: int, cue_start: int) -> tuple[int | None, str | None] | None:
        """«بيان النائب العام», «بيان صادر عن النائب العام»: an office or a body no one tagged, definite, right
        after the statement (or after «صادر عن»), is who issued it; as a subject it may be someone quoted."""
        words = _WORD.findall(self.folded[after:after + 60])
        glued = bool(words) and words[0].startswith("لل") and len(words[0]) > 4
        if glued:  # «بيان للحكومة الإسرائيلية»: past its ل, the alef restored
            words[0] = "ا" + words[0][1:]
        if words[:1] and _bare(words[0]) in _ISSUED_BARE:
            words = words[1:]
            if words[:1] and words[0] in _FROM:
                words = words[1:]
        if not words or not words[0].startswith("ال") or _bare(words[0]) not in SUBJECT_HEADS or \
                _bare(words[0]) in _STATEMENT_KINDS or any(m in self.folded[after:after + 2] for m in "،,.:\"«"):
            return None
        start = self.folded.find(words[0][1:] if glued else words[0], after) - (1 if glued else 0)
        kept = []  # the definite words that name it, no further: «بيان النائب العام وجود أي علاقة …»
        for match in _WORD.finditer(self.folded, start, min(len(self.folded), start + 60)):
            gap = self.folded[kept[-1].end():match.start()] if kept else ""
            if not (match.group().startswith("ال") or (glued and not kept)) or gap.strip() or len(kept) == 3:
                break
            kept.append(match)
        a, b = self.original(kept[0].start(), kept[-1].end())
        phrase = ("ا" + self.text[a + 1:b]) if glued else self.text[a:b]
        speaker = self._phrase_speaker(phrase, cue_start)
        return speaker if speaker != (None, None) else None

    def _issued_statement(self, word_start: int) -> tuple[int | None, str | None] | None:
        """«وأصدرت شركة الطيران بيانا»: the subject between «أصدر» and the statement, a few words, tagged or not."""
        index = self.first_word_at(word_start)
        for n in range(index - 1, max(-1, index - 6), -1):
            if any(mark in self.folded[self.words[n].end():self.words[n + 1].start()] for mark in "،,.:\"«\n"):
                return None
            if self.words[n].group().lstrip("و") in _ISSUED_VERBS:
                if n + 1 == index:
                    return None
                last = index - 1
                while last > n + 1 and self.words[last].group() in TIME_WORDS:
                    last -= 1  # «وأصدرت الوزارة الاثنين بيانا»: the day is no part of who issued it
                a, b = self.original(self.words[n + 1].start(), self.words[last].end())
                named = [e for e in self.within(a, b) if e.label in SPEAKER_LABELS]
                if named:
                    return named[0].id, None
                subject = [w.group() for w in self.words[n + 1:last + 1]]
                if _bare(subject[0]) not in SUBJECT_HEADS:
                    if not (len(subject) <= 3 and all(w.startswith("ال") for w in subject)):
                        return None
                    # «وبعد أن قال كثيرون إن هناك شبها بينها وبين د.جاسم، نشرت الأستاذة الجامعية بيانا»: a
                    # description of someone, the person her sentence named before it
                    floor = self.back(self.sentence_start(self.words[n].start()))
                    people = [e for e in self.within(floor, a) if e.label == "PERSON"]
                    return (people[-1].id, None) if people else (None, self.text[a:b])
                # the issuer as a title or a description may stand for someone named before («الأستاذة الجامعية»)
                return self._phrase_speaker(self.text[a:b], self.words[index].start())
        return None

    def _earlier_name(self, cue_start: int, title: str | None = None, *, titled_only: bool = False, until: int | None = None):
        """The last person (else body) named before, within two paragraphs: whom «الرئيس الأمريكي» means.
        A person once introduced with the same title comes first, however far: «وزير الداخلية فلان» … «وقال
        وزير الداخلية» is فلان even when others were named since. `until` (folded) stops the search earlier than
        the cue: before a phrase the sentence opens on."""
        a = self.back(cue_start if until is None else until)
        words = _WORD.findall(_fold(title or ""))
        if words:
            offices = [w for w in words if w in CONSTRUCT_TITLES or w in TITLES]
            office = _bare(offices[-1] if offices else words[0])
            if offices:  # «… الطاولة، وتابع رئيس»: the words from the office on, not what came before it
                title = " ".join(words[len(words) - 1 - words[::-1].index(offices[-1]):])
            if office == _CAPTAIN and _bare(words[-1] if len(words) == 1 else words[words.index(offices[-1]) + 1]
                                            if offices and offices[-1] in words[:-1] else "") in _TEAMS:
                office = _bare(_PLAYER)  # «قائد المنتخب الأرجنتيني»: the team's captain is one of its players
            # «وقال اللاعب» after «النجم البرتغالي، فلان»: a player is named by any word of the family
            family = next((f for f in (_PLAYERS, _COACHES, _DIPLOMATS) if office in f), {office})
            titled = [e for e in self.within(max(0, a - _FAR), a) if e.label == "PERSON"
                      and (family & self._offices_of(e) or family is _DIPLOMATS and _FOREIGN_MINISTER <= self._offices_of(e))
                      and not self._governed(e, titles=False) and not self._principal(e)]
            titled = [e for e in titled if not self._introduced_otherwise(e, title) and not self._held(e)]
            # «قال الرئيس الأمريكي» after «الرئيس الأمريكي دونالد ترامب» and «الرئيس بشار الأسد»: the one
            # introduced with the same adjective first
            adjectives = [w for w in _WORD.findall(_fold(title or ""))[1:] if w.endswith(_ADJECTIVE_ENDINGS)]
            same = [e for e in titled if adjectives and adjectives[0] in self._offices_of(e) | self._nisbas_of(e)]
            if same:
                return same[-1]
            if titled:
                return titled[-1]
        if titled_only:
            return None
        floor = a
        for _ in range(3):
            floor = self.text.rfind("\n", 0, max(0, floor - 1))
            if floor == -1:
                floor = 0
                break
        own_sentence = None
        if len(words) >= 2 and words[0] in CONSTRUCT_TITLES and words[1].startswith("ال") and words[1] not in TITLES:
            # «وقال وزير الإعلام»: a portfolio names one office; someone named in its own sentence («حذر وزير
            # الخارجية، فلان، …، قائلا») may hold it, not the last person named before
            own_sentence = self.back(self.sentence_start(cue_start))
        # «وكان النائب العام المصري أعلن» after «جون كوبر وزوجته سوزان كوبر»: an office of a country is not
        # someone named with no office at all
        of_a_country = len(words) >= 2 and any(w.endswith(_ADJECTIVE_ENDINGS) for w in words[1:])
        # the last person who fits, looked for from the cue back (the persons of a long page are many)
        for e in reversed(self.within(floor, a)):
            if own_sentence is not None and e.start < own_sentence:
                return None
            if e.label != "PERSON" or self._governed(e) or self._in_quoted_words(e):
                continue  # («وأكد المسؤول» after a statement that named Khashoggi: he is what it spoke of)
            if words and (self._introduced_otherwise(e, title) or self._held(e)):
                continue
            if of_a_country and not self._has_office_or_spoke(e):
                continue
            if self._spoke_as_the_other(e, cue_start):
                continue  # «قالت الممثلة» is not the lawyer quoted with «أكد»
            return e
        return None

    def _spoke_as_the_other(self, person, cue_start: int) -> bool:
        """Whether the person was last quoted with a verb of the other gender than the cue at `cue_start`."""
        name = set(_WORD.findall(_fold(person.text)))
        # («ديكنسون» is «هانا ديكنسون» quoted before: the words of one name inside the other's)
        spoke = next((found for found, _, _ in reversed(self.found) if found.speaker is not None and found.speaker in self.by_id
                      and (name <= set(_WORD.findall(_fold(self.by_id[found.speaker].text)))
                           or set(_WORD.findall(_fold(self.by_id[found.speaker].text))) <= name)), None)
        return spoke is not None and _other_person(_fold(self.text[spoke.cue[0]:spoke.cue[1]]), self._cue_word_at(cue_start))

    def _has_office_or_spoke(self, person) -> bool:
        """Someone introduced with an office, quoted already, or the subject of a verb of saying («بحسب ما أعلنه
        ترامب»): who an office of a country may mean, unlike «جون كوبر وزوجته» found dead."""
        if any(w in TITLES or w in CONSTRUCT_TITLES or _unjoined(w) in TITLES or _bare(w) in _PLAYERS | _COACHES
               for w in self._title_words_before(person) + _WORD.findall(_fold(person.text))[:1]):
            return True
        if person.id in self.spoken:
            return True
        before = _WORD.findall(_fold(_own_sentence_before(self.text, person.start, 20)))[-1:]
        return bool(before) and (self._is_cue_word(before[0]) or self._is_cue_word(re.sub(r"(?:ه|ها)$", "", before[0])))

    def _offices_of(self, person) -> frozenset:
        """The bare words a person may be titled with: the words before them in their sentence, the word right
        after («ألفيش لاعب باريس») and their own first words («الأمير تشارلز» tagged with his title).
        Remembered per mention: every title read in a long page asks of every person before it."""
        cache = self.__dict__.setdefault("_offices_cache", {})
        key = (person.start, person.end)
        if key not in cache:
            after = _WORD.findall(_fold(_clause_after(self.text[person.end:person.end + 40].lstrip(" ،,\u200f\u200e"))))[:4]
            # «باتريك جينتي رئيس مجلس إدارة الشركة»: an office in apposition after the name, with what it governs
            after = after if after[:1] and after[0] in CONSTRUCT_TITLES else after[:1]
            before = self._title_words_before(person)
            offices = frozenset(_bare(_unjoined(w)) for w in before + after + _WORD.findall(_fold(person.text))[:-1])
            if any(_unjoined(w).rstrip("ها") in _COUNTERPART or w in _COUNTERPART for w in before[-3:]):
                cache[key] = offices  # (no loop through one who is his own counterpart)
                offices |= self._counterparts_offices(person)
            cache[key] = offices
        return cache[key]

    def _counterparts_offices(self, person) -> frozenset:
        """«وأعلن شكري، في مؤتمر صحفي مع نظيره الأردني أيمن الصفدي»: a counterpart holds the office of the one
        his sentence names first, as that one was introduced anywhere before («وزير الخارجية المصري، سامح شكري»)."""
        floor = max(self.text.rfind(m, 0, person.start) for m in ".!?؟\n") + 1
        first = next((e for e in self.within(floor, person.start) if e.label == "PERSON"), None)
        if first is None:
            return frozenset()
        last_word = _WORD.findall(_fold(first.text))[-1:]
        offices = set()
        for other in self.within(max(0, person.start - _FAR), person.start):
            if other.label == "PERSON" and other is not person and _WORD.findall(_fold(other.text))[-1:] == last_word:
                offices |= {w for w in self._offices_of(other) if "ال" + w in TITLES or w in CONSTRUCT_TITLES}
        return frozenset(offices)

    def _nisbas_of(self, person) -> frozenset:
        """The nisbas in the words before a person in their sentence, as folded («الأمريكي»)."""
        return frozenset(w for w in _WORD.findall(_fold(_own_sentence_before(self.text, person.start, 40)))[-4:]
                         if w.endswith(_ADJECTIVE_ENDINGS))

    def _principal(self, person) -> bool:
        """«المتحدثة باسم، لاعبة التنس، سيرينا وليامز»: the one in whose name a spokesperson speaks."""
        return _IN_THE_NAME_OF in _WORD.findall(_fold(_own_sentence_before(self.text, person.start, 40)))[-4:]

    def _title_words_before(self, person) -> list[str]:
        """The last four words of the person's own sentence before them, where a title would stand; none when a
        conjunction is glued to the name («رؤية الأمير، فإليزابيث كولا»: a new clause, not her title)."""
        if person.start and self.text[person.start - 1] in "وف" and (person.start < 2 or not self.text[person.start - 2].isalpha()):
            return []
        # past a colon or an opening quotation mark, the speaker's words: «وقالت القاضية: "أردت أن تحرقي فلانا"»
        # titles the judge, not فلان
        own = re.split(r'[:"«“]', _own_sentence_before(self.text, person.start, 40))[-1]
        words = _WORD.findall(_fold(own))
        # past إن/أن too: «وقال القاضي إن احتيال ديكنسون …» titles the judge, not Dickinson
        words = words[max((n + 1 for n, w in enumerate(words) if w in THAT), default=0):]
        # «حارس مرمى المنتخب الألماني وقائده مانويل نوير»: an office joined to another by «وقائده» reaches further
        joined = words[-1:] and words[-1][:1] == "و" and words[-1][-1:] == "ه" and (
            "ال" + words[-1][1:-1] in TITLES or words[-1][1:-1] in CONSTRUCT_TITLES or _bare(words[-1][1:-1]) in _PLAYERS | _COACHES)
        words = words[-6:] if joined else words[-4:]
        employer = next((e for e in self.within(max(0, person.start - 60), person.start)
                         if e.label in ("ORG", "GPE") and not self.text[e.end:person.start].strip(' "»”\u200f')), None)
        if employer is not None:
            # «رئيس مجلس إدارة شبكة "سي بي اس نيوز" ليسلي مونفس»: the office stands before the body he heads
            words = _WORD.findall(_fold(_own_sentence_before(self.text, employer.start, 40)))[-4:] + words
        before = _own_sentence_before(self.text, person.start, 140).rstrip()
        if before[-1:] in ("،", ","):
            # «أكد ولي عهد أبوظبي نائب القائد الأعلى للقوات المسلحة في الإمارات، الشيخ محمد …»: a long title set
            # off by a comma begins with its office
            head = re.split(r"[،,]", before[:-1])[-1]
            words = _WORD.findall(_fold(head))[:4] + words
        return words

    def _held(self, person) -> bool:
        """«محامي برونسون», «والد كينغ»: a person named as whom someone else works for or belongs to."""
        before = _WORD.findall(_fold(_own_sentence_before(self.text, person.start, 20)))[-1:]
        return bool(before) and before[0] in HOLDERS

    def _described(self, phrase: str, cue_start: int):
        """The body «الجامعة», «الصحيفة» names (see _described_as); a kind glued to لـ or بـ («لموقع "فيسبوك"»)
        counts only when no other mention gave it plainly («وأصدرت شركة X، المالكة لشركة Y، بيانا» is X)."""
        return self._described_as(phrase, cue_start, "و") or self._described_as(phrase, cue_start, "ولب")

    def _described_as(self, phrase: str, cue_start: int, glued: str):
        """«وقالت الجامعة» after «جامعة طوكيو الطبية», «ذكرت الصحيفة» after «صحيفة "الغد"»: a definite noun
        naming the kind of a body named before, as the body's own first word or the word in front of it."""
        words = _WORD.findall(_fold(phrase))
        if 3 <= len(words) <= 5 and words[0].startswith("ال") and words[1].startswith("ال") and \
                (words[2][:1] in "بل" and not words[2].startswith("ال") or words[2] in GOVERNING):
            words = words[:2]  # «المنظمة المعنية بحقوق الإنسان»: the body and its epithet; what it is concerned with
        if not words or not words[0].startswith("ال") or len(words) > 2:
            return None
        kind = _bare(words[0])
        a = self.back(cue_start)
        works_in = None
        if words[0] in _SOURCES:  # «وقال المصدر نفسه» after «حسب ما ذكرته صحيفة "آس"»: the source named last
            floor = self.text.rfind("\n", 0, max(0, self.text.rfind("\n", 0, a) - 1)) + 1
            named = [e for e in self.within(floor, a) if e.label in ("ORG", "PERSON")
                     and not self._governed(e) and self._reported_by(e)]
            return named[-1] if named else None
        def of_the_kind(entity) -> bool:
            own = _WORD.findall(_fold(entity.text))
            before = _WORD.findall(_fold(self.text[max(0, entity.start - 20):entity.start]))
            # «صحيفة "الغد"» names the body; «المتحدث باسم الجيش جوناثان …» does not make Jonathan the army
            # not «جامعة فلوريدا»; and «الخبراء» is no kind of body: «خبراء منظمة الصحة» are not the organisation
            kind_before = before and not before[-1].startswith("ال") and entity.label == "ORG" and \
                words[0][2:] not in _PEOPLE
            # («وصحيفة "الأوبزرفر"»: the second of two bodies of a kind, joined by و)
            return bool((own and _bare(own[0]) == kind) or (kind_before and kind in (_bare(before[-1]), _bare(before[-1][1:]) if before[-1][:1] in glued else None))
                        or (entity.label == "ORG" and words[0][2:] not in _PEOPLE and kind in self._kinds_given(entity, a)))

        candidates = [e for e in self.within(max(0, a - _FAR), a) if e.label in ("ORG", "PERSON", "GPE")]
        # «وأشارت المجلة العريقة» after «مجلة "فرانس فوتبول"»: an epithet of the page's only body of its kind, never
        # a nisba («الجيش الأميركي» is no «الجيش الإسرائيلي»)
        sole = len(words) == 2 and (not _is_nisba(words[1]) or words[1] in _CONCERNED or words[1] in _OF_WHAT_IT_DOES) and \
            words[1].endswith(("ة", "ه")) == words[0].endswith(("ة", "ه")) \
            and len({_fold(e.text) for e in candidates if e.label == "ORG" and of_the_kind(e)}) == 1
        for entity in reversed(candidates):
            own = _WORD.findall(_fold(entity.text))
            before = _WORD.findall(_fold(self.text[max(0, entity.start - 20):entity.start]))
            kind_before = before and not before[-1].startswith("ال") and entity.label == "ORG" and \
                words[0][2:] not in _PEOPLE
            if of_the_kind(entity):
                # («ووقعت "توتال" عقدا … . وقالت الشركة» after «شركة "توتال"» opened the page: its kind was given)
                # «الصحيفة الإسبانية» is «صحيفة آس الإسبانية», but «الجيش الأميركي» no «الجيش الإسرائيلي»
                after = _WORD.findall(_fold(self.text[entity.end:entity.end + 30]))[:2]
                # «البنك البريطاني» after «بنك "اتش اس بي سي"», which no nationality was given: the nisba is news
                unplaced = len(words) == 2 and _is_nisba(words[1]) and not any(_is_nisba(w) for w in own[1:] + after)
                if len(words) == 1 or words[1] in own or words[1] in after or unplaced or (sole and entity.label == "ORG"):
                    # «خبير في شركة X» names where someone works: a body named so is meant only when no other is
                    if kind_before and len(before) > 1 and before[-2] == fold("في"):
                        works_in = works_in or entity
                        continue
                    return entity
        return works_in

    def _kinds_given(self, entity, before: int) -> set[str]:
        """The kinds of body an earlier mention of the same name was given, right before it: «شركة "توتال"»."""
        by_name = self.__dict__.get("_kinds_by_name")
        if by_name is None:  # each name's mentions and the word before each, read once for a long page
            by_name = self.__dict__["_kinds_by_name"] = {}
            for other in self.entities:
                lead = _WORD.findall(_fold(self.text[max(0, other.start - 40):other.start]))
                word = lead[-1:]
                kind = _bare(word[0][1:] if word[0][:1] == "و" and len(word[0]) > 3 else word[0]) \
                    if word and not word[0].startswith("ال") else None
                if word and kind is None and not self.text[max(0, other.start - 40):other.start].rstrip(
                        ' "«“\u200f').endswith(("،", ",", ".")):
                    # «منصة التدوين المصغرة "تويتر"»: the kind, its defined words, then the name
                    kind = next((_bare(w) for k, w in enumerate(lead[-3:-1]) if _bare(w) in _BODY_KINDS_BARE
                                 and all(x.startswith("ال") for x in lead[-3:][k + 1:])), None)
                by_name.setdefault(other.text, []).append((other.start, kind))
        return {kind for start, kind in by_name.get(entity.text, ())
                if kind is not None and max(0, before - _FAR) <= start <= entity.start and start < before}

    def _reported_by(self, entity) -> bool:
        """A name a verb of saying or an attribution stands just before: «ذكرته صحيفة "آس"», «قال المرصد»."""
        for word in _WORD.findall(_fold(_own_sentence_before(self.text, entity.start, 30)))[-3:]:
            if word in ATTRIBUTION or any(word[:len(word) - cut] in VERBS for cut in (0, 1, 2)):
                return True
        return False

    def _named_after(self, cue_start: int, phrase: str):
        """«وقالت الرئيسة التنفيذية لمجموعة ماتش إن …» then «وقالت ماندي جنسبيرج: "…"»: an office no one was
        introduced with is the person a verb of saying of the same gender names first in one of the next three
        sentences, someone the page has not named before."""
        cue = self.first_word_at(cue_start)
        if cue >= len(self.words):
            return None
        verb = self.words[cue].group()
        if (verb[1:] if verb[:1] in "وف" else verb) in GOING_ON:
            return None  # «وأضاف وزير الداخلية»: one who spoke before, not one the page names next
        feminine = verb.endswith("ت")
        a = self.back(cue_start)
        at = self.sentence_end(cue_start)
        for _ in range(3):
            n = self.first_word_at(at + 1)
            if n + 1 >= len(self.words):
                return None
            first = self.words[n].group()
            if first[:1] == "و" and self._is_cue_word(first) and first.endswith("ت") == feminine:
                start = self.back(self.words[n + 1].start())
                named = [e for e in self.within(start, start + 1, whole=False) if e.start == start and e.label == "PERSON"]
                if named:
                    own = set(_WORD.findall(_fold(named[0].text)))
                    firsts = self._person_words_first()
                    before = any(firsts.get(word, a) < a for word in own)
                    return None if before or self._introduced_otherwise(named[0], phrase) or \
                        self._described_otherwise(named[0], phrase) else named[0]
            at = self.sentence_end(at + 1)
        return None

    def _described_otherwise(self, person, phrase: str) -> bool:
        """«ونفى ديفيد كييس، وهو أحد المتحدثين باسم نتنياهو»: the person described right after, with none of the
        phrase's words («رئيس الوزراء» is not him)."""
        after = self.text[person.end:person.end + 80].lstrip(" \u200f\u200e\xa0")
        if after[:1] not in ("،", ","):
            return False
        words = _WORD.findall(_fold(after))[:6]
        if not words or words[0] not in _HE_IS:
            return False
        described = {_bare(re.sub(r"(?:ين|ون)$", "", w)) for w in words[1:]} | {_bare(w) for w in words[1:]}
        return not ({_bare(w) for w in _WORD.findall(_fold(phrase))} & described)

    def _person_words_first(self) -> dict:
        """Where each word of a person's name is first named, for «named before?» on a long page at once."""
        firsts = self.__dict__.get("_person_words_first_cache")
        if firsts is None:
            firsts = {}
            for e in self.entities:
                if e.label == "PERSON":
                    for word in _WORD.findall(_fold(e.text)):
                        firsts.setdefault(word, e.start)
            self.__dict__["_person_words_first_cache"] = firsts
        return firsts

    def _refers_back(self, phrase: str) -> bool:
        """«المصدر», «البيان», «الوزير الإماراتي»: a definite description of someone already quoted."""
        words = [_fold(word) for word in phrase.split()]
        if len(words) == 4 and (words[-1] in _FORMER or words[-1] in _RESIGNED):
            # «وزير المشروعات الصغيرة المستقيل»: the title, and what became of its holder
            words = words[:3]
        if 3 <= len(words) <= 5 and words[0].startswith("ال") and words[1].startswith("ال") and \
                words[2][:1] in "بل" and not words[2].startswith("ال") and \
                _fold(words[0]) in BODY_KINDS:
            return True  # «المنظمة المعنية بحقوق الإنسان»: a body described by what it is concerned with
        return len(words) <= 3 and (words[0].startswith("ال") or self._is_title(phrase))

    def _may_be(self, phrase: str, speaker: tuple[int | None, str | None], cue_start: int | None = None) -> bool:
        """Whether «وأضاف الوزير» can be the last speaker again: a title for a person, a kind of body for a
        body not named as another kind, or a description whose words are all in the last speaker's name
        («المصدر» after «مصدر أمني»). «وأضافت الدول الثماني» after «الوزارة» is someone else."""
        entity_id, said = speaker
        entity = self.by_id.get(entity_id) if entity_id is not None else None
        # «وقالت المراسلة» after the reporter, named, was quoted: one person described, of the gender she spoke with
        described = len(_WORD.findall(_fold(phrase))) == 1 and _fold(phrase)[:2] == "ال" and _fold(phrase)[2:] in _ONE_DESCRIBED
        if described and entity is not None:
            spoke = next((found for found, _, _ in reversed(self.found) if found.speaker == entity_id), None)
            verb = _fold(self.text[spoke.cue[0]:spoke.cue[1]]) if spoke is not None else ""
            # (with a verb of her own: a participle's speaker is inferred, «وهو يرد عليها قائلا» may be another)
            described = verb.lstrip("وف") in VERBS and _person(verb) == ("she" if phrase.strip().endswith("ة") else "he")
        if entity is not None and entity.label == "PERSON" and (self._is_title(phrase) or described):
            # «وأبلغ المسؤول المحلي» is not the passenger quoted with «وأبلغت»
            spoke = next((found for found, _, _ in reversed(self.found) if found.speaker == entity_id), None)
            said = _fold(self.text[spoke.cue[0]:spoke.cue[1]]) if spoke is not None else ""
            # (the carrier's verb tells the paper's gender, not his: «ونقلت الصحيفة عن بومبيو قوله …. وأضاف الوزير»)
            if spoke is not None and cue_start is not None and said.lstrip("وف") not in _TRANSMITTED and \
                    _other_person(said, self._cue_word_at(cue_start)):
                return False
            # «وتؤكد المستشارة السابقة» after «المستشارة السابقة للبيت الأبيض أوماروسا نيومان» and a quote of Sarah
            # Sanders: the very words introduced another person
            introduced = self._introduced_as(phrase, cue_start) if cue_start is not None and self._is_title(phrase) else None
            if introduced is not None and introduced.label == "PERSON" and \
                    _WORD.findall(_fold(introduced.text))[-1:] != _WORD.findall(_fold(entity.text))[-1:]:
                return False
            return not self._introduced_otherwise(entity, phrase)
        words = _WORD.findall(_fold(phrase))
        if entity is not None and entity.label == "PERSON" and len(words) == 1 and words[0].startswith("ال") \
                and words[0].endswith(("ي", "يه")) and words[0] not in BODY_KINDS:
            return True  # «وقالت الدنماركية» after the Danish player was quoted: her nationality names her
        if entity is not None and entity.label == "ORG" and len(words) > 1 and words[0] in BODY_KINDS and \
                all(_bare(w) in _NO_NATION for w in words[1:]):
            phrase = words[0]  # «وأضافت المنظمة الدولية» after «الأمم المتحدة»: what kind of body, not whose
        if entity is not None and entity.label == "ORG" and _fold(phrase) in BODY_KINDS:
            # «تويتر» may be «الشركة»; «وزارة الداخلية» is no «الشرطة»
            own = _WORD.findall(_fold(entity.text))[:1]
            own = own[0] if own and own[0].startswith("ال") else "ال" + own[0] if own else ""
            if own[2:] in _MEDIA:  # «راديو إسرائيل» may be «الإذاعة», never «الشرطة»
                return _fold(phrase)[2:] in _MEDIA
            # «جهاز الموساد» is no «الحكومة»: a kind given before the name is its kind
            given = self._kinds_given(entity, entity.end + 1) - {_bare(own)}
            if given and _bare(_fold(phrase)) in _GOVERNMENT and not given & _GOVERNMENT:
                return False  # (but «موقع تويتر» may be «الشركة»: a site and a company are one)
            return own == _fold(phrase) or own not in BODY_KINDS
        name = entity.text if entity is not None else (said or "")
        stems = {_bare(word) for word in _WORD.findall(fold(name))}
        words = [word for word in _WORD.findall(_fold(phrase)) if word not in _SAME]
        named_first = _WORD.findall(fold(name))[:1]
        if words and named_first and _bare(named_first[0]) == _bare(words[0]) and \
                (named_first[0][-1:] in "هة") != (words[0][-1:] in "هة"):
            return False  # «وأضاف السفير» after «السفيرة الأسترالية»
        if self._is_title(name) and self._is_title(phrase):
            # «الوزير» may go on as «وزير الخارجية», but «الزعيم» after «الوزير» is someone else, and «الرئيس
            # الفرنسي» is not «الرئيس الأمريكي»
            nisbas = [[w for w in _WORD.findall(_fold(x))[1:3] if _is_nisba(w) and w.startswith("ال")] for x in (name, phrase)]
            if nisbas[0] and nisbas[1] and _bare(nisbas[0][0]) != _bare(nisbas[1][0]):
                return False
            return bool(words) and bool(named_first) and _bare(named_first[0]) == _bare(words[0])
        # «المصدر» and «المصدر الأمني» after «مصدر أمني»; not «السلطات التركية» after «الحكومة التركية», nor «الجيش
        # الأميركي» after «الجيش الإسرائيلي»: the head shared, and every other word too
        if named_first and named_first[0] in CONSTRUCT_TITLES and words and _bare(words[0]) != _bare(named_first[0]):
            return False  # «وذكرت الشرطة» after «رئيس شرطة بوركينا فاسو»: the body, not its head
        return bool(words) and all(_bare(word) in stems for word in words)

    def _words_naming(self, mention) -> list[str]:
        """The words before a mention that may title it: up to 60 characters, from past the last relative pronoun
        («أدان المتحدث باسم السلطة الاتهامات التي جاءت على لسان فلان» does not make فلان the spokesman)."""
        words = _WORD.findall(_fold(_own_sentence_before(self.text, mention.start, 60)))
        cut = max((n for n, w in enumerate(words) if w in _RELATIVE_WORDS), default=-1)
        return words[cut + 1:]

    def _introduced_otherwise(self, person, phrase: str) -> bool:
        """Whether the person was introduced with the phrase's office but another gender or nationality:
        «السفير الأمريكي روبرت وود» is not «السفيرة الأسترالية». Any mention of the person counts (the full
        name before the surname alone)."""
        words = _WORD.findall(_fold(phrase))
        # «وزير الداخلية الفرنسي»: past the ministry; «الرئيس الإسلامي المحافظ»: past the leaning, to the country
        described = [w for w in words[1:] if w not in _MINISTRIES and w not in _LEANINGS]
        office, adjective = words[0], (described[0] if described and described[0].endswith(_ADJECTIVE_ENDINGS) else None)
        if _bare(office) == _CAPTAIN and len(words) > 1 and _bare(words[1]) in _TEAMS:
            office = _PLAYER  # «قائد المنتخب الأرجنتيني» is a player: the one introduced as «اللاعب الأرجنتيني»
        last = _WORD.findall(_fold(person.text))[-1:]
        if _IN_THE_NAME_OF in words:  # «المتحدث باسم الحكومة» is whoever was introduced so, no one else
            body = {_bare(w) for w in words[words.index(_IN_THE_NAME_OF) + 1:]} | {_bare(office)}
            return not any(body <= {_bare(w) for w in self._words_naming(m)}
                           for m in self.within(max(0, person.start - _FAR), person.end)
                           if m.label == "PERSON" and _WORD.findall(_fold(m.text))[-1:] == last)
        for mention in self.within(max(0, person.start - _FAR), person.end):
            if mention.label != "PERSON" or _WORD.findall(_fold(mention.text))[-1:] != last:
                continue
            before = _WORD.findall(_fold(_own_sentence_before(self.text, mention.start, 40)))[-4:]
            for n, word in enumerate(before):
                if _bare(word) != _bare(office):
                    continue
                if (word[-1:] in "هة") != (office[-1:] in "هة"):
                    return True  # «السفير» introduced, «السفيرة» speaks
                if (any(w in _FORMER for w in before[n + 1:]) or any(w in _FORMER for w in _WORD.findall(
                        _fold(self.text[mention.end:mention.end + 12]))[:1])) != any(w in _FORMER for w in words):
                    return True  # «الرئيس الأميركي السابق ريتشارد نيكسون» is not «الرئيس الأميركي»
                rest = [w for w in before[n + 1:] if w not in _MINISTRIES and w not in _LEANINGS]  # past the ministry
                introduced = rest[0] if rest and rest[0].endswith(_ADJECTIVE_ENDINGS) else None
                if adjective and introduced and _bare(introduced) != _bare(adjective):
                    return True
        # «وقال مدير المستشفى» is not the one introduced as «مقدم برنامج», nor «الرئيس الأمريكي» the one
        # introduced as «مستشار الأمن القومي لرئيس كوريا»: someone introduced with an office, never with this
        # one, is someone else
        wanted = {_bare(office)}  # the office (its body may be named otherwise: رئيس الوزراء is رئيس الحكومة)
        offices = False
        governs = False  # introduced with an office of government or of a place, which «المسؤول» may mean
        for mention in self.within(max(0, person.start - _FAR), person.end):
            if mention.label != "PERSON" or _WORD.findall(_fold(mention.text))[-1:] != last:
                continue
            # its own sentence, past the person named before it in there: «ولي العهد السعودي، الأمير محمد بن سلمان،
            # والرئيس الفرنسي، إيمانويل ماكرون» introduces Macron as president, not as crown prince
            floor = max([e.end for e in self.within(max(0, mention.start - 100), mention.start)
                         if e.label == "PERSON"] + [max(0, mention.start - 100)])
            window = self.text[floor:mention.start]
            window = window[max(window.rfind("."), window.rfind("\n")) + 1:]
            after = _WORD.findall(_fold(self.text[mention.end:mention.end + 30]))[:2]
            after = after[:next((n for n, w in enumerate(after) if w.startswith("وال")), len(after))]  # «، والرئيس …»: the next one's
            titled = _WORD.findall(_fold(window))[-12:]
            cut = max((n for n, w in enumerate(titled) if w in THAT), default=-1)
            titled = titled[cut + 1:]  # «قال مسؤول بارز … إن العداء الكيني فلان»: the reporter's subject is not his title
            # «نائب الوزير», «مستشار الرئيس»: the title a construct title governs is another's office, not his
            titled = [w for n, w in enumerate(titled) if not (n and w in TITLES and titled[n - 1] in CONSTRUCT_TITLES)]
            around = titled + after + \
                _WORD.findall(_fold(mention.text))[:-1]  # «الأمير تشارلز» tagged whole: its own title
            if len(words) > 2 and words[1] in _CHAIN_NOUNS and wanted <= {_bare(w) for w in around} and \
                    _bare(words[1]) not in {_bare(w) for w in around}:
                return True  # «رئيس لجنة التحقيقات» is not «الرئيس الأمريكي»: the body of the office must be his too
            if wanted <= {_bare(w) for w in around} or any(wanted <= family and family & {_bare(w) for w in around}
                                                           for family in (_PLAYERS, _COACHES, _DIPLOMATS)) \
                    or wanted <= _DIPLOMATS and _FOREIGN_MINISTER <= {_bare(w) for w in around}:
                # «اللاعب الفرنسي» is the one introduced as «المدافع الفرنسي»
                # «وزير الداخلية» is not the one introduced as «وزير صحة ولاية بلوشستان»
                return self._other_portfolio(words, around)
            if any(w in _COUNTERPART for w in around) and wanted <= self._counterparts_offices(mention):
                return False  # «مع نظيره الأردني أيمن الصفدي»: the office of the one whose counterpart he is
            # «والرئيس الفرنسي، إيمانويل ماكرون», «كتاب للصحفي الشهير بوب وودورد»: the office joined by و or ل counts
            # «حاكم ولاية دورانغو، فلان» is no minister either
            offices = offices or any(w in TITLES or w in CONSTRUCT_TITLES or _unjoined(w) in TITLES or w in _LOCAL_OFFICES
                                     for w in around)
            governs = governs or any(w in CONSTRUCT_TITLES or w in _LOCAL_OFFICES for w in around)
        if _bare(office) in {_bare(w) for w in _ANY_OFFICIAL}:
            return offices and not governs  # «للصحفي الشهير بوب وودورد» is no official; a governor is
        return offices

    @staticmethod
    def _other_portfolio(words: list[str], around: list[str]) -> bool:
        """Whether an office in a construct («وزير الداخلية») was introduced with another noun after it («وزير
        صحة»). The same body named otherwise («رئيس الوزراء», «رئيس الحكومة») is the same office."""
        if len(words) < 2 or words[0] not in CONSTRUCT_TITLES:  # after it, «الداخلية» is a body, no adjective
            return False
        office = _bare(words[0])
        if office in _PLAYERS or _bare(words[1]) in _TEAMS:
            # «لاعب منتخب فرنسا» is the one introduced as «لاعب الوسط»: a team and a position; «مدرب النادي
            # الملكي» the one introduced as «مدرب ريال مدريد»: the club named by a word for any club
            return False
        if office == _bare(fold("رئيس")) and _bare(words[1]) in _GOVERNMENT and fold("الرئيس") in around and \
                fold("رئيس") not in around:
            return True  # «رئيس الوزراء» is not the one introduced as «الرئيس الروسي»: a head, not the president
        for n, word in enumerate(around[:-1]):
            theirs = around[n + 1]
            if _bare(word) == office and word in CONSTRUCT_TITLES:
                if theirs in _CHAIN_NOUNS and words[1] not in _CHAIN_NOUNS and n + 2 < len(around):
                    theirs = around[n + 2]  # «رئيس هيئة الأركان» is «رئيس الأركان», «رئيس مجلس الوزراء» «رئيس الوزراء»
                ours = {_bare(words[1]), _bare(theirs)}
                return len(ours) == 2 and not ours <= _GOVERNMENT
        return False

    @staticmethod
    def _is_title(phrase: str) -> bool:
        """«الرئيس الأمريكي», «الوزير», «رئيس الحكومة»: a title, which may name a person mentioned before."""
        words = [_fold(word) for word in phrase.split()]
        # «رئيس مجلس الإدارة»: a construct chain ending on a definite noun is a title too
        return words[0] in TITLES or (words[0] in CONSTRUCT_TITLES and len(words) > 1 and (
            words[1].startswith("ال") or (len(words) >= 3 and words[1] in _CHAIN_NOUNS and words[2].startswith("ال"))))

    def _holder(self, person, holders=HOLDERS) -> str | None:
        """«أسرة السراديح»: the family, lawyer or office of a person speaks, not the person."""
        raw = _own_sentence_before(self.text, person.start, 30).split()
        if raw and raw[-1][-1:] in "،," and _fold(raw[-1].strip("،,")) in holders:
            return None  # «وقال محاميه، روبرتو ميت»: the lawyer is named, in apposition
        # «عائلة الصحفية، ماري كولفن»: past a title, the words, their commas aside
        before = [w.strip("،,") for w in raw if w.strip("،,")]
        if raw and raw[-1][-1:] in "،," and any(_fold(w) in _ONE_PERSON_HOLDERS for w in before[-3:-1]):
            return None  # «وقال والد الضحية، أحمد سعيد، …»: one person, named in apposition, speaks himself
        if before and _fold(before[-1]) in holders:
            if len(before) > 1 and _fold(before[-2]) in _ONE_OF:
                return f"{before[-2]} {before[-1]} {person.text}"  # «أحد سكان دوما»: one of them speaks
            if len(before) > 1 and _fold(before[-2]) in holders:
                return f"{before[-2]} {before[-1]} {person.text}"  # «محامي عائلة خاشقجي»: the family's lawyer
            if len(before) > 1 and _fold(before[-2]) in CONSTRUCT_TITLES:
                return f"{before[-2]} {before[-1]} {person.text}"  # «رئيس شرطة طهران»: its head speaks
            return f"{before[-1]} {person.text}"
        field = _WORD.findall(_fold(self.text[person.end:person.end + 30]))[:1]
        if holders & PERSONAL_OFFICES and field and field[0] in _OFFICE_FIELDS and len(before) > 1 and \
                _fold(before[-2]) in PERSONAL_OFFICES and _fold(before[-1]) in TITLES and raw[-1][-1:] not in "،,":
            # «مستشار الرئيس ترامب للأمن القومي»: his adviser, the office's field after his name
            return f"{before[-2]} {before[-1]} {person.text}"
        holders = holders - PERSONAL_OFFICES  # (an office past titles is the person's own: «نائب الرئيس التركي فلان»)
        if len(before) > 1 and (_fold(before[-1]) in _MEDIA or _fold(before[-1]) in _BODY_WORDS) and _fold(before[-2]) in holders:
            # «مصور وكالة فرانس برس», «زعماء دول الاتحاد الأوروبي», «أحد محامي شركة كولومبوس نوفا»
            one_of = len(before) > 2 and _fold(before[-3]) in _ONE_OF
            return " ".join(before[-3 if one_of else -2:] + [person.text])
        for n in (1, 2, 3):  # «إدارة الرئيس الأميركي دونالد ترامب», «خطيبة الصحفي فلان»: a title between
            if len(before) > n and _fold(before[-n - 1]) in holders and all(  # «مكتب رئيس كوريا الجنوبية»
                    _fold(w) in TITLES or _fold(w) in CONSTRUCT_TITLES or _fold(w).endswith(_ADJECTIVE_ENDINGS)
                    # «مكتب زعيم المعارضة فلان»: the noun a construct title governs
                    or (k and _fold(before[-n - 1 + k]) in CONSTRUCT_TITLES and _fold(w).startswith("ال")
                        and raw[-1][-1:] not in "،,")  # (not «شقيق ولي العهد، خالد بن سلمان»: he, in apposition)
                    for k, w in enumerate(before[-n:])):
                # «مدير مكتب زعيم المعارضة فلان»: the office's own head speaks for it
                head = 1 if len(before) > n + 1 and _fold(before[-n - 2]) in CONSTRUCT_TITLES and \
                    _fold(before[-n - 1]) in _OFFICES else 0
                return " ".join(before[-n - 1 - head:] + [person.text])
        return None

    def _head_of(self, body, cue_start: int):
        """«وأكد قائد القيادة المركزية» after «رئيس القيادة المركزية، الجنرال جوزيف فوتيل»: the person introduced
        as the head of the same body, whichever word for head was used."""
        before = _WORD.findall(_fold(self.text[max(0, body.start - 30):body.start]))[-2:]
        if len(before) == 2 and before[1] in _KINDS_OF_BODY:
            before = before[:1]  # «مديرة منظمة "النساء الآن للتنمية"»: the kind of body between the head and its name
        if not before or before[-1] not in _HEADS:
            return None
        name = fold(body.text)
        name = name[2:] if name.startswith("ال") else name  # «للمنتخب الروسي» holds «منتخب الروسي»
        a = self.back(cue_start)
        for person in reversed([e for e in self.within(max(0, a - _FAR), a) if e.label == "PERSON"]):
            window = _fold(self.text[max(0, person.start - 100):person.start])
            tail = _WORD.findall(window[window.rfind(name):]) if name in window else []
            if name in window and len(tail) <= 7 and not any(w in THAT for w in tail) and any(
                    w in _HEADS or w == _TECHNICAL for w in _WORD.findall(window[max(0, window.rfind(name) - 20):])):
                return person  # «المدير الفني للمنتخب الروسي» is «مدرب المنتخب الروسي»
        return None


_HE_IS = _folded("وهو وهي")  # «فلان، وهو أحد المتحدثين باسم …»: who he is, in apposition
_COUNTERPART = _folded("نظير نظيره نظيرته نظيرها")  # «نظيره الأردني»: the same office, another country
_ISSUED_VERBS = _folded("أصدر أصدرت أصدروا نشر نشرت نشروا وزع وزعت وزعوا")  # «ونشرت الأستاذة بيانا»
_ISSUED_BARE = frozenset(_bare(w) for w in _folded("صادر الصادر"))  # «بيان صادر عن …», «البيان الصادر من …»
_STATEMENT_KINDS = frozenset(_bare(w) for w in _folded("البيان التقرير الدراسة الرسالة"))  # no issuer: the text itself
_FOREIGN_MINISTER = frozenset(_bare(w) for w in _folded("وزير الخارجية"))  # «الدبلوماسي الكندي» may be its minister
_BODY_WORDS = _folded("شركة دول حكومات مجموعة")  # a kind of body between a holder and its name
_KINDS_OF_BODY = _folded("منظمة شركة جمعية مؤسسة حركة حزب")
_CONCERNED = _folded("المعنية المعني المختصة المختص")  # «المنظمة المعنية بحقوق الإنسان»: no nisba, whatever its ending
# Nisbas of what a body does, not where it is from: «المنظمة الحقوقية», «المركز البحثي» may be the page's only one
_OF_WHAT_IT_DOES = frozenset(w + end for w in _folded(
    "الحقوقي الدولي الإنساني الإعلامي الأممي الحكومي الرسمي البحثي الخيري الأهلي الطبي العلمي الاقتصادي السياسي "
    "الأمني العسكري القضائي الصحي المالي التجاري النفطي الرياضي الإخباري الإلكتروني الاجتماعي التعليمي الرئاسي "
    "الأكاديمي الجامعي التقني الصناعي الزراعي المصرفي الاستثماري الحزبي النقابي الديني الثقافي الفني البيئي")
    for end in ("", "ه", "ة"))
_BODY_KINDS_BARE = frozenset(_bare(w) for w in BODY_KINDS)  # «منصة» for «المنصة»
_RESIGNED = _folded("المستقيل المستقيلة المقال المقالة")  # what became of an office's holder


def _unjoined(word: str) -> str:
    """«والرئيس» as «الرئيس», «للصحفي» as «الصحفي»: a title joined by و, or governed by ل or ب."""
    if word.startswith(("وال", "بال")):
        return word[1:]
    return "ال" + word[2:] if word.startswith("لل") and len(word) > 3 else word
