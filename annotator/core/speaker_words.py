"""The words and shapes the speaker rules (annotator.core.speakers) look for beyond the reporting words: the
particles, offices, ministries and kinds of statement they weigh, and the remembered fold of a name's
neighbourhood. All folded, as the text they are matched on."""

from __future__ import annotations

import re
from functools import lru_cache

from annotator.core.arabic import fold
from annotator.core.reporting_words import (
    _bare, _folded,
)


@lru_cache(maxsize=1 << 16)
def _fold(text: str) -> str:
    """fold, remembered: the rules look at the same names and their neighbours again and again."""
    return fold(text)


_AMMA = fold("أما")
_QAD = fold("قد")
_SHORT_NON_VERBS = _folded("هو هي هم هن قد لم لن لا ما من في عن مع إن أن كل ذا تم")
_AN = fold("عن")
_THE_STATEMENTS, _ISSUED, _FROM = _folded("البيان التقرير الدراسة"), _folded("الصادر الصادرة"), _folded("عن من")
_THE_LATTER = _folded("الأخيرة الأخير")
_L_NOUNS = _folded("لائحة لاعب لاعبة لاعبو لاعبي لاجئ لاجئون لاجئين لقاء لواء لوبي")  # ل of their own, no preposition
_MINISTRIES = _folded("الخارجية الداخلية المالية الخارجيه الداخليه الماليه خارجية داخلية")
_THE_STATEMENT, _THE_TEXT = fold("البيان"), fold("النص")
_PARTICLES = _folded("أما إن أن لكن كما إذا لقد قد ثم بل حتى لو لولا ليس إلا غير بعد قبل منذ خلال هذا هذه ذلك تلك "
                     "هناك هنا كان كانت يذكر يشار")  # a sentence may open on them, they are no verbs
_THE_SOURCE = fold("المصدر")
_REPRESENTING = _folded("ممثلون ممثلين ممثل ممثلة متحدثون مدافعون مدافعين المدافعون المدافعين")  # «مدافعون عن حقوق الإنسان»
_TECHNICAL = fold("الفني")
_A_STATEMENT = _folded("بيان تقرير تصريحات تصريح كلمة رسالة تغريدة خطاب مقابلة فيديو تسجيل مقطع نص مقال مقالة")  # «تصريحات لترامب قال فيها»
_FORMER = _folded("السابق السابقة الأسبق الراحل")
_CAME, _ON_THE_TONGUE = fold("جاء"), [fold("على"), fold("لسان")]  # «جاء ذلك على لسان فلان»: through whom one spoke
_POSSESSIVE = re.compile(r"(?:هما|هم|هن|ها|ه)$")


def _unpossessed(word: str) -> str:
    """A folded noun without its possessive pronoun, its ة restored where the pronoun made it ت: «زوجته» is
    «زوجة» with «ه», «لوالدها» «لوالد»."""
    stem = _POSSESSIVE.sub("", word)
    return stem[:-1] + fold("ة") if stem != word and stem.endswith("ت") else stem
# Adjectives of a person's leaning or standing, not of their country: «الرئيس الإسلامي المحافظ فلان» may be
# «الرئيس التركي»
_LEANINGS = _folded("الإسلامي الإسلامية المحافظ المحافظة الديمقراطي الديمقراطية الجمهوري الجمهورية الاشتراكي "
                    "الاشتراكية الليبرالي الليبرالية اليميني اليمينية اليساري اليسارية الشعبوي الشعبوية المعارض "
                    "المعارضة الجديد الجديدة الحالي الحالية المؤقت المؤقتة الانتقالي المنتخب المنتخبة المخلوع "
                    "المعزول المستقيل المنتهية القومي القومية الوطني الوطنية البرلماني البرلمانية")
_COACHES = frozenset(_bare(w) for w in _folded("المدرب المدير مدرب مدير"))  # «المدرب» is «المدير الفني»
_PLAYERS = frozenset(_bare(w) for w in _folded("اللاعب المدافع المهاجم الحارس الظهير النجم لاعب مدافع مهاجم حارس"))
_CHAIN_NOUNS = _folded("مجلس هيئة لجنة إدارة ادارة مكتب قوات")  # «رئيس مجلس الإدارة», «رئيس هيئة الأركان»
# «الدبلوماسي الإماراتي» is the one introduced as «السفير والمندوب الدائم لدولة الإمارات»
_DIPLOMATS = frozenset(_bare(w) for w in _folded("الدبلوماسي الدبلوماسية السفير السفيرة المندوب المندوبة المبعوث القنصل"))
_GENERAL = fold("العام")
_GENERAL_OFFICES = _folded("المدعي المدير الأمين النائب المفتش المراقب المدعية المديرة الأمينة النائبة مدعي مدير أمين نائب")
_BUT_WORDS = _folded("غير أن إلا لكن ولكن بيد فإن")  # «وبالرغم من …، فإن الشبكة تضيف»
_IN_IT = _folded("فيها فيه خلالها خلاله")  # «قال فيها»: in the message, the complaint, the speech
_INTERVIEWS, _TALK, _WITH = _folded("مقابلة حوار حديث"), fold("حديث"), fold("مع")
_INTERVIEWERS = _folded("مراسل مراسلة مذيع مذيعة مقدم مقدمة الصحفي الصحفية المذيع المذيعة المراسل المراسلة")
_ATTRIBUTED_TO = _folded("نسب نسبت نسبوا")
_TRANSMITTED = _folded("نقل نقلت نقلوا") | _ATTRIBUTED_TO  # «نقلت الوكالة عن الوزير قوله»: the verb is the carrier's
_WHEN = _folded("عندما وعندما حين وحين حينما وحينما لما ولما بعدما وبعدما")  # «وعندما سئلت فلانة …، قالت»
_BUT_OPENERS = _folded("لكن ولكن")
_BUT_HIM = _folded("لكنه لكنها ولكنه ولكنها")  # «لكنها كشفت»: the subject held in the pronoun
# Adjectives of when, after an indefinite noun: «موظفة سابقة», «كتاب جديد», «تصريحات سابقة لفلان» (when, not whose)
_OF_A_TIME = _folded("سابق سابقة سابقون سابقين جديد جديدة حديث حديثة أخير أخيرة")
# A sentence opening on what it is about, or when, or whom it goes by («وبسؤاله عن موقف الناتو، قال», «وحسب رويترز، قال»)
_ABOUT_OPENERS = _folded("حول عن بشأن وبشأن بعد عقب قبل قبيل خلال أثناء ردا تعليقا تعقيبا "
                         "بسؤاله بسؤالها حسب بحسب وفقا طبقا بينما رغم فضلا علاوة خلافا بعيدا بدلا")
_THE_REPORT, _OWN_REPORT = fold("التقرير"), _folded("تقريره تقريرها تقريرهم")
_PROFESSOR = _bare(fold("الأستاذ"))  # «الأستاذة», «البروفيسور» too (its synonym): an academic title
_GOVERNMENT = frozenset(_bare(w) for w in _folded("الوزراء الحكومة"))  # «رئيس الوزراء» is «رئيس الحكومة»
_GLUED_DIGITS = re.compile(r"(?<=\D)[0-9\u0660-\u0669]+$")
_NAMING = _folded("أشير يدعى تدعى يسمى تسمى اسمه اسمها المعروف المعروفة")
_HEADS = _folded("رئيس رئيسة قائد زعيم مدير مديرة أمين مدرب مؤسس")  # words for the head of a body (of a team, its coach)
_PLACE_KINDS = _folded("مدينة محافظة ولاية منطقة بلدة قرية إقليم العاصمة جزيرة ضاحية استاد ملعب مطار ميناء متن "
                       "جنوب شمال شرق غرب وسط")  # «في جنوب اليمن»: where, past the direction  # «مصدر باستاد القاهرة»
_ADJECTIVE_ENDINGS = ("ي", "يه", "ية", "يون", "يين", "يان", "يتان")  # nisba: المصرية, الأمريكيون


def _is_nisba(word: str) -> bool:
    """«البريطاني», «الإسرائيلية», «الحقوقية»: an adjective of origin or kind, folded; «في» is too short to be one."""
    return len(word) > 3 and word.endswith(_ADJECTIVE_ENDINGS)


_SENTENCE_BREAK = re.compile(r"[.!?؟\n]")


def _own_sentence_before(text: str, position: int, reach: int) -> str:
    """Up to `reach` characters before `position`, from the start of its own sentence on: the words before a
    name that opens a sentence are not its title («… رئيس.\nترامب قال»)."""
    before = text[max(0, position - reach):position]
    return _SENTENCE_BREAK.split(before)[-1]


_ROOT_TA = _folded("لفت التفت سكت صمت ثبت أثبت بت صوت")  # past verbs whose last ت is a root letter, not «she»
# Past verbs of تفعّل and تفاعل, «he», though their first ت looks like the present's «she» («تقول»)
_PAST_TA = _folded("تابع تحدث تساءل تطرق تعهد تمنى")  # (not «توقع», also «تُوقّع», she signs)


def _person(word: str) -> str | None:
    """He or she, as a verb of saying or its participle shows it: «قالت», «أضافت», «مؤكدة» she; «قال»,
    «أضاف», «مؤكدا», «تابع» he; None when the form does not tell («تقول»: a present)."""
    word = word[1:] if word[:1] in "وف" and len(word) > 3 else word
    if word.endswith(("وا", "ون", "ين")) or word.startswith(("بال", "ال")):
        return None  # (nor «بالقول», a verbal noun, which is either)
    if word in _ROOT_TA:
        return "he"  # «ولفت إلى أن …»: the ت is the root's, he pointed out
    if word.endswith("ت"):
        return "she"
    if word.startswith("م") or word.startswith(("قائل", "قاءل", "قايل")):  # the participle, its hamza as folded or not
        return "she" if word.endswith("ه") else "he" if word.endswith("ا") else None
    if word in _PAST_TA:
        return "he"  # «وتابع»: he went on
    return None if word.startswith("ت") else "he"


def _other_person(earlier: str, later: str) -> bool:
    """Whether two verbs of saying cannot share a speaker: one says she, the other he."""
    first, second = _person(earlier), _person(later)
    return first is not None and second is not None and first != second
