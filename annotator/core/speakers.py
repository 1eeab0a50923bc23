"""Who said it: the speaker of a quote the reader found (annotator.core.quotes), by the clause structure of
Arabic reporting — the subject after the verb, a name before it across an apposition, the sentence's subject
for a verb with none of its own, a title or a kind of body that names someone introduced before, and the
last speaker for a bare «وأضاف أن …». A tagged entity is returned by its id; otherwise the words themselves."""

from __future__ import annotations

import bisect
import re

from annotator.core.arabic import fold, plain
from annotator.core.label_kinds import SPEAKER_KINDS as SPEAKER_LABELS  # names are read by their label's kind
from annotator.core.reporting_words import (
    ADVERBS, AS_FOR_TOPIC, ASIDES, ATTRIBUTION, BODY_KINDS, BUTS, CIRCUMSTANTIAL, CONSTRUCT_TITLES, DESCRIPTIONS, GOING_ON, GOVERNING, NEEDS_THAT,
    HOLDERS, NOT_NAMES, PARTICIPLES, PERSONAL_OFFICES, PROFESSIONS,
    RELATIVES, REPRESENTATIVES, SUBJECT_HEADS, THAT, TIME_WORDS, TITLES, TOLD, VERBS, _FAR, _IN_THE_NAME_OF, _TO, _KANA, _MEDIA,
    _ABOUT_IT, _ACCUSING, _NEGATIONS, _NOT_ADJECTIVE, _PRONOUN_PREPOSITIONS, _QUANTITIES, _SAME, _SOURCES, _WORD, _bare, _folded,
)
from annotator.core.speaker_words import (
    _ABOUT_OPENERS, _ADJECTIVE_ENDINGS, _AMMA, _CHAIN_NOUNS, _AN, _A_STATEMENT, _BUT_OPENERS, _GENERAL, _GENERAL_OFFICES, _GLUED_DIGITS,
    _L_NOUNS, _NAMING, _PLACE_KINDS, _PLAYERS, _PROFESSOR, _QAD, _REPRESENTING, _THE_LATTER, _THE_REPORT, _THE_SOURCE, _THE_STATEMENT, _THE_TEXT,
    _ATTRIBUTED_TO, _BUT_HIM, _FORMER, _IN_IT, _INTERVIEWS, _OF_A_TIME, _POSSESSIVE, _TRANSMITTED, _WHEN, _WITH, _fold, _unpossessed, _is_nisba, _other_person, _own_sentence_before, _person,
)
from annotator.core.speaker_context import _A_CALL, _ASKED_ABOUT, _AS_WELL, _IN_WORDS, Context
from annotator.core.speaker_titles import _ISSUED_VERBS, _KINDS_OF_BODY, _ONE_PERSON_HOLDERS, _SPOKESPEOPLE, Titles


_DOCUMENT_WORDS = frozenset(_bare(w) for w in _A_STATEMENT)  # «نص البيان»: a document of a document
# Events a name completes after a preposition: «عقب لقاء ترامب», «خلال زيارة ماكرون», «بعد اجتماع بوتين»
_MEETINGS = _folded("لقاء لقائه اجتماع زيارة محادثات مباحثات قمة اتصال مكالمة")
_WHAT = _folded("بما مما عما")
_ALL_OF = _folded("جميع كل كافة")
_IN, _ON, _VIA = fold("في"), fold("على"), fold("عبر")
_IN_OR_FROM = _folded("في من")  # «مصدر في الهلال الأحمر», «مصادر من حركة طالبان»: where the source is
_COUNTERPART_GLUED = _folded("بنظيره بنظيرته بنظيرها بنظيريه لنظيره لنظيرته لنظيرها")
# whom he was with: his meeting, receiving, greeting, a verbal noun with his pronoun whose object follows it («بعد
# لقائه الرئيس فلان»), and beside him («إلى جانب رئيس الوزراء فلان», «وبجانبه فلان»)
_WITH_WHOM = _folded("لقائه لقائها استقباله استقبالها مصافحته مصافحتها تهنئته تهنئتها مقابلته مقابلتها "
                     "جانب بجانب جانبه بجانبه جانبها بجانبها جوار بجوار")
_ADDRESSED = _folded("الموجهة الموجه موجهة موجه المرسلة المرسل")
# «الأب» is whoever was introduced as «والدها»: each kin word and the ties that introduce it
_KIN = {fold(word): frozenset(fold(t) for t in ties) for word, ties in (
    ("الأب", ("والد", "أب", "أبو", "ابو")), ("الأم", ("والدة", "والدت", "أم")), ("الزوج", ("زوج",)),
    ("الزوجة", ("زوجة", "زوجت")), ("الابن", ("ابن", "نجل")), ("الابنة", ("ابنة", "ابنت", "كريمة", "كريمت")),
    ("الشقيق", ("شقيق", "أخ", "أخو")), ("الشقيقة", ("شقيقة", "شقيقت", "أخت")))}
_WHO_PLURAL = fold("الذين")
_ACCUSING_VERBS = frozenset(fold(w) for w in ("اتهم", "اتهمت", "حمل", "حملت", "دعا", "دعت", "طالب", "طالبت", "حذر", "حذرت"))
_EVEN = frozenset(fold(w) for w in ("حتى", "فقط"))
_AN_OFFICIAL = frozenset(fold(w) for w in ("مسؤول", "مسؤولة"))  # «مسؤول دفاعي أميركي كبير», unlike «رئيس إحدى الجمهوريات»
_AT_AN_OCCASION = frozenset(fold(w) for w in ("في", "خلال", "على", "أمام", "عقب", "بعد", "قبل", "قبيل"))
_OCCASIONS = frozenset(_bare(fold(w)) for w in ("قمة", "اجتماع", "اجتماعات", "جلسة", "مؤتمر", "ختام", "افتتاح", "هامش", "منتدى",
                                                 "اجتماعات", "دورة", "حفل", "مراسم", "زيارة", "لقاء"))
_HIS_COUNTRIES = frozenset(fold(w) for w in ("لبنان", "عمان"))  # countries named without ال that take «he»
_ONE_OF_THEM = frozenset(fold(w) for w in ("أحد", "إحدى", "بعض"))  # «أحد مستخدمي فيسبوك»
_RELATIVE_GENDER = {fold("التي"): fold("قالت"), fold("الذي"): fold("قال")}  # the gender each relative takes
_EACH = fold("كل")
_OFFICIALS = _folded("مسؤول مسؤولة مسؤولو مسؤولي مصدر مصادر")  # «مسؤول البيت الأبيض»: one of the body's, not the body
_THE_SOURCES, _A_SOURCE = fold("المصادر"), fold("مصدر")
_THESE = _folded("هذه هذا")
_DAYS = _folded("السبت الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة أمس اليوم")
_AFFILIATED = _folded("تابع تابعة التابع التابعة")  # «وكالة تابعة للأمم المتحدة»
_TO_A_REPORTER = _folded("لمراسل لمراسلة للمراسل للمراسلة لصحفي لصحفية للصحفي للصحفية")
_DURING = _folded("خلال أثناء عقب إثر أمام")
_OF_A_SOURCE = _folded("بارز كبير رفيع سابق قريب مقرب مطلع رسمي")  # «مسؤول بارز سابق في …», «مصدر قريب من …»
_IN_LANGUAGE = fold("باللغة")
_IN_REPLY = _folded("ردا تعليقا تعقيبا رده ردها ردهم تعليقه تعليقها تعقيبه تعقيبها")  # «وتابع في معرض رده على تصريحات فلان»
_HAPPENED = _folded("سبق يسبق")  # «وسبق لفلان أن قال»
_AN_THAT = _fold("أن")
_UTTERANCES = _folded("تغريدة تغريدات تصريحات تصريح كلمة خطاب مقال رسالة مقابلة")
_UTTERANCE_STEMS = frozenset(_bare(w) for w in _folded("تصريحات تصريح تصريحاته كلام حديث"))  # «مع تصريحات للرئيس فلان»
_REFERRING = _folded("إلى الى على عن")
# (and who hosted or organised the occasion, or was given the words: «في ندوة نظمها معهد بروكينغز», «خص به موقع …»)
_CARRIED = _folded("نظمها نظمه نظمته نظمتها استضافها استضافه استضافته استضافتها خص خصت "
                   "بثتها نشرتها أوردتها نقلتها أجرتها بثها نشرها أوردها نقلها أجراها بثه نشره أورده نقله أجراه بثته "
                   "نشرته أوردته نقلته أجرته")
# the paper or channel that published or carried the words, never who said them («وفي رسالة نشرتها صحيفة نيويورك
# تايمز، قال»); but a person who published them wrote them («وفي رسالة نشرها ترامب، قال»), and the one who
# conducted an interview may be who spoke in it («وفي مقابلة أجراها بوتين مع CNN، قال»)
_PUBLISHED = _CARRIED - _folded("أجرتها أجراها أجراه أجرته")
_SUSPECTED = _folded("المشتبه مشتبه المتهم")
_BIHI = _folded("به بها بهم بهما")
_NISBAS_LIKE_VERBS = frozenset("تركي تونسي يمني ياباني يوناني تشادي تنزاني تايواني تايلاندي تيبتي".split())
_AGED = re.compile(r"\s+(?:البالغ|البالغة|بعمر)(?:\s|$)")  # «المدرب البالغ 45 عاما», «امرأة بعمر 19 عاما»: an age apposition
_HOLDER_OF = re.compile(r"\s+(?:صاحب|صاحبة|الحاصل|الحاصلة)(?:\s|$)")  # «المدافع الهولندي صاحب أغلى صفقة», «اللاعبة الحاصلة على …»: an epithet after the title
_OF_AGE = re.compile(r"(?:صاحب|صاحبه|ابن|ابنه)\s+(?:ال|الـ)?\s*\d+\s+(?:عاما|عام|سنه|سنوات)$")  # folded



def _defined_subject(lead: list[str]) -> bool:
    """«إدارة الموقع», «الحكومة البريطانية»: a whole definite subject, no preposition in it."""
    return bool(lead) and lead[-1].startswith("ال") and not any(w in GOVERNING for w in lead) and len(lead) <= 4


def _told_outlet(lead: list[str]) -> bool:
    """«السيدة صحيفة», «الوزير وكالة»: a defined subject, then an outlet without «ال»: no one phrase, but the
    subject and the outlet it told (a definite noun takes only definite adjectives)."""
    return len(lead) == 2 and lead[0].startswith("ال") and lead[1] in _MEDIA


_EXPRESSED, _ABOUT_WORD = fold("عبر"), fold("عن")  # «عبر فلان عن …»: expressed, not «via»


_UPON = _folded("لدى عند إثر اثر فور لحظة")
_CITING = fold("نقلا")  # «نقلا عن فلان»
_WHILE_HE_SHE = _folded("وهو وهي")  # «وهو يقول»: while he says
_FORMER_WORDS = _FORMER | _folded("الحالي الحالية")  # «محامي ترامب السابق، مايكل كوهين»
_OF_AN_OFFICE = _folded("لدى في")  # «سفير ترامب لدى إسرائيل», «مستشاره في البيت الأبيض»
_CIRCUMSTANCE_OPENERS = _folded("مع إزاء وسط إثر بخصوص بالنسبة تجاه حيال جراء إلى")  # («وإلى جانب …»)
_IN_CIRCUMSTANCE = _folded("ظل إطار أعقاب رده ردها ردهم سياق معرض ضوء مواجهة حديثه حديثها تعليقه تعليقها إشارة ختام الوقت "
                           "مستهل بداية نهاية خضم غضون أثناء")
_CONCERNING = _folded("يخص يتعلق يتصل")
_ON_OPENERS, _WHILE = _folded("الرغم غرار هامش"), fold("حين")  # «وعلى الرغم من …،», «وعلى غرار …،», «وعلى هامش …،», «وفي حين …،»
_FROM_WORDS = _folded("من ومن")
# how or when it was said: «وقال بينما كان يقف …», «وأضاف شاكرا …» (a participle of the first form looks like a
# name, «بالما»: only these)
_HOW_OR_WHEN = _folded("بينما فيما وهو وهي حين حينما عندما بعدما بحضور شاكرا شاكرة")
_VENUES = frozenset(_bare(w) for w in _folded("أكاديمية قاعدة مقر قصر مبنى فندق كنيسة مسجد قاعة ساحة منصة"))  # «في الأكاديمية العسكرية ويست بوينت»
# «وعقب لقاء ترامب بـ…،», «وفي ختام زيارة ترامب …،», «وحين سئل ترامب عن …،»: an occasion, its doer after its noun
_OCCASION_OPENERS = _folded("بعد عقب خلال أثناء لدى عند إثر اثر فور قبيل قبل")
_OCCASION_PARTS = _folded("ختام أعقاب مستهل نهاية بداية أثناء خلال")
_ANOTHERS_WORDS = _folded("انتقادات انتقاد اتهامات اتهام تهديدات تهديد هجوم قرار إعلان دعوة تحذير تحذيرات")
_WAS_ASKED, _ASKING = _folded("سئل سئلت"), _folded("سؤال")
_TIME_SPANS = _folded("ساعات ساعة أيام يوم يومين أسبوع أسبوعين أسابيع شهر شهرين أشهر عام عامين أعوام سنوات سنة دقائق لحظات "
                      "فترة وقت مرور")
_IN_OR_DURING = _folded("في خلال")
# «وفي مقابلة أجرتها معه شبكة CNN، قال», «وفي حديث مع مراسل CNN فلان، قال»: whom he spoke with; but «وفي مقابلة
# أجراها بوتين مع CNN، قال» names who spoke
_CONVERSATIONS, _WITH_HIM = _folded("مقابلة حديث حوار مداخلة اتصال مكالمة"), _folded("معه معها معهم")
_ASKED_HIM = _folded("سأل سألت")  # the verb of «سأله», «سألها», «سألته» with its pronoun off
_HAVING = _folded("لدى عند")  # a sentence opening «ولدى فلان» is what he has


def _to_ones_kin(word: str) -> bool:
    """«لزوجها», «لوالدته» (folded): to one's kin, a preposition glued to a relative and its pronoun (the ة
    before the pronoun written ت)."""
    return word[:1] == "ل" and _POSSESSIVE.search(word) is not None and _unpossessed(word[1:]) in _ONE_PERSON_HOLDERS


class Speakers(Titles, Context):
    """The speaker half of the quote reader: it reads the reader's words, sentences, names and quotes found."""

    def speaker(self, index: int, kind: str, subject_end: int) -> tuple[int | None, str | None]:
        found = self._speaker(index, kind, subject_end)
        if found[0] is not None and kind == "verb" and self._quoted_as_he(found[0], index):
            agreeing = self._she_of_the_sentence(index)
            if agreeing is not None:
                return agreeing
        return found

    def _quoted_as_he(self, entity_id: int, index: int) -> bool:
        """Whether a joined «وقالت» with no name after it went to a man: a person an earlier quote's own verb
        («قال», «أضاف»; not «نقلت», the carrier's) called he."""
        word, entity = self.words[index].group(), self.by_id[entity_id]
        if word[:1] != "و" or _person(word) != "she" or entity.label != "PERSON" or entity.start > self.words[index].start():
            return False
        for found in self._quotes_of(entity, self.words[index].start()):
            said = _fold(self.text[found.cue[0]:found.cue[1]])
            if said not in _TRANSMITTED:
                return _person(said) == "he"
        return False

    def _she_of_the_sentence(self, index: int) -> tuple[int | None, str | None] | None:
        """«إذ نشرت شبكة "سي أن أن" تقريرا …، وقالت حينها إن …»: the name right after the nearest verb of her
        gender in the sentence that has one (an office or a kind of outlet between) is who goes on; or the
        body no one tagged right after it («وهاجمت الحكومة البريطانية ترامب بشدة، وقالت»)."""
        floor = self.first_word_at(self.sentence_start(self.words[index].start()))
        for n in range(index - 1, floor - 1, -1):
            verb = self.words[n].group()
            verb = verb[1:] if verb[:1] in "وف" and len(verb) > 4 else verb
            if len(verb) < 4 or not verb.endswith("ت") or verb.endswith("ات") or verb.startswith("ال") \
                    or _person(verb) != "she" or self._feminine_noun(n):
                continue  # («انتقادات» is a plural)
            following = self.words[n + 1].group() if n + 1 < index else ""
            if following.startswith("ال") and _bare(following) in SUBJECT_HEADS:
                # «وهاجمت الحكومة البريطانية ترامب بشدة، وقالت»: a body no one tagged, up to the name it governs
                names = [e.start for e in self.within(self.back(self.words[n + 1].start()), self.back(self.words[index].start()))]
                end = next((self.words[m].start() for m in range(n + 2, index)
                            if names and self.back(self.words[m].start()) >= names[0]), self.words[index].start())
                phrase = self._name_phrase(self.words[n].end(), end)
                return (None, phrase) if phrase else None
            for m in range(n + 1, min(n + 4, index)):
                at = self.back(self.words[m].start())
                if any(mark in self.text[self.back(self.words[m - 1].end()):at] for mark in "،,.:"):
                    break
                named = next((e for e in self.within(at, at + 1, whole=False) if e.start in (at, at + 1)
                              and self.text[at:e.start] in ("", "\"", "«") and e.label in SPEAKER_LABELS), None)
                if named is not None:
                    if not (named.label == "PERSON" and self._quoted_as_he(named.id, index)):
                        return named.id, None
                    break
                word = self.words[m].group()
                if not (word in _MEDIA or word in TITLES or word in CONSTRUCT_TITLES
                        or (m > n + 1 and word.startswith("ال") and _is_nisba(word))):
                    break  # «انتقدت الصحيفة ترامب»: past a word that is no office or outlet, a name is the object
        return None

    def _speaker(self, index: int, kind: str, subject_end: int) -> tuple[int | None, str | None]:
        cue_start, cue_end = self.words[index].start(), self.words[index].end()
        shown = self._shown_saying(index)
        if shown is not None:
            return shown.id, None  # «وتداول رواد مواقع التواصل مقطعا لتامر حسني وهو يقول: "…"»: the one shown
        if kind == "participle":
            continued = self._continued(cue_start, far=False)
            if continued == (None, None):
                # «كما التقت ميركل جنودا …. وقدمت شكرها للجنود قائلة إن …»: no subject in its sentence, the
                # person the sentence before opened on
                first = self.first_word_at(self.sentence_start(cue_start))
                # (or on «كما»: «وكشف بوتين … . كما استعان بفيديو، مشيرا إلى أن …»)
                earlier = self._opening_subject(first - 1) if first and (
                    self.words[first].group()[:1] == "و" or self.words[first].group() == _AS_WELL) else None
                if earlier is not None and earlier[0] is not None and self.by_id[earlier[0]].label == "PERSON" and \
                        not _other_person(self.words[first].group(), self.words[index].group()):
                    return earlier
                said = self.words[first].group()
                if first + 1 == index and said[:1] == "و" and self._is_cue_word(said) and \
                        not _other_person(said, self.words[index].group()):
                    # «دافع الرئيس الأمريكي دونالد ترامب عن قراره. وقال محذرا: "…"»: the participle's own verb has
                    # no subject, and goes on for the one the sentence before opened on
                    between = self._previous_subject(cue_start, 0)
                    if between is not None and between.label == "PERSON":
                        return between.id, None
            return continued
        if self.words[index].group() == _CAME_WORD and index > 1 and index + 1 < len(self.words) and \
                self.words[index + 1].group() in _IN_IT:
            # «وأصدر وزير خارجية كولومبيا بيانا جاء فيه أن …»: whoever issued it; «تلقت رسالة، جاء فيها» no one named
            issued = next((n for n in range(index - 2, max(-1, index - 9), -1)
                           if self.words[n].start() >= self.sentence_start(cue_start)
                           and self.words[n].group().lstrip("و") in _ISSUED_VERBS), None)
            if issued is not None:  # the issuing verb's own subject, up to the statement
                issuer = self._speaker(issued, "verb", self.words[index - 1].start())
                if issuer != (None, None):
                    return issuer
            if self.words[index - 1].group()[:1] == "ل":
                at = self.back(self.words[index - 1].start()) + 1  # «بيانا للجيش»: the body glued to its ل
                owner = next((e for e in self.within(at - 1, at + 2, whole=False) if e.start in (at, at + 1)), None)
                if owner is not None:
                    return owner.id, None
                if self.words[index - 1].group().startswith("لل"):  # «للجيش»: «الجيش», its alef restored
                    a, b = self.original(self.words[index - 1].start() + 1, self.words[index - 1].end())
                    return self._phrase_speaker("ا" + self.text[a:b], cue_start)
            a, b = self.original(self.words[index - 1].start(), self.words[index - 1].end())
            return None, self.text[a:b]
        told = self.words[index + 1].group() if index + 1 < len(self.words) else ""
        to_whom = told[:1] == "ل" and len(told) > 3 and not told.startswith("لل") and (
            "ال" + told[1:] in TITLES or told[1:] in CONSTRUCT_TITLES)  # «وقال لمخرج الفيلم، مايكل مان، …»
        if self._addressee_follows(index) or ((told.startswith("لل") and told.endswith("ين") or to_whom) and not self.folded[
                cue_end:self.words[index + 1].start()].strip()):
            # «وأبلغ الصحفيين: "…"», «وقال للصحفيين في جنيف، بعد جولة شملت سوريا، "…"»: told them; no subject written
            subject_end = cue_end
        if index and self.words[index - 1].group() in _BUT_HIM:
            subject_end = cue_end  # «لكنه أشار في تغريدة عبر موقع تويتر "…"»: «لكنه» holds the subject; no name after the verb is it
        if self._accused_follows(index):
            subject_end = cue_end  # «ودافع فلان عن تصريحاته واتهم فلانة بأنها …»: whom he accused, not who speaks
        if self._country_object_follows(index):
            subject_end = cue_end  # «وحذر طهران من أنها …»: a city or a country is «she»; after «his» verb, the object
        if self._circumstance_follows(index):
            subject_end = cue_end  # «وقال منتقدا الحزب الديمقراطي: "…"»: how he said it, no subject after the verb
        a, b = self.original(cue_end, subject_end) if subject_end > cue_end else (self.back(cue_end), self.back(cue_end))
        region = self.within(a, b)
        if kind == "noun":  # «في بيان لـX …»: the statement's author, glued ل and all
            # («بيان للتحالف نشرته وكالة الأنباء السعودية»: who published it is no author)
            region = [e for e in region if _WORD.findall(_fold(self.text[max(0, e.start - 12):e.start]))[-1:] not in
                      ([w] for w in _CARRIED)]
            if not region and index + 1 < len(self.words) and self.words[index + 1].group()[:1] == "ل" and \
                    not self.words[index].group().startswith("ال"):
                # «جاء في تقرير لهيئة بلجيكية تختص بمراقبة الإرهاب، أن …»: the body described, past its ل
                glued = self.words[index + 1]
                if glued.group().startswith("لل") and glued.end() <= subject_end:
                    # «في بيان للاتحاد أن …»: past its ل, «الاتحاد» with its alef restored, the body named before
                    phrase = "ا" + self.text[slice(*self.original(glued.start() + 1, glued.end()))]
                    last = glued
                    for following in self.words[index + 2:index + 4]:  # «للحكومة الإسرائيلية»: its adjectives too
                        if following.end() > subject_end or self.folded[last.end():following.start()].strip() or \
                                not following.group().startswith("ال") or not _is_nisba(following.group()):
                            break
                        last = following
                    if last is not glued:
                        phrase += self.text[slice(*self.original(glued.end(), last.end()))]
                    if _bare(_fold(phrase)) in SUBJECT_HEADS or _bare(_WORD.findall(_fold(phrase))[0]) in SUBJECT_HEADS:
                        return self._phrase_speaker(phrase, cue_start)
                phrase = self._name_phrase(self.words[index + 1].start() + 1, subject_end)
                if phrase and _bare(_WORD.findall(_fold(phrase))[0]) in SUBJECT_HEADS:
                    return None, phrase
            owner = self.words[index + 1] if index + 1 < len(self.words) else None
            if not region and owner is not None and owner.group().startswith("ال") and _bare(owner.group()) in SUBJECT_HEADS \
                    and not self.folded[self.words[index].end():owner.start()].strip():
                # «وجاء في تحذير السفارة أن …»: the statement of the body it names, the one named so before
                return self._phrase_speaker(self.text[slice(*self.original(*owner.span()))], cue_start)
            if not region and self.words[index].group().startswith("ال"):
                # «وقالت الشركة في بيان …» then «وجاء في البيان أن …»: the statement named before, and its author
                return self._phrase_speaker(self.text[slice(*self.original(*self.words[index].span()))], cue_start)
            # «وصفه ترامب في تغريدة على تويتر بأنه "…"»: where it was posted is no author
            region = [e for e in region if _WORD.findall(_fold(self.text[max(0, e.start - 6):e.start]))[-1:] not in ([_ON], [_VIA], [_IN])
                      # «وجاء في الرسالة الموجهة لسوندار بيتشاي "…"»: whom it was sent to, not who wrote it
                      and not _ADDRESSED & set(_WORD.findall(_fold(self.text[max(0, e.start - 16):e.start]))[-2:])]
            if not region and self.words[index].group().startswith("ال"):  # (the letter named before, and its authors)
                return self._phrase_speaker(self.text[slice(*self.original(*self.words[index].span()))], cue_start)
            if not region and index:
                # «وصفه ترامب في تغريدة …»: the name right before «في» is the verb's subject, who wrote it
                at = self.back(self.words[index - 1].start())
                writer = next((e for e in self.within(max(0, at - 40), at) if e.label in SPEAKER_LABELS
                               and not self.text[e.end:at].strip(" \u200f\u200e\xa0") and not self._governed(e)), None)
                clause = max(self.text.rfind(m, 0, writer.start) for m in "،,.\n") + 1 if writer is not None else 0
                if writer is not None and not any(e.label in SPEAKER_LABELS for e in self.within(clause, writer.start)):
                    return writer.id, None  # (not the last of «اتفق أردوغان وبوتين وروحاني في بيان»)
            if region:
                return region[0].id, None
            if owner is not None and owner.group().startswith("ال") and not self.words[index].group().startswith("ال") \
                    and _bare(owner.group()) not in _DOCUMENT_WORDS and not self.folded[self.words[index].end():owner.start()].strip():
                # «وجاء في قرار الاتهام أن …»: the document itself, with what it is of, not whoever spoke before it
                # («وجاء في نص البيان» is the statement named before, and its author's)
                return None, self.text[slice(*self.original(self.words[index].start(), owner.end()))]
            return self._continued(cue_start)
        antecedent = self._antecedent(index) or self._contrasted(index) or self._preceded_by(index) or \
            self._but_another(index) or self._report_described(index) or self._caller_before(index) or \
            self._kana_inside(index) or self._wrote_saying(index)
        if antecedent is not None:
            return antecedent
        reported = self.report_subjects.get(index)
        if not region and reported is not None and self._governed(reported):
            # «قالت تقارير إن مسؤولا كبيرا في وزارة العدل أبلغ البيت الأبيض أن …»: the official, where he works
            that = next((n for n in range(index - 1, max(0, index - 10), -1) if self.words[n].group() in THAT), None)
            if that is not None and that + 1 < index and _bare(self.words[that + 1].group().rstrip("ا")) in SUBJECT_HEADS \
                    and not any(m in self.folded[self.words[that].end():cue_start] for m in '،,"«»:'):
                return None, self.text[slice(*self.original(self.words[that + 1].start(), self.words[index - 1].end()))]
        if not region and self.words[index].group()[:1] == "و":
            reported = self._subject_of_the_report(index)
            if reported is not None:  # «وأضافت أن فلانا … اتصل بها وقال إنه …»: he, not she
                return reported.id, None
        if self.words[self.first_word_at(self.sentence_start(cue_start))].group() in _KANA and \
                self.words[index].group()[:1] != "و":
            kana = self._kana_subject(index)  # «وكان التلفزيون السوري أكد تعرض …»: the subject stands before it
            described = _WORD.findall(_fold(self.text[kana.end:self.back(cue_start)])) if kana is not None else []
            if kana is not None and kana.label == "PERSON" and described and described[0] in _APPOSITION_HEADS and \
                    len(described) <= 9 and not (THAT | RELATIVES) & set(described) and \
                    not any(m in self.text[kana.end:self.back(cue_start)] for m in '،,"«'):
                return kana.id, None  # «وكان فلان أحد خبراء الملف في حزب ميركل حذر …»: he, described, then his verb
            if kana is not None and set(_WORD.findall(_fold(self.text[kana.end:self.back(cue_start)]))) <= {_QAD}:
                held = self._holder(kana)
                return (None, held) if held else (kana.id, None)  # «وكانت إدارة ترامب قد قالت»: the administration
            envoy = self._kana_representative(index)
            if envoy:  # «وكان سفير روسيا في لبنان قد قال»: the ambassador, not Russia
                return None, envoy
            described = self._kana_described(index) if kana is None else None
            if described:  # «وكان المستشفى البريطاني … قد قال»: the subject no one tagged, between كان and قد
                return self._phrase_speaker(described, cue_start)
        issued_by = self._issued_by(index)
        if issued_by is not None:  # «وأوضح البيان الصادر عن البيت الأبيض أن …»
            return issued_by.id, None
        if self._issued_from(index) and not region:
            issuer = self._name_phrase(self.words[index + 3].end(), subject_end)
            if issuer:  # «وأوضح بيان صادر عن مكتب رئيس الوزراء أن …»: the office, no one tagged
                return self._phrase_speaker(issuer, cue_start)
        if index + 1 < len(self.words) and self.words[index + 1].group() in _A_STATEMENT:
            # «وقال بيان نشره الموقع الرسمي لقوات الحشد الشعبي إن …»: whoever issued it speaks
            # («أفاد تقرير حول أوضاع العمال … في قطر»: a place the report is about is no author)
            authors = [e for e in region if e.label in ("ORG", "PERSON") or (e.label == "GPE" and not self._governed(e))]
            person = [e for e in authors if e.label == "PERSON"]  # «بيان للمتحدث باسم التحالف تركي المالكي»
            if authors:
                author = (person or authors)[0]
                held = self._holder(author)  # «بيان صادر عن حملة ترامب الانتخابية»: the campaign, not Trump
                return (None, held) if held else (author.id, None)
            owner = self.words[index + 2].group() if index + 2 < len(self.words) else ""
            issuer = self._described(owner, cue_start) if owner.startswith("ال") else None
            if issuer is not None:  # «ويشير بيان المفوضية إلى أن …»: the commission named before
                return issuer.id, None
            if owner.startswith("لل") and index + 2 < len(self.words) and self.words[index + 2].end() <= subject_end:
                # «وأفاد بيان للبيت الأبيض أن …»: the body glued to its ل, its alef restored, and its adjectives
                last = self.words[index + 2]
                for following in self.words[index + 3:index + 5]:
                    if following.end() > subject_end or not following.group().startswith("ال") or \
                            self.folded[last.end():following.start()].strip():
                        break
                    last = following
                phrase = "ا" + self.text[slice(*self.original(self.words[index + 2].start() + 1, last.end()))]
                if _fold(phrase) in self.by_text or _bare(_WORD.findall(_fold(phrase))[0]) in SUBJECT_HEADS:
                    return self._phrase_speaker(phrase, cue_start)
        if self._is_transmission(index):  # «نقلت الوكالة عن الوزير قوله …»: the one quoted speaks
            quoted = self._after_an(region, cue_end, subject_end)
            if quoted is not None:
                return quoted
            if set(_WORD.findall(self.folded, cue_end, subject_end)) & _ABOUT_IT:
                # «وعندما سئل لافروف عن …، نقلت وسائل الإعلام عنه قائلا»: the one «عنه» stands for
                when = self._when_subject(index)
                referred = (when.id, None) if when is not None else self._continued(cue_start)
                if _HIM in _WORD.findall(self.folded, cue_end, subject_end) and when is None and (
                        referred[0] is None or self.by_id[referred[0]].label != "PERSON"):
                    # «وذكرت وسائل إعلام أن ظريف تحدث …. ونقلت وكالة فارس عنه قوله»: «him» is a man, the last
                    # named in the sentence before, not the media that spoke last
                    before = self._previous_sentence_start(cue_start)
                    man = [e for e in self.within(self.back(before), self.back(self.sentence_start(cue_start)))
                           if e.label == "PERSON"] if before is not None else []
                    if man:
                        return man[-1].id, None
                if referred != (None, None):
                    return referred
        cited = self._cited_person(region, cue_end, subject_end)
        if cited is not None:
            return cited.id, None  # «وذكرت وكالة رويترز، نقلا عن بومبيو، أن …»: his words, as «نقلت عنه قوله» are
        lead = _WORD.findall(self.folded, cue_end, subject_end)[:1]
        attributed = any(w in ATTRIBUTION for w in _WORD.findall(self.folded, cue_end, subject_end))
        named = [e for e in region if not self._governed(e) and not self._in_relative(a, e)
                 # «عن المحادثات المقرر أن يجريها بومبيو»: a name in a clause of its own, past its أن
                 and not THAT & set(_WORD.findall(_fold(self.text[a:e.start])))
                 # «وقال ردا على سؤال عن انسحاب طهران "…"»: a name in the reply's phrase is what was asked about
                 and not (_IN_REPLY & set(_WORD.findall(_fold(self.text[a:e.start]))))
                 # «في تصريحات بثتها وكالة الأنباء»: who carried the words, not who said them
                 and not set(_WORD.findall(_fold(_own_sentence_before(self.text, e.start, 30)))[-3:]) & _CARRIED
                 and not (e.label == "GPE" and lead and lead[0] in GOVERNING)
                 # «وقالت خلال جلسة مجلس الأمن "…"»: the body of the occasion, right after «خلال» and its noun
                 and not (lead and lead[0] in _DURING and len(_WORD.findall(self.text[a:e.start])) <= 2)
                 # «وتابع في ختام قمة مجموعة السبع "…"», «وقال على هامش اجتماع الناتو»: the body of the occasion
                 and not (lead and lead[0] in _AT_AN_OCCASION and len(_WORD.findall(self.text[a:e.start])) <= 4
                          and any(_bare(w) in _OCCASIONS for w in _WORD.findall(_fold(self.text[a:e.start]))))
                 and not (attributed and any(w in ATTRIBUTION for w in _WORD.findall(_fold(self.text[a:e.start]))))
                 # «ردت الرئاسة بغضب واصفة فلانة بأنها "…"»: a name past a participle is in its clause; «وأكد المدير
                 # التنفيذي لآبل، في تلميح إلى فيسبوك ومديرها زوكربيرغ، إنه …»: whom he alluded to
                 and not _PAST_A_CLAUSE & set(_WORD.findall(_fold(self.text[a:e.start])))
                 # «وأخبرت السيدة صحيفة "دير شبيغل" أنها …»: she, defined, told the paper; the paper is no subject
                 and not _told_outlet(_WORD.findall(_fold(self.text[a:e.start])))
                 # «وأبلغت إدارة الموقع بي بي سي "…"»: a defined subject, then the body it told
                 and not (self.words[index].group().lstrip("وف") in TOLD and e.label != "PERSON"
                          and _defined_subject(_WORD.findall(_fold(self.text[a:e.start])))
                          and not any(m in self.text[a:e.start] for m in "،,(\"«"))
                 # «قال أحد مستخدمي فيسبوك»: one of its users speaks, not the site
                 and not (e.label != "PERSON" and len(_WORD.findall(_fold(self.text[a:e.start]))) >= 2
                          and _WORD.findall(_fold(self.text[a:e.start]))[0] in _ONE_OF_THEM)]
        # «أمام حشد من أنصار الحزب الجمهوري», «مع مراسلة CNN»: the holders a preposition governs, whom he spoke to
        named = [e for e in named if not self._holders_governed(e, a)]
        holding = self._last_speaker_holding(index, a, named, subject_end)
        if holding is not None:  # «قال رئيس الوزراء فلان …. وأكد رئيس الحكومة الإسرائيلية أن …»: he goes on
            return holding.id, None
        # «قالت شبكة أميركية، نقلا عن مسؤولين في إدارة الرئيس فلان، …»: a name past نقلا/وفقا is the source's
        # «واطلعت عليه "العربية نت"» in a relative clause, «خلال اجتماع مع وزيري دفاع كوريا» in a phrase of
        # place or time right after the verb: neither is who speaks
        spoken_for = _WORD.findall(_fold(self.text[a:named[0].start])) if named and named[0].label == "ORG" else []
        named_so = next((e for e in named[1:] if e.label == "PERSON"
                         and len(_WORD.findall(self.text[named[0].end:e.start])) <= 3), None) if spoken_for else None
        if 2 <= len(spoken_for) <= 3 and spoken_for[1] == _IN_THE_NAME_OF and _bare(spoken_for[0]) in SUBJECT_HEADS \
                and named_so is None:  # («المتحدث باسم شركة "آسمان" محمد الطبطبائي» is named)
            # «وقال متحدث باسم (شركة) لوريال»: the spokesman speaks, in the body's name
            if len(spoken_for) == 3 and spoken_for[2].startswith("ال"):
                # «وأبلغ متحدث باسم الشركة رويترز»: the body named already; the name after it is whom he told
                return None, self.text[a:named[0].start].strip(" \u200f\u200e\xa0،,")
            return None, self.text[a:named[0].end].strip(" \u200f\u200e\xa0،,")
        if len(spoken_for) == 1 and spoken_for[0] in _OFFICIALS and named_so is None:
            # «وقال مسؤول البيت الأبيض إن …»: the official of the body, not the body
            return self._phrase_speaker(self.text[a:named[0].end].strip(" \u200f\u200e\xa0،,"), cue_start)
        if named and self._in_construct(named[0]) and all(e.label != "PERSON" for e in named):
            # «وقال رئيس الاتحاد الفلسطيني» after «رئيس الاتحاد الفلسطيني لكرة القدم جبريل الرجوب»: the head
            # introduced with this very body, before anyone introduced with the same office since
            head = self._head_of(named[0], cue_start)
            if head is not None:
                return head.id, None
            # «وأضاف لاعب برشلونة السابق»: the club names whose player speaks; the player introduced so before
            titled = self._earlier_name(cue_start, self.text[max(a, named[0].start - 30):named[0].start], titled_only=True)
            # a country's official is the one introduced with that country: not «رئيس الوزراء الياباني» for
            # «رئيس وزراء سنغافورة»
            around = _fold(self.text[max(0, titled.start - 60):titled.end + 40]) if titled is not None else ""
            if titled is not None and (named[0].label != "GPE" or _fold(named[0].text) in around
                                       or _of_country(named[0].text, around) or self._only_player(titled, named[0])):
                return titled.id, None
            going_on = self._going_on_as_office(named[0], cue_start)
            if going_on is not None:
                return going_on.id, None

        lead_words = _WORD.findall(self.folded, cue_end, subject_end)
        # (its adjectives may come first: «اتهم مسؤول بارز سابق في الفاتيكان البابا …», «مصدر قريب من …»)
        past = next((k for k in range(1, min(len(lead_words), 4)) if lead_words[k] not in _OF_A_SOURCE
                     and not _is_nisba(lead_words[k])), None) if lead_words else None
        person_after = next((e for e in named if e.label == "PERSON"), None)
        placed = _WORD.findall(_fold(self.text[a:person_after.start])) if person_after is not None else []
        if lead_words and lead_words[0] in DESCRIPTIONS and past is not None and lead_words[past] in GOVERNING and \
                self.words[index].group().lstrip("وف") in _SAYING_NO_OBJECT and \
                lead_words[past] != _IN_THE_NAME_OF and len(placed) > past + 1 and len(placed) <= past + 4 and \
                all(w.startswith("ال") for w in placed[past + 1:]) and \
                not any(m in self.text[a:person_after.start] for m in "،,\"«"):
            return person_after.id, None  # «وقال عضو في الأكاديمية بير ستبرغ»: where he sits, then his name
        if lead_words and lead_words[0] in DESCRIPTIONS and past is not None and lead_words[past] in GOVERNING and \
                lead_words[past] != _IN_THE_NAME_OF:
            # «ونفى مصدر في القنصلية السعودية مقتل خاشقجي»: a described subject, then where it sits; a name past
            # it is what it spoke of
            named = [e for e in named if e.label != "PERSON"]
        first_person = next((e for e in named if e.label == "PERSON"), None)
        if first_person is not None:
            before = _WORD.findall(_fold(self.text[a:first_person.start]))
            if len(before) == 3 and before[1] == _IN_THE_NAME_OF and _bare(before[0]) in SUBJECT_HEADS and \
                    before[2].startswith("ال") and "ال" + _bare(before[2]) in TITLES and \
                    self.text[a:first_person.start].rstrip(" \u200f\u200e\xa0")[-1:] in ("،", ","):
                # «وقالت المتحدثة باسم المستشارة، أنجيلا ميركل، …»: the name is the chancellor's, in apposition to
                # her title; her spokeswoman speaks («المتحدث باسم الجيش، فلان،» names the spokesman)
                return None, self.text[a:first_person.start].strip(" \u200f\u200e\xa0،,")
        for entity in named:
            if first_person is not None and entity.start > first_person.start:
                break  # «قال رودي جولياني محامي الرئيس ترامب»: he speaks; whose lawyer he is comes after
            # «مستشار ترامب», «سفير ترامب لدى إسرائيل»: an office of one person's own, held by another
            held = self._holder(entity, HOLDERS | PERSONAL_OFFICES) if entity.label == "PERSON" else self._holder(entity)
            if held and _IN_THE_NAME_OF in _WORD.findall(_fold(self.text[a:entity.start]))[:-1]:
                # «وقالت متحدثة باسم مكتب تيريزا ماي»: the spokeswoman speaks, in the office's name
                return None, self.text[a:entity.end].strip(" \u200f\u200e\xa0،,")
            if held:
                # «وقال والد كينغ، تشارلز بومفورد، …»: the relative is named in apposition
                named_so = next((e for e in named if e.label == "PERSON" and e.start > entity.end and (
                    # «وقال والد كينغ، تشارلز بومفورد», «مراسل بي بي سي فيناياك غايكواد», «محامي ترامب الشخصي، رودي
                    # جولياني» (an adjective of the holder's between)
                    self._adjectives_only(self.text[entity.end:e.start]) or self._office_between(entity.end, e.start) or
                    self._posted_at(entity.end, e.start) or (
                        # «صديق فورمان ووكيل أعماله دنيس أسبلاند»: a second description, then the name
                        _WORD.findall(_fold(self.text[entity.end:e.start]))[:1] and
                        _WORD.findall(_fold(self.text[entity.end:e.start]))[0][:1] == "و" and
                        len(_WORD.findall(self.text[entity.end:e.start])) <= 3))), None)
                return (named_so.id, None) if named_so is not None else (None, held)
        person = next((e for e in named if e.label == "PERSON"), None)
        lead = _WORD.findall(_fold(self.text[a:person.start])) if person is not None else []
        if _IN_THE_NAME_OF in lead[:-1] and (lead[lead.index(_IN_THE_NAME_OF) + 1] in TITLES
                                              or lead[lead.index(_IN_THE_NAME_OF) + 1] in CONSTRUCT_TITLES):
            # «وقال متحدث باسم رئيسة الوزراء تيريزا ماي إن …»: the spokesperson speaks, in her name; but in
            # «المتحدث باسم الكرملين ديمتري بيسكوف» the name is the spokesman's own, and so is the one in apposition
            # after hers: «المتحدث باسم الرئيس الروسي فلاديمير بوتين، ديمتري بيسكوف، …»
            own = self._in_apposition_after(person, named)
            return (own.id, None) if own is not None else (None, self.text[a:person.end].strip(" \u200f\u200e\xa0،,"))
        if person is not None and len(lead) >= 2 and lead[-1] in _LED_BY:
            # «وقال فريق بقيادة فلان وفلان من جامعة …»: the team speaks, its leaders named with it
            last = person
            for other in named:
                if other.start > last.end and other.label == "PERSON" and \
                        self.text[last.end:other.start].strip(" \u200f\u200e\xa0") in ("و", "،", ","):
                    last = other
            return None, self.text[a:last.end].strip(" \u200f\u200e\xa0،,")
        if person is not None and lead and lead[0] in _AIDES:
            # «قال مستشار المرشد الإيراني علي خامنئي، علي أكبر ولايتي، إن …»: the aide named in apposition after
            # the one he serves
            aide = next((e for e in named if e.label == "PERSON" and e.start > person.end
                         and self.text[person.end:e.start].strip(" \u200f\u200e\xa0") in ("،", ",")), None)
            if aide is not None:
                return aide.id, None
        if person is not None:
            return person.id, None
        if named:
            represented = self._holder(named[0], REPRESENTATIVES)
            if not represented and named[0].label in ("GPE", "ORG") and self._in_construct(named[0]):
                phrase = self._name_phrase(cue_end, subject_end)  # «قال رئيس وزراء سنغافورة», «مدير المرصد»: the office speaks
                represented = phrase if phrase and _fold(named[0].text) in _fold(phrase) else None
            if represented:
                return None, represented  # «واعتبرت ممثلة بلغاريا …»: she speaks, not Bulgaria
        # «وذكرت تقارير بأنه …», «…، قال رئيس بلدية نيويورك السابق "…"»: a verb with its own subject after it
        own_subject = self._name_phrase(cue_end, subject_end)
        joined = self.words[index].group()[:1] in "وف"  # «وقال», «…، فقال»
        if not own_subject and not named and not joined and any(w.group() in _WRITINGS for w in self.words[max(0, index - 3):index]):
            described = self._described_just_before(index)
            if described:  # «نفى ترامب، …، ما جاء في كتاب جديد يقول إنه …»: the book says it, not who denied it
                return None, described
        if not own_subject and not named and index + 1 < len(self.words) and self.words[index + 1].group() in _IN_IT:
            # «من مقال له نشرته صحيفة "ديلي تلغراف" قال فيه»: whose piece it is comes before who carried it
            issued = self._statement_before(index)
            if issued is not None:
                return issued
        before = None if own_subject else self._subject_before(cue_start)
        fronted = None if own_subject or before is not None or joined else self._untagged_subject_before(index)
        if fronted:  # «غير أن المحامي قال إنه …», «الاتحاد الأوروبي يقول إن …»
            return self._phrase_speaker(fronted, cue_start)
        if before is not None and not joined:  # «إن ولي العهد، فلان، أبلغه بأنه …»: its own subject before it
            held = self._holder(before) if self._held(before) else None
            return (None, held) if held else (before.id, None)  # «لكن محامي ترامب قال»: his lawyer speaks
        if not own_subject and not named and not joined:
            described = self._described_just_before(index)
            if described:  # «تعليقات باحث إيطالي قال إن …»: the one the indefinite noun describes
                return None, described
        if not own_subject and not named and not joined:
            sole = self._sole_person_before(index)
            if sole is not None:  # «لكن ردّ مدرب منتخب المغرب فلان لم يتأخر، حيث قال "…"»
                spoken_for = _WORD.findall(_fold(self.text[max(0, sole.start - 30):sole.start]))[-2:]
                if len(spoken_for) == 2 and spoken_for[1] == _IN_THE_NAME_OF and _bare(spoken_for[0]) in SUBJECT_HEADS:
                    # «لكن المتحدث باسم ماي رفض …، لكنه أكد»: the spokesman, in her name
                    at = self.text.rfind(self.text[max(0, sole.start - 30):sole.start].split()[-2], 0, sole.start)
                    return None, self.text[at:sole.end]
                return sole.id, None
        if not own_subject and not named:
            when = self._when_subject(index)
            if when is not None:  # «وعندما سئلت فلانة عن …، قالت إن …»
                return when.id, None
            # «وكان فلان التقى نظيره فلانا وقال …»: a joined verb shares the sentence's subject, not the name before it
            # «وأبرزت الغرفة الصادرات … من ولايات دعمت الرئيس ترمب، وقالت إنها …»: the subject right after the
            # sentence's verb, before any other name of its first words
            # «لوح نتنياهو بما قال إنه …»: what the sentence's subject said
            what = index > 0 and self.words[index - 1].group() in _WHAT
            # «أثار نائب وزير التربية، فلان، استغراب الكثيرين عندما قال إن …»: when the sentence's subject said it
            what = what or (index > 1 and self.words[index - 1].group() in _WHEN and not any(
                m in self.folded[self.words[index - 2].end():self.words[index - 1].start()] for m in ".:؛\n"))
            clause_first = self._clause_opening(index) if joined else None
            # «…، لكن المتحدث باسم الضريح نفى التقارير وقال»: the clause «لكن» opens names its own subject
            opened = self._opening_subject(index, clause=True) if clause_first is not None and \
                self.words[clause_first].group() in _BUT_OPENERS else None
            if opened is None:
                opened = self._opening_subject(index) if joined or what else None
            if opened is None and what and self.words[index - 1].group() in _WHEN:
                # «ويتناقض ذلك مع تصريحات للرئيس الأميركي دونالد ترامب خلال مقابلة … حين قال "…"»: whose words
                # the sentence spoke of
                spoken = self._whose_words_before(index)
                if spoken is not None:
                    return spoken.id, None
            if opened is None and joined:  # «وفجر تعرض العميل … النزاع، فاتهمت بريطانيا روسيا …، وقالت»
                opened = self._opening_subject(index, clause=True)
            previous = self.sentence_start(self.words[index - 1].start()) if index else 0
            opener = self.words[self.first_word_at(previous)].group() if index else ""
            said_before = self._is_cue_word(opener) and self.words[index].group().lstrip("و") in GOING_ON and \
                opener not in NEEDS_THAT and opener[1:] not in NEEDS_THAT  # («ويرى التحالف …» is a view, no statement)
            if opened is None and joined and index and self.first_word_at(self.sentence_start(cue_start)) == index \
                    and (opener in _BUT_OPENERS or said_before) \
                    and not any(previous <= start < cue_start for _, start, _ in self.found):
                # «لكن رئيس الاستخبارات دان كوتس شكك في العروض. وعلق قائلا "…"»: the person the sentence before
                # set against the last speaker, when it quoted no one; «وأشار مراسل سكاي نيوز إلى إطلاق …. وأضاف
                # بأن …»: who spoke in it, though what he said was no quote
                earlier = self._opening_subject(index - 1)
                # («وأشارت القيادة العامة في بيان إلى …. وأضاف أنه …»: she pointed, he adds; not her)
                if earlier is not None and not _other_person(opener, self.words[index].group()) and (said_before or earlier[0] is not None and self.by_id[earlier[0]].label == "PERSON"):
                    opened = earlier
            if opened is None and joined and index and self.first_word_at(self.sentence_start(cue_start)) == index \
                    and opener in AS_FOR_TOPIC and not any(previous <= start < cue_start for _, start, _ in self.found) \
                    and not any(m in self.folded[previous:self.words[index - 1].end()] for m in '"«“') \
                    and not ATTRIBUTION & set(_WORD.findall(self.folded, previous, self.words[index - 1].end())):
                # (not «أما فلان فكان "…"، بحسب ما قال مولنس. وأضاف»: who that sentence quoted goes on)
                # «أما أستاذ العلوم السياسية فلان فرأى في التحرك محاولة …. وقال "…"»: the one «أما» set apart
                at = self.back(self.words[self.first_word_at(previous)].end())
                topic = next((e for e in self.within(at, self.back(cue_start)) if e.label == "PERSON"
                              and len(_WORD.findall(self.text[at:e.start])) <= 8), None)
                if topic is not None:
                    opened = topic.id, None
            if opened is not None:
                return opened
            issued = self._statement_before(index)
            if issued is not None:
                return issued
            subject = self._clause_subject(index)
            if subject is not None:
                held = self._holder(subject) if subject.label == "PERSON" else None
                # «وألمح والد نيمار إلى أن …، وأضاف قائلا»: the father, not the son named after him
                return (None, held) if held else (subject.id, None)
            filed = self._filer(index)
            if filed:
                return None, filed
        if before is not None:
            return before.id, None
        # «وقالت الهيئة عقب زيارتها مركزا … في ضاحية لندن إن …»: a name after the verb's own subject, past a
        # preposition, is where or when, not who
        subject_reach = self.original(cue_end, subject_end)[1]
        if own_subject:
            phrase_at = self.text.find(own_subject, a)
            if phrase_at >= 0:
                subject_reach = phrase_at + len(own_subject)
                for entity in named:  # «صحيفة "لوموند"», «شركة لافارج»: the name the phrase stops before
                    if entity.start >= subject_reach and not self.text[subject_reach:entity.start].strip(' "«»“”()\u200f\xa0'):
                        subject_reach = entity.end
        listed = [e for e in region if e.label in SPEAKER_LABELS]
        if own_subject and _fold(own_subject) == _EACH and listed and \
                _WORD.findall(self.folded, cue_end, subject_end)[1:2] == [_fold("من")]:
            return listed[0].id, None  # «أكد كل من الاتحاد الدولي …، ومركز القاهرة …، أن»: the first of the list
        described = _WORD.findall(_fold(own_subject or ""))[:3]
        if len(described) == 3 and described[0] in DESCRIPTIONS and described[1] in _IN_OR_FROM and described[2] in _KINDS_OF_BODY:
            return self._phrase_speaker(own_subject, cue_start)  # «مصادر من حركة طالبان»: the sources, where they are
        for label in ("ORG", "NORP", "GPE"):
            chosen = next((e for e in named if e.label == label and e.start < subject_reach
                           and not self._after_a_titled_nationality(e, a)), None)
            if chosen:
                return chosen.id, None
        phrase = self._name_phrase(cue_end, subject_end)
        if phrase and named and self._after_a_titled_nationality(named[0], a):
            # «ذكرت الوزيرة الألبانية روسيا التي "…"»: the title and its nationality, the country its object
            phrase = self.text[a:named[0].start].strip()
        if phrase:
            return self._phrase_speaker(phrase, cue_start)
        return self._continued(cue_start)

    def _sole_person_before(self, index: int):
        """After «، حيث» or «، إذ» a verb with no subject speaks for the one person its sentence names before it
        (not after a preposition), after «، لكنه» for the one name; with two there, or none, nothing is decided here."""
        if index < 2:
            return None
        word = self.words[index - 1].group()
        after = self.words[index + 1].group() if index + 1 < len(self.words) else ""
        if any(m in self.folded[self.words[index - 1].end():self.words[index].start()] for m in "،,") and \
                self.words[index].group()[:1] not in "وف" and (after in GOVERNING or after in THAT or after[:1] in "لب"):
            # «ولدى فلان تاريخ طويل من التصريحات، ففي عام 2016، قال في مقابلة أنه …»: no subject after the verb
            kinds = ("PERSON",)
            word = ""
        elif not any(m in self.folded[self.words[index - 2].end():self.words[index - 1].start()] for m in "،,"):
            return None
        elif word in _BUT_HIM:  # «كان من المقرر أن يعقد البنك المركزي اجتماعه …، لكنه قال»: the one it names, a body too
            kinds = SPEAKER_LABELS
        elif word in _SINCE_WHERE:
            kinds = ("PERSON",)
        else:
            return None
        a = self.back(self.sentence_start(self.words[index].start()))
        # not a name in a reported clause («بأن روسيا تدخلت»), past a preposition or completing a construct
        # («بإدارة ترامب»): not who the sentence is about
        # and among its first seven words, where a sentence names whom it is about
        people = [e for e in self.within(a, self.back(self.words[index - 1].start())) if e.label in kinds
                  and not self._in_construct(e) and not (kinds is SPEAKER_LABELS and self._after_its_that(a, e))
                  and len(_WORD.findall(self.text[a:e.start])) <= 6
                  # «وقضت محكمة تركية بسجن برانسون …، لكنها قالت»: a name after «بـ…» is what was done
                  and (_WORD.findall(_fold(self.text[a:e.start])) or [""])[-1][:1] not in "بل"]
        fronted = self._fronted_phrase_end(self.words[index].start())
        if fronted is not None:  # «وحول مستوى دي خيا المتذبذب، أضاف:»: whom the phrase is about, not who speaks
            people = [e for e in people if e.start >= fronted]
        opening = self._opening_verb(self.first_word_at(self.sentence_start(self.words[index].start())), index)
        if opening is not None:  # «وانتقد ماكرون بشدة، حيث قال»: whom the sentence's verb acted on
            people = [e for e in people if not self._acted_on(opening, e)]
        # «وتجنب انتقاد الرئيس الروسي فلاديمير بوتين، إذ قال», «ووصل إلى هلسنكي للقاء الرئيس …، حيث قال»: the
        # complement of a noun, not the sentence's subject
        people = [e for e in people if not self._of_a_noun(e)]
        if len({_fold(e.text) for e in people}) != 1 or self._governed(people[-1]):
            return None
        if kinds == ("PERSON",) and any(e.label == "ORG" for e in self.within(a, people[0].start)):
            return None  # «وأعلنت "إنتربول" استقالة رئيسها فلان، حيث قالت»: the body opened the sentence
        return people[-1]

    def _owns_the_words(self, person) -> bool:
        """«تغريدة ترامب», «تصريحات الرئيس الفرنسي ماكرون»: the person whose words the noun before him, past his
        titles, names."""
        before = self._word_before_titles(person)
        return before is not None and before[0] in _UTTERANCES

    def _after_its_that(self, a: int, entity) -> bool:
        """A name after an أن of its sentence, other than the أن of a verb right before it («أن يعقد البنك»)."""
        words = _WORD.findall(_fold(self.text[a:entity.start]))
        return any(w in THAT and not (n + 2 == len(words) and words[n + 1][:1] in "يت") for n, w in enumerate(words))

    def _accused_follows(self, index: int) -> bool:
        """«واتهم هانسون يونغ بأنها قالت …»: a joined verb of accusing, a name, and «بأن» right after it: the
        name is the accused, the verb's subject the one before."""
        word = self.words[index].group()
        if word[:1] != "و" or word[1:] not in _ACCUSING or index + 1 >= len(self.words):
            return False
        at = self.back(self.words[index + 1].start())
        accused = next((e for e in self.within(at, at + 1, whole=False) if e.start == at and e.label == "PERSON"), None)
        after = _WORD.findall(_fold(self.text[accused.end:accused.end + 12]))[:1] if accused is not None else []
        return bool(after) and after[0] in THAT and after[0][:1] == "ب"

    def _addressee_follows(self, index: int) -> bool:
        """A verb of telling («أبلغ», «أخبر», «دعا») followed by whom it told: a definite plural of people
        («الصحفيين», «المراسلين») or all of some («جميع الأطراف»), never a name."""
        word = self.words[index].group()
        if (word[1:] if word[:1] in "وف" else word) not in TOLD or index + 1 >= len(self.words):
            return False
        following = self.words[index + 1]
        at = self.back(following.start())
        if index in self.report_subjects:
            return True  # «إن مسؤولا في وزارة العدل أبلغ البيت الأبيض أن …»: its subject before it, whom it told after
        if any(e.start <= at < e.end for e in self.within(at, at + 1, whole=False)):
            return False
        word = following.group()
        if word in CONSTRUCT_TITLES and index + 2 < len(self.words) and re.search(r"(ه|ها|هم)$", self.words[index + 2].group()):
            return True  # «أن ترامب أبلغ وزير دفاعه أنه …»: his own minister, whom he told
        # «وأبلغ الصحفيين», «أخبرت زملاءها»: whom it told; a describer or a title would be its subject
        # «أخبرت زملاءها»; but «وأبلغت راكبة تدعى فلانة الصحفيين» (ة folds to ه) is who told
        if word in _ALL_OF:
            return True  # «ودعت جميع الأطراف إلى "…"»: all of them, whom she called on
        return (word.startswith("ال") and word.endswith("ين")) or (
            word not in DESCRIPTIONS and _bare(word) not in SUBJECT_HEADS and not word.startswith("ال")
            and re.search(r"(ه|ها|هم)$", word) is not None and not self._feminine_noun(index + 1))

    def _phrase_speaker(self, phrase: str, cue_start: int) -> tuple[int | None, str | None]:
        """Who a subject no one tagged stands for: «البيان» its authors, a description or a title someone
        quoted or introduced before, else the tagged name spelled so, else the words themselves."""
        kin = self._kin_named(phrase, cue_start)
        if kin is not None:
            return kin.id, None
        words = _WORD.findall(_fold(phrase))
        if len(words) == 2 and words[1] in _SAME:
            # «وقال المصدر نفسه إن …»: the one quoted last, whatever it was called
            said = self._continued(cue_start, quotes_only=True)
            if said != (None, None):
                return said
        professor = self._professor_at(phrase, cue_start) if words and _bare(words[0]) == _PROFESSOR else None
        if professor is not None:
            return professor.id, None
        if 2 <= len(words) <= 3 and "ال" + words[0] in BODY_KINDS and words[1].startswith("ال") and \
                self._cue_word_at(cue_start).lstrip("وف") in GOING_ON:
            # «وأضافت شركة التكنولوجيا العملاقة "…"» after «وقالت شركة غوغل»: the body that spoke last, by its kind
            said = self._continued(cue_start, quotes_only=True)
            described = self._described("ال" + phrase.split()[0], cue_start)
            if described is not None and said[0] == described.id:
                return said
        if len(words) == 2 and words[0] in _MANAGEMENT and words[1].startswith("ال"):
            # «وأبلغت إدارة الموقع …» after «موقع يوتيوب»: the body it runs speaks through it
            run = self._described(phrase.split()[-1], cue_start)
            if run is not None and run.label == "ORG":
                return run.id, None
        if _OF_AGE.match(_fold(phrase)):
            # «وقال صاحب الـ 57 عاما»: an epithet of age for the one the article is about, named last
            named = self._earlier_name(cue_start)
            if named is not None:
                return named.id, None
        aged = _AGED.search(phrase)
        if aged is not None and aged.start() > 0:
            # «وقال المدرب البالغ 45 عاما»: the age is said of someone known; the title says who
            # «وقال نجم منتخب مصر البالغ من العمر 25 سنة»: the phrase cut at its age, who it describes or its words
            return self._phrase_speaker(phrase[:aged.start()], cue_start)
        owner = _HOLDER_OF.search(phrase)
        if owner is not None and owner.start() > 0:
            # «وقال المدافع الهولندي صاحب أغلى صفقة انتقال إلى ليفربول»: the title before the epithet says who
            cut = self._phrase_speaker(phrase[:owner.start()].strip(), cue_start)
            if cut[0] is not None:
                return cut
        if _fold(phrase) in (_THE_STATEMENT, _THE_TEXT):  # «وأضاف النص» is the statement quoted
            # «وقال ترامب في بيان أصدره البيت الأبيض إن …. وأضاف البيان»: a person's own statement, whoever issued it
            own = self._said_in_a_statement(cue_start)
            if own is not None:
                return own
            author = self._statement_author(cue_start)
            if author is not None:
                return author
            # «وفي بيان مشترك، قال الزوجان …» then «وأضاف البيان …»: the statement goes on for its authors, when
            # the last quote was said in a statement; «زعم ستروميا …» then «ويقول البيان» is someone else's
            continued = self._continued(cue_start, quotes_only=True)
            last = next((start for _, start, _ in reversed(self.found) if start < cue_start), None)
            said_in_one = False
            if last is not None:
                opened = self.sentence_start(last)
                before = self.sentence_start(max(0, opened - 2)) if opened else 0
                # in that quote's sentence, or in the one before it that names the same speaker
                named = self.by_id.get(continued[0]) if continued[0] is not None else None
                name = _fold(named.text if named is not None else continued[1] or "")
                said_in_one = _fold("بيان") in self.folded[opened:self.sentence_start(cue_start)] or (
                    _fold("بيان") in self.folded[before:opened] and bool(name) and name in self.folded[before:opened])
            if continued != (None, None) and said_in_one:
                return continued
            # «وقالت البعثة إنها فتحت تحقيقا …. وذكر البيان "…"»: a statement the page never named before is the
            # last body's that spoke
            named = self.by_id.get(continued[0]) if continued[0] is not None else None
            if named is not None and named.label == "ORG" and _fold("بيان") not in self.folded[:cue_start]:
                return continued
        if len(_WORD.findall(_fold(phrase))) >= 2 and _WORD.findall(_fold(phrase))[1] in _ANOTHER:
            return None, phrase  # «وقال المسؤول الثاني»: another official than the one quoted before
        if _fold(phrase) in _THE_LATTER:  # «بين بغداد وأنقرة، بعد أن قالت الأخيرة»: the one named last
            last = [e for e in self.within(max(0, self.back(cue_start) - _FAR), self.back(cue_start))
                    if e.label in SPEAKER_LABELS]
            # «أعربت ماي لنظيرها نتانياهو عن قلق لندن حيال … قطاع غزة، بينما أصر الأخير»: of two people set side by
            # side in the sentence, the latter, past the places named after them
            sentence = self.back(self.sentence_start(cue_start))
            people = [e for e in last if e.label == "PERSON" and e.start >= sentence]
            if len(people) >= 2 and last and last[-1].label != "PERSON":
                return people[-1].id, None
            if last:
                return last[-1].id, None
        if _fold(phrase) == _THE_REPORT:  # «وقال مؤتمر الإيغور في تقريره إن …» … «وأضاف التقرير»: his report
            own = self._report_owner(cue_start)
            if own is not None:
                return own
        # («المتحدثة باسم البيت الأبيض», a title, is the one introduced with these very words, if any)
        spokesperson = _IN_THE_NAME_OF in _WORD.findall(_fold(phrase))[1:2]
        introduced = None if self._is_title(phrase) and not spokesperson else self._introduced_as(phrase, cue_start)
        if introduced is not None:
            return introduced.id, None
        named_so = self._named_before_title(phrase, cue_start)
        if named_so is not None:  # «وقال قائد شرطة دهوك» after «طارق أحمد قائد شرطة دهوك»
            return named_so.id, None
        on_behalf = self._spokesperson_before(phrase, cue_start)
        if on_behalf:
            return None, on_behalf
        if _fold(phrase) == _THE_SOURCE:  # «وقال المصدر» after «حسبما أعلن مصدر في الرئاسة التركية»
            said = self._continued(cue_start, quotes_only=True)
            source = self._source_named_before(cue_start)
            if source and (said == (None, None) or not (said[1] and fold(said[1]).split()[:1] == [fold("مصدر")])):
                return None, source
            if said[1] and fold(said[1]).split()[:1] == [fold("مصدر")]:
                return said  # «وقال المصدر، وفق ما نقلت وكالة سانا، …» then «وأكد المصدر»: the source, not the agency
        if self._refers_back(phrase):
            described = None if self._is_title(phrase) else self._described(phrase, cue_start)
            if described is not None:
                return described.id, None
            # «وأشار الصحفي» after «الصحفي كوندراشوف»: the person introduced with that title, before whoever spoke last
            profession = _WORD.findall(_fold(phrase))[:1] == [_fold(phrase)] and _fold(phrase) in PROFESSIONS
            titled = self._earlier_name(cue_start, phrase, titled_only=True) if profession else None
            if titled is not None:
                return titled.id, None
            attributed = self._attributed_so(phrase, cue_start)
            if attributed is not None:  # «…، وذلك حسبما قال مسؤول إسرائيلي بارز. وقال المسؤول إن …»
                return None, attributed
            continued = self._continued(cue_start, quotes_only=True)
            titled = self._titled_so(phrase, cue_start)
            if titled is not None and not (continued[0] is not None and set(_WORD.findall(_fold(self.by_id[continued[0]].text)))
                                           <= set(_WORD.findall(_fold(titled.text)))):
                return titled.id, None  # (the one quoted last, when it is the same person, keeps his last mention)
            singular_for_many = _fold(phrase) == _THE_SOURCES and \
                [_bare(w) for w in _WORD.findall(_fold(continued[1] or ""))[:1]] == [_A_SOURCE]
            if continued != (None, None) and not singular_for_many and \
                    (_fold(phrase) in _SOURCES or self._may_be(phrase, continued, cue_start)):
                return continued  # («وأضافت هذه المصادر» is not the one «مصدر قضائي» quoted last)
            # «وقالت متحدثة باسم الوزارة …» «وناشدت الوزارة … وقالت …» «وأضافت المتحدثة …»: one described, not
            # named, quoted before the last (a title for a named person is found where it introduced them, below)
            earlier = next((said for said in self._recent_speakers(cue_start)
                            if said[0] is None and self._may_be(phrase, said, cue_start)), None)
            if earlier is not None:
                return earlier
            earlier = self._earlier_name(cue_start, phrase) if self._is_title(phrase) else None
            if earlier is not None:
                return earlier.id, None
        linked = self._linked(phrase, cue_start)
        if linked[0] is None and self._is_title(phrase) and len(_WORD.findall(phrase)) >= 2:  # «المتحدث» alone is anyone
            later = self._named_after(cue_start, phrase)
            if later is not None:  # «وقالت الرئيسة التنفيذية …» named in the next sentence: «وقالت ماندي جنسبيرج»
                return later.id, None
        if linked[0] is None and (self._is_title(phrase) or spokesperson):
            introduced = self._introduced_with_these_words(phrase, cue_start)
            if introduced is not None:  # «وقال رئيس المجلس» after «رئيس مجلس النواب الأمريكي بول رايان»
                return introduced.id, None
        return linked

    def _said_in_a_statement(self, cue_start: int) -> tuple[int | None, str | None] | None:
        """The person who spoke last, in the sentence just before, «في بيان» right after his verb and name: the
        statement is his («وقال ترامب في بيان أصدره البيت الأبيض إن …»)."""
        last = next(((found, start) for found, start, _ in reversed(self.found) if start < cue_start), None)
        if last is None or last[0].speaker is None or self.by_id[last[0].speaker].label != "PERSON":
            return None
        found, start = last
        person = self.by_id[found.speaker]
        if not found.cue[0] <= person.start < found.start or self.sentence_start(start) != self._previous_sentence_start(cue_start):
            return None
        between = _WORD.findall(_fold(self.text[person.end:found.start]))[:3]
        return (person.id, None) if between[:2] == [fold("في"), fold("بيان")] else None

    def _in_apposition_after(self, person, named):
        """The person named between commas right after another: «…، ديمتري بيسكوف، …»."""
        after = next((e for e in named if e.start > person.end and e.label == "PERSON"), None)
        if after is None or self.text[person.end:after.start].strip(" \u200f\u200e\xa0") not in ("،", ","):
            return None
        return after if self.text[after.end:after.end + 3].lstrip(" \u200f\u200e\xa0")[:1] in ("،", ",") else None

    def _adjectives_only(self, between: str) -> bool:
        """Whether what stands between a holder's name and the name after it is a comma, nothing, or definite
        adjectives of the holder («الشخصي», «السابق»), a comma after them at most."""
        words = _WORD.findall(_fold(between))
        return between.strip(" \u200f\u200e\xa0") in ("،", ",", "") or (
            0 < len(words) <= 2 and all(w.startswith("ال") and _is_nisba(w) or w in _FORMER_WORDS for w in words)
            and not any(m in between for m in "\"«.:"))

    def _office_between(self, a: int, b: int) -> bool:
        """Whether a few words between two names say where or of what the office is: «مستشار ترامب للأمن القومي
        جون بولتون», «سفير ترامب لدى إسرائيل ديفيد فريدمان»."""
        between = self.text[a:b]
        words = _WORD.findall(_fold(between))
        if not 0 < len(words) <= 4 or any(m in between.rstrip(" \u200f\u200e\xa0،,") for m in "،,\"«.:"):
            return False
        placed = {w for e in self.within(a, b) if e.label in ("GPE", "ORG") for w in _WORD.findall(_fold(e.text))}
        # (not «محامي ترامب في قضية ستورمي دانيلز»: the case he is the lawyer in, then whose)
        return (words[0] in _OF_AN_OFFICE or words[0].startswith("لل")) and all(
            w.startswith(("ال", "لل")) or w in placed for w in words[1:])

    def _shown_saying(self, index: int):
        """«… مقطعا لتامر حسني وهو يقول: "…"»: a present verb of saying after «وهو/وهي» (while he/she says) is the
        last person its sentence named before it, whatever governs the name."""
        if index == 0 or self.words[index - 1].group() not in _WHILE_HE_SHE or self.words[index].group()[:1] not in "يت":
            return None
        floor = self.back(self.sentence_start(self.words[index].start()))
        people = [e for e in self.within(floor, self.back(self.words[index - 1].start())) if e.label == "PERSON"]
        return people[-1] if people else None

    def _cited_person(self, region, cue_end: int, subject_end: int):
        """The person «نقلا عن» cites between a verb and its words: his titles at most between «عن» and his name."""
        words = list(_WORD.finditer(self.folded, cue_end, subject_end))
        at = next((n for n in range(len(words) - 1) if words[n].group() == _CITING and words[n + 1].group() == _AN), None)
        if at is None:
            return None
        after = self.back(words[at + 1].end())
        # (the first person: «نقلا عن المتحدث باسم الكرملين ديمتري بيسكوف» names the body he speaks for first)
        person = next((e for e in region if e.start >= after and e.label == "PERSON"), None)
        if person is None:
            return None
        between = _WORD.findall(_fold(self.text[after:person.start]))
        return person if all(w in TITLES or w in CONSTRUCT_TITLES or w.startswith("ال") or w == _IN_THE_NAME_OF
                              for w in between) and len(between) <= 5 else None

    def _is_transmission(self, index: int) -> bool:
        word = self.words[index].group()
        return (word[1:] if word[:1] in "وف" else word) in _TRANSMITTED

    def _after_an(self, region, cue_end: int, subject_end: int) -> tuple[int | None, str | None] | None:
        """Who is quoted in «نقلت الوكالة عن الوزير قوله …»: the name after «عن», tagged or not; after «نسبت»,
        the name glued to its لـ or after «إلى»."""
        attributed_to = _WORD.findall(self.folded, max(0, cue_end - 12), cue_end)[-1:] and \
            _WORD.findall(self.folded, max(0, cue_end - 12), cue_end)[-1].lstrip("و") in _ATTRIBUTED_TO
        for entity in region:
            before = self.text[max(0, entity.start - 6):entity.start].split()
            glued = attributed_to and entity.start > 0 and fold(self.text[entity.start - 1]) == "ل" and \
                (entity.start < 2 or not self.text[entity.start - 2].isalpha())  # «ونسبت الوكالة للافروف قوله»
            # «ونسبت وكالة إنترفاكس إلى لافروف قوله»: or after its «إلى»
            glued = glued or (attributed_to and bool(before) and fold(before[-1]) in _TO)  # «نسبت الوكالة إلى فلان قوله»
            if glued or before and (fold(before[-1]) == fold("عن") or (entity.label == "PERSON" and fold(before[-1]) in _CALLED)):
                # («نقلت الصحيفة عن مبلغ عن المخالفات … يدعى كريستوفر ويلي … قوله»: the one so called)
                return entity.id, None
            # «نُقل عن وزير الدفاع الروسي سيرغي شويغو قوله»: his titles between عن and the name
            titled = _WORD.findall(_fold(_own_sentence_before(self.text, entity.start, 50)))[-7:]
            if _AN in titled:
                rest = titled[len(titled) - 1 - titled[::-1].index(_AN) + 1:]
                # «عن رئيس المجلس الأعلى للانتخابات، سعدي جوفين، قوله»: a body in the genitive, ل with it too
                if rest and (rest[0] in CONSTRUCT_TITLES or rest[0] in TITLES) and all(
                        w in CONSTRUCT_TITLES or w in TITLES or w.startswith(("ال", "لل")) or (w[:1] == "ل" and w[1:] in CONSTRUCT_TITLES)
                        or (n and w == _IN_THE_NAME_OF)  # («عن المتحدث باسم الكرملين ديمتري بيسكوف قوله»)
                        for n, w in enumerate(rest)) and entity.label == "PERSON":  # («عن النائب الأول لوزير الخارجية، فلان»)
                    return entity.id, None
        for match in _WORD.finditer(self.folded, cue_end, subject_end):
            if match.group() == fold("عن"):
                phrase = self._name_phrase(match.end(), subject_end)
                at = self.text.find(phrase, self.back(match.end())) + len(phrase) if phrase else -1
                named_so = next((e for e in region if e.label == "PERSON" and at > 0 and
                                 self.text[at:e.start].strip(" \u200f\u200e\xa0") in ("،", ",")), None)
                if named_so is not None:
                    return named_so.id, None  # «ونقلت عن محاميه، آبي لويل، أن …»: the lawyer, named in apposition
                if phrase and self._is_title(phrase):  # «عن الوزير الإسرائيلي قوله»: the minister named before
                    earlier = self._earlier_name(self.words[self.index_at[match.start()]].start(), phrase)
                    if earlier is not None:
                        return earlier.id, None
                return self._linked(phrase, self.words[self.index_at[match.start()]].start()) if phrase else None
        return None

    def _only_player(self, titled, country) -> bool:
        """«وقال نجم منتخب مصر» after «محمد صلاح، مهاجم ليفربول»: a national team's player is the one player
        the page has introduced, his country unsaid; with two players, the country must be said of him."""
        before = _WORD.findall(_fold(_own_sentence_before(self.text, country.start, 30)))[-2:]
        if not before or _bare(before[0]) not in _PLAYERS:
            return False
        players = {_WORD.findall(_fold(e.text))[-1] for e in self.within(0, country.start)  # «صلاح», «محمد صلاح»
                   if e.label == "PERSON" and _PLAYERS & self._offices_of(e)}
        return len(players) == 1

    def _last_speaker_holding(self, index: int, a: int, named, subject_end: int):
        """«قال المتحدث باسم البيت الأبيض فلان إن …. وأكد المتحدث باسم البيت الأبيض أن …»: a joined verb of saying
        whose subject is an office, no person named in it, right after the sentence that quoted someone
        introduced with that office: its head word among the words before a mention of him (or in apposition
        after it) and every word of the office after the head among those after it («الروسي» is not
        «الأمريكي»). He goes on. Verbs of one gender only; a description («المسؤول») is anyone."""
        cue = self.words[index].group()
        if cue[:1] != "و" or not self._is_cue_word(cue) or any(e.label == "PERSON" for e in named) or index + 1 >= len(self.words):
            return None
        head = _bare(self.words[index + 1].group())
        if head in DESCRIPTIONS and head not in CONSTRUCT_TITLES and head not in _SPOKESPEOPLE or not (
                "ال" + head in TITLES or head in TITLES or head in CONSTRUCT_TITLES or head in _SPOKESPEOPLE):
            return None
        cue_start = self.words[index].start()
        last = next(((found, start) for found, start, _ in reversed(self.found) if start < cue_start), None)
        if last is None or last[0].speaker is None or self.by_id[last[0].speaker].label != "PERSON" or \
                self._previous_sentence_start(cue_start) is None or \
                self.sentence_start(last[1]) != self._previous_sentence_start(cue_start) or \
                _other_person(_fold(self.text[last[0].cue[0]:last[0].cue[1]]), cue):
            return None
        office = []
        for word in _WORD.findall(self.folded, self.words[index + 1].end(), subject_end)[:6]:
            if word in GOVERNING and word != _IN_THE_NAME_OF or word in THAT:
                break  # («وأكد وزير الخارجية في بيان …»: where he said it, no part of the office)
            if word != _IN_THE_NAME_OF:
                office.append(_bare(word))
        heads = _SPOKESPEOPLE if head in _SPOKESPEOPLE else {head}
        person = self.by_id[last[0].speaker]
        surname = _WORD.findall(_fold(person.text))[-1:]
        for mention in self.within(max(0, self.back(cue_start) - _FAR), self.back(cue_start)):
            if mention.label != "PERSON" or _WORD.findall(_fold(mention.text))[-1:] != surname:
                continue
            before = [_bare(w) for w in _WORD.findall(_fold(_own_sentence_before(self.text, mention.start, 80)))[-8:]]
            for told in (before, self._titles_told(mention)[1]):
                at = next((k for k in range(len(told) - 1, -1, -1) if told[k] in heads), None)
                if at is not None and set(office) <= set(told[at + 1:]):
                    return person
        return None

    def _going_on_as_office(self, body, cue_start: int):
        """«وقال كيم جونغ أون …. وأضاف زعيم كوريا الشمالية أن …»: «added» with the office of a country or a body
        no one was introduced with: the person who spoke last goes on, when the verbs agree and no nisba of
        another country introduced them («الرئيس الأمريكي» is no «رئيس وزراء اليابان»)."""
        if self._cue_word_at(cue_start).lstrip("وف") not in GOING_ON:
            return None
        said = self._continued(cue_start, quotes_only=True)
        last = self.by_id.get(said[0]) if said[0] is not None else None
        if last is None or last.label != "PERSON":
            return None
        spoke = next((found for found, _, _ in reversed(self.found) if found.speaker == last.id), None)
        if spoke is None or _other_person(_fold(self.text[spoke.cue[0]:spoke.cue[1]]), self._cue_word_at(cue_start)):
            return None
        introduced = [w for m in self.within(max(0, last.start - _FAR), last.end) if m.label == "PERSON"
                      and _WORD.findall(_fold(m.text))[-1:] == _WORD.findall(_fold(last.text))[-1:]
                      for w in _WORD.findall(_fold(_own_sentence_before(self.text, m.start, 40)))[-4:] if _is_nisba(w)]
        if introduced and body.label == "GPE" and not _of_country(body.text, " ".join(introduced)):
            return None
        return last

    def _in_construct(self, entity) -> bool:
        """«لاعب برشلونة», «وزير خارجية إيران»: a name that completes a title, one or two words after it."""
        # «… أكثر من كونه رئيس". وقال البنتاغون»: its own sentence only
        before = _WORD.findall(_fold(_own_sentence_before(self.text, entity.start, 40)))
        if any(word in CONSTRUCT_TITLES for word in before[-2:]):
            return True
        # «رئيس مجلس إدارة "سي بي اس"»: a title, then the bodies of its chain
        if len(before) >= 3 and before[-3] in CONSTRUCT_TITLES and before[-2] == _GENERAL_BARE and before[-1] in _PLACE_KINDS:
            return True  # «مدعي عام مدينة روسي»: a general office of a place
        return len(before) >= 3 and before[-3] in CONSTRUCT_TITLES and before[-2] in _CHAIN_NOUNS and before[-1] in _CHAIN_NOUNS

    def _contrasted(self, index: int) -> tuple[int | None, str | None] | None:
        """«أما سفير فرنسا فقال إن …»: the topic أما sets before a verb glued to ف is its subject."""
        verb = index
        if self.words[index].group()[:1] != "ف":
            if index == 0 or self.words[index - 1].group() != "ف" + _QAD:
                return None
            index -= 1  # «أما فلان، فقد قال …»
        sentence_start = self.sentence_start(self.words[index].start())
        # «أما شيروان بري، أحد رؤساء الهلال الأحمر الكردي ومقره في القامشلي (شمال شرق سوريا) فقال»: a long topic
        for n in range(index - 1, max(self.first_word_at(sentence_start), index - 20) - 1, -1):
            if self.words[n].group() == _AMMA:
                if n + 1 == index or self.words[n + 1].group() in GOVERNING or self.words[n + 1].group() in _AS_FOR:
                    # «أما عن إمكانية انضمامه …، فأجاب اللاعب», «أما بالنسبة للسندات، فقال فلان»: a topic, not who speaks
                    return None
                a, b = self.original(self.words[n + 1].start(), self.words[index - 1].end())
                named = [e for e in self.within(a, b) if e.label in SPEAKER_LABELS and not self._governed(e)]
                person = next((e for e in named if e.label == "PERSON"), None)
                if person is not None:
                    return person.id, None
                represented = self._holder(named[0], REPRESENTATIVES) if named else None
                if represented:
                    return None, represented
                if named and (b - named[0].end < 2 and named[0].start - a < 2 or len(named) == 1 and named[0].label == "ORG"):
                    # «أما صحيفة "كورييري ديللا سبورت"، فأشارت»: the paper is the whole topic, its kind before it
                    return named[0].id, None  # «أما الحكومة الفرنسية فقالت»: the name is the whole topic
                topic = re.split(r"[،,]", self.text[a:b])[0].strip(" \u200f\u200e\xa0")
                # («أما الرئيس الأمريكي، الذي قال الأربعاء …، فقد كتب»: the topic up to its first comma)
                return self._phrase_speaker(topic, self.words[verb].start())
        return None

    def _wrote_saying(self, index: int) -> tuple[int | None, str | None] | None:
        """«وبعد أن تحدث مع فلان كتب ترامب على تويتر يقول "…"»: «يقول» right after what someone wrote speaks
        for the writer named after «كتب»/«غرد»."""
        if index < 2 or self.words[index].group() not in _SAYS_NOW:
            return None
        floor = self.first_word_at(self.sentence_start(self.words[index].start()))
        for n in range(index - 1, max(floor, index - 10) - 1, -1):
            # a comma may stand right before «تقول»: «وكتبت الإعلامية فلانة تغريدة تساند فيها فلانة، تقول: "…"»
            if any(mark in self.folded[self.words[n].end():self.words[n + 1].start()] for mark in (
                    ".:\"«" if n + 1 == index else "،,.:\"«")):
                return None
            if self.words[n].group().lstrip("و") in _WROTE_VERBS and n + 1 < index:
                at = self.back(self.words[n + 1].start())
                # the writer right after the verb, a title or two before the name («الإعلامية فلانة»)
                writer = [e for e in self.within(at, self.back(self.words[min(n + 3, index - 1)].end()), whole=False)
                          if e.label in SPEAKER_LABELS and all(w in CONSTRUCT_TITLES or w.startswith("ال") or w in PROFESSIONS
                                                               for w in _WORD.findall(_fold(self.text[at:e.start])))]
                return (writer[0].id, None) if writer else None
        return None

    def _kana_inside(self, index: int) -> tuple[int | None, str | None] | None:
        """«… مرتبطة بمصادر كانت الحكومة الأمريكية قد قالت إنها …»: كان inside the sentence, then its definite
        subject and «قد» right before the verb: that subject speaks. Without «قد», كان and the verb agree
        («…، وإن كانت بعض التقارير الصحفية أشارت إلى أن …»)."""
        if index < 3:
            return None
        qad = self.words[index - 1].group() == _QAD
        floor = self.first_word_at(self.sentence_start(self.words[index].start()))
        for n in range(index - 2, max(floor, index - 7) - 1, -1):
            if self.words[n].group() in _KANA:
                subject_end = index - 1 if qad else index
                if n == floor or n + 1 >= subject_end:
                    return None  # a sentence opening on كان is for its own rules
                if not qad and (self.words[n].group().endswith("ت") != self.words[index].group().endswith("ت")
                                or self.words[index].group()[:1] in "وف" or subject_end - n > 5 or any(
                                    mark in self.folded[self.words[index - 1].end():self.words[index].start()]
                                    for mark in "،,.:")):
                    return None  # («ما إذا كان ترامب سينفذ مذكرة أصدرها مولر، قال …»: another clause's كان)
                subject = self.words[n + 1:subject_end]
                if not subject[0].group().startswith("ال") and subject[0].group() not in _ONE_OF_THEM and not self.within(
                        self.back(subject[0].start()), self.back(subject[0].end()) + 1, whole=False):
                    return None
                a, b = self.original(subject[0].start(), subject[-1].end())
                named = [e for e in self.within(a, b) if e.label in SPEAKER_LABELS]
                return (named[0].id, None) if named else self._phrase_speaker(self.text[a:b], self.words[index].start())
            if any(mark in self.folded[self.words[n].end():self.words[n + 1].start()] for mark in "،,.:"):
                return None
        return None

    def _caller_before(self, index: int) -> tuple[int | None, str | None] | None:
        """«تلقت كيلي اتصالا من رجل على حسابها على انستغرام قال لها إنه …»: a verb with no و after a call from
        someone, in the same clause: the caller speaks."""
        word = self.words[index].group()
        if index < 3 or word[:1] in "وف":
            return None
        floor = self.first_word_at(self.sentence_start(self.words[index].start()))
        for n in range(index - 2, max(floor, index - 9) - 1, -1):
            if any(mark in self.folded[self.words[n].end():self.words[n + 1].start()] for mark in "،,.:"):
                return None
            if self.words[n].group().rstrip("ا") in _A_CALL and self.words[n + 1].group() == _FROM_WORD and n + 2 < index:
                caller = self.words[n + 2]
                at = self.back(caller.start())
                named = [e for e in self.within(at, at + 1, whole=False) if e.start == at and e.label in SPEAKER_LABELS]
                if named:
                    return named[0].id, None
                if not caller.group().startswith("ال"):
                    a, b = self.original(caller.start(), caller.end())
                    return None, self.text[a:b]
                return None
        return None

    def _report_described(self, index: int) -> tuple[int | None, str | None] | None:
        """«سؤالا بشأن تقرير لشبكة (سي.إن.إن) الاثنين، ذكر أن …»: a verb with no و right after a comma, describing
        the report named just before it: whose report it is speaks."""
        word = self.words[index].group()
        if index < 2 or word[:1] in "وف" or not any(
                mark in self.folded[self.words[index - 1].end():self.words[index].start()] for mark in "،,"):
            return None
        floor = self.first_word_at(self.sentence_start(self.words[index].start()))
        for n in range(index - 2, max(floor, index - 6) - 1, -1):
            noun = self.words[n].group()
            noun = noun[1:] if noun[:1] in "ب" else noun
            # «في مقابلة مع بي بي سي، قال» is where he spoke: only a report glued to its owner's ل, not after في
            if noun in _DESCRIBED_REPORTS and self.words[n + 1].group()[:1] == "ل" and \
                    (n == floor or self.words[n - 1].group() not in _IN_WHICH_PLACE):
                a, b = self.original(self.words[n + 1].start(), self.words[index - 1].end())
                owner = [e for e in self.within(a, b) if e.label in SPEAKER_LABELS]
                return (owner[0].id, None) if owner else None
        return None

    def _but_another(self, index: int) -> tuple[int | None, str | None] | None:
        """«وقالت إحدى الممثلات إنهن توجهن نحو رئيس البرلمان، فلان، لكنه قال: "…"»: «لكنه» after a sentence
        whose verb says she (or he the other way) is the person named last before it, not the sentence's speaker."""
        if index == 0 or self.words[index - 1].group() not in BUTS or self.words[index - 1].group()[-1:] not in "هة" \
                and not self.words[index - 1].group().endswith("ها"):
            return None
        first = self.first_word_at(self.sentence_start(self.words[index].start()))
        opener = next((n for n in range(first, min(first + 3, index - 1)) if self._is_cue_word(self.words[n].group())), None)
        if opener is None or not _other_person(self.words[opener].group(), self.words[index].group()):
            return None
        a, b = self.original(self.words[opener].end(), self.words[index - 1].start())
        people = [e for e in self.within(a, b) if e.label == "PERSON"]
        return (people[-1].id, None) if people else None

    def _relative_of_other_gender(self, index: int) -> bool:
        """«… بينه وبين كيم، والتي قال إنها …», «ميركل التي قال للصحفيين إنها …»: a relative of one gender, right
        before a verb of the other: the verb's subject is not the relative's noun, nor the name before it."""
        relative = self.words[index - 1].group() if index else ""
        bare_relative = relative[1:] if relative[:1] == "و" and relative[1:] in RELATIVES else relative
        return bare_relative in _RELATIVE_GENDER and index + 1 < len(self.words) \
            and _other_person(_RELATIVE_GENDER[bare_relative], self.words[index].group())

    def _before_a_relative_of_the_other_gender(self, person, index: int) -> bool:
        """Whether the person stands right before the relative the cue (at word `index`) follows, and the relative
        and the cue are of two genders: «ميركل التي قال لها إن …» names whom he spoke to or of."""
        return index > 0 and self._relative_of_other_gender(index) and \
            not _WORD.findall(_fold(self.text[person.end:self.back(self.words[index - 1].start())]))

    def _antecedent(self, index: int) -> tuple[int | None, str | None] | None:
        """«بحسب مصادر عسكرية، التي أشارت إلى أن …»: the relative clause speaks for the noun before it."""
        relative = self.words[index - 1].group() if index else ""
        if relative not in RELATIVES and not (relative[:1] == "و" and relative[1:] in RELATIVES):
            return None  # «…، نائب الرئيس سابقا، والذي قال إن …» too
        next_word = index + 1
        while next_word + 1 < len(self.words) and self.words[next_word].group() in ADVERBS:
            next_word += 1  # «الذي أكد أيضا من جانبه أنه …»: an adverb is no subject of the clause's verb
        following = self.words[next_word].group() if next_word < len(self.words) else ""
        if following not in _PRONOUN_PREPOSITIONS and self._relative_of_other_gender(index):
            return None  # «المفاوضات … والتي قال إنها …»: her clause, his verb; another speaks
        opened = index + 1 < len(self.words) and \
            any(mark in self.folded[self.words[index].end():self.words[index + 1].start()] for mark in ':"«“')
        if following and following not in THAT and following not in GOVERNING and following not in _PRONOUN_PREPOSITIONS \
                and following not in TIME_WORDS and following[:1] != "ل" and not opened:
            # («الذي تساءل: "…"» opens the words at once; «التي قالت الجمعة الماضية إنها» names a time, no subject)
            return None  # «الاتفاقية التي يقول محاميها إنها …»: the clause's verb has its own subject
        if following in _PRONOUN_PREPOSITIONS:
            after = self.back(self.words[next_word + 1].start()) if next_word + 1 < len(self.words) else None
            if after is not None and (any(e.start == after and e.label in SPEAKER_LABELS
                                          for e in self.within(after, after + 1, whole=False))
                                      or self.words[next_word + 1].group() in CONSTRUCT_TITLES
                                      or self.words[next_word + 1].group() in TITLES):
                # «في اليوم الذي أعلنت فيه بيونغ يانغ أنها …», «الذي قال فيه وزير الداخلية الإيطالي إنه …»: the
                # clause names its own speaker
                return None
            # «كلمته التي أعلن فيها أن …»: the clause is about the speech; whose speech it is, the person just before
            a = self.back(self.sentence_start(self.words[index].start()))
            # (a preposition before the speech governs it, not its owner: «ورد الكرملين على تغريدة ترامب التي قال فيها»)
            people = [e for e in self.within(a, self.back(self.words[index].start()))
                      if e.label == "PERSON" and (not self._governed(e) or self._owns_the_words(e))]
            if people and self._before_a_relative_of_the_other_gender(people[-1], index) and not self._owns_the_words(people[-1]):
                people = people[:-1]  # «ميركل التي قال لها إن …»: the woman he spoke to, not who spoke
            interview = next((w for w in self.words[self.first_word_at(self.sentence_start(self.words[index].start())):index]
                              if w.group() in _INTERVIEWS or w.group()[:2] == "ال" and w.group()[2:] in _INTERVIEWS), None)
            interviewee = self._interviewee(interview, self.back(self.words[index].start())) if interview is not None else None
            if interviewee is not None:  # «المقابلة التي أجرتها شبكة فوكس نيوز مع ترامب، والتي قال فيها»: he answered
                return interviewee.id, None
            if people and following in _ABOUT_IT:
                # «وتقاضي دانيلز ترامب لإلغاء اتفاق …، الذي تقول عنه إنه لاغ»: who speaks about the thing is the
                # sentence's subject, named first, not whoever the thing belongs to
                return people[0].id, None
            return (people[-1].id, None) if people else None
        at = index - 1  # the relative whose noun is looked for
        if relative[:1] == "و" and index > 1 and self.folded[self.words[index - 2].end():self.words[index - 1].start()].strip() in ("،", ","):
            # «التقارير الصحفية التي انتشرت على نطاق واسع، والتي أشارت إلى أن …»: a second relative clause joined
            # to the first describes the same noun
            at = next((n for n in range(index - 2, max(0, index - 16), -1) if self.words[n].group() == relative[1:]), at)
        kept = []
        for word in reversed(self.words[max(0, at - 7):at]):
            if word.group() in GOVERNING or word.group() in ATTRIBUTION or word.group() == _AMMA or \
                    "\n" in self.folded[word.end():self.words[at].start()] and kept:
                break  # («أما الرئيس الأمريكي، الذي قال»: «أما» sets the topic apart, no part of it)
            if word.group() in THAT or self._is_cue_word(word.group()) or \
                    (kept and any(mark in self.folded[word.end():kept[0].start()] for mark in "،,:")):
                break  # «قال الوزير، للصحفيين، إن المهاجم الذي أعلن …»: the noun is المهاجم, not the clause before it
            kept.insert(0, word)
        if not kept:
            return None
        a, b = self.original(kept[0].start(), kept[-1].end())
        if kept[0].group() in CONSTRUCT_TITLES or kept[0].group() in TITLES:
            # «من جو بايدن، نائب الرئيس الأميركي سابقا، والذي قال»: the office is the person's before its comma
            named = [e for e in self.within(max(0, a - 40), a) if e.label == "PERSON"
                     and self.text[e.end:a].strip() in ("،", ",")]
            if named:
                return named[-1].id, None
        # «كيمبرلي مينرز (29 عاما)، التي قالت»: the name before its age in brackets
        last = [e for e in self.within(a, b) if e.label in SPEAKER_LABELS and (
            b - e.end < 2 or re.fullmatch(r"\s*(?:\([^()]*\)?|[A-Za-z][A-Za-z .'-]*)\s*", self.text[e.end:b]))]
        # («ديدي تشوشنج Didi Chuxing، التي قالت»: the name in Latin letters after it too)
        if last and relative.lstrip("و") == _WHO_PLURAL and last[-1].label != "PERSON" and len(kept) > 1:
            # «كبار المسؤولين وأعضاء الكونجرس الذين قالوا»: «الذين» is people, not the body they belong to (from
            # past «حتى»: «الذي حضره المترجمون فقط حتى كبار المسؤولين …»)
            cut = max((n + 1 for n, w in enumerate(kept) if w.group() in _EVEN), default=0)
            if cut < len(kept):
                a = self.original(kept[cut].start(), kept[cut].end())[0]
            return self._phrase_speaker(self.text[a:b], self.words[index].start())
        if last and last[-1].label == "GPE" and _person(_RELATIVE_GENDER.get(relative.lstrip("و"), "")) == "he":
            # «وانتقد الاتفاق النووي مع إيران، الذي قال في تغريدة إنه …»: a country is «she»; «الذي» describes the
            # deal, and the sentence's subject speaks
            return self._opening_subject(index)
        if last and (not self._governed(last[-1]) or self.text[last[-1].end:b].strip() or (
                # «والتقى ترامب بالرئيس الروسي فلاديمير بوتين، الذي قال»: the man the relative follows, past its comma
                last[-1].label == "PERSON" and self.folded[self.words[index - 2].end():self.words[index - 1].start()].strip() in ("،", ",")
                and last[-1].end >= self.back(self.words[index - 2].end()) - 1) or (
                # «ردّ "أسود الأطلس" على قائد المنتخب، ألكساندر كولاروف، الذي قال»: a person in apposition
                last[-1].label == "PERSON" and self.text[max(0, last[-1].start - 3):last[-1].start].strip()[-1:] in ("،", ","))):
            # (a governed name the relative follows right after its bracketed age is still the one it describes:
            # «القبض على كيمبرلي مينرز (29 عاما)، التي قالت»)
            return last[-1].id, None  # «ما أثار حفيظة باريس التي تقول إن …»: the name the relative follows
        if last and _bare(kept[0].group()) in _DOCUMENT_WORDS and last[-1].label != "PERSON" and \
                _fold(self.text[max(0, last[-1].start - 1):last[-1].start]) == "ل":
            # «في التقرير السنوي لوكالة الاستخبارات …، الذي أشار إلى أن …»: the report speaks for whose it is
            return last[-1].id, None
        if last:  # «فلان عضو الكونغرس عن ولاية أوهايو الذي تساءل»: the place is whence he comes; he asks
            sentence_start = self.back(self.sentence_start(self.words[index].start()))
            people = [e for e in self.within(max(sentence_start, last[-1].start - 120), last[-1].start)
                      if e.label in ("PERSON", "ORG") and not self._governed(e)]
            person = [e for e in people if e.label == "PERSON"]  # «عضو مجلس الشيوخ» is his office
            if people:
                return (person or people)[-1].id, None
        if relative.lstrip("و") == _WHO_PLURAL and len(kept) > 1 and kept[-1].group().startswith("ال") and \
                kept[-1].group().endswith(("ين", "ون")) and not any(e.label in SPEAKER_LABELS and e.end > self.back(kept[-1].start())
                                                                  for e in self.within(a, b)):
            # «وأثار القراران بشأن القدس غضب الفلسطينيين الذين يقولون إن …»: «الذين» is people, the plural right before
            at_last = self.original(*kept[-1].span())
            return self._phrase_speaker(self.text[at_last[0]:at_last[1]], self.words[index].start())
        # the noun the adjectives after it describe: «الرد السعودي الرسمي، الذي أكد …» is a reply, which speaks
        head = next((w for w in reversed(kept) if not (w.group().startswith("ال") and w.group().endswith(_ADJECTIVE_ENDINGS))),
                    kept[-1])
        glued = head.group().startswith("لل") and _bare("ال" + head.group()[2:]) in SUBJECT_HEADS and len(kept) == 1
        if glued:  # «وفقا للمذكرة التي أشارت إلى أن …»: the note, past the لـ that joins it to «وفقا»
            return self._phrase_speaker("ال" + self.text[a:b].strip()[2:], self.words[index].start())
        if not any(e.label in SPEAKER_LABELS for e in self.within(a, b)) and _bare(head.group()) not in SUBJECT_HEADS:
            # «رفعت طهران … قضية تطالب برفع العقوبات التي قالت إنها …»: sanctions say nothing; the sentence's
            # subject does. «عملية "غصن الزيتون" التي تقول أنها …»: nor does an operation; who names it does
            return self._opening_subject(index)
        if len(kept) > 5:
            # «وقد هاجمت الطالبة ترامب بسبب ملايين الدولارات التي قالت إن …»: no noun phrase that long speaks; the
            # sentence's subject does
            return self._opening_subject(index)
        return self._linked(self.text[a:b], self.words[index].start())

    def _expressed(self, entity, token_start: int, previous: str) -> bool:
        """«ومن جانبه، عبر ماكرون عن أسفه»: «عبر» opening its clause, «عن» after the name, is the verb «expressed»
        and the name its subject, not the preposition «via»."""
        if previous != _EXPRESSED:
            return False
        lead = self.text[max(0, token_start - 60):token_start].rstrip()
        lead = lead[:-len(lead.split()[-1])].rstrip() if lead.split() else lead  # the text before «عبر»
        return (not lead or lead[-1] in "،,.\n:") and _ABOUT_WORD in _WORD.findall(_fold(self.text[entity.end:entity.end + 25]))[:3]

    def _governed(self, entity, *, titles: bool = True) -> bool:
        """A name after a preposition or glued to لـ: whom or where one spoke («في تصريح لـCNN», «في الأمم المتحدة»);
        with `titles`, also past the person's titles («مع رئيسة وزراء بريطانيا، تيريزا ماي»)."""
        start = entity.start
        token_start = start
        while token_start > 0 and not self.text[token_start - 1].isspace() and self.text[token_start - 1] not in "،,.:«“\"(":
            token_start -= 1
        if token_start < start and _fold(self.text[token_start]) == "ل":
            return True
        if _fold(self.text[token_start:start]).lstrip("وف")[:1] == "ب":
            return True  # «قائد كبير بالجيش السوري الحر»: the body he belongs to, not who speaks
        if self.text[max(0, token_start - 2):token_start].strip() == "(":
            # «متحدث باسم وزارة الدفاع (البنتاغون)»: another name of the one before the bracket
            named = [e for e in self.within(max(0, token_start - 200), token_start) if token_start - e.end <= 2]
            if named:
                return self._governed(named[-1])
        # «في مقابلة مع "فوربس"», «لـ"سكاي نيوز"»: the quotation mark aside
        floor = token_start - len(_own_sentence_before(self.text, token_start, 90))  # nothing of the sentence before
        before = _WORD.findall(_fold(self.text[max(floor, token_start - 20):token_start]))
        previous = before[-1] if before else ""
        if previous[:1] in "وف" and previous[1:] in GOVERNING and previous[1:] not in _HAVING:
            # «وفي البيت الأبيض، قال»: where he spoke, the sentence opening on it; but «ولدى بليك تاريخ طويل …، ففي
            # عام 2016، قال» is what Blake has, and he speaks
            previous = previous[1:]
        if previous in GOVERNING and not self._expressed(entity, token_start, previous):
            return True
        if before and (previous in _COUNTERPART_GLUED or previous in _WITH_WHOM
                       or len(before) > 1 and before[-2] in _COUNTERPART_GLUED
                       and previous.startswith("ال") and previous.endswith(_ADJECTIVE_ENDINGS)
                       and not any(m in self.text[max(floor, token_start - 20):token_start] for m in "،,")):
            return True  # «خلال مؤتمر جمعه بنظيره المصري سامح شكري شدد …»: whom he met, not who speaks
        # «مع رئيس الاتحاد المصري هاني أبو ريدة»: a preposition before the person's titles
        titled_before = titles and (previous in TITLES or previous in CONSTRUCT_TITLES or previous.startswith(("ال", "بال"))
                                    or bool(self.within(max(floor, token_start - 30), token_start)))
        window_start = floor if titled_before else token_start
        named_words = {w for e in self.within(window_start, token_start) for w in _WORD.findall(_fold(e.text))}
        # «مع نظيريه الياباني تارو كونو والكورية الجنوبية كانغ كيونغ وا»: a second person joined to the first
        # («وبجانبه رئيس الوزراء فلان»: a preposition joined to و governs as the bare one does)
        titled = [w[1:] if w[:1] == "و" and w[1:3] == "ال" or w[:1] in "وف" and w[1:] not in _HAVING and (
            w[1:] in GOVERNING or w[1:] in _WITH_WHOM) else w for w in _WORD.findall(_fold(self.text[window_start:token_start]))[-8:]]
        told = next((n for n in range(len(titled) - 1, max(-1, len(titled) - 8), -1) if titled[n] in _TO_A_REPORTER), None)
        if told is not None and not any(self._is_cue_word(w) for w in titled[told:]) and \
                (told == 0 or not {titled[told - 1], titled[told - 1][1:]} & ATTRIBUTION):
            # «وقالت مصادر لمراسل بي بي سي للشؤون الدبلوماسية، جيمس لاندالي، إن …»: whom they told; but «وفقا لمراسل
            # بي بي سي فلان» is the source
            return True
        kin = next((n for n in range(len(titled) - 1, max(-1, len(titled) - 4), -1) if _to_ones_kin(titled[n])), None)
        if kin is not None and all(w.startswith("ال") or w in TITLES or w in CONSTRUCT_TITLES for w in titled[kin + 1:]):
            return True  # «كما اعتذر لزوجها والرئيس السابق، نيستور كرشنر»: to whom he apologised, not who spoke
        for n in range(len(titled) - 2, -1, -1):
            if (titled[n] in GOVERNING or titled[n] in _WITH_WHOM) and titled[n] != _IN_THE_NAME_OF:
                rest = titled[n + 1:]
                if len(rest) <= 3 and all(w.startswith("ال") and w not in TITLES for w in rest) and rest[0] not in named_words \
                        and (rest[0][2:] in _PLACE_KINDS or rest[0] in BODY_KINDS or _bare(rest[0]) in _VENUES) \
                        and not any(m in self.text[window_start:token_start] for m in "،,") \
                        and not any(w in TITLES or w in CONSTRUCT_TITLES or w in DESCRIPTIONS for w in titled[:n]):
                    # (not «رئيس الهيئة في المنطقة فلان», «عضو في الأكاديمية فلان»: who he is, then where)
                    return True  # «في الأكاديمية العسكرية ويست بوينت»: where he spoke, the place named after its kind
                # «مع رئيسة وزراء بريطانيا، تيريزا ماي»: the titles, and the country in them, after the preposition
                # (a word of a tagged name is no title: «في مؤسسة راند، فلان» is where he works, «مؤسسة» no founder)
                # («إلى الأمين العام لحلف الناتو فلان»: the body his title is of, glued to لـ)
                if (rest[0] in CONSTRUCT_TITLES or rest[0] in TITLES) and rest[0] not in named_words and all(
                        w in CONSTRUCT_TITLES or w in TITLES or w.startswith(("ال", "بال", "لل")) or w in named_words
                        or (w[:1] == "ل" and w[1:] in named_words) or (m and rest[m - 1] in CONSTRUCT_TITLES)
                        for m, w in enumerate(rest)) \
                        and not any(w in THAT for w in rest):
                    return True  # «رئيسة وزراء»: a construct goes on; «إلى زعيم الأغلبية بالكونغرس، فلان»: where he leads
                break
            glued = titled[n]
            if glued[:1] == "ب" and (glued[1:] in CONSTRUCT_TITLES or glued[1:3] == "ال" and glued[1:] in TITLES) and all(
                    w.startswith("ال") or w in named_words or w in CONSTRUCT_TITLES for w in titled[n + 1:]):
                return True  # «خلال لقائه بوزير الخارجية السعودي عادل الجبير»: whom he met, past the titles glued to بـ
            if (glued.startswith("لل") and "ال" + glued[2:] in TITLES) or (glued[:1] == "ل" and glued[1:] in CONSTRUCT_TITLES):
                # «الطبيب السابق للرئيس الأمريكي دونالد ترامب»: whose doctor, the title glued to لـ; but «بيان لوزير
                # النفط فلان» is his statement, and «مستشار … لرئيس كوريا الجنوبية، فلان» names the adviser
                # (the words counted in the folded window, as `titled` was: harakat split no word there)
                window = _fold(self.text[window_start:token_start])
                glued_at = list(_WORD.finditer(window))[-(len(titled) - n)].start()
                if n and titled[n - 1].rstrip("ا") not in _A_STATEMENT and all(
                        w.startswith("ال") or w in named_words for w in titled[n + 1:]) and \
                        not any(m in window[glued_at:] for m in "،,"):
                    return True
                break
        # («للشبكة الإخبارية "إل سي إي"»: past the outlet's adjective)
        outlet = before[-2] if len(before) > 1 and previous.startswith("ال") and previous.endswith(_ADJECTIVE_ENDINGS) else previous
        if outlet[:1] in "لب" and (outlet[1:] in _MEDIA or (outlet[:2] == "لل" and outlet[2:] in _MEDIA)):
            return True  # «وأضافت لشبكة "سكاي نيوز" أن …»: the outlet she spoke to
        if (previous in _MEDIA or previous in _PLACE_KINDS) and len(before) > 1 and before[-2] in GOVERNING:
            return True  # «في مداخلة له عبر قناة إم بي سي», «مسؤول في مدينة بيشاور»: where one spoke
        if previous[:1] in "بل" and len(previous) > 3 and _POSSESSIVE.search(previous) and previous not in ADVERBS and \
                not previous.startswith(_IN_THE_NAME_OF) and \
                self.text[max(floor, token_start - 4):token_start].rstrip(" \u200f\u200e\xa0")[-1:] in ("،", ",") and not (
                len(before) > 1 and before[-2] in _A_STATEMENT):
            # («المتحدث باسمه، فلان» is the spokesman named)
            return True  # «أمام الكتلة البرلمانية لحزبه، العدالة والتنمية»: his party, named in apposition after its لـ
        if previous[:1] in "بل" and len(previous) > 3 and previous[1:] in HOLDERS and not (
                len(before) > 1 and before[-2] in _A_STATEMENT):  # (but «بيان لفريق …» is the team's statement)
            return True  # «في رسالة وجهها لأعضاء الكونغرس»: whom the words were sent to
        if previous[:1] in "بل" and previous[1:] in _PLACE_KINDS:
            return True  # «النائب العام بولاية ماساتشوستس»: where the office is, not who speaks
        if previous in _MEETINGS and len(before) > 1 and before[-2] in GOVERNING or previous[:1] == "ل" and previous[1:] in _MEETINGS:
            return True  # «عقب لقاء ترامب», «خلال زيارة ماكرون», «للقاء كيم»: when one spoke, or why, not who
        if previous in _UTTERANCES and len(before) > 1 and before[-2] in _REFERRING:
            return True  # «يشير فيها إلى تغريدة ترامب», «ردا على تصريحات الوزير»: whose words were spoken of
        # «لمصر والسودان وإثيوبيا»: a name joined by و to a governed one is governed too.
        if _fold(self.text[token_start:start + 1])[:1] == "و" and token_start < start:
            earlier = [e for e in self.within(max(0, token_start - 200), token_start) if token_start - e.end < 3]
            return bool(earlier) and self._governed(earlier[-1])
        return False

    def _subject_before(self, cue_start: int):
        """The name just before the verb in its sentence, commas of apposition allowed
        (subject first: «لكن الوزارة قالت», «الوزير، أحمد القطان، قال»)."""
        a = self.back(cue_start)
        sentence_start = self.back(self.sentence_start(cue_start)) if cue_start else 0
        if cue_start in self.index_at and self._relative_of_other_gender(self.index_at[cue_start]):
            return None
        if cue_start in self.index_at and self._answers_the_question_opening(self.index_at[cue_start]):
            return None  # «وتساءلت CNN عما إذا كان سيلتقي بوتين، فقال»: whom it asked about is no subject; the one asked answers
        interviewed = self._interviewed(cue_start) or self._agent_of_the_occasion(cue_start)
        if interviewed is not None:
            # «وفي مقابلة مع ترامب أجرتها شبكة CBS، قال»: the one interviewed speaks; «وعقب لقاء ترامب بالأمين العام
            # لحلف الناتو، قال», «وحين سئل ترامب عن …، قال»: the one who met, or was asked, goes on to speak
            return interviewed
        # («أضافت أن الرسوم إهانة لشركاء مثل الاتحاد الأوروبي وقالت إن …»: names inside words already quoted are what
        # was said, no subject)
        candidates = [e for e in self.within(sentence_start, a) if e.label in ("PERSON", "ORG") and not self._inside_found(e)
                      and not (e.label != "PERSON" and set(_WORD.findall(_fold(_own_sentence_before(self.text, e.start, 30)))[-3:])
                               & _PUBLISHED)]
        countries = [e for e in self.within(sentence_start, a) if e.label == "GPE" and not self._inside_found(e)]
        fronted = self._fronted_phrase_end(cue_start)
        if fronted is not None:  # «وحول بروز الهريفي ونجوميته قال: …»: the name is what he spoke about
            candidates = [e for e in candidates if e.start >= fronted]
            countries = [e for e in countries if e.start >= fronted]
        opened_in = self._opened_in_phrase_end(cue_start)
        if opened_in is not None:
            # «وفي مؤتمر صحفي بمقر وزارة الخارجية، قال», «وفي لقاء مع طلاب جامعة جورج واشنطن، قال»: a body or a place
            # in the occasion the sentence opens on is where he spoke; a person there may be who spoke («وفي
            # مقابلة أجراها بوتين، قال»), and so may the body whose statement it was («وفي بيان لوزارة الخارجية، قالت»)
            candidates = [e for e in candidates if e.label == "PERSON" or e.start >= opened_in or self._statement_of(e)]
            countries = [e for e in countries if e.start >= opened_in]
        named = [e for e in self.within(sentence_start, a) if e.label in SPEAKER_LABELS]
        cue_word = _WORD.match(self.folded, cue_start)
        opening = self.words[self.first_word_at(self.sentence_start(cue_start)):self.index_at.get(cue_start, 0)][:3]
        opener = next((e for e in named if len(opening) > 1 and e.start <= self.back(opening[1].start())), None)
        if opener is not None and cue_word is not None and cue_word.group()[:1] in "وف" and cue_start in self.index_at:
            # «صحيفة لوفيغارو عنونت عودة الأبطال وقالت في الافتتاحية إن …»: the sentence opens on the name, its
            # verb right after it, and a joined verb of the same gender goes on for it
            verb_at = next((n for n in range(self.first_word_at(self.sentence_start(cue_start)), self.index_at[cue_start])
                            if self.back(self.words[n].start()) >= opener.end), None)
            verb = self.words[verb_at].group() if verb_at is not None and verb_at < self.index_at[cue_start] else ""
            said = cue_word.group()[1:]
            # («الممثل فلان كان من المكرمين أيضا فقال: "…"»: كان after the name, as a verb of its own)
            looks_verb = verb[:1] in "يت" or verb.endswith("ت") or (verb in _KANA and cue_word.group()[:1] == "ف")
            if looks_verb and len(verb) >= 3 and not verb.startswith("ال") and verb not in GOVERNING \
                    and not self.text[opener.end:self.back(self.words[verb_at].start())].strip(" \u200f\xa0\"»”") \
                    and not _other_person(verb, cue_word.group()) \
                    and (verb[:1] not in "يت" or said[:1] not in "يت" or verb[:1] == said[:1]) \
                    and not any(m in self.text[opener.end:a] for m in ".:\n\"«"):
                return opener
        if named and cue_word is not None and cue_word.group()[:2] in ("وت", "وي") and \
                not any(m in self.text[named[-1].end:a] for m in "،,.:\"«"):
            # «التي تعتبرها تركيا منظمة إرهابية وتقول إنها …»: the subject of the verb just before, in the same
            # clause, the joined present verb agreeing with it
            verb = _WORD.findall(_fold(self.text[max(sentence_start, named[-1].start - 20):named[-1].start]))[-1:]
            if verb and verb[0][:1] == cue_word.group()[1] and re.search(r"(?:ها|ه|هم)$", verb[0]) and len(verb[0]) > 4:
                return named[-1]
        if countries and self.folded[cue_start] != "و" and (not candidates or countries[-1].start > candidates[-1].start) and \
                not _WORD.findall(_fold(self.text[countries[-1].end:a])) and not self._governed(countries[-1]):
            return countries[-1]  # «لكن موسكو قالت إن …»: a capital standing for its government, right before
        if not candidates:
            return None
        last = candidates[-1]
        between = self.text[last.end:a]
        if any(mark in between for mark in "()—–-"):
            return None  # a dateline «بيروت (رويترز) — قال …» names the agency, not the speaker
        quoted_name = self.text[last.start - 1:last.start] in "\"«“" and last.start > 0  # «وكانت "أوبك" قد أوردت»
        if any(mark in (between.lstrip("\"»”") if quoted_name else between) for mark in "\"»”"):
            return None  # «ونددت الرسالة بـ"تدهور … الأمم المتحدة" واعتبرت»: a name inside quoted words
        gap = _WORD.findall(fold(between))
        if set(gap) & (_BUT_OPENERS | _BUT_HIM | _SINCE_WHERE):
            # «… في قيادة حزب المحافظين، لكن مؤيديه قالوا»: the name ends the clause before; «شكر فيها فلانة
            # لاهتمامها، ولكنه أشار»: «ولكنه» is the sentence's subject, not her
            return None
        if cue_word is not None and cue_word.group()[:1] == "ف" and not gap and \
                _AMMA not in _WORD.findall(_fold(self.text[sentence_start:last.start])):
            # «وتطرق إلى علاقته مع أعضاء لجنة تحكيم "ذا فويس" فأشار»: ف joins the verb to the clause before,
            # whose subject goes on; only «أما فلان فقال» puts the subject right before it
            return None
        if len(gap) <= 2 and not any(mark in between for mark in "،,"):
            titled = _WORD.findall(_fold(_own_sentence_before(self.text, last.start, 30)))[-2:]
            if last.label != "PERSON" and len(titled) == 2 and titled[1][:1] == "ل" and titled[1][1:] in CONSTRUCT_TITLES \
                    and titled[0].rstrip("ا") in _A_STATEMENT:
                return None  # «تصريح لرئيس السلطة القضائية قال فيه»: the head's statement, for the rules of statements
            clause = max(self.text.rfind(m, 0, last.start) for m in "،,.\n") + 1
            if self.folded[cue_start] == "و" and ATTRIBUTION & set(_WORD.findall(_fold(self.text[clause:last.start]))):
                return None  # «…"، بحسبما ذكرت وكالة "وفا" وأضاف: "…"»: whom the words were attributed to, no subject
            known_as = _WORD.findall(_fold(_own_sentence_before(self.text, last.start, 30)))[-2:]
            if len(known_as) == 2 and known_as[1] == _IN_THE_NAME_OF and known_as[0].lstrip("و") in _NAMING:
                return last  # «لكن الدفاع المدني السوري والمعروف باسم "الخوذ البيضاء" أكد»: the name it is known by
            if self._governed(last):
                return self._titled_before(candidates[:-1], last, a)
            # «لكن معز الدبابي نائب رئيس جمعية آفاق قال»: the body his titles govern is where he serves
            holder = next((c for c in reversed(candidates[:-1]) if c.label == "PERSON" and 0 < len(
                _WORD.findall(_fold(self.text[c.end:last.start]))) <= 4 and all(
                w in CONSTRUCT_TITLES or w in TITLES for w in _WORD.findall(_fold(self.text[c.end:last.start])))), None)
            return holder or last
        for candidate in reversed(candidates[-4:]):
            aside = _WORD.findall(_fold(self.text[candidate.end:a]))[:1]
            if aside and (aside[0] in TITLES or aside[0] in CONSTRUCT_TITLES or aside[0] in HOLDERS) and \
                    self._apposition_between(candidate, a) and not self._governed(candidate):
                # «لكن الصديق الصادق، نجل رئيس الوزراء الأسبق الصادق المهدي، قال»: a person named inside the
                # apposition describes the subject, and is not another subject
                return candidate
            if any(other.label == "PERSON" and other.start >= candidate.end and not self._governed(other)
                   and not self._in_construct(other) and not self._held(other)
                   and not RELATIVES & set(_WORD.findall(_fold(self.text[candidate.end:other.start])))
                   for other in candidates):
                continue  # «وبعد نشر بيان فلان، رد الرئيس ترامب بتغريدة، قال فيها»: another subject came between
            if (self._apposition_between(candidate, a) or self._relative_between(candidate, a)) and \
                    not self._governed(candidate):
                return candidate  # «لكن الكاردينال فلان، رجل الدين الأعلى في انجلترا، قال: …»
        if len(gap) <= 2 and self.folded[cue_start] != "و":
            # «… الوزارة، قالت»: no apposition to cross; but in «عبرت فلانة عن صدمتها لوفاة فلان، وقالت» the
            # name before the comma ends the clause before, and the joined verb is not its
            # («وفي بيان لوزارة الخارجية، قالت»: her verb, and the body whose statement it was, past its لـ)
            own_statement = opened_in is not None and cue_word is not None and _person(cue_word.group()) == "she" \
                and self._statement_of(last)
            return last if not self._governed(last) or own_statement else None
        return None

    def _after_a_titled_nationality(self, place, a: int) -> bool:
        """«الوزيرة الألبانية روسيا»: a place right after a title and its nisba, the subject complete before it."""
        before = _WORD.findall(_fold(self.text[a:place.start]))
        return len(before) == 2 and (before[0] in TITLES or before[0] in PROFESSIONS) and before[1].startswith("ال") \
            and before[1].endswith(("ي", "يه"))

    def _preceded_by(self, index: int) -> tuple[int | None, str | None] | None:
        """«وسبق لترامب أن قال إنه …»: the one it had happened to before, glued to ل."""
        if index < 3 or self.words[index - 1].group() != _AN_THAT:
            return None
        if self.words[index - 3].group().lstrip("و") not in _HAPPENED:
            # «وسبق لموقع "ميليتري تايمز" الأميركي، المختص في شؤون الدفاع، أن أفاد»: the kind glued to ل, its name
            m = next((m for m in range(index - 4, max(0, index - 14), -1) if self.words[m].group().lstrip("و") in _HAPPENED), None)
            if m is None or self.words[m + 1].group()[:1] != "ل" or _bare(self.words[m + 1].group()[1:]) not in SUBJECT_HEADS:
                return None
            at = self.back(self.words[m + 2].start())
            named = [e for e in self.within(at - 1, at + 1, whole=False) if e.label in SPEAKER_LABELS and e.start in (at - 1, at)]
            return (named[0].id, None) if named else None
        owner = self.words[index - 2]
        if owner.group()[:1] != "ل":
            return None
        a, b = self.original(owner.start() + 1, owner.end())
        named = [e for e in self.within(a, b + 1, whole=False) if e.label in SPEAKER_LABELS]
        return (named[0].id, None) if named else None

    def _described_just_before(self, index: int) -> str | None:
        """«أدانوا فيه تعليقات باحث إيطالي قال إن …»: an indefinite noun for a person (a description or a
        profession) and its adjectives right before the verb, no comma between: the verb describes them."""
        words = []
        n = index - 1
        while n >= 0 and len(words) < 3:
            gap = self.folded[self.words[n].end():self.words[n + 1].start()]
            if any(mark in gap for mark in "،,.:\"«»()\n"):
                break
            word = self.words[n].group()
            tagged = self.within(self.back(self.words[n].start()), self.back(self.words[n].end()), whole=False) or [
                e for e in self.within(max(0, self.back(self.words[n].start()) - 40), self.back(self.words[n].start()), whole=False)
                if e.end > self.back(self.words[n].start())]  # (or began before it: «للأمم المتحدة»)
            owner = tagged[0] if tagged and not words and self._governed(tagged[0]) and \
                self.text[tagged[0].start - 1:tagged[0].start] == "ل" else None
            if owner is not None:
                # «إلى دراسة للأمم المتحدة أفادت أن …»: the study of the body glued to its لـ, right before the verb
                head = n
                while head >= 0 and self.back(self.words[head].end() - 1) >= owner.start:
                    head -= 1  # past the words of the name, the one its لـ is glued to too
                if head >= 0 and self.words[head].group() in _WRITINGS and not any(
                        m in self.folded[self.words[head].end():self.words[n].start()] for m in "،,.:\"«»()\n"):
                    return self.text[self.original(*self.words[head].span())[0]:owner.end]
                return None
            if word.startswith("ال") or tagged:
                return None  # a definite or tagged word: no indefinite description
            words.insert(0, self.words[n])
            if word in DESCRIPTIONS or "ال" + word in PROFESSIONS or word in _WRITINGS or word in _SOMEONE:
                count = self.words[n - 1].group() if n else ""
                if n and (count in _COUNTED or count[:1] == "ل" and count[1:] in _COUNTED) and \
                        not self.folded[self.words[n - 1].end():self.words[n].start()].strip():
                    # «شهادات لثلاث أشخاص قالوا إنهم …»: the count with them, past its لـ
                    a, b = self.original(self.words[n - 1].start() + (1 if count[:1] == "ل" else 0), self.words[index - 1].end())
                    return self.text[a:b]
                a, b = self.original(self.words[n].start(), self.words[index - 1].end())
                rest = [w.group() for w in words[1:]]
                return self.text[a:b] if all(w.endswith(_ADJECTIVE_ENDINGS) or w in _OF_A_TIME for w in rest) else None
            if not word.endswith(_ADJECTIVE_ENDINGS) and word not in _OF_A_TIME:  # «موظفة سابقة قالت»
                return None
            n -= 1
        return None

    def _titled_before(self, candidates, governed, a: int):
        """«ولكن هانز فاتزكة الرئيس التنفيذي لدورتموند قال»: the body glued to ل is whose officer speaks; the
        person right before the office, with nothing else between, is the subject."""
        person = candidates[-1] if candidates and candidates[-1].label == "PERSON" else None
        if person is None or any(mark in self.text[person.end:a] for mark in "،,\"«»()"):
            return None
        office = _WORD.findall(_fold(self.text[person.end:governed.start]))
        # («غراهام سترينغر المشكك في الاتحاد الأوروبي قال»: a definite description and its preposition too)
        if not office or len(office) > 4 or office[0] not in TITLES and office[0] not in CONSTRUCT_TITLES \
                and not office[0].startswith("ال"):
            return None
        if not all(w in TITLES or w in CONSTRUCT_TITLES or w.startswith("ال") or w in ("ل", "لـ") or w in GOVERNING
                   for w in office):
            return None
        return person if not self._governed(person) else None

    def _holders_governed(self, entity, a: int) -> bool:
        """Whether the holders of a name («أنصار الحزب», «مراسلة CNN») stand after a preposition (not «باسم»)."""
        held = self._holder(entity, HOLDERS | PERSONAL_OFFICES) if entity.label == "PERSON" else self._holder(entity)
        if not held:
            return False
        lead = _WORD.findall(_fold(self.text[a:entity.start]))
        holding = len(_WORD.findall(_fold(held))) - len(_WORD.findall(_fold(entity.text)))
        # (the preposition may govern a crowd of them: «أمام حشد من أنصار»; «الكثير من معجبي فلان» are who speak)
        return any(w in GOVERNING and w not in (_IN_THE_NAME_OF, _FROM_WORD) for w in lead[max(0, len(lead) - holding - 3):len(lead) - holding])

    def _interviewed(self, cue_start: int):
        """The person an interview the sentence opens on was with («وفي مقابلة مع ترامب أجرتها شبكة CBS، قال»,
        «وفي مقابلة أجرتها شبكة CBS مع الرئيس ترامب، قال») or of («وفي حديث لترامب مع شبكة CBS، قال»): he answered,
        and a bare verb after the phrase is his. Not a reporter («مع مراسل CNN فلان») nor anyone after a meeting
        («وفي لقاء مع ماكرون، قال»: the other party)."""
        first = self.first_word_at(self.sentence_start(cue_start))
        end = self._opened_in_phrase_end(cue_start) if first < len(self.words) and self.words[first].group() in _IN_WORDS \
            else self._fronted_phrase_end(cue_start)
        if end is None or first + 1 >= len(self.words) or self.words[first].group().lstrip("و") not in _IN_OR_DURING:
            return None
        noun = self.words[first + 1]
        return self._interviewee(noun, end) if noun.group() in _INTERVIEWS else None

    def _agent_of_the_occasion(self, cue_start: int):
        """The person a fronted occasion names as its doer, right after its verbal noun: «وعقب لقاء ترامب بالأمين
        العام …،», «وبعد وصول ترامب إلى …،», «وفي ختام زيارة الرئيس ترامب …،», «وعند سؤال ترامب عن …،», or after
        «سُئل»: «وحين سئل ترامب عن …،». The phrase ends at the comma right before the verb, which is his."""
        comma = self._comma_right_before(cue_start)
        first = self.first_word_at(self.sentence_start(cue_start))
        if comma is None or first + 2 >= len(self.words) or self.words[first].start() >= cue_start:
            return None
        opener = self.words[first].group()
        bare = opener[1:] if opener[:1] in "وف" and len(opener) > 2 else opener
        at = first + 1
        if bare in _WHEN and self.words[at].group() in _ASKED_HIM:
            # «وعندما سأل مراسل CNN ترامب عن …،»: the one asked, the last person before what he was asked about
            about = next((n for n in range(at + 1, min(at + 10, len(self.words))) if self.words[n].group() in _ASKED_ABOUT), None)
            if about is None:
                return None
            asked = [e for e in self.within(self.back(self.words[at].end()), self.back(self.words[about].start()))
                     if e.label == "PERSON"]
            return asked[-1] if asked and not self.text[asked[-1].end:self.back(self.words[about].start())].strip(" \u200f\u200e\xa0") \
                else None
        if bare in _IN_WORDS and self.words[at].group() in _OCCASION_PARTS:
            at += 1  # «وفي ختام زيارة …»
        elif bare in _WHEN and self.words[at].group() in _WAS_ASKED:
            pass  # «وحين سئل ترامب»: the verb, then the one asked
        elif bare[:1] == "ب" and bare[1:] in _ASKING:
            at = first  # «وبسؤال ترامب عما إذا …»: the verbal noun glued to its بـ
        elif bare not in _OCCASION_OPENERS:
            return None
        noun = self.words[at].group() if at < len(self.words) else ""
        written = plain(self.text[slice(*self.original(*self.words[at].span()))]) if noun else ""  # (ة is no «his»)
        if not noun or noun.startswith("ال") or written.endswith(("ه", "ها", "هم", "هما")) or noun in _TIME_SPANS or noun in GOVERNING:
            return None  # «وبعد لقائه ترامب» is his meeting Trump; «وبعد ساعات من …» names no doer
        if noun in _A_STATEMENT or noun in _ANOTHERS_WORDS:
            return None  # «وبعد تصريحات ماكرون بشأن …، قال»: words another said, answered
        start = self.back(self.words[at].end())
        person = next((e for e in self.within(start, self.back(comma)) if e.label in ("PERSON", "ORG", "GPE")), None)
        if person is None or person.label != "PERSON":
            return None
        titles = _WORD.findall(_fold(self.text[start:person.start]))
        if len(titles) > 3 or not all(w in TITLES or w in CONSTRUCT_TITLES or w.startswith("ال") for w in titles) or \
                any(m in self.text[start:person.start] for m in "،,\"«"):
            return None
        return person

    def _opened_in_phrase_end(self, cue_start: int) -> int | None:
        """Where a sentence that opens on «وفي …» (or «في …») ends its phrase: at the comma right before the verb;
        None when it opens otherwise or the verb does not follow that comma."""
        first = self.first_word_at(self.sentence_start(cue_start))
        if first >= len(self.words) or self.words[first].start() >= cue_start:
            return None
        # «ومن مقر الأمم المتحدة في نيويورك، قال»: from a building is where he spoke, as in it
        # («ومن على منصة الأمم المتحدة، قال»: from on it)
        venue = first + 2 if first + 2 < len(self.words) and self.words[first + 1].group() == _ON else first + 1
        from_venue = self.words[first].group() in _FROM_WORDS and venue < len(self.words) and \
            _bare(self.words[venue].group()) in _VENUES
        if self.words[first].group() not in _IN_WORDS and not from_venue:
            return None
        comma = self._comma_right_before(cue_start)
        return self.back(comma) if comma is not None else None

    def _comma_right_before(self, cue_start: int) -> int | None:
        """Where the comma right before the verb is, in the folded text (spaces and marks between at most)."""
        floor = max(0, cue_start - 20)  # (a short look back: the verb is on a long page's hot path)
        before = self.folded[floor:cue_start].rstrip()
        return floor + len(before) - 1 if before[-1:] in ("،", ",") else None

    def _statement_of(self, entity) -> bool:
        """«بيان لوزارة الخارجية», «بيان أصدرته الوزارة»: the body whose statement it is."""
        before = _WORD.findall(_fold(_own_sentence_before(self.text, entity.start, 30)))[-2:]
        glued = self.text[entity.start - 1:entity.start] == "ل" or (before and before[-1] in ("ل", "لـ"))
        return bool(before) and ((glued and before[-1].lstrip("ل") in _A_STATEMENT or len(before) == 2 and glued
                                  and before[-2] in _A_STATEMENT) or _POSSESSIVE.sub("", before[-1]) in _ISSUED_VERBS)

    def _fronted_phrase_end(self, cue_start: int) -> int | None:
        """Where a prepositional phrase the sentence opens on ends («وحول بروز الهريفي ونجوميته قال»,
        «وعن مشاركة الحبسي، قال»): at its comma, else at the verb; None when the sentence opens otherwise."""
        sentence_start = self.sentence_start(cue_start)
        first = self.first_word_at(sentence_start)
        if first >= len(self.words) or self.words[first].start() >= cue_start:
            return None
        opener = self.words[first].group()
        bare = opener[1:] if opener[:1] in "وف" and len(opener) > 2 else opener
        # «ولدى سؤاله عما قاله أردوغان …، قال»: upon his being asked, a verbal noun with his pronoun (but «ولدى
        # فلان تاريخ طويل …» is what he has)
        following = self.words[first + 1].group() if first + 1 < len(self.words) else ""
        his = _POSSESSIVE.search(following) is not None
        upon = bare in _UPON and his
        # «وفي ظل تهديدات حلف الناتو، قال», «وفيما يخص الحزب، أكد», «وبالنسبة إلى موقف …»: the circumstance or topic
        circumstance = bare in _CIRCUMSTANCE_OPENERS or (bare == fold("في") and following in _IN_CIRCUMSTANCE) or (
            bare == fold("على") and following in _ON_OPENERS) or (bare == fold("في") and following == _WHILE) or (
            bare == fold("فيما") and following in _CONCERNING) or (bare == fold("في") and following in _CONVERSATIONS and (
                _WITH in [w.group() for w in self.words[first + 2:first + 4]]
                or bool(_WITH_HIM & {w.group() for w in self.words[first + 2:first + 6]})))
        # «وعندما سأله مذيع شبكة "فوكس نيوز" عن لقاء روحاني، أجاب»: who asked him and about whom, not who answers
        asked = bare in _WHEN and his and _POSSESSIVE.sub("", following) in _ASKED_HIM
        # «أما عن موقف الاتحاد الأوروبي، فقال», «أما بالنسبة لحلف الناتو، فقال»: «as for» a topic, not a person
        topic = bare == _AMMA and (following in _ABOUT_OPENERS or following in _CIRCUMSTANCE_OPENERS)
        if bare not in _ABOUT_OPENERS and not (upon or circumstance or asked or topic):
            return None
        comma = min((self.folded.find(mark, sentence_start, cue_start) for mark in "،,"
                     if self.folded.find(mark, sentence_start, cue_start) >= 0), default=cue_start)
        if comma == cue_start and THAT & set(_WORD.findall(self.folded, self.words[first].end(), cue_start)):
            return None  # «وعلى الرغم من أن البيت الأبيض ذكر أن …»: a clause of its own, its subject before its verb
        last_comma = max(self.folded.rfind("،", sentence_start, cue_start), self.folded.rfind(",", sentence_start, cue_start))
        after_first = _WORD.search(self.folded, comma + 1, cue_start) if comma < cue_start else None
        if last_comma > comma and not self.folded[last_comma + 1:cue_start].strip() and after_first is not None \
                and after_first.group().startswith("ال"):
            # «وبعد فوزه …، الأرجنتيني ليونيل ميسي، قال:»: an apposition closes the phrase, then the verb; not
            # «وبعد نشر بيان فلان، رد الرئيس ترامب بتغريدة، قال فيها», where a clause of its own came between
            return self.back(last_comma)
        # «وعن مستقبله …، واحتمالية عودته لفريق سبورتنغ لشبونة، قال»: a phrase joined by و goes on to the next comma
        while comma < cue_start:
            following = _WORD.search(self.folded, comma + 1, cue_start)
            further = min((self.folded.find(mark, comma + 1, cue_start) for mark in "،,"
                           if self.folded.find(mark, comma + 1, cue_start) >= 0), default=-1)
            if following is None or following.group()[:1] != "و" or self._is_cue_word(following.group()) or further < 0:
                break
            comma = further
        return self.back(comma)

    def _apposition_between(self, entity, verb_at: int) -> bool:
        """Only an apposition between commas (and قد) stands between a name and its verb."""
        between = _fold(self.text[entity.end:verb_at]).strip()
        words = _WORD.findall(between)
        while words and (words[-1] == fold("قد") or words[-1] in ADVERBS):  # «…، بدوره قال», «…، قد أكد»
            between = between[:between.rfind(words[-1])].rstrip()
            words = words[:-1]
        commas = [i for i, char in enumerate(between) if char in "،,"]
        return (len(commas) == 2 and commas[0] == 0 and commas[1] == len(between) - 1 and len(words) <= 12
                and not any(mark in between for mark in "\"«»“”:.()")
                and words[:1] != [fold("في")])  # «، في مدينة رفح،» is where, no apposition

    def _relative_between(self, entity, verb_at: int) -> bool:
        """Only a relative clause closed by a comma stands between a name and its verb: «إلا أن جولياني الذي
        أربكت تصريحاته فريق ترامب،أضاف أن …»."""
        between = _fold(self.text[entity.end:verb_at]).strip()
        words = _WORD.findall(between)
        commas = [i for i, char in enumerate(between) if char in "،,"]
        return (bool(words) and words[0] in RELATIVES and len(words) <= 16 and commas == [len(between) - 1]
                and not any(mark in between for mark in "\"«»“”:.()"))

    def _in_relative(self, a: int, entity) -> bool:
        """Whether a relative pronoun stands between `a` and the name: «الصحيفة في التقرير الذي نشرته …»; not a
        clause that names the one before it («السيدة، التي أشير إليها بـ"شينغول إيه"»)."""
        words = _WORD.findall(_fold(self.text[a:entity.start]))
        # («أعلن مستشفى سالزبري حيث كانت تعالج مع والدها فلان»: «حيث» opens a clause of place the same way)
        return any(word.lstrip("و") in RELATIVES or word == _WHERE for word in words) and not any(word in _NAMING for word in words)

    def _posted_at(self, a: int, b: int) -> bool:
        """«مراسل بي بي سي في واشنطن، نيك براينت», «مراسل بي بي سي في الخرطوم محمد عثمان»: where the holder is
        posted, then a comma or a tagged place right before the name."""
        between = self.text[a:b]
        words = _WORD.findall(_fold(between))
        if not 2 <= len(words) <= 3 or words[0] != _IN:
            return False
        if between.rstrip(" \u200f\u200e\xa0")[-1:] in ("،", ","):
            return True
        place = self.within(a, b)
        # («مراسلة CNN في البيت الأبيض كيتلان كولينز»: a body she covers is where she is posted too)
        return len(place) == 1 and place[0].label in ("GPE", "LOC", "FAC", "ORG") and \
            not self.text[place[0].end:b].strip(" \u200f\u200e\xa0")

    def _name_phrase(self, cue_end: int, subject_end: int) -> str | None:
        """The subject's first words up to a preposition, a comma or a time word, if few enough to be a name."""
        kept, inside = [], 0
        for match in _WORD.finditer(self.folded, cue_end, subject_end):
            gap = self.folded[(kept[-1].end() if kept else cue_end):match.start()]
            word = match.group()
            if kept and not gap.strip() and self._inside_a_name(kept[0].start(), match):
                kept.append(match)  # «متحدث باسم الوكالة الدولية للطاقة الذرية»: a tagged name is taken whole
                inside += 1  # (and counts as one word: «متحدثة باسم مكتب تنسيق الشؤون الإنسانية التابع …»)
                continue
            if kept and word in _CARRIED:
                break  # «وأفادت تقارير نشرتها وسائل إعلام …»: the reports, not who carried them
            if kept and kept[-1].group().startswith("ال") and (word[1:] if word[:1] in "وف" else word) in VERBS and \
                    not self._inside_a_name(kept[0].start(), match):
                # «وكانت وكالة الأنباء المحلية أفادت …، وأضافت»: the subject كان set before its verb, not the verb
                # (after an indefinite noun the same letters may be its noun: «شركة نقل النفط»)
                break
            if word == _QAD or word in ATTRIBUTION:
                break  # «وكانت أوساط مقربة منه قد قالت»: قد stands before a verb; «الصحيفة نقلا عن»: a source follows
            if word == fold("عام") and _WORD.findall(self.folded, match.end(), match.end() + 8)[:1] and \
                    _WORD.findall(self.folded, match.end(), match.end() + 8)[0].isdigit():
                break  # «رئيس وزراء قطر السابق عام 2017», «قال عام 2016 إن»: a year, no part of who speaks
            if kept and kept[-1].group() in _APPOSITION_HEADS and word in _DEMONSTRATIVES and not gap.strip():
                kept.append(match)  # «سفير إحدى هذه الدول»: one of these, then the noun
                continue
            if word == _GENERAL and kept and kept[-1].group() in _GENERAL_OFFICES:
                kept.append(match)  # «المدعي العام», «الأمين العام»: no year
                continue
            if kept and kept[-1].group().startswith("ال") and cue_end and not gap.strip() and \
                    self.words[self.first_word_at(cue_end) - 1].group().lstrip("وف") in TOLD and \
                    any(e.label != "PERSON" for e in self.within(self.back(match.start()), self.back(match.start()) + 1, whole=False)
                        if e.start == self.back(match.start())):
                break  # «وأبلغت إدارة الموقع بي بي سي»: whom the defined subject told
            if kept and kept[-1].group() == _NOT_ADJECTIVE and len(kept) > 1 and not gap.strip():
                kept.append(match)  # «تقارير غير مؤكدة»: «غير» and its adjective are one
                continue
            if word in _BIHI and kept and kept[-1].group() in _SUSPECTED and not gap.strip():
                kept.append(match)  # «المشتبه به»: one term, not a preposition and its object
                continue
            if not kept and (any(mark in gap for mark in "،,") or word in ASIDES):
                break  # «وكان بومبيو قال، قبيل زيارته، إنه …», «وأضافت وهي تحمل طفلها، أنها»: an aside, no subject
            if not kept and word in _DAYS and not gap.strip():
                cue_end = match.end()  # «وقال الثلاثاء مستشار للرئيس الإيراني …»: the day, then who speaks
                continue
            if not kept and word in _THESE and not gap.strip() and \
                    _WORD.findall(self.folded, match.end(), match.end() + 12)[:1] and \
                    _WORD.findall(self.folded, match.end(), match.end() + 12)[0].startswith("ال"):
                cue_end = match.end()  # «وأضافت هذه المصادر أن …»: the sources named before
                continue
            if not kept and word in _IN_WHICH and not gap.strip() and \
                    _WORD.findall(self.folded, match.end(), match.end() + 12)[:1] and (
                    _WORD.findall(self.folded, match.end(), match.end() + 12)[0].startswith("ال")
                    or _WORD.findall(self.folded, match.end(), match.end() + 12)[0] in CONSTRUCT_TITLES):
                continue  # «أول مرة تعلن فيها الحكومة أنها …»: the definite subject comes after «فيها»
            if len(kept) >= 2 and kept[-2].group() == _IN_THE_NAME_OF and kept[-1].group().startswith("ال") and \
                    not word.startswith("ال") and not gap.strip():
                break  # «ونفى الناطق باسم الخارجية معلومات مفادها …»: the body named, then the verb's object
            if kept and kept[-1].group() == _IN_THE_NAME_OF and gap.strip() in ('"', "«", "“"):
                # «متحدثة باسم "كان"»: the quoted name of the body is part of the speaker's words
                close = self.folded.find('"' if gap.strip() == '"' else "»" if gap.strip() == "«" else "”", match.start())
                inner = _WORD.findall(self.folded, match.start(), close) if close > 0 else []
                if 0 < len(inner) <= 4 and close < subject_end:
                    a, _ = self.original(kept[0].start(), kept[0].end())
                    return self.text[a:self.original(close, close + 1)[1]].strip("\u200f\u200e\xa0 ")
            if kept and any(mark in gap for mark in "،,(\"«"):
                break
            if kept and _told_outlet([w.group() for w in kept] + [word]):
                break  # «وأخبرت السيدة صحيفة …»: whom she told
            word = _GLUED_DIGITS.sub("", word)  # «في18 تموز»: a preposition glued to a date
            if word[:1] == "ل" and kept and kept[-1].group() in _AFFILIATED and not gap.strip() and \
                    self._glued_to_name(match.start()) and len(kept) < 4:
                # «وكالة تابعة للأمم المتحدة»: whose body it is, the name taken whole
                at = self.back(match.start()) + (2 if word.startswith("لل") else 1)
                owner = next((e for e in self.within(at - 1, at + 1, whole=False) if e.start in (at - 1, at)), None)
                if owner is not None:
                    return self.text[self.original(kept[0].start(), kept[0].end())[0]:owner.end].strip("\u200f\u200e\xa0 ")
            if word.startswith("لل") and kept and kept[-1].group() in _AFFILIATED and not gap.strip() and len(kept) < 4:
                # «صحيفة تابعة للحزب الشيوعي», «وكالة تابعة للأمم المتحدة»: the body, untagged, and its adjectives
                end = match.end()
                for following in _WORD.finditer(self.folded, match.end(), min(subject_end, match.end() + 40)):
                    if self.folded[end:following.start()].strip() or not following.group().startswith("ال") or \
                            following.group() in GOVERNING:
                        break
                    end = following.end()
                return self.text[slice(*self.original(kept[0].start(), end))].strip("\u200f\u200e\xa0 ")
            if word[:1] == "ل" and self._glued_to_name(match.start()):
                break  # «وقال لبي بي سي»: the outlet he spoke to, glued to لـ, however short
            if len(kept) == 1 and kept[0].group() in _COMPANIONS and word in _HIS_HER_THEIR and not gap.strip():
                kept.append(match)  # «قال رفاق له», «وقال مساعدون لها»: whose companions, part of who speaks
                break
            if len(kept) == 1 and kept[0].group() in _REPRESENTING and word[:2] == "لل" and not gap.strip():
                kept.append(match)  # «عن ممثلين للادعاء»: whom they represent, glued to لـ
                continue
            if len(kept) == 1 and kept[0].group() in CONSTRUCT_TITLES and word[:2] == "لل" and "ال" + word[2:] in TITLES \
                    and not gap.strip():
                kept.append(match)  # «مستشار للرئيس الإيراني حسن روحاني»: whose adviser, the title glued to لـ
                continue
            if kept and kept[0].group().startswith("ال") and (word.startswith("بال") and word.endswith("يه") or word == _IN_LANGUAGE) \
                    and not self._glued_to_name(match.start()):
                break  # «وكتبت السفارة بالإسبانية على تويتر», «تقول المرأة باللغة الروسية»: in which language, no part of who
            if word[:1] == "ب" and kept and self._glued_to_name(match.start()):
                # «باحثون بجامعة غلاسكو في إسكتلندا», «مسؤول بوزارة التجارة الصينية»: where they work, a name the
                # phrase takes whole and stops after
                at = self.back(match.start()) + 1
                where = next(e for e in self.within(at, at + 1, whole=False) if e.start == at)
                if len(kept) >= 6:
                    return None
                return self.text[self.original(kept[0].start(), kept[0].end())[0]:where.end].strip("\u200f\u200e\xa0 ")
            if word in _IN_OR_FROM and len(kept) == 1 and kept[0].group() in DESCRIPTIONS and not gap.strip():
                # «وقال مصدر في الهلال الأحمر السوري»: the source, and the body it is in, tagged; «مصادر من حركة
                # طالبان»: the kind of body before its name
                following = _WORD.search(self.folded, match.end(), subject_end)
                if following is not None and following.group() in _KINDS_OF_BODY and not self.within(
                        self.back(following.start()), self.back(following.start()) + 1, whole=False):
                    following = _WORD.search(self.folded, following.end(), subject_end)
                where = next((e for e in self.within(self.back(following.start()), self.back(following.start()) + 1,
                                                     whole=False) if e.label in ("ORG", "GPE") and e.start == self.back(following.start())),
                             None) if following is not None else None
                if where is not None and self.back(following.start()) + len(where.text) <= self.back(subject_end) + 1:
                    return self.text[self.original(kept[0].start(), kept[0].end())[0]:where.end].strip("\u200f\u200e\xa0 ")
                owner = _WORD.search(self.folded, following.end(), subject_end) if following is not None and where is None \
                    and following.group() in _KIN_BODIES else None
                if owner is not None and owner.group().startswith("ال") and \
                        not self.folded[following.end():owner.start()].strip():
                    # «مصادر من أسرة المراهق»: the sources, and whose family they come from
                    return self.text[slice(*self.original(kept[0].start(), owner.end()))].strip("\u200f\u200e\xa0 ")
            partitive = (word == fold("من") and len(kept) == 1 and kept[0].group() in _QUANTITIES) or \
                (word == _AN and len(kept) == 1 and kept[0].group() in _REPRESENTING)  # «ممثلون عن باريمور»
            # «وقال 34 في المئة إن …»: a share of those asked
            partitive = partitive or (word == fold("في") and len(kept) == 1 and kept[0].group().isdigit()
                                      and _WORD.findall(self.folded, match.end(), match.end() + 8)[:1] in ([fold("المئة")], [fold("المائة")]))
            of_a_source = word in _OF_A_SOURCE and kept and kept[-1].group() in DESCRIPTIONS  # «مصدر مطلع», not «مطلع الشهر»
            if (word in GOVERNING and word != _IN_THE_NAME_OF and not partitive) or (word in TIME_WORDS and not of_a_source) \
                    or word in NOT_NAMES or word in _WHEN or \
                    word in _PRONOUN_PREPOSITIONS or word in _NEGATIONS or word in _DESCRIBING or \
                    word in ADVERBS or (word[:1] == "ل" and len(word) > 3 and _bare(word) not in SUBJECT_HEADS
                                        and word not in _L_NOUNS and not self._name_starts_at(match.start())):
                break  # «مصدر مسؤول لواس»: the agency it spoke to is no part of the name
            if len(kept) == 1 and kept[0].group().startswith("ال") and word.startswith("ال") and word.endswith("ات") \
                    and not kept[0].group().endswith("ات"):
                break  # «ونفت الشركة الادعاءات»: a plural after a singular is the verb's object, no adjective
            if len(kept) == 1 and kept[0].group().startswith("ال") and kept[0].group() not in CONSTRUCT_TITLES and (
                    word in BODY_KINDS or word in TITLES or (
                        word.startswith("ال") and word.endswith(("ين", "ون")) and not word.endswith(_ADJECTIVE_ENDINGS)
                        and not kept[0].group().endswith(("ين", "ون")))):
                break  # «وحذرت الحكومة الشركة», «وناشدت الوزارة المواطنين»: a body or people after it are its object
            if len(kept) == 1 and kept[0].group().startswith("ال") and word.startswith("ال") and not gap.strip() and \
                    not word.endswith(_ADJECTIVE_ENDINGS) and cue_end and \
                    self.words[self.first_word_at(cue_end) - 1].group().lstrip("و") in _ACCUSING:
                break  # «واتهمت الحكومة المعارضة بأنها …»: whom she accused, no adjective of hers
            if kept and kept[-1].group().startswith("ال") and word.endswith("ا") and not word.startswith("ال") and \
                    len(word) > 3 and _WORD.findall(self.folded, match.end(), match.end() + 14)[:1] and \
                    _WORD.findall(self.folded, match.end(), match.end() + 14)[0].endswith("ا"):
                break  # «وأبلغ المسؤول المحلي مؤتمرا صحفيا»: whom he told, in the accusative, after the subject
            if len(kept) >= 2 and kept[0].group().endswith(("ان", "ون", "ين")) and not kept[0].group().startswith("ال") \
                    and not word.startswith("ال") and word.endswith(("ا", "وا")) and len(word) > 3:
                break  # «مسؤولان بالمخابرات الأميركية راقبا البرنامج»: a clause describing them, their verb
            if word.lstrip("و") in RELATIVES or (len(kept) == 1 and not kept[0].group().startswith("ال") and
                                                 not word.startswith("ال") and word.endswith("ت") and not word.endswith("ات")):
                break  # «الدراسة التي أجرتها …», «دراسة اعتمدت على …»: a clause describing the subject
            if len(kept) == 2 and not kept[0].group().startswith("ال") and not kept[1].group().startswith("ال") \
                    and kept[0].group() != _IN_THE_NAME_OF and kept[1].group() not in (_IN_THE_NAME_OF, fold("من"), _AN) \
                    and not word.startswith("ال") and kept[0].group() not in CONSTRUCT_TITLES and not self._nisba(match) \
                    and not self._chain_to_a_name(match, subject_end):
                # «مسؤولان أمريكيان طلبا …»: an indefinite noun and its adjective; «وزير الخارجية …» goes on, and
                # so does a construct «صاحب إحدى العربات …», and a nisba after them («مصدر عسكري سوري», «وسائل
                # إعلام محلية»)
                break
            if len(kept) >= 3 and self._nisba(kept[2]) and not kept[2].group().startswith("ال") and not self._nisba(match):
                break  # «وسائل إعلام إسرائيلية بعض بنود الاتفاق»: past the nisba, only another one
            if len(kept) >= 3 and kept[-1].group().startswith("ال") and kept[-1].group().endswith(_ADJECTIVE_ENDINGS) \
                    and not word.startswith("ال") and not gap.strip() and not self._name_starts_at(match.start()) \
                    and word not in (_IN_THE_NAME_OF,) and not word.isdigit() and len(word) > 3 \
                    and self.words[self.first_word_at(cue_end) - 1].group().lstrip("و") in _ACCUSING_VERBS:
                break  # «واتهمت قرينة الرئيس الأمريكي وسائل الإعلام بأن …»: past her adjective, whom she accused

            kept.append(match)
        if len(kept) > 1 and kept[-1].group() in _AFFILIATED:
            kept.pop()  # «… التابع للأمم المتحدة», the body it belongs to untagged: no dangling «التابع»
        if not kept or len(kept) - inside > 6:
            return None
        a, b = self.original(kept[0].start(), kept[-1].end())
        return self.text[a:b].strip("\u200f\u200e\xa0 ")

    def _attributed_so(self, phrase: str, cue_start: int) -> str | None:
        """«…، وذلك حسبما قال مسؤول إسرائيلي بارز. وقال المسؤول إن …»: the one an attribution in the sentence
        right before named with the same noun, no one quoted since."""
        words = _WORD.findall(_fold(phrase))
        if len(words) != 1 or not words[0].startswith("ال") or words[0][2:] not in DESCRIPTIONS:
            return None
        previous = self._previous_sentence_start(cue_start)
        if previous is None or self._quoted_between(self.sentence_end(previous) + 1, cue_start):
            return None
        last = self.first_word_at(self.sentence_start(cue_start))
        for n in range(self.first_word_at(previous), last - 1):
            if self.words[n].group() in ATTRIBUTION and self.words[n + 1].group() != words[0]:
                at = n + 1 + (1 if n + 2 < last and self._is_cue_word(self.words[n + 1].group()) else 0)
            elif self.words[n].group().rstrip("ا") == words[0][2:] and n + 1 < last and (words[0][2:] in _AN_OFFICIAL or (
                    words[0][2:] not in CONSTRUCT_TITLES and "ال" + words[0][2:] not in TITLES)) and _is_nisba(self.words[n + 1].group()) \
                    and not self.words[n + 1].group().startswith("ال") and self.words[n + 1].group() not in _ONE_OF_THEM:
                at = n  # «وتناقضت تصريحاته مع تصريحات مسؤول دفاعي أميركي كبير …. وقال المسؤول»: named so just before
            else:
                continue
            if self.words[at].group().rstrip("ا") != words[0][2:]:
                continue
            end = at
            while end + 1 < last and (_is_nisba(self.words[end + 1].group()) or self.words[end + 1].group().rstrip("ا") in _OF_A_SOURCE) \
                    and not self.words[end + 1].group().startswith("ال"):
                end += 1  # «مسؤول إسرائيلي بارز», «مسؤول دفاعي أميركي كبير»: its adjectives
            if end + 2 < last and self.words[end + 1].group() == _IN_THE_NAME_OF and \
                    self.folded[self.words[end].end():self.words[end + 1].start()].strip() == "":
                # «بحسب متحدثة باسم رئاسة الحكومة. وقالت المتحدثة»: in whose name, the noun and what it governs
                end += 2
                while end + 1 < last and self.words[end + 1].group().startswith("ال") and \
                        self.folded[self.words[end].end():self.words[end + 1].start()].strip() == "":
                    end += 1
            return self.text[slice(*self.original(self.words[at].start(), self.words[end].end()))]
        return None

    def _circumstance_follows(self, index: int) -> bool:
        """Right after the verb, how or when it was said, not who said it: an active participle in the accusative
        («منتقدا», «مستشهدا», «ممازحا»; of the first form only those known, «ساخرا», «شاكرا»), a clause of time
        («بينما كان …», «فيما كان فلان يستمع», «أثناء استقباله …») or of presence («بحضور …»). A tagged name is never
        one («ماريا»)."""
        if index + 1 >= len(self.words) or self.folded[self.words[index].end():self.words[index + 1].start()].strip(" ،,"):
            return False
        following = self.words[index + 1]
        word = following.group()
        if self.within(self.back(following.start()), self.back(following.end()), whole=False):
            return False
        # (its alef the accusative's, not the pronoun of «محاميها», «مراسلنا», «مصادرنا» nor the dual of «منظمتا»;
        # «مقارنا», «معلنا» are participles)
        owner = word[:-2] if word.endswith(("ها", "نا", "تا")) else ""
        participle = word[:1] == "م" and word.endswith("ا") and len(word) >= 5 and not word.endswith(("ها", "تا")) and not (
            owner in DESCRIPTIONS or owner in HOLDERS or _bare(owner) in SUBJECT_HEADS)
        # («وقال أثناء استقباله فلانا», «خلال لقائه …»: during his own act; «وقال خلال المؤتمر وزير …» names one)
        his_act = word in _DURING and index + 2 < len(self.words) and _POSSESSIVE.search(self.words[index + 2].group()) is not None
        return participle or his_act or word in _DESCRIBING or word in ADVERBS or word in _HOW_OR_WHEN or word in _WITH_WHOM

    def _country_object_follows(self, index: int) -> bool:
        """A place without ال right after a past verb of «his» (not «لبنان»): she would take «حذرت», so it is his
        verb's object."""
        word = self.words[index].group()
        if _person(word) != "he" or word.lstrip("وف")[:1] in "يت" or index + 1 >= len(self.words):
            return False
        at = self.back(self.words[index + 1].start())
        place = next((e for e in self.within(at, at + 1, whole=False) if e.start == at), None)
        return place is not None and place.label == "GPE" and not _fold(place.text).startswith("ال") \
            and _fold(place.text) not in _HIS_COUNTRIES

    def _inside_found(self, entity) -> bool:
        """Whether a name lies inside the words of a quote already found."""
        at = bisect.bisect_right(self.quoted_spans, (entity.start, len(self.text) + 1)) - 1
        return at >= 0 and self.quoted_spans[at][0] <= entity.start and entity.end <= self.quoted_spans[at][1]

    def _kin_named(self, phrase: str, cue_start: int):
        """«وقال الأب» after «إلى والدها ماكسيميليان»: a relative by his tie to someone, the person last introduced
        with it («والدها», «زوجته», «شقيقه») before, in the last few paragraphs."""
        words = _WORD.findall(_fold(phrase))
        ties = _KIN.get(words[0]) if len(words) == 1 else None
        if not ties:
            return None
        a = self.back(cue_start)
        floor = max(0, a - 3000)
        for person in reversed([e for e in self.within(floor, a) if e.label == "PERSON"]):
            before = _WORD.findall(_fold(_own_sentence_before(self.text, person.start, 20)))[-1:]
            bare = re.sub(r"(?:ه|ها|هم|هما)$", "", before[0]) if before else ""
            if bare in ties or (bare[:1] == "و" and bare[1:] in ties):  # (the و of «والد» is its own)
                return person
        return None

    def _chain_to_a_name(self, match, subject_end: int) -> bool:
        """«أحد مستخدمي فيسبوك», «إدارة سلسلة متاجر نيو لوك»: a construct of bare nouns goes on when it ends, at
        this word or the next, on a tagged name."""
        if self._name_starts_at(match.start()):
            return True
        following = _WORD.search(self.folded, match.end(), subject_end)
        return following is not None and not self.folded[match.end():following.start()].strip() and \
            self._name_starts_at(following.start())

    def _kana_described(self, index: int) -> str | None:
        """«وكان المستشفى البريطاني الذي يعالج فيه فلان …، قد قال …», «وكان التلفزيون الرسمي قد أفاد»: a definite
        noun that can speak right after كان, and its adjectives, when «قد» stands right before the verb."""
        first = self.first_word_at(self.sentence_start(self.words[index].start()))
        if index < first + 3 or self.words[index - 1].group() != _QAD:
            return None
        kept = []
        for word in self.words[first + 1:index - 1]:
            if kept and (self.folded[kept[-1].end():word.start()].strip() or not word.group().endswith(_ADJECTIVE_ENDINGS)
                         or word.group() in RELATIVES):
                break
            kept.append(word)
        if not kept or not kept[0].group().startswith("ال") or _bare(kept[0].group()) not in SUBJECT_HEADS or \
                any(self._is_cue_word(w.group()) for w in kept):
            return None
        a, b = self.original(kept[0].start(), kept[-1].end())
        return None if self.within(a, b, whole=False) else self.text[a:b]

    def _nisba(self, match) -> bool:
        """Whether a word, as written, is an adjective of origin or kind: «سوري», «محلية», «فلسطينيون»; not
        «دعاوى» (ى, folded to ي), «ينفي» (a verb), «بي» (too short)."""
        written = "".join(c for c in self.text[slice(*self.original(*match.span()))] if not "\u064b" <= c <= "\u065f")
        written = written[1:] if written[:1] == "و" else written
        if len(written) < 4 or not written.endswith(("ي", "ية", "يون", "يين", "يان", "يتان")):
            return False
        # «ينفي», «تجري» are verbs; «تركي», «يمني» are the nisbas of a few nations on the same letters
        return not (written[:1] in "يت" and written.endswith("ي")) or written in _NISBAS_LIKE_VERBS

    def _inside_a_name(self, phrase_start: int, match) -> bool:
        """Whether a word goes on a tagged name begun before it, within the phrase."""
        a, b = self.back(match.start()), self.back(match.end())
        start = self.back(phrase_start)
        return any(start <= e.start < a and b <= e.end
                   for e in self.within(start, a, whole=False))

    def _name_starts_at(self, folded_at: int, past: int = 0) -> bool:
        """Whether a tagged name starts with the word at `folded_at` («لويزيانا» is a place, no لـ before it), or
        `past` letters into it."""
        at = self.back(folded_at) + past
        return any(e.start == at for e in self.within(at, at + 1, whole=False))

    def _glued_to_name(self, folded_at: int) -> bool:
        """Whether a tagged name starts right after the first letter of the word at `folded_at` («لبي بي سي»)."""
        return self._name_starts_at(folded_at, past=1)

    def _whose_words_before(self, index: int):
        """The person named in the cue's sentence within four words of «تصريحات», «تصريح لـ» or «كلام» before
        the name, the last such before the cue."""
        a = self.back(self.sentence_start(self.words[index].start()))
        for person in reversed([e for e in self.within(a, self.back(self.words[index].start())) if e.label == "PERSON"]):
            before = _WORD.findall(_fold(self.text[max(a, person.start - 60):person.start]))[-4:]
            if any(_bare(w[1:] if w[:2] == "لل" else w) in _UTTERANCE_STEMS for w in before):
                return person
        return None

    def _professor_at(self, phrase: str, cue_start: int):
        """«الأستاذ في قسم علم الوراثة بكلية الطب بجامعة هارفارد» after «البروفيسور ديفيد سينكلير من جامعة
        هارفارد»: the person introduced as a professor of the same tagged university, when only one was."""
        a = self.back(cue_start)
        folded = _fold(phrase)
        places = {_fold(e.text) for e in self.within(0, a) if e.label == "ORG" and _fold(e.text) in folded}
        if not places:
            return None
        introduced = []
        for person in self.within(0, a):
            if person.label != "PERSON":
                continue
            title = _WORD.findall(_fold(_own_sentence_before(self.text, person.start, 20)))[-1:]
            after = _fold(self.text[person.end:person.end + 40])
            if title and _bare(title[0]) == _PROFESSOR and any(place in after for place in places):
                introduced.append(person)
        return introduced[0] if len({_fold(p.text) for p in introduced}) == 1 else None

    def _linked(self, phrase: str, cue_start: int) -> tuple[int | None, str | None]:
        """A speaker named as a tagged entity is linked to it (the nearest mention before the quote)."""
        wanted = _fold(phrase)
        a = self.back(cue_start)
        mentions = self.by_text.get(wanted, [])
        if mentions:
            before = [e for e in mentions if e.start <= a]
            return (before[-1] if before else mentions[0]).id, None
        return None, phrase


_KIN_BODIES = _folded("أسرة عائلة عشيرة قبيلة")  # «مصادر من أسرة المراهق»
_ALLUDING = _folded("تلميح إشارة تلميحه إشارته")  # «في تلميح إلى فلان»
_DEMONSTRATIVES = _folded("هذه هذا تلك ذلك")  # «إحدى هذه الدول»
_HIM = fold("عنه")  # «ونقلت الوكالة عنه قوله»
_AIDES = _folded("مستشار مستشارة مساعد مساعدة نائب نائبة مبعوث مبعوثة")  # «مستشار فلان، فلان،»
_ANOTHER = _folded("الثاني الثانية الآخر الأخرى الثالث الثالثة")  # «المسؤول الثاني»
_DESCRIBING = _folded("واصفا واصفة واصفين واصفتين مخاطبا مخاطبة") | PARTICIPLES | CIRCUMSTANTIAL  # («وتابع مخاطبا الرئيس فلان»)
_PAST_A_CLAUSE = _DESCRIBING | _ALLUDING
# verbs of saying that take no object: a name right after their subject's place is the subject named («اتهم» has one)
_SAYING_NO_OBJECT = _folded("قال قالت أضاف أضافت تابع تابعت صرح صرحت أوضح أوضحت أكد أكدت ذكر ذكرت أشار أشارت")
_COUNTED = _folded("ثلاث ثلاثة أربع أربعة خمس خمسة ست ستة سبع سبعة ثماني ثمانية تسع تسعة عشر عشرة عشرات مئات آلاف")
_SOMEONE = _folded("شخص رجل امرأة سيدة أشخاص أفراد رجال نساء")  # «من شخص يزعم أنه …»: someone, who claims
_WRITINGS = _folded("كتاب تقرير دراسة وثيقة رسالة تعليق تعليقا لافتة")  # «ما جاء في كتاب جديد يقول إنه …»: the book says it
_APPOSITION_HEADS = _folded("أحد إحدى")  # «فلان أحد خبراء الملف»
_CALLED = _folded("يدعى تدعى يدعي تدعي")  # «شخص يدعى فلان»
_SINCE_WHERE = _folded("حيث إذ")  # «…، حيث قال»
_LED_BY = _folded("بقيادة برئاسة بإشراف")  # «فريق بقيادة فلان»: the team speaks
_WHERE = fold("حيث")
_SAYS_NOW, _WROTE_VERBS = _folded("يقول تقول يقولون"), _folded("كتب كتبت غرد غردت")  # «كتب ترامب … يقول»
_FROM_WORD = fold("من")  # «اتصالا من رجل … قال لها»
_COMPANIONS = _folded("رفاق أصدقاء زملاء أقارب مقربون مقربين مساعدون مساعدين مستشارون مستشارين صديق صديقة زميل زميلة "
                      "رفيق رفيقة مساعد مساعدة مستشار مستشارة قريب قريبة")
_HIS_HER_THEIR = _folded("له لها لهم")
_GENERAL_BARE = fold("عام")  # «مدعي عام»
_CAME_WORD = fold("جاء")  # «بيانا جاء فيه»
_MANAGEMENT = _folded("إدارة ادارة")  # «إدارة الموقع»: the body's own management
_DESCRIBED_REPORTS = _folded("تقرير تقريرا بيان بيانا نص نصا")
_IN_WHICH_PLACE = _folded("في خلال وفي")
_IN_WHICH = frozenset(fold(w) for w in "فيها فيه فيهما خلالها خلاله بشأنها بشأنه عنها عنه".split())  # «قال بشأنها العديد …»
_AS_FOR = frozenset(fold(w) for w in "بالنسبة فيما بخصوص وبالنسبة".split())


def _of_country(country: str, around: str) -> bool:
    """Whether a nisba in the folded words `around` names the country: «الروسي» روسيا, «الفرنسية» فرنسا,
    «المصري» مصر, «السعودي» السعودية (their common root, three letters at least)."""
    name = _fold(country)
    name = name[2:] if name.startswith("ال") else name
    for word in _WORD.findall(around):
        if not word.startswith("ال") or not word.endswith(("ي", "يه")):
            continue
        root = word[2:].removesuffix("يه").removesuffix("ي")
        if len(root) >= 3 and name.startswith(root):
            return True
    return False
