"""Quotes in Arabic news: the verb of saying, what it introduces, and who speaks.

Arabic reporting clauses run verb – subject – opening: «قال الرئيس السوري،
بشار الأسد، إن …», «وأضافت هايلي قولها: "…"», «مشيرا إلى أن …». The subject
may be long (a title, an office, «في تصريح لـCNN»), may hold a quoted name
(«حزب "النور"»), and the opening is a colon, a quotation mark or إن/أن. A
participle clause (مؤكدا أن …) is a quote of its own with the same speaker;
a bare «وأضاف أن …» continues the last speaker. Attributions after the words
(«، على حد تعبيره», «… هكذا رأى X») close a quote or make one. Everything is
matched on the folded text (harakat, tatweel and letter variants ignored) and
reported in code points of the stored text (CONTRACT §1).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from annotator.core.arabic import fold, fold_with_map
from annotator.core.model import Document
from annotator.core.text import is_grapheme_boundary

SPEAKER_LABELS = ("PERSON", "ORG", "NORP", "GPE")


@dataclass(frozen=True)
class QuoteSuggestion:
    start: int
    end: int
    cue: tuple[int, int]
    speaker: int | None = None  # an entity id of the document
    speaker_text: str | None = None
    speaker_span: tuple[int, int] | None = None  # where a speaker_text that looks like a name stands


def _folded(*words: str) -> frozenset[str]:
    return frozenset(fold(word) for text in words for word in text.split())


# Verbs that report speech, past and present, with their feminine and plural forms.
VERBS = _folded(
    "قال قالت قالوا قلن يقول تقول يقولون أضاف أضافت أضافوا يضيف تضيف أكد أكدت أكدوا يؤكد تؤكد يؤكدون",
    "أوضح أوضحت أوضحوا يوضح توضح أشار أشارت أشاروا يشير تشير تابع تابعت تابعوا لفت لفتت لفتوا يلفت",
    "أردف أردفت أعلن أعلنت أعلنوا يعلن تعلن ذكر ذكرت ذكروا صرح صرحت صرحوا يصرح تصرح كرر كررت يكرر",
    "نقل نقلت نقلوا يقر تقر أورد أوردت أوردوا",
    "شدد شددت شددوا يشدد تشدد اعتبر اعتبرت اعتبروا يعتبر تعتبر كشف كشفت كشفوا يكشف تكشف أفاد أفادت",
    "أبرز أبرزت اتهم اتهمت اتهموا يتهم حذر حذرت حذروا يحذر تحذر نفى نفت نفوا ينفي تنفي أجاب أجابت",
    "رد ردت ردوا رأى رأت رأوا يرى ترى زعم زعمت أقر أقرت اعترف اعترفت كتب كتبت غرد غردت أخبر أخبرت",
    "أخبر أخبرت أخبره أخبرها أخبرهم أخبرته أخبرتها أخبرتهم أبلغ أبلغت أبلغه أبلغها أبلغهم أبلغته أبلغتها أبلغتهم",
    "أفصح أفصحت تساءل تساءلت استطرد استطردت",
)
# Verbs of opinion and charge open only a clause (رأى أن …, اتهم … بأن …): «ترى نفسها» is no report.
NEEDS_THAT = _folded("قول رأى رأت رأوا يرى ترى اعتبر اعتبرت اعتبروا يعتبر تعتبر نفى نفت نفوا ينفي تنفي اتهم اتهمت اتهموا يتهم زعم زعمت "
                     "أعلن أعلنت أعلنوا يعلن تعلن")  # «أعلن المكتب اعتقال … في تنظيم "الدولة"»: a noun follows, not speech
# Participles that add a quote to the clause before them: قائلاً، مشيرةً، مؤكدين …
PARTICIPLES = _folded(
    "قائلا قائلة قائلين قائلات مضيفا مضيفة مضيفين مؤكدا مؤكدة مؤكدين مشيرا مشيرة مشيرين لافتا لافتة لافتين",
    "معتبرا معتبرة معتبرين موضحا موضحة موضحين مبينا مبينة مبينين مشددا مشددة مشددين متابعا متابعة",
    "محذرا محذرة محذرين متهما متهمة متهمين كاشفا كاشفة مستطردا مستطردة متسائلا متسائلة معللا معللة",
)
# «وتابع قائلا:»: the participle belongs to the verb before it, not to a quote of its own.
SAYING_PARTICIPLES = _folded("قائلا قائلة قائلين قائلات بالقول قولها قوله")
# «في بيان … أن …»: a statement named where no verb of saying stands.
NOUN_CUES = _folded("بيان تصريح تصريحات تغريدة")
# بيّن (explained) folds to بين (between): a verb with its shadda, or when it opens a clause and an
# إن/أن follows its subject.
AMBIGUOUS_VERBS = _folded("بين بينت")
SHADDA = "\u0651"
THAT = _folded("أن إن أنه إنه أنها إنها أنهم إنهم أنهن أنني إنني أننا إننا بأن بأنه بأنها بأنهم بأننا")
TWO_WORD_THAT = {(fold("إلى"), fold("أن")), (fold("على"), fold("أن")), (fold("إلى"), fold("أنه")),
                 (fold("على"), fold("أنه")), (fold("إلى"), fold("أنها")), (fold("إلى"), fold("انه"))}
# Words that begin an attribution after the quoted words: the quote ends before them.
ATTRIBUTION = _folded("وفقا وفق حسب بحسب حسبما وفقاً نقلا نقلته وذلك بحسبما")
# After a comma these begin the reporter's own words: «…، وهو أبرز رفض …».
ASIDES = _folded("وهو وهي وهم وهذا وهذه وذلك وتلك")
# «…، لكنه كرر أن …»: a new statement when a verb of saying follows; otherwise the words go on.
BUTS = _folded("لكن لكنه لكنها ولكن ولكنه ولكنها")
TITLES = _folded("الرئيس الملك الأمير الوزير الوزيرة السفير السفيرة المتحدث المتحدثة الزعيم الأمين المبعوث "
                 "النائب المستشار القائد العاهل المسؤول المسؤولة اللاعب المدرب النجم المهاجم الحارس الظهير المدافع")
# The same titles in a construct, «رئيس الحكومة», «وزير الخارجية»: definite through the noun after them.
CONSTRUCT_TITLES = _folded("رئيس رئيسة وزير وزيرة سفير متحدث متحدثة أمين مبعوث نائب مستشار قائد زعيم مدير مديرة "
                           "لاعب مدرب نجم مهاجم حارس")
# Circumstantial participles that add the reporter's account, not more reported words: «، حاضا إياه …».
CIRCUMSTANTIAL = _folded("حاضا حاثا داعيا مطالبا معربا متعهدا واعدا ناصحا مذكرا مبديا مستبعدا مرجحا حاضة داعية مطالبة معربة")
ADVERBS = _folded("أيضا كذلك بدوره بدورها جهته جانبه ايضا مرارا تكرارا سابقا لاحقا مجددا مؤخرا حاليا")
ATTRIBUTION_PHRASES = [fold(p) for p in ("على حد تعبير", "على حد قول", "كما نقلت", "كما نقل", "جاء ذلك")]
POSTPOSED = [fold(p) for p in ("على حد تعبير", "حسب قول", "بحسب قول", "حسب تعبير", "بحسب تعبير", "وفق تعبير")]
# Prepositions that govern a name: it is whom or where one spoke, not who spoke.
GOVERNING = _folded("في عن من مع على إلى لدى أمام عبر خلال باسم ل لـ بين حول بشأن تجاه ضد عند بعد قبل منذ نحو عبر لصالح")
TIME_WORDS = _folded("السبت الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة أمس اليوم مساء صباح ليلة فجر الماضي "
                     "مطلع أواخر أوائل منتصف نهاية بداية الشهر الأسبوع العام غداة عشية")
# Who holds a name without being it: «أسرة السراديح», «محامي سارة».
HOLDERS = _folded("أسرة عائلة محامي محامية أقارب مكتب حملة فريق أنصار مؤيدو معارضو مراسل مراسلة "
                  "زوجة زوج ابن ابنة نجل نجلة شقيق شقيقة والد والدة")
RELATIVES = _folded("التي الذي الذين اللتان اللذان")
# Words that describe who spoke without naming them: no entity is proposed for «مصدر مسؤول».
DESCRIPTIONS = _folded("مسؤول مسؤولة مسؤولون مسؤولين مسؤولان مصدر مصادر متحدث متحدثة مراسل مراسلة تقارير مراقبون "
                       "مراقبين خبراء خبير محللون محلل شهود شاهد سكان نشطاء ناشطون مواطنون وزير وزيرة رئيس نائب "
                       "قاض قاضي مدير مديرة عضو أعضاء دبلوماسي دبلوماسيون ضابط جنود مقاتلون بيان تقرير وكالة أسرة عائلة")
NOT_NAMES = _folded("قوله قولها قائلا قائلة تصريح تصريحات مقابلة بيان حديث كلمة تغريدة "
                    "ثقته ثقتها رغبته رغبتها نيته نيتها استعداده استعدادها رفضه رفضها تأييده تأييدها دعمه دعمها "
                    "قلقه قلقها أمله أملها ترحيبه ترحيبها")  # «أكد ثقته في أن …»: what he expressed, not who
# Kinds of body: «وأضافت الشركة» after a quote of «تويتر» is the same body speaking on.
BODY_KINDS = _folded("الشركة المنظمة الوزارة الحركة الحزب الجماعة الهيئة الوكالة الصحيفة المحكمة الجامعة المجلس "
                     "الموقع القناة الشرطة الجيش المؤسسة البنك الصندوق الاتحاد اللجنة المكتب الحكومة النادي")
CLAUSE_JOINERS = _folded("فيما بينما كما حيث")
_NEGATIONS = _folded("لم ولم فلم لن ولن لا ولا")
# A preposition with its pronoun, «قال فيها», «قال له», never part of a speaker's name; nor a negation
# («مصدر لم يذكر اسمه»).
_PRONOUN_PREPOSITIONS = _folded("فيها فيه فيهم عنها عنه عنهم منها منه منهم له لها لهم عليها عليه بها به معه معها")
# Back-references that name no one themselves: whoever was quoted last is meant.
_SOURCES = _folded("المصدر المصادر")
_SAYING = fold("قول")
_SAME = _folded("نفسه نفسها ذاته ذاتها")
_KANA = _folded("كان كانت وكان وكانت")
# «عدد من رواد مواقع التواصل»: a part of a group, the group named after من
_QUANTITIES = _folded("عدد بعض أحد إحدى كثير كثيرون عشرات مئات آلاف غالبية معظم أغلب جميع")
_IN_THE_NAME_OF = fold("باسم")  # «المتحدث باسم الوزارة» is one description
_OPENING = {"«": "»", "“": "”", '"': '"', "„": "“", "'": "'"}
_WORD = re.compile(r"[^\W_]+")
_SENTENCE_END = re.compile(r"[!?؟\n]|\.(?![\d\w.])(?<!\b\w\.)")
_MAX_SUBJECT_WORDS = 30  # «أكد المستشار لدى … في تصريح لـ"…" اليوم … أن …» runs long
_PARTICIPLE_REACH = 8  # words between a participle and its إلى أن / colon
_FAR = 20_000  # characters back where a title or a kind of body is looked for: a long page is no article
_MIN_QUOTE = 6  # characters: shorter is no statement


def _closing_before_comma(gap: str) -> int | None:
    """Where a closing quotation mark stands in the gap between two words, if a comma follows it."""
    marks = [i for i, char in enumerate(gap) if char in "\"”»"]
    commas = [i for i, char in enumerate(gap) if char in "،,"]
    return marks[0] if marks and commas and marks[0] < commas[0] else None


def _bare(word: str) -> str:
    """A folded word without و/ف, ال and the feminine ending, for «المصدر» to meet «مصدر». The conjunction
    goes only before ال: the و of «وزارة» and «وزير» is the word's own."""
    word = word[1:] if word[:1] in "وف" and word[1:3] == "ال" and len(word) > 4 else word
    word = word[2:] if word.startswith("ال") and len(word) > 3 else word
    return word[:-1] if word[-1:] in "هة" and len(word) > 3 else word


def cue_edges(text: str, start: int, end: int) -> tuple[int, int]:
    """A cue as the analyst selected it, without its conjunction when the rest is a verb of saying
    (وقال → قال), so that cues made by hand and suggested ones agree."""
    word = fold(text[start:end])
    if word[:1] in "وف" and (word[1:] in VERBS or word[1:] in PARTICIPLES or word[1:] in AMBIGUOUS_VERBS):
        return start + 1, end
    return start, end


def quote_suggestions(document: Document) -> list[QuoteSuggestion]:
    return _Reader(document).quotes()


class _Reader:
    """One document's folded text, its words and sentences, and the names already tagged in it."""

    def __init__(self, document: Document):
        self.text = document.text
        self.folded, self.back = fold_with_map(document.text)
        self.words = list(_WORD.finditer(self.folded))
        self.index_at = {word.start(): index for index, word in enumerate(self.words)}
        self.word_starts = [word.start() for word in self.words]
        self.sentence_ends = [m.start() for m in _SENTENCE_END.finditer(self.folded)]
        tagged = sorted((e for e in document.entities if e.label in SPEAKER_LABELS and not e.suggested), key=lambda e: e.start)
        self.entities = self._with_other_mentions(tagged, document.entities)
        # Looked up by place, text and id for every cue: a long document with thousands of names stays linear.
        self.entity_starts = [e.start for e in self.entities]
        self.by_text: dict[str, list] = {}
        self.by_id: dict = {}
        for entity in self.entities:
            self.by_text.setdefault(fold(entity.text), []).append(entity)
            self.by_id.setdefault(entity.id, entity)
        self.found: list[tuple[QuoteSuggestion, int, int]] = []  # with the folded span it took
        self.found_spans: list[tuple[int, int]] = []  # the same spans, in order

    def _with_other_mentions(self, tagged: list, everything: list) -> list:
        """The tagged names and every other mention of them: an analyst tags «ترامب» once, and «وقال ترامب»
        further on is the same speaker. Whole words only, a proclitic (و، ف، ب، ل، ك) aside; a mention keeps
        the id of the tagged one nearest before it (else the first), so that a quote links to it."""
        by_name: dict[str, list] = {}
        for entity in tagged:
            key = fold(entity.text).strip()
            if len(key) >= 2 and _WORD.fullmatch(key.replace(" ", "")):
                by_name.setdefault(key, []).append(entity)
        if not by_name:
            return tagged
        import bisect
        from dataclasses import replace

        names = "|".join(re.escape(name) for name in sorted(by_name, key=len, reverse=True))
        pattern = re.compile(rf"(?<![^\W_])(?:[وف]?[بلك]|[وف])?({names})(?![^\W_])")
        starts_of = {name: [e.start for e in mentions] for name, mentions in by_name.items()}
        spans = sorted((e.start, e.end) for e in everything if not e.suggested)  # an offered mention is no tag yet
        starts = [a for a, _ in spans]
        found = []
        for match in pattern.finditer(self.folded):
            a, b = self.original(match.start(1), match.end(1))
            at = bisect.bisect_left(starts, b)
            if any(x < b and a < y for x, y in spans[max(0, at - 8):at]):
                continue  # tagged already, or inside a longer tagged name
            mentions = by_name[match.group(1)]
            nearest = bisect.bisect_left(starts_of[match.group(1)], a)
            found.append(replace(mentions[nearest - 1] if nearest else mentions[0], start=a, end=b, text=self.text[a:b]))
        return sorted(tagged + found, key=lambda e: e.start)

    def remember(self, found: tuple[QuoteSuggestion, int, int]) -> None:
        import bisect

        self.found.append(found)
        bisect.insort(self.found_spans, (found[1], found[2]))

    def _quoted_between(self, a: int, b: int) -> bool:
        """Whether a quote already found starts in [a, b)."""
        import bisect

        at = bisect.bisect_left(self.found_spans, (a, -1))
        return at < len(self.found_spans) and self.found_spans[at][0] < b

    def first_word_at(self, position: int) -> int:
        """The index of the first word starting at or after `position`."""
        import bisect

        return bisect.bisect_left(self.word_starts, position)

    def within(self, a: int, b: int, *, whole: bool = True) -> list:
        """The names that start at or after `a` and end by `b` (with `whole`), or just start before `b`."""
        import bisect

        found = self.entities[bisect.bisect_left(self.entity_starts, a):bisect.bisect_left(self.entity_starts, b)]
        return [e for e in found if e.end <= b] if whole else found

    # --- the shape of the text ---------------------------------------------------------

    def sentence_end(self, at: int) -> int:
        import bisect

        index = bisect.bisect_right(self.sentence_ends, at)
        return self.sentence_ends[index] if index < len(self.sentence_ends) else len(self.folded)

    def sentence_start(self, at: int) -> int:
        import bisect

        index = bisect.bisect_left(self.sentence_ends, at)
        return self.sentence_ends[index - 1] + 1 if index else 0

    def paragraph_end(self, at: int) -> int:
        end = self.folded.find("\n", at)
        return len(self.folded) if end == -1 else end

    def original(self, start: int, end: int) -> tuple[int, int]:
        """Folded start-end as offsets of the stored text, whole graphemes."""
        a = self.back(start) if start < len(self.folded) else len(self.text)
        b = self.back(end - 1) + 1 if end > 0 else 0
        while b < len(self.text) and not is_grapheme_boundary(self.text, b):
            b += 1
        return a, b

    # --- cues ------------------------------------------------------------------------

    def cue_kind(self, index: int) -> str | None:
        """'verb', 'participle' or None for the word at `index` (a conjunction و/ف may lead it)."""
        word = self.words[index].group()
        if index and self.words[index - 1].group() in _NEGATIONS:
            return None  # «ولم يكشف الطرفان عن …»: nothing was said
        for candidate, skip in ((word, 0), (word[1:], 1) if word[:1] in "وف" and len(word) > 3 else (None, 0)):
            if not candidate:
                continue
            if candidate in VERBS:
                return "verb"
            if candidate in PARTICIPLES:
                return "participle"
            if candidate in NOUN_CUES and index and self.words[index - 1].group() in _folded("في"):
                return "noun"
            if candidate == _SAYING and (self.opening(index, "verb") or ("",))[0] == "that":
                return "verb"  # «غداة قول رئيس الوزراء، فلان، إن …»: the verbal noun with its own إن
            if candidate in AMBIGUOUS_VERBS and (
                    SHADDA in self.text[slice(*self.original(*self.words[index].span()))]
                    or (self._opens_clause(index) and self._that_follows(index))):
                return "verb"
        return None

    def cue_span(self, index: int) -> tuple[int, int]:
        word = self.words[index]
        skip = 1 if word.group()[:1] in "وف" and word.group()[1:] in VERBS | PARTICIPLES | AMBIGUOUS_VERBS else 0
        return word.start() + skip, word.end()

    def _opens_clause(self, index: int) -> bool:
        if index == 0:
            return True
        before = self.folded[self.words[index - 1].end():self.words[index].start()]
        return any(mark in before for mark in "،,.:\n") or self.words[index].group()[:1] == "و" or self.words[index - 1].group() in CLAUSE_JOINERS

    def _that_follows(self, index: int) -> bool:
        limit = self.sentence_end(self.words[index].end())
        for word in self.words[index + 1:index + 14]:
            if word.start() > limit:
                return False
            if word.group() in THAT:
                return True
        return False

    # --- openings and ends -------------------------------------------------------------

    def opening(self, index: int, kind: str):
        """(mode, subject end, content start) after the cue at `index`, or None when nothing opens."""
        after = self.words[index].end()
        limit = self.sentence_end(after)
        reach = _PARTICIPLE_REACH if kind == "participle" else _MAX_SUBJECT_WORDS
        position, counted = after, 0
        while position < limit:
            char = self.folded[position]
            if char == ":":
                following = position + 1 + len(self.folded[position + 1:]) - len(self.folded[position + 1:].lstrip())
                if following < len(self.folded) and self.folded[following] in _OPENING:
                    return "mark", position, following + 1
                return "colon", position, following
            if char in _OPENING and _WORD.match(self.folded, position + 1):
                close = self.closing(position)
                if close is not None and (self._quoted_name(position, close) or (
                        kind == "participle" and counted >= 2 and len(_WORD.findall(self.folded, position, close)) <= 3)):
                    # «مؤكدا معلومات للقنوات "تي إف 1" و"إل سي إي"»: a name or term a few words on, not speech
                    position = close + 1
                    continue
                if self._needs_that(index):
                    return None
                return "mark", position, position + 1
            match = _WORD.match(self.folded, position)
            if match is None:
                position += 1
                continue
            word = match.group()
            following = _WORD.search(self.folded, match.end())
            if word in THAT:
                if counted and self.words[self.index_at[match.start()] - 1].group() == fold("علما"):
                    return None  # «، علما أنه …»: the reporter's own note
                return "that", match.start(), match.end() + 1
            if following and (word, following.group()) in TWO_WORD_THAT and self._written_with_alef_maqsura(match):
                return "that", match.start(), following.end() + 1
            counted += 1
            if counted > reach or (self._is_cue_word(word) and word not in SAYING_PARTICIPLES):
                return None
            position = match.end()
        return None

    def _written_with_alef_maqsura(self, match) -> bool:
        """على/إلى as written: the fold makes the name علي look like the preposition."""
        a, b = self.original(match.start(), match.end())
        return self.text[a:b].rstrip("\u064b-\u065f").endswith("ى")

    def _saying_follows(self, match) -> bool:
        """A verb of saying with its own opening within the next two words («لكنه كرر أنه …»)."""
        index = self.index_at[match.start()]
        for following in range(index + 1, min(len(self.words), index + 3)):
            if self.cue_kind(following) == "verb" and self.opening(following, "verb") is not None:
                return True
        return False

    def _needs_that(self, index: int) -> bool:
        word = self.words[index].group()
        bare = word[1:] if word[:1] in "وف" else word
        return word in NEEDS_THAT or bare in NEEDS_THAT or word in NOUN_CUES or bare in NOUN_CUES

    def _is_cue_word(self, word: str) -> bool:
        bare = word[1:] if word[:1] in "وف" else word
        return word in VERBS or bare in VERBS or word in PARTICIPLES or bare in PARTICIPLES

    def closing(self, opening: int) -> int | None:
        mark = _OPENING.get(self.folded[opening], '"')
        close = self.folded.find(mark, opening + 1)
        if mark == "»":
            close = close if close != -1 else self.folded.find('"', opening + 1)
        paragraph = self.paragraph_end(opening)
        return close if close != -1 and close < paragraph else None

    def _quoted_name(self, opening: int, close: int) -> bool:
        """A few words in quotation marks with the sentence going on: a name or a title, not speech."""
        words = _WORD.findall(self.folded, opening, close)
        after = self.folded[close + 1:close + 30].lstrip(" ")
        if len(words) <= 3 and after[:1] == ":":
            return True  # «في تغريدة على موقع "تويتر": "…"»
        if len(words) <= 3 and after[:1] in "،,":
            # «قالت شركة "لافارج"، عملاق صناعة الإسمنت، إنه …»: an apposition, then the complementiser; but
            # «"أتقبل النتائج"، معتبرا أن …» goes on with a verb of saying: that is speech.
            for word in _WORD.findall(self.folded, close + 1, self.sentence_end(close + 1))[:8]:
                if word in THAT:
                    return True
                if self._is_cue_word(word):
                    return False
            return False
        # «حزب "النور" إن …» goes on with a word; «"أتقبل النتائج"، معتبرا …» stops: that is speech.
        return len(words) <= 3 and bool(after) and _WORD.match(after) is not None

    def content_end(self, mode: str, start: int) -> int:
        if mode == "mark":
            close = self.closing(start - 1)
            return close if close is not None else self.paragraph_end(start)
        end = self.paragraph_end(start) if mode == "colon" else self.sentence_end(start)
        if mode == "colon":
            end = self._narration_resumes(start, end)
        return self.clause_end(start, end)

    def _narration_resumes(self, start: int, end: int) -> int:
        """Words after a colon, with no quotation marks, run to the paragraph's end; but a paragraph may be the
        whole article, and the reporter takes over at a sentence that opens on و and names someone in its first
        words («… لا تهم. وفازت فرنسا بالمركز الأول …», «… مستوانا. ويحتل أرسنال المركز السادس …»)."""
        at = self.sentence_end(start)
        while at < end:
            following = self.first_word_at(at + 1)
            opening = self.words[following:following + 3]
            if opening and opening[0].start() < end and opening[0].group()[:1] == "و" and \
                    opening[0].group() not in ASIDES and self.within(self.back(opening[0].start()), self.back(opening[-1].end())):
                return at
            at = self.sentence_end(at + 1)
        return end

    def clause_end(self, start: int, end: int, *, quoted: bool = False) -> int:
        """Where reported words stop before `end`: an attribution, a participle or a joined verb of saying.
        Inside quotation marks (`quoted`) only a participle that opens its own quote or an attribution ends them."""
        previous = None
        for match in _WORD.finditer(self.folded, start, end):
            word = match.group()
            gap = self.folded[previous.end():match.start()] if previous else ""
            after_comma = any(mark in gap for mark in "،,")
            bare = word[1:] if word[:1] in "وف" and len(word) > 3 else word
            closed = _closing_before_comma(gap)
            if after_comma and not quoted and closed is not None:
                return previous.end() + closed + 1  # «… "في الوقت الحالي"، من دون …»: the quoted words end it
            if after_comma and word in BUTS and self._saying_follows(match):
                return previous.end()
            if after_comma and (word in ATTRIBUTION or (not quoted and (bare in PARTICIPLES or word in CLAUSE_JOINERS
                                                                         or word in ASIDES or bare in CIRCUMSTANTIAL))):
                return previous.end()
            if previous is not None and bare in PARTICIPLES and word not in SAYING_PARTICIPLES and \
                    self.opening(self.index_at[match.start()], "participle") is not None:
                return previous.end()  # «… الخيرية معللا ذلك بأنها …»: the participle opens its own quote
            if after_comma and any(self.folded.startswith(phrase, match.start()) for phrase in ATTRIBUTION_PHRASES):
                return previous.end()
            if previous is not None and not quoted and word[:1] == "و" and word[1:] in VERBS and (
                    after_comma or self.opening(self.index_at[match.start()], "verb") is not None):
                return previous.end()  # «…، وأضاف أن …»: the next statement begins
            if after_comma and not quoted and word in VERBS and \
                    self.opening(self.index_at[match.start()], "verb") is not None:
                return previous.end()  # «وفي حين قال مصدر إن …، أشارت مصادر أخرى إلى أن …»: another speaker
            previous = match
        return end

    # --- the quotes ---------------------------------------------------------------------

    def quotes(self) -> list[QuoteSuggestion]:
        taken_until = -1
        for index in range(len(self.words)):
            kind = self.cue_kind(index)
            if kind is None or self.words[index].start() < taken_until or self._attributed(index):
                continue
            found = self.quote_at(index, kind)
            if found is not None:
                suggestion, start, end = found
                self.remember(found)
                taken_until = end
        self._postposed()
        return [suggestion for suggestion, _, _ in sorted(self.found, key=lambda f: f[1])]

    def quote_at(self, index: int, kind: str):
        opening = self.opening(index, kind)
        if opening is None:
            return None
        mode, subject_end, content_start = opening
        content_end = self.content_end(mode, content_start)
        if mode == "that":
            content_start, content_end = self._unwrapped(content_start, content_end)
            # «ونقلت الوكالة أن فلان، نائب الوزير، أوضح أن …»: the apposition's comma does not hide the verb
            inner = self._inner_report(content_start, max(content_end, self.sentence_end(content_start)))
            if inner is not None:
                return None  # «قال مسؤول إن الرئيس قال إنه …»: the report inside is the quote
        start, end = self._trimmed(content_start, content_end)
        if end - start < _MIN_QUOTE:
            return None
        cue = self.original(*self.cue_span(index))
        speaker, speaker_text = self.speaker(index, kind, subject_end)
        span = self._name_span(speaker_text, cue[1]) if speaker_text else None
        return QuoteSuggestion(*self.original(start, end), cue, speaker, speaker_text, span), start, end

    def _name_span(self, phrase: str, after: int) -> tuple[int, int] | None:
        """Where a speaker phrase stands right after the cue, if it reads as a person's name: two or
        three words, no article, no description («مصدر مسؤول», «مسؤولون», «المتحدث») and no title."""
        words = phrase.split()
        folded = [fold(word) for word in words]
        if not 2 <= len(words) <= 3 or any(w.startswith("ال") or w in DESCRIPTIONS or w in TITLES for w in folded):
            return None
        at = self.text.find(phrase, after, after + 200)
        return (at, at + len(phrase)) if at != -1 else None

    def _attributed(self, index: int) -> bool:
        """«حسبما ذكرت …», «وفق ما قال …»: a source named, no quote opened."""
        start = self.sentence_start(self.words[index].start())
        for word in self.words[max(0, index - 2):index]:
            if word.start() >= start and word.group() in ATTRIBUTION | _folded("ما لما كما"):
                if word.group() in _folded("كما") and self.words[index - 1] is word:
                    continue  # «كما أكد أن …» reports
                if word.group() == fold("ما") and self.words[index - 1] is word and index > 1 and \
                        self.words[index - 2].group() in _folded("عادة غالبا كثيرا دائما وعادة وغالبا"):
                    continue  # «وعادة ما يقول التحالف إنه …» reports
                return True
        return False

    def _unwrapped(self, start: int, end: int) -> tuple[int, int]:
        """إن "…" when the marks hold the whole clause: the words inside them."""
        while start < end and self.folded[start] == " ":
            start += 1
        if start < end and self.folded[start] in _OPENING:
            close = self.closing(start)
            if close is not None and close < end + 2 and not _WORD.search(self.folded, close + 1, max(close + 1, end)):
                return start + 1, close
            if close is not None and close >= end:
                return start + 1, min(close, self.clause_end(start + 1, close, quoted=True))
        return start, end

    def _inner_report(self, start: int, end: int):
        """«قال مسؤول إن الرئيس ترامب قال إنه …»: a tagged name opening the clause, then its own verb of saying."""
        a, b = self.original(start, min(end, start + 60))
        names = [e for e in self.within(a, b, whole=False) if e.label in ("PERSON", "ORG")]
        if not names:
            return None
        for offset, match in enumerate(_WORD.finditer(self.folded, start, end)):
            if offset > 6:
                return None
            index = self.index_at[match.start()]
            kind = self.cue_kind(index)
            if kind == "verb" and self.opening(index, kind) is not None:
                # the name must stand before its verb: «إن المهاجم الذي أعلن أنه يرتبط بداعش» reports no report
                verb_at = self.back(match.start())
                return index if any(e.end <= verb_at for e in names) else None
        return None

    def _trimmed(self, start: int, end: int) -> tuple[int, int]:
        """The words, without spaces, final punctuation or a closing mark whose opening is not inside."""
        while start < end and self.folded[start].isspace():
            start += 1
        while end > start:
            char = self.folded[end - 1]
            if char.isspace() or char in ".،,؛;:!?؟":
                end -= 1
            elif char in "»”\"'" and not self._opened_inside(start, end - 1, char):
                end -= 1
            else:
                break
        return start, end

    def _opened_inside(self, start: int, close: int, char: str) -> bool:
        openers = {"»": "«", "”": "“", '"': '"', "'": "'"}[char]
        inside = self.folded[start:close]
        if char in "\"'":
            return inside.count(char) % 2 == 1 and self.folded[close - 1] not in " .،,؛;:!?؟"
        return openers in inside and self.folded[close - 1] not in " .،,؛;:!?؟"

    # --- post-posed attributions ------------------------------------------------------------

    def _postposed(self) -> None:
        """«"…"، على حد تعبيره» and «"…" هكذا رأى X»: quoted words whose attribution follows them."""
        import bisect

        claimed = list(self.found_spans)
        claimed_starts = [a for a, _ in claimed]
        for match in re.finditer(r'(?<![\w])[«“"](?=\w)', self.folded):
            opening = match.start()
            at = bisect.bisect_right(claimed_starts, opening + 1)
            if at and claimed[at - 1][0] - 1 <= opening <= claimed[at - 1][1]:
                continue  # quoted words a verb of saying already took
            close = self.closing(opening)
            if close is None or len(_WORD.findall(self.folded, opening, close)) < 4:
                continue
            after = self.folded[close + 1:close + 40].lstrip(" .،,")
            cue = None
            for phrase in POSTPOSED:
                if after.startswith(phrase):
                    at = close + 1 + self.folded[close + 1:].index(phrase)
                    cue = (at, at + len(phrase))
            if after.startswith(fold("هكذا")):
                verb = _WORD.search(self.folded, close + 1 + self.folded[close + 1:].index(fold("هكذا")) + 5)
                if verb and (verb.group() in VERBS):
                    cue = verb.span()
            if cue is None:
                continue
            start, end = self._trimmed(opening + 1, close)
            index = next(i for i, w in enumerate(self.words) if w.start() >= cue[0])  # the cue's own word
            speaker, speaker_text = self.speaker(index, "verb", self.sentence_end(cue[1]))
            self.remember((QuoteSuggestion(*self.original(start, end), self.original(*cue), speaker, speaker_text), start, end))

    # --- who said it ------------------------------------------------------------------------

    def speaker(self, index: int, kind: str, subject_end: int) -> tuple[int | None, str | None]:
        cue_start, cue_end = self.words[index].start(), self.words[index].end()
        if kind == "participle":
            return self._continued(cue_start, far=False)
        a, b = self.original(cue_end, subject_end) if subject_end > cue_end else (self.back(cue_end), self.back(cue_end))
        region = self.within(a, b)
        if kind == "noun":  # «في بيان لـX …»: the statement's author, glued ل and all
            return (region[0].id, None) if region else self._continued(cue_start)
        antecedent = self._antecedent(index)
        if antecedent is not None:
            return antecedent
        if self._is_transmission(index):  # «نقلت الوكالة عن الوزير قوله …»: the one quoted speaks
            quoted = self._after_an(region, cue_end, subject_end)
            if quoted is not None:
                return quoted
        named = [e for e in region if not self._governed(e)]
        if named and self._in_construct(named[0]) and all(e.label != "PERSON" for e in named):
            # «وأضاف لاعب برشلونة السابق»: the club names whose player speaks; the player introduced so before
            titled = self._earlier_name(cue_start, self.text[named[0].start - 30:named[0].start], titled_only=True)
            if titled is not None:
                return titled.id, None
        for entity in named:
            held = self._holder(entity)
            if held:
                return None, held
        person = next((e for e in named if e.label == "PERSON"), None)
        if person is not None:
            return person.id, None
        # «وذكرت تقارير بأنه …»: a verb opening its clause with و has its own subject after it.
        own_subject = self.words[index].group()[:1] in "وف" and self._name_phrase(cue_end, subject_end)
        if not own_subject and not named and not self._name_phrase(cue_end, subject_end):
            subject = self._clause_subject(index)
            if subject is not None:
                return subject.id, None
        before = None if own_subject else self._subject_before(cue_start)
        if before is not None:
            return before.id, None
        for label in ("ORG", "NORP", "GPE"):
            chosen = next((e for e in named if e.label == label), None)
            if chosen:
                return chosen.id, None
        phrase = self._name_phrase(cue_end, subject_end)
        if phrase and fold(phrase) == fold("البيان"):
            author = self._statement_author(cue_start)
            if author is not None:
                return author
            # «وفي بيان مشترك، قال الزوجان …» then «وأضاف البيان …»: the statement goes on for its authors.
            continued = self._continued(cue_start, quotes_only=True)
            if continued != (None, None):
                return continued
        if phrase and self._refers_back(phrase):
            described = None if self._is_title(phrase) else self._described(phrase, cue_start)
            if described is not None:
                return described.id, None
            continued = self._continued(cue_start, quotes_only=True)
            if continued != (None, None) and (fold(phrase) in _SOURCES or self._may_be(phrase, continued)):
                return continued
            earlier = self._earlier_name(cue_start, phrase) if self._is_title(phrase) else None
            if earlier is not None:
                return earlier.id, None
        if phrase:
            return self._linked(phrase, cue_start)
        return self._continued(cue_start)

    def _is_transmission(self, index: int) -> bool:
        word = self.words[index].group()
        return (word[1:] if word[:1] in "وف" else word) in _folded("نقل نقلت نقلوا")

    def _after_an(self, region, cue_end: int, subject_end: int) -> tuple[int | None, str | None] | None:
        """Who is quoted in «نقلت الوكالة عن الوزير قوله …»: the name after «عن», tagged or not."""
        for entity in region:
            before = self.text[max(0, entity.start - 6):entity.start].split()
            if before and fold(before[-1]) == fold("عن"):
                return entity.id, None
        for match in _WORD.finditer(self.folded, cue_end, subject_end):
            if match.group() == fold("عن"):
                phrase = self._name_phrase(match.end(), subject_end)
                if phrase and self._is_title(phrase):  # «عن الوزير الإسرائيلي قوله»: the minister named before
                    earlier = self._earlier_name(self.words[self.index_at[match.start()]].start(), phrase)
                    if earlier is not None:
                        return earlier.id, None
                return self._linked(phrase, self.words[self.index_at[match.start()]].start()) if phrase else None
        return None

    def _statement_author(self, cue_start: int) -> tuple[int | None, str | None] | None:
        """«وأشار البيان»: the body whose statement («بيان للقيادة المركزية …») was named before."""
        a = self.back(cue_start)
        for match in reversed(list(re.finditer(fold("بيان"), self.folded[:cue_start]))):
            after = [e for e in self.within(self.back(match.end()), self.back(match.end()) + 12, whole=False)
                     if e.label in ("ORG", "PERSON", "GPE") and e.end <= a]
            if after:
                return after[0].id, None
        return None

    def _in_construct(self, entity) -> bool:
        """«لاعب برشلونة», «وزير خارجية إيران»: a name that completes a title, one or two words after it."""
        before = _WORD.findall(fold(self.text[max(0, entity.start - 30):entity.start]))[-2:]
        return any(word in CONSTRUCT_TITLES for word in before)

    def _earlier_name(self, cue_start: int, title: str | None = None, *, titled_only: bool = False):
        """The last person (else body) named before, within two paragraphs: whom «الرئيس الأمريكي» means.
        A person once introduced with the same title comes first, however far: «وزير الداخلية فلان» … «وقال
        وزير الداخلية» is فلان even when others were named since."""
        a = self.back(cue_start)
        if title:
            offices = [w for w in _WORD.findall(fold(title)) if w in CONSTRUCT_TITLES or w in TITLES]
            office = _bare(offices[-1] if offices else _WORD.findall(fold(title))[0])
            titled = [e for e in self.within(max(0, a - _FAR), a) if e.label == "PERSON" and not self._governed(e)
                      and office in {_bare(w) for w in _WORD.findall(fold(self.text[max(0, e.start - 40):e.start]))[-4:]
                                     + _WORD.findall(fold(self.text[e.end:e.end + 20]))[:1]}]  # «ألفيش لاعب باريس»
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
        earlier = [e for e in self.within(floor, a) if not self._governed(e)]
        person = [e for e in earlier if e.label == "PERSON"]
        return person[-1] if person else None

    def _described(self, phrase: str, cue_start: int):
        """«وقالت الجامعة» after «جامعة طوكيو الطبية», «ذكرت الصحيفة» after «صحيفة "الغد"»: a definite noun
        naming the kind of a body named before, as the body's own first word or the word in front of it."""
        words = _WORD.findall(fold(phrase))
        if not words or not words[0].startswith("ال") or len(words) > 2:
            return None
        kind = _bare(words[0])
        a = self.back(cue_start)
        if words[0] in _SOURCES:  # «وقال المصدر نفسه» after «حسب ما ذكرته صحيفة "آس"»: the source named last
            floor = self.text.rfind("\n", 0, max(0, self.text.rfind("\n", 0, a) - 1)) + 1
            named = [e for e in self.within(floor, a) if e.label in ("ORG", "PERSON")
                     and not self._governed(e) and self._reported_by(e)]
            return named[-1] if named else None
        for entity in reversed([e for e in self.within(max(0, a - _FAR), a) if e.label in ("ORG", "PERSON", "GPE")]):
            own = _WORD.findall(fold(entity.text))
            before = _WORD.findall(fold(self.text[max(0, entity.start - 20):entity.start]))
            # «صحيفة "الغد"» names the body; «المتحدث باسم الجيش جوناثان …» does not make Jonathan the army
            kind_before = before and not before[-1].startswith("ال") and entity.label == "ORG"  # not «جامعة فلوريدا»
            if (own and _bare(own[0]) == kind) or (kind_before and _bare(before[-1]) == kind):
                # «الصحيفة الإسبانية» is «صحيفة آس الإسبانية», but «الجيش الأميركي» no «الجيش الإسرائيلي»
                after = _WORD.findall(fold(self.text[entity.end:entity.end + 30]))[:2]
                if len(words) == 1 or words[1] in own or words[1] in after:
                    return entity
        return None

    def _reported_by(self, entity) -> bool:
        """A name a verb of saying or an attribution stands just before: «ذكرته صحيفة "آس"», «قال المرصد»."""
        for word in _WORD.findall(fold(self.text[max(0, entity.start - 30):entity.start]))[-3:]:
            if word in ATTRIBUTION or any(word[:len(word) - cut] in VERBS for cut in (0, 1, 2)):
                return True
        return False

    def _refers_back(self, phrase: str) -> bool:
        """«المصدر», «البيان», «الوزير الإماراتي»: a definite description of someone already quoted."""
        words = [fold(word) for word in phrase.split()]
        return len(words) <= 3 and (words[0].startswith("ال") or self._is_title(phrase))

    def _may_be(self, phrase: str, speaker: tuple[int | None, str | None]) -> bool:
        """Whether «وأضاف الوزير» can be the last speaker again: a title for a person, or a description
        sharing a word with the last speaker's name («المصدر» after «مصدر أمني»). «وأضافت الدول الثماني»
        after «الوزارة» is someone else."""
        entity_id, said = speaker
        entity = self.by_id.get(entity_id) if entity_id is not None else None
        if entity is not None and entity.label == "PERSON" and self._is_title(phrase):
            return True
        if entity is not None and entity.label == "ORG" and fold(phrase) in BODY_KINDS:
            # «تويتر» may be «الشركة»; «وزارة الداخلية» is no «الشرطة»
            own = _WORD.findall(fold(entity.text))[:1]
            own = own[0] if own and own[0].startswith("ال") else "ال" + own[0] if own else ""
            return own == fold(phrase) or own not in BODY_KINDS
        name = entity.text if entity is not None else (said or "")
        stems = {_bare(word) for word in _WORD.findall(fold(name))}
        if self._is_title(name) and self._is_title(phrase):
            return True
        # «المصدر» and «المصدر الأمني» after «مصدر أمني»; not «السلطات التركية» after «الحكومة التركية», nor «الجيش
        # الأميركي» after «الجيش الإسرائيلي»: the head shared, and every other word too
        words = [word for word in _WORD.findall(fold(phrase)) if word not in _SAME]
        return bool(words) and all(_bare(word) in stems for word in words)

    @staticmethod
    def _is_title(phrase: str) -> bool:
        """«الرئيس الأمريكي», «الوزير», «رئيس الحكومة»: a title, which may name a person mentioned before."""
        words = [fold(word) for word in phrase.split()]
        return words[0] in TITLES or (words[0] in CONSTRUCT_TITLES and len(words) > 1 and words[1].startswith("ال"))

    def _holder(self, person) -> str | None:
        """«أسرة السراديح»: the family, lawyer or office of a person speaks, not the person."""
        before = self.text[max(0, person.start - 20):person.start].split()
        if before and fold(before[-1]) in HOLDERS:
            return f"{before[-1]} {person.text}"
        return None

    def _antecedent(self, index: int) -> tuple[int | None, str | None] | None:
        """«بحسب مصادر عسكرية، التي أشارت إلى أن …»: the relative clause speaks for the noun before it."""
        if index == 0 or self.words[index - 1].group() not in RELATIVES:
            return None
        kept = []
        for word in reversed(self.words[max(0, index - 8):index - 1]):
            if word.group() in GOVERNING or word.group() in ATTRIBUTION or "\n" in self.folded[word.end():self.words[index - 1].start()] and kept:
                break
            if word.group() in THAT or self._is_cue_word(word.group()) or \
                    (kept and any(mark in self.folded[word.end():kept[0].start()] for mark in "،,:")):
                break  # «قال الوزير، للصحفيين، إن المهاجم الذي أعلن …»: the noun is المهاجم, not the clause before it
            kept.insert(0, word)
        if not kept:
            return None
        a, b = self.original(kept[0].start(), kept[-1].end())
        return self._linked(self.text[a:b], self.words[index].start())

    def _governed(self, entity) -> bool:
        """A name after a preposition or glued to لـ: whom or where one spoke («في تصريح لـCNN», «في الأمم المتحدة»)."""
        start = entity.start
        token_start = start
        while token_start > 0 and self.text[token_start - 1] not in " \n\t،,.:«“\"(":
            token_start -= 1
        if token_start < start and fold(self.text[token_start]) == "ل":
            return True
        # «في مقابلة مع "فوربس"», «لـ"سكاي نيوز"»: the quotation mark aside
        before = _WORD.findall(fold(self.text[max(0, token_start - 20):token_start]))
        previous = before[-1] if before else ""
        if previous in GOVERNING:
            return True
        # «لمصر والسودان وإثيوبيا»: a name joined by و to a governed one is governed too.
        if fold(self.text[token_start:start + 1])[:1] == "و" and token_start < start:
            earlier = [e for e in self.within(max(0, token_start - 200), token_start) if token_start - e.end < 3]
            return bool(earlier) and self._governed(earlier[-1])
        return False

    def _subject_before(self, cue_start: int):
        """The name just before the verb in its sentence, commas of apposition allowed
        (subject first: «لكن الوزارة قالت», «الوزير، أحمد القطان، قال»)."""
        a = self.back(cue_start)
        sentence_start = self.back(self.sentence_start(cue_start)) if cue_start else 0
        candidates = [e for e in self.within(sentence_start, a) if e.label in ("PERSON", "ORG")]
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
        if len(gap) <= 2 and not any(mark in between for mark in "،,"):
            return last if not self._governed(last) else None
        for candidate in reversed(candidates[-4:]):
            if self._apposition_between(candidate, a) and not self._governed(candidate):
                return candidate  # «لكن الكاردينال فلان، رجل الدين الأعلى في انجلترا، قال: …»
        if len(gap) <= 2:
            return last if not self._governed(last) else None  # «… الوزارة، قالت»: no apposition to cross
        return None

    def _apposition_between(self, entity, verb_at: int) -> bool:
        """Only an apposition between commas (and قد) stands between a name and its verb."""
        between = fold(self.text[entity.end:verb_at]).strip()
        words = _WORD.findall(between)
        while words and (words[-1] == fold("قد") or words[-1] in ADVERBS):  # «…، بدوره قال», «…، قد أكد»
            between = between[:between.rfind(words[-1])].rstrip()
            words = words[:-1]
        commas = [i for i, char in enumerate(between) if char in "،,"]
        return (len(commas) == 2 and commas[0] == 0 and commas[1] == len(between) - 1 and len(words) <= 12
                and not any(mark in between for mark in "\"«»“”:.()"))

    def _clause_subject(self, index: int):
        """«ونشر فلان رسالة، قال فيها …», «وندد الوزير، فلان، بالهجوم، وقال في تغريدة …»: a verb with no
        subject of its own, joined after a comma to a sentence that opened on a named person, or saying
        «فيها» of the message that person wrote. Their words, not the last quote's speaker."""
        cue = self.words[index]
        following = self.words[index + 1].group() if index + 1 < len(self.words) else ""
        gap = self.folded[self.words[index - 1].end():cue.start()] if index else ""
        joined = cue.group()[:1] == "و" and any(mark in gap for mark in "،,")
        if not (joined or following in _folded("فيها فيه")):
            return self._kana_subject(index)
        sentence_start = self.sentence_start(cue.start())
        if self._quoted_between(sentence_start, cue.start()):
            return None  # the sentence already quoted someone: «وأضاف» goes on for them
        opening_words = [w for w in self.words[self.index_at.get(sentence_start, index):index]][:8]
        if not opening_words:
            first = min(self.first_word_at(sentence_start), index)
            opening_words = self.words[first:min(index, first + 8)]
        if not opening_words:
            return None
        a, b = self.original(opening_words[0].start(), opening_words[-1].end())
        subjects = [e for e in self.within(a, b) if e.label in ("PERSON", "ORG")
                    and not self._governed(e)]
        person = next((e for e in subjects if e.label == "PERSON"), None)
        return person or (subjects[0] if subjects else None)

    def _kana_subject(self, index: int):
        """«وكان فلان، رئيس البلدية، قد زار الموقع وقال إنه …», «وكان التحالف قد أكد أن …»: a sentence that
        opens on كان names its subject right after it, for every verb of it that has none of its own."""
        sentence_start = self.sentence_start(self.words[index].start())
        first = self.first_word_at(sentence_start)
        if first >= index or self.words[first].group() not in _KANA:
            return None
        if self._quoted_between(sentence_start, self.words[index].start()):
            return None
        a = self.back(self.words[first].end())
        b = self.back(self.words[index].start())
        subject = [e for e in self.within(a, b) if e.label in ("PERSON", "ORG")]
        if subject and not self._governed(subject[0]) and \
                len(_WORD.findall(fold(self.text[a:subject[0].start]))) <= 2:
            return subject[0]  # «وكان الرئيس فلان …»: at most a title between كان and the name
        return None

    def _continued(self, cue_start: int, *, quotes_only: bool = False, far: bool = True) -> tuple[int | None, str | None]:
        """Who spoke last, close by: a bare «وأضاف أن …» or a participle continues them; with no quote
        before, the sentence's subject (its first person), else the paragraph's last person or body."""
        a = self.back(cue_start)
        sentence_start = self.back(self.sentence_start(cue_start)) if cue_start else 0
        in_sentence = [e for e in self.within(sentence_start, a) if e.label == "PERSON"
                       and not self._governed(e)]
        for suggestion, start, _ in reversed(self.found):
            if start < cue_start and self._near(suggestion.end, a):
                if not far and suggestion.end <= sentence_start and in_sentence:
                    break  # «وكان الرئيس فلان قد صعّد …، قائلا إن …»: a participle's own sentence names who speaks
                return suggestion.speaker, suggestion.speaker_text
        if quotes_only:
            return None, None
        if in_sentence:
            return in_sentence[0].id, None
        paragraph_start = self.text.rfind("\n", 0, a) + 1
        earlier = [e for e in self.within(paragraph_start, a) if e.label in ("PERSON", "ORG")
                   and not self._governed(e)]
        if earlier:
            person = [e for e in earlier if e.label == "PERSON"]
            return (person[-1] if person else earlier[-1]).id, None
        before = self._earlier_name(cue_start) if far else None
        return (before.id, None) if before is not None else (None, None)

    def _near(self, earlier_end: int, a: int) -> bool:
        """No more than one paragraph break between the last quote and this cue."""
        return self.text.count("\n", earlier_end, a) <= 2

    def _name_phrase(self, cue_end: int, subject_end: int) -> str | None:
        """The subject's first words up to a preposition, a comma or a time word, if few enough to be a name."""
        kept = []
        for match in _WORD.finditer(self.folded, cue_end, subject_end):
            gap = self.folded[(kept[-1].end() if kept else cue_end):match.start()]
            word = match.group()
            if kept and any(mark in gap for mark in "،,(\"«"):
                break
            partitive = word == fold("من") and len(kept) == 1 and kept[0].group() in _QUANTITIES
            if (word in GOVERNING and word != _IN_THE_NAME_OF and not partitive) or word in TIME_WORDS or word in NOT_NAMES or \
                    word in _PRONOUN_PREPOSITIONS or word in _NEGATIONS or \
                    word in ADVERBS or (word[:1] == "ل" and len(word) > 3):
                break  # «مصدر مسؤول لواس»: the agency it spoke to is no part of the name
            if len(kept) == 2 and not kept[0].group().startswith("ال") and not kept[1].group().startswith("ال") \
                    and kept[0].group() != _IN_THE_NAME_OF and kept[1].group() not in (_IN_THE_NAME_OF, fold("من")) \
                    and not word.startswith("ال"):
                # «مسؤولان أمريكيان طلبا …»: an indefinite noun and its adjective; «وزير الخارجية …» goes on, and
                # so does a construct «صاحب إحدى العربات …»
                break
            kept.append(match)
        if not kept or len(kept) > 6:
            return None
        a, b = self.original(kept[0].start(), kept[-1].end())
        return self.text[a:b].strip("\u200f\u200e ")

    def _linked(self, phrase: str, cue_start: int) -> tuple[int | None, str | None]:
        """A speaker named as a tagged entity is linked to it (the nearest mention before the quote)."""
        wanted = fold(phrase)
        a = self.back(cue_start)
        mentions = self.by_text.get(wanted, [])
        if mentions:
            before = [e for e in mentions if e.start <= a]
            return (before[-1] if before else mentions[0]).id, None
        return None, phrase
