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

import bisect
import re
from dataclasses import dataclass, replace

from annotator.core.arabic import fold, fold_with_map, plain
from annotator.core.label_kinds import SPEAKER_KINDS, speaker_kinds
from annotator.core.model import Document
from annotator.core.reporting_words import (
    _ABOUT, _MEDIA, _folded, VERBS, NEEDS_THAT, PARTICIPLES, SAYING_PARTICIPLES, NOUN_CUES, AMBIGUOUS_VERBS, SHADDA,
    THAT, TWO_WORD_THAT, ATTRIBUTION, ASIDES, BUTS, TITLES, CIRCUMSTANTIAL, ATTRIBUTION_PHRASES, POSTPOSED,
    AS_FOR_TOPIC, DESCRIPTIONS, CLAUSE_JOINERS, COLON_VERBS, GOING_ON, HOLDS_A_VIEW, NOT_VERB_OPENERS, TOLD, TIME_WORDS, _NEGATIONS, _NOT_ADJECTIVE, _ACCUSING, _ABOUT_IT, _SAYING, _OPENING, _WORD, _SENTENCE_END, _MAX_SUBJECT_WORDS,
    _PARTICIPLE_REACH, _MIN_QUOTE, _TO, _closing_before_comma, _bare, BODY_KINDS, CONSTRUCT_TITLES, GOVERNING, HOLDERS, RELATIVES, SUBJECT_HEADS,
)
from annotator.core.speaker_words import _BUT_OPENERS as _BUT, _CAME, _ON_THE_TONGUE, _WHEN, _other_person, _own_sentence_before
from annotator.core.speakers import Speakers
from annotator.core.text import is_grapheme_boundary

_SYMBOLS = re.compile(r"^[\s\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200D]+")  # spaces, emoji and their joiners
_WROTE = fold("كتب")
_AS_ALSO = fold("كما")
_PORTFOLIOS = _folded("الداخلية الخارجية المالية الدفاعية الاقتصادية التجارية الصحية الزراعية التعليمية الإعلامية "
                      "الثقافية الاجتماعية الصناعية البيئية القانونية العسكرية الأمنية التنفيذي التنفيذية الفني")
_HEADS_OF_GOVERNMENT = _folded("الرئيس") | {fold("رئيس الوزراء"), fold("رئيسة الوزراء"), fold("رئيس الحكومة")}
_ONE_HOLDER = _folded("وزير وزيرة رئيس رئيسة زعيم ملك أمير قائد سفير سفيرة الرئيس الوزير الزعيم الملك الأمير "
                       "مدير مديرة مندوب مندوبة المندوب المندوبة السفير السفيرة مبعوث مبعوثة المبعوث المبعوثة")  # «المندوب الأميركي» … «وأضاف المندوب كين وارد»
_SAW = fold("رأى")
# Folded once: the rules look them up for every word
_IN = _folded("في")
_WHAT_WORD = _folded("ما")
_ATTRIBUTED = ATTRIBUTION | _folded("ما لما كما")
_AS = _folded("كما")
_USUALLY = _folded("عادة غالبا كثيرا دائما وعادة وغالبا")
_SPACES = {ord(c): " " for c in "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"}
_SAID = _folded("قال قالت")
_ILLA_AFTER = _folded("إلا بعد غير")  # «…، غير أنه أردف قائلا إن …»
_SEEMED = _folded("بدا بدت يبدو تبدو")
_STATEMENTS = _folded("تصريحات تصريح تصريحاته تصريحاتها كلام كلامه كلامها حديثه حديثها")  # the speech told of
_VERBAL_NOUNS = _folded("إعلان اعلان تأكيد قول إشارة اشارة تحذير")  # «إعلان الرئيس فلان أنه …»
_ANNOUNCED = _folded("أعلن أعلنت أعلنوا يعلن تعلن")
_TERMS = _folded("مصطلح عبارة شعار تسمية لقب وسم هاشتاغ")  # «بمصطلح "…"», «تحت شعار "…"»
_CALLED, _NAMED_IT = _folded("يسمى تسمى سماه سمتها سمته سموه"), _folded("أطلق أطلقت أطلقوا يطلق تطلق")  # «أطلق عليه "…"»
# A work's title when the sentence goes on after it: «وقال ماكين في كتابه "موجة لا تهدأ"، …: "…"»; but «وكتبت
# نيومان في كتابها "تدهوره العقلي لا يمكن إنكاره".» quotes the book
_WORKS = _folded("كتاب كتابه كتابها فيلم فيلمه فيلمها رواية روايته روايتها مسلسل مسلسله أغنية أغنيته ألبوم ألبومه")
_WAITING = frozenset(_bare(w) for w in _folded("البقاء بقاء إبقاء الإبقاء الانتظار انتظار الاستمرار استمرار تأجيل إرجاء "
                                                  "يبقى تبقى سيبقى ستبقى يستمر تستمر سيستمر ستستمر"))  # «… إلى أن»: until
_POINTING = _folded("أشار أشارت يشير تشير مشيرا مشيرة مشيرين")  # «مشيرا إلى فلان»: pointing, not saying
_IN_IT_WORDS = _folded("فيها فيه")
_QUESTIONS = _folded("كيف لماذا متى أين هل كم")  # «شرح كيف …»: a verb of saying with a question after it
# «التي يمكن أن تؤدي», «دون أن يتمكن»: أن of the modal or the preposition, not the verb of saying's
_MODALS = _folded("يمكن يمكنه يمكنها يجب ينبغي يتعين يتوجب دون بدون المقرر المتوقع المفترض المرجح المحتمل الممكن سبق سبقت يرجح")  # «عبارة سبق أن استخدمها»: before, no report
_CAME_IN = _folded("تقرير رسالة نص تحذير مذكرات وثيقة دراسة خطاب كلمة قرار")  # «وجاء في التقرير أن …», «وجاء في نص من الرئاسة», «وجاء في قرار الاتهام أن …»
_HE_SHE = _folded("وهو وهي وهم")
_BEFORE_A_NAME = _folded("أمام امام خلال")
_REVEALED = _folded("كشف كشفت يكشف تكشف كشفوا أعلن أعلنت أعلنوا يعلن تعلن")  # «أعلن عن تنظيم مسابقة»
_SEEMS, _WHERE, _FROM_WHOM = fold("يبدو"), fold("حيث"), fold("عن")
_HOWEVER, _CHARACTERISED = _folded("غير إلا"), _folded("ووصف ووصفت ووصفوا")
_THAT_FORMS = _folded("أن أنه أنها أنهم")  # «كما أن …»
_REPORT_NOUNS = _folded("لتقرير تقرير لبيان بيان")  # «ووفقا لتقرير لصحيفة "…"»
_PREPOSED, _SO_THAT = _folded("بحسب وبحسب حسب وحسب وفقا ووفقا وفق ووفق طبقا وطبقا"), fold("فإن")
_SO_THAT_FORMS = _folded("فإن فإنه فإنها فإنهم فإنهما")  # «وحسب ماي، فإنه لم يكن …»
_STIPULATES = _folded("ينص تنص نص نصت")  # «الذي ينص على أن»
_BECAUSE_THAT = _folded("إن إنه إنها إنهم")  # «حيث إن»: because
_SAID_SO = _folded("قال قالت قالوا أضاف أضافت أكد أكدت")  # «"…"، كما قالت.»
_AND_THAT = _folded("وأن وإن وبأن")  # «أن الاستطلاع كان "…"، وأن الوزارة …»: the same report goes on
_STATEMENT_NOUNS = NOUN_CUES | _CAME_IN
_SAW_OR_DENIED = _folded("رأى نفى")
_MY_NAME = _folded("اسمي")
_SOURCE_NOUNS = _folded("ناشطين ناشطون نشطاء مصادر مسؤولين مسؤولون شهود سكان محللين محللون خبراء")
_NAMES_LIST, _MENTIONED = _folded("أسماء اسم"), _folded("ذكر ذكرت ذكروا يذكر تذكر")  # «وذكرت الوكالة أسماء …: …»
_AN_SUBJUNCTIVE = _folded("أن لن")  # «أن يعلن», «لن يقول»: no report made
_WHICH_LED, _HAD = fold("مما"), _folded("وكان وكانت")
_LIKEWISE = _folded("كذلك كما")
_KNOWN_AS = _folded("المعروف المعروفة المعروفين المعروفون")  # «المعروف بأنه …»: a description of the subject
_NOTE = fold("علما")  # «، علما أن …»: a note of the reporter's
# The reporter's account of how one spoke, after a comma: «…، واصفا الاتفاق بالكارثي», «…، منددا بالهجوم»,
# «…، مشيدا بدور …»: the manner, not more reported words (and no quote of their own).
_MANNER = _folded("واصفا واصفة واصفين معلنا معلنة معلنين مستشهدا مستشهدة مستندا مستندة مختتما مختتمة مبررا مبررة "
                  "ناقلا ناقلة آملا آملة آملين متمنيا متمنية مطمئنا مطمئنة مستغربا مستغربة مستنكرا مستنكرة "
                  "منددا منددة منددين مشيدا مشيدة مشيدين مثنيا مثنية منتقدا منتقدة منتقدين مرحبا مرحبة مرحبين "
                  "نافيا نافية مقرا مقرة ملمحا ملمحة مستدركا مستدركة")
# «…، دون أن يقدم أي دليل», «…، من دون الخوض في التفاصيل»: what the speaker did not tell, the reporter's remark
_WITHOUT = _folded("دون بدون")
_TELLING = _folded("يقدم تقدم يقدموا يذكر تذكر يذكروا يوضح توضح يوضحوا يحدد تحدد يحددوا يكشف تكشف يكشفوا يعطي تعطي "
                   "يدلي تدلي يفصح تفصح يسمي تسمي يخوض تخوض يشير تشير يضيف تضيف يعلق تعلق يقدما "
                   "تقديم ذكر تحديد توضيح إعطاء الإفصاح الإشارة تسمية إضافة الإدلاء الخوض الكشف التعليق")
# How the words were said, closing the sentence after a comma: «…، في تصريحات لشبكة CNN», «…، في إشارة إلى
# الاتفاق»: the reporter's setting, not the speaker's words («خلال اجتماع …» after them is as often what happened).
_SETTINGS = _folded("إشارة تصريحات تصريح مقابلة حديث حديثه حديثها كلمة كلمته كلمتها تغريدة تغريدات منشور معرض "
                    "تعليق تعليقه تعليقها تعليقات أول")
_BY_SAYING = fold("بالقول")  # «واكتفى بالقول إن …»
_ASKED = _folded("طلب طلبت طالب طالبت")  # a request, joined by و: its أن is what was asked
# «…، موجهة سلسلة من الانتقادات»: what the speaker did, told by the reporter (but «قال موجها حديثه لفلان:» opens)
_DIRECTING = _folded("موجها موجهة")
_ON_THE_OTHER_HAND = {tuple(fold(p).split()) for p in ("من ناحية", "من جهة", "في المقابل", "على صعيد")}
_WHICH, _FORETELLS = _folded("مما ما"), _folded("يشير ينذر")  # «، مما يشير إلى …»: the reporter's inference
_WHILE = _folded("بينما فيما")
_IN_FORMS = _folded("في وفي")
_MANY_OF = _folded("العديد الكثير بعض عدد معظم غالبية أغلب عشرات مئات")  # «لكن العديد من …»
_FROM_WORD = fold("من")
_AND_THAT_WAS = fold("وذلك")
_IN_IT_WORDS = _folded("فيه فيها")  # «بيانا جاء فيه»
_CAME_THAT = [_CAME, fold("ذلك")]  # «جاء ذلك على لسان فلان»
_IDENTITY = _folded("هويته هويتها هويتهم هويتهما اسمه اسمها اسمهم اسميهما")  # «لم يكشف عن هويته»  # «، وذلك بعد …»: the reporter adds when
_AFTER_A_COLON = re.compile(r':\s*[«“"](?=\w)')  # «قال: "…"»: the opening of someone's own words
_IS_NAMED = _folded("يدعى تدعى")  # folded as «يدعي» (claims); told apart by the ى as written  # «في حين»: whereas
_TIME_WORD, _WHILE_WORD, _TIME = fold("حين"), fold("بينما"), fold("وقت")  # «في حين», «بينما», «في وقت»
_WHILE_OPENERS = _WHILE | _IN  # a clause of its own; «حيث» may stand inside a long subject
_NUMBERS = _folded("ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة عشرات مئات آلاف")
_TIME_CONJUNCTIONS = _folded("بعد قبل منذ حتى ريثما لمجرد")  # «بعد أن»; «من قبل إن» still reports
_SEE, _AN, _BEE = fold("سي"), _folded("أن إن"), fold("بي")  # «سي أن أن», «سي إن إن», «أن بي سي»
_IF, _NOT_PAST = fold("إن"), fold("لم")  # «مهددا بالتدخل إن لم تفعل»: إنّ is followed by its noun, «إن لم» is «if not»
_IS_DEEMED = _folded("يعتبر تعتبر يرى ترى")
_DEEMED_NOW, _ON = _folded("تعتبر يعتبر"), fold("على")  # «تُعتبر الدراسة تأكيدا على أن …»: is deemed
_DEEMED = _folded("اعتبر اعتبرت اعتبروا")  # a view, and its words may follow in quotation marks
_ON_IT = _folded("عليها عليه")
_NOT_DOING = _folded("عدم رفض رفضت رفضوا يرفض ترفض")  # «طلب عدم كشف هويته», «رفض كشف هويته»: a verbal noun follows
_SINCE = fold("إذ")
_MOST_PROMINENT = fold("أبرز")
_TRANSPORT, _MEANS = fold("نقل"), fold("وسائل")
_AFTER = fold("بعد")
_DOCUMENTS = frozenset(_bare(w) for w in _folded("الملف الوثيقة الوثائق المذكرة السجلات الدعوى اللائحة الأوراق أوراق"))
_SO_COMMENTED = _folded("علق علقت وصف وصفت لخص لخصت عبر عبرت ختم ختمت")  # «"…"، هكذا علق فلان على القرار»
_BY_IT = _folded("به بها")  # «بحسب ما أفاد به مسؤول»
_ONESELF, _ON = _folded("نفسه نفسها أنفسهم نفسي"), fold("على")  # «قدم نفسه على أنه …»  # «وبعد أن قال …، نشرت …»  # «شركة نقل النفط»: transport, a noun after an indefinite one, not «نقل عن»
_TOLD_OR_ACCUSED = TOLD | _ACCUSING  # followed at once by «بالـ…», passive
_HIS_NAME = _folded("اسمه اسمها اسمهم")  # «ذكر اسمه»: naming, not saying
# Participles that report only with their أن/بأن right after them: admitting, reminding («مقرا له» is a seat,
# «مذكرة» a memo, so neither feminine «مذكرة» nor a bare «مقرا» is a cue)
_THAT_PARTICIPLES, _WITH_THAT = _folded("مقرا مقرة مقرين مذكرا مذكرين"), _folded("بأن بأنه بأنها بأنهم")
_ACCUSED_PARTICIPLES = _folded("متهما متهمة متهمين")  # followed at once by «بـ…»: accused, no one accusing
# A clause that describes an unnamed source: «لمصدر مطلع تحدث لـCNN», «لمسؤول طلب عدم كشف اسمه»
_SOURCE_CLAUSE = _folded("تحدث تحدثت تحدثوا طلب طلبت طلبوا رفض رفضت رفضوا اشترط اشترطت اشترطوا فضل فضلت فضلوا "
                         "تحفظ تحفظت امتنع امتنعت")  # «… تحفظت الصحيفة على ذكر اسمه، فإن»
_AND_REPLIED, _CAME_IN_WORDS = fold("ورد"), _folded("في فيه فيها ذكر ذكره اسم اسمه اسمها عن على إلى من ضمن")
# «فرد» is «ف» and «رد» (he replied) before his words, «فرد» (an individual) after «كل» or before «من»
_SO_REPLIED, _OF_ONE, _EACH_ONE = fold("فرد"), _folded("من في واحد واحدا"), _folded("كل أي")
_BY_THAT = _folded("بأن بان بانه بأنه بأنها بالقول")
_AMID = fold("وسط")
_AMONG_OR_DEEMED = _folded("من يعد تعد يعتبر تعتبر")  # «من أبرز …», «الذي يعد أبرز نجوم المنتخب»: the most prominent
_DESCRIBED_IT = re.compile(r"وصف(?:ت|وا)?(?:ه|ها|هم|هما)")  # «وصفها», «وصفوه»: described it, its object glued on
_AS_SAID = _folded("حسبما كما بحسب حسب وفق وفقا")  # «"…"، حسبما قالت فلانة»: the words, then who said them
_AS_SAID_BEFORE_MA, _WHAT_SAID = _folded("بحسب حسب وفق وفقا"), _folded("ما لما")
_ACCORDING = _folded("بحسب حسب وفقا طبقا")  # «"…"، بحسب بيسكوف.»
# «"…"، هذا ما قاله ترامب لشبكة CNN»: the words, then that they are what he said
_THIS_IS = _folded("هذا هذه ذلك تلك وهذا وهذه وذلك وتلك")
_INSISTED = _folded("أصر أصرت أصروا يصر تصر هدد هددت هددوا")  # their words follow «على أن» or «بأن» at once
_WAS, _INFORMS = _folded("كان كانت كانوا قد"), _folded("تفيد يفيد")  # «التي كانت تفيد بأن …»
# A comment, or words addressed to someone, when the words follow (see _comment_opens)
_COMMENTED = _folded("علق علقت علقوا يعلق تعلق خاطب خاطبت خاطبوا")
_CALLED_FOR = _folded("دعا دعت دعوا")  # a call in the caller's words (see _call_opens)
_THIS = _folded("هذا هذه وهذا وهذه")  # «ورغم أن هذا يشير إلى أن …»: a thing points, no one speaks
# Kinds of body before a quoted name: «مع جماعة "فيلق الرحمن"» names the group, it quotes no one
_KINDS = frozenset(_bare(word) for word in BODY_KINDS | _folded("جماعة مجموعة عملية تقرير دراسة كتاب برنامج"))


def _past_close(at: int, gap: str) -> int:
    """Where reported words end before the next clause: past a closing mark right after them («"ستجري في الأيام
    القادمة" مؤكدا …»), which the trimming drops again when its opening is not inside."""
    stripped = gap.lstrip()
    return at + len(gap) - len(stripped) + 1 if stripped[:1] in ('"', "»", "”") else at


@dataclass(frozen=True)
class QuoteSuggestion:
    start: int
    end: int
    cue: tuple[int, int]
    speaker: int | None = None  # an entity id of the document
    speaker_text: str | None = None
    speaker_span: tuple[int, int] | None = None  # where a speaker_text that looks like a name stands


def cue_edges(text: str, start: int, end: int) -> tuple[int, int]:
    """A cue as the analyst selected it, without its conjunction when the rest is a verb of saying
    (وقال → قال), so that cues made by hand and suggested ones agree."""
    word = fold(text[start:end])
    if word[:1] in "وف" and (word[1:] in VERBS or word[1:] in PARTICIPLES or word[1:] in AMBIGUOUS_VERBS
                             or word[1:] in COLON_VERBS):
        return start + 1, end
    return start, end


def quote_suggestions(document: Document, kinds: dict[str, str] | None = None) -> list[QuoteSuggestion]:
    """The quotes of a document. `kinds` says which of the project's labels name a person, an organisation,
    a group or a country (label_kinds.speaker_kinds of its schema); by default it is read from the labels'
    names, so a project labelled PERS/ORG/LOC links speakers as one labelled PERSON/ORG/GPE does."""
    return _Reader(document, kinds).quotes()


class _Reader(Speakers):
    """One document's folded text, its words and sentences, and the names already tagged in it."""

    def __init__(self, document: Document, kinds: dict[str, str] | None = None):
        self.text = document.text
        self.folded, self.back = fold_with_map(document.text)
        # a no-break or thin space is a space to every rule («في\u00a0البنتاغون»; a third of Sky News texts have
        # them): same length, so the offsets stay the text's own
        self.folded = self.folded.translate(_SPACES)
        self.words = list(_WORD.finditer(self.folded))
        self.index_at = {word.start(): index for index, word in enumerate(self.words)}
        self.word_starts = [word.start() for word in self.words]
        self.sentence_ends = [m.start() for m in _SENTENCE_END.finditer(self.folded)]
        if kinds is None:
            kinds = speaker_kinds({e.label for e in document.entities})
        # The rules below speak of PERSON, ORG, NORP and GPE: each name is read as its label's kind.
        tagged = sorted((replace(e, label=kinds[e.label]) for e in document.entities if e.label in kinds and not e.suggested),
                        key=lambda e: e.start)
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
        self.found_at: dict[int, list[QuoteSuggestion]] = {}  # the quotes by the folded start of their span
        self.quoted_spans: list[tuple[int, int]] = []  # and the quotes' own spans in the text, in order
        self.spoken: set = set()  # the speakers' ids among them
        self.reporters: dict[tuple[int, int], tuple] = {}  # a report inside a report: its cue, and who reported it
        self.reporter_verbs: dict[tuple[int, int], str] = {}  # and the reporter's own verb, folded («نقلت»)
        self.report_subjects: dict[int, object] = {}  # …, and the name its clause opened on, by the verb's word

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
        """A quote found, kept with its folded span in order too, for «was anyone quoted here already»."""
        self.found.append(found)
        self.found_at.setdefault(found[1], []).append(found[0])
        bisect.insort(self.found_spans, (found[1], found[2]))
        bisect.insort(self.quoted_spans, (found[0].start, found[0].end))
        self.spoken.add(found[0].speaker)  # who has spoken, asked of every person a title might mean

    def _quoted_between(self, a: int, b: int) -> bool:
        """Whether a quote already found starts in [a, b)."""
        at = bisect.bisect_left(self.found_spans, (a, -1))
        return at < len(self.found_spans) and self.found_spans[at][0] < b

    def first_word_at(self, position: int) -> int:
        """The index of the first word starting at or after `position`."""
        return bisect.bisect_left(self.word_starts, position)

    def within(self, a: int, b: int, *, whole: bool = True) -> list:
        """The names that start at or after `a` and end by `b` (with `whole`), or just start before `b`."""
        found = self.entities[bisect.bisect_left(self.entity_starts, a):bisect.bisect_left(self.entity_starts, b)]
        return [e for e in found if e.end <= b] if whole else found

    # --- the shape of the text ---------------------------------------------------------

    def sentence_end(self, at: int) -> int:
        index = bisect.bisect_right(self.sentence_ends, at)
        return self.sentence_ends[index] if index < len(self.sentence_ends) else len(self.folded)

    def sentence_start(self, at: int) -> int:
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
        kind = self._cue_kind(index)
        if kind is not None and self._inside_tagged(self.words[index]):
            return None  # a word of a tagged name («كريستوفر راي») says nothing, whatever verb it looks like
        word = self.words[index].group()
        if kind == "verb" and index and word[:1] in "يت" and self.words[index - 1].group() in _AN_SUBJUNCTIVE and \
                (index < 2 or self.words[index - 2].group().lstrip("و") not in _TIME_CONJUNCTIONS):
            # («قبل أن يضيف "…"», «قبل أن تعلن بكين أنه …» tell what was said next)
            return None  # «وعلى ترامب أن يعلن إن كان سينسحب»: what he must say, not what he said
        if kind is not None and self._inside_colon_quote(index):
            return None  # «…: "… وهو أمر ادعى أنه يقف خلفه"»: a verb inside someone's quoted words, no quote of its own
        if kind == "verb" and word.lstrip("و") in _IS_NAMED and self._written_with_alef_maqsura(self.words[index]):
            return None  # «رجل يُدعى فلان»: is named, no claim
        if kind == "verb" and self._passive(index) and not (
                index + 1 < len(self.words) and self.words[index + 1].group() == _FROM_WHOM):
            return None  # «كُشف النقاب عن …»: a passive verb names no speaker; «نُقل عن فلان قوله» quotes him
        return kind

    def _unnamed_source(self, match) -> bool:
        """«لم يكشف عن هويته», «لم تعلن هويتهما», «لم يذكر اسمه»: a denied verb, then whose name or identity."""
        if self._word_before(match) not in _NEGATIONS:
            return False
        return bool(_IDENTITY & set(_WORD.findall(self.folded, match.end(), match.end() + 16)[:2]))

    def _inside_colon_quote(self, index: int) -> bool:
        """Whether the word at `index` sits inside quoted words opened right after a colon, in its paragraph."""
        at = self.words[index].start()
        floor = max(self.folded.rfind("\n", 0, at) + 1, at - 600)
        for match in reversed(list(_AFTER_A_COLON.finditer(self.folded, floor, at))):
            close = self.closing(match.end() - 1)
            return close is not None and close > self.words[index].end()
        return False

    def _cue_kind(self, index: int) -> str | None:
        word = self.words[index].group()
        if index and self.words[index - 1].group() in _NEGATIONS and \
                not any(mark in self.folded[self.words[index - 1].end():self.words[index].start()] for mark in ".:؛!?؟\n"):
            return None  # «ولم يكشف الطرفان عن …»: nothing was said; but «… أو لا. وقال» says something
        if self._came_in(index):
            return "noun"  # «وجاء في البيان الصادر عن اتحاد الممثلين: "…"»: the statement says it
        if word == _CAME and 1 < index < len(self.words) - 1 and self.words[index + 1].group() in _IN_IT_WORDS and (
                self.words[index - 1].group().rstrip("ا") in _STATEMENT_NOUNS or (
                    # «بيانا للجيش جاء فيه»: the statement and whose it is
                    self.words[index - 1].group()[:1] == "ل" and self.words[index - 2].group().rstrip("ا") in _STATEMENT_NOUNS)):
            return "verb"  # «وأصدرت الوزارة بيانا جاء فيه: "…"»: what the statement says, its issuer's words
        if self._no_verb_of_saying(index) and word not in NOUN_CUES:
            return None
        if index + 1 < len(self.words) and word.lstrip("وف") == _WROTE and self.words[index + 1].group() in _ON_IT:
            return None  # «لافتة كتب عليها "…"»: written on a thing, said by no one
        if (word[1:] if word[:1] in "وف" and len(word) > 4 else word) in _ANNOUNCED and index + 1 < len(self.words) \
                and self.words[index + 1].group() in _ABOUT_IT:
            return None  # «في استراتيجية جديدة أعلنت عنها الإدارة، …»: a thing announced, in a clause of its own
        if self._refers_to(index):
            return None  # «مشيرا إلى جون كيلي "…"», «يشير فيها إلى تغريدة ترامب»: pointing at someone, not reporting
        if (word[1:] if word[:1] in "وف" else word) in _TOLD_OR_ACCUSED and index + 1 < len(self.words) and \
                self.words[index + 1].group().startswith("بال"):
            # «أن زوما أُبلغ بالأمر»: he was told, he tells nothing; «الوزراء الذين اتهموا بالفساد»: they were
            # accused (one accuses someone of something: with nothing between, the verb is passive)
            return None
        if word.lstrip("و") in _MENTIONED and index + 1 < len(self.words) and self.words[index + 1].group() in _HIS_NAME:
            return None  # «لا يمكن ذكر اسمه لأغراض قانونية»: his name is not to be given; no report
        if word == _AND_REPLIED and index + 1 < len(self.words) and self.words[index + 1].group() not in _CAME_IN_WORDS \
                and not self.words[index + 1].group().startswith(fold("اسم")):
            return "verb"  # «ورد ماتيس بأنه "…"», «ورد الناطق باسم الوزارة أن …»; never «ورد في التقرير», «ورد اسمه»
        if word == _SO_REPLIED and index + 1 < len(self.words) and self.words[index + 1].group() not in _OF_ONE \
                and (not index or self.words[index - 1].group() not in _EACH_ONE) and \
                (self.folded[self.words[index].end():self.words[index].end() + 2].strip()[:1] == ":"
                 or self.words[index + 1].group() in THAT or self.words[index + 1].group() in _BY_THAT
                 or self.within(self.back(self.words[index + 1].start()), self.back(self.words[index + 1].end()), whole=False)):
            # «سأل المذيع ترامب عن بوتين، فرد: "…"», «فرد ترامب بأن …»; never «كل فرد في العائلة», «فرد من الشرطة»
            return "verb"
        for candidate, skip in ((word, 0), (word[1:], 1) if word[:1] in "وف" and len(word) > 3 else (None, 0)):
            if not candidate:
                continue
            if candidate in _SAW_OR_DENIED and plain(self.text[slice(*self.original(*self.words[index].span()))])[-1:] == "ي":
                return None  # «استطلاع رأي», «ورغم نفي دمشق»: the noun, not «رأى», «نفى»
            if not skip and self._of_transport(index):
                return None  # «قالت شركة نقل النفط "تورم" إنها …»: a company of transport; the verb is «قالت»
            if candidate == _MOST_PROMINENT and not skip and index and index + 1 < len(self.words) and (
                    self.words[index - 1].group() in _AMONG_OR_DEEMED
                    or self.folded[self.words[index - 1].end():self.words[index].start()].strip() in ("،", ",")) \
                    and not self.words[index + 1].group().startswith("ال"):
                return None  # «فلان، أبرز مقدمي البرامج», «من أبرز …»: the most prominent, no verb
            if candidate in VERBS:
                return "verb"
            if candidate in COLON_VERBS and self.folded[self.words[index].end():self.words[index].end() + 2].strip()[:1] == ":":
                return "verb"  # «وزاد: "…"», never «زاد عدد القتلى»
            if candidate in _COMMENTED and self._comment_opens(index):
                return "verb"  # «وعلق وزير خارجية لوكسمبورغ فلان "…"», never «علق الصورة»
            if candidate in _CALLED_FOR and self._call_opens(index):
                return "verb"  # «ودعا الجبوري في البيان إلى "إعادة الانتخابات …"», never «دعا إلى ضبط النفس»
            if candidate in PARTICIPLES:
                if index and (self.words[index - 1].group().isdigit() or self.words[index - 1].group() in _NUMBERS) \
                        and not self.folded[self.words[index - 1].end():self.words[index].start()].strip():
                    return None  # «بحق 16 متهما»: a counted noun, no participle
                if index and self.words[index - 1].group() == _NOT_ADJECTIVE:
                    return None  # «تقارير غير مؤكدة»: unconfirmed, an adjective
                after = self.folded[self.words[index].end():self.words[index].end() + 5]
                if candidate in _ACCUSED_PARTICIPLES and (
                        after.lstrip(" ")[:3] == "بال" or after.lstrip(" ")[:1] in _OPENING and after.lstrip(" ")[1:2] == "ب"):
                    # «أن بوتينا متهمة "باختراق منظمات"», «متهما بالفساد»: accused of it; one accuses someone first
                    # («متهما بريطانيا بـ…», a name in no marks)
                    return None
                return "participle"
            if candidate in NOUN_CUES and index and self.words[index - 1].group() in _IN:
                return "noun"
            if candidate == _SAYING and (self.opening(index, "verb") or ("",))[0] == "that":
                return "verb"  # «غداة قول رئيس الوزراء، فلان، إن …»: the verbal noun with its own إن
            if candidate in _THAT_PARTICIPLES and index + 1 < len(self.words) and (
                    self.words[index + 1].group() in _WITH_THAT or self.words[index + 1].group() in THAT):
                return "participle"  # «مقرا بأن "أغلبها مبرر"», «مذكرا أن بلاده …»; never «مقرا له», «مذكرة تفاهم»
            if candidate == _BY_SAYING and index + 1 < len(self.words) and (
                    self.words[index + 1].group() in THAT or self.folded[self.words[index].end():self.words[index].end() + 2].strip()[:1] == ":"
                    # «وعلق روحاني … على التلويح بمنع تصدير النفط بالقول "نحن أهل شرف …"»: his words in marks
                    or self._marked_words_follow(index)):
                return "participle"  # «واكتفى المتحدث باسم الوزارة بالقول إن …»: by saying, right before his words
            if candidate in AMBIGUOUS_VERBS and (
                    SHADDA in self.text[slice(*self.original(*self.words[index].span()))]
                    or (self._opens_clause(index) and self._that_follows(index))):
                return "verb"
        return None

    def _marked_words_follow(self, index: int) -> bool:
        """An opening mark right after the word, and four words or more before it closes."""
        position = self._past_space(self.words[index].end())
        if self.folded[position:position + 1] not in _OPENING:
            return False
        close = self.closing(position)
        return close is not None and len(_WORD.findall(self.folded, position, close)) >= 4

    def _comment_opens(self, index: int) -> bool:
        """«علق» (commented; also hung, pinned) reports when its subject, ten words at most, is followed by a
        colon, an opening mark or «بأن»: «وعلق الوزير فلان "…"», «علقت بأن …»; «علق آماله على أن …» does not.
        So does «خاطب» (addressed): «وخاطب الأمريكيين "هل تجرؤون …؟"», never «خاطب الحضور في المؤتمر»."""
        opened = self.opening(index, "verb")
        if opened is None or len(_WORD.findall(self.folded, self.words[index].end(), opened[1])) > 10:
            return False  # (ten: «وعلق وزير الخارجية الإيراني، فلان فلان فلان، على ذلك بالقول: …»)
        mode, subject_end, _ = opened
        if self.words[index].group().lstrip("و")[:1] in "يت":
            # «ويعلق الدكتور فلان: "…"» comments; «تعلق القضية بـ…»/«قد يعلق العملة "…"» hangs or relates
            return ":" in self.folded[self.words[index].end():subject_end + 1]
        return mode in ("mark", "colon") or self.folded[subject_end:subject_end + 3] == fold("بأن")

    def _call_opens(self, index: int) -> bool:
        """«دعا» (called for) quotes when what is called for is the caller's own words, marked right after «إلى» or
        «إلى أن», three words or more: «ودعا ماكرون إلى "عقد عالمي جديد" …»; «ودعت إلى "ضبط النفس"» marks a term."""
        opened = self.opening(index, "verb")
        if opened is None or len(_WORD.findall(self.folded, self.words[index].end(), opened[1])) > 8:
            return False
        mark = opened[2] - 1
        if opened[0] == "that":  # «ودعا الملك الحكومة إلى أن "يقودا حوارا …"»: the mark right after «إلى أن»
            mark = opened[2]
            if self.folded[mark:mark + 1] not in _OPENING or self.folded[opened[1]:opened[1] + 3] not in _TO:
                return False
        elif opened[0] != "mark":
            return False
        before = _WORD.findall(self.folded, self.words[index].end(), opened[1])[-1:]
        close = self.closing(mark)
        return (opened[0] == "that" or (bool(before) and before[0] in _TO)) and close is not None and \
            len(_WORD.findall(self.folded, mark, close)) >= 3

    def _passive(self, index: int) -> bool:
        """A verb written with a damma on its first letter (past its و/ف, and past the alif of «اتُّهم»): «كُشف»,
        «ذُكر»."""
        a, b = self.original(*self.words[index].span())
        written = self.text[a:b]
        if "\u064f" not in written:
            return False  # no damma at all: the common case, decided at once
        letters = [n for n, c in enumerate(written) if c.isalpha() and not "\u064b" <= c <= "\u065f"]
        if not letters:
            return False
        first = letters[1] if written[letters[0]] in "وف" and len(letters) > 3 else letters[0]
        if written[first] == "ا" and letters.index(first) + 1 < len(letters):
            # «اتُّهم»: the vowel of the letter after the alif; «اعتُبرت»: of the ت set in after it
            after = letters[letters.index(first) + 1:letters.index(first) + 3]
            return any("\u064f" in re.match(r"[\u064b-\u065f]*", written[n + 1:]).group() for n in after)  # «اتُّ»: shadda first
        return written[first + 1:first + 2] == "\u064f"

    def cue_span(self, index: int) -> tuple[int, int]:
        word = self.words[index]
        skip = 1 if word.group()[:1] in "وف" and word.group()[1:] in VERBS | PARTICIPLES | AMBIGUOUS_VERBS | COLON_VERBS | _COMMENTED | _CALLED_FOR else 0
        return word.start() + skip, word.end()

    def _opens_clause(self, index: int) -> bool:
        if index == 0:
            return True
        before = self.folded[self.words[index - 1].end():self.words[index].start()]
        return any(mark in before for mark in "،,.:\n") or self.words[index].group()[:1] == "و" or self.words[index - 1].group() in CLAUSE_JOINERS

    def _that_follows(self, index: int, *, before_a_colon: bool = False) -> bool:
        """Whether إن/أن follows the verb at `index` in its sentence (within 14 words); with `before_a_colon`,
        before any colon or quotation mark too."""
        limit = self.sentence_end(self.words[index].end())
        for word in self.words[index + 1:index + 14]:
            if word.start() > limit or before_a_colon and any(
                    mark in self.folded[self.words[index].end():word.start()] for mark in ':"«“'):
                return False
            if word.group() in THAT:
                return True
        return False

    # --- openings and ends -------------------------------------------------------------

    def opening(self, index: int, kind: str):
        """(mode, subject end, content start) after the cue at `index`, or None when nothing opens."""
        opened = self._opening(index, kind)
        if opened is None or self.words[index].group().lstrip("وف") not in _INSISTED:
            return opened
        # «وأصر فلان على أن …», «هدد ترامب النظام السوري بأن …»: their own «على أن» or «بأن», close by, no comma
        # between; never a later أن («هددت بفرض عقوبات …، بعد أن تبين أن …») nor «إن» (if: «إن استمر التصعيد»)
        mode, subject_end, _ = opened
        between = self.folded[self.words[index].end():subject_end]
        if mode == "colon":
            return opened if len(_WORD.findall(between)) <= 8 else None
        that = _WORD.match(self.folded, subject_end)
        before = _WORD.findall(between)[-1:]
        own = that is not None and (that.group()[:1] == "ب" or fold("على") in (that.group(), *before)
                                    # «هدد روحاني أن طهران …»: «أن» as written, never «إن» (if)
                                    or self.text[slice(*self.original(that.start(), that.end()))].startswith("أن"))
        if own and opened[2] < len(self.folded):
            verb = _WORD.match(self.folded, opened[2])  # «يصر على أن ينسب الفضل …»: what he insists on doing
            own = verb is None or not (verb.group()[:1] == "ي" or verb.group() == fold("تكون"))
        return opened if mode == "that" and own and len(_WORD.findall(between)) <= 14 and not any(
            m in between for m in "،,") else None

    def _opening(self, index: int, kind: str):
        after = self.words[index].end()
        limit = self.sentence_end(after)
        reach = _PARTICIPLE_REACH if kind == "participle" else _MAX_SUBJECT_WORDS
        position, counted, amid = after, 0, False
        while position < limit:
            char = self.folded[position]
            if char == ":":
                following = position + 1 + len(self.folded[position + 1:]) - len(self.folded[position + 1:].lstrip())
                if following < len(self.folded) and self.folded[following] in _OPENING:
                    return "mark", position, following + 1
                return "colon", position, following
            if char in _OPENING and (_WORD.match(self.folded, position + 1) or (
                    # «"(منطقة البحر) المتوسط مجال مشترك"»: the reporter's gloss in brackets may open the words
                    self.folded[position + 1:position + 2] == "(" and _WORD.match(self.folded, position + 2)) or (
                    self.folded[position + 1:position + 2] == " " and _WORD.match(self.folded, position + 2)
                    and (self.folded[max(0, position - 2):position].strip()[-1:] in ("،", ",", ":") or not counted
                         or (counted <= 3 and self._spaced_opening(position))))):
                # («وأكد جيا كرد " يمكن أن نتعاون …"»: a stray space after the mark, the subject between)
                # («وأضاف " لا نعلم …"»: right after the verb too)
                # («، " كان اجتماعا …"»: a stray space after the opening mark that follows a comma)
                close = self.closing(position)
                if close is not None and (self._quoted_name(position, close) or self._governed_title(position, close) or (
                        kind == "participle" and counted >= 2 and len(_WORD.findall(self.folded, position, close)) <= 3) or (
                        counted >= 5 and len(_WORD.findall(self.folded, position, close)) <= 2) or (
                        len(_WORD.findall(self.folded, position, close)) <= 4 and self._another_clause(after, position))):
                    # «وتساءل عما إذا كان الرئيس سيقول الكلام نفسه "لحفيدته"»: a word or two set off far from the
                    # verb are the reporter's emphasis, not the speech
                    # «مؤكدا معلومات للقنوات "تي إف 1" و"إل سي إي"»: a name or term a few words on, not speech
                    position = close + 1
                    continue
                if self._needs_that(index) and not (
                        self.words[index].group().lstrip("و") in _DEEMED and close is not None
                        and len(_WORD.findall(self.folded, position, close)) >= 10) and not (
                        # «وجاء في بيان للحكومة الإسرائيلية "أعاد الموساد …"»: what the statement says, marked
                        self._came_in(index) and close is not None and len(_WORD.findall(self.folded, position, close)) >= 4):
                    # but «واعتبر فلان في كلمة … "هدف هذه العملية هو …"» quotes a whole view; «واعتبرت الوزارة العمل
                    # "مسيئا للمصريين …"» only names what she deems it
                    return None
                return "mark", position, position + 1
            match = _WORD.match(self.folded, position)
            if match is None:
                position += 1
                continue
            word = match.group()
            following = _WORD.search(self.folded, match.end())
            if word in RELATIVES and counted and self.folded[max(after, match.start() - 3):match.start()].rstrip()[-1:] in ("،", ","):
                # «وقالت ماينرز، التي أفرج عنها بعد أن أدرك قادة الأمن أنها خدعت، إن حسين …»: the relative clause
                # describing the subject holds its own أن; the report starts past its closing comma
                comma = min((self.folded.find(c, match.end(), limit) for c in "،," if self.folded.find(c, match.end(), limit) != -1),
                            default=-1)
                if comma != -1 and len(_WORD.findall(self.folded, match.end(), comma)) <= 24 and \
                        (self._relative_marks_its_own(match.end(), comma) or self._marks_closed(match.end(), comma)) \
                        and self._that_after_times(comma + 1):
                    counted += len(_WORD.findall(self.folded, match.start(), comma))
                    position = comma + 1
                    continue
            if word in RELATIVES and counted and self._relative_reports(match):
                return None  # «أكدت التقارير التي كانت تفيد بأن …»: the reports' أن; confirmed is no report
            if word in _WHILE and counted and not (following and following.group() == fold("بعد")):  # «فيما بعد»: later
                return None  # «وأقرت محكمة استمرار حبسه بينما كانت واشنطن تأمل في أن …»: another clause's أن
            if word == _AND_THAT_WAS and counted >= 2 and self._needs_that(index) and \
                    self.folded[max(after, match.start() - 3):match.start()].rstrip()[-1:] in ("،", ","):
                return None  # «أعلن فلان وقف خططه …، وذلك بعد أسبوعين من إعلانه أنه …»: what he announced was a noun
            if word == _CAME and counted and following is not None and following.group() in _IN_IT_WORDS:
                return None  # «ونقلت رويترز بيانا للجيش جاء فيه أن …»: the statement's own words, its own cue
            if word == _TIME_WORD and counted and self._word_before(match) in _IN_FORMS:
                return None  # «ويعتبر الـ Loop بديلا …، في حين أن الـ (لوب) سوف …»: whereas, the reporter's contrast
            if word in THAT and self._word_before(match) == _AS_ALSO:
                counted += 1  # «كما أنها ليست …»: «as also», a clause of the reporter's
                position = match.end()
                continue
            if counted <= 4 and word == _FROM_WHOM and self.words[index].group().lstrip("وف") in _REVEALED and \
                    following is not None and following.group() not in THAT and following.group() not in _THAT_FORMS:
                return None  # «وتكشف التعليقات عن تنافس قريب …»: what is revealed is a noun, no report
            if counted <= 4 and word in _NAMES_LIST and self.words[index].group().lstrip("وف") in _MENTIONED:
                return None  # «وذكرت الوكالة السعودية أسماء ثلاث نساء: …»: names listed, no words reported
            if not counted and word in _QUESTIONS:
                return None  # «شرح كيف حاولت الشركة …»: an indirect question, not reported words
            if word in THAT and counted >= 3 and self._of_a_verbal_noun(match, after):
                # «… بعيد أيام على إعلان الرئيس ترامب أنه سيعقد قمة … "…"»: the announcement's own أن, and its
                # clause, are part of the long subject
                counted += 1
                reach += 15
                position = match.end()
                continue
            if (word in THAT or word in _THAT_FORMS) and counted >= 2 and self._as_oneself(match):
                counted += 1  # «خليل الذي قدم نفسه على أنه طبيب»: what he presented himself as, no report
                position = match.end()
                continue
            if word in THAT and counted and self._word_before(match) in _KNOWN_AS:
                counted += 1  # «وقال فلان المعروف بأنه أكثر مقدمي البرامج تأييدا للكرملين: "…"»: how he is known
                position = match.end()
                continue
            if word in THAT and counted and self._word_before(match) in _MODALS:
                counted += 1  # «… المنشورات التي يمكن أن تؤدي»: the modal's own أن inside the object
                position = match.end()
                continue
            if word in THAT and counted >= 2 and self._word_before(match) in _TO and self._until(match):
                counted += 1  # «قال مسؤولون … حيث طلبوا من السكان البقاء إلى أن يتم تقييم الأضرار»: until, no report
                position = match.end()
                continue
            if word in THAT and (self._in_a_name(match) or self._after_a_time_word(match)):
                counted += 1  # «محطة سي أن أن»: the letters of a name, no complementiser
                position = match.end()
                continue
            if counted and word in _TO and following is not None and following.group() not in THAT and \
                    following.group() not in _WHAT_WORD and self.words[index].group().lstrip("و") in _POINTING and \
                    not self.folded[match.end():following.start()].strip() and \
                    not any(w in RELATIVES for w in _WORD.findall(self.folded, after, match.start())):
                return None  # «وتشير تصريحات غوارديولا إلى رغبته في أن …»: pointing to a wish, no report
            if counted and word.lstrip("و") in CIRCUMSTANTIAL:
                return None  # «أعلن فلان قبول النتيجة، داعيا أردوغان إلى أن …»: the call is the reporter's account
            if counted and word[:1] == "و" and word[1:] in _ASKED:
                return None  # «وذكّر الوزير روسيا بقرار حكومته … وطلب من موسكو أن ترد»: the request's own أن
            if counted and word == _AMID and self.folded[max(after, match.start() - 3):match.start()].rstrip()[-1:] in ("،", ","):
                amid = True  # «ويتهم الحزب أردوغان باستغلال القضية، وسط شكوك في أن …»: the circumstance's أن is no report
            if amid and word in THAT:  # (but «وقالت ميركل، وسط حملة ضغط …: "…"» goes on to her colon)
                return None
            if counted and _DESCRIBED_IT.fullmatch(word) and following is not None and following.group() in THAT and \
                    following.group()[:1] == "ب":
                return None  # «تقرير زعم ارتكاب السلطات عمليات تعذيب وصفها بأنها "ممنهجة"»: the describing verb's بأن
            if word == _ON and counted >= 2 and following is not None and following.group() in THAT and \
                    self.words[index].group().lstrip("وف") in _DEEMED_NOW:
                return None  # «وتعتبر هذه الدراسة تأكيدا جديدا على أن …»: what it is deemed, passive, no one's view
            if word in THAT:
                if word == _IF and following is not None and following.group() == _NOT_PAST:
                    return None  # a condition, no report: «ودعا بغداد إلى التحرك، مهددا بالتدخل إن لم تفعل»
                if counted and self.words[self.index_at[match.start()] - 1].group() == _NOTE:
                    return None  # «، علما أنه …»: the reporter's own note
                if counted and self._word_before(match).lstrip("و") in _SEEMED:
                    if any(m in self.folded[match.end():limit] for m in '"«“'):
                        counted += 1  # «وقال الشاب في مقطع آخر يبدو أنه صور في 14 فبراير "…"»: his words follow
                        position = match.end()
                        continue
                    return None  # «… التي اكتسبت زخما وبدا أنها قادرة …»: what seemed, no one's words
                return "that", match.start(), self._past_space(match.end())
            if following and (word, following.group()) in TWO_WORD_THAT and counted >= 2 and self._as_oneself(following):
                counted += 2  # «خليل الذي قدم نفسه على أنه طبيب»: what he presented himself as, no report
                position = following.end()
                continue
            if following and (word, following.group()) in TWO_WORD_THAT and self._written_with_alef_maqsura(match) and \
                    not (word in _TO and counted >= 2 and self._until(following)):
                # («إلى أن» after a verb that takes no «إلى» and other words is «until»: see above)
                return "that", match.start(), self._past_space(following.end())
            counted += 1
            if self._is_cue_word(word) and self._word_before(match) in RELATIVES and counted > 2 and \
                    (self.words[index].group().lstrip("وف") in _SAID or self.words[index].group().lstrip("وف") in GOING_ON) \
                    and not self._that_follows(self.index_at[match.start()], before_a_colon=True):
                # («وتابع الرئيس الذي تابع جزءا كبيرا من التمرين: "…"»: a verb of going on too)
                # «وقال عنه الصحفي فلان الذي كتب سيرته عام 2014: "…"»: a verb in a clause describing the subject
                position = match.end()
                continue
            if counted > reach or (self._is_cue_word(word) and not self._no_verb_of_saying(self.index_at[match.start()])
                                   # «وقال صحفي … لم يكشف عن هويته: "…"»: who would not be named says nothing here
                                   and not self._unnamed_source(match)
                                   and not self._inside_tagged(match)  # «قال كريستوفر راي إن …»: a name, not «رأى»
                                   and not (word.lstrip("و") in _IS_NAMED and self._written_with_alef_maqsura(match))
                                   and self._word_before(match) != _NOT_ADJECTIVE  # «تقارير غير مؤكدة»
                                   # «ضحية آخر، لا يمكن ذكر اسمه لأغراض قانونية، للمحكمة إنه …»: a verbal noun
                                   and self._word_before(match) not in _MODALS
                                   and not self._of_transport(self.index_at[match.start()])
                                   and not self._attribution_aside(self.index_at[match.start()])
                                   and not self._refers_to(self.index_at[match.start()]) and (
                    word not in SAYING_PARTICIPLES or (
                    counted > 3 and any(mark in self.folded[after:match.start()] for mark in "،,")))):
                # «أشار إلى المؤتمر …، الذي سيعقد في بروكسل، قائلا إنه …»: a participle after a clause of its own
                # opens its own quote; «أكد مسؤول كبير لوكالة رويترز قائلا» is one statement
                return None
            position = match.end()
        return None

    def _relative_marks_its_own(self, start: int, comma: int) -> bool:
        """No quotation mark in a relative clause, or only after its own أن: «، الذي يصف نفسه بأنه "عدو
        لأسعار الفائدة"، …» holds its own report."""
        marks = [self.folded.find(m, start, comma) for m in ':"«»“”' if self.folded.find(m, start, comma) != -1]
        return not marks or any(w in THAT for w in _WORD.findall(self.folded, start, min(marks)))

    def _marks_closed(self, start: int, comma: int) -> bool:
        """«، الذي كتب "اغتيال جياني فيرساتشي: قصة جريمة أمريكية"، إن …»: every mark in the clause closes before its
        comma, a title or a term of the clause's own; the إن after the comma is the main verb's."""
        position = start
        while True:
            opening = min((at for at in (self.folded.find(m, position, comma) for m in '"«“') if at != -1), default=None)
            if opening is None:
                return True
            close = self.closing(opening)
            if close is None or close >= comma:
                return False
            position = close + 1

    def _that_after_times(self, position: int) -> bool:
        """إن/أن at `position`, or after three words of time at most («، الأسبوع الماضي إنه …»)."""
        for _ in range(4):
            word = _WORD.match(self.folded, self._past_space(position))
            if word is None:
                return False
            if word.group() in THAT:
                return True
            if word.group() not in TIME_WORDS:
                return False
            position = word.end()
        return False

    def _attribution_aside(self, index: int) -> bool:
        """A verb of saying inside «، وفق ما نقلت وكالة سانا،» between a verb and its إن: the aside's own. (Narrower
        than `_attributed`, which also takes «كما» and any attribution word two words back.)"""
        before = [self.words[n].group() for n in range(max(0, index - 2), index)]
        return bool(before) and (before[-1] == fold("حسبما") or (
            len(before) == 2 and before[-1] in _WHAT_SAID and (
                before[-2] in _AS_SAID_BEFORE_MA or before[-2][:1] == "و" and before[-2][1:] in _AS_SAID_BEFORE_MA)))

    def _relative_goes_on(self, start: int, at: int) -> bool:
        """A relative clause opened in the last six words before `at`, no comma nor أن since: «الموضوع الذي
        نشرته الصحيفة ويزعم أن …» joins its second verb to the clause."""
        words = list(_WORD.finditer(self.folded, max([start] + [self.folded.rfind(c, start, at) for c in "،,"]), at))[-6:]
        relative = max((n for n, w in enumerate(words) if w.group() in RELATIVES), default=None)
        # («ترامب الذي كان يشعر "بالفزع" وقال "…"»: past marked words the sentence's subject speaks again)
        return relative is not None and not any(w.group() in THAT for w in words[relative:]) and \
            not any(m in self.folded[words[relative].end():at] for m in '"«»“”')

    def _relative_reports(self, relative) -> bool:
        """A relative clause whose own verb of saying takes the أن right after it: «التقارير التي كانت تفيد بأن …»,
        «الأنباء التي تقول إن …». «المسؤول الذي طلب عدم نشر اسمه، إن …» leaves the أن to the main verb."""
        index = self.index_at[relative.start()] + 1
        while index < len(self.words) and self.words[index].group() in _WAS:
            index += 1
        if index + 1 >= len(self.words):
            return False
        verb = self.words[index].group()
        if verb in _STIPULATES and index + 2 < len(self.words) and self.words[index + 1].group() == _ON and \
                self.words[index + 2].group() in THAT:
            return True  # «أقر البرلمان القانون الذي ينص على أن …»: the law's own words; passing it is no report
        return (verb in VERBS or verb in _INFORMS) and self.words[index + 1].group() in THAT and \
            not self.folded[self.words[index].end():self.words[index + 1].start()].strip()

    def _another_clause(self, after: int, position: int) -> bool:
        """«شدد روحاني على …، وهدد واشنطن برد سريع "في أقل من أسبوع"»: a comma, then a joined word that is
        no verb of saying, between the cue and a few marked words: they belong to that other clause."""
        for match in _WORD.finditer(self.folded, after, position):
            gap = self.folded[max(after, match.start() - 3):match.start()]
            if any(mark in gap for mark in "،,") and match.group()[:1] == "و" and len(match.group()) > 3 \
                    and not self._is_cue_word(match.group()):
                return True
        return False

    def _refers_to(self, index: int) -> bool:
        """«أشار/يشير/مشيرا (فيها) إلى» followed by a name or a noun, not by أن: a reference, no report."""
        word = self.words[index].group()
        if (word[1:] if word[:1] in "وف" and len(word) > 4 else word) not in _POINTING:
            return False
        n = index + 1
        if n < len(self.words) and self.words[n].group() in _IN_IT_WORDS:
            n += 1  # «يشير فيها إلى …»
        if n + 1 >= len(self.words) or self.words[n].group() not in _TO:
            return False
        following = self.words[n + 1].group()
        return following not in THAT and following not in _WHAT_WORD and \
            not self.folded[self.words[n].end():self.words[n + 1].start()].strip()

    def _of_a_verbal_noun(self, match, after: int) -> bool:
        """Whether أن follows «إعلان/تأكيد/قول» (past the cue) and the name that is its subject («إعلان الرئيس
        ترامب أنه»)."""
        index = self.index_at.get(match.start())
        if index is None:
            return False
        for n in range(index - 1, max(-1, index - 6), -1):
            if self.words[n].start() < after:
                return False
            if self.words[n].group().lstrip("وب") in _VERBAL_NOUNS:
                # its subject right after it, no preposition between («إعلان على فيسبوك» is an advertisement)
                if any(self.words[m].group() in GOVERNING for m in range(n + 1, index)):
                    return False
                a, b = self.original(self.words[n].end(), match.start())
                return any(e.label in ("PERSON", "ORG") for e in self.within(a, b))
        return False

    def _until(self, that) -> bool:
        """«… البقاء في منازلهم إلى أن يتم تقييم الأضرار», «إبقاء العقوبات … إلى أن يتم إحراز تقدم»: «إلى أن» after
        staying or keeping something is «until»; after «أكد في تصريحات إلى أن» (a common slip) it still reports."""
        index = self.index_at[that.start()]
        return any(_bare(w.group()) in _WAITING or _bare(w.group()[1:]) in _WAITING
                   for w in self.words[max(0, index - 8):index - 1])

    def _word_before(self, match) -> str:
        """The word before a matched word, folded."""
        index = self.index_at.get(match.start())
        return self.words[index - 1].group() if index else ""

    def _past_space(self, position: int) -> int:
        """Where the reported words begin after a complementiser: past one space, or at once when a number is
        glued to it («أن26 مدنيا»)."""
        return position + 1 if self.folded[position:position + 1].isspace() else position

    def _opens_with_own_subject(self, index: int) -> bool:
        """A verb of saying with its own opening and its own subject after it: «…، أشارت مصادر أخرى إلى أن …»
        begins another speaker's words; «…، أبلغه بأن …» goes on with the clause's."""
        opening = self.opening(index, "verb")
        return opening is not None and bool(self._name_phrase(self.words[index].end(), opening[1]))

    def _governed_title(self, opening: int, close: int) -> bool:
        """«إلى المؤتمر الدولي حول "دعم مستقبل سوريا والمنطقة"»: quoted words after a preposition name a
        thing (a title, a slogan); reported words do not follow حول or عن."""
        before = _WORD.findall(self.folded[max(0, opening - 20):opening])
        if before and before[-1] in _BEFORE_A_NAME and len(_WORD.findall(self.folded, opening, close)) <= 6 and \
                _WORD.match(self.folded, self._past_space(close + 1)) is not None:
            return True  # «في كلمة أمام "منتدى المالية العامة في الدول العربية" في دبي، إن …»: where she spoke
        return bool(before) and before[-1] in _ABOUT and len(_WORD.findall(self.folded, opening, close)) <= 6

    def _written_with_alef_maqsura(self, match) -> bool:
        """على/إلى as written: the fold makes the name علي look like the preposition."""
        a, b = self.original(match.start(), match.end())
        return plain(self.text[a:b]).endswith("ى")

    def _relative_clause_end(self, index: int, start: int, end: int) -> int:
        """«وتنص المادة، الذي تقول إيران إنه يستند للشريعة، على أن …»: a report in a relative clause set off by
        commas ends at the comma that closes the clause."""
        if index == 0 or self.words[index - 1].group() not in RELATIVES or index < 2:
            return end
        if not any(mark in self.folded[self.words[index - 2].end():self.words[index - 1].start()] for mark in "،,"):
            return end
        for n, char in enumerate(self.folded[start:end]):
            if char not in "،," or self._inside_marks(start, start + n):
                continue
            following = _WORD.search(self.folded, start + n + 1, end)
            if following is not None and following.group()[:1] == "و" and following.group()[1:] in THAT:
                continue  # «…، وأن كاميرات المراقبة …»: the same report goes on
            return start + n
        return end

    def _while_another_says(self, match, *, comma: bool = True) -> bool:
        """«في حين قالت …», «بينما أكد …», «فيما أشار …»: a verb of saying with its own opening right after.
        Without a comma only «بينما» and «في حين» («فيما قاله» may be what was said)."""
        word = match.group()
        if word not in _WHILE_OPENERS:
            return False  # checked for every word a report runs over: the cheap test first
        index = self.index_at[match.start()]
        at_a_time = word in _IN and comma and index + 1 < len(self.words) and self.words[index + 1].group() == _TIME
        if word in _IN and index + 1 < len(self.words) and (self.words[index + 1].group() == _TIME_WORD or at_a_time):
            index += 1
        elif word not in _WHILE or (not comma and word != _WHILE_WORD):
            return False
        following = index + 1
        # «، في وقت تحذر الأمم المتحدة من تداعيات …»: at a time another warns, whatever it warns of
        return following < len(self.words) and self.cue_kind(following) == "verb" and (
            at_a_time or self.opening(following, "verb") is not None)

    def _place_before(self, word) -> bool:
        """Whether a tagged place ends with the word: «… إلى لبنان، حيث …»."""
        end = self.back(word.end())
        return any(e.end == end and e.label == "GPE" for e in self.within(max(0, end - 60), end))

    def _another_named_after(self, match) -> bool:
        """«غير أن إسرائيل …», «إلا أن الحكومة …»: أن and a tagged name right after it."""
        index = self.index_at[match.start()]
        if index + 2 >= len(self.words) or self.words[index + 1].group() not in THAT:
            return False
        return self._name_follows(self.words[index + 1])

    def _person_follows(self, match) -> bool:
        """A tagged person's name right after the word: «لكن ديفيد فاغنر …» sets another against the speaker."""
        index = self.index_at[match.start()]
        if index + 1 >= len(self.words) or self.folded[match.end():self.words[index + 1].start()].strip():
            return False
        person = self._name_after(match)
        if person is None and re.search(r"(?:ه|ها)$", self.words[index + 1].group()) and index + 2 < len(self.words):
            person = self._name_after(self.words[index + 1])  # «… لكن خلفه باراك أوباما قال …»: his successor, named
            index += 1
        if person is None or person.label != "PERSON":
            return False
        # his own verb of saying or thinking within a dozen words: «… لكن فلان، الذي استفاد من القرار، يعتقد أن …»;
        # never «لكن خاشقجي لم يعد», which goes on the reported words
        limit = self.sentence_end(match.end())
        for word in self.words[index + 2:index + 14]:
            if word.start() > limit:
                break
            if self.back(word.start()) >= person.end and (self._is_cue_word(word.group()) or word.group() in HOLDS_A_VIEW):
                return True
        return False

    def _another_source_follows(self, match) -> bool:
        """«ولكن ناشطين أحصوا …», «لكن مصادر محلية قالت …»: a people noun right after «لكن», then a verb."""
        index = self.index_at[match.start()]
        if index + 2 >= len(self.words):
            return False
        noun = self.words[index + 1].group()
        if noun in _SOURCE_NOUNS and not self.words[index + 2].group().startswith("ال"):
            return True
        if (noun in _SOURCE_NOUNS or noun in HOLDERS) and index + 3 < len(self.words) and self.cue_kind(index + 3) == "verb":
            # «…، لكن خبراء المخابرات قالوا إنه …», «…، لكن محامي ترامب قال إن …»: the noun and whom or what it
            # governs, then their verb
            return True
        if (noun in TITLES or noun in CONSTRUCT_TITLES) and any(
                self.cue_kind(n) == "verb" for n in range(index + 2, min(len(self.words), index + 7))):
            # «…، لكن المتحدثة باسم الاتحاد قالت إن …»: an office, then its verb of saying
            return True
        own = re.sub(r"(?:ته|تها|ه|ها|هم)$", "", noun)
        limit = self.sentence_end(match.end())
        if noun in TITLES or noun in CONSTRUCT_TITLES or noun[:-1] in CONSTRUCT_TITLES:
            # «…، لكن زعيمة الحزب الليبرالي، النائبة جو سوينسون، دعت إلى …»: an office, the person named in
            # apposition, then her own verb of saying or calling
            a = self.back(self.words[index + 1].start())
            person = next((e for e in self.within(a, a + 90) if e.label == "PERSON"), None)
            if person is not None and self.back(limit) > person.end:
                after = next((n for n in range(index + 2, min(len(self.words), index + 14))
                              if self.back(self.words[n].start()) >= person.end), None)
                if after is not None and self.words[after].start() < limit and (
                        self.words[after].group() in TOLD or self.cue_kind(after) == "verb"):
                    return True
        if noun in _MANY_OF and self.words[index + 2].group() == _FROM_WORD and any(
                self.cue_kind(n) == "verb" and self.words[n].group().endswith(("وا", "ون"))
                for n in range(index + 3, min(len(self.words), index + 14)) if self.words[n].start() < limit):
            # «…، لكن العديد من الباعة المتجولين الذين كانوا معه قالوا إن …»: many of them, described, then their verb
            return True
        if own != noun and (own in HOLDERS or own + "ة" in HOLDERS or fold(own + "ة") in HOLDERS) and any(
                self.cue_kind(n) == "verb" for n in range(index + 2, min(len(self.words), index + 15))
                if self.words[n].start() < limit):
            # «…، لكن صديقته التي كانت معه أثناء الرحلة، نيكولا رايت، نفت ذلك»: his friend, described, then her verb
            return True
        # «…، لكن ترامب ينفي ذلك»: a tagged name, then its own verb of saying, whatever follows the verb
        named = self._name_after(match)
        if named is None:
            return False
        after = next((n for n in range(index + 2, min(len(self.words), index + 8))
                      if self.back(self.words[n].start()) >= named.end), None)
        return after is not None and self._is_cue_word(self.words[after].group())

    def _name_follows(self, match) -> bool:
        """Whether a tagged name starts right after the word."""
        return self._name_after(match) is not None

    def _name_after(self, match):
        """The tagged name that starts at the word right after this one, if any."""
        following = _WORD.search(self.folded, match.end())
        if following is None:
            return None
        at = self.back(following.start())
        return next((e for e in self.within(at, at + 1, whole=False) if e.start == at), None)

    def _as_also_that(self, match) -> bool:
        """«…، كما أن هناك تعاونا وطيدا …»: «كما أن» and no verb of saying in the next words, the speaker's own
        «also»; «، كما أكد أن …» is the reporter's next statement."""
        index = self.index_at[match.start()]
        if index + 1 >= len(self.words) or self.words[index + 1].group() not in _THAT_FORMS:
            return False
        for n in range(index + 2, min(len(self.words), index + 6)):
            if any(mark in self.folded[self.words[n - 1].end():self.words[n].start()] for mark in "،,.:"):
                break  # «كما أنه سيصورها فيديو، رافضاً ذكر اسمها»: past its own clause
            if self._is_cue_word(self.words[n].group()):
                return False
        return True

    def _closed_aside(self, match) -> bool:
        """«أن البلد الذي ترفع السفينة علمه، وهو جبل طارق، ينبغي …»: a few words set off by commas, naming
        what came before, and the reported clause goes on; «، وهو ما يعني …» is the reporter's comment."""
        index = self.index_at[match.start()]
        for n in range(index + 1, min(len(self.words), index + 5)):
            word = self.words[n]
            if n == index + 1 and (word.group() in _WHAT_WORD or match.group() not in _HE_SHE):
                return False  # «، وذلك بعد ساعات …،»: the reporter's own words
            gap = self.folded[word.end():self.words[n + 1].start()] if n + 1 < len(self.words) else "."
            if any(mark in gap for mark in ".؟?!:\n\"«»"):
                return False
            if any(mark in gap for mark in "،,"):
                after = self.words[n + 1].group()
                return after[:1] != "و" and after not in ATTRIBUTION and after not in BUTS
        return False

    def _says_soon(self, index: int, within: int) -> bool:
        """A verb of saying with its own opening, or a quotation mark right after it, in the next words of the
        sentence: «، مما دفع ترمب للرد في تغريدة، قال فيها إن …», «وكانت قد أعلنت "استشهاد …"»."""
        for n in range(index + 1, min(len(self.words), index + 1 + within)):
            if any(mark in self.folded[self.words[n - 1].end():self.words[n].start()] for mark in ".؟?!\n"):
                return False
            if self.cue_kind(n) == "verb" and (self.opening(n, "verb") is not None or self.folded[
                    self.words[n].end():self.words[n].end() + 3].strip()[:1] in ('"', "«", ":")):
                return True
        return False

    def _but_that_says(self, match) -> bool:
        """«إلا أنه أكد …», «إلا أن الوزير قال …»: أن and a verb of saying within three words after «إلا»."""
        index = self.index_at[match.start()]
        if index + 2 >= len(self.words) or self.words[index + 1].group() not in THAT:
            return False
        return any(self.cue_kind(n) == "verb" for n in range(index + 2, min(len(self.words), index + 5)))

    def _saying_follows(self, match) -> bool:
        """A verb of saying with its own opening within the next two words («لكنه كرر أنه …»)."""
        index = self.index_at[match.start()]
        for following in range(index + 1, min(len(self.words), index + 3)):
            if self.cue_kind(following) == "verb" and self.opening(following, "verb") is not None:
                return True
        return False

    def _as_oneself(self, that) -> bool:
        """«قدم نفسه على أنه …», «وصفت نفسها بأنها …»: oneself presented as something."""
        before = _WORD.findall(self.folded, max(0, that.start() - 30), that.start())[-3:]
        if that.group()[:1] != "ب":
            if before[-1:] != [_ON]:
                return False
            before = before[:-1]
        # (the verb before «نفسه»: «في الوقت نفسه بأن …» is «at the same time», and reports)
        return len(before) >= 2 and before[-1] in _ONESELF and not before[-2].startswith("ال")

    def _spaced_opening(self, position: int) -> bool:
        """A mark with a space on both sides that opens four words or more and closes in the sentence."""
        if self.folded[position - 1:position] != " ":
            return False
        close = self.closing(position)
        return close is not None and len(_WORD.findall(self.folded, position, close)) >= 4

    def _came_in(self, index: int) -> bool:
        """«وجاء في البيان», «جاء في بيان لـ…»: a statement noun after «جاء في»."""
        word = self.words[index].group()
        return (word[2:] if word[:2] == "ال" else word) in _STATEMENT_NOUNS and index > 1 and \
            self.words[index - 1].group() in _IN and self.words[index - 2].group().lstrip("و") == _CAME

    def _needs_that(self, index: int) -> bool:
        word = self.words[index].group()
        bare = word[1:] if word[:1] in "وف" else word
        return word in NEEDS_THAT or bare in NEEDS_THAT or word in NOUN_CUES or bare in NOUN_CUES

    def _no_verb_of_saying(self, index: int) -> bool:
        """«طلب عدم كشف هويته», «مسؤول رفض كشف هويته», «في كشف …»: a word of saying right after عدم, a
        refusal or a preposition is a noun; «والذي يعتبر أكبر مركز»: after a relative, «is deemed», said by no
        one; «أن هذا يشير إلى أن …»: a thing the reporter points at does the pointing; «لفترات كشف» a noun."""
        if not index:
            return False
        before, word = self.words[index - 1], self.words[index]
        if before.group() in _NOT_DOING and word.group()[:1] not in "وف":
            return True
        if before.group() in _THIS and word.group()[:1] in "يت" and not self.folded[before.end():word.start()].strip():
            return True
        if before.group().lstrip("و") in RELATIVES and word.group() in _IS_DEEMED:
            return True
        if self.folded[before.start() - 1:before.start()] in _OPENING and before.group().endswith("ات"):
            # «تعرضت "لفترات كشف دورية"»: a marked term, a verbal noun a plural governs; no one reveals
            plural = before.group().lstrip("وف")
            plural = plural[1:] if plural[:1] in "لب" and len(plural) > 5 else plural
            if not plural.startswith("ال") and len(plural) >= 5 and word.group()[:1] not in "وف" and \
                    not self.folded[before.end():word.start()].strip():
                return True
        return before.group() in GOVERNING and word.group()[:1] not in "وف" and \
            not self.folded[before.end():word.start()].strip()

    def _after_a_time_word(self, match) -> bool:
        """«بعد أن ضرب الإعصار», «قبل أن …»: أن after a word of time joins a clause of time, not speech."""
        index = self.index_at[match.start()]
        written = self.text[slice(*self.original(match.start(), match.end()))]
        return written == "أن" and index > 0 and self.words[index - 1].group() in _TIME_CONJUNCTIONS

    def _inside_tagged(self, match) -> bool:
        a, b = self.original(match.start(), match.end())
        return any(e.start <= a and b <= e.end for e in self.within(max(0, a - 60), b, whole=False))

    def _in_a_name(self, match) -> bool:
        """Whether a word stands inside a tagged name, or is the «أن» of «سي أن أن»."""
        if self._inside_tagged(match):
            return True
        index = self.index_at[match.start()]
        around = [self.words[n].group() if 0 <= n < len(self.words) else "" for n in range(index - 2, index + 2)]
        return (around[1] == _SEE and around[3] in _AN) or (around[0] == _SEE and around[1] in _AN) or \
            around[3] == _BEE  # «أن بي سي»

    def _few_quoted_words(self, start: int, end: int) -> bool:
        """Whether the quotation marks closing at `end` hold three words or fewer: a name, not a statement."""
        opened_at = max(self.folded.rfind(mark, start, end) for mark in '"«“')
        return len(_WORD.findall(self.folded, opened_at + 1, end)) <= 3

    def _of_transport(self, index: int) -> bool:
        """«نقل» right after an indefinite feminine noun is transport («شركة نقل», «وسائل نقل»), not «نقل عن»."""
        previous = self.words[index - 1].group() if index else ""
        return self.words[index].group() == _TRANSPORT and not previous.startswith("ال") \
            and (previous.endswith(("ة", "ه", "ات")) or previous == _MEANS) \
            and not self.folded[self.words[index - 1].end():self.words[index].start()].strip()

    def _is_cue_word(self, word: str) -> bool:
        bare = word[1:] if word[:1] in "وف" else word
        return word in VERBS or bare in VERBS or word in PARTICIPLES or bare in PARTICIPLES or bare in COLON_VERBS

    def closing(self, opening: int) -> int | None:
        mark = _OPENING.get(self.folded[opening], '"')
        close = self.folded.find(mark, opening + 1)
        if mark == "»":
            close = close if close != -1 else self.folded.find('"', opening + 1)
        paragraph = self.paragraph_end(opening)
        if mark == '"':
            curly = self._curly_close(opening, close if close != -1 else paragraph)
            close = curly if curly is not None else self._past_inner_marks(opening, close, paragraph)
        return close if close != -1 and close < paragraph else None

    def _curly_close(self, opening: int, before: int) -> int | None:
        """«وكتب: "لن تسمح … بدون ضرائب“. وأضاف: "…“»: a text that opens straight and closes curly; a curly mark
        right after a word, before the next straight one, with no curly pair opened inside («"… “لا” …"»)."""
        found = [at for at in (self.folded.find("“", opening + 1, before), self.folded.find("”", opening + 1, before)) if at != -1]
        if not found:
            return None
        at = min(found)  # a curly mark after a space opens marked words inside
        return None if self.folded[at - 1].isspace() else at

    def _past_inner_marks(self, opening: int, close: int, paragraph: int) -> int:
        """«"نحو سبعين بالمئة … قرروا المشاركة في "حكومة تسوية" مع …"», «"… مثل "لواء الثورة" أو "حسم"، لكن …"»:
        a straight mark after a space (or a glued و/ل/ب) and before a word opens a few marked words inside, closed
        within six words with no sentence ending between; the outer quote closes at the first mark past them.
        «… نحاول. وأضاف: "نحن …"» opens a new quote, and «أفعالا "ومحذرا …» closes one with a stray space."""
        at = close
        while at != -1 and at < paragraph:
            before = self.folded[at - 1] if at else " "
            glued = before in "وبلفك" and at > 1 and (self.folded[at - 2].isspace() or self.folded[at - 2] == '"')
            if not ((before.isspace() or glued) and _WORD.match(self.folded, at + 1)) or \
                    self.folded[at + 1] == "و" or self.folded[opening:at].rstrip()[-1:] in (":", ".", "؟", "?", "!"):
                return at
            inner = self.folded.find('"', at + 1)
            if inner == -1 or inner >= paragraph or len(_WORD.findall(self.folded, at, inner)) > 6 or \
                    any(mark in self.folded[at:inner] for mark in ".:؟?!"):
                return at
            at = self.folded.find('"', inner + 1)
        return close

    def _quoted_name(self, opening: int, close: int) -> bool:
        """A few words in quotation marks with the sentence going on: a name or a title, not speech."""
        words = _WORD.findall(self.folded, opening, close)
        a, b = self.original(opening + 1, close)
        if any(e.start <= a and b <= e.end for e in self.within(a, b, whole=False)):
            return True  # «ونقلت "أن بي سي نيوز" عن …»: the quoted words are a tagged name
        after = _SYMBOLS.sub("", self.folded[close + 1:close + 30])  # «"كان" 😀 أن»: an emoji is no end of the name
        before = _WORD.findall(self.folded, max(0, opening - 20), opening)[-1:]
        if len(words) <= 5 and before and (before[0] in _TERMS or before[0][1:] in _TERMS):
            return True  # «ما يعرف بمصطلح "الدولة العميقة"»: a term named, not speech
        called = _WORD.findall(self.folded, max(0, opening - 24), opening)[-2:]
        if len(words) <= 5 and (called[-1:] and called[-1] in _CALLED or (
                len(called) == 2 and called[0].lstrip("و") in _NAMED_IT and called[1] in _ON_IT)):
            return True  # «مما أطلق عليه "مخطط الابتزاز الجنسي"», «ما يسمى "…"»: what it is called
        if len(words) <= 5 and before and (before[0] in _WORKS or before[0][1:] in _WORKS) and after.strip()[:1] in ("،", ",", "و"):
            return True
        if len(words) <= 5 and before and (before[0] in _MEDIA or before[0][1:] in _MEDIA or (
                _bare(before[0]) in _KINDS and not before[0].startswith("ال"))):
            # «مراسل وكالة "فرانس برس"، على هامش …: "…"», «لصحيفة "الغد"», «مع جماعة "فيلق الرحمن"»: a name
            return True
        if words and words[0][:1] == "ل" and (words[0][1:] in _MEDIA or words[0][2:] in _MEDIA):
            return True  # «وهو يتحدث "لشبكة سكاي سبورتس الإخبارية"»: the outlet spoken to, marked
        following = _WORD.match(after.lstrip().lstrip("،,").lstrip())
        if len(words) <= 5 and following is not None and following.group() in RELATIVES:
            # «قرب "جسر شهداء 15 تموز/يوليو" الذي سيطر عليه …», «عقب حضوره ختام "تمرين درع الخليج المشترك 1"، الذي
            # أقيم …»: a place or an event the clause describes
            return True
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
        else:
            end = self._past_marked_stops(start, end)
        return self.clause_end(start, end)

    def _past_marked_stops(self, start: int, end: int) -> int:
        """«أنها تريد "أن توضح بالتحديد... أن بريطانيا لم تتدخل"»: a full stop inside marks opened after the cue
        ends no sentence; the words run to the closing mark."""
        between = self.folded[start:end]
        if between.count('"') % 2 == 1:
            opening = start + between.rfind('"')
        elif between.count("«") > between.count("»"):
            opening = start + between.rfind("«")
        else:
            return end
        close = self.closing(opening)
        if close is None or close < end:
            return end
        return close + 1  # to the closing mark: what follows it may be the reporter's («… " سعيا للتمكن …»)

    def _narration_resumes(self, start: int, end: int) -> int:
        """Words after a colon, with no quotation marks, run to the paragraph's end; but a paragraph may be the
        whole article, and the reporter takes over at a sentence that opens on و and names someone in its first
        words («… لا تهم. وفازت فرنسا بالمركز الأول …», «… مستوانا. ويحتل أرسنال المركز السادس …»)."""
        at = self.sentence_end(start)
        while at < end:
            following = self.first_word_at(at + 1)
            opening = self.words[following:following + 5]
            if opening and opening[0].start() < end and (opening[0].group()[:1] == "و" or self._turns_to(opening)) and \
                    opening[0].group() not in ASIDES and \
                    self.within(self.back(opening[0].start()), self.back(opening[-1].end()), whole=False):
                # «… قادم. وجاء رأي صحيفة "ذا صن" مشابها», «… لا يستسلم. كذلك أشاد زيدان بـ…», «. من ناحية أخرى ،
                # حذر زيدان من …»
                return at
            if opening and opening[0].start() < end and opening[0].group()[:1] == "و" and \
                    self._is_cue_word(opening[0].group()):
                return at  # «… بطل العالم. وأشارت الصحيفة الإيطالية إلى …»: the reporter attributes again
            if opening and opening[0].start() < end and opening[0].group()[:1] == "و" and \
                    _STATEMENTS & {word.group() for word in self.words[following:following + 6]}:
                return at  # «… ألا نواجههم. وبعد ساعات قليلة من تصريحات النجم الفرنسي، …»: told of, not said
            if opening and opening[0].start() < end and opening[0].group() in _BUT and \
                    self.within(self.back(opening[0].start()), self.back(opening[-1].end()), whole=False):
                return at  # «… وشائعات. ولكن هانز فاتزكة، الرئيس التنفيذي، قال …»
            if self._opens_another_colon_quote(following, end):
                return at  # «… أو لا. وقال بارتوميو، رئيس النادي: …», «وعن هذا الأمر تحدث قائلا: …»
            at = self.sentence_end(at + 1)
        return end

    @staticmethod
    def _turns_to(opening) -> bool:
        """A sentence opening on «كذلك», «كما» or «من ناحية/جهة أخرى», «في المقابل»: the reporter turns to the next
        thing."""
        words = [w.group() for w in opening[:2]]
        return words[0] in _LIKEWISE or tuple(words) in _ON_THE_OTHER_HAND

    def _opens_another_colon_quote(self, first: int, end: int) -> bool:
        """Whether a sentence opens a quote of its own with a colon: a verb of saying right before the colon in
        its first sixteen words, or a verb of saying among its first two words and a colon in its first
        fourteen («وقال جوسيب ماريا بارتوميو، رئيس مجلس إدارة برشلونة: …»)."""
        cue_first = False
        for n in range(first, min(first + 16, len(self.words))):
            word = self.words[n]
            if word.start() >= end or (n > first and "\n" in self.folded[self.words[n - 1].end():word.start()]):
                return False
            cue = self._is_cue_word(word.group())
            cue_first = cue_first or (cue and n < first + 2)
            colon = self.folded[word.end():word.end() + 2].strip()[:1] == ":"
            if colon and (cue or (cue_first and n < first + 14)):
                return True
            if any(mark in self.folded[word.end():word.end() + 2] for mark in ".؟?!"):
                return False
        return False

    def _main_clause_after_when(self, start: int, match) -> bool:
        """A report inside a sentence that opens on «after» or «when» («وبعدما ذكرت الصحيفة أن …») ends where the
        main clause begins after a comma on a verb of saying of its own («، أكدت الصحيفة ذلك السبت»)."""
        first = self.first_word_at(self.sentence_start(start))
        index = self.index_at[match.start()]
        opener = self.words[first].group() if first < len(self.words) else ""
        after_that = opener.lstrip("و") == _AFTER and first + 1 < index and self.words[first + 1].group() in THAT
        # «وفي حين أكد فلان أن …، رفض فلان التعليق», «وبينما قال …، …», «وفيما أكد هادي أن …، شدد على أن …»: the
        # report is the subordinate clause
        while_that = (opener.lstrip("و") in _IN and first + 1 < index and self.words[first + 1].group() == _TIME_WORD) \
            or opener.lstrip("و") in _WHILE
        if not (opener in _WHEN or after_that or while_that) or first >= index:
            return False
        if self.cue_kind(index) == "verb":
            return True
        # «وبعد أن قال كثيرون إن …، نشرت الأستاذة الجامعية بيانا»: any verb of the main clause, with its subject
        word = self.words[index].group()
        following = self.words[index + 1].group() if index + 1 < len(self.words) else ""
        verb_like = len(word) >= 3 and not word.startswith(("ال", "و", "ف")) and word not in NOT_VERB_OPENERS \
            and word not in GOVERNING and following not in RELATIVES
        if while_that and verb_like and index + 1 < len(self.words) and \
                any(e.start == self.original(*self.words[index + 1].span())[0] for e in self.within(*self.original(*self.words[index + 1].span()))):
            return True  # «، رفض أوزيل التعليق»: a verb and a tagged name, the main clause's own subject
        return (after_that or while_that) and verb_like and word.endswith("ت") and not self._feminine_noun(index) \
            and following.startswith("ال")

    def _untold(self, match) -> bool:
        """«دون أن يقدم …», «من دون الخوض في …», «دون تقديم أدلة»: without telling, a verb or a verbal noun of telling
        after «(من) دون (أن)»."""
        words = _WORD.findall(self.folded, match.start(), match.start() + 40)[:4]
        if words[:1] == [fold("من")]:
            words = words[1:]
        if not words or words[0] not in _WITHOUT:
            return False
        rest = words[2:] if words[1:2] and words[1] in _AN else words[1:]
        return bool(rest) and rest[0] in _TELLING

    def _setting_closes(self, match, end: int) -> bool:
        """Whether the words from `match`, after a comma, to `end` are how the words were said: «، في تصريحات …»,
        «، في إشارة إلى …», «، في أول تعليق له», with no verb of saying after them in the sentence (then they set
        the next report: «…، وفي تصريحات لاحقة قال إن …»)."""
        following = _WORD.match(self.folded, self._past_space(match.end()))
        if match.group() not in _IN or following is None or following.group() not in _SETTINGS:
            return False
        if following.group() == fold("أول") and fold("تعليق") not in _WORD.findall(self.folded, following.end(), following.end() + 14):
            return False  # «في أول تعليق له»; not «في أول الأمر»
        return not any(self._is_cue_word(w.group()) for w in _WORD.finditer(self.folded, following.end(), end))

    def _because(self, match) -> bool:
        """«…، حيث إنه في أغلب الثقافات …»: «حيث إن» gives the speaker's reason, in the same words; «…، حيث
        أشار» or «…، حيث يقع» is the reporter's own clause."""
        following = _WORD.match(self.folded, self._past_space(match.end()))
        return match.group() == _WHERE and following is not None and following.group() in _BECAUSE_THAT

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
            if after_comma and not quoted and closed is not None and word not in _AND_THAT and not (
                    word in RELATIVES and self._few_quoted_words(start, previous.end())):
                # «… "في الوقت الحالي"، من دون …»: the quoted words end it; but a quoted name a relative clause
                # describes goes on («أن الإعصار "فلورنس"، الذي يتقدم …، خسر …»)
                return previous.end() + closed + 1
            if not quoted and word in BUTS and previous is not None and gap.rstrip()[-1:] in ('"', "»", "”") and \
                    (word[-1:] in "هة" or word.endswith("ها") or any(m in gap for m in "،,.")) and \
                    self._inside_marks(start, previous.end()):
                return previous.end() + len(gap.rstrip())  # «إن بريطانيا "تورطت في الاستفزاز،" لكنه لم يفصح …»
            if not quoted and previous is not None and word in _BUT and self._person_follows(match):
                return previous.end() + len(gap.rstrip())  # «… إنه يؤيد الإعادة لكن ديفيد فاغنر مدرب هدرسفيلد يعتقد …»
            if after_comma and not quoted and word in BUTS and self._another_source_follows(match):
                return _past_close(previous.end(), gap)  # «…، ولكن ناشطين أحصوا عددهم بأكثر من …»: another source
            if (after_comma or word[-1:] in "هة" and not quoted) and word in BUTS and self._saying_follows(match):
                return _past_close(previous.end(), gap)  # «…، لكنه كرر أن», «… قبل المسرحية لكنه قال: "…"»
            if after_comma and not quoted and self._main_clause_after_when(start, match):
                return _past_close(previous.end(), gap)  # «وبعدما ذكرت "بيلد" أن …، أكدت الصحيفة ذلك»
            if after_comma and not quoted and self._while_another_says(match):
                return _past_close(previous.end(), gap)  # «…، في حين قالت وزارة الصحة إن …»: another statement set beside it
            if after_comma and not quoted and word in _ILLA_AFTER and self._but_that_says(match):
                # «…، إلا أنه أكد عدم نيته الاستقالة», «…، بعد أن أوضح الرئيس أنه …»: the reporter goes on
                return _past_close(previous.end(), gap)
            if not quoted and not after_comma and previous is not None and word in _WHILE_OPENERS and \
                    self._while_another_says(match, comma=False):
                return previous.end() + len(gap.rstrip())  # «… بدخول السفينة بينما قالت إسبانيا إنها …»
            if not quoted and previous is not None and (word == _WHICH_LED and after_comma or word in _HAD) and \
                    self._says_soon(self.index_at[match.start()], 12 if word == _WHICH_LED else 3):
                # «…، مما دفع ترمب للرد …، قال فيها إن», «… "استشهد شرق غزة" وكانت قد أعلنت "…"»: another report,
                # the closing mark before it kept
                return previous.end() + len(gap.rstrip())
            if after_comma and not quoted and word in _WHICH and \
                    next(iter(_WORD.findall(self.folded, match.end(), match.end() + 10)), "") in _FORETELLS and \
                    not self._inside_marks(start, match.start()):
                # «إن بلاده ستنفذ "كل ما هو ضروري" إذا فشلت الحملة، مما يشير لاحتمال …»: what the reporter reads in it
                return _past_close(previous.end(), gap)
            if after_comma and word in ASIDES and (len(_WORD.findall(self.folded, start, previous.end())) <= 3
                                                   or self._closed_aside(match)):
                previous = match  # «أن الموظف، وهو شاب لبناني، كان …»: an aside on the reported clause's subject
                continue
            # «إن "… عن كل الخطوط، والأعراف، وذلك عبر …"»: inside marks opened after إن the speaker's words go on
            marked = after_comma and not quoted and self._inside_marks(start, match.start())
            if after_comma and not quoted and not marked and word == _SO_THAT and self._says_soon(self.index_at[match.start()], 5):
                return _past_close(previous.end(), gap)  # «وفي حين أشار فلان إلى أن …، فإن نتانياهو قال إن …»
            if after_comma and not quoted and word == _SINCE and self._says_soon(self.index_at[match.start()], 1):
                return _past_close(previous.end(), gap)  # «…، إذ قال "…"»: his next words, a quote of their own
            if after_comma and word == _WHERE and self._place_before(previous):
                previous = match  # «إن رفاقه سافروا إلى لبنان، حيث تلقوا تدريبات …»: where, in the same words
                continue
            if after_comma and not quoted and not marked and word in _HOWEVER and self._another_named_after(match):
                return _past_close(previous.end(), gap)  # «…، غير أن إسرائيل تعتبر …»: the reporter sets another beside
            if after_comma and not quoted and not marked and word in _CHARACTERISED:
                return _past_close(previous.end(), gap)  # «…، ووصفت الاتهامات بالـ"غريبة"»: the reporter's account
            if word in _WHILE and _WORD.match(self.folded, self._past_space(match.end())) and \
                    _WORD.match(self.folded, self._past_space(match.end())).group() == _SEEMS:
                previous = _WORD.match(self.folded, self._past_space(match.end()))  # «، فيما يبدو،»: an aside
                continue
            if after_comma and word in _AS and self._as_also_that(match):
                previous = match  # «أن هناك مناقشات …، كما أن هناك تعاونا …»: the same report adds a clause
                continue
            if after_comma and not marked and (word in ATTRIBUTION or (not quoted and (
                    bare in PARTICIPLES or (word in CLAUSE_JOINERS and not self._because(match)) or word in ASIDES
                    or bare in CIRCUMSTANTIAL or word in CIRCUMSTANTIAL or bare in _DIRECTING or word in _MANNER
                    or (word in AS_FOR_TOPIC and self._name_follows(match))))):
                # «…، أما تركيا فتعهدت …»: another subject, named, taken up; «أما المرأة المؤثرة …» may be his
                return _past_close(previous.end(), gap)
            # (inside marks only past a comma: «"… ضدها متهمة إياها بأنها …"» goes on; «"…، مشيرا إلى أنه …"» is
            # the reporter's participle in marks put too far)
            if previous is not None and (not quoted or after_comma) and bare in PARTICIPLES and word not in SAYING_PARTICIPLES and \
                    self.opening(self.index_at[match.start()], "participle") is not None and \
                    self._cue_kind(self.index_at[match.start()]) is not None:  # («بوتينا متهمة "باختراق …"»: accused)
                return _past_close(previous.end(), gap)  # «… الخيرية معللا ذلك بأنها …»: the participle opens its own quote
            if after_comma and any(self.folded.startswith(phrase, match.start()) for phrase in ATTRIBUTION_PHRASES):
                return _past_close(previous.end(), gap)
            if previous is not None and not quoted and word[:1] == "و" and (word[1:] in VERBS or (
                    word[1:] in COLON_VERBS and self.cue_kind(self.index_at[match.start()]))) and (
                    after_comma or (self.opening(self.index_at[match.start()], "verb") is not None
                                    # «الموضوع الذي نشرته الصحيفة ويزعم أن …»: the relative clause goes on
                                    and not self._relative_goes_on(start, match.start()))):
                return _past_close(previous.end(), gap)  # «…، وأضاف أن …», «…، وزاد: "…"»: the next statement begins
            if after_comma and not quoted and not marked and self._untold(match):
                return _past_close(previous.end(), gap)  # «…، دون أن يقدم أي دليل على ذلك»: the reporter's remark
            if after_comma and not quoted and not marked and word[:1] == "و" and word[1:] in _IN and \
                    self._says_soon(self.index_at[match.start()], 5):
                return _past_close(previous.end(), gap)  # «…، وفي تصريحات لاحقة قال إن …»: his next report, set
            if after_comma and not quoted and not marked and self._setting_closes(match, end):
                return _past_close(previous.end(), gap)  # «…، في تصريحات لشبكة CNN»: where he said it
            if after_comma and not quoted and word == _NOTE and not self._inside_marks(start, match.start()):
                return _past_close(previous.end(), gap)  # «…، علما أنه تولى مهامه في …»: the reporter's own note
            if previous is not None and not quoted and word[:1] == "و" and word[1:] in _CALLED_FOR:
                return _past_close(previous.end(), gap)  # «إن حكومته أوفت بوعودها ودعا المصريين إلى …»: the reporter's account
            if after_comma and not quoted and word in VERBS and self._opens_with_own_subject(self.index_at[match.start()]):
                return _past_close(previous.end(), gap)  # «وفي حين قال مصدر إن …، أشارت مصادر أخرى إلى أن …»: another speaker
            previous = match
        return end

    # --- the quotes ---------------------------------------------------------------------

    def quotes(self) -> list[QuoteSuggestion]:
        taken_until = -1
        for index in range(len(self.words)):
            kind = self.cue_kind(index)
            if kind is None and self.words[index].start() >= taken_until:
                preposed = self._preposed_at(index)
                if preposed is not None:
                    self.remember(preposed)
                    taken_until = preposed[2]
            if kind is None or self.words[index].start() < taken_until or self._attributed(index):
                continue
            found = self.quote_at(index, kind)
            if found is not None:
                suggestion, start, end = found
                self.remember(found)
                taken_until = end
        before_postposed = len(self.found)
        self._postposed()
        self._going_on_after_postposed(self.found[before_postposed:])
        self._on_the_tongue_of()
        found = [suggestion for suggestion, _, _ in sorted(self.found, key=lambda f: f[1])]
        return self._named_after_the_lead(found)

    def _on_the_tongue_of(self) -> None:
        """«أعلنت الصين أنها … . جاء ذلك على لسان رئيس مجلس الدولة الصيني، لي كي تشيانغ»: the person the next
        sentence says the words came from speaks them, not the country or body the verb was given to."""
        for position, (suggestion, start, end) in enumerate(self.found):
            if suggestion.speaker is not None and self.by_id[suggestion.speaker].label == "PERSON":
                continue
            after = self.sentence_end(end)
            opening = _WORD.findall(self.folded, after, after + 30)[:4]
            if len(opening) < 4 or [w.lstrip("و") for w in opening[:2]] != _CAME_THAT or opening[2:4] != _ON_THE_TONGUE:
                continue
            lead = self.folded.find(opening[3], after) + len(opening[3])
            a = self.back(lead)
            limit = self.back(min(self.sentence_end(lead), lead + 90))
            person = next((e for e in self.within(a, limit) if e.label == "PERSON"), None)
            if person is not None and len(_WORD.findall(self.text[a:person.start])) <= 7:
                self.found[position] = (replace(suggestion, speaker=person.id, speaker_text=None), start, end)

    def _going_on_after_postposed(self, postposed) -> None:
        """«"…"، حسبما قالت فلانة. وأضافت "…"»: a joined «وأضافت» with no subject of its own, the next quote after
        words attributed behind them, goes on for whoever they were attributed to (found after the first pass,
        they were not there when «وأضافت» looked for its speaker)."""
        ordered = sorted(self.found, key=lambda f: f[1])
        for suggestion, start, end in postposed:
            position = next(n for n, f in enumerate(ordered) if f[0] is suggestion)
            if position + 1 >= len(ordered):
                continue
            following, next_start, next_end = ordered[position + 1]
            cue_a, cue_b = following.cue
            word = fold(self.text[max(0, cue_a - 1):cue_b]).strip()
            between = _WORD.findall(fold(self.text[cue_b:following.start]))
            going_on = word[:1] == "و" and word[1:] in GOING_ON and not between and \
                not _WORD.search(self.folded, self.sentence_end(end), self.sentence_start(next_start))
            # «"…"، قال المتحدث باسم الحكومة، مضيفا أن …»: the participle of the attribution's own sentence, which
            # found no one (the attribution was not read yet)
            participle = word.lstrip("و") in PARTICIPLES and suggestion.cue[0] < cue_a \
                and not any(m in self.text[suggestion.cue[1]:cue_a] for m in ".!?؟\n")
            if (going_on or participle) and not _other_person(fold(self.text[suggestion.cue[0]:suggestion.cue[1]]), word):
                replaced = replace(following, speaker=suggestion.speaker, speaker_text=suggestion.speaker_text)
                self.found[self.found.index((following, next_start, next_end))] = (replaced, next_start, next_end)

    def _word_near(self, position: int):
        """The whole word that begins within a few characters of `position` («، بحسب»), or None. A search
        bounded at the same place would cut a longer word short («أضا» of «أضاف»)."""
        word = _WORD.search(self.folded, position)
        return word if word is not None and word.start() < position + 5 else None

    def _verb_after_quote(self, close: int, opening: int | None = None) -> tuple[int, int] | None:
        """«"نحن مستعدون"، قال وزير الدفاع»: a verb of saying right after the closing mark and a comma, with no و
        and no opening of its own (else it begins the next quote), and the sentence going on to its subject."""
        gap, lead = self.folded[close + 1:close + 4], None
        verb = self._word_near(close + 1)
        if verb is not None and (verb.group() in _AS_SAID or verb.group() in _THIS_IS):
            # «"…"، حسبما قالت فلانة», «"…"، بحسب ما قال», «"…"، هذا ما قاله فلان»
            if opening is None or self.folded[self.sentence_start(opening):opening].strip():
                return None  # only words that open their sentence: «… من "تخريب"، وفق ما ذكر بيان» marks a term
            lead = verb
            verb = self._word_near(lead.end())
            if verb is not None and verb.group() in _WHAT_SAID and (lead.group() in _AS_SAID_BEFORE_MA or lead.group() in _THIS_IS):
                verb = self._word_near(verb.end())
            elif lead.group() in _THIS_IS:
                return None  # «"…"، هذا يعني …» is the reporter's reading of the words
            if verb is None or any(w not in _WHAT_SAID for w in _WORD.findall(self.folded, lead.end(), verb.start())):
                return None
        if verb is None or not any(mark in self.folded[close + 1:verb.start()] for mark in "،,") or \
                any(mark in self.folded[close + 1:verb.start()] for mark in ".!?؟\n") or not gap.strip(" ،,"):
            return None
        word = verb.group()
        if lead is not None and word[-1:] == "ه" and word[:-1] in VERBS:
            word = word[:-1]  # «بحسب ما قاله مسؤول», «وفقا لما قالته الشرطة»: the verb with what was said as its object
        if word not in VERBS or word in NEEDS_THAT:
            return None
        index = self.index_at.get(verb.start())
        if index is None or self.opening(index, "verb") is not None or index + 1 >= len(self.words) or \
                any(mark in self.folded[verb.end():self.words[index + 1].start()] for mark in ".!?؟\n"):
            return None
        return verb.span()

    def _named_after_the_lead(self, found: list[QuoteSuggestion]) -> list[QuoteSuggestion]:
        """«حذر وزير خارجية كوريا الشمالية من أنه …» then «وقال ري يونغ هو إن …», «وقال رئيس الوزراء إن …» then
        «وقال شينزو آبي للصحفيين …»: an office speaks, and the next sentence names the person for the first time,
        right after its verb. The office is that person."""
        named = list(found)
        for n in range(len(named) - 1):
            first, following = named[n], named[n + 1]
            office = fold(first.speaker_text or "").split()[:1]
            if first.speaker is not None or not office or office[0] not in _ONE_HOLDER or following.speaker is None:
                continue
            # the person must be the subject right after the next verb: «وقال ري يونغ هو …»
            at = bisect.bisect_left(self.entity_starts, following.cue[1])
            mention = self.entities[at] if at < len(self.entities) else None
            # «وقال وزير المالية تارو آسو» after «أقر وزير المالية الياباني»: the office's own words may stand between
            own = {_bare(word) for word in _WORD.findall(fold(first.speaker_text))}  # «الوزير» is «وزير» named again
            if mention is None or mention.id != following.speaker or mention.label != "PERSON" or any(
                    _bare(word) not in own for word in _WORD.findall(fold(self.text[following.cue[1]:mention.start]))):
                mention = self._named_with_the_office(following, own)  # or before the verb, after the same office
                if mention is None:
                    continue
            before = self.entities[:bisect.bisect_left(self.entity_starts, first.cue[0])]
            if any(e.id == mention.id or fold(e.text) == fold(mention.text) for e in before):
                continue  # named before: the title was the rules' to resolve
            # «فيما قال الرئيس الروسي» then «وقال ترامب»: named before with another country's adjective
            surname = _WORD.findall(fold(mention.text))[-1:]
            adjectives = {w for w in _WORD.findall(fold(first.speaker_text))[1:] if w.startswith("ال") and w.endswith(("ي", "يه"))}
            if adjectives and any(e.label == "PERSON" and _WORD.findall(fold(e.text))[-1:] == surname
                                  and self._nisbas_of(e) and not adjectives & self._nisbas_of(e) for e in before):
                continue
            between = self.text[first.end:following.cue[0]]
            # one sentence between at most (a full stop and the line break after it end one sentence)
            if between.count("\n") > 2 or len(_SENTENCE_END.findall(re.sub(r"([.!?؟])\s*\n", r"\1", fold(between)))) > 2:
                continue
            # one office of one country or body («وزير خارجية كوريا الشمالية», «رئيس الوزراء»), never a minister of
            # a portfolio every cabinet has («وزير الداخلية») nor a spokesperson
            at = self.text.find(first.speaker_text, first.cue[1])
            words = fold(first.speaker_text).split()
            country = at >= 0 and any(e.label in ("GPE", "ORG") for e in self.within(at, at + len(first.speaker_text), whole=False))
            if not (country or fold(first.speaker_text) in _HEADS_OF_GOVERNMENT
                    or any(word.endswith(("ي", "يه")) and word.startswith("ال") and word not in _PORTFOLIOS
                           for word in words[1:])):
                continue
            named[n] = replace(first, speaker=following.speaker, speaker_text=None, speaker_span=None)
            self._office_goes_on(named, n + 1, first.speaker_text, following.speaker)
        return named

    def _office_goes_on(self, named: list[QuoteSuggestion], after: int, office: str, person: int) -> None:
        """«قال مبعوث الأمم المتحدة إلى سوريا …» is «ستافان دي ميستورا»; so are «وشدد المبعوث الأممي» and «وقال
        مبعوث الأمم المتحدة» after him: the same head, and every other word the office's own or its nisba
        («الأممي» of «الأمم»)."""
        words = [_bare(w) for w in _WORD.findall(fold(office))]
        for n in range(after, len(named)):
            later = named[n]
            if later.speaker is not None or not later.speaker_text:
                continue
            said = [_bare(w) for w in _WORD.findall(fold(later.speaker_text))]
            if not said or said[0] != words[0] or len(said) > 4:
                continue
            if all(w in words[1:] or (w.endswith("ي") and any(o.startswith(w[:-1]) for o in words[1:])) for w in said[1:]):
                named[n] = replace(later, speaker=person, speaker_text=None, speaker_span=None)

    def _named_with_the_office(self, following: QuoteSuggestion, own: set):
        """«ولكن وزير الخارجية الليبي، محمد الطاهر سيالة، قال …»: the sentence opens on the office's own words, then
        the person in apposition, then the verb."""
        person = self.by_id.get(following.speaker)
        if person is None or person.label != "PERSON" or person.end > following.cue[0] or \
                self.text[person.end:following.cue[0]].strip(" ،,\u200f\xa0"):
            return None
        words = [w for w in _WORD.findall(fold(_own_sentence_before(self.text, person.start, 120))) if w not in _BUT]
        return person if words and all(_bare(word) in own for word in words) else None

    def quote_at(self, index: int, kind: str):
        opening = self.opening(index, kind)
        if opening is None:
            return None
        mode, subject_end, content_start = opening
        if kind == "noun" and any(self.cue_kind(n) == "participle" for n in range(index + 1, self.first_word_at(subject_end))):
            return None  # «وعلقت الوزارة في بيان على هذه المعلومات بالقول إنها …»: the saying itself is the cue
        that = _WORD.match(self.folded, content_start) if mode == "colon" else None
        if that is not None and that.group() in _AN and self.folded[that.end():that.end() + 1] == " ":
            content_start = self._past_space(that.end())  # «وقال: إن الشرطة "تتعامل …"»: the words after «إن»
        content_end = self.content_end(mode, content_start)
        if mode == "that":
            content_start, content_end = self._unwrapped(content_start, content_end)
            content_end = self._before_a_colon_clause(content_start, content_end)
            content_end = self._relative_clause_end(index, content_start, content_end)
            # «ونقلت الوكالة أن فلان، نائب الوزير، أوضح أن …»: the apposition's comma does not hide the verb
            inner = self._inner_report(content_start, max(content_end, self.sentence_end(content_start)))
            if inner is not None:
                # «قال مسؤول إن الرئيس قال إنه …»: the report inside is the quote; whoever reported it speaks on
                # in a bare «وأوضح أن …» after it
                self.reporters[self.original(*self.cue_span(inner))] = self.speaker(index, kind, subject_end)
                self.reporter_verbs[self.original(*self.cue_span(inner))] = self.words[index].group()
                return None
        start, end = self._trimmed(content_start, content_end)
        if end - start < _MIN_QUOTE:
            return None
        cue = self.original(*self.cue_span(index))
        speaker, speaker_text = self.speaker(index, kind, subject_end)
        named_self = self._self_named(start)
        if named_self is not None:  # «"اسمي لورا بريول، عمري 21 عاما …"»: she says who she is
            speaker, speaker_text = named_self, None
        span = self._name_span(speaker_text, cue[1]) if speaker_text else None
        return QuoteSuggestion(*self.original(start, end), cue, speaker, speaker_text, span), start, end

    def _self_named(self, start: int):
        """The tagged name a quote opens on after «اسمي»/«أنا», the speaker naming themselves."""
        first = _WORD.match(self.folded, start)
        if first is None or first.group() not in _MY_NAME:
            return None
        at = self.back(self._past_space(first.end()))
        named = [e for e in self.within(at, at + 1, whole=False) if e.start == at and e.label == "PERSON"]
        return named[0].id if named else None

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
            if word.start() >= start and word.group() in _ATTRIBUTED:
                if any(m in self.folded[word.end():self.words[index].start()] for m in '،,.:"»”'):
                    continue  # «"… كل على حسب قدرته"، قال إنه …»: the words closed, then a verb of its own
                if word.group() in _AS and self.words[index - 1] is word:
                    continue  # «كما أكد أن …» reports
                if word.group() == fold("ما") and self.words[index - 1] is word and index > 1 and \
                        self.words[index - 2].group() in _USUALLY:
                    continue  # «وعادة ما يقول التحالف إنه …» reports
                return True
        return False

    def _before_a_colon_clause(self, start: int, end: int) -> int:
        """«قال المشتبه به إن معه مسدسا، أعاد عليه الضابط: "…"»: reported words after إن hold no colon of their
        own; a colon a few words past a comma opens the reporter's next clause, which ends them at that comma."""
        colon = self.folded.find(":", start, end)
        if colon == -1 or self._inside_marks(start, colon):
            return end
        comma = max(self.folded.rfind("،", start, colon), self.folded.rfind(",", start, colon))
        if comma > start and len(_WORD.findall(self.folded, comma, colon)) <= 5:
            return comma
        return end

    def _inside_marks(self, start: int, at: int) -> bool:
        """Whether `at` stands inside quotation marks opened after `start`."""
        between = self.folded[start:at]
        return between.count('"') % 2 == 1 or between.count("«") > between.count("»") or \
            between.count("“") > between.count("”")

    def _unwrapped(self, start: int, end: int) -> tuple[int, int]:
        """إن "…" when the marks hold the whole clause: the words inside them (after a colon too: «إلى أن: "…"»)."""
        while start < end and self.folded[start] in " :":
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
        words = list(_WORD.finditer(self.folded, start, end))[:11]
        if not words:
            return None
        # «وأضاف أن "البحرية اعترفت بأن …" من …»: a verb inside the reporter's own words, marked, is theirs
        mark = start if self.folded[start] in _OPENING else start - 1 if start and self.folded[start - 1] in _OPENING else None
        marked_until = (self.closing(mark) or -1) if mark is not None else -1
        # the name opens the clause: among its first six words («إن ولي العهد السعودي الأمير فلان، أبلغه …»)
        a, b = self.original(start, words[min(5, len(words) - 1)].end())
        names = [e for e in self.within(a, b, whole=False) if e.label in ("PERSON", "ORG")]
        if not names:
            return None
        for match in words:
            index = self.index_at[match.start()]
            kind = self.cue_kind(index)
            if kind == "verb" and self.opening(index, kind) is not None:
                if match.start() < marked_until or self.folded[match.start() - 1] in _OPENING:
                    return None  # («قال إن إدارة ترامب "اعتبرت أن …"»: the mark opens on the verb, his words too)
                if match.group()[:1] == "و" and any(m in self.folded[self.words[index - 1].end():match.start()] for m in "،,"):
                    return None  # «أن فافري يريد منع صفقة فلان، وقال المدافع …»: the reporter's next clause
                if index and self.words[index - 1].group() in BUTS:
                    return None  # «إنهن سارعن نحو رئيس البرلمان، فلان، لكنه قال: "…"»: a statement of its own
                if set(_WORD.findall(self.folded, start, match.start())) & _BUT:
                    return None  # «إنها على علاقة مع ترامب، لكن محامي ترامب قال إن …»: another's statement set against
                # the name must stand before its verb, with no clause of its own between them: «إن المهاجم الذي
                # أعلن أنه يرتبط بداعش», «إن الموضوع الذي نشرته الصحيفة ويزعم أن الوزيرة كتبت …» report no report
                verb_at = self.back(match.start())
                # («إن الموضوع الذي نشرته نيويورك تايمز و"يزعم أن …"»: a name inside a relative clause is none)
                subjects = [e for e in names if e.end <= verb_at and not any(
                    word in THAT for word in _WORD.findall(fold(self.text[e.end:verb_at]))) and not any(
                    word in RELATIVES for word in _WORD.findall(fold(self.text[self.back(start):e.start])))]
                if subjects:
                    self.report_subjects[index] = subjects[0]
                return index if subjects else None
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

    def _preposed_at(self, index: int):
        """«وبحسب وزارة العدل الفرنسية فإن "…"», «ووفقا للشرطة، فإن …»: a sentence that opens on its source
        and reports after «فإن». The source speaks, a name or a noun that can speak (not «وبحسب الأرقام»); the
        attribution word is the cue."""
        word = self.words[index]
        if word.group() not in _PREPOSED or self.first_word_at(self.sentence_start(word.start())) != index:
            return None
        limit = self.sentence_end(word.end())
        then = next((n for n in range(index + 2, min(len(self.words), index + 16))  # the source described at length
                     if self.words[n].start() < limit and self.words[n].group() in _SO_THAT_FORMS), None)
        marked = None
        if then is None:
            # «وبحسب أوراق الادعاء التي اطلعت عليها ذا صن "قام فلان …"»: the source, then its words in marks
            then = next((n for n in range(index + 2, min(len(self.words), index + 12)) if self.words[n].start() < limit
                         and self.folded[self.words[n - 1].end():self.words[n].start()].strip() in _OPENING), None)
            close = self.closing(self.words[then].start() - 1) if then is not None else None
            if close is None or len(_WORD.findall(self.folded, self.words[then].start(), close)) < 6 or \
                    self.folded[self.words[then - 1].end():self.words[then].start()].strip() == "" or \
                    self.folded[close + 1:].lstrip(" \u200f")[:1] not in (".", "\n", "") or \
                    any(m in self.folded[word.end():self.words[then - 1].end()] for m in "،,\"«“:"):
                return None
            marked = self.words[then].start() - 1
        # the source without a clause that describes it: «ووفقا لمصدر مطلع تحدث لـCNN، فإن»
        # («ووفقا لزعيم الحزب الذي يؤدي دورا حاسما …، فإن»: nor a relative clause)
        clause = next((n for n in range(index + 2, then) if self.words[n].group() in _SOURCE_CLAUSE
                       or self.words[n].group() in RELATIVES), then) if then is not None else None
        if then is None or any(self._is_cue_word(w.group()) and self.words[n - 1].group() not in _WHAT_SAID
                               for n, w in enumerate(self.words[index + 1:clause], index + 1)):
            # («… تحفظت الصحيفة على ذكر اسمه، فإن»: a verb in the clause that describes the source is no report)
            return None  # «وبحسب ما ذكرته صحيفة "آس"، فإن …» is still the paper's; a verb of saying of its own is not
        if marked is not None:
            start, end = marked + 1, self.closing(marked)
        else:
            start = self._past_space(self.words[then].end())
            end = self.clause_end(start, limit)
            if self._inner_report(start, max(end, limit)) is not None:
                return None  # «وبحسب CNN، فإن ترامب قال لمساعديه إن …»: the report inside is the quote, his
        start, end = self._unwrapped(start, end)
        start, end = self._trimmed(start, end)
        if end - start < _MIN_QUOTE:
            return None
        a, b = self.original(self.words[index + 1].start(), self.words[clause].start() if clause != then or marked is None
                             else marked)
        phrase = self.text[a:b].strip(" ،,\u200e\u200f\u061c\u202a\u202b\u202c\u2066\u2067\u2069\"«“")  # and bidi marks
        folded = fold(phrase)
        glued = 2 if folded.startswith("لل") else 1 if folded[:1] in "لب" and (
            folded[1:3] == "ال" or _bare(_WORD.findall(folded)[0][1:]) in SUBJECT_HEADS) else 0  # «لتقرير»
        # the source opens the phrase: «ووفقا لوزارة الصحة» or «وحسب محامي برونسون» (his lawyer speaks), not the
        # place of «وحسب مصادر بالمخابرات في مصر»
        what = self.words[index + 1].group() in _WHAT_SAID  # «وحسب ما ذكرته صحيفة "آس"», «وطبقا لما يقوله»: past the verb
        first_words = self.original(self.words[index + 1].start(), self.words[min(index + (5 if what else 3), then - 1)].end())[1]
        source = [e for e in self.within(a, b) if e.label in SPEAKER_KINDS and e.start < first_words
                  and (e.start - a <= 1 or not self._governed(e, titles=False)
                       or _WORD.findall(fold(self.text[a:e.start]))[:1] in ([w] for w in _REPORT_NOUNS))]
        if what and not source:
            # «وبحسب ما أفاد به مسؤول أمريكي لشبكة CNN، فإن …»: past «ما», the verb and its «به», who said it
            lead = index + 3  # past «ما» and its verb («أفاد», «ذكرته»)
            if lead < clause and self.words[lead].group() in _BY_IT:
                lead += 1
            if lead < clause:
                a = self.original(self.words[lead].start(), self.words[lead].end())[0]
                phrase = self._name_phrase(self.words[lead].start(), self.words[clause].start()) or \
                    self.text[a:b].strip(" ،,\u200e\u200f\u061c\u202a\u202b\u202c\u2066\u2067\u2069")
                folded, glued = fold(phrase), 0
        words = _WORD.findall(folded)
        head = "ال" + words[0][2:] if glued == 2 else words[0][1:] if glued else words[0]
        if not source and (head in CONSTRUCT_TITLES or head in TITLES):
            # «وبحسب مدير مكتب حماية المستهلك سابقا في لجنة التجارة، دافيد فلاديك، فإن»: the office, then its holder
            source = [e for e in self.within(a, b) if e.label == "PERSON"][:1]
        # «وحسب بيان لاحق، فإن …»: a statement of no one named says nothing here; «بيان المسؤول الانتخابي» does
        nobodys = head in _REPORT_NOUNS and not (len(words) > 1 and words[1].startswith(("ال", "لل")))
        if source:
            held = self._holder(source[0])
            speaker, speaker_text = (None, held) if held else (source[0].id, None)
        elif (_bare(head) in SUBJECT_HEADS or _bare(head) in _DOCUMENTS and head.startswith("ال")) and \
                (head.startswith("ال") or head in DESCRIPTIONS or head in CONSTRUCT_TITLES) and not nobodys or (
                # «وبحسب أوراق الادعاء …»: a document defined by the noun after it
                _bare(head) in _DOCUMENTS and len(words) > 1 and words[1].startswith("ال")):
            # («وحسب الملف القضائي فإنه "…"»: a document, named, says it too)  # («وطبقا لمستشار سياسي لحركة طالبان»: an office, no one named)
            phrase = "ال" + phrase[2:] if glued == 2 else phrase[1:] if glued else phrase
            if head in _REPORT_NOUNS:  # «وحسب بيان المسؤول الانتخابي»: the official whose statement it is
                phrase = phrase.split(None, 1)[1]
            speaker, speaker_text = self._phrase_speaker(phrase, word.start())  # «وحسب البيان»: its author
        else:
            return None
        cue_start = word.start() + (1 if word.group()[:1] == "و" and word.group()[1:] in _PREPOSED else 0)
        return QuoteSuggestion(*self.original(start, end), self.original(cue_start, word.end()), speaker, speaker_text), start, end

    def _postposed(self) -> None:
        """«"…"، على حد تعبيره» and «"…" هكذا رأى X»: quoted words whose attribution follows them; and
        unquoted words before «، هكذا صرح X»."""
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
                if verb and (verb.group() in VERBS or verb.group() in _SO_COMMENTED):  # «هكذا علق فلان»
                    cue = verb.span()
            as_said = _WORD.search(self.folded, close + 1 + self.folded[close + 1:].index(fold("كما")) + 3) \
                if after.startswith(fold("كما") + " ") else None
            if cue is None and as_said is not None and as_said.group() in _SAID_SO:
                # «"…"، كما قالت.», «"…"، كما قال المدرب.»: said so, the sentence ending on who said it
                rest = _WORD.findall(self.folded, as_said.end(), self.sentence_end(as_said.end()))
                if len(rest) <= 5 and not any(w in THAT or w in VERBS for w in rest):
                    cue = as_said.span()
            if cue is None:
                cue = self._verb_after_quote(close, opening)
            according = None
            if cue is None:
                cue = according = self._according_after_quote(close, opening)
            if cue is None:
                continue
            start, end = self._trimmed(opening + 1, close)
            # the cue's own word; of a phrase, its last («على حد تعبيرها»: hers, no one after it; «على حد تعبير
            # الوزير»: the minister after it)
            index = bisect.bisect_right(self.word_starts, cue[1] - 1) - 1
            speaker, speaker_text = self.speaker(index, "verb", self.sentence_end(cue[1])) if according is None else \
                self._according_to(according[1])
            self.remember((QuoteSuggestion(*self.original(start, end), self.original(*cue), speaker, speaker_text), start, end))
        self._so_said()

    def _according_after_quote(self, close: int, opening: int) -> tuple[int, int] | None:
        """«"…"، بحسب بيسكوف.», «"…"، وفقا للمتحدث باسم الكرملين.»: words that open their sentence, then whom they
        are according to, the sentence ending on a name or a title (no verb: «بحسب ما قال» is `_verb_after_quote`'s)."""
        lead = self._word_near(close + 1)
        if lead is None or lead.group() not in _ACCORDING or self.folded[self.sentence_start(opening):opening].strip() or \
                not any(mark in self.folded[close + 1:lead.start()] for mark in "،,"):
            return None
        end = self.sentence_end(lead.end())
        rest = _WORD.findall(self.folded, lead.end(), end)
        if not 1 <= len(rest) <= 10 or rest[0] in _WHAT_SAID or any(w in THAT or w in VERBS for w in rest) or \
                not self.within(*self.original(lead.end(), end)) and not _bare(rest[0].lstrip("ل")) in SUBJECT_HEADS:
            return None  # (someone named or described: «، بحسب التقديرات» is no one's words)
        return lead.span()

    def _according_to(self, after: int) -> tuple[int | None, str | None]:
        """Whom «بحسب»/«وفقا لـ» names, its لـ aside: the person named there, else the body, else the words that
        describe them («وفقا للمتحدث باسم الكرملين»)."""
        a, b = self.original(after, self.sentence_end(after))
        named = [e for e in self.within(a, b) if e.label in SPEAKER_KINDS]
        person = next((e for e in named if e.label == "PERSON"), None)
        first = _WORD.search(self.folded, after)
        if person or named and (first is None or self.back(first.end()) >= named[0].start):
            return (person or named[0]).id, None  # (not the body of «وفقا للمتحدث باسم الكرملين»: its spokesman)
        if first is None:
            return None, None
        if first.group().startswith("لل"):  # «للمتحدث»: «المتحدث», its alef restored
            phrase = "ا" + self.text[slice(*self.original(first.start() + 1, first.end()))] + \
                self.text[slice(*self.original(first.end(), self.sentence_end(after)))].rstrip(" .\u200f")
        else:
            phrase = self._name_phrase(first.start() + (first.group()[:1] == "ل"), self.sentence_end(after))
        if named:  # a description with the body it speaks for: the words themselves
            return (None, phrase) if phrase else (None, None)
        return self._phrase_speaker(phrase, after) if phrase else (None, None)

    def _so_said(self) -> None:
        """«تميل الشرطة نحو فكرة …، هكذا صرح محقق سابق في الشرطة»: a sentence's own words, unmarked, then «so
        said» and who said them after a comma. The words from the sentence's start are the quote."""
        for so in re.finditer(r"[،,] *" + fold("هكذا") + r" ", self.folded):
            index = self.index_at.get(so.end())
            if index is None or self.cue_kind(index) != "verb":
                continue
            start = self.sentence_start(so.start())
            if len(_WORD.findall(self.folded, start, so.start())) < 5 or self._quoted_between(start - 1, so.start()) \
                    or any(a <= start < b for a, b in self.found_spans):
                continue  # words too few to be a statement, or quoted already
            start, end = self._trimmed(start, so.start())
            speaker, speaker_text = self.speaker(index, "verb", self.sentence_end(so.end()))
            cue = self.original(*self.cue_span(index))
            self.remember((QuoteSuggestion(*self.original(start, end), cue, speaker, speaker_text), start, end))
