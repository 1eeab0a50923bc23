"""The sentence around a verb with no subject of its own: the subject of the verb its sentence or clause
opened on, of the sentence before (past verbs with no subject written), of كان, of a statement named
before «قال فيها», and the last speaker a bare «وأضاف» goes on for."""

from __future__ import annotations

import bisect
import re

from annotator.core.arabic import fold, plain
from annotator.core.label_kinds import SPEAKER_KINDS as SPEAKER_LABELS  # names are read by their label's kind
from annotator.core.reporting_words import (
    AS_FOR_TOPIC, ADVERBS, ATTRIBUTION, BODY_KINDS, CONSTRUCT_TITLES, DESCRIPTIONS, GOVERNING, HOLDERS, NOT_NAMES, NOT_VERB_OPENERS, PARTICIPLES, RELATIVES,
    REPRESENTATIVES, GOING_ON, PERSONAL_OFFICES, SAYING_PARTICIPLES,
    HOLDS_A_VIEW, SUBJECT_HEADS, THAT, TIME_WORDS, TITLES, VERBS, _IN_THE_NAME_OF, _KANA, _MEDIA, _NEGATIONS, _QUANTITIES, _WORD, _bare,
    _folded,
)
from annotator.core.speaker_words import (
    _ADJECTIVE_ENDINGS, _A_STATEMENT, _GENERAL_OFFICES, _BUT_OPENERS, _BUT_WORDS, _CHAIN_NOUNS, _COACHES, _FORMER, _IN_IT, _INTERVIEWERS, _INTERVIEWS, _OF_A_TIME, _PARTICLES, _PLAYERS, _QAD, _SHORT_NON_VERBS, _WHEN,
    _BUT_HIM, _CAME, _ON_THE_TONGUE, _POSSESSIVE, _PROFESSOR, _TALK, _TRANSMITTED, _WITH, _fold, _is_nisba, _other_person, _own_sentence_before, _person,
)


_MANY_OF = frozenset(fold(w) for w in "العديد الكثير بعض عدد معظم غالبية أغلب عشرات مئات".split())  # «لكن العديد من …»
_FROM_WORD = fold("من")
_PEOPLE_NOUNS = frozenset(fold(w) for w in "المرأة الرجل الفتاة الفتى السيدة الشاب الشابة الطفل الطفلة الأم الأب".split())
_IT_IS = frozenset(fold(w) for w in "هي هو هم هن".split())
_ALL_OF_THEM = frozenset(fold(w) for w in "جميعها جميعهم كلها كلهم".split())


_AS_ALSO = _folded("كما وكما")
_IN_A_PLACE = _folded("في لدى")
_DESCRIBED_AS = _folded("وصف وصفت وصفوا اعتبر اعتبرت")  # «ووصف التقارير بالكاذبة»: an object, then بـ
_SEE_ALSO = _folded("للمزيد اقرأ اقرا شاهد")  # lines that link to other stories
_AS_WELL = _fold("كما")
_IN_REPLY_OPENERS = _folded("ردا وردا تعليقا وتعليقا تعقيبا وتعقيبا")  # «وردا على الاتهامات، أدان فلان …»
_STANCE_NOUNS = _folded("إعراب غضب استياء قلق إعلان رفض ترحيب احتجاج انتقاد تأكيد تحذير تنديد")  # «إعراب السفارة عن قلقها»


def _gaps(a: int, b: int, entities) -> list[tuple[int, int]]:
    """The stretches of [a, b) that no entity covers."""
    out, at = [], a
    for e in entities:
        if e.start > at:
            out.append((at, e.start))
        at = max(at, e.end)
    if at < b:
        out.append((at, b))
    return out


_TO_HER = _folded("منها منه منهم لها له لهم معه معها معهم عليه عليها إليه إليها")  # («ولا تتفق معه المنظمة»)
_AL_VERBS = _folded("التقى التقت التقوا التزم التزمت التحق التحقت التمس التمست")  # verbs that look definite
_HIS = _folded("له لها لهم لهما")
_HIS_OWN, _WRITTEN_PIECES = fold("له"), _folded("مقال مقالة كتاب")  # «من مقال له نشرته صحيفة …»
_ROOT_WAW = _folded("وصف وصفت وجه وجهت وقع وقعت وعد وعدت وضع وضعت وافق وافقت وصل وصلت ودع ودعت")  # the و is the verb's own
_FROM_WHOM = fold("عن")
_EYE, _WITNESSES = fold("عيان"), _folded("شاهد شهود الشاهد الشهود")  # «نقل … عن فلان تصريحات»
BODY_KINDS_BARE = frozenset(_bare(w) for w in BODY_KINDS)  # «منظمة», «وزارة», «هيئة» without ال
# a country's stance, told as her verb: «أعربت كندا عن قلقها»; «وشهدت جبهة كتاف مواجهات» is no stance
_HER_STANCE = _folded("أعربت عبرت رحبت أدانت نددت طالبت دعت رفضت انتقدت احتجت استنكرت")
# Verbs that must take an object: a name right after one of his, with no noun after it, is what he acted on
# («وانتقد الأمم المتحدة بشدة، وقال»), not who acted («وانتقد الحزب القرار»).
_TRANSITIVE_ACTS = _folded("انتقد هاجم أدان شكر اتهم حث ناشد التقى استقبل زار أبلغ هنأ لام حمل وصف")
# Of those, the ones whose object takes a complement of its own: «واتهم الحزب الديمقراطي بعرقلة الاتفاق»,
# «وهنأ ماكرون بفوزه»: the name and then the complement, no other object, is the object
_OBJECT_THEN = _folded("اتهم ناشد شكر هنأ لام أبلغ وصف")  # (not «حث»: «حث على التهدئة» has none)
_COMPLEMENTS = _folded("على إلى الى")
# what a man says or does, the object of a verb that must take one: the name after it is in its genitive
_STANCES = _A_STATEMENT | _folded("موقف مواقف قرار قرارات سياسة سياسات تهديدات دعوة دعوات اقتراح مقترح خطة")
# acts done in words whose complement takes a preposition («أشاد بـ», «أعرب عن»): a titled name after one is its subject
_PREPOSITIONAL_ACTS = _folded("أشاد أشادت رحب رحبت أعرب أعربت عبر عبرت ندد نددت علق علقت تحدث تحدثت احتج احتجت")
# acts done in words: one who did one may go on with «وأضاف» («وانتقد ترامب الصين …. وأضاف أن …»)
_SPEAKING_ACTS = _HER_STANCE | _PREPOSITIONAL_ACTS | _folded("أدان طالب دعا رفض انتقد استنكر هاجم هاجمت اتهم اتهمت شن شنت "
                                                             "وصف وصفت نفى نفت دافع دافعت رد ردت خاطب خاطبت")
# words that show one spoke or took a stance in words: «سخر من تصريحات …», «سارع إلى الرد», «في مقابلة», «لم يوافق»
_SPOKEN = _folded("سخر سخرت الرد ردا مقابلة حوار تغريدة تصريحات يوافق توافق يختلف تختلف يقتنع تقتنع")
_QUOTED_REACH = 5_000  # characters back in which a person's earlier quotes are looked for
_THE_COMMENT = fold("التعليق")  # «رفض التعليق»: declined to comment
_ANSWERED = _folded("يرد ترد يردوا يعلق تعلق يعلقوا يستجب تستجب يجب تجب يتمكن تتمكن")  # after «لم»: no answer, no comment
_DECLINED = _folded("امتنع امتنعت رفض رفضت")  # «وامتنع البيت الأبيض عن التعليق»
_HOWEVER_OPENERS = _folded("إلا غير بيد")  # «إلا أن», «غير أن», «بيد أن»
_READ = _folded("تلا تلت قرأ قرأت ألقى ألقت")  # «تلا بيانا»: read out, as his own words


class Context:
    """The half of the speaker rules that reads the sentences around a cue."""

    def _clause_subject(self, index: int):
        """«ونشر فلان رسالة، قال فيها …», «وندد الوزير، فلان، بالهجوم، وقال في تغريدة …»: a verb with no
        subject of its own, joined after a comma to a sentence that opened on a named person, or saying
        «فيها» of the message that person wrote. Their words, not the last quote's speaker."""
        cue = self.words[index]
        following = self.words[index + 1].group() if index + 1 < len(self.words) else ""
        gap = self.folded[self.words[index - 1].end():cue.start()] if index else ""
        joined = cue.group()[:1] in "وف" and any(mark in gap for mark in "،,")  # «…، فقال: "…"» too
        if not (joined or following in _IN_IT):
            return self._kana_subject(index)
        sentence_start = self.sentence_start(cue.start())
        if self._quoted_between(sentence_start, cue.start()):
            return None  # the sentence already quoted someone: «وأضاف» goes on for them
        first = min(self.first_word_at(sentence_start), index)
        opening_words = self.words[first:min(index, first + 12)]  # the sentence's first words, before the cue
        if not opening_words:
            return None
        if self._asked_then_answered(first, index):
            # «وسألت CNN ماكرون عن بوتين، فأجاب»: the one asked answers, named after the one who asked and before
            # what about («وسأله …» or «وتساءلت CNN عما …»: he was named before)
            about = next((w.start() for w in opening_words if w.group() in _ASKED_ABOUT), self.words[index].start())
            named = [e for e in self.within(self.back(opening_words[0].end()), self.back(about)) if e.label in ("PERSON", "ORG")]
            return named[1] if len(named) > 1 and named[1].label == "PERSON" and not _POSSESSIVE.search(
                opening_words[0].group()) else None
        # («وخلصت إلى أن فلانا … استغل …، وأشارت»: a name past أن is in what was reported, not the subject)
        opener = opening_words[0].group()  # (a past verb: «ويبدو أن فلانا …، وقال» seems, no one's verb)
        that = None if opener[opener[:1] == "و":][:1] in "يت" else next((w for w in opening_words if w.group() in THAT), None) if len(opening_words) > 1 and (
            opening_words[1].group() in THAT or opening_words[1].group() in GOVERNING) and _person(opener) is not None \
            and _person(opener) == _person(cue.group()) else None  # her verb with no subject written, then hers again
        if that is not None:
            opening_words = opening_words[:opening_words.index(that)]
            if not opening_words:
                return None
        a, b = self.original(opening_words[0].start(), opening_words[-1].end())
        interview = next((w for w in opening_words if w.group() in _INTERVIEWS), None) if following in _IN_IT else None
        interviewee = self._interviewee(interview, b) if interview is not None else None
        if interviewee is not None:
            return interviewee  # «وأجرت شبكة فوكس نيوز مقابلة مع ترامب، قال فيها»: the one interviewed said it in it
        fronted = self._fronted_phrase_end(cue.start())  # («أما عن موقف الاتحاد الأوروبي، فقال»: its topic)
        subjects = [e for e in self.within(a, b) if e.label in ("PERSON", "ORG") and (fronted is None or e.start >= fronted)
                    and not self._governed(e) and not self._acted_on(first, e) and not self._what_one_said(e)
                    # «وانتقد المستشارة الألمانية أنجيلا ميركل، وقال»: a woman after his verb is what he acted on
                    # (and the body her title governs: «وهاجم رئيسة مجلس النواب نانسي بيلوسي، وقال»)
                    and not (self._his_verb_her_title(first, index, _WORD.findall(
                        _fold(self.text[self.back(opening_words[0].end()):e.start]))))]
        person = next((e for e in subjects if e.label == "PERSON"), None)
        return person or (subjects[0] if subjects else None)

    def _interviewee(self, noun, end: int):
        """The person an interview (the word `noun`) was with, up to `end`: «مقابلة مع الرئيس ترامب», «مقابلة
        أجرتها شبكة CBS مع ترامب», «حديث لترامب»; not a reporter («مع مراسل CNN فلان») nor whom a talk was with
        («حديث مع ماكرون»: the other party)."""
        for person in self.within(self.back(noun.end()), end):
            if person.label != "PERSON":
                continue
            between = _WORD.findall(_fold(self.text[self.back(noun.end()):person.start]))
            glued = self.text[self.back(noun.end()):person.start].strip(" \u200f\u200e\xa0") in ("ل", "لـ")  # «حديث لترامب»
            with_him = _WITH in between and all(
                (w in TITLES or w in CONSTRUCT_TITLES or w.startswith("ال")) and w not in _INTERVIEWERS
                for w in between[between.index(_WITH) + 1:])
            if glued or (with_him and noun.group() != _TALK):
                return person
        return None

    def _untagged_subject_before(self, index: int) -> str | None:
        """A subject no one tagged, right before its verb at the head of the sentence (after «غير أن», «لكن»
        at most): a definite noun that can speak and up to two definite words after it."""
        first = self.first_word_at(self.sentence_start(self.words[index].start()))
        described = self._described_opening(first, index)
        if described:
            return described
        n = first
        while n < index and n < first + 2 and (self.words[n].group() in _BUT_WORDS or self.words[n].group() in _KANA):
            n += 1  # «لكن», «غير أن», and «كان الإدعاء قال …»
        for m in range(index - 1, max(first, index - 10), -1):  # «وعلى الرغم من الإضراب، إلا أن الشركة أكدت»
            if self.words[m].group() in _BUT_WORDS and m > n:
                n = m + 1
                while n < index and self.words[n].group() in _BUT_WORDS:
                    n += 1
                break
        words = self.words[n:index]
        if words and words[-1].group() == _QAD:
            words = words[:-1]  # «وكان متحدث باسم الأمم المتحدة قد قال»: قد stands before the verb, no part of who
        if len(words) == 3 and words[-1].group() in _ALL_OF_THEM:
            words = words[:2]  # «لكن شركات التجزئة جميعها أشارت»: all of them, the subject before
        if n > first and len(words) >= 3 and words[0].group() in _MANY_OF and words[1].group() == _FROM_WORD:
            # «…، لكن العديد من الباعة المتجولين الذين كانوا معه قالوا إن …»: many of whom, up to what describes them
            end = next((k for k in range(2, len(words)) if words[k].group() in RELATIVES
                        or any(m in self.folded[words[k - 1].end():words[k].start()] for m in "،,\"«»():")), len(words))
            if 3 <= end <= 5 and all(w.group().startswith("ال") for w in words[2:end]):
                a, b = self.original(words[0].start(), words[end - 1].end())
                return self.text[a:b]
        if n > first and 2 <= len(words) <= 6 and (words[0].group() in _COUNTS or words[0].group().isdigit()) and \
                (words[1].group() in DESCRIPTIONS or _bare(words[1].group()) in SUBJECT_HEADS
                 or words[1].group().endswith("ات") and _bare(words[1].group()[:-2] + "ه") in SUBJECT_HEADS) and \
                not any(mark in self.folded[words[0].start():self.words[index].start()] for mark in "،,\"«»():"):
            a, b = self.original(words[0].start(), words[-1].end())
            return self.text[a:b]  # «لكن ثلاث وكالات للسفر في الدوحة قالت لرويترز …»: counted speakers and where
        described = n > first and len(words) == 1 and words[0].group() in DESCRIPTIONS  # «لكن محللين يقولون»
        if n > first and 2 <= len(words) <= 6 and words[0].group().rstrip("ا") in _REPORTS and \
                words[1].group()[:1] == "ل" and not any(m in self.folded[words[0].start():self.words[index].start()] for m in "،,\"«»"):
            a, b = self.original(words[0].start(), words[-1].end())
            b += 1 if "(" in self.text[a:b] and self.text[b:b + 1] == ")" else 0  # «لمنظمة (الطاقة المستدامة للجميع)»
            return self.text[a:b]  # «يذكر أن تقريرا للأمم المتحدة ذكر أن …»: the report, whose it is
        if n > first and len(words) == 2 and words[0].group() in DESCRIPTIONS and words[1].group().startswith("ال") and \
                not self.folded[words[0].end():words[1].start()].strip():
            a, b = self.original(words[0].start(), words[-1].end())
            return self.text[a:b]  # «لكن شركات التجزئة أشارت»: a noun and the one it governs
        own = re.sub(r"(?:ه|ها|هم|هما)$", "", words[0].group()) if len(words) == 1 else ""
        if n > first and len(words) == 2 and words[0].group() in _THEIR_PEOPLE and words[1].group().startswith("ال") and \
                not self.folded[words[0].end():words[1].start()].strip():
            a, b = self.original(words[0].start(), words[1].end())
            return self.text[a:b]  # «لكن منتقدي القرار أشاروا»: the critics of the decision
        if n > first and own and (own in _THEIR_PEOPLE or own != words[0].group() and _bare(
                own[:-1] if own.endswith("ت") else own) in SUBJECT_HEADS):
            a, b = self.original(words[0].start(), words[0].end())
            return self.text[a:b]  # «لكن مؤيديه قالوا إنه …»: his supporters; «لكنّ مكتبها قال»: her office
        if n > first and 2 <= len(words) <= 10 and (words[0].group() in TITLES or _bare(words[0].group()) == _PROFESSOR) and \
                words[1].group() in _OF_A_BODY and not any(w.group() in RELATIVES or w.group() in VERBS for w in words) and \
                (words[-1].group().startswith("ال") or self._inside_tagged(words[-1])) and \
                not any(mark in self.folded[words[0].start():self.words[index].start()] for mark in "،,\"«»():"):
            a, b = self.original(words[0].start(), words[-1].end())
            # «لكن الأستاذ في قسم علم الوراثة بكلية الطب بجامعة هارفارد حذر …»: the title, where they work
            return self.text[a:b]
        if n > first and 2 <= len(words) <= 7 and (words[0].group().rstrip("ا") in DESCRIPTIONS or (
                words[0].group().startswith("ال") and words[0].group()[2:] in DESCRIPTIONS)) and \
                (words[1].group() in _OF_A_BODY or words[1].group().startswith("بال")) and \
                not any(mark in self.folded[words[0].start():self.words[index].start()] for mark in "،,\"«»():"):
            a, b = self.original(words[0].start(), words[-1].end())
            # «لكن متحدثا باسم أردوغان قال», «لكن مسؤولا في البنتاغون قال», «لكن الخبراء في المتحف المحلي أكدوا»:
            # the official, where they work
            return self.text[a:b]
        if n > first and 2 <= len(words) <= 7 and words[0].group() in CONSTRUCT_TITLES and \
                not any(mark in self.folded[words[0].start():self.words[index].start()] for mark in "،,\"«»():"):
            a, b = self.original(words[0].start(), words[-1].end())
            return self.text[a:b]  # «لكن لاعب يوفنتوس السابق ومدرب المنتخب الإيطالي يقول»
        if n > first and 2 <= len(words) <= 4 and not words[0].group().startswith("ال") and \
                _bare(words[0].group()) in SUBJECT_HEADS and all(w.group().startswith("ال") for w in words[1:]) and \
                not any(mark in self.folded[words[0].start():self.words[index].start()] for mark in "،,\"«»():"):
            a, b = self.original(words[0].start(), words[-1].end())
            return self.text[a:b]  # «إلا أن سلطات الهجرة الإسرائيلية قالت»: a body and what it governs
        if n > first and 2 <= len(words) <= 3 and not words[0].group().startswith("ال") and \
                _bare(words[0].group()) in SUBJECT_HEADS and all(
                    not w.group().startswith("ال") and w.group().endswith(("يه", "ي", "ه", "ين", "ون")) for w in words[1:]) and \
                not any(mark in self.folded[words[0].start():self.words[index].start()] for mark in "،,\"«»():"):
            a, b = self.original(words[0].start(), words[-1].end())
            return self.text[a:b]  # «إلا أن دراسة بريطانية حديثة كشفت», «لكن خبراء مستقلين قالوا»: an indefinite noun and its adjectives
        if not described and (not 1 <= len(words) <= 3 or not all(w.group().startswith("ال") for w in words)
                              or _bare(words[0].group()) not in SUBJECT_HEADS):
            return None
        if any(mark in self.folded[words[0].start():self.words[index].start()] for mark in "،,\"«»():"):
            return None
        a, b = self.original(words[0].start(), words[-1].end())
        return self.text[a:b]

    def _described_opening(self, first: int, index: int) -> str | None:
        """«والمرأة المعنية هي مواطنة فرنسية، تبلغ من العمر 45 عاما، قالت إنها …»: a sentence that opens on a
        definite noun, says what it is with هي/هو, then reports it: that noun speaks."""
        k = first + 1
        if k < index and self.words[k].group().startswith("ال") and not self.folded[self.words[k - 1].end():self.words[k].start()].strip():
            k += 1  # its adjective
        if k >= index - 1 or self.words[k].group() not in _IT_IS:
            return None
        head = self.words[first].group()
        noun = head[1:] if head[:1] == "و" and head[1:3] == "ال" else head
        if not noun.startswith("ال") or not (_bare(noun) in SUBJECT_HEADS or noun in _PEOPLE_NOUNS):
            return None  # «والمشكلة هي أن الحكومة قالت»: a problem says nothing
        if any(word.group() in THAT for word in self.words[k + 1:index]):
            return None
        a, b = self.original(self.words[first].start() + (1 if head[:1] == "و" and head[1:3] == "ال" else 0),
                             self.words[k - 1].end())
        return self.text[a:b]

    def _statement_before(self, index: int) -> tuple[int | None, str | None] | None:
        """«ونقلت فرانس برس بيانا للمنظمة الدولية قالت فيه …»: the statement right before «قالت فيه» is whose
        it says, not the agency's that carried it."""
        following = self.words[index + 1].group() if index + 1 < len(self.words) else ""
        if following not in _IN_IT:
            return None
        for n in range(index - 1, max(0, index - 9), -1):
            noun = self.words[n].group().rstrip("ا")
            if noun in _A_STATEMENT and n:
                # «ونقل موقع "سبورت 360" عن كاريوس تصريحات … قال فيها»: the statements of the one they came from
                at = self.back(self.words[n].start())
                owner = next((e for e in self.within(max(0, at - 60), at) if e.label in SPEAKER_LABELS
                              and not self.text[e.end:at].strip(" \u200f\u200e\xa0\"»”")), None)
                if owner is not None and _WORD.findall(_fold(self.text[max(0, owner.start - 8):owner.start]))[-1:] == [_FROM_WHOM]:
                    return owner.id, None
            if (noun in _A_CALL or noun[:1] == "و" and noun[1:] in _A_CALL) and self.words[n + 1].group() == _fold("من") \
                    and n + 2 < index:
                # «تسجيلا … واتصالا من ترامب يقول فيه إنه …»: the caller
                a, b = self.original(self.words[n + 2].start(), self.words[index - 1].end())
                owner = [e for e in self.within(a, b) if e.label in ("ORG", "PERSON", "GPE")]
                if owner:
                    return owner[0].id, None
            owner_at = n + 1 if n + 1 < index and self.words[n + 1].group()[:1] == "ل" else \
                n + 2 if n + 2 < index and (self.words[n + 1].group() in ADVERBS or self.words[n + 1].group() in _OF_A_TIME) \
                and self.words[n + 2].group()[:1] == "ل" else None
            if owner_at is not None and self.words[owner_at].group() in _HIS:
                # «رد ترامب في تغريدة له قال فيها …»: his own, the sentence's subject says it; «ويأتي هجوم جونسون على
                # ماي بعد … مقال له نشرته صحيفة "ديلي تلغراف" قال فيه»: the person «له» stands for, the first of the
                # sentence of his gender, not the paper that carried it
                if noun in _WRITTEN_PIECES and self.words[owner_at].group() == _HIS_OWN:
                    floor = self.back(self.sentence_start(self.words[n].start()))
                    people = [e for e in self.within(floor, self.back(self.words[n].start())) if e.label == "PERSON"
                              and not self._governed(e)]
                    if people:
                        return people[0].id, None
                owner_at = None
            reading = next((m for m in range(max(0, n - 4), n) if self.words[m].group().lstrip("و") in _READ), None)
            if self.words[n].group().rstrip("ا") in _A_STATEMENT and reading is not None:
                # «وتلا ترامب بيانا للبيت الأبيض قال فيه "…"»: who read it out says it
                a, b = self.original(self.words[reading].end(), self.words[n].start())
                reader = [e for e in self.within(a, b) if e.label == "PERSON"]
                if reader:
                    return reader[0].id, None
            if self.words[n].group().rstrip("ا") in _A_STATEMENT and owner_at is not None:
                # «شريط فيديو سابقا لكامبل قالت فيه», «تصريحات سابقة لحمد بن جاسم العام الماضي، اعترف فيها»: an
                # adverb or an adjective of time may stand between
                a, b = self.original(self.words[owner_at].start() + 1, self.words[index - 1].end())
                owner = [e for e in self.within(a - 1, b) if e.label in ("ORG", "PERSON", "GPE")]
                head = self.words[owner_at].group()[1:]
                if owner and owner[0].label != "PERSON" and head in CONSTRUCT_TITLES and \
                        not any(e.label == "PERSON" for e in owner[1:]):
                    # «في أعقاب تصريح لرئيس السلطة القضائية قال فيه»: its head's statement, not the body's
                    return self._phrase_speaker(self.text[a:owner[0].end], self.words[index].start())
                if owner:
                    return owner[0].id, None
                phrase = self.text[a:b].strip()  # «للمنظمة الدولية» past its ل: «لمنظمة الدولية», the ال restored
                return self._phrase_speaker("ال" + phrase[1:] if _fold(phrase).startswith("ل") else phrase,
                                            self.words[index].start())
        if index and self.words[index - 1].group().rstrip("ا") in _A_STATEMENT and \
                not self.folded[self.words[index - 1].end():self.words[index].start()].strip():
            # «نشرت الأستاذة الجامعية بيانا قالت فيه إنه …»: who issued the statement says it
            issued = self._issued_statement(self.words[index - 1].start())
            if issued is not None:
                return issued
        return self._writer_before(index)

    def _writer_before(self, index: int) -> tuple[int | None, str | None] | None:
        """«مما دفع ترمب للرد في تغريدة على موقع تويتر …، قال فيها إن …»: the message «فيها» is in was
        written by the one named just before «في تغريدة» or «بتغريدة», in the same sentence."""
        floor = self.first_word_at(self.sentence_start(self.words[index].start()))
        for n in range(index - 1, max(floor, index - 14), -1):
            word = self.words[n].group()
            if word[:1] == "ب" and word[1:] in _A_STATEMENT:
                at = n
            elif word in _A_STATEMENT and n > floor and self.words[n - 1].group() == _fold("في"):
                at = n - 1
            else:
                continue
            a, b = self.original(self.words[max(floor, at - 4)].start(), self.words[at].start())
            writers = [e for e in self.within(a, b) if e.label in ("PERSON", "ORG") and not self._governed(e)]
            return (writers[-1].id, None) if writers else None
        return None

    def _filer(self, index: int) -> str | None:
        """«ورفع آباء وأمهات دعاوى قضائية، قالوا خلالها إن …»: whoever the sentence's verb has as its subject
        wrote the document a verb «قالوا فيها/خلالها» speaks in, named or not."""
        following = self.words[index + 1].group() if index + 1 < len(self.words) else ""
        gap = self.folded[self.words[index - 1].end():self.words[index].start()] if index else ""
        if following not in _IN_IT or self.words[index].group()[:1] == "و" or not any(m in gap for m in "،,"):
            return None  # only «…، قالوا خلالها»: the document named right before the comma
        first = self.first_word_at(self.sentence_start(self.words[index].start()))
        verb = self._opening_verb(first, index)
        if verb is None or verb + 1 >= index:
            return None
        return self._name_phrase(self.words[verb].end(), self.words[index].start())

    def _only_relatives_quoted(self, a: int, b: int) -> bool:
        """Whether every quote found starting in [a, b) (folded) is a relative clause's («التي قالت إنها …»)."""
        inside = [found for found, start, _ in self.found if a <= start < b]
        return bool(inside) and all(
            _WORD.findall(_fold(self.text[max(0, found.cue[0] - 12):found.cue[0]]))[-1:] and
            _WORD.findall(_fold(self.text[max(0, found.cue[0] - 12):found.cue[0]]))[-1] in RELATIVES for found in inside)

    def _kana_subject(self, index: int):
        """«وكان فلان، رئيس البلدية، قد زار الموقع وقال إنه …», «وكان التحالف قد أكد أن …»: a sentence that
        opens on كان names its subject right after it, for every verb of it that has none of its own."""
        sentence_start = self.sentence_start(self.words[index].start())
        first = self.first_word_at(sentence_start)
        if first >= index or self.words[first].group() not in _KANA:
            return None
        if self._quoted_between(sentence_start, self.words[index].start()) and \
                not self._only_relatives_quoted(sentence_start, self.words[index].start()):
            return None  # (a relative clause's own report, «التي قالت إنها …», leaves the subject of كان as it is)
        a = self.back(self.words[first].end())
        b = self.back(self.words[index].start())
        subject = [e for e in self.within(a, b) if e.label in SPEAKER_LABELS  # «وكانت الولايات المتحدة أشارت»
                   and not self._governed(e)]  # «وكان الرئيس وصف الاجتماع مع كيم»: not him
        title = _WORD.findall(_fold(self.text[a:subject[0].start])) if subject else []
        # «وكان وزير الخارجية الأمريكي مايك بومبيو أعلن»: an office of up to four words before the name
        long_title = len(title) <= 4 and bool(title) and (title[0] in TITLES or title[0] in CONSTRUCT_TITLES) and \
            all(w in TITLES or w in CONSTRUCT_TITLES or w.startswith("ال") for w in title)
        if subject and not long_title and title and title[0] in CONSTRUCT_TITLES and len(title) <= 9:
            # «وكان رئيس مكتب الأمن القومي في كوريا الجنوبية تشونغ يوي-يونغ قد قال»: an office, the body it heads and
            # the country of it (a tagged name), then the person
            bare_title = _WORD.findall(_fold("".join(
                self.text[x:y] for x, y in _gaps(a, subject[0].start, self.within(a, subject[0].start)))))
            long_title = all(w in TITLES or w in CONSTRUCT_TITLES or w.startswith("ال") or w in _IN_A_PLACE
                             or w in _CHAIN_NOUNS for w in bare_title)
        if subject and len(title) <= 8 and subject[0].label == "ORG" and not set(title) & GOVERNING and \
                self.words[index].group() in VERBS and \
                not _WORD.findall(_fold(self.text[subject[0].end:b])) and not any(m in self.text[a:subject[0].start] for m in "،,\"«"):
            # «وكانت منصة التواصل الاجتماعي الأكبر عالميا فيسبوك كشفت»: what it is, then the body, then its verb
            long_title = True
        if subject and not self._governed(subject[0]) and (len(title) <= 2 or long_title):
            # «وكان رئيس "المركز الروسي للمصالحة"، الجنرال يوري يفتوشينكو، قد نفى»: the head, named in apposition
            named_so = next((e for e in subject[1:3] if e.label == "PERSON" and subject[0].label != "PERSON"
                             and self.text[subject[0].end:e.start].strip(" \"»”\u200f\u200e\xa0")[:1] in ("،", ",")
                             and len(_WORD.findall(self.text[subject[0].end:e.start])) <= 2), None)
            if named_so is not None and self._in_construct(subject[0]):
                return named_so
            if self._in_construct(subject[0]):  # «وكان رئيس الفلبين قد أعلن»: the president, named so before
                return self._earlier_name(self.words[index].start(), self.text[a:subject[0].start], titled_only=True)
            return subject[0]  # «وكان الرئيس فلان …»: at most a title between كان and the name
        # «وكان الرئيس الأميركي وصف …», «… قد اختص ألمانيا»: the one that title named before
        kept = []
        for word in self.words[first + 1:min(index, first + 4)]:
            w = word.group()
            if not (w in TITLES or w in CONSTRUCT_TITLES or (kept and (w.endswith(_ADJECTIVE_ENDINGS)
                                                                       or kept[-1].group() in CONSTRUCT_TITLES))):
                break
            kept.append(word)
        if kept:
            a, b = self.original(kept[0].start(), kept[-1].end())
            return self._earlier_name(self.words[first].start(), self.text[a:b])
        return None

    def _clause_opening(self, index: int) -> int | None:
        """The first word of the clause a word stands in, when a comma opens that clause on a joined verb
        («، واعتذرت الهيئة …»); None when the clause is the sentence's first."""
        first = self.first_word_at(self.sentence_start(self.words[index].start()))
        for n in range(index - 1, first, -1):
            if any(mark in self.folded[self.words[n - 1].end():self.words[n].start()] for mark in "،,"):
                # «…، فاتهمت بريطانيا روسيا …، وقالت»; «…، لكن المتحدث باسم الضريح نفى التقارير وقال»
                return n if self.words[n].group()[:1] in "وف" or self.words[n].group() in _BUT_OPENERS else None
        return None

    def _quotes_between_of_other_gender(self, a: int, b: int, index: int) -> bool:
        """Whether every quote found in [a, b) has a verb of the other gender than the word at `index`."""
        mine = _person(self.words[index].group())
        if mine is None:
            return False
        at = bisect.bisect_left(self.found_spans, (a, -1))
        starts = {start for start, _ in self.found_spans[at:bisect.bisect_left(self.found_spans, (b, -1))]}
        cues = [_fold(self.text[found.cue[0]:found.cue[1]]) for start in starts for found in self.found_at.get(start, ())]
        return bool(cues) and all(_person(cue) not in (None, mine) for cue in cues)

    def _opening_subject(self, index: int, *, clause: bool = False) -> tuple[int | None, str | None] | None:
        """«واتهمت الحكومة البريطانية المعارضين … وأكدت أنها …», «وناشدت وزارة الصحة المواطنين …، وقالت إن …»,
        «وفقا للكرملين، هنأ بوتين الرئيس السوري … وشدد على "…"»: a verb or a participle with no subject of its
        own, in a sentence that opened on a verb (after an attribution closed by a comma, if any). The subject
        of that verb speaks: a tagged name right after it (a title or two before the name), else a definite noun,
        or a noun and the definite noun it governs, that can speak (a body, a title, a group), with the
        adjectives after it («وزارة الصحة المصرية»)."""
        if index >= len(self.words):
            return None
        cue_start = self.words[index].start()
        sentence_start = self.sentence_start(cue_start)
        first = self._clause_opening(index) if clause else self.first_word_at(sentence_start)
        if first is None or index - first < 2:
            return None
        if self._quoted_between(self.words[first].start() if clause else sentence_start, cue_start):
            # (a clause past a quote of the sentence's start names its own subject; but «عبرت الصين عن دهشتها من
            # بيان أصدره البيت الأبيض وذكر فيه أن …، وقالت إن …»: a quote between of the other gender cannot go on,
            # and the sentence's own verb, of the cue's gender, names who does)
            if clause or not self._quotes_between_of_other_gender(sentence_start, cue_start, index):
                return None
            verb = self._opening_verb(first, index)
            if verb is None or _person(self.words[verb].group()) is None or \
                    _person(self.words[verb].group()) != _person(self.words[index].group()):
                return None
        if self.words[first].group() in _HOWEVER_OPENERS and first + 3 < index and self.words[first + 1].group() in THAT:
            first += 1  # «إلا أن فلانا … انتقد الاتحاد وقال»: the name after «إلا أن» as after «لكن»
            but = True
        else:
            but = self.words[first].group() in _BUT_OPENERS
        if but and first + 2 < index:
            # «لكن روسيا نفت أي علاقة لها بالهجوم، وأكدت أنها …»: the name لكن sets before its verb
            at = self.back(self.words[first + 1].start())
            named = next((e for e in self.within(at, at + 200, whole=False) if e.start == at and e.label in SPEAKER_LABELS), None)
            titled = self.words[first + 1].group()
            if named is None and (titled in CONSTRUCT_TITLES or titled in TITLES):
                # «لكن رئيس أجهزة الاستخبارات الأمريكية دان كوتس شكك …»: the titles, then the person
                # («لكن المدرب الإيطالي يخشى التهديد الذي يمثله فلان»: a name past a relative is no subject)
                named = next((e for e in self.within(at, self.back(cue_start)) if e.label == "PERSON"
                              and len(_WORD.findall(self.text[at:e.start])) <= 6
                              and not any(m in self.text[at:e.start] for m in "،,\"«")
                              and not (THAT | RELATIVES) & set(_WORD.findall(_fold(self.text[at:e.start])))), None)
            if named is not None and _WORD.findall(_fold(self.text[at:named.start]))[-1:] == [_IN_THE_NAME_OF]:
                # «لكن المتحدث باسم ماي رفض …»: the spokesman, in her name
                represented = (None, self.text[at:named.end])
                named = None
            else:
                represented = None
            following = next((n for n in range(first + 2, index) if self.back(self.words[n].start()) >= named.end),
                             None) if named is not None else None
            if represented is not None and not any(m in self.text[at:self.back(cue_start)] for m in ".؟!\n"):
                return represented
            if named is not None and following is not None and following < index:
                verb = self.words[following].group()
                if not verb.startswith("ال") and verb not in GOVERNING and len(verb) >= 3 and verb not in NOT_VERB_OPENERS:
                    return named.id, None
                # «إلا أن فلانا من مجموعة "…" والمؤيد للبريكست انتقد الاتحاد وقال»: what describes the name, no
                # other person, no أن and no comma on the way to the joined verb
                rest = self.text[named.end:self.back(cue_start)]
                if named.label == "PERSON" and self.words[index].group()[:1] == "و" and not any(m in rest for m in "،,") \
                        and not THAT & set(_WORD.findall(_fold(rest))) and len(_WORD.findall(rest)) <= 24 and not any(
                            e.label == "PERSON" for e in self.within(named.end, self.back(cue_start))):
                    return named.id, None
            if named is None and represented is None and self.words[index].group()[:1] == "و":
                # «…، لكن المتحدث باسم الضريح نفى التقارير وقال»: a definite subject no one tagged, then its verb
                phrase = self._name_phrase(self.words[first].end(), cue_start)
                kept = _WORD.findall(_fold(phrase or ""))
                verb_at = first + 1 + len(kept)
                if phrase and kept[0].startswith("ال") and _bare(kept[0]) in SUBJECT_HEADS and verb_at < index:
                    verb = self.words[verb_at].group()
                    if not verb.startswith("ال") and verb not in GOVERNING and len(verb) >= 3 and verb not in NOT_VERB_OPENERS \
                            and not self._feminine_noun(verb_at) and not any(
                                m in self.folded[self.words[verb_at].end():self.words[index].start()] for m in "،,.\"«"):
                        return self._phrase_speaker(phrase, cue_start)
        if self.words[first].group() in _AS_ALSO and self.words[first + 1].group() in THAT and index - first >= 4:
            # «كما أن رئيس البرلمان علق قائلا إن …»: the subject أن sets before its verb
            verb = self.words[index - 1].group()  # «علق»: a verb right before the participle, its subject before it
            if index - first <= 7 and not verb.startswith("ال") and verb not in GOVERNING and _bare(self.words[first + 2].group()) in SUBJECT_HEADS:
                a, b = self.original(self.words[first + 2].start(), self.words[index - 2].end())
                return self._phrase_speaker(self.text[a:b], cue_start)
        if self.words[first].group() in _KANA and index - first >= 2:
            # «وكانت أوساط مقربة من ماكرون قد قالت: …»: the description كان opens on, when no name is tagged there
            a, b = self.original(self.words[first].end(), cue_start)
            if any(e.label in SPEAKER_LABELS and not self._governed(e) for e in self.within(a, b)):
                return None  # «وكان الرئيس فلان قد …»: a name there is for the rules of كان
            phrase = self._name_phrase(self.words[first].end(), cue_start)
            kept = _WORD.findall(fold(phrase or ""))
            if phrase and _bare(kept[0]) in SUBJECT_HEADS:
                return self._phrase_speaker(phrase, cue_start)
            return None
        verb = self._opening_verb(first, index)
        if verb is None or self._asked_then_answered(verb, index):
            return None  # («وتساءلت CNN عما إذا كان …، فقال»: the one asked answers)
        if self._her_verb_his_cue(verb, index):
            # the person her sentence names, the last before his verb («مناشدة من جانب كيتنغ»), or no one here
            people = [e for e in self.within(self.back(self.words[verb].end()), self.back(cue_start)) if e.label == "PERSON"]
            return (people[-1].id, None) if people else None
        words = self.words[verb + 1:index]
        a = self.back(self.words[verb].end())
        if len(words) > 1 and words[0].group() in _TO_HER:  # «ويطلب منها الموظف أن …، ويقول لها»: the subject after «منها»
            words = words[1:]
            a = self.back(words[0].start())
        while len(words) > 1 and words[0].group() in ADVERBS and not self.folded[words[0].end():words[1].start()].strip():
            words = words[1:]  # «ودعت أيضا وزارة الخارجية …»: past the adverb, the subject
            a = self.back(words[0].start())
        named = [e for e in self.within(a, self.back(cue_start)) if e.label in SPEAKER_LABELS]
        between = _WORD.findall(_fold(self.text[a:named[0].start])) if named else []
        opener = self.words[verb].group()
        if named and not between and (opener[1:] if opener[:1] in "وف" else opener) in _HELD and \
                _WORD.findall(_fold(self.text[named[0].end:named[0].end + 20]))[:1] == [_THE_RESPONSIBILITY]:
            return None  # «وحملت دمشق المسؤولية عن الهجوم، مضيفة …»: whom she held responsible, not who speaks
        she = next((e for e in named[:3] if e.label == "PERSON"), None)
        if named and (self._acted_on(verb, named[0]) or named[0].label in ("ORG", "GPE") and (
                not between and self._his_verb_her_noun(verb, index, named[0].text)) or she is not None and (
                self._his_verb_her_title(verb, index, _WORD.findall(_fold(self.text[a:she.start]))))):
            # «وهاجم الحزب الديمقراطي، وقال إن …», «ودعا وزارة الخزانة إلى …، مشيرا»: whom he attacked or called
            # on; he is the one spoken of before
            return None
        if between and between[-1] == _IN_THE_NAME_OF and len(between) <= 4 and _bare(between[0]) in SUBJECT_HEADS:
            # «وأكد متحدث باسم الجيش الإسرائيلي حصول الغارات، موضحا …»: the spokesman speaks, for the army; in
            # «المتحدث باسم الجيش تامر الرفاعي» he is named after it
            named_so = next((e for e in named[1:] if e.label == "PERSON" and not any(
                m in self.text[named[0].end:e.start] for m in "،,\"«") and len(_WORD.findall(self.text[named[0].end:e.start])) <= 3),
                None)  # «الناطقة باسم اللجنة الدولية في المنطقة ماري كلير فغالي»
            if named_so is not None:
                return named_so.id, None
            return None, self.text[self.back(words[0].start()):named[0].end]
        if named and (self._governed(named[0]) or named[0].label == "PERSON") and words and (
                words[0].group() in CONSTRUCT_TITLES or words[0].group() in TITLES or words[0].group() in DESCRIPTIONS):
            # «وسعى عضو البرلمان البريطاني عن مدينة سالزبيري، جون غلين، إلى …، قائلا»: the title, where it is
            # held, then the name in apposition between commas
            named_so = next((e for e in named[:4] if e.label == "PERSON" and not self._governed(e, titles=False)
                             and self.text[max(0, e.start - 3):e.start].strip(" \u200f\xa0")[-1:] in ("،", ",")
                             and len(_WORD.findall(self.text[a:e.start])) <= 9), None)
            if named_so is not None:
                return named_so.id, None
        tongue = self._spoke_through(named[0], cue_start) if named and named[0].label != "PERSON" else None
        if tongue is not None:
            return tongue.id, None  # «واتهمت روسيا، على لسان المتحدثة باسم خارجيتها فلانة، واشنطن …، وقالت»: she speaks for it
        if named and not self._governed(named[0]):
            # («سفير فرنسا لدى المنظمة فيليب لاليو»: where he is posted may come between)
            person_after = next((e for e in named[1:3] if e.label == "PERSON" and (len(_WORD.findall(
                self.text[named[0].end:e.start])) <= 1 or len(_WORD.findall(self.text[named[0].end:e.start])) <= 3 and all(
                    w in GOVERNING or w.startswith("ال") for w in _WORD.findall(_fold(self.text[named[0].end:e.start]))))
                and not any(m in self.text[named[0].end:e.start] for m in "،,\"«")), None) if named[0].label != "PERSON" else None
            if person_after is not None and self._in_construct(named[0]):
                return person_after.id, None  # «وصف وزير خارجية إيران محمد جواد ظريف …، وقال»: the minister
            if between and all(w in HOLDERS for w in between) and named[0].label == "PERSON":
                # «ونشر والد بيبر، جيرمي صورة …، قائلا»: the father, named after his son
                named_so = next((e for e in named[1:] if e.label == "PERSON"
                                 and self.text[named[0].end:e.start].strip(" \u200f\u200e\xa0") in ("،", ",")), None)
                if named_so is not None:
                    return named_so.id, None
            represented = self._holder(named[0], REPRESENTATIVES) if named[0].label != "PERSON" else \
                self._holder(named[0], HOLDERS | PERSONAL_OFFICES) if between and (
                    between[0] in HOLDERS or between[-1] in PERSONAL_OFFICES) else None  # («وندد أحد مساعدي نتنياهو»)
            if represented and named[0].label != "PERSON" and self._his_verb_her_noun(verb, index, represented):
                return None  # «ودعا أيضا مرارا حكومة بغداد إلى التحرك، مهددا …»: whom he called on, not who spoke
            if represented:  # («نددت إدارة الرئيس الأمريكي دونالد ترامب …، مؤكدة»: his administration)
                # («وتقدم مبعوث فلسطين … بالشكر …، الذي قال»: the envoy, not the country; «حسبما أفاد قائد شرطة
                # دهوك» after «طارق أحمد قائد شرطة دهوك»: the man named with that title)
                named_so = self._named_before_title(represented, cue_start)
                return (named_so.id, None) if named_so is not None else (None, represented)
            # «ونشرت صحيفة نيويورك تايمز بيانا …، قائلة»: the kind of body before its name
            # «وقد لوح رئيس الوزراء الإسرائيلي، فلان»: the noun a construct title governs
            if all(w in TITLES or w in CONSTRUCT_TITLES or w.endswith(_ADJECTIVE_ENDINGS) or w in _MEDIA or w in _FORMER
                   or (n and between[n - 1] in CONSTRUCT_TITLES and w.startswith("ال"))
                   for n, w in enumerate(between)) and len(between) <= 3:
                if named[0].label != "PERSON" and between and between[0] in CONSTRUCT_TITLES and _bare(between[0]) in \
                        _PLAYERS | _COACHES:
                    # «وأشاد مهاجم برشلونة بمدربه …، وقال»: the club's forward introduced before, not the club
                    titled = self._earlier_name(self.words[verb].start(), " ".join(between), titled_only=True)
                    if titled is not None:
                        return titled.id, None
                head = self._head_of(named[0], cue_start) if named[0].label != "PERSON" and between and \
                    between[0] in CONSTRUCT_TITLES else None
                if head is not None:  # «كما وجه رئيس الاتحاد الفلسطيني رسالة …، وقال»: its head introduced before
                    return head.id, None
                if named[0].label == "GPE" and between and between[0] in CONSTRUCT_TITLES:
                    # «وأكد رئيس بلدية فلورنسا الخبر، مشيرا»: the office, as after «وقال رئيس بلدية فلورنسا», not the city
                    return self._phrase_speaker(self.text[self.back(words[0].start()):named[0].end], cue_start)
                return named[0].id, None  # «هنأ بوتين …», «وأعلن الرئيس الروسي فلاديمير بوتين …»

            if named[0].label == "PERSON" and 3 < len(between) <= 6 and (between[0] in CONSTRUCT_TITLES or between[0] in TITLES) \
                    and all(w in TITLES or w in CONSTRUCT_TITLES or w.startswith(("ال", "وال")) for w in between) \
                    and not any(m in self.text[a:named[0].start] for m in "،,\"«("):
                # «ندد وزير الأوقاف والشؤون الدينية الشيخ يوسف ادعيس بـ… وقال»: a long office, then the person
                return named[0].id, None
        if (opener[1:] if opener[:1] in "وف" else opener) in _DESCRIBED_AS and not (words and words[0].group() in DESCRIPTIONS):
            return None  # «ووصف التقارير عن مرضه بالكاذبة، مشيرا …»: what he described, not who («ووصف شاهد عيان …» is who)
        own = re.sub(r"(?:نا|ه|ها|هم)$", "", words[0].group())
        if words[0].group().startswith("ال"):
            phrase = words[:1]
        elif len(words) > 1 and words[1].group().startswith("ال"):
            phrase = words[:2]
        elif len(words) > 2 and _bare(words[0].group()) in BODY_KINDS_BARE and words[2].group().startswith("ال") \
                and not words[1].group().startswith("ال") and words[1].group() not in GOVERNING \
                and not words[1].group().endswith(_ADJECTIVE_ENDINGS) and \
                not any(m in self.folded[words[0].end():words[2].start()] for m in "،,\"«"):
            phrase = words[:3]  # «بدورها، انتقدت منظمة حقوق الإنسان …، وذكرت»: a body, the construct it heads
        elif own != words[0].group() and _bare(own) in SUBJECT_HEADS:
            phrase = words[:1]  # «وأفاد مراسلنا في اليمن …»
        elif (words[0].group().isdigit() or words[0].group() in _COUNTS) and len(words) > 1 and \
                not words[1].group().startswith("ال"):
            phrase = words[:2]  # «واقترحت 4 صناديق أميركية …، معتبرين», «وجهت ست سيدات اتهامات …، قائلات»
        elif words[0].group() in CONSTRUCT_TITLES and len(words) > 2 and words[1].group() in _IN_WORDS and any(
                e.start == self.back(words[2].start()) and e.label in ("GPE", "ORG")
                for e in self.within(self.back(words[2].start()), self.back(words[2].end()) + 1, whole=False)):
            # «تعرض وزير في الهند للسخرية … لأنه قال إن …»: an office and where it is held
            where = next(e for e in self.within(self.back(words[2].start()), self.back(words[2].end()) + 1, whole=False)
                         if e.start == self.back(words[2].start()))
            return self._phrase_speaker(self.text[self.back(words[0].start()):where.end], cue_start)
        elif len(words) > 2 and words[1].group() == _IN_THE_NAME_OF and words[2].group().startswith("ال") and \
                _bare(words[0].group()) in SUBJECT_HEADS:
            phrase = words[:1]  # «وقال متحدث باسم الشرطة …، مضيفا»: the spokesman, whose name he speaks in below
        elif words[0].group() in DESCRIPTIONS and words[0].group() not in CONSTRUCT_TITLES and \
                not self.within(self.back(words[0].start()), self.back(words[min(3, len(words) - 1)].end()), whole=False):
            phrase = words[:1]  # «كشفت تقارير عن …، مشيرة إلى …»
            if len(words) > 1 and words[0].group() == _fold("وسائل") and words[1].group().endswith(_fold("إعلام")):
                phrase = words[:2]  # «أثنت وسائل إعلام حكومية صينية …، وقالت»
        else:
            return None
        if _bare(phrase[0].group()) not in SUBJECT_HEADS and _bare(own) not in SUBJECT_HEADS and \
                not phrase[0].group().isdigit() and phrase[0].group() not in _COUNTS or phrase[0].group() in NOT_NAMES:
            return None  # («وكشف النقاب عن …»: the veil, not «النقابة», the union)
        definite = phrase[-1].group().startswith("ال")
        for word in words[len(phrase):]:
            gap = self.folded[phrase[-1].end():word.start()]
            if not gap.strip() and word.group() == _EYE and phrase[-1].group() in _WITNESSES:
                phrase.append(word)  # «شاهد عيان»: an eyewitness
                continue
            if not gap.strip() and word.group() == _fold("العام") and phrase[-1].group() in _GENERAL_OFFICES:
                phrase.append(word)  # «الأمين العام», «المدعي العام»
                continue
            if gap.strip() or word.group().startswith("ال") != definite or not word.group().endswith(_ADJECTIVE_ENDINGS) \
                    or len(word.group()) < 4 or word.group() in GOVERNING or word.group() in RELATIVES:  # «المجموعة التي»
                break
            phrase.append(word)  # «المصرية», «الأمريكيون»: an adjective of the subject
        rest = words[len(phrase):]
        if len(rest) > 1 and rest[0].group() == _IN_THE_NAME_OF and rest[1].group().startswith("ال") and \
                not self.folded[phrase[-1].end():rest[1].start()].strip(" " + _IN_THE_NAME_OF):
            phrase += rest[:2]  # «أدان المتحدث باسم السلطة الاتهامات …»: whose spokesman, not a title alone
        if any(mark in self.folded[phrase[0].start():phrase[-1].end()] for mark in "،,\"«"):
            return None
        a, b = self.original(phrase[0].start(), phrase[-1].end())
        after = self.original(phrase[-1].end(), words[min(len(phrase), len(words) - 1)].end())[1]
        touching = self.within(a, after, whole=False)
        if touching and not (phrase[0].group() in BODY_KINDS and all(
                e.start >= b and e.label in ("PERSON", "GPE") for e in touching)):
            return None  # a tagged name in or right after the phrase: not this one's subject
        # a person or a place is no other name of a body: «وطالبت الحكومة العراقية أنقرة بالتحرك، مؤكدة» names whom
        # she called on; the body is known by what was said of it before this sentence, not by its object
        known_before = self.words[verb].start() if touching else cue_start
        # «وأصدرت الجمعية الخيرية البريطانية لمكافحة سرطان الرحم، أوفاكوم، تقريرا …، لكنها أشارت»: the body
        # named in apposition, between commas, a few words on
        named_so = next((e for e in named if e.start >= b and len(_WORD.findall(self.text[b:e.start])) <= 5
                         and self.text[b:e.start].rstrip(" \u200f\u200e\xa0")[-1:] in ("،", ",")
                         and self.text[e.end:e.end + 3].lstrip(" \u200f\u200e\xa0")[:1] in ("،", ",")), None)
        if named_so is not None and not any(m in self.text[b:named_so.start].rstrip(" \u200f\u200e\xa0،,") for m in "،,\"«"):
            return named_so.id, None
        # «وناشدت الوزارة …» after «وزارة الداخلية الألمانية», «وتابع المستشار النمساوي …» after his name
        return self._phrase_speaker(self.text[a:b], known_before)

    def _previous_subject(self, cue_start: int, quoted_end: int):
        """The tagged subject of the sentence just before the cue's (in its paragraph or the one before), after
        the last quote (`quoted_end`, in the text's own offsets), when that sentence opens on a verb and quotes no
        one: the last one the article spoke of."""
        sentence_start = self.sentence_start(cue_start)
        last = sentence_start - 1  # the previous sentence's last letter, past its full stop and the line break
        while last > 0 and self.folded[last] in " \t\r\n\xa0.!?؟\u200f\u200e\"»”":  # «… "من طرف واحد."»: its marks too
            last -= 1
        if last <= 0 or self.folded.count("\n", last, sentence_start) > 1:
            return None
        previous = self.sentence_start(last)
        if self.back(previous) < quoted_end or self._quoted_between(previous, sentence_start):
            return None
        if self.words[self.first_word_at(previous)].group() in _SEE_ALSO:
            return None  # «للمزيد: ترامب يدرس الوضع …»: a link to another story, not this one's narration
        described = self._described_as_is(self.first_word_at(previous))
        if described is not None:
            return described  # «وسيباستيان كورتس هو أصغر زعيم في أوروبا. وقال: "…"»
        verb = self._opening_verb(self.first_word_at(previous), self.first_word_at(sentence_start))
        if verb is not None and (self.words[verb].group()[1:] if self.words[verb].group()[:1] in "وف" else
                                 self.words[verb].group()) in _DESCRIBED_AS and verb + 2 < len(self.words) and \
                self.words[verb + 2].group()[:1] == "ب":
            # «ووصفت موزنجا بقولها كانت "…" وأضافت»: whom she described, not who goes on («ووصف ترامب العلاقات
            # بأنها …» names the one who described)
            return None
        if verb is not None and self.words[verb].group().lstrip("و") in HOLDS_A_VIEW:
            return None  # «ويرى التحالف في هذا الميناء منطلقا …. وأضاف "…"»: a view told by the reporter, no speaker
        if verb is not None and (verb and self.words[verb - 1].group() in _NEGATIONS and self.words[verb].group() in _ANSWERED
                                 or self.words[verb].group().lstrip("و") in _DECLINED
                                 and _THE_COMMENT in [w.group() for w in self.words[verb + 1:verb + 5]]):
            # «ولم يرد البيت الأبيض على طلب CNN للتعليق. وقال "…"», «وامتنع البيت الأبيض عن التعليق», «ولم تتمكن CNN
            # من التحقق …»: it said nothing, or could not; who spoke before goes on
            return None
        if verb is not None and self._asked_then_answered(verb, self.first_word_at(cue_start)):
            return None  # «وسأله مذيع فوكس نيوز: "هل …؟"، فأجاب»: the one asked answers, not the one who asked
        if verb is not None and self._genders_differ(verb, self.first_word_at(cue_start)):
            return None  # «أعلنت وزارة الثقافة …. جاء ذلك بعد دعوته … وأضاف»: she announced, he added
        if verb is None:
            first = self.first_word_at(previous)
            if self.words[first].group() in _KANA and first + 1 < self.first_word_at(sentence_start):
                # «وكان العراق أعلن …», «وكان الرئيس الأميركي وصف …»: whom كان names (not «وكانت الوزارة قد
                # توعدت …» for a «وقال» of his)
                if _other_person(self.words[first].group(), self._cue_word_at(cue_start)):
                    return None
                return self._kana_subject(self.first_word_at(sentence_start) - 1)
            return self._subject_after_but(first)
        a = self.back(self.words[verb].end())
        named = [e for e in self.within(a, self.back(sentence_start)) if e.label in ("PERSON", "ORG")]
        country = next((e for e in self.within(a, self.back(sentence_start)) if e.label == "GPE"), None)
        if country is not None and (not named or country.start < named[0].start) and \
                not self.text[a:country.start].strip(" \u200f\u200e\xa0") and not self._governed(country) and \
                _person(self.words[verb].group()) == "she" == _person(self._cue_word_at(cue_start)) and \
                (self._is_cue_word(self.words[verb].group()) or self.words[verb].group().lstrip("و") in _HER_STANCE):
            return country  # «أعربت كندا عن "قلقها الشديد" …. لكنها قالت إنها …»: the country, right after her verb
        if named and self._governed(named[0]) and _WORD.findall(_fold(self.text[max(0, named[0].start - 12):named[0].start]))[-1:] == [_IN_THE_NAME_OF]:
            # «ودانت المتحدثة باسم وزارة الخارجية هيذر نويرت …»: the spokeswoman named after the body
            named_so = next((e for e in named[1:] if e.label == "PERSON" and not any(
                m in self.text[named[0].end:e.start] for m in "،,\"«") and len(_WORD.findall(self.text[named[0].end:e.start])) <= 3), None)
            return named_so
        titled = self._titled_subject(verb, named)
        if titled is not None:
            return titled  # «وأدلى وزير الإعلام النيجيري بتصريحه …. وقال "…"»: the minister introduced before
        lead = _WORD.findall(_fold(self.text[a:named[0].start])) if named else []
        if named and self._governed(named[0]) and lead and (lead[0] in CONSTRUCT_TITLES or lead[0] in TITLES):
            # «وفي المقابل، انتقد زعيم الأقلية الديمقراطية في مجلس الشيوخ، تشاك شومر، …»: where the titled one
            # serves, then his name in apposition
            named_so = next((e for e in named[1:3] if e.label == "PERSON"
                             and self.text[named[0].end:e.start].strip(" \u200f\u200e\xa0\"»”") in ("،", ",")), None)
            if named_so is not None:
                return named_so
        if not named or self._governed(named[0]):
            return None
        between = _WORD.findall(_fold(self.text[a:named[0].start]))
        if between and between[0] in _TO_HER:
            between = between[1:]  # «ورد عليه ماكرون في مؤتمر صحفي»: whom he answered, then who
        opener = self.words[verb].group()
        replied = bool(between) and between[0] in _REPLIES and all(
            w in TITLES or w in CONSTRUCT_TITLES or w.startswith("ال") for w in between[1:])
        if ((opener[1:] if opener[:1] in "وف" else opener) == _CAME or opener in _DELAYED) and replied \
                and named[0].label in ("PERSON", "ORG"):
            # «وجاء رد ماكرون سريعا. وقال إن …», «ولم يتأخر رد السيناتور الديمقراطي فلان.»: whose reply came goes on
            return named[0]
        # «أشاد الأمين العام للأمم المتحدة أنطونيو غوتيريس بالجهود»: a title and the body it is held in
        # (a verb with و may go on for the subject before and take the titled one as its object: «وحث وزير
        # الخزانة فيليب هاموند على …»)
        titled_body = bool(between) and (between[0] in TITLES or between[0] in CONSTRUCT_TITLES) and len(between) <= 6 \
            and (self.words[verb].group()[:1] not in "وف" or self.words[verb].group() in _ROOT_WAW) \
            and all(w.startswith(("ال", "لل")) or w in CONSTRUCT_TITLES for w in between)
        # «وأشادت رئيسة الوزراء البريطانية تيريزا ماي بالزيارة»: her verb and her title agree, so she is its
        # subject, and the noun a title governs is part of it (a verb of his may take the titled one as its
        # object: «وحث وزير الخزانة فيليب هاموند على …»)
        opener = self.words[verb].group()
        title_is_subject = bool(between) and between[0] in CONSTRUCT_TITLES and (
            (between[0].endswith("ه") and _person(opener) == "she")
            # «وأشاد رئيس الوزراء البريطاني بوريس جونسون بالزيارة»: a verb whose own complement takes a
            # preposition has no object to take; the titled one after it is its subject
            or (opener[1:] if opener[:1] in "وف" else opener) in _PREPOSITIONAL_ACTS
            # «وانتقد زعيم المعارضة جيريمي كوربن الزيارة»: a definite noun right after the name is the object
            or self._object_after(named[0]))
        # («وتصف جماعة "الخوذ البيضاء" نفسها …»: the kind of body before its name)
        if not titled_body and (len(between) > 3 or not all(
                w in TITLES or w in CONSTRUCT_TITLES or w.endswith(_ADJECTIVE_ENDINGS) or "ال" + w in BODY_KINDS
                or (title_is_subject and n == 1 and w.startswith("ال")) for n, w in enumerate(between))):
            return None
        if named[0].label != "PERSON" and between and between[0] in CONSTRUCT_TITLES:
            # «وأكد رئيس شركة إي فاينانس، إبراهيم سرحان، على …. وقال إنه …»: the head, named in apposition
            named_so = next((e for e in named[1:3] if e.label == "PERSON"
                             and self.text[named[0].end:e.start].strip(" \u200f\u200e\xa0\"»”") in ("،", ",")), None)
            if named_so is not None:
                return named_so
        return named[0]

    def _object_after(self, named) -> bool:
        """Whether a definite noun, no adjective, follows the name with nothing between: the verb's object, the
        name its subject."""
        following = _WORD.match(_fold(self.text[named.end:named.end + 30]).lstrip(" \u200f\u200e\xa0"))
        return following is not None and following.group().startswith("ال") and not _is_nisba(following.group()) \
            and following.group() not in TIME_WORDS

    def _genders_differ(self, one: int, other: int) -> bool:
        """Two verbs, one she («أعلنت») and one he («أضاف»): not the same subject."""
        if max(one, other) >= len(self.words) or not self._is_cue_word(self.words[other].group()):
            return False  # only a verb of saying tells its subject's gender here («لكنها» does not)
        return _other_person(self.words[one].group(), self.words[other].group())

    def _held_or_named(self, person) -> tuple[int | None, str | None]:
        """The person, or the one holding an office of theirs right before their name: «وندد أحد مساعدي نتنياهو
        بالتقارير …. وقال» is the aide, not the one he serves."""
        held = self._holder(person, HOLDERS | PERSONAL_OFFICES)
        return (None, held) if held else (person.id, None)

    def _spoke_through(self, body, cue_start: int):
        """The person a body spoke through, «على لسان» right after it and the person within eight words."""
        words = list(_WORD.finditer(_fold(self.text[body.end:self.back(cue_start)])))
        if len(words) < 3 or [w.group() for w in words[:2]] != _ON_THE_TONGUE:
            return None
        reach = body.end + words[min(len(words) - 1, 9)].end()
        return next((e for e in self.within(body.end, reach) if e.label == "PERSON"), None)

    def _acted_on(self, verb: int, named) -> bool:
        """Whether the name right after a verb of his that must take an object is that object: its clause ends
        after it, past an adverb at most («وانتقد الأمم المتحدة بشدة، وقال» is «he criticised the UN»; «وانتقد
        الحزب القرار» has its object after the party, its subject)."""
        opener = self.words[verb].group()
        act = opener if opener in _TRANSITIVE_ACTS else opener[1:] if opener[:1] in "وف" else opener  # («وصف»: a root و)
        titles = _WORD.findall(_fold(self.text[self.back(self.words[verb].end()):named.start]))
        # («وهنأ الرئيس الفرنسي إيمانويل ماكرون بفوزه»: past his titles, when the complement says he is the object)
        titled = act in _OBJECT_THEN and 0 < len(titles) <= 4 and titles[0] in TITLES and all(
            w in TITLES or w in CONSTRUCT_TITLES or w.startswith("ال") for w in titles) and \
            not any(m in self.text[self.back(self.words[verb].end()):named.start] for m in "،,\"«")
        if act in _PREPOSITIONAL_ACTS and len(titles) == 1 and titles[0][:1] == "ب" and len(titles[0]) > 3:
            return True  # «وأشاد بعمل وزارة الخارجية …، وقال»: what he praised, the name in its genitive
        if act in _TRANSITIVE_ACTS and titles and titles[0] in _STANCES and all(
                w in TITLES or w in CONSTRUCT_TITLES or w.startswith("ال") for w in titles[1:]) and \
                not any(m in self.text[self.back(self.words[verb].end()):named.start] for m in "،,\"«"):
            return True  # «وانتقد تصريحات الرئيس الإيراني حسن روحاني، قائلا»: what he criticised was the man's words
        # («ووصف شبكة CNN بأنها …», «وهاجم صحيفة نيويورك تايمز، …»: the kind of body, part of its name)
        kind = len(titles) == 1 and (titles[0] in _MEDIA or "ال" + titles[0] in BODY_KINDS)
        if act not in _TRANSITIVE_ACTS or (titles and not titled and not kind):
            return False
        at = next((n for n in range(verb + 1, min(verb + 12, len(self.words)))
                   if self.back(self.words[n].start()) >= named.end), None)
        while at is not None and at < len(self.words):
            gap = self.text[named.end:self.back(self.words[at].start())]
            if any(m in gap for m in "،,.:\"«\n"):
                return not titled
            word = self.words[at].group()
            glued = word[:1] in "بل" and len(word) > 3 and not self.within(
                self.back(self.words[at].start()), self.back(self.words[at].end()), whole=False)  # (not «بوتين»)
            if act in _OBJECT_THEN and (word in _COMPLEMENTS or glued):
                return True  # «واتهم الحزب الديمقراطي بعرقلة الاتفاق، مضيفا»: he accused the party
            if word not in ADVERBS:
                # anything else may be the object, or a phrase before it: «وانتقد الاتحاد في بيان … ما وصفه»
                return False
            at += 1
        return not titled

    def _his_verb_her_noun(self, verb: int, cue: int, phrase: str) -> bool:
        """Whether a verb and its participle both say he, and the noun phrase after the verb opens on a
        feminine noun (حكومة، وزارة، شرطة): she cannot be their subject, she is what the verb acted on."""
        head = plain(phrase.split()[0]) if phrase.split() else ""
        return head.endswith("ة") and _person(self.words[verb].group()) == "he" == _person(self.words[cue].group())

    def _his_verb_her_title(self, verb: int, cue: int, titles: list[str]) -> bool:
        """Whether a verb and its cue both say he, and a woman's title stands before the person after the verb
        («وهاجم رئيسة مجلس النواب نانسي بيلوسي، وقال», «وانتقد الرئيس المستشارة الألمانية أنجيلا ميركل»): she
        cannot be their subject."""
        # (the feminine of a man's title: «رئيسة», «المستشارة», «السيناتورة»; not «آية الله»)
        return any(w.endswith("ه") and (w[:-1] in TITLES or w[:-1] in CONSTRUCT_TITLES) for w in titles) and \
            _person(self.words[verb].group()) == "he" == _person(self.words[cue].group())

    def _her_verb_his_cue(self, verb: int, cue: int) -> bool:
        """«ورفضت المحكمة مناشدة من جانب كيتنغ …، إذ قال إن …»: the sentence opens on her verb, any verb (a
        past one whose ت is no root letter: «رفضت», not «بات»), and the cue is his."""
        opener = self.words[verb].group()
        plain = opener[1:] if opener[:1] in "وف" and len(opener) > 4 else opener
        said = self.words[cue].group()
        said = said[1:] if said[:1] in "وف" and said[1:] in VERBS else said
        for suffix in ("هما", "هم", "هن", "ها", "ه", "ني", "نا"):  # «وأبلغته»: she told him
            if said.endswith(suffix) and said[:-len(suffix)] in VERBS:
                said = said[:-len(suffix)]
                break
        return len(plain) >= 4 and plain.endswith("ت") and not plain.startswith(("ت", "ي", "ال")) and _person(said) == "he"

    def _titled_subject(self, verb: int, named: list):
        """A title with no name after it as the subject of a sentence's opening verb («أدلى وزير الإعلام النيجيري
        بتصريحه»): the person introduced with it before."""
        words = []
        for word in self.words[verb + 1:verb + 5]:
            gap = self.folded[(words[-1] if words else self.words[verb]).end():word.start()]
            if gap.strip():
                break
            folded = word.group()
            if words and not (folded.startswith("ال") and (folded.endswith(_ADJECTIVE_ENDINGS) or len(words) == 1)):
                break
            words.append(word)
        if not words or (words[0].group() not in CONSTRUCT_TITLES and words[0].group() not in TITLES) or \
                (len(words) == 1 and words[0].group() in CONSTRUCT_TITLES):
            return None
        a, b = self.original(words[0].start(), words[-1].end())
        if any(e.start < b + 3 for e in named):
            return None  # a name right after the title: the rules for tagged subjects decide
        return self._earlier_name(self.words[verb].start(), self.text[a:b], titled_only=True)

    def _statements_before(self, cue_start: int, quoted_end: int):
        """«… بعد يوم من تصريحات للرئيس المصري عبد الفتاح السيسي بأن "…". وأضاف أنه …»: the sentence just before
        the cue (after the last quote) names whose statements it reports; a bare verb goes on for them."""
        sentence_start = self.sentence_start(cue_start)
        previous = self._previous_sentence_start(cue_start)
        if previous is None or self.back(previous) < quoted_end:
            return None
        first, last = self.first_word_at(previous), self.first_word_at(sentence_start)
        for n in range(first, last - 1):
            if self.words[n].group().lstrip("و") in _UTTERED and self.words[n + 1].group()[:1] == "ل":
                a = self.back(self.words[n + 1].start())
                b = self.back(self.words[min(n + 5, last - 1)].end())
                person = next((e for e in self.within(a, b) if e.label == "PERSON"), None)
                if person is not None:
                    return person
        return None

    def _plural_subject_before(self, cue_start: int) -> str | None:
        """The plural definite subject of the sentence before («وتمكن المحققون من …»), for a plural verb."""
        previous = self._previous_sentence_start(cue_start)
        if previous is None:
            return None
        first = self.first_word_at(previous)
        verb = self._opening_verb(first, self.first_word_at(self.sentence_start(cue_start)))
        if verb is None or verb + 1 >= len(self.words):
            return None
        subject = self.words[verb + 1].group()
        # («واطلع الخبراء على بيانات …. وأضافوا»: a broken plural of people who speak too)
        if subject.startswith("ال") and (subject.endswith(("ون", "ين")) and not subject.endswith(("يين", "يون"))
                                        or subject[2:] in DESCRIPTIONS and subject[2:].endswith(("اء", "ون", "ين"))):
            a, b = self.original(*self.words[verb + 1].span())
            return self.text[a:b]
        return None

    def _attributed_at_end(self, cue_start: int):
        """The person a sentence right before a joined verb of saying ends on, past «حسبما قال» or «وفق ما
        ذكر» («ولم يعط بيترسون سببا لعدم دخوله المبنى حسبما قال إزرايل.»), when the verbs agree."""
        first = self.first_word_at(self.sentence_start(cue_start))
        if first >= len(self.words) or self.words[first].start() != cue_start or self.words[first].group()[:1] != "و":
            return None
        previous = self._previous_sentence_start(cue_start)
        if previous is None:
            return None
        words = _WORD.findall(self.folded, previous, self.sentence_start(cue_start))
        said = next((n for n in range(len(words) - 2, max(0, len(words) - 8), -1) if words[n] in _AS_SAID_WORDS), None)
        if said is None or said + 1 >= len(words) or _person(words[said + 1]) is None or \
                _person(words[said + 1]) != _person(self.words[first].group()):
            return None
        end = self.back(self.sentence_start(cue_start))
        people = [e for e in self.within(self.back(previous), end) if e.label == "PERSON"]
        tail = _fold(self.text[people[-1].end:end]).strip(" .،,\u200f\r\n") if people else "-"
        return people[-1] if people and not tail else None

    def _subject_past_a_nameless_sentence(self, cue_start: int, quoted_end: int):
        """«وغادر ترامب القمة مبكرا. وفي تغريدة بعد إقلاع طائرته، بدا أن الرئيس الأمريكي …. وكتب: "…"»: the sentence
        just before names no one (a title, a place), so the subject of the one before it goes on, not whoever
        spoke before both."""
        previous = self._previous_sentence_start(cue_start)
        if previous is None or self.back(previous) < quoted_end or not self._bare_continuation(cue_start):
            return None
        a, b = self.back(previous), self.back(self.sentence_start(cue_start))
        if any(e.label in ("PERSON", "ORG") for e in self.within(a, b)) or self._quoted_between(previous, self.sentence_start(cue_start)):
            return None
        return self._previous_subject(previous, quoted_end)

    def _previous_sentence_start(self, at: int) -> int | None:
        """Where the sentence before the one at `at` starts, in the same paragraph or the one before."""
        last = self.sentence_start(at) - 1
        while last > 0 and self.folded[last] in " \t\r\n\xa0.!?؟\u200f\u200e":
            last -= 1
        return self.sentence_start(last) if last > 0 else None

    def _opens_on_pronoun_subject(self, at: int) -> bool:
        """Whether the sentence at `at` opens on a verb with no subject written: a preposition right after it
        («وفكرت في خوض …», «وعملت في التدريس»)."""
        first = self.first_word_at(self.sentence_start(at))
        verb = self._opening_verb(first, min(first + 3, len(self.words) - 1))
        return verb is not None and verb + 1 < len(self.words) and self.words[verb + 1].group() in GOVERNING

    def _pronoun_chain(self, cue_start: int):
        """The tagged subject of the nearest sentence before, across at most three sentences that each open on a
        verb with no subject written: they all go on about the one it named."""
        at = cue_start
        for _ in range(3):
            if not self._opens_on_pronoun_subject(at):
                return None
            subject = self._previous_subject(at, 0)
            if subject is not None:
                return subject
            start = self.sentence_start(at)
            last = start - 1
            while last > 0 and self.folded[last] in " \t\r\n\xa0.!?؟\u200f\u200e":
                last -= 1
            if last <= 0:
                return None
            at = self.sentence_start(last)
        return None

    def _described_as_is(self, first: int):
        """«وسيباستيان كورتس هو أصغر زعيم في أوروبا.»: a sentence without a verb that opens on a person (after و
        at most) and «هو/هي»: the one it describes."""
        if first >= len(self.words):
            return None
        opened = self.back(self.words[first].start()) + (self.words[first].group()[:1] == "و")
        named = next((e for e in self.within(opened, opened + 1, whole=False) if e.start == opened and e.label == "PERSON"), None)
        if named is not None and _WORD.findall(_fold(self.text[named.end:named.end + 8]))[:1] in ([w] for w in _HE_IS):
            return named
        return None

    def _subject_after_but(self, first: int):
        """«لكن اندرو كوبر، عضو مجلس اللوردات، اتهم …»: a sentence opening on لكن and a tagged name names its
        subject first; so does one opening on «غير أن» or «أما» and a person past his titles («أما السيناتور فلان،
        فقد وصف …»: with the ف that answers «أما», and no one else the sentence attributes words to)."""
        if first + 1 >= len(self.words):
            return None
        however = self.words[first].group() in _HOWEVER_OPENERS and self.words[first + 1].group() in THAT
        if self.words[first].group() in AS_FOR_TOPIC or however:
            # («غير أن السيناتور الديمقراطي فلان لم يوافق …»: the name after «غير أن», past his titles)
            first += however
            # «أما السيناتور الديمقراطي تشاك شومر، فقد وصف …»: the one «أما» sets apart, past his titles, then ف
            for m in range(first + 1, min(first + 6, len(self.words))):
                at = self.back(self.words[m].start())
                named = next((e for e in self.within(at, at + 1, whole=False) if e.start == at and e.label == "PERSON"), None)
                if named is not None:
                    answered = any(self.words[n].group()[:1] == "ف" for n in range(m + 1, min(m + 8, len(self.words))))
                    # (not «أما فلان فكان "…"، بحسب ما قال مولنس»: who that sentence quoted goes on)
                    end = min([i for i in (self.folded.find(mark, self.words[m].start()) for mark in ".\n") if i >= 0]
                              or [len(self.folded)])
                    attributed = ATTRIBUTION & set(_WORD.findall(self.folded, self.words[m].start(), end))
                    return named if (answered or however) and not attributed else None
                word = self.words[m].group()
                if not (word in TITLES or word in CONSTRUCT_TITLES or word.startswith("ال")):
                    return None
            return None
        if self.words[first].group() not in _BUT_OPENERS:
            return None
        at = self.back(self.words[first + 1].start())
        named = [e for e in self.within(at, at + 1, whole=False) if e.start == at and e.label in ("PERSON", "ORG")]
        return named[0] if named else None

    def _feminine_noun(self, index: int) -> bool:
        """Whether a word ends in ة as written (folding makes it ه, which also ends «شبهه», «ونعته»)."""
        return plain(self.text[slice(*self.original(*self.words[index].span()))])[-1:] == "ة"

    def _past_dateline(self, first: int, index: int) -> int:
        """The first word after a dateline the sentence opens on («واشنطن، الولايات المتحدة (CNN)-- »,
        «بيروت (رويترز) — »): places, the agency in brackets, a dash; else `first`."""
        for m in range(first + 1, min(first + 8, index)):
            gap = self.folded[self.words[m - 1].end():self.words[m].start()]
            if ")" in gap and any(dash in gap[gap.index(")"):] for dash in "-—–"):
                return m
            if any(mark in gap for mark in ".:\n\"«"):
                break
        return first

    def _of_a_noun(self, person) -> bool:
        """Whether a person's titles follow a noun whose complement they are: a verbal noun («انتقاد»,
        «استقبال», «إدانة»), or a noun glued to لـ/بـ («للقاء», «بجهود»); never a verb («انتقد الرئيس فلان»)."""
        before = self._word_before_titles(person)
        if before is None:
            return False
        word, written = before
        if word[:1] in "وف" and len(word) > 4:
            word, written = word[1:], written[1:]
        glued = word[:1] in "لب" and len(word) > 3
        # «انتقاد», «استقبال», «اتهام»; not a verb with its object's pronoun, «أجراه», «ألقاه»
        masdar = len(word) >= 5 and word[:1] == "ا" and word[-2:-1] == "ا" and not written.endswith(("ه", "ها", "هم"))
        return glued or masdar or written.endswith("ة")

    def _word_before_titles(self, person) -> tuple[str, str] | None:
        """The word before a person's titles, their adjectives and the body glued to لـ inside them («الأمين العام
        للأمم المتحدة»), in its own sentence: folded, and as written with its harakat taken off; None at its start."""
        words = _WORD.findall(_own_sentence_before(self.text, person.start, 60))
        before = [_fold(w) for w in words]

        def titled(k: int) -> bool:
            return before[k] in TITLES or before[k] in CONSTRUCT_TITLES or before[k].startswith("ال")

        n = len(before) - 1
        while n >= 0 and (titled(n) or before[n][:1] in "لب" and n and titled(n - 1)):
            n -= 1
        return (before[n], plain(words[n])) if n >= 0 else None

    def _titled_person_at(self, n: int, index: int) -> bool:
        """«الرئيس الأمريكي دونالد ترامب»: a title at word `n`, its adjectives, then a tagged person (before the
        word `index`): who a verb right before it names as its subject."""
        if self.words[n].group() not in TITLES:
            return False
        for m in range(n + 1, min(n + 5, index)):
            at = self.back(self.words[m].start())
            if any(mark in self.folded[self.words[m - 1].end():self.words[m].start()] for mark in "،,\"«"):
                return False
            if any(e.start == at and e.label == "PERSON" for e in self.within(at, at + 1, whole=False)):
                return True
            word = self.words[m].group()
            if not (word in TITLES or word in CONSTRUCT_TITLES or word.startswith("ال")):
                return False
        return False

    def _opening_verb(self, first: int, index: int) -> int | None:
        """The index of the verb a sentence opens on, its first word with و/ف («وناشدت»), or, after an
        attribution or a prepositional phrase closed by a comma, the word after the comma («وفقا للكرملين،
        هنأ»); None when the sentence opens on a noun or a particle."""
        dated = self._past_dateline(first, index)
        if dated != first:
            return self._opening_verb(dated, index)  # «واشنطن، الولايات المتحدة (CNN)-- دافع ترامب …»
        opener = self.words[first].group()
        if opener in _THEN and first + 2 < index:
            return self._opening_verb(first + 1, index)  # «ثم صعد ماكرون إلى المنصة»: then, the verb
        if opener in _THIS_IS and first + 3 < index and self.words[first + 1].group() == _WHAT:
            # «وهو ما رفضه السيناتور الديمقراطي فلان.», «وهو ما لم يعجب …»: what the one named after the verb did
            verb = first + 2 + (self.words[first + 2].group() in _NEGATIONS)
            return self._opening_verb(verb, index) if verb + 1 < index else None
        if opener in _MEANWHILE and first + 2 < index and \
                not any(mark in self.folded[self.words[first].end():self.words[min(index, len(self.words) - 1)].start()]
                        for mark in "،,"):
            # «بينما انتقد السيناتور فلان الاتفاق.»: meanwhile, the verb (not «وبينما تواجه الإدارة …، قال»: a
            # clause the comma closes before the sentence's own verb)
            return self._opening_verb(first + 1, index)
        if opener == _REPLIED and first + 2 < index and self.words[first + 1].group().startswith(fold("علي")):
            return first  # «ورد عليه ماكرون …»: he replied to him, the verb, not «رد» the noun
        if opener in _NEGATIONS and first + 2 < index:
            # «ولا تتفق معه منظمة الصحة …، إذ تقول», «ولم يعلق البيت الأبيض …»: the particle stands before a verb
            verb = self.words[first + 1].group()
            denied = not verb.startswith("ال") and len(verb) >= 3 and verb not in GOVERNING and verb not in NOT_VERB_OPENERS
            return first + 1 if denied else None
        if opener.lstrip("و") == _EXPRESSED and any(w.group() == _fold("عن") for w in self.words[first + 2:min(index, first + 8)]):
            return first  # «وعبر الأمين العام عن قلقه، قائلا»: expressed, not «via»
        if opener in _IN_TURN and first + 2 < index and \
                not any(m in self.folded[self.words[first].end():self.words[first + 1].start()] for m in "،,"):
            return self._opening_verb(first + 1, index)  # «بدورها تعهدت الصين …، مؤكدة»: its verb right after it
        if opener == _AS_WELL and first + 2 < index:
            # «كما عبر أعضاء آخرون …، مشددين»: the verb after كما (عبر, never «via» here), its subject after it
            verb = self.words[first + 1].group()
            if verb not in THAT and (not verb.startswith("ال") or verb in _AL_VERBS) and len(verb) >= 3 and (
                    self.words[first + 2].group() in DESCRIPTIONS or any(
                        e.start == self.back(self.words[first + 2].start()) and e.label in SPEAKER_LABELS
                        for e in self.within(self.back(self.words[first + 2].start()),
                                             self.back(self.words[first + 2].end()) + 1, whole=False))):
                return first + 1
            return self._opening_verb(first + 1, index)
        if opener in _QAD_OPENERS and first + 2 < index:
            verb = self.words[first + 1].group()  # «وقد لوح رئيس الوزراء، فلان، … قائلا»: قد before its verb
            if not verb.startswith("ال") and verb not in GOVERNING and verb not in NOT_VERB_OPENERS and len(verb) >= 3 \
                    and not self._feminine_noun(first + 1) and verb[-2:] not in ("ات", "ون", "ين"):
                return first + 1
        # «وفي الشهر الماضي بدأ الجيش …»: «في» before the time
        times = 1 if opener in _IN_WORDS and first + 1 < index and self.words[first + 1].group() in TIME_WORDS else 0
        while first + times < index - 1 and times < 4 and \
                (self.words[first + times].group().lstrip("و") in TIME_WORDS or self.words[first + times].group() in TIME_WORDS):
            times += 1  # «والأسبوع الماضي رفعت طهران …»: the verb after the time it happened
        # («ويوم الأحد، اعتذرت قناة …»: a comma may close the time, before the verb)
        if times and not any(mark in self.folded[self.words[first].start():self.words[first + times - 1].end()] for mark in "،,"):
            verb = self.words[first + times].group()
            if verb.startswith("ال") or verb in NOT_VERB_OPENERS or verb in GOVERNING or verb in _KANA or len(verb) < 3 \
                    or self._feminine_noun(first + times) or verb[-2:] in ("ات", "ون", "ين") or _bare(verb) in SUBJECT_HEADS:
                return None
            return first + times
        if opener in _IN_WORDS and first + 3 < index and self.words[first + 1].group() in _A_STATEMENT and \
                self.words[first + 2].group() in _HIS and \
                not any(m in self.folded[self.words[first].end():self.words[first + 3].start()] for m in "،,"):
            # «وفي بيان له أشاد رئيس الوزراء … بكوهين»: his own statement, no comma, then the verb
            verb = self.words[first + 3].group()
            if not verb.startswith("ال") and verb not in NOT_VERB_OPENERS and verb not in GOVERNING and len(verb) >= 3 \
                    and not self._feminine_noun(first + 3) and verb[-2:] not in ("ات", "ون", "ين") and verb not in THAT:
                return first + 3
        if opener in NOT_VERB_OPENERS or opener in ATTRIBUTION or opener in GOVERNING or opener in _IN_REPLY_OPENERS or \
                opener.lstrip("و") in _TIME_OPENERS:
            # up to nine words: «بعد رحيله المفاجئ عن تدريب ريال مدريد الإسباني، خرج …»; a time phrase up to 24
            # («بعد ساعات من تصريحات الرئيس الفرنسي … أن باريس أقنعت ترامب …، رد البيت الأبيض الأحد، مؤكدا»)
            reach = 25 if opener.lstrip("و") in _TIME_OPENERS else 10
            for n in range(first + 1, min(first + reach, index - 1)):
                if any(mark in self.folded[self.words[n - 1].end():self.words[n].start()] for mark in "،,"):
                    word = self.words[n].group()
                    if word in _QAD_OPENERS:
                        return self._opening_verb(n, index)  # «ووفقا لوكالة "إيلنا"، فقد ندد المرجع …»: قد, then the verb
                    plain = word[1:] if word[:1] in "وف" and len(word) > 4 else word
                    if word in NOT_VERB_OPENERS or word in GOVERNING or plain.startswith("ال") or word in _KANA \
                            or self._feminine_noun(n) or plain[-2:] in ("ات", "ون", "ين") or (len(plain) < 3 and plain not in _DOUBLED) \
                            or (_bare(plain) in SUBJECT_HEADS and plain not in _DOUBLED) or plain in _QUANTITIES or word in THAT:
                        return None
                    return n
            return None
        if opener[:1] == "ي" and len(opener) >= 4 and opener not in TIME_WORDS and not self._feminine_noun(first) \
                and not any(e.start <= self.back(self.words[first].start()) < e.end
                            for e in self.within(self.back(self.words[first].start()), self.back(self.words[first].end()), whole=False)):
            return first  # «يهمس جواد … ويقول»: a sentence opening on a verb in the present, no و before it
        if opener[:1] not in "وف" and len(opener) >= 3 and not opener.startswith("ال") and opener not in _PARTICLES \
                and opener not in ATTRIBUTION \
                and opener not in NOT_VERB_OPENERS and opener not in GOVERNING and opener not in TIME_WORDS \
                and not self._feminine_noun(first) and opener[-2:] not in ("ات", "ون", "ين") \
                and not self.within(self.back(self.words[first].start()), self.back(self.words[first].end()), whole=False) \
                and first + 1 < len(self.words) and (self.words[first + 1].group() in DESCRIPTIONS
                                                     or self._titled_person_at(first + 1, index) or (
                    # «تقدمت ممثلة إباحية …، قالت فيها»: her verb, then who she is
                    opener[-1:] == "ت" and len(opener) >= 4 and not self.words[first + 1].group().startswith("ال")
                    and _bare(self.words[first + 1].group()) in SUBJECT_HEADS
                    # (not past another verb of saying: «توقفت حركة القطارات …، بحسب ما أوضح فلان … وقال»)
                    and not any(self._is_cue_word(self.words[m].group()) for m in range(first + 2, index))) or any(
                    # at the text's start only a person, unless a feminine past verb opens it («اعترفت قطر …، وقالت»)
                    e.label in (("PERSON",) if first == 0 and opener[-1:] != "ت" else SPEAKER_LABELS)
                    for e in self.within(self.back(self.words[first + 1].start()), self.back(self.words[first + 1].end()) + 1,
                                         whole=False) if e.start == self.back(self.words[first + 1].start()))):
            # «أطلق حسن نصر الله، …», «كشفت تقارير …», «انتقد الاتحاد في بيان …»: a sentence opens on its verb, no و
            # before it, and who did it right after
            return first
        short = len(opener) == 3 and opener[1:] not in GOVERNING and opener not in NOT_VERB_OPENERS \
            and opener[1:] not in _SHORT_NON_VERBS  # «وظل ترامب …», «وبث التلفزيون …»
        if opener[:1] not in "وف" or (len(opener) < 4 and not short) or opener[1:3] == "ال" or opener in _KANA \
                or self._feminine_noun(first) or opener[-2:] in ("ات", "ون", "ين") or _bare(opener[1:]) in SUBJECT_HEADS \
                or opener[1:] in _QUANTITIES:
            return None
        return first

    def _recent_speakers(self, cue_start: int, *, quotes: int = 5):
        """The speakers of the last few quotes before a cue, nearest first, as far back as three paragraphs."""
        a = self.back(cue_start)
        seen = 0
        for suggestion, start, _ in reversed(self.found):
            if start >= cue_start:
                continue
            if seen == quotes or self.text.count("\n", suggestion.end, a) > 3:
                return
            seen += 1
            said = self.reporters.get(suggestion.cue, (suggestion.speaker, suggestion.speaker_text))
            if said != (None, None):
                yield said

    def _agent_of_a_stance(self, cue_start: int):
        """«من إعراب السفارة الأمريكية في الخرطوم عن قلقها …، مشيرة إلى أن …», «ما أثار غضب موسكو معتبرة»: a
        participle after a verbal noun of stance and the name right after it, eight words back at most in its
        sentence, speaks for that name."""
        index = self.first_word_at(cue_start)
        floor = self.first_word_at(self.sentence_start(cue_start))
        for n in range(index - 1, max(floor, index - 9) - 1, -1):
            if self.words[n].group() not in _STANCE_NOUNS or n + 1 >= index:
                continue
            at = self.back(self.words[n + 1].start())
            agent = next((e for e in self.within(at, at + 1, whole=False) if e.start == at and e.label in SPEAKER_LABELS), None)
            if agent is None or any(e.label in SPEAKER_LABELS and not self._governed(e)
                                    for e in self.within(agent.end, self.back(cue_start))):
                return None  # another subject between
            return agent
        return None

    def _continued(self, cue_start: int, *, quotes_only: bool = False, far: bool = True) -> tuple[int | None, str | None]:
        """Who spoke last, close by: a bare «وأضاف أن …» or a participle continues them; with no quote
        before, the sentence's subject (its first person), else the paragraph's last person or body."""
        a = self.back(cue_start)
        sentence_start = self.back(self.sentence_start(cue_start)) if cue_start else 0
        fronted = self._fronted_phrase_end(cue_start) if cue_start else None
        in_sentence = [e for e in self.within(sentence_start, a) if e.label == "PERSON"
                       and not self._governed(e) and not self._in_quoted_words(e) and not self._what_one_said(e)
                       and not self._of_a_noun(e)  # («وتجنب انتقاد الرئيس الروسي فلاديمير بوتين، إذ قال»)
                       and (fronted is None or e.start >= fronted)]  # («وحول مستوى دي خيا، أضاف»: whom it was about)
        cue_index = self.index_at.get(cue_start)
        # («وفي حين …،», «وبينما …،»: a clause set against the sentence's own, whose words are another's)
        opener = self.words[self.first_word_at(self.sentence_start(cue_start))].group() if fronted is not None else ""
        following = self.words[self.first_word_at(self.sentence_start(cue_start)) + 1].group() if fronted is not None else ""
        contrast = fronted if opener in _MEANWHILE or (opener in _IN_WORDS and following == _WHILE_WORD) else None
        acted_on = set()
        if in_sentence and cue_index is not None:
            # «والتقى المستشارة الألمانية أنجيلا ميركل، التي قال لها إن …»: she is whom the clause is about
            acted_on = {e.id for e in in_sentence if self._before_a_relative_of_the_other_gender(e, cue_index)}
        if in_sentence and cue_start and cue_index is not None:
            opening = self._opening_verb(self.first_word_at(self.sentence_start(cue_start)), cue_index)
            if opening is not None:  # «وانتقد أوباما، مؤكدا»: whom the sentence's verb acted on
                acted_on |= {e.id for e in in_sentence if self._acted_on(opening, e)}
            in_sentence = [e for e in in_sentence if e.id not in acted_on]
        opened = None if quotes_only else self._opening_subject(self.first_word_at(cue_start))
        if opened is None and not far and not quotes_only:
            # «…، واعتذرت الهيئة الأحد قائلة إنه …»: the clause the participle closes names its subject
            opened = self._opening_subject(self.first_word_at(cue_start), clause=True)
            kana = self._kana_subject(self.first_word_at(cue_start)) if opened is None else None
            opened = (kana.id, None) if kana is not None else opened  # «وكانت تركيا لمحت …، قائلة»
        if opened is None and not far and not quotes_only:
            agent = self._agent_of_a_stance(cue_start)
            if agent is not None:  # «ما أثار غضب موسكو معتبرة أنها "…"»: Moscow, whose anger it was
                return agent.id, None
        for suggestion, start, _ in reversed(self.found):
            if start < cue_start and not self._near(suggestion.end, a):
                break  # the quotes before it are farther still: a long page is not walked back to its start
            if contrast is not None and self.back(self.sentence_start(cue_start)) <= suggestion.cue[0] < contrast:
                continue  # «وفي حين اعتبر الحزب الديمقراطي أن …، قال»: another's words, set against his
            if start < cue_start and self._near(suggestion.end, a) and self._embedded(suggestion) and \
                    (far or not self._said_by_antecedent(suggestion)):
                continue  # «… الذي أعلن الروس أن …، وقال "…"»: a report inside the clause, not who goes on
            if start < cue_start and self._near(suggestion.end, a) and not quotes_only and \
                    self._of_other_person(suggestion, cue_start):
                if suggestion.end <= sentence_start and opened:
                    break  # «وقال الادعاء …. وأصدرت الجمعية … تقريرا …، لكنها أشارت»: her own sentence names her
                continue  # «قالت فلانة … يرى الكثير أنه … . كما أكدت أن …»: she goes on, not they
            if start < cue_start and self._near(suggestion.end, a):
                if suggestion.end <= sentence_start and (opened or (not far and in_sentence)):
                    break  # «وكان الرئيس فلان قد صعّد …، قائلا إن …»: a participle's own sentence names who speaks
                attributed = self._attributed_at_end(cue_start) if not quotes_only and far else None
                if attributed is not None:  # «ولم يعط بيترسون سببا … حسبما قال إزرايل. وأضاف أنه …»: who told it goes on
                    return attributed.id, None
                if not quotes_only:
                    # «وكشفت فلانة، رئيسة الفرقة، عما … . وقالت إن …»: the sentence between names who goes on
                    between = self._previous_subject(cue_start, suggestion.end) or \
                        self._statements_before(cue_start, suggestion.end) or \
                        self._subject_past_a_nameless_sentence(cue_start, suggestion.end)
                    if between is not None and not self._never_spoke(between, cue_start):
                        return between.id, None
                    # «ورصدت الدراسة "…" …. لكنها كشفت أن …»: or no one tagged, a noun that can speak
                    at = self.index_at.get(cue_start)
                    described = self._described_subject_before(cue_start) if far and at and \
                        self.words[at - 1].group() in _BUT_HIM else None
                    if described is not None:
                        return described
                    contrasted = self._but_titled_before(cue_start) if far else None
                    if contrasted is not None:  # «لكن الأستاذ في قسم … حذر الناس من …. وقال "…"»: the one set against them
                        return contrasted
                    plural = self._plural_subject_before(cue_start) if at is not None and \
                        self.words[at].group().endswith("وا") else None
                    if plural:  # «واطلع الخبراء على …. وأضافوا»: they, named in the sentence between
                        return None, plural
                if suggestion.cue in self.reporters and not _other_person(
                        self.reporter_verbs[suggestion.cue], self._cue_word_at(cue_start)):
                    return self.reporters[suggestion.cue]
                # «ونقلت الوكالة أن النائب العام قال إنه "…". وأضاف "…"»: he goes on, not the agency that told it
                return suggestion.speaker, suggestion.speaker_text
        if quotes_only:
            return None, None
        if opened is not None:
            return opened
        cue_word = self.words[self.first_word_at(cue_start)].group() if cue_start < len(self.folded) else ""
        if in_sentence and not (not far and cue_word.endswith(("ين", "ون"))):  # «معتبرين» is never one person
            return in_sentence[0].id, None
        if not far:  # «وفكرت في خوض انتخابات مجلس النواب … لكنها تراجعت قائلة»: she is the one spoken of before
            chained = self._pronoun_chain(cue_start)
            if chained is not None:
                return chained.id, None
            # «وكان المسماري نفى … . ووصف التقارير بالكاذبة، مشيرا …»: a joined verb with no subject of its own goes
            # on for the sentence before
            opener = self.words[self.first_word_at(self.sentence_start(cue_start))].group()
            between = self._previous_subject(cue_start, 0) if opener[:1] == "و" and opener[1:] in _DESCRIBED_AS else None
            if between is not None:
                return between.id, None
        if cue_word.endswith("وا") and not quotes_only:
            plural = self._plural_subject_before(cue_start)
            if plural:  # «وتمكن المحققون من …. وقالوا إن …»: they, not the last person named
                return None, plural
        if far:  # «وخلال المقابلة، شبه الأمير فلان …. وقال: "…"»: the sentence before names who goes on
            between = self._previous_subject(cue_start, 0)
            if between is not None:
                return between.id, None
            described = self._described_subject_before(cue_start)
            if described is not None:
                return described
            previous = self._previous_sentence_start(cue_start)
            # «وظل ترامب يستهدف الصحيفة. واتهم في مارس عملاق الإنترنت … . وفي يونيو قال إن …»: past a sentence
            # whose verb has no subject written
            chained = self._pronoun_chain(previous) if previous is not None else None
            if chained is not None:
                return chained.id, None
        paragraph_start = self.text.rfind("\n", 0, a) + 1
        # («وبعد أيام من تصريحات ماكرون، قال»: not whom the phrase the sentence opens on names; but whoever the
        # sentences before named)
        earlier = [e for e in self.within(paragraph_start, a) if e.label in ("PERSON", "ORG")
                   and not self._governed(e) and not self._in_quoted_words(e) and e.id not in acted_on
                   and (fronted is None or e.start >= fronted or e.start < sentence_start)]
        person = [e for e in earlier if e.label == "PERSON"]
        if earlier and not person and not far:
            # «ومن جملة تلك المواقف التي أطلقها، …، قائلا إنه …»: the one the paragraph before spoke of, not a body
            # this one names in passing
            between = self._previous_subject(cue_start, 0)
            if between is not None and between.label == "PERSON":
                return between.id, None
        if earlier:
            return self._held_or_named(person[-1]) if person else (earlier[-1].id, None)
        going_on = self._cue_word_at(cue_start).lstrip("وف") in GOING_ON
        if far and going_on:
            # «وقال بوفون "…". [two sentences about others] وتابع "…"»: who goes on is the last to have spoken, a few
            # lines back, before any name mentioned since
            last = next((found for found, start, _ in reversed(self.found) if start < cue_start), None)
            said = _fold(self.text[last.cue[0]:last.cue[1]]) if last is not None else ""
            if last is not None and (last.speaker is not None or last.speaker_text) and \
                    self.text.count("\n", last.end, a) <= 4 and not _other_person(said, self._cue_word_at(cue_start)):
                return last.speaker, last.speaker_text
            if last is not None and (last.speaker is not None or last.speaker_text) and \
                    self.text.count("\n", last.end, a) <= 1 and \
                    (last.speaker is None or self.by_id[last.speaker].label != "PERSON"):
                # «وقال موقع "سبورت إنغليش" إن …. وأضافت أن …»: «she added» goes on for one who spoke, and a body
                # is «she» as often as «he» (the site, the paper); not for a person named since who never spoke
                return last.speaker, last.speaker_text
        # (the names of its own sentence that the opening phrase holds or its verb acted on are not)
        until = self.sentence_start(cue_start) if fronted is not None or acted_on else None
        before = self._earlier_name(cue_start, until=until) if far else None
        if before is not None:
            return self._held_or_named(before)
        if far:
            # «وأضافت: "…". [three sentences of what happened] وقالت إن …»: no one named since, and a verb of her
            # gender: the last to speak goes on, however far
            last = next((found for found, start, _ in reversed(self.found) if start < cue_start), None)
            said = _fold(self.text[last.cue[0]:last.cue[1]]) if last is not None else ""
            if last is not None and (last.speaker is not None or last.speaker_text) and \
                    _person(said) is not None and _person(said) == _person(self._cue_word_at(cue_start)) and \
                    not any(e.label in SPEAKER_LABELS for e in self.within(last.end, a)):
                return last.speaker, last.speaker_text
        return None, None

    def _described_subject_before(self, cue_start: int) -> tuple[int | None, str | None] | None:
        """«وانتقدت المنظمة أيضا "…" …. وقالت إن …»: a joined verb of saying with no subject goes on for the
        subject no one tagged of the sentence right before, when that sentence opens on a verb of the same gender
        and quotes no one."""
        first = self.first_word_at(self.sentence_start(cue_start))
        cue = first + 1 if first + 1 < len(self.words) and self.words[first].group() in _BUT_HIM and \
            self.words[first + 1].start() == cue_start else first  # «لكنها كشفت أيضا أن …»: «لكنها» holds the subject
        if not first or (cue == first and self.words[first].group()[:1] != "و") or \
                not self.words[cue].start() <= cue_start < self.words[cue].end():
            return None  # the cue opens its sentence, joined by و
        previous = self.sentence_start(self.words[first - 1].start())
        if self._quoted_between(previous, cue_start) or self.folded.count("\n", previous, cue_start) > 1:
            return None
        verb = self._opening_verb(self.first_word_at(previous), first)
        gender = _person(self.words[cue].group())
        if verb is None or gender is None or _person(self.words[verb].group()) != gender:
            return None  # (both «وانتقدت … وقالت», or both his)
        subject = self.words[verb + 1] if verb + 1 < first else None
        if subject is None or not subject.group().startswith("ال") or _bare(subject.group()) not in SUBJECT_HEADS or \
                self.within(*self.original(*subject.span()), whole=False):
            return None  # a definite noun that can speak, no one tagged: «المنظمة», not «الاتهامات»
        return self._phrase_speaker(self.text[slice(*self.original(*subject.span()))], cue_start)

    def _but_titled_before(self, cue_start: int) -> tuple[int | None, str | None] | None:
        """«وقال الباحثون إن …. لكن الأستاذ في قسم علم الوراثة … حذر الناس من …. وقال "…"»: a joined verb of
        saying that opens its sentence goes on for the untagged subject the sentence right before sets against
        the last speaker with «لكن», when that sentence's verb is of the same gender and quotes no one."""
        first = self.first_word_at(self.sentence_start(cue_start))
        if not first or self.words[first].start() != cue_start or self.words[first].group()[:1] != "و":
            return None
        previous = self.sentence_start(self.words[first - 1].start())
        opener = self.first_word_at(previous)
        if self.words[opener].group() not in _BUT_OPENERS or self._quoted_between(previous, cue_start) or \
                self.folded.count("\n", previous, cue_start) > 1:
            return None
        gender = _person(self.words[first].group())
        verb = next((k for k in range(opener + 2, min(first, opener + 12)) if self.words[k].group() in VERBS), None)
        if verb is None and self.words[opener + 1].group() in TITLES:
            # «لكن المدرب الإيطالي يخشى التهديد الذي يمثله فلان …. وقال: "…"»: a definite title, its adjectives,
            # then whatever verb it has
            verb = opener + 2
            while verb < min(first, opener + 4) and self.words[verb].group().startswith("ال"):
                verb += 1
            word = self.words[verb].group() if verb < first else ""
            if len(word) < 3 or word.startswith(("ال", "و", "ب", "ل")) or word in GOVERNING or word in NOT_VERB_OPENERS:
                return None
            if gender is None or _person(word) != gender:
                return None
            a, b = self.original(self.words[opener + 1].start(), self.words[verb - 1].end())
            return self._phrase_speaker(self.text[a:b], cue_start)
        if verb is None or gender is None or _person(self.words[verb].group()) != gender:
            return None  # a verb of saying that quoted no one («حذر الناس من …»), of the cue's gender
        phrase = self._untagged_subject_before(verb)
        return self._phrase_speaker(phrase, cue_start) if phrase else None

    def _in_quoted_words(self, entity) -> bool:
        """Whether a name stands inside words already quoted: «قال المكتب إن "المحكمة ألغت قرار العبادي"،
        مبينة أنها …» names Abadi as what the office spoke of, not as the sentence's subject."""
        at = bisect.bisect_right(self.quoted_spans, (entity.start, len(self.text)))  # the last quote starting at or before it
        return any(start <= entity.start and entity.end <= end for start, end in self.quoted_spans[max(0, at - 3):at])

    def _embedded(self, suggestion) -> bool:
        """A quote whose verb stands in a relative clause («الممر الذي أعلن الروس أن …»)."""
        cue = suggestion.cue[0]  # in the text's own code points, as every suggestion
        before = _WORD.findall(_fold(_own_sentence_before(self.text, cue, 30)))[-3:]  # not «… التي أشعلها.» before
        return any(word in RELATIVES for word in before)

    def _kana_representative(self, index: int) -> str | None:
        """«وكان سفير روسيا في لبنان قد قال …»: an envoy of the country or body right after كان, as the
        sentence's subject."""
        first = self.first_word_at(self.sentence_start(self.words[index].start()))
        if first + 2 > index or self.words[first].group() not in _KANA:
            return None
        a, b = self.back(self.words[first].end()), self.back(self.words[index].start())
        named = [e for e in self.within(a, b) if e.label in ("GPE", "ORG")]
        if not named or len(_WORD.findall(_fold(self.text[a:named[0].start]))) != 1:
            return None
        return self._holder(named[0], REPRESENTATIVES)

    def _when_subject(self, index: int):
        """«وعندما سئلت كريستين بلانشارد عن …، قالت إن …»: a sentence opening on «when» and a verb whose
        subject is named right after it, then the verb of saying after a comma with no subject of its own:
        the same person."""
        first = self.first_word_at(self.sentence_start(self.words[index].start()))
        if first + 2 >= index or self.words[first].group() not in _WHEN:
            return None
        gap = self.folded[self.words[index - 1].end():self.words[index].start()]
        # «وعندما سُئلت سارة ساندرز، المتحدثة باسم البيت الأبيض، عما إذا …، قالت»: an apposition's commas may
        # stand between, no quotation or colon
        if not any(mark in gap for mark in "،,") or any(mark in self.folded[self.words[first].end():self.words[index - 1].end()]
                                                      for mark in "\"«»:"):
            return None
        verb = self.words[first + 1].group()
        if verb.startswith("ال") or verb in GOVERNING or len(verb) < 3:
            return None
        a = self.back(self.words[first + 1].end())
        b = self.back(self.words[min(first + 5, index - 1)].end())
        named = [e for e in self.within(a, b, whole=False) if e.label in SPEAKER_LABELS and not self._governed(e)]
        if not named or _WORD.findall(_fold(self.text[a:named[0].start])):
            return None  # the name must stand right after the verb: its subject
        return named[0]

    def _subject_of_the_report(self, index: int):
        """«وأضافت أن روبرت إيغير، المدير التنفيذي لديزني، اتصل بها وقال إنه …»: a joined verb right where the
        quote before it ends, of another gender than that quote's verb, goes on for the person the reported
        clause opened on, not for its reporter."""
        opened = self.report_subjects.get(index)
        if opened is not None and opened.label == "PERSON" and (self.opening(index, "verb") or ("",))[0] == "that":
            # «وأضافت أن فلانا … اتصل بها وقال إنه …», the report inside taken as the quote; but «أن الهريفي أضاف
            # رقما، وزاد: "…"» opens on a colon, the reporter's own words going on
            return opened
        if not self.found:
            return None
        before, start, end = self.found[-1]
        cue_start = self.words[index].start()
        if end > cue_start or self.folded[end:cue_start].strip(" ،,"):
            return None
        if not _other_person(_fold(self.text[before.cue[0]:before.cue[1]]), self.words[index].group()):
            return None  # «وترى السلطة أن …، وقالت»: a present verb tells no gender; only he against she counts
        words = list(_WORD.finditer(self.folded, start, end))[:4]
        if not words:
            return None
        a, b = self.original(start, words[-1].end())
        opened = [e for e in self.within(a, b) if e.label == "PERSON" and not self._governed(e)]
        if not opened:
            return None
        # «إن كينغ توفي، لكن صديقته، نيكولا رايت، نفت ذلك، وأكدت»: another person or a «لكن» between, and the
        # joined verb may be theirs
        others = [e for e in self.within(opened[0].end, self.back(cue_start)) if e.label == "PERSON"
                  and _WORD.findall(_fold(e.text))[-1:] != _WORD.findall(_fold(opened[0].text))[-1:]]
        if others or set(_WORD.findall(self.folded, start, cue_start)) & (_BUT_OPENERS | {_fold("إلا")}):
            return None
        return opened[0]

    def _of_other_person(self, suggestion, cue_start: int) -> bool:
        """Whether a bare «وأضافت أن» cannot go on for an earlier quote's speaker: that quote's verb says he and
        this one she (or the reverse), and its speaker is the verb's own subject, described or a body, not a
        person found elsewhere («أقرت الوزارة، بتصريح من المتحدث فلان، بأن …» is his), nor reported by another."""
        index = self.index_at.get(cue_start)
        following = self.words[index + 1].group() if index is not None and index + 1 < len(self.words) else ""
        if suggestion.cue in self.reporters or not (self._bare_continuation(cue_start) or following in GOVERNING
                                                    or index and self.words[index - 1].group() in _BUT_HIM):
            return False  # (a place or a medium before the words is no subject: «وكتبت في التليغراف: "…"»)
        named = self.by_id.get(suggestion.speaker) if suggestion.speaker is not None else None
        earlier = _fold(self.text[suggestion.cue[0]:suggestion.cue[1]])
        if earlier in _TRANSMITTED:
            return False  # «ونقلت وكالة رويترز عن مسؤول قوله …. ولكنه قال»: «نقلت» is the agency's, not the official's
        if named is not None and named.label == "PERSON":
            if not (self._is_cue_word(earlier) or earlier in PARTICIPLES) or not _other_person(earlier, self._cue_word_at(cue_start)):
                return False  # («وجاء في مذكرات خلخالي»: a noun tells no gender)
            # Her own verb right before her name says she («حين قالت له إليسا إنه …. وقال إنه» is someone else);
            # «قال» before a woman's name is a common slip of translation, so his verb is trusted only when a
            # person of the new verb's gender was named so by an earlier quote («وقالت دانييلز إنها … مع ترامب
            # الذي … وقال "…". وزعمت أنهما …»: she goes on)
            if _person(earlier) == "she" and self._speaks_right_after(suggestion):
                return True
            cue_word = self._cue_word_at(cue_start)
            a = self.back(cue_start)
            for found, _, _ in reversed(self.found):  # the quotes close by, not the whole page's
                if not self._near(found.end, a):
                    break
                if found.cue[1] <= suggestion.cue[0] and self._speaks_right_after(found) \
                        and not _other_person(_fold(self.text[found.cue[0]:found.cue[1]]), cue_word) \
                        and _person(_fold(self.text[found.cue[0]:found.cue[1]])) is not None:
                    return True
            return False
        # «وبحسب الوزارة فإن …», «وجاء في البيان»: no verb, no gender to disagree with
        # («ووبخها بعضهم قائلا …. ولكنها قالت»: a participle tells its gender too)
        return (self._is_cue_word(earlier) or earlier in PARTICIPLES) and \
            _other_person(earlier, self._cue_word_at(cue_start))

    def _speaks_right_after(self, suggestion) -> bool:
        """Whether a quote's speaker is a person named right after its verb, a word at most between («قالت له
        إليسا»): the verb's gender is that person's."""
        named = self.by_id.get(suggestion.speaker) if suggestion.speaker is not None else None
        if named is None or named.label != "PERSON" or named.start < suggestion.cue[1]:
            return False
        between = self.text[suggestion.cue[1]:named.start]
        return len(_WORD.findall(between)) <= 1 and not any(m in between for m in "،,.:\"«")

    def _quotes_of(self, entity, cue_start: int):
        """The quotes found before the cue, nearest first and in the article's reach (not a long page's), whose
        speaker is this name (any of its mentions)."""
        name = _fold(entity.text)
        for found, start, _ in reversed(self.found):
            if start < cue_start - _QUOTED_REACH:
                return
            if start < cue_start and found.speaker is not None and _fold(self.by_id[found.speaker].text) == name:
                yield found

    def _never_spoke(self, entity, cue_start: int) -> bool:
        """Whether a bare «وتابع»/«وأضاف» cannot go on for the subject of the sentence between: «added» and
        «went on» need one who spoke, and this one neither said anything before nor does so in that sentence
        («وقال أردوغان إن …. وكان ترامب قد فرض عقوبات على أنقرة. وتابع "…"»: Erdogan goes on)."""
        if self._cue_word_at(cue_start).lstrip("و") not in GOING_ON or not self._bare_continuation(cue_start):
            return False
        if next(self._quotes_of(entity, cue_start), None) is not None:
            return False
        opening = max(self.text.rfind(mark, 0, entity.start) for mark in ".!?؟\n") + 1
        sentence = _WORD.findall(_fold(self.text[opening:self.text.find(".", entity.end) % (len(self.text) + 1)]))
        # («ورفض البيت الأبيض التعليق»: declining to comment says nothing)
        # («وهو ما رفضه فلان»: the act with its object's pronoun)
        return not any((self._is_cue_word(word) or word in _SPEAKING_ACTS or word in _SPOKEN
                        or _POSSESSIVE.sub("", word) in _SPEAKING_ACTS
                        or (word[:1] in "وف" and (word[1:] in _SPEAKING_ACTS or word[1:] in _SPOKEN)))
                       and sentence[n + 1:n + 4].count(_THE_COMMENT) == 0 for n, word in enumerate(sentence))

    def _bare_continuation(self, cue_start: int) -> bool:
        """A verb of saying with nothing between it and the words it reports («وأضافت أن», «كما أكدت:»,
        «قائلة "…"»): whoever it goes on for agrees with it."""
        index = self.index_at.get(cue_start)
        if index is None:
            return False
        gap = self.folded[self.words[index].end():self.words[index].end() + 3].strip()
        following = self.words[index + 1].group() if index + 1 < len(self.words) else ""
        if following in SAYING_PARTICIPLES and following[:3] != "بال" and index + 2 < len(self.words):
            # «وتابع قائلا إن …», «وأضافت قائلة: …»: the participle only says again that he is saying it
            gap = self.folded[self.words[index + 1].end():self.words[index + 1].end() + 3].strip()
            following = self.words[index + 2].group()
        return gap[:1] in (":",) + tuple(_OPENINGS) or following in THAT

    def _cue_word_at(self, cue_start: int) -> str:
        """The folded word a cue starting at `cue_start` (folded offsets) is."""
        index = self.index_at.get(cue_start)
        if index and self.words[index].group().startswith("بال"):
            index -= 1  # «واكتفى بالقول»: a verbal noun tells no gender; the verb it completes does
        return self.words[index].group() if index is not None else ""

    def _said_by_antecedent(self, suggestion) -> bool:
        """«تعليقات نائب الوزير، فلان، الذي قال فيها إن …، مضيفا أن …»: the relative clause's verb has the
        name it follows as its speaker, and a participle right after goes on for them."""
        named = next((e for e in self.entities if e.id == suggestion.speaker), None) if suggestion.speaker is not None else None
        if named is None or named.end > suggestion.cue[0]:
            return False
        return len(_WORD.findall(_fold(self.text[named.end:suggestion.cue[0]]))) <= 2

    def _asked_then_answered(self, asking: int, answer: int) -> bool:
        """Whether a verb of asking («سأله», «سألته», «تساءلت») is answered by the cue («فأجاب», «فرد», «فقال»)."""
        said = self.words[answer].group()
        return (said[1:] if said[:1] in "وف" else said) in _ANSWERS and \
            _POSSESSIVE.sub("", self.words[asking].group().lstrip("و")) in _ASKING_VERBS

    def _answers_the_question_opening(self, index: int) -> bool:
        """Whether the cue answers the verb of asking its sentence opens on («وتساءلت CNN عما …، فقال»); the
        answer word is checked first, so most cues never look for the opening verb."""
        said = self.words[index].group()
        if (said[1:] if said[:1] in "وف" else said) not in _ANSWERS:
            return False
        verb = self._opening_verb(self.first_word_at(self.sentence_start(self.words[index].start())), index)
        return verb is not None and self._asked_then_answered(verb, index)

    def _what_one_said(self, entity) -> bool:
        """«واقتبس ما قاله ماكرون، مضيفا»: the name is the subject of «ما» and its verb, what was quoted, not who
        goes on («ما» then a verb with the pronoun of what: «قاله», «ذكرته», «وصفه»)."""
        before = _WORD.findall(_fold(_own_sentence_before(self.text, entity.start, 30)))[-2:]
        return len(before) == 2 and before[0] in _WHAT_FORMS and _POSSESSIVE.search(before[1]) is not None \
            and len(before[1]) > 3

    def _near(self, earlier_end: int, a: int) -> bool:
        """No more than one paragraph break between the last quote and this cue."""
        return self.text.count("\n", earlier_end, a) <= 2


# Someone's people, named by a pronoun: «مؤيديه», «محاموها», «أنصاره»
_THEIR_PEOPLE = _folded("مؤيدي مؤيدو معارضي معارضو منتقدي منتقدو خصوم محامي محامو أنصار زملاء أصدقاء أقارب أسرت "
                        "عائلت مساعدي مساعدو مستشاري مستشارو ممثلي ممثلو")
_UTTERED = _folded("تصريحات تصريح بيان كلمة خطاب رسالة")  # «من تصريحات للرئيس فلان»
_A_CALL = _folded("اتصال اتصالا تسجيل رسالة مكالمة تغريدة بيان")  # «اتصالا من فلان يقول فيه»
_HELD, _THE_RESPONSIBILITY = _folded("حمل حملت حملوا"), fold("المسؤولية")  # «حمّل فلانا المسؤولية»
_IN_WORDS = _folded("في وفي")
_WHAT_FORMS = _folded("ما مما عما بما لما وما")  # «ما قاله فلان»
_ASKING_VERBS, _ANSWERS = _folded("سأل سألت تساءل تساءلت"), _folded("أجاب أجابت رد ردت قال قالت")
_ASKED_ABOUT = _folded("عن حول عما بشأن إن إذا ما")  # «سأل فلان ترامب عن …»
_EXPRESSED = _fold("عبر")  # «عبّر عن»: a verb when its «عن» follows the subject
_REPORTS = _folded("تقرير دراسة بيان")  # «أن تقريرا لمنظمة … ذكر»
_COUNTS = _folded("ثلاث ثلاثة أربع أربعة خمس خمسة ست ستة سبع سبعة ثماني ثمانية تسع تسعة عشر عشرة عشرات مئات آلاف")
_QAD_OPENERS = _folded("قد وقد فقد ولقد لقد لم ولم فلم لن ولن")  # «ولم يوضح البيان …، وقال»: the particle before its verb
# «مسؤولا في البنتاغون», «متحدثا باسم الوزارة», «مصدرا ذا صلة برد فعل الشركة» (one who has a tie)
_OF_A_BODY = _folded("باسم في من لدى ذو ذا ذات ذوو ذوي")
_AS_SAID_WORDS = _folded("حسبما كما")  # «… حسبما قال فلان.»
_IN_TURN = _folded("بدوره بدورها بدورهم وبدوره وبدورها وبدورهم")  # «بدورها تعهدت الصين»
_THEN = _folded("ثم وثم")
_MEANWHILE = _folded("بينما وبينما")
_WHILE_WORD = fold("حين")  # «وفي حين …»
_HE_IS = _folded("هو هي")  # «وفلان هو أصغر زعيم …»
_THIS_IS, _WHAT = _folded("وهو وهي وهذا هذا وذلك"), fold("ما")
_REPLIED = fold("ورد")
_REPLIES = _folded("رد تعليق موقف جواب")  # «وجاء رد فلان»
_DELAYED = _folded("يتأخر تتأخر تأخر")  # «ولم يتأخر رد فلان»
_DOUBLED = _folded("رد")  # a verb of two letters as written: «…، رد البيت الأبيض»
_TIME_OPENERS = _folded("بعد قبل عقب إثر اثر")  # a sentence opening on when: «بعد ساعات من …، رد …»
_OPENINGS = "«“\"„'"
