"""The words of Arabic news reporting that quote detection reads: verbs and participles of saying, the
complementisers that open reported words, attributions, titles, kinds of body, and the words that never
name a speaker. All are folded (annotator.core.arabic.fold), as the text they are matched on."""

from __future__ import annotations

import re

from annotator.core.arabic import fold


def _folded(*words: str) -> frozenset[str]:
    return frozenset(fold(word) for text in words for word in text.split())


_SYNONYMS = {fold("ناطق"): fold("متحدث"), fold("بروفيسور"): fold("أستاذ")}  # «الناطق» is «المتحدث» introduced before; «الأستاذ», «البروفيسور»


def _bare(word: str) -> str:
    """A folded word without و/ف, ال and the feminine ending, for «المصدر» to meet «مصدر». The conjunction
    goes only before ال: the و of «وزارة» and «وزير» is the word's own."""
    word = word[1:] if word[:1] in "وف" and word[1:3] == "ال" and len(word) > 4 else word
    word = word[2:] if word.startswith("ال") and len(word) > 3 else word
    word = word[:-1] if word[-1:] in "هة" and len(word) > 3 else word
    return _SYNONYMS.get(word, word)


# Verbs that report speech, past and present, with their feminine and plural forms.
VERBS = _folded(
    "قال قالت قالوا قلن يقول تقول يقولون أضاف أضافت أضافوا يضيف تضيف أكد أكدت أكدوا يؤكد تؤكد يؤكدون",
    "أوضح أوضحت أوضحوا يوضح توضح أشار أشارت أشاروا يشير تشير تابع تابعت تابعوا لفت لفتت لفتوا يلفت",
    "أردف أردفت أعلن أعلنت أعلنوا يعلن تعلن ذكر ذكرت ذكروا صرح صرحت صرحوا يصرح تصرح كرر كررت يكرر",
    "نقل نقلت نقلوا يقر تقر أورد أوردت أوردوا",
    "شرح شرحت يشرح تشرح شدد شددت شددوا يشدد تشدد اعتبر اعتبرت اعتبروا يعتبر تعتبر كشف كشفت كشفوا يكشف تكشف أفاد أفادت",
    "أبرز أبرزت اتهم اتهمت اتهموا يتهم حذر حذرت حذروا يحذر تحذر نفى نفت نفوا ينفي تنفي أجاب أجابت",
    "رد ردت ردوا رأى رأت رأوا يرى ترى زعم زعمت أقر أقرت اعترف اعترفت كتب كتبت غرد غردت أخبر أخبرت",
    "أخبر أخبرت أخبره أخبرها أخبرهم أخبرته أخبرتها أخبرتهم أبلغ أبلغت أبلغه أبلغها أبلغهم أبلغته أبلغتها أبلغتهم",
    "أفصح أفصحت تساءل تساءلت استطرد استطردت نوه نوهت نبه نبهت نبهوا ينبه",  # «ونبه الوزير إلى أن …»
    "يزعم تزعم يزعمون أصر أصرت أصروا يصر تصر هدد هددت هددوا",  # «وأصر على أن …», «هدد نظام الأسد بأنه "…"»
    "روى روت رووا يروي تروي",  # «وروت فلانة في مقابلة "…"»
    "نسب نسبت نسبوا",  # «ونسبت الوكالة للافروف قوله إن …»
    "ادعى ادعت يدعي تدعي",  # «وتدّعي أوراق المحكمة أنه …»; never «يُدعى» (is named, written with ى)
)
# Verbs of opinion and charge open only a clause (رأى أن …, اتهم … بأن …): «ترى نفسها» is no report.
NEEDS_THAT = _folded("قول رأى رأت رأوا يرى ترى اعتبر اعتبرت اعتبروا يعتبر تعتبر نفى نفت نفوا ينفي تنفي اتهم اتهمت اتهموا يتهم زعم زعمت "
                     "يزعم تزعم يزعمون أصر أصرت أصروا يصر تصر هدد هددت هددوا نسب نسبت نسبوا "  # «أصر على موقفه»: no report
                     "أعلن أعلنت أعلنوا يعلن تعلن شرح شرحت يشرح تشرح نبه نبهت نبهوا ينبه ادعى ادعت يدعي تدعي")  # «أعلن المكتب اعتقال … في تنظيم "الدولة"»: a noun follows, not speech
# Participles that add a quote to the clause before them: قائلاً، مشيرةً، مؤكدين …
PARTICIPLES = _folded(
    "قائلا قائلة قائلين قائلات مضيفا مضيفة مضيفين مؤكدا مؤكدة مؤكدين مشيرا مشيرة مشيرين لافتا لافتة لافتين",
    "معتبرا معتبرة معتبرين موضحا موضحة موضحين مبينا مبينة مبينين مشددا مشددة مشددين متابعا متابعة",
    "محذرا محذرة محذرين متهما متهمة متهمين كاشفا كاشفة مستطردا مستطردة متسائلا متسائلة معللا معللة مهددا مهددة مهددين",
    "منوها منوهة منوهين معترفا معترفة معترفين مكررا مكررة مردفا مردفة منبها منبهة منبهين",  # «، معترفة بأن …», «، مردفا: "…"»
    "معلقا معلقة معلقين مغردا مغردة",  # «وشارك جمهوره صورة عبر فيسبوك، معلقا: "…"»
)
# Verbs of a view or a belief, told by the reporter: «ويرى التحالف …», «لكن فلان يعتقد أن …»
HOLDS_A_VIEW = _folded("يرى ترى يرون رأى رأت اعتبر اعتبرت يعتبر تعتبر يعتقد تعتقد يعتقدون")
AS_FOR_TOPIC = _folded("أما وأما")  # «أما فلان فـ…»: a topic set apart
# Verbs that continue someone's words: «وأضاف», «وتابعت»
GOING_ON = _folded("أضاف أضافت أضافوا تابع تابعت تابعوا استطرد استطردت")
# «وتابع قائلا:»: the participle belongs to the verb before it, not to a quote of its own.
SAYING_PARTICIPLES = _folded("قائلا قائلة قائلين قائلات بالقول قولها قوله")
# «في بيان … أن …»: a statement named where no verb of saying stands.
NOUN_CUES = _folded("بيان تصريح تصريحات تغريدة")
# Verbs that report only when a colon follows at once: «وزاد: "…"» (but «زاد عدد القتلى»)
COLON_VERBS = _folded("زاد زادت استطرد استطردت أكمل أكملت اختتم اختتمت ختم ختمت واصل واصلت")  # «واختتم: "…"», «وواصل: "…"»
# Verbs whose first word after them is whom they told, not who told: «وأبلغ الصحفيين: "…"»
TOLD = _folded("أبلغ أبلغت أبلغوا أخبر أخبرت أخبروا خاطب خاطبت خاطبوا دعا دعت دعوا")  # «ودعت جميع الأطراف إلى "…"»
# بيّن (explained) folds to بين (between): a verb with its shadda, or when it opens a clause and an
# إن/أن follows its subject.
AMBIGUOUS_VERBS = _folded("بين بينت")
SHADDA = "\u0651"
THAT = _folded("أن إن أنه إنه أنها إنها أنهم إنهم أنهن أنني إنني أننا إننا بأن بأنه بأنها بأنهم بأننا أنهما إنهما بأنهما "
               "بأنهن بأنني")  # «قالت بكين وواشنطن إنهما …»: the dual too
TWO_WORD_THAT = {(fold("إلى"), fold("أن")), (fold("على"), fold("أن")), (fold("إلى"), fold("أنه")),
                 (fold("على"), fold("أنه")), (fold("إلى"), fold("أنها")), (fold("إلى"), fold("انه"))}
# Words that begin an attribution after the quoted words: the quote ends before them.
ATTRIBUTION = _folded("وفقا وفق حسب بحسب حسبما وفقاً نقلا نقلته وذلك بحسبما")
# After a comma these begin the reporter's own words: «…، وهو أبرز رفض …».
ASIDES = _folded("وهو وهي وهم وهذا وهذه وذلك وتلك")
# «…، لكنه كرر أن …»: a new statement when a verb of saying follows; otherwise the words go on.
BUTS = _folded("لكن لكنه لكنها ولكن ولكنه ولكنها")
TITLES = _folded("الدبلوماسي الدبلوماسية الرئيس الرئيسة الملك الأمير الوزير الوزيرة السفير السفيرة المندوب المندوبة المتحدث المتحدثة الناطق الناطقة الزعيم الأمين المبعوث "
                 "النائب المستشار القائد القيادي القيادية المدير المديرة العاهل المسؤول المسؤولة المفوض المفوضة اللاعب اللاعبة المدرب النجم المهاجم الحارس "
                 "الظهير المدافع نظيره نظيرته نظيريه نظيرها نظيرتها نظرائه "  # «مع نظيريه الياباني فلان»
                 "السناتور السيناتور السناتورة المرجع المرشح المرشحة "  # «في رسالة إلى السناتور، رون وايدن»: whom it was sent to
                 # the women who hold them: «المستشارة الألمانية» is Merkel as «المستشار» is Scholz
                 "الملكة الأميرة الأمينة النائبة المستشارة القائدة الزعيمة المبعوثة المدربة النجمة المهاجمة الحارسة")
# What a person is, said of one person an article names so: «الصحفي كوندراشوف» … «وأشار الصحفي». Unlike an office
# (every country has its الرئيس), it points to the person introduced with it before the last speaker.
PROFESSIONS = _folded("الصحفي الصحفية الكاتب الكاتبة الخبير الخبيرة المحلل المحللة الباحث الباحثة الطبيب الطبيبة "
                      "المحامي المحامية القاضي القاضية الناشط الناشطة الفنان الفنانة الممثل الممثلة المخرج المخرجة "
                      "المغني المغنية البرلماني البرلمانية العداء العداءة العارض العارضة الفتاة الطفلة "
                      "الدكتور الدكتورة")  # «وأضافت الدكتورة» after «الدكتورة سارة جونز»
TITLES = TITLES | PROFESSIONS
# The same titles in a construct, «رئيس الحكومة», «وزير الخارجية»: definite through the noun after them.
CONSTRUCT_TITLES = _folded("مؤسس مؤسسة رئيس رئيسة وزير وزيرة سفير سفيرة متحدث متحدثة ناطق ناطقة ولي أمين مبعوث نائب مستشار قائد زعيم مدير مديرة "
                           "مقدم مقدمة مذيع مذيعة ناشر ناشرة "
                           "لاعب مدرب نجم مهاجم حارس مفوض مفوضة أسطورة آية مرشح مرشحة مدعي مدعية "
                           "زعيمة قائدة لاعبة مبعوثة مدربة مستشارة مهاجمة نائبة نجمة حارسة مساعد كبير كبيرة")  # (not «أمينة», a name too)
# Circumstantial participles that add the reporter's account, not more reported words: «، حاضا إياه …».
CIRCUMSTANTIAL = _folded("حاضا حاثا داعيا مطالبا معربا متعهدا واعدا ناصحا مذكرا مبديا مستبعدا مرجحا حاضة داعية مطالبة معربة "
                         "متوقعا متوقعة متوقعين رافضا رافضة رافضين ممتنعا ممتنعة")  # «…، متوقعا أن …»: what he expects, told by the reporter
ADVERBS = _folded("أيضا كذلك بدوره بدورها جهته جانبه ايضا مرارا تكرارا سابقا لاحقا مجددا مؤخرا حاليا بكل بشكل بوضوح "
                  "ردا تعليقا تعقيبا صراحة علنا شخصيا مرة بحزم بوضوح بالمقابل المقابل بالمثل تماما قطعا بغضب بشدة بعدها حينها عندها طالبا طالبة مشترطا مشترطة مفضلا مفضلة مخاطبا متحدثا ممازحا بدلا ملوحا ملوحة شريطة بشرط بصوت بنبرة بلهجة مازحا ضاحكا مبتسما ساخرا غاضبا متأثرا موجها موجهة متوجها متوجهة ملتفتا ملتفتة مخاطبة")  # «لكن ترامب قال ردا على سؤال إن …»
ATTRIBUTION_PHRASES = [fold(p) for p in ("على حد تعبير", "على حد قول", "كما نقلت", "كما نقل", "جاء ذلك")]
POSTPOSED = [fold(p) for p in ("على حد تعبير", "على حد قول", "حسب قول", "بحسب قول", "حسب تعبير", "بحسب تعبير", "وفق تعبير")]
# Prepositions that govern a name: it is whom or where one spoke, not who spoke.
GOVERNING = _folded("في عن من مع على إلى لدى أمام عبر خلال باسم ل لـ بين حول بشأن تجاه ضد عند بعد قبل قبيل بعيد منذ نحو عبر "
                    "لصالح عما مما إثر اثر عقب فور دون بدون تحت فوق داخل خارج إزاء حيال")
TIME_WORDS = _folded("السبت الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة أمس اليوم مساء صباح ليلة فجر الماضي "
                     "مطلع أواخر أوائل منتصف نهاية بداية الشهر الأسبوع العام غداة عشية يوم يومي ليل صباحا مساء "
                     "ذلك هذا هذه الآن حينها وقتها حينئذ آنذاك عندئذ يومها يومئذ وقتئذ بتاريخ بعدها")  # «X قال، يوم الثلاثاء، إن», «قال ذلك في مؤتمر»: no subject
# Who holds a name without being it: «أسرة السراديح», «محامي سارة».
HOLDERS = _folded("أسرة عائلة محامي محامية أقارب مكتب حملة فريق طاقم مصور مصورة أنصار مؤيدو معارضو مراسل مراسلة "
                  "زوجة زوج ابن ابنة نجل نجلة شقيق شقيقة والد والدة إدارة صديق صديقة ممثلو ممثلي خطيبة خطيب أرملة "
                  "أخت حفيد حفيدة أصدقاء زملاء زميل زميلة أبناء محامو محاميو خبراء سكان أهالي حكومة معجبي معجبو "
                  "زعماء قادة دفاع نجوم جماهير مشجعو مشجعي مفتشو مفتشي صهر منتقدو منتقدي خصوم حلفاء مقربو مقربي أعضاء نواب")  # «وقال زعماء الاتحاد الأوروبي»: the leaders, not the union; «دفاع ساركوزي»
# One person's own offices, held by another: «مستشار ترامب», «نائب ترامب», «أحد مساعدي نتنياهو»
PERSONAL_OFFICES = _folded("مستشار مستشارة نائب نائبة سفير سفيرة متحدث متحدثة ناطق ناطقة مساعد مساعدة مساعدو "
                           "مساعدي مستشارو مستشاري مبعوث مبعوثة سكرتير سكرتيرة")
# Who speaks for a country or a body named after them, when no person is named: «ممثلة بلغاريا», «سفير فرنسا»
REPRESENTATIVES = _folded("ممثل ممثلة مندوب مندوبة سفير سفيرة وفد بعثة مبعوث مبعوثة مقرر مقررة شرطة حكومة حاكم حاكمة عمدة")  # «شرطة زيمبابوي», «حاكم موبتي»
RELATIVES = _folded("التي الذي الذين اللتان اللذان")
# Words that describe who spoke without naming them: no entity is proposed for «مصدر مسؤول».
DESCRIPTIONS = _folded("مسؤول مسؤولة مسؤولون مسؤولين مسؤولان مصدر مصادر أوساط متحدث متحدثة ناطق ناطقة مراسل مراسلة تقارير مراقبون موظف موظفة "
                       "مراقبين خبراء خبير محللون محللين محلل شهود شاهد سكان نشطاء ناشطون ناشطين مواطنون وزير وزيرة رئيس نائب "
                       "قاض قاضي مدير مديرة عضو أعضاء دبلوماسي دبلوماسيون ضابط جنود مقاتلون بيان تقرير وكالة أسرة عائلة "
                       "وسائل شركات متاجر منظمات جمعيات معدو معدي")  # «أثنت وسائل إعلام صينية …، وقالت», «دافعت متاجر فرنسية …، وقالت»
NOT_NAMES = _folded("القول قوله قولها قولهم قولهما قولهن قائلا قائلة تصريح تصريحات مقابلة بيان حديث كلمة تغريدة "
                    "ثقته ثقتها رغبته رغبتها نيته نيتها استعداده استعدادها رفضه رفضها تأييده تأييدها دعمه دعمها "
                    "قلقه قلقها أمله أملها ترحيبه ترحيبها توقعه توقعها توقعهم تأكيده تأكيدها تأكيدهم قولهم "
                    "رأيه رأيها رأيهم موقفه موقفها موقفهم إدانة إدانته إدانتها دعم دعمه رفض التزام التزامه "
                    "التزامها ضرورة أهمية حرصه حرصها بالقول بقوله بقولها النقاب الستار")  # «وأكد إدانة "معاداة السامية"»: what he stressed  # «أكد ثقته في أن …»: what he expressed, not who
# Kinds of body: «وأضافت الشركة» after a quote of «تويتر» is the same body speaking on.
BODY_KINDS = _folded("الشركة المنظمة الوزارة الحركة الحزب الجماعة الهيئة الوكالة الصحيفة المحكمة الجامعة المجلس "
                     "الموقع القناة الشرطة الجيش المؤسسة البنك الصندوق الاتحاد اللجنة المكتب الحكومة النادي الغرفة "
                     "الرابطة النقابة المركز الإذاعة المحطة المجلة الشبكة الجمعية المجموعة المدرسة المستشفى الكلية المعهد المنصة التحالف")
# Who may speak when a sentence opens «وناشدت وزارة الصحة …»: the head noun of the subject after the verb, bare
# (no ال, no feminine ending, as `_bare` leaves it).
SUBJECT_HEADS = frozenset(_bare(word) for word in (
    TITLES | CONSTRUCT_TITLES | DESCRIPTIONS | BODY_KINDS | HOLDERS | _folded(
        "وزارة السلطات قوات المتظاهرون المتظاهرين المحتجون المحتجين لاعبو لاعبي المعارضة الرابطة النقابة الإدارة "
        "البعثة السفارة القيادة النيابة الادعاء البرلمان الكرملين الخارجية الداخلية الدفاع الرئاسة المفوضية "
        "الأمم الدول البلدان البعض الناشطون النشطاء المنظمون الشهود السكان الأطباء العلماء الباحثون المسؤولون المسعفون الرد الدراسة البحث المذكرة الوثيقة الرسالة المستشفى التلفزيون الإعلام")))
# A sentence's first word that is no verb: a preposition, a particle, a pronoun with و/ف before it.
NOT_VERB_OPENERS = _folded(
    "وفي ومن وعلى وعن ومع وبعد وقبل وخلال وحسب وبحسب ووفقا وفقا وبشأن وبخصوص وأما وإذا وإذ وكما وهو وهي وهم وهذا وهذه وذلك "
    "وتلك وقد فقد وفق وبين وحول ومنذ وعند ولدى وأمام وعبر ونحو ولم ولن ولا وأن وإن وأنه وإنه وليس وليست وبينما "
    "وفيما وحيث وفي وفيه وفيها وبه وبها وله ولها ومنه ومنها وعليه وعليها ولكن ولكنه ولكنها وبدوره وبدورها بدوره بدورها بدورهم "
    "وأيضا وكذلك وهنا وهناك وثم ثم فإن فإنه وبالتالي وبذلك وهكذا")
CLAUSE_JOINERS = _folded("فيما بينما كما حيث")
_NEGATIONS = _folded("لم ولم فلم لن ولن لا ولا")
_ABOUT_IT = _folded("عنها عنه عنهم عنهما")  # «أعلنت عنها», «الذي تقول عنه إنه …»: about it, a thing spoken of
_ACCUSING = _folded("اتهم اتهمت اتهموا يتهم تتهم")  # one accuses someone of something: «اتهمت الحكومة المعارضة بأنها …»
_NOT_ADJECTIVE = fold("غير")  # «تقارير غير مؤكدة»: unconfirmed, an adjective, no participle of saying
# A preposition with its pronoun, «قال فيها», «قال له», never part of a speaker's name; nor a negation
# («مصدر لم يذكر اسمه»).
_PRONOUN_PREPOSITIONS = _folded("خلالها خلاله فيها فيه فيهم عنها عنه عنهم منها منه منهم له لها لهم عليها عليه بها به معه معها "
                                "بشأنها بشأنه بخصوصها بخصوصه حولها حوله لي لنا")  # «قال بشأنها العديد من المستثمرين»
# Back-references that name no one themselves: whoever was quoted last is meant.
_SOURCES = _folded("المصدر المصادر")
_SAYING = fold("قول")
_SAME = _folded("نفسه نفسها ذاته ذاتها")
# Outlets one speaks to: «لشبكة "سي بي إس"», «لصحيفة "الغد"»
_MEDIA = _folded("شبكة صحيفة وكالة قناة محطة موقع إذاعة تلفزيون مجلة برنامج راديو دورية شاشة")
# «حول "…"», «عن "…"»: what quoted words after these name is a topic or a title, not speech
_ABOUT = _folded("حول عن بشأن تجاه بعنوان")
_KANA = _folded("كان كانت وكان وكانت")
# «عدد من رواد مواقع التواصل»: a part of a group, the group named after من
_QUANTITIES = _folded("أفراد عناصر أعضاء عدد مجموعة الكثير العديد بعض أحد إحدى كثير كثيرون عشرات مئات آلاف غالبية معظم أغلب جميع اثنان اثنين اثنتان اثنتين ثلاث ثلاثة أربع أربعة خمس خمسة ست ستة سبع سبعة")
_TO = _folded("إلى الى")  # «إلى», spelt with its hamza or without
_IN_THE_NAME_OF = fold("باسم")  # «المتحدث باسم الوزارة» is one description
_OPENING = {"«": "»", "“": "”", '"': '"', "„": "“", "'": "'"}
_WORD = re.compile(r"[^\W\d_]+|\d+")  # «أن26»: a date or a count glued to a word is a word of its own
# Latin initials spelled in Arabic letters end no sentence: «إتش. أر. ماكماستر», «إليم دي.اس. بوبليت»
_INITIALS = ("اتش", "جي", "دي", "اس", "ار", "اف", "بي", "سي", "تي", "كي", "ام", "ال", "او", "واي", "زد", "جيه", "اي", "ان", "دبليو")
_SENTENCE_END = re.compile(r"[!?؟\n]|\.(?![\d\w.])(?<!\b\w\.)(?! \w{1,4}[\"»”])"  # «لـ"العربية. نت"» goes on
                           + "".join(rf"(?<!\b{initials}\.)" for initials in _INITIALS)
                           + r"(?<!\.\w\w\.)(?<!\.\w\.)"
                           + r"|(?<=\)) ?[-–—]{1,2}(?= )")  # a dateline, «دبي، الإمارات (CNN)-- قال …», ends before the news
_MAX_SUBJECT_WORDS = 30  # «أكد المستشار لدى … في تصريح لـ"…" اليوم … أن …» runs long
_PARTICIPLE_REACH = 8  # words between a participle and its إلى أن / colon
_FAR = 20_000  # characters back where a title or a kind of body is looked for: a long page is no article
_MIN_QUOTE = 6  # characters: shorter is no statement


def _closing_before_comma(gap: str) -> int | None:
    """Where a closing quotation mark stands in the gap between two words, if a comma follows it."""
    marks = [i for i, char in enumerate(gap) if char in "\"”»"]
    commas = [i for i, char in enumerate(gap) if char in "،,"]
    return marks[0] if marks and commas and marks[0] < commas[0] else None


