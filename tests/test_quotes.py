"""Quote detection on the patterns of Arabic reporting (made-up sentences; the benchmark measures real news)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotator.core.model import Document, Entity
from annotator.core.quotes import quote_suggestions


def names(text: str, *surfaces: tuple[str, str]) -> list[Entity]:
    found = []
    for n, (surface, label) in enumerate(surfaces):
        start = text.index(surface)
        found.append(Entity(start=start, end=start + len(surface), label=label, text=surface, id=n))
    return found


def quotes(text: str, *surfaces: tuple[str, str]):
    document = Document(id="x", text=text, entities=names(text, *surfaces))
    by_id = {e.id: e.text for e in document.entities}
    return [(text[q.cue[0]:q.cue[1]], text[q.start:q.end], by_id.get(q.speaker) or q.speaker_text)
            for q in quote_suggestions(document)]


def speakers(text: str, *surfaces: tuple[str, str]) -> list[str | None]:
    return [speaker for _, _, speaker in quotes(text, *surfaces)]


def goes_on(first: str, said: str, speaker: str, cases, *others: tuple[str, str]) -> None:
    """Each (opening, names) between the sentence `first` (where `speaker`, a person, speaks) and the words `said`
    leaves those words to the same speaker; the names of the opening and `others` are tagged too."""
    for opening, names in cases:
        assert speakers(first + opening + said, (speaker, "PERSON"), *others, *names) == [speaker, speaker], opening


def test_a_quoted_name_between_verb_and_an_does_not_stop_the_quote():
    text = 'قال المتحدث باسم حزب "النور" إن الحزب سيشارك في الانتخابات المقبلة.'
    assert quotes(text, ("حزب \"النور\"", "ORG")) == [("قال", "الحزب سيشارك في الانتخابات المقبلة", "المتحدث باسم حزب \"النور\"")] or \
        quotes(text)[0][:2] == ("قال", "الحزب سيشارك في الانتخابات المقبلة")


def test_a_verb_inside_the_reporters_own_marked_words_is_theirs_not_a_report_inside():
    # An RLM, harakat and CRLF on the way; the outer «وأضاف أن "…"» stays the quote, with its own speaker.
    text = ('وقال الباحث ماهر سليم\u200f إن الأمر تغيّر.\r\n'
            'وأضاف أن "البحرية اعترفت صراحةً بأن هناك تحولا حدث في الوقت الذي تغيرت فيه الإدارة" من عهد إلى عهد.\r\n')
    found = quotes(text, ("ماهر سليم", "PERSON"), ("البحرية", "ORG"))
    assert [(cue, speaker) for cue, _, speaker in found] == [("قال", "ماهر سليم"), ("أضاف", "ماهر سليم")]
    assert found[1][1].startswith('"البحرية اعترفت صراحةً بأن')
    reported = "وقال مسؤول إن الوزير أحمد فهمي قال إنه سيزور المنطقة قريبا."
    assert quotes(reported, ("أحمد فهمي", "PERSON")) == [("قال", "سيزور المنطقة قريبا", "أحمد فهمي")]


def test_a_few_marked_words_in_another_joined_clause_are_no_quote_but_far_speech_is():
    # Harakat, an emoji and CRLF on the way.
    text = ('شدد الرئيس حسن روحاني على أهمية التزام الولايات المتحدة بالاتفاق النوويّ 😀، وهدد واشنطن برد سريع '
            '"في أقل من أسبوع" في حال انسحابها منه.\r\n'
            'من ناحيته، قال متحدث باسم الجيش ردا على تقارير تحدثت عن غارة على المدينة "لا علم لي بذلك".\r\n')
    found = quotes(text, ("حسن روحاني", "PERSON"), ("الولايات المتحدة", "GPE"), ("واشنطن", "GPE"))
    assert [(cue, quote) for cue, quote, _ in found] == [("قال", "لا علم لي بذلك")]


def test_a_colon_clause_after_a_comma_ends_the_reported_words_and_a_colon_after_an_is_no_part_of_them():
    # An RLM, tatweel and CRLF on the way.
    text = ('وحينما قال المشتبه به\u200f إن معه مسدسا، أعاد عليه الضابــط: "لا أبالي. اجلس أرضا".\r\n'
            'وأشار رئيس الشرطة، مارك سوندرز إلى أن: "العمل يبدو متعمدا".\r\n')
    found = quotes(text, ("مارك سوندرز", "PERSON"))
    assert [(cue, quote) for cue, quote, _ in found] == [("قال", "معه مسدسا"), ("أشار", "العمل يبدو متعمدا")]


def test_no_break_spaces_are_spaces_and_offsets_stay_the_texts_own():
    # No-break and thin spaces (a third of one outlet's texts), an emoji, harakat, tatweel and CRLF.
    text = 'وقال\u00a0الوزيرُ\u2009ماهر سليم\u00a0إن الوضع هادئ جدا 😀 في المدينــة.\r\nوأضاف\u00a0أن القوات انسحبت.\r\n'
    document = Document(id="x", text=text, entities=names(text, ("ماهر سليم", "PERSON")))
    found = quote_suggestions(document)
    assert [text[q.cue[0]:q.cue[1]] for q in found] == ["قال", "أضاف"]
    assert [text[q.start:q.end] for q in found] == ["الوضع هادئ جدا 😀 في المدينــة", "القوات انسحبت"]
    assert {q.speaker for q in found} == {document.entities[0].id}


def test_a_quoted_name_with_an_apposition_before_an_is_no_quote():
    # Harakat, tatweel, an emoji, a bidi mark and CRLF on the way: offsets stay on the text's own characters.
    text = 'قالت شركة "النسيم"، أكبرُ مصنعٍ للــورق 😀 في البلاد\u200f، إنها ستُغلق فرعها في المدينة.\r\n'
    [(cue, quote, speaker)] = quotes(text, ("النسيم", "ORG"))
    assert (cue, quote, speaker) == ("قالت", "ستُغلق فرعها في المدينة", "النسيم")
    speech = 'وأعلن الوزير نتائج الاقتراع "نقبل النتائج"، معتبرا أن العملية كانت نزيهة.'
    assert ("معتبرا", "العملية كانت نزيهة") in [q[:2] for q in quotes(speech)]  # speech, then a participle


def test_a_new_subject_after_a_continuing_verb_is_the_speaker():
    text = ("وقالت الوزارة في بيان إن المحادثات ستبدأ الأسبوع المقبل.\n"
            "وأضافت الدول الخمس في بيانها المشترك أن التعاون يجب أن يستمر.\n"
            "وقال الوزير السويدي في البيان إن الاتفاق قريب.\n"
            "وأضاف الوزير أن الوفود ستلتقي مجددا.\n")
    assert speakers(text) == ["الوزارة", "الدول الخمس", "الوزير السويدي", "الوزير السويدي"]
    named = "أكد وزير المال السويدي كارل يوهانسون أن الخطة جاهزة.\n" + text  # the minister named before
    assert speakers(named, ("كارل يوهانسون", "PERSON")) == ["كارل يوهانسون", "الوزارة", "الدول الخمس", "كارل يوهانسون",
                                                    "كارل يوهانسون"]


def test_a_construct_subject_is_the_whole_speaker():
    text = 'وقال صاحب أحد المطاعم الشعبية "الأسعار ارتفعت كثيرا هذا العام".'
    assert quotes(text) == [("قال", "الأسعار ارتفعت كثيرا هذا العام", "صاحب أحد المطاعم الشعبية")]
    assert quotes('وقال مسؤولان أمريكيان طلبا عدم نشر اسميهما إن الاتفاق قريب.')[0][2] == "مسؤولان أمريكيان"


def test_a_negated_verb_of_saying_is_no_cue():
    text = 'ولم يكشف الطرفان عن أسباب الخلاف لكنهما أكدا استمرار "التعاون".'
    assert [cue for cue, _, _ in quotes(text)] != ["يكشف"]
    assert quotes('ولم يقل الوزير إن الاتفاق انتهى.') == []


def test_the_statement_goes_on_for_its_authors():
    text = ('وفي بيان مشترك، قال الزوجان "قررنا الانفصال بهدوء".\n'
            'وأضاف البيان "نطلب احترام خصوصيتنا".\n')
    assert speakers(text) == ["الزوجان", "الزوجان"]


@pytest.mark.parametrize("text, person", [
    # reported by an agency: «نقلت الوكالة عن الوزير اللبناني قوله»
    ("قال وزير الزراعة سليم حداد إن المحصول وفير.\nونقلت الوكالة عن الوزير اللبناني قوله إن الأسعار ستنخفض.\n",
     "سليم حداد"),
    # a title in a construct: «وقال رئيس الحكومة»
    ('قال رئيس الوزراء ماريو بيانكي "سنحاسب المسؤولين".\nوقال رئيس الحكومة: "لن ننسى الضحايا".\n', "ماريو بيانكي"),
])
def test_a_title_is_the_person_named_before(text, person):
    assert speakers(text, (person, "PERSON")) == [person, person]


def test_a_quoted_name_far_after_the_cue_is_no_speech():
    announced = 'أعلن مكتب الادعاء اعتقال رجل يشتبه في انتمائه إلى جماعة "الفجر الجديد".'
    assert quotes(announced) == []
    assert quotes('وأعلن الوزير أن الحدود ستفتح غدا.')[0][1] == "الحدود ستفتح غدا"
    confirmed = 'وأعلنت الشرطة الخبر مؤكدة معلومات نشرتها القناتان "إم بي 2" و"إف تي في".'
    assert [cue for cue, _, _ in quotes(confirmed)] == []
    spoken = 'وانتقد القرار، مؤكدا "لن نقبل بهذا أبدا".'
    assert quotes(spoken)[0][:2] == ("مؤكدا", "لن نقبل بهذا أبدا")



def test_a_participle_speaks_for_its_own_sentence_subject():
    text = ('وقالت وزارة الخارجية في بيان "ندعو إلى التهدئة".\n'
            'وكان الرئيس سامي ناصر قد صعد من لهجته، قائلا إن البلاد لن تتراجع.\n')
    found = quotes(text, ("وزارة الخارجية", "ORG"), ("سامي ناصر", "PERSON"))
    assert [(cue, speaker) for cue, _, speaker in found] == [("قالت", "وزارة الخارجية"), ("قائلا", "سامي ناصر")]


def test_words_that_name_no_one_stay_out_of_the_speaker():
    posted = 'ونشر سامـــر خليل 😀 رسالة قصيرة عبر تويتر، قال فيها "لقد حانَ الوقت".\r\n'
    assert quotes(posted, ("سامـــر خليل", "PERSON")) == [("قال", "لقد حانَ الوقت", "سامـــر خليل")]
    interviewed = ('قال سامر خليل إن الشركة تغيرت.\n'
                   'وصرح في مقابلة مع "النهار"، أنه غادر الشركة بسبب خلاف.\n')
    said = speakers(interviewed, ("سامر خليل", "PERSON"), ("النهار", "ORG"))  # not the paper he spoke to
    assert said == ["سامر خليل", "سامر خليل"]
    reported = 'واستقال المدير وغادر مجلس إدارة شركة النور، وذكرت تقارير بأنه استقال بسبب خلاف.'
    assert quotes(reported, ("شركة النور", "ORG"))[0][2] == "تقارير"  # its own subject, not the name before
    unnamed = 'ونقل التقرير عن مصدر لم يذكر اسمه قوله إن القرار اتخذ سرا.'
    assert quotes(unnamed)[0][2] == "مصدر"
    source = ('وقالت صحيفة "الغد" إن الصورة أثارت جدلا.\n'
              'وأوضح المصدر أنه تم التقاط الصورة خلال الرحلة.\n')
    assert speakers(source, ("الغد", "ORG")) == ["الغد", "الغد"]


def test_a_long_subject_still_reaches_its_an():
    text = ("أكد المستشار لدى وزارة الخارجية للشؤون القانونية والدولية في تصريح لإذاعة مونت كارلو الدولية "
            "اليوم الثلاثاء على هامش اجتماع اللجنة الوزارية المشتركة في العاصمة أن المفاوضات ستستأنف قريبا.")
    [(cue, quote, speaker)] = quotes(text, ("إذاعة مونت كارلو الدولية", "ORG"))
    assert (cue, quote) == ("أكد", "المفاوضات ستستأنف قريبا")
    assert speaker != "إذاعة مونت كارلو الدولية"  # the outlet spoken to is no speaker


def test_participle_clauses_are_quotes_of_their_own_with_the_same_speaker():
    text = ("قالت الوزيرة ليلى حسن إن الحكومة ستدعم المزارعين، مؤكدة أن الدعم سيصل قبل الصيف، "
            "ومشيرة إلى أن الأسعار ستنخفض.")
    assert quotes(text, ("ليلى حسن", "PERSON")) == [
        ("قالت", "الحكومة ستدعم المزارعين", "ليلى حسن"),
        ("مؤكدة", "الدعم سيصل قبل الصيف", "ليلى حسن"),
        ("مشيرة", "الأسعار ستنخفض", "ليلى حسن"),
    ]
    plural = "وقال النواب إن القانون سيقر، مشيرين إلى أن التصويت سيجري غدا."
    assert [q[:2] for q in quotes(plural)] == [("قال", "القانون سيقر"), ("مشيرين", "التصويت سيجري غدا")]


def test_an_attribution_before_a_full_stop_does_not_hide_the_next_quote():
    text = "وصل الوفد أمس حسب قوله. وقال الوزير سامي علي إن المحادثات كانت مثمرة."
    assert quotes(text, ("سامي علي", "PERSON")) == [("قال", "المحادثات كانت مثمرة", "سامي علي")]


def test_abbreviations_with_dots_do_not_end_the_sentence():
    text = "قال مصدر أمني لوكالة أ.ف.ب إن الهجوم أسفر عن سقوط قتلى في المدينة."
    [(cue, quote, speaker)] = quotes(text)
    assert (cue, quote, speaker) == ("قال", "الهجوم أسفر عن سقوط قتلى في المدينة", "مصدر أمني")


def test_attributions_after_the_quoted_words():
    text = '"سنواصل العمل حتى تحقيق الأهداف كلها"، على حد تعبير الوزير خالد سعيد.'
    [(cue, quote, speaker)] = quotes(text, ("خالد سعيد", "PERSON"))
    assert quote == "سنواصل العمل حتى تحقيق الأهداف كلها" and cue.startswith("على حد تعبير") and speaker == "خالد سعيد"
    text = '"رمزية جميلة ودالة على وحدة هذا الشعب".. هكذا رأى الرئيس عبدالفتاح السيسي ذلك.'
    [(cue, quote, speaker)] = quotes(text, ("عبدالفتاح السيسي", "PERSON"))
    assert (cue, quote, speaker) == ("رأى", "رمزية جميلة ودالة على وحدة هذا الشعب", "عبدالفتاح السيسي")


@pytest.mark.parametrize("verb", ["أعلن", "كشف", "أفاد", "أبرز", "حذر", "اتهم"])
def test_communicative_verbs(verb):
    text = f"{verb} المتحدث باسم الجيش أن القوات صدت الهجوم على المدينة."
    [(cue, quote, speaker)] = quotes(text)
    assert (cue, quote, speaker) == (verb, "القوات صدت الهجوم على المدينة", "المتحدث باسم الجيش")


def test_unvocalised_bayyana_is_a_verb_only_where_it_opens_a_clause():
    text = "وبين الوزير في مؤتمر صحفي أن القرار سيصدر قريبا. وجرى اللقاء بين الوفدين في القاهرة."
    assert [q[:2] for q in quotes(text)] == [("بين", "القرار سيصدر قريبا")]


def test_the_person_not_the_place_or_the_body_that_employs_them():
    text = "قال المتحدث باسم وزارة الخارجية الإيرانية بهرام قاسمي في طهران إن بلاده لن تتراجع."
    [(_, _, speaker)] = quotes(text, ("وزارة الخارجية الإيرانية", "ORG"), ("بهرام قاسمي", "PERSON"), ("طهران", "GPE"))
    assert speaker == "بهرام قاسمي"


def test_qawluhu_and_qaailan_never_leak_into_the_speaker():
    text = 'ونقلت الوكالة عن الوزير قوله إن الاتفاق قريب. وتابع قائلا: "لن نتراجع أبدا".'
    found = quotes(text)
    assert all("قوله" not in (speaker or "") and "قائلا" not in (speaker or "") for _, _, speaker in found)
    assert ("تابع", "لن نتراجع أبدا") in [q[:2] for q in found]


def test_a_speaker_named_as_a_tagged_entity_is_linked_to_it():
    text = "وقال ترامب إن الاقتصاد قوي. وأضاف ترامب أن الوظائف كثيرة."
    document = Document(id="x", text=text, entities=names(text, ("ترامب", "PERSON")))
    assert all(q.speaker == 0 and q.speaker_text is None for q in quote_suggestions(document))


def test_a_report_of_a_report_gives_one_quote_never_nested():
    text = "قال مسؤول أمريكي، إن الرئيس دونالد ترامب قال لفريقه إنه مستعد لإبقاء الجنود."
    found = quotes(text, ("دونالد ترامب", "PERSON"))
    assert found == [("قال", "مستعد لإبقاء الجنود", "دونالد ترامب")]


def test_a_quote_closed_by_an_aside_or_an_attribution_ends_there():
    text = "قال رئيس البنك إن البنك سيتعرض للخطر إذا استثمر هناك، وهو أبرز رفض علني إلى الآن."
    assert quotes(text)[0][1] == "البنك سيتعرض للخطر إذا استثمر هناك"
    text = 'وأضافت أن "الوضع خطير جدا"، وفقا لما نقلته الوكالة.'
    assert quotes(text)[0][1] == "الوضع خطير جدا"


def test_the_agency_of_a_dateline_is_not_the_speaker():
    text = "بيروت (رويترز) — قال مسؤول أمني إن الانفجار وقع في الميناء."
    assert quotes(text, ("رويترز", "ORG")) == [("قال", "الانفجار وقع في الميناء", "مسؤول أمني")]


def test_a_verb_joined_to_a_sentence_that_named_its_subject_speaks_for_it():
    earlier = 'وقالت مصادر في المدينة إن القصف استمر طوال الليل.\n'
    # «وندد الوزير، فلان، بالقصف، وقال في تغريدات …»: the minister, not the sources quoted before
    text = earlier + 'وندد وزير الإعلام، معمـــر سالم 😀، بالقصف، وقال في سلسلة تغريدات عبر "تويتر": "أدين المجزرة بشدة".\r\n'
    found = quotes(text, ("معمـــر سالم", "PERSON"))
    assert [(cue, speaker) for cue, _, speaker in found] == [("قالت", "مصادر"), ("قال", "معمـــر سالم")]
    # «قال فيها» of the message that person posted, though someone else was quoted just before
    posted = earlier + 'ونشر سامر خليل رسالة قصيرة عبر تويتر، قال فيها "لقد حان الوقت".\n'
    assert quotes(posted, ("سامر خليل", "PERSON"))[-1][2] == "سامر خليل"
    # a sentence that already quoted someone goes on for them
    going_on = 'وقال سامر خليل إن الشركة تغيرت، وأضاف في مقابلة مع نادر حسن أن الأرباح تراجعت.\n'
    said = speakers(earlier + going_on, ("سامر خليل", "PERSON"), ("نادر حسن", "PERSON"))
    assert said == ["مصادر", "سامر خليل", "سامر خليل"]


def test_a_definite_noun_names_the_body_of_its_kind_named_before():
    text = ('ذكرت صحيفة "الغد" أن الجامعة خفضت\u200f درجات المتقدمات.\n'
            'وقال المتحدث باسم الجامعة سامي علي إن التحقيق بدأ.\n'
            'واعترفت جامعة طوكيو الطبيّة بالخطأ.\n'
            'وقالت الجامعة إنها لن تكرر ذلك.\n'
            'وأضافت الصحيفة أن عدد المتضررات كبير.\n')
    said = speakers(text, ("الغد", "ORG"), ("سامي علي", "PERSON"), ("جامعة طوكيو الطبيّة", "ORG"))
    assert said == ["الغد", "سامي علي", "جامعة طوكيو الطبيّة", "الغد"]
    # «وقال المصدر نفسه» after an attribution with no quote: the source it named
    attributed = ('وحسب ما ذكرته صحيفة "آس"، فإن اللاعب قد يغادر نادي ريال مدريد.\n'
                  'وقال المصدر نفسه إن زملاءه قلقون من رحيله.\n')
    assert quotes(attributed, ("آس", "ORG"), ("ريال مدريد", "ORG"))[0][2] == "آس"


def test_a_second_speaker_after_a_comma_ends_the_first_quote():
    text = "وفي حين قال مصدر بالشرطة إن سيارة ملغومة انفجرت، أشارت مصادر أخرى إلى أن الانفجار نجم عن مستودع ذخيرة."
    assert quotes(text) == [("قال", "سيارة ملغومة انفجرت", "مصدر بالشرطة"),
                            ("أشارت", "الانفجار نجم عن مستودع ذخيرة", "مصادر أخرى")]


def test_the_verbal_noun_qawl_with_its_own_an_is_a_cue():
    text = 'ويأتي القرار غداة قول رئيس الوزراء، حيـــدر علي، إن الانتخابات شهدت "خروقات جسيمة".'
    assert quotes(text, ("حيـــدر علي", "PERSON")) == [("قول", 'الانتخابات شهدت "خروقات جسيمة"', "حيـــدر علي")]
    assert quotes('وبحسب قول الوزير فإن الاتفاق قريب.') == []


def test_speakers_that_refer_back_or_name_a_part_of_a_group():
    text = 'قال موقع تويتر إنه حظر الحسابات.\nوأضافت الشركة أنها اتخذت الإجراء بعد انتهاكات متكررة.\n'
    assert speakers(text, ("تويتر", "ORG")) == ["تويتر", "تويتر"]
    official = 'وأكد سعدي غوفان أن التحقيق مستمر.\nوحسب بيان لاحق، فإن الالتباس سببه الاسم.\nوأكد المسؤول التركي أن التصويت مرتين جريمة.\n'
    assert speakers(official, ("سعدي غوفان", "PERSON")) == ["سعدي غوفان", "سعدي غوفان"]
    assert quotes("واعتبر عدد من رواد مواقع التواصل أن ذلك خرق للقواعد.")[0][2] == "عدد من رواد مواقع التواصل"
    assert quotes('ويتابع سامر أمام القضاء، إذ زعم مراراً أن الأمر "خدعة كبيرة".', ("سامر", "PERSON"))[0][2] == "سامر"
    inside = 'وقال ريتشاردز إن الإضراب قائم.\nونددت الرسالة بـ"تدهور أوضاع موظفي الأمم المتحدة" واعتبرت أن السمعة تشوهت.\n'
    assert quotes(inside, ("ريتشاردز", "PERSON"), ("الأمم المتحدة", "ORG"))[-1][2] != "الأمم المتحدة"


def test_habitual_reports_notes_and_glued_outlets():
    text = ('وقال رامي سالم إن الضربات استهدفت رتلا.\n'
            'ويعتبر التحالف الدولي أي توغل بمثابة تهديد له، علما أنه تم استهداف القوات مرات عدة.\n'
            'وعادة ما يقول التحالف إنه يرد دفاعا عن قواته، مؤكدا أنه لا يريد المواجهة.\n')
    found = quotes(text, ("رامي سالم", "PERSON"), ("التحالف الدولي", "ORG"))
    assert [(cue, speaker) for cue, _, speaker in found] == [
        ("قال", "رامي سالم"), ("يقول", "التحالف الدولي"), ("مؤكدا", "التحالف الدولي")]  # «علما أنه» opens nothing
    glued = 'وأكد مصدر عسكري لـ"سكاي نيوز" أن القوات استعادت الساحل.'
    assert quotes(glued, ("سكاي نيوز", "ORG"))[0][2] == "مصدر عسكري"
    place = 'انهار جسر عند جامعة فلوريدا الدولية.\nوقالت الجامعة إن الجسر مصمم ليتحمل الأعاصير.\n'
    found = quotes(place, ("جامعة فلوريدا الدولية", "ORG"), ("فلوريدا", "GPE"))
    assert found[0][2] == "جامعة فلوريدا الدولية"


def test_a_title_finds_the_person_it_introduced_and_a_club_its_player():
    text = ('وأعلن وزير الداخلية جيرار كولومب وفاة الضابط.\n'
            'وكتب الضابط أرنو بلترام قبل أيام أنه مستعد.\n'
            'وقال وزير الداخلية، للصحفيين، إن المهاجم الذي أعلن أنه يرتبط بداعش كان معروفا.\n')
    found = quotes(text, ("جيرار كولومب", "PERSON"), ("أرنو بلترام", "PERSON"), ("داعش", "ORG"))
    assert found[-1][:3] == ("قال", "المهاجم الذي أعلن أنه يرتبط بداعش كان معروفا", "جيرار كولومب")
    club = ('وأصيب داني ألفيش لاعب باريس سان جرمان في نهائي الكأس.\n'
            'وقال الأطباء إنه قد يغيب ستة أشهر.\n'
            'وأضاف لاعب برشلونة ويوفنتوس السابق على موقع ذا بلايرز أنه لا يزال يثق بفريقه.\n')
    said = speakers(club, ("داني ألفيش", "PERSON"), ("باريس سان جرمان", "ORG"), ("برشلونة", "ORG"), ("يوفنتوس", "ORG"))
    assert said == ["الأطباء", "داني ألفيش"]


def test_another_kind_of_body_is_someone_else():
    text = ('قالت وزارة الداخلية إن الأمن في حالة تأهب.\n'
            'وهذه أحدث واقعة في سلسلة حوادث تقول الشرطة إنها مرتبطة بالمظاهرات.\n')
    assert speakers(text, ("وزارة الداخلية", "ORG")) == ["وزارة الداخلية", "الشرطة"]


def test_a_subject_before_its_verb_across_an_apposition_or_after_kana():
    text = ('وتقول تعاليم الكنيسة إن الأرواح تعاقب.\n'
            'لكن الكاردينال فنسنت نيكولز، رجل الدين الأعلى في إنجلترا وويلز، قال: "لا شيء يقول ذلك".\n'
            'وقال في تصريحات لبي بي سي إن البابا كان يستكشف تشبيها.\n')
    assert speakers(text, ("فنسنت نيكولز", "PERSON")) == ["تعاليم الكنيسة", "فنسنت نيكولز", "فنسنت نيكولز"]
    kana = ('وذكرت صحيفة "التايمز" أن شركة اشترت الأرض.\n'
            'وكان سوفان تشاتيرجي، رئيس البلدية، قد زار الموقع وقال إنه :"عُثر على 14 جثة 😀".\n'
            'وأضاف: "سوف تجرى أعمال بحث دقيقة".\n')
    said = speakers(kana, ("التايمز", "ORG"), ("سوفان تشاتيرجي", "PERSON"))
    assert said == ["التايمز", "سوفان تشاتيرجي", "سوفان تشاتيرجي"]
    own = 'وكانت الشركة قد سحبت سياراتها بعد أن قالت جهات منظمة إن الفحص لم يتفق مع المتطلبات.'
    assert quotes(own, ("الشركة", "ORG"))[0][2] == "جهات منظمة"
    relayed = 'ونقلت الوكالة أن ديمتري روغوزين، نائب وزير الدفاع، أوضح عبر فيسبوك أن روسيا طورت المقاتلة.'
    assert quotes(relayed, ("الوكالة", "ORG"), ("ديمتري روغوزين", "PERSON")) == [
        ("أوضح", "روسيا طورت المقاتلة", "ديمتري روغوزين")]


def test_a_name_tagged_once_speaks_at_its_other_mentions():
    text = ('قال المتحدث إن الوفد وصل.\n'
            'وقال ترامب إن الاقتصاد قوي.\n'
            'وأشار مسؤول إلى أن المحادثات بدأت.\n'
            'لكن ترامب 😀، رئيس البلاد، قال إن الوظائف كثيرة.\nوقال مستشار لترامب إن الأمر محسوم.\n'
            'وقالت ترامبيات إن الحفل انتهى.\n')  # a longer word is no mention
    document = Document(id="x", text=text, entities=names(text, ("ترامب", "PERSON")))
    found = quote_suggestions(document)
    assert [(text[q.cue[0]:q.cue[1]], q.speaker, q.speaker_text) for q in found] == [
        ("قال", None, "المتحدث"), ("قال", 0, None), ("أشار", None, "مسؤول"), ("قال", 0, None),
        ("قال", None, "مستشار"), ("قالت", None, "ترامبيات")]


def test_a_description_with_its_own_adjective_is_its_own_body():
    text = ('قال الجيش الإسرائيلي إن صافرات الإنذار انطلقت خطأ.\n'
            'وقال الجيش الأميركي إن ضربة نفذت يوم الأحد.\n'
            'وقالت الحكومة التركية إن الحدود مفتوحة.\n'
            'وقالت السلطات التركية إن 15 شخصا اعتقلوا.\n')
    said = speakers(text, ("الجيش الإسرائيلي", "ORG"), ("الحكومة التركية", "ORG"))
    assert said == ["الجيش الإسرائيلي", "الجيش الأميركي", "الحكومة التركية", "السلطات التركية"]


def test_appositions_with_an_adverb_or_a_body_inside_and_what_one_expressed():
    text = ('قالت مايا كوسيانشيتش: "ندعو الأطراف إلى التفاوض".\n'
            'العقيد تركي المالكي، المتحدث باسم التحالف، بدوره قال إن الخيارات كثيرة.\n'
            'ميشيل ماري، رئيس لجنة العلاقات مع دول الجزيرة العربية، قال إن ملايين في حاجة للغذاء.\n')
    assert speakers(text, ("مايا كوسيانشيتش", "PERSON"), ("تركي المالكي", "PERSON"), ("ميشيل ماري", "PERSON"),
                   ("لجنة العلاقات مع دول الجزيرة العربية", "ORG")) == ["مايا كوسيانشيتش", "تركي المالكي", "ميشيل ماري"]
    trust = "يشعر أرسين فينغر بالقلق لكنه أكد ثقته في أن الفريق سيفعل كل ما هو مطلوب."
    assert quotes(trust, ("أرسين فينغر", "PERSON"))[0][2] == "أرسين فينغر"


def test_unmarked_words_after_a_colon_stop_where_the_reporter_names_someone_again():
    text = ("وقال غريزمان: لا فرق، هوية المنافس لا تهم. وهذا ما نسعى إليه 😀. وفازت فرنسا بالمركز الأول "
            "في المجموعة. وأضاف: سنلعب بقوة.")
    found = quotes(text, ("غريزمان", "PERSON"), ("فرنسا", "GPE"))
    assert [q[1] for q in found] == ["لا فرق، هوية المنافس لا تهم. وهذا ما نسعى إليه 😀", "سنلعب بقوة"]



def test_unmarked_words_after_a_colon_stop_where_the_reporter_attributes_or_tells_of_them():
    # A name a little further in, a verb of saying opening the sentence, the speech told of: the reporter's
    # words again. Emoji, harakat, tatweel and CRLF on the way keep the spans exact.
    text = ("وأضافت الصحيفة: في يوم عاصـف في موسكو 😀، باتت فرنسا بطلةً العالم. وجاء رأي صحيفة \"ذا صن\" مشابها.\r\n"
            "وذكرت صحيفة \"كورييري\" الإيطالية: الكفاءة والتنظيم: هكذا فاز ديشان. وأشارت الصحيفة الإيطالية إلى الدور الاجتماعي.\r\n"
            "وقال جيرو: الأرجنتين لا تزال هي الأرجنتين. وبعد ساعات قليلة من تصريحات النجم الفرنسي، تأهلت الأرجنتين.")
    found = quotes(text, ("موسكو", "GPE"), ("فرنسا", "GPE"), ("ذا صن", "ORG"), ("كورييري", "ORG"), ("ديشان", "PERSON"),
                   ("جيرو", "PERSON"), ("الأرجنتين", "GPE"))
    assert [q[1] for q in found] == ["في يوم عاصـف في موسكو 😀، باتت فرنسا بطلةً العالم",
                                     "الكفاءة والتنظيم: هكذا فاز ديشان", "الأرجنتين لا تزال هي الأرجنتين"]


def test_a_call_or_a_seeming_between_the_verb_and_an_is_no_quote():
    # The أن of «داعيا … إلى أن» and of «وبدا أن» belong to those words, not to the verb of saying before them.
    text = ('وأعلن مرشح المعارضة، محرم إنجه، قبول النتيجة، داعيا أردوغان إلى أن يكون رئيسا "للجميع" 😀.\r\n'
            "وكان أردوغان (64 عاما) أعلن النصر، متفوقا على المعارضة، التي اكتسبت زخمـا كبيرا وبدا أنها قادرة على قلب النتيجة.\r\n"
            "وقال إنجه إن النتائج مُرضية.")
    found = quotes(text, ("محرم إنجه", "PERSON"), ("أردوغان", "PERSON"))
    assert found == [("قال", "النتائج مُرضية", "إنجه")]
    expecting = "قال أنتوني سكاراموتشي إن كل ما يطلبه الرئيس هو تجارة حرة عادلة، متوقعا أن التهديد سيجبر الدول على الاستجابة."
    assert quotes(expecting, ("أنتوني سكاراموتشي", "PERSON")) == [
        ("قال", "كل ما يطلبه الرئيس هو تجارة حرة عادلة", "أنتوني سكاراموتشي")]


def test_a_works_title_a_relative_clause_and_illa_anna_end_or_skip_the_reported_words():
    # Emoji, harakat, tatweel and CRLF on the way keep the spans exact.
    text = ('وقال ماكين في كتابه "موجة لا تهدأ"، والذي شاركه في إعداده معاونه: "المديح يضمن صداقتَه 😀".\r\n'
            "وتنص المادة، الذي تقول إيران إنه يستنـد للشريعة، على أن العقوبة هي الجلد.\r\n"
            "وشكك الرئيس في الرد الرسمي، الذي أكد على أن القنصلية ليست لديها صور، وأن الكاميرات لا تسجل.\r\n"
            "أقر الوزير بأنه تلاعب بوثائق رسمية، إلا أنه أكد عدم نيته الاستقالة.")
    found = quotes(text, ("ماكين", "PERSON"), ("إيران", "GPE"))
    assert [q[1] for q in found] == ["المديح يضمن صداقتَه 😀", "يستنـد للشريعة",
                                     "القنصلية ليست لديها صور، وأن الكاميرات لا تسجل", "تلاعب بوثائق رسمية"]


def test_while_another_says_after_ba3da_an_and_pointing_to_a_wish():
    # «في حين قالت», «بعد أن أوضح» start statements of their own; «تشير تصريحات فلان إلى رغبته في أن» reports none.
    text = ("وذكرت وكالة الحماية المدنية أن 37 😀 شخصـا نقلوا للمستشفى، في حين قالت وزارة الصحة إن راكبين حالتهما خطيرة.\r\n"
            "أكدت الرئاسة الفرنسية أن اللقاء سيجري في موعده، بعد أن أوضح الرئيس الفرنسي أنه لم يقصد إغضاب إيطاليا.\r\n"
            "وانتقل ستونز إلى سيتي، وتشير تصريحات غوارديولا إلى رغبته في أن يكون اللاعب جاهزا بدنيا.")
    found = quotes(text, ("وكالة الحماية المدنية", "ORG"), ("الرئاسة الفرنسية", "ORG"), ("إيطاليا", "GPE"),
                   ("ستونز", "PERSON"), ("سيتي", "ORG"), ("غوارديولا", "PERSON"))
    assert [(q[0], q[1]) for q in found] == [
        ("ذكرت", "37 😀 شخصـا نقلوا للمستشفى"), ("قالت", "راكبين حالتهما خطيرة"), ("أكدت", "اللقاء سيجري في موعده"),
        ("أوضح", "لم يقصد إغضاب إيطاليا")]


def test_marked_words_inside_marks_asides_another_report_and_a_statement_with_jaa_fi():
    # Straight marks nested in a quote, a named event a relative clause describes, «بينما قالت» with no comma,
    # «، وهو جبل طارق،» inside reported words, «، مما دفع … قال فيها» and «وجاء في البيان»; an emoji, harakat,
    # tatweel and CRLF on the way.
    text = ('وقال في هذا الشأن "نحو سبعين بالمئة 😀 قرروا المشاركة في "حكومة تسوية" مع ميركل، بينما يقوم الحزب بالانكفاء".\r\n'
            'وأكد، عقب حضوره ختام "تمرين درع الخليج 1"، الذي أقيم اليوم، أن السعودية تمثل "حصناً منيعاً".\r\n'
            'وقالت مالطا إنه لا يوجد ما يلزمها بالسماح بدخول السفينة بينما قالت إسبانيا إنها ليست المقصد الأكثر أمنا.\r\n'
            'وذكر الوزير أن البلد الذي ترفع السفينة علمه، وهو جبل طارق، ينبغي أن يتحمل المسؤوليـة.\r\n'
            'وكان التصعيد عندما قال الزعيم إن لديه زراً نووياً جاهزاً، مما دفع ترمب للرد في تغريدة، قال فيها إن الزر الأميركي أكبر.\r\n'
            'وقالت الشركة في بيان إن المشكلة لم تكن خطيرة.\r\n'
            'وجاء في البيان أن "مكتبنا راجع القضية بعناية".\r\n'
            'وأشارت الوزارة إلى أن الشاب "استشهد شرق غزة" وكانت قد أعلنت "استشهاد الطفل هيثم".\r\n')
    found = quotes(text, ("ميركل", "PERSON"), ("السعودية", "GPE"), ("مالطا", "GPE"), ("إسبانيا", "GPE"),
                   ("جبل طارق", "GPE"), ("ترمب", "PERSON"), ("الشركة", "ORG"))
    assert [(q[0], q[1]) for q in found] == [
        ("قال", 'نحو سبعين بالمئة 😀 قرروا المشاركة في "حكومة تسوية" مع ميركل، بينما يقوم الحزب بالانكفاء'),
        ("أكد", 'السعودية تمثل "حصناً منيعاً"'),
        ("قالت", "لا يوجد ما يلزمها بالسماح بدخول السفينة"), ("قالت", "ليست المقصد الأكثر أمنا"),
        ("ذكر", "البلد الذي ترفع السفينة علمه، وهو جبل طارق، ينبغي أن يتحمل المسؤوليـة"),
        ("قال", "لديه زراً نووياً جاهزاً"), ("قال", "الزر الأميركي أكبر"),
        ("قالت", "المشكلة لم تكن خطيرة"), ("البيان", "مكتبنا راجع القضية بعناية"),
        ("أشارت", 'الشاب "استشهد شرق غزة"')]
    assert [q[2] for q in found][5:9] == ["الزعيم", "ترمب", "الشركة", "الشركة"]


def test_a_sentence_opening_on_its_source_reports_after_fa_inna():
    # «وبحسب X فإن …», «ووفقا لـX، فإن …», «وحسب ما ذكرته صحيفة "…"، فإن …»: the source speaks; figures and a
    # statement of no one do not. An emoji, harakat, a bidi mark and CRLF on the way.
    text = ('وبحسب وزارة العدل الفرنسية فإن "هذه المهمة تهدف إلى تحديد هويات القاصرين 😀".\r\n'
            "أطفال الشوارع مصدر قلق\r\n"
            'وأضافت أن الأمر يتمثل في محاولة "إعادة وصل العلاقات".\r\n'
            "ووفقا للشرطة\u200f، فإن المهاجم فرَّ من المكان بعد الهجوم بدقائق.\r\n"
            'وحسب ما ذكرته صحيفة "آس" الإسبانية، فإن رونالدو أدلى بتعليقات تشير إلى رحيله.\r\n'
            "وبحسب الأرقام فإن عدد القتلى ارتفع إلى عشرين شخصا.\r\n"
            "وحسب بيان لاحق، فإن الالتباس سببه تشابه الاسم.\r\n")
    found = quotes(text, ("وزارة العدل الفرنسية", "ORG"), ("آس", "ORG"), ("رونالدو", "PERSON"))
    assert found == [
        ("بحسب", "هذه المهمة تهدف إلى تحديد هويات القاصرين 😀", "وزارة العدل الفرنسية"),
        ("أضافت", 'الأمر يتمثل في محاولة "إعادة وصل العلاقات"', "وزارة العدل الفرنسية"),
        ("وفقا", "المهاجم فرَّ من المكان بعد الهجوم بدقائق", "الشرطة"),
        ("حسب", "رونالدو أدلى بتعليقات تشير إلى رحيله", "آس")]


def test_marked_words_then_wa_anna_or_wa_dhalika_inside_the_marks_go_on():
    text = ('وأكد أن الاستطلاع كان "تصرفا غير مقبول"، وأن الوزارة تواصلت مع المسؤولين الروس.\n'
            'وقال المتحدث إن "المفاجأة هي الخروج عن كل الخطوط، والأعراف، وذلك عبر التلفيق الذي قدمته الحركة".\n')
    assert [q[1] for q in quotes(text)] == [
        'الاستطلاع كان "تصرفا غير مقبول"، وأن الوزارة تواصلت مع المسؤولين الروس',
        "المفاجأة هي الخروج عن كل الخطوط، والأعراف، وذلك عبر التلفيق الذي قدمته الحركة"]


def test_kama_anna_goes_on_the_speakers_words_and_a_refusal_is_the_reporters():
    # Harakat, tatweel and an emoji on the way.
    text = ("وأعلن الوزير، طارق الملا، أن هناك مناقشات بدأت مؤخراً بين الحكومتين، كما أن هناك تعاوناً وطيـداً 😀 مع اليونان.\n"
            "كشف الفنان عاصي الحلاني أنه يتحضر لإطلاق أغنية منفردة، كما أنه سيصورها فيديو، رافضاً ذكر اسمها.\n"
            "وقال الوزير إن الاتفاق قائم، كما أكد أن المفاوضات مستمرة.\n")
    found = quotes(text, ("طارق الملا", "PERSON"), ("اليونان", "GPE"), ("عاصي الحلاني", "PERSON"))
    assert [(q[0], q[1]) for q in found] == [
        ("أعلن", "هناك مناقشات بدأت مؤخراً بين الحكومتين، كما أن هناك تعاوناً وطيـداً 😀 مع اليونان"),
        ("كشف", "يتحضر لإطلاق أغنية منفردة، كما أنه سيصورها فيديو"),
        ("قال", "الاتفاق قائم"), ("أكد", "المفاوضات مستمرة")]


def test_a_closing_mark_before_a_participle_a_named_topic_and_a_text_that_came_from_a_body():
    # «"…" مؤكدا» keeps its closing mark; «، أما تركيا فتعهدت» takes up another named subject, «، أما المرأة …» may
    # be the speaker's own; «وجاء في نص من الرئاسة» and «وذكر نص من البيت الأبيض» speak for the body; an RLM,
    # harakat and CRLF on the way.
    text = ('وأعلن المجلس في بيان أن عملية الانسحاب "ستجري في الأيام القادمة" مؤكدا أن "مقاتليه قادرون على حفظ الأمن".\r\n'
            "وقالت ألمانيا إنها ستقدِّم مساعدات قيمتها 350 مليون يورو، أما تركيا فتعهدت بمنحه خطوط ائتمان.\r\n"
            "فقال إن المرأة العملية هي التي تجذبه، أما المرأة المؤثرة في حياته فهي والدته.\r\n"
            "وجاء في نص من الرئاسة الفرنسية\u200f، لاتصال ماكرون، أن الرئيس أبلغ نظيره بأن قراره \"غير مشروع\".\r\n"
            "وذكر نص أقصر من البيت الأبيض أن المحادثة ركزت على التجارة والهجرة.\r\n"
            "وطرح صحفي سؤالا بشأن تقرير لشبكة (سي.إن.إن) الاثنين، ذكر أن الاتصال بين الرئيسين كان \"فظيعا\".\r\n")
    found = quotes(text, ("ألمانيا", "GPE"), ("تركيا", "GPE"), ("الرئاسة الفرنسية", "ORG"), ("ماكرون", "PERSON"),
                   ("البيت الأبيض", "ORG"), ("سي.إن.إن", "ORG"))
    assert [(q[0], q[1]) for q in found] == [
        ("أعلن", 'عملية الانسحاب "ستجري في الأيام القادمة"'), ("مؤكدا", "مقاتليه قادرون على حفظ الأمن"),
        ("قالت", "ستقدِّم مساعدات قيمتها 350 مليون يورو"),
        ("قال", "المرأة العملية هي التي تجذبه، أما المرأة المؤثرة في حياته فهي والدته"),
        ("نص", 'الرئيس أبلغ نظيره بأن قراره "غير مشروع"'), ("ذكر", "المحادثة ركزت على التجارة والهجرة"),
        ("ذكر", 'الاتصال بين الرئيسين كان "فظيعا"')]
    assert [q[2] for q in found][4:] == ["الرئاسة الفرنسية", "البيت الأبيض", "سي.إن.إن"]


def test_stops_inside_marks_a_however_with_another_name_and_a_characterisation_end_or_keep_reported_words():
    # An emoji, harakat and CRLF on the way.
    text = ('وصرحت كارين بيرس أنها تريد "أن توضح بالتحديد... أن بريطانيا لم تتدخل 😀" في الهجوم.\r\n'
            'وكان المتحدث الروسي قد قال إن بريطانيا "تورطت في الاستفزاز،" لكنه لم يفصح عن مزيد من التفاصيل.\r\n'
            'وقال البيت الأبيض إن مهمة الجيش "توشك على الانتهاء" ولكنه لم يحدد جدولا زمنيا.\r\n'
            'وقالت الشرطة إن هناك تحقيقا حول "اغتصاب مايورغا" لكن ليس هناك مشتبه به في القضية.\r\n'
            "ويقول المهاجرون إنهم فرّوا من أخطار داخلية، غير أن إسرائيل تعتبر أن معظمهم تضرروا لأسباب اقتصادية.\r\n"
            'ونفت السفيرة أن تكون بلادها ضالعة في الهجوم، ووصفت الاتهامات الروسية بالـ "غريبة".\r\n')
    found = quotes(text, ("كارين بيرس", "PERSON"), ("بريطانيا", "GPE"), ("البيت الأبيض", "ORG"), ("إسرائيل", "GPE"))
    assert [(q[0], q[1]) for q in found] == [
        ("صرحت", 'تريد "أن توضح بالتحديد... أن بريطانيا لم تتدخل 😀"'),
        ("قال", 'بريطانيا "تورطت في الاستفزاز'), ("قال", 'مهمة الجيش "توشك على الانتهاء"'),
        ("قالت", 'هناك تحقيقا حول "اغتصاب مايورغا" لكن ليس هناك مشتبه به في القضية'),
        ("يقول", "فرّوا من أخطار داخلية"), ("تعتبر", "معظمهم تضرروا لأسباب اقتصادية"),
        ("نفت", "تكون بلادها ضالعة في الهجوم")]


def test_ila_an_after_staying_is_until_but_after_a_verb_of_saying_it_reports():
    text = ("وقال مسؤولون في بروكفيلد حيث طلبوا من السكان البقاء في منازلهم إلى أن يتم تقييم حجم الأضرار.\n"
            "وأكد قائد القوات في تصريحات لقناة محلية إلى أن القوات بدأت عمليات واسعة.\n")
    assert [(q[0], q[1]) for q in quotes(text)] == [("أكد", "القوات بدأت عمليات واسعة")]


def test_a_relative_clause_between_subject_and_inna_a_spaced_opening_mark_and_an_aside_of_seeming():
    # Harakat, an emoji and CRLF on the way.
    text = ("وقالت ماينرز، التي أفرج عنها بعد أن أدرك قادة الأمن أنها خُدعت، إن حسين استدرجها 😀 حتى أقنعها.\r\n"
            'وقال الصدر في مؤتمر صحفي مع العامري، في مدينة النجف يوم الثلاثاء، " كان اجتماعا إيجابيا ومهما جدا."\r\n'
            "وبالرغم من أن التحقيق مستمر، فإن شبكة التواصل الاجتماعي تضيف أن الحملة، فيما يبدو، تستهدف الناس.\r\n"
            "وألغت الشركة حسابات مرتبطة بمصادر كانت الحكومة الأمريكية قد قالت في وقت سابق إنها مرتبطة باستخبارات روسية.\r\n"
            "وألقت الشرطة القبض على كيمبرلي مينرز (29 عاما)، التي قالت إنها تعرضت لعملية غسيل للدماغ.\r\n")
    found = quotes(text, ("ماينرز", "PERSON"), ("حسين", "PERSON"), ("الصدر", "PERSON"), ("العامري", "PERSON"),
                   ("كيمبرلي مينرز", "PERSON"))
    assert found == [
        ("قالت", "حسين استدرجها 😀 حتى أقنعها", "ماينرز"),
        ("قال", "كان اجتماعا إيجابيا ومهما جدا", "الصدر"),
        ("تضيف", "الحملة، فيما يبدو، تستهدف الناس", "شبكة التواصل الاجتماعي"),
        ("قالت", "مرتبطة باستخبارات روسية", "الحكومة الأمريكية"),
        ("قالت", "تعرضت لعملية غسيل للدماغ", "كيمبرلي مينرز")]


def test_haythu_after_a_place_stays_in_the_reported_words():
    text = "فقد قال جمال الفضل إن بعض رفاقه سافروا إلى لبنان، حيث تلقوا تدريبات على أيدي الحزب.\n"
    assert [q[1] for q in quotes(text, ("جمال الفضل", "PERSON"), ("لبنان", "GPE"))] == [
        "بعض رفاقه سافروا إلى لبنان، حيث تلقوا تدريبات على أيدي الحزب"]


def test_a_passive_verb_names_no_speaker_an_interviewer_is_none_and_a_report_of_a_body_described():
    text = ("كشف النجم سايمون كاول عن أنه لم يستخدم هاتفه منذ عشرة أشهر.\n"
            "وأضاف، في لقاء أجرته معه صحيفة ميل أون صنداي، أنه انزعج من استخدامه المفرط للهاتف.\n"
            "وكُشف النقاب عن تطبيق يكافئ الطلاب، والذي يتوقع أن ينطلق في 170 جامعة في بريطانيا.\n"
            "ونُقل عن الوزير سيرغي شويغو قوله إنه سيتم إنشاء ممر إنساني في المنطقة.\n"
            "جاء في تقرير لهيئة بلجيكية تختص بمراقبة الإرهاب، أن كتيبات التعليم تحرض على الكراهية.\n")
    found = quotes(text, ("سايمون كاول", "PERSON"), ("ميل أون صنداي", "ORG"), ("بريطانيا", "GPE"),
                   ("سيرغي شويغو", "PERSON"))
    assert [(q[0], q[2]) for q in found] == [
        ("كشف", "سايمون كاول"), ("أضاف", "سايمون كاول"), ("نُقل", "سيرغي شويغو"), ("تقرير", "هيئة بلجيكية")]


def test_a_forum_named_before_her_words_a_revealed_noun_and_officials_described_by_their_verb():
    text = ('وقالت مديرته كريستين لاغارد في كلمة أمام "منتدى المالية العامة" في دبي، إن على الدول العربية اتخاذ تدابير.\n'
            "وتكشف التعليقات عن تنافس قريب بين الشركتين، بهدف أن يكون لأي منهما سبق صناعة الهاتف.\n"
            "وقال مسؤولان بالمخابرات الأميركية راقبا البرنامج يوم الاثنين، إن التصريحات لا تحتوي على شيء جديد.\n")
    found = quotes(text, ("كريستين لاغارد", "PERSON"), ("دبي", "GPE"))
    assert found == [("قالت", "على الدول العربية اتخاذ تدابير", "كريستين لاغارد"),
                     ("قال", "التصريحات لا تحتوي على شيء جديد", "مسؤولان بالمخابرات الأميركية")]


def test_a_verb_after_an_is_what_one_must_say_unless_it_follows_qabla_an():
    text = ("وعلى ترامب أن يعلن إن كان سينسحب من الاتفاق أو يستمر به.\n"
            'وقال ماكرون إن بوتين "رجل قوي جدا"، قبل أن يضيف "أعتقد أن علينا ألا نبدو ضعفاء أمامه".\n')
    assert [q[0] for q in quotes(text, ("ترامب", "PERSON"), ("ماكرون", "PERSON"), ("بوتين", "PERSON"))] == ["قال", "يضيف"]


def test_another_source_after_lakin_names_listed_and_reports_carried():
    text = ("وقالت الأمم المتحدة إن 2500 شخص نزحوا من مناطقهم، ولكن ناشطين أحصوا عددهم بأكثر من 12 ألف شخص.\n"
            "وذكرت الوكالة السعودية أسماء ثلاث نساء بين المعتقلين: لجين الهذلول وعزيزة يوسف وإيمان النفجان.\n"
            "وأفادت تقارير نشرتها وسائل إعلام موالية للمعارضة بأن القوات تحتشد بمدرعاتها.\n")
    found = quotes(text, ("الأمم المتحدة", "ORG"), ("لجين الهذلول", "PERSON"))
    assert found == [("قالت", "2500 شخص نزحوا من مناطقهم", "الأمم المتحدة"),
                     ("أفادت", "القوات تحتشد بمدرعاتها", "تقارير")]



def test_a_comment_a_refusal_to_reveal_a_pointing_thing_her_verb_his_cue_a_clause_with_its_speaker_and_a_team():
    # An emoji, harakat, tatweel, an RLM and CRLF on the way: offsets are the text's own.
    text = ('وعلّق وزير خارجية لوكسمبورغ يان إسلبورن\u200f "إنها عملية واحدة 🙂 ويجب أن تبقى كذلك".\r\n'
            'وقال مسؤول أوروبي رفض كشف هويته "على الاتحاد أن يبقى موحدا".\r\n'
            'ورغم أن هذا يشير إلى أن القمر ربما يتمتع بظروف مناسبة، إلا أن المصادر أخرى.\r\n'
            'ورفضت المحكمة العليا مناشدة من جانب كيتنغ للحفاظ على اسمه سـريا، إذ قال إن عائلته ستواجه صعوبات.\r\n'
            'أعلن ترمب إلغاء القمة في اليوم الذي أعلنت فيه بيونغ يانغ أنها فككت الموقع.\r\n'
            'وقال فريق بقيادة فرانك بوستبرغ ونذير خواجة من جامعة هايدلبرغ، إنه رصد جزيئات عضوية كبيرة.\r\n')
    found = quotes(text, ("يان إسلبورن", "PERSON"), ("لوكسمبورغ", "GPE"), ("المحكمة العليا", "ORG"), ("كيتنغ", "PERSON"),
                   ("ترمب", "PERSON"), ("بيونغ يانغ", "GPE"), ("فرانك بوستبرغ", "PERSON"), ("نذير خواجة", "PERSON"),
                   ("جامعة هايدلبرغ", "ORG"))
    assert found == [("علّق", "إنها عملية واحدة 🙂 ويجب أن تبقى كذلك", "يان إسلبورن"),
                     ("قال", "على الاتحاد أن يبقى موحدا", "مسؤول أوروبي"),
                     ("قال", "عائلته ستواجه صعوبات", "كيتنغ"),
                     ("أعلنت", "فككت الموقع", "بيونغ يانغ"),
                     ("قال", "رصد جزيئات عضوية كبيرة", "فريق بقيادة فرانك بوستبرغ ونذير خواجة")]
    # her verb with his object pronoun is still hers: «وأبلغته» is no «he said»
    told = "واستدعت روسيا السفير البريطاني لوري بريستو الجمعة، وأبلغته بأن أمام لندن شهرا لخفض بعثتها.\n"
    assert speakers(told, ("روسيا", "GPE"), ("لوري بريستو", "PERSON")) == ["روسيا"]
    # «علق» hangs or pins where no words of a comment follow it; «علقت بأن» comments
    assert quotes("وعلق الرئيس آماله على أن تنجح المفاوضات قريبا.\nعلق المتظاهرون لافتة على الجدار.\n") == []
    assert quotes("وعلقت الوزيرة بأن القرار كان متسرعا جدا.") == [("علقت", "القرار كان متسرعا جدا", "الوزيرة")]


def test_a_name_that_looks_like_a_verb_a_reporting_relative_a_head_of_the_body_and_another_official():
    # «راي» folds as «رأى»: inside a tagged name it is no verb, neither a cue nor a stop. Harakat, tatweel, an
    # emoji, an RLM and CRLF on the way.
    text = ('قال مدير مكتب التحقيقات كريستوفر راي أمام لجنة تابعة للكونغرس الأربعاء، إن المكتب أمامه 1000 تحقيق.\r\n'
            'وقالت رويترز إن أبل أكدت التقارير التي كانت تفيد بأن الشركة ستجري تغييرات طفيفة 🙂.\r\n'
            'طالب رئيس الاتحاد الفلسطيني لكرة القدم جبريل الرجوب ميسي بعدم السفر.\r\n'
            'وشدد الرئيس الأمريكي دونالد ترامب على أن القرار نهائي.\r\n'
            'كما وجّه رئيس الاتحاد الفلسطيني رسالة للنجم، وقال "لا تأتِ يا ميسي".\r\n'
            'وقال رئيس الاتحاد الفلسطيني لكرة القدم إنه تواصل مع الفيفا.\r\n'
            'وقال المسؤول الثاني في مجال القانون\u200f إن المتطرفين يندرجون ضمن هذه الفـئة.\r\n')
    found = quotes(text, ("كريستوفر راي", "PERSON"), ("رويترز", "ORG"), ("أبل", "ORG"),
                   ("الاتحاد الفلسطيني لكرة القدم", "ORG"), ("جبريل الرجوب", "PERSON"), ("دونالد ترامب", "PERSON"))
    assert found == [("قال", "المكتب أمامه 1000 تحقيق", "كريستوفر راي"),
                     ("قالت", "أبل أكدت التقارير التي كانت تفيد بأن الشركة ستجري تغييرات طفيفة 🙂", "رويترز"),
                     ("شدد", "القرار نهائي", "دونالد ترامب"),
                     ("قال", "لا تأتِ يا ميسي", "جبريل الرجوب"),
                     ("قال", "تواصل مع الفيفا", "جبريل الرجوب"),
                     ("قال", "المتطرفين يندرجون ضمن هذه الفـئة", "المسؤول الثاني")]


def test_a_relative_after_a_person_in_apposition_idh_qala_and_haythu_qala_a_threat_and_a_warning_that_came():
    text = ('ردّ "أسود الأطلس" على قائد المنتخب الصربي، ألكساندر كولاروف، الذي قال إنه لا يعرف شيئا عن المغرب.\n'
            'وأوضح كولاروف، أنه يعرف جيدا المنتخب النيجيري، إذ قال "أعرف المنتخب النيجيري جيدا".\n'
            'لكن ردّ مدرب منتخب المغرب هيرفي رونار لم يتأخر، حيث قال في الندوة "سمعتم ماذا قال؟".\n'
            'وقال الرجوب للصحافيين: "ميسي رمز للمحبة"، مهددا أنه "سنبدأ حملة ضد الاتحاد".\n'
            'أصدرت السفارة الأمريكية تحذيرا صحيا. وقال بومبيو إن الإصابة "شبيهة" بإصابات كوبا.\n'
            'وجاء في تحذير السفارة أن موظفا "تحدث عن شعور غامض".\n'
            'وقالت "إذا أحسستم بأي ظاهرة غريبة، انتقلوا إلى مكان آخر".\n')
    found = quotes(text, ("أسود الأطلس", "ORG"), ("ألكساندر كولاروف", "PERSON"), ("المغرب", "GPE"),
                   ("هيرفي رونار", "PERSON"), ("الرجوب", "PERSON"), ("السفارة الأمريكية", "ORG"), ("بومبيو", "PERSON"))
    assert [(cue, said) for cue, _, said in found] == [
        ("قال", "ألكساندر كولاروف"), ("أوضح", "كولاروف"), ("قال", "كولاروف"), ("قال", "هيرفي رونار"),
        ("قال", "الرجوب"), ("مهددا", "الرجوب"), ("قال", "بومبيو"), ("تحذير", "السفارة الأمريكية"),
        ("قالت", "السفارة الأمريكية")]
    assert found[1][1] == "يعرف جيدا المنتخب النيجيري" and found[2][1] == "أعرف المنتخب النيجيري جيدا"


def test_insisting_threatening_and_claiming_leaders_and_a_lawyer_of_a_body_and_the_text_of_a_statement():
    # Harakat, tatweel, an emoji, an RLM and CRLF on the way.
    text = ('وأبلغ ترمب مؤتمرا صحفيا أن النتيجة الأفضل هي عودة المصانع، وأصرّ على أن الإنتاج المحلي ضروري.\r\n'
            'هدد رئيس الوزراء نتانياهو نظام الأسد بأنه "لم يعد في مأمن" 🙂.\r\n'
            'وتزعم دانيلز أنها كانت على علاقة مع ترامب، لكن ترامب ينفي ذلك.\r\n'
            'وقال زعماء دول الاتحاد الأوروبي\u200f إنهم يحتفظون بالحق في الرد.\r\n'
            'وقال أحد محامي شركة كولومبوس نوفا إن المبلغ كان رسـوما.\r\n'
            'وجاء في بيان الوكالة: "كان هناك هيكل تنظيمي". وأضاف النص: "لم تكن في إطار جهود منسقة".\r\n')
    found = quotes(text, ("ترمب", "PERSON"), ("نتانياهو", "PERSON"), ("الأسد", "PERSON"), ("دانيلز", "PERSON"),
                   ("ترامب", "PERSON"), ("الاتحاد الأوروبي", "ORG"), ("كولومبوس نوفا", "ORG"), ("الوكالة", "ORG"))
    assert found == [("أبلغ", "النتيجة الأفضل هي عودة المصانع", "ترمب"),
                     ("أصرّ", "الإنتاج المحلي ضروري", "ترمب"),
                     ("هدد", "لم يعد في مأمن", "نتانياهو"),
                     ("تزعم", "كانت على علاقة مع ترامب", "دانيلز"),
                     ("قال", "يحتفظون بالحق في الرد", "زعماء دول الاتحاد الأوروبي"),
                     ("قال", "المبلغ كان رسـوما", "أحد محامي شركة كولومبوس نوفا"),
                     ("بيان", "كان هناك هيكل تنظيمي", "الوكالة"),
                     ("أضاف", "لم تكن في إطار جهود منسقة", "الوكالة")]
    # insisting on doing, a threat of doing, an «if», and «أن» after another verb report nothing
    assert quotes("لكنه يصر على أن ينسب الفضل لليفربول.\nوهدد الجيش باستهداف القادة إن استمر التصعيد.\n"
                  "كما هددت بفرض عقوبات على التجار، بعد أن تبين أن المحلات واصلت البيع.\n") == []


def test_a_relative_with_its_own_marked_report_but_him_for_the_one_named_and_a_relative_that_reports():
    text = ('بعد أن قال أردوغان، الذي يصف نفسه بأنه "عدو لأسعار الفائدة"، الأسبوع الماضي إنه يتوقع سيطرة أكبر.\n'
            'وكان من المقرر أن يعقد البنك المركزي اجتماعه في يونيو، لكنه قال إنه اجتمع كإجراء طارئ.\n'
            'وأكد الرئيس لاحقا أنه يقبل الاستنتاج بأن روسيا تدخلت، لكنه نفى أن تكون حملته قد تواطأت.\n'
            'وقضت محكمة تركية بسجن برانسون ثلاث سنوات، لكنها قالت إنه لن يقضي مزيدا من الوقت في السجن.\n'
            'وقال متحدث إن الموضوع الذي نشرته نيويورك تايمز و"يزعم أن الوزيرة كتبت خطابا غير صحيح".\n')
    found = quotes(text, ("أردوغان", "PERSON"), ("البنك المركزي", "ORG"), ("روسيا", "GPE"), ("برانسون", "PERSON"),
                   ("نيويورك تايمز", "ORG"))
    said = [(cue, speaker) for cue, _, speaker in found]
    assert said[:2] == [("قال", "أردوغان"), ("قال", "البنك المركزي")] and said[4:] == [("قالت", "محكمة تركية"), ("قال", "متحدث")]
    assert said[3][0] == "نفى" and said[3][1] == said[2][1] != "روسيا"  # he who confirmed denies, not Russia
    assert found[0][1] == "يتوقع سيطرة أكبر"
    assert found[-1][1] == 'الموضوع الذي نشرته نيويورك تايمز و"يزعم أن الوزيرة كتبت خطابا غير صحيح"'


def test_a_letter_to_a_senator_a_threat_with_an_a_statement_read_out_a_state_of_an_office_and_the_second_paper():
    # An emoji, harakat, tatweel, an RLM and CRLF on the way.
    text = ('ستتوقف شركة "فيرايزون" عن بيع البيانات 🙂.\r\n'
            'وذكرت الشركة في رسالة بعثت بها إلى السناتور، رون وايدن، الثلاثاء، أنها بصدد وقف بيع البيانات.\r\n'
            'بينما هدّد الرئيس الإيراني حسن روحاني أن طهران لن تتوانى عن استئناف التخصيب.\r\n'
            'وتلا ترامب بيانا للبيت الأبيض قال فيه "أوافق على استنتاجات أجهزة استخباراتنا".\r\n'
            'ذكرت صحيفة "نيويورك تايمز" وصحيفة "الأوبزرفر"\u200f أن الشركة جمعت معلومات.\r\n'
            'وقالت الأوبزرفر، إن الشركة استخدمت البيانات.\r\n'
            'وأضافت الصحيفة أن المستخدمين يمثلون ثلث النـاخبين.\r\n'
            'من ناحيتها، قالت النائب العام بولاية ماساتشوستس، يوم السبت، إن مكتبها فتح تحقيقا.\r\n'
            'وغردت ماورا هيلي على تويتر "لقد فتحنا تحقيقا".\r\n')
    found = quotes(text, ("فيرايزون", "ORG"), ("رون وايدن", "PERSON"), ("حسن روحاني", "PERSON"), ("طهران", "GPE"),
                   ("ترامب", "PERSON"), ("نيويورك تايمز", "ORG"), ("الأوبزرفر", "ORG"),
                   ("ماساتشوستس", "GPE"), ("ماورا هيلي", "PERSON"))
    assert [(cue, said) for cue, _, said in found] == [
        ("ذكرت", "فيرايزون"), ("هدّد", "حسن روحاني"), ("قال", "ترامب"), ("ذكرت", "نيويورك تايمز"),
        ("قالت", "الأوبزرفر"), ("أضافت", "الأوبزرفر"), ("قالت", "ماورا هيلي"), ("غردت", "ماورا هيلي")]
    assert found[1][1] == "طهران لن تتوانى عن استئناف التخصيب"


def test_a_joined_comment_after_lakin_and_a_titled_person_speaks_for_that_person_and_a_notice_participle():
    text = ('وأعلن مايك بنس نائب الرئيس أن الولايات المتحدة لن تخفف ضغوطها.\n'
            'لكن رئيس أجهزة الاستخبارات الأمريكية دان كوتس شكك في العروض. وعلق قائلا "أشكك كثيرا في كل ذلك".\n'
            'أعرب ترامب عن ترحيبه بالعروض، منوها بأن الخيارات لا تزال مطروحة.\n')
    found = quotes(text, ("مايك بنس", "PERSON"), ("دان كوتس", "PERSON"), ("ترامب", "PERSON"))
    assert [(cue, said) for cue, _, said in found] == [("أعلن", "مايك بنس"), ("علق", "دان كوتس"), ("منوها", "ترامب")]


def test_about_it_many_a_narration_an_attribution_to_someone_an_angry_reply_and_an_adviser_of_a_body():
    # An emoji, harakat, tatweel, an RLM and CRLF on the way.
    text = ('وهي عقوبة قال بشأنها العديد من المستثمرين إنها ستكون كارثية 🙂.\r\n'
            'وروت مانيغولت نيومان في مقابلة "اقتادوني إلى القاعة، وقالوا لي إنه لا يمكنني الخروج".\r\n'
            'ونسبت الوكالة للافروف قوله إن اللقاء سيكون خطوة مهمّة.\r\n'
            'من جانبها، ردت الرئاسة الأميركية بغضب واصفة مانيغولت نيومان بأنها "موظفة سابقة مستاءة".\r\n'
            'اتهمت المستشارة السابقة للبيت الأبيض أوماروسا نيومان\u200f البيت الأبيض بالكذب.\r\n'
            'وقالت ساره ساندرز في بيان إن الفكرة تنم عن ازدراء.\r\n'
            'وتؤكد المستشارة السابقة للبيت الأبيض في كتابها أن الرئيس تلفظ بشتيمة عرقـية.\r\n'
            'تقدمت ممثلة إباحية، تورطت في مزاعم، بدعوى قضائية ضد الرئيس، قالت فيها إن العقد لاغ.\r\n')
    found = quotes(text, ("مانيغولت نيومان", "PERSON"), ("لافروف", "PERSON"), ("أوماروسا نيومان", "PERSON"),
                   ("ساره ساندرز", "PERSON"))
    assert [(cue, said) for cue, _, said in found] == [
        ("قال", "العديد من المستثمرين"), ("روت", "مانيغولت نيومان"), ("نسبت", "لافروف"), ("ردت", "الرئاسة الأميركية"),
        ("قالت", "ساره ساندرز"), ("تؤكد", "أوماروسا نيومان"), ("قالت", "ممثلة إباحية")]
    assert found[1][1] == "اقتادوني إلى القاعة، وقالوا لي إنه لا يمكنني الخروج"  # one quote, her words whole


def test_words_that_open_their_sentence_then_as_she_said_and_her_going_on_and_illa_anna_someone_said():
    # An emoji, harakat, tatweel, an RLM and CRLF on the way.
    text = ('ويقول إيدي سانشيز، مدير المعهد، إن درجات الحرارة وصلت إلى 700 درجة.\r\n'
            '"لم يستطع الجميع الفرار. أعتقد أنهم دُفنوا 🙂"، حسبما قالت كونسويلو هيرنانديز، من سكان القرية.\r\n'
            'وأضافت "عندما رأينا الحمم تتساقط، ركضنا إلى أحد التلال".\r\n'
            'وما رافقها من "تخريب من قبل عناصر مندسة"، وفق ما ذكر بيان للمجلس.\r\n'
            'إلا أن باتريك مينفورد من مجموعة "الاقتصاديون" والمؤيد للبريكست\u200f انتقد الاتحاد وقال إن له "مصالح مـتعارضة".\r\n'
            'وصرح للبي بي سي أن بريكست "سيزيل حمائية الاتحاد".\r\n')
    found = quotes(text, ("إيدي سانشيز", "PERSON"), ("كونسويلو هيرنانديز", "PERSON"), ("باتريك مينفورد", "PERSON"))
    assert [(cue, said) for cue, _, said in found] == [
        ("يقول", "إيدي سانشيز"), ("قالت", "كونسويلو هيرنانديز"), ("أضافت", "كونسويلو هيرنانديز"),
        ("قال", "باتريك مينفورد"), ("صرح", "باتريك مينفورد")]
    assert found[1][1] == "لم يستطع الجميع الفرار. أعتقد أنهم دُفنوا 🙂"  # a marked term inside a sentence is none


def test_a_spokesman_for_a_company_a_minister_after_fihi_and_her_participle_after_kama_iltaqat():
    # An emoji, harakat, tatweel, an RLM and CRLF on the way.
    text = ('وقال متحدث باسم شركة لوريال\u200f لبي بي سي "لقد علمنا بسلسلة من التغريدات 🙂".\r\n'
            'وقال الفرجاني "كان بإمكاننا أن نلامس الماء".\r\n'
            'وجاء الحادث في اليوم الذي قال فيه وزير الداخلية الإيطالي الجديد إنه يجب أن ينتهي عهد الجزيرة.\r\n'
            'وتعد هذه المرة الأولى التي يقر فيها مسؤول كندي بأن أوتاوا تتحمل جزءا من المسؤولية.\r\n'
            'كما التقت ميركل في قاعدة عسكرية جنودا متمركزين في المملكة.\r\n'
            'وقدّمت شكرها للجنود قائلة إن "هذه المنطقة هي تقريبا أمام بوابة بلدنـا".\r\n')
    found = quotes(text, ("لوريال", "ORG"), ("الفرجاني", "PERSON"), ("أوتاوا", "GPE"), ("ميركل", "PERSON"))
    assert [(cue, said) for cue, _, said in found] == [
        ("قال", "متحدث باسم شركة لوريال"), ("قال", "الفرجاني"), ("قال", "وزير الداخلية الإيطالي الجديد"),
        ("يقر", "الفرجاني"), ("قائلة", "ميركل")]  # an indefinite official in «فيها» is the one before it


def test_her_spokesman_a_described_subject_before_its_verb_told_the_reporters_and_who_asked_then_added():
    # An emoji, harakat, tatweel, an RLM and CRLF on the way.
    text = ('لكن المتحدث باسم ماي رفض الإفصاح عن العدد لكنه أكد أن لا تنازلات جديدة 🙂. وقال "لا يمكننا قبول التعديلات".\r\n'
            'لكن النائب غراهام سترينغر المشكك في الاتحاد الأوروبي قال إن هدف غريف "هو نسف العملية".\r\n'
            'وكان رئيس اللجنة، بيتر ماورير، أكد ضرورة المساعدة، محذرا من أن الوصول صعب.\r\n'
            'وقال للصحفيين في جنيف، بعد جولة شملت سوريا\u200f، "بات لدينا عدد كبير من النازحـين".\r\n'
            'وتساءل اللاعب السابق، إيان رايت، عن السبب الذي لم يجعل الوكلاء يضعون شرطا جزائيا.\r\n'
            'وأضاف: "يجب أن يتحمّلوا هم المسؤولية".\r\n')
    found = quotes(text, ("ماي", "PERSON"), ("غراهام سترينغر", "PERSON"), ("الاتحاد الأوروبي", "ORG"),
                   ("بيتر ماورير", "PERSON"), ("سوريا", "GPE"), ("إيان رايت", "PERSON"))
    assert [(cue, said) for cue, _, said in found] == [
        ("أكد", "المتحدث باسم ماي"), ("قال", "المتحدث باسم ماي"), ("قال", "غراهام سترينغر"),
        ("محذرا", "بيتر ماورير"), ("قال", "بيتر ماورير"), ("أضاف", "إيان رايت")]


def test_a_verb_inside_an_attribution_aside_baida_anna_and_afterwards_and_but_someone_else_thinks():
    # An emoji, harakat, tatweel, an RLM and CRLF on the way.
    text = ('في المقابل نقل الإعلام الرسمي عن مصدر عسكري أن صواريخ استهدفت مواقع عسكرية.\r\n'
            'وقال المصدر، وفق ما نقلت وكالة سانا\u200f، إن بعض الصواريخ "استطاع استهداف كتائب الدفاع 🙂".\r\n'
            'وأكد المصدر أن الدفاعات الجوية أسقطت عشرات الصواريخ.\r\n'
            'بيد أن ترامب نفى بعدها أن تتبع الولايات المتحدة "النموذج الليبي".\r\n'
            'ورغم إلغاء الهدف قال ماتا إنه يؤيّد الإعادة لكن ديفيد فاغنر، الذي استفاد من القرار، يعتقد أن النظام يقتل الإثـارة.\r\n'
            'وقالت خطيبته إنها انتظرت حتى إغلاقها، ولكن خاشقجي لم يعد حتى ذلك الحين.\r\n')
    found = quotes(text, ("سانا", "ORG"), ("ترامب", "PERSON"), ("الولايات المتحدة", "GPE"), ("ماتا", "PERSON"),
                   ("ديفيد فاغنر", "PERSON"), ("خاشقجي", "PERSON"))
    assert [(cue, said) for cue, _, said in found] == [
        ("نقل", "مصدر عسكري"), ("قال", "مصدر عسكري"), ("أكد", "مصدر عسكري"), ("نفى", "ترامب"), ("قال", "ماتا"),
        ("قالت", "خطيبته")]
    assert found[4][1] == "يؤيّد الإعادة"  # the other man's belief is not Mata's
    assert found[5][1] == "انتظرت حتى إغلاقها، ولكن خاشقجي لم يعد حتى ذلك الحين"  # but his absence is hers


def test_a_view_is_no_statement_a_former_employee_said_a_seeming_aside_and_the_one_person_after_a_comma():
    # An emoji, harakat, tatweel, an RLM and CRLF on the way.
    text = ('وقال المتحدث باسم التحالف تركي المالكي في مؤتمر صحافي "لم يتبق إلى الحديدة إلا 20 كلم".\r\n'
            'ويرى التحالف في هذا الميناء منطلقاً لعمليات عسكرية.\r\n'
            'وأضاف "سقطت الدفاعات مصحوبة بحالة انهيار 🙂".\r\n'
            'وواجه فارينتهولد تحقيقا بسبب تسوية مع موظفة سابقة قالت إنه تحدث معها عن أحلام جنسية.\r\n'
            'وقال آخرون من بينهم روبين كيوين إنهم سيتقاعدون.\r\n'
            'ولدى بليك تاريخ طويل من التصريحات المثيرة للجدل، ففي عام 2016، قال في مقابلة أنه سيدعم المرشح.\r\n'
            'وقال الشاب في مقطع آخر يبدو أنه صُوّر\u200f في 14 فبراير، "سأكون مطلق النار التالي".\r\n')
    found = quotes(text, ("تركي المالكي", "PERSON"), ("التحالف", "ORG"), ("فارينتهولد", "PERSON"),
                   ("روبين كيوين", "PERSON"), ("بليك", "PERSON"))
    assert [(cue, said) for cue, _, said in found] == [
        ("قال", "تركي المالكي"), ("أضاف", "تركي المالكي"), ("قالت", "موظفة سابقة"), ("قال", "روبين كيوين"),
        ("قال", "بليك"), ("قال", "الشاب")]
    assert found[-1][1] == "سأكون مطلق النار التالي"


def test_but_he_after_someone_thanked_and_kana_with_one_of_the_experts():
    # An emoji, harakat, tatweel, an RLM and CRLF on the way.
    text = ('وقالت إنغى ستويبرغ إن الصيام يمثل تحديا 🙂.\r\n'
            'ونشر اتحاد المسلمين في الدنمارك رسالة شكر فيها ستويبرغ لاهتمامها، ولكنه أشار إلى أن المسلمين يمكنهم الاعتناء بأنفسهم.\r\n'
            'وشدّدت ميركل على ضرورة أن تبذل الحكومات جهودا وطنية.\r\n'
            'وكان إيكهارد ريبرغ\u200f أحد خبراء الملف في حزب ميركل حذر هذا الأسبوع "يجب ألا يجد المدّخر نفسه ضامنـا".\r\n')
    found = quotes(text, ("إنغى ستويبرغ", "PERSON"), ("اتحاد المسلمين في الدنمارك", "ORG"), ("ميركل", "PERSON"),
                   ("إيكهارد ريبرغ", "PERSON"))
    assert [(cue, said) for cue, _, said in found] == [
        ("قالت", "إنغى ستويبرغ"), ("أشار", "اتحاد المسلمين في الدنمارك"), ("شدّدت", "ميركل"), ("حذر", "إيكهارد ريبرغ")]


def test_a_body_before_its_head_a_reports_title_in_marks_a_subject_after_minha_and_announced_about_a_noun():
    # An emoji, harakat, tatweel, an RLM and CRLF on the way.
    text = ('وأعلنت "إنتربول"، الأحد، استقالة رئيسها مينغ هونغوي، حيث قالت في بيان "تلقت المنظمة اليوم استقالة 🙂".\r\n'
            'وأضاف تقرير "وضع وتوجهات الإرهاب 2018"، أن "الزيادة في عدد الهجمات تزامنت مع انخفاض تطوّرها".\r\n'
            'ويطلب منها الموظف أن تتصل بخدمة أخرى، ويقول لها "لا استطيع أن أرسل لك إسعافـا".\r\n'
            'وكان فيلدرز\u200f أعلن الأسبوع الماضي عن تنظيم مسابقة، قبل الهجوم الذي اعتبرته السلطات أنه ينطوي على "دوافع إرهابية".\r\n')
    found = quotes(text, ("إنتربول", "ORG"), ("مينغ هونغوي", "PERSON"), ("فيلدرز", "PERSON"))
    assert [(cue, said) for cue, _, said in found] == [("قالت", "إنتربول"), ("أضاف", "تقرير"), ("يقول", "الموظف")]
    assert found[1][1] == "الزيادة في عدد الهجمات تزامنت مع انخفاض تطوّرها"


def test_told_the_director_a_statement_of_the_court_not_what_it_said_a_described_platform_and_his_defence():
    # An emoji, harakat, tatweel, an RLM and CRLF on the way.
    text = ('وقال فايد إنه شاهد الفيلم مئات المرات.\r\n'
            'وخلال مهرجان، قال لمخرج الفيلم، مايكل مان، "كنتَ مستشاري الفني 🙂".\r\n'
            'وقالت المحكمة في بيان إن باماكو "سلّمت الحسن إلى المحكمة".\r\n'
            'وأضاف البيان أن الحسن متهم بأنه "اضطلع بدور رئيس".\r\n'
            'وكانت منصة التواصل الاجتماعي الأكبر عالميًا فيسبوك كشفت بتاريخ 2 يوليو أنها تتعاون مع التحقيقات.\r\n'
            'وبحسب دفاع ساركوزي\u200f فإن الإجراءات القضائية شابتها "عيـوب".\r\n')
    found = quotes(text, ("فايد", "PERSON"), ("مايكل مان", "PERSON"), ("المحكمة", "ORG"), ("باماكو", "GPE"),
                   ("الحسن", "PERSON"), ("فيسبوك", "ORG"), ("ساركوزي", "PERSON"))
    assert [(cue, said) for cue, _, said in found] == [
        ("قال", "فايد"), ("قال", "فايد"), ("قالت", "المحكمة"), ("أضاف", "المحكمة"), ("كشفت", "فيسبوك"),
        ("بحسب", "دفاع ساركوزي")]


def test_warad_replied_a_book_says_told_his_minister_and_a_second_office_is_someone_else():
    # An emoji, harakat, tatweel, an RLM and CRLF on the way.
    text = ('نفى الرئيس، دونالد ترامب، ما جاء في كتاب جديد يقول إنه أمر بالاغتيال 🙂.\r\n'
            'وجاء في الكتاب أن ترامب أبلغ وزير دفاعه أنه يريد اغتيال الأسد.\r\n'
            'ورد ماتيس بأنه "سينفّذ هذا على الفور".\r\n'
            'وقال ترامب إن الاقتباسات المنسوبة إلى وزير الدفاع وكبير موظفي البيت الأبيض جون كيلي حيل.\r\n'
            'ورفض وزير الدفاع ما جاء في الكتاب، وقال في بيان\u200f، إن الكلمات المنسوبة إليه لم ينطق بها قـط.\r\n'
            'وورد في التقرير أن الحكومة ستستقيل، واللتان ورد اسمهما في التقرير طلبتا مهلة.\r\n')
    found = quotes(text, ("دونالد ترامب", "PERSON"), ("ترامب", "PERSON"), ("الأسد", "PERSON"), ("ماتيس", "PERSON"),
                   ("جون كيلي", "PERSON"))
    said = [(cue, speaker) for cue, _, speaker in found]
    assert said[0] == ("يقول", "كتاب جديد") and said[2] == ("رد", "ماتيس") and said[1][0] == "أبلغ"
    assert said[1][1] != "وزير دفاعه" and said[4][1] != "جون كيلي"  # whom he told; the other office's holder
    assert [cue for cue, _ in said] == ["يقول", "أبلغ", "رد", "قال", "قال"]  # «ورد في», «ورد اسمهما» report nothing


def test_the_language_a_body_wrote_in_is_no_part_of_it():
    text = 'وكتبت السفارة بالإسبانية\u200f على تويتر "جوشوا هولت ومواطنون أميركيون آخرون في خطـر 🙂".\r\n'
    assert speakers(text, ("جوشوا هولت", "PERSON"), ("تويتر", "ORG")) == ["السفارة"]


def test_one_of_the_stars_and_the_one_amma_set_apart_goes_on_unless_that_sentence_quoted_someone():
    # An emoji, harakat, tatweel, an RLM and CRLF on the way.
    text = ('وقال أحد نجوم يوتيوب إنه أسوأ قرار اتخذه الموقع 🙂.\r\n'
            'وقال أحد النواب لفرانس برس إن التمديد يكشف أن الحكومة غير مستعدّة.\r\n'
            'أما أستاذ العلوم السياسية جيمس أوكوك\u200f فرأى في التحرك محاولة للضغط على المتمردين.\r\n'
            'وقال "يستخدمون ذلك كرسالة إلى المعارضة".\r\n'
            'أما رضوان لقديم فكان "محل متابعة فعالة"، بحسب ما قال مولنس. وأضاف "لكن أكرر أنّ هذا لم يسمح بالتحذيـر".\r\n')
    found = quotes(text, ("يوتيوب", "ORG"), ("جيمس أوكوك", "PERSON"), ("رضوان لقديم", "PERSON"), ("مولنس", "PERSON"))
    assert [said for _, _, said in found][:3] == ["أحد نجوم يوتيوب", "أحد النواب", "جيمس أوكوك"]
    assert found[-1][2] != "رضوان لقديم"  # the sentence quoted Molins about him


def test_a_whole_view_in_marks_addressing_someone_so_said_a_nisba_and_an_admitting_participle():
    # An emoji, harakat, tatweel, an RLM and CRLF on the way.
    text = ('واعتبر أردوغان في كلمة أمام أعضاء حزبه\u200f "هدف هذه العملية هو استسلام تركيا في جميع المجالات '
            'من المالية وصولا إلى السياسيّة 🙂".\r\n'
            'وخاطب الأمريكيين "هل تجرؤون على التضحيـة بتركيا؟".\r\n'
            'واعتبرت الخارجية السودانية العمل الدرامي "مسيئا للمصريين المقيمين في السودان".\r\n'
            'تميل الشرطة في لندن نحو فكرة السماح لها بالعمل بشرط أن توفر بيئة آمنة، هكذا صرّح محقق سابق.\r\n'
            'وذكر مصدر عسكري سوري\u200f، وفق سانا، أن الطائرة كانت تدك تجمعات الإرهابيين.\r\n'
            'ورفع آباء وأمهات دعاوى قضائية، قالوا خلالها إن أطفالهم أصبحوا مرضى.\r\n'
            'وقالت مارشي-أوهيل أيضا "نحن نبحث عن مسؤولية جنائية فردية"، معترفة بأن الخيارات ضعيفة حالياً.\r\n')
    found = quotes(text, ("أردوغان", "PERSON"), ("تركيا", "GPE"), ("الخارجية السودانية", "ORG"), ("لندن", "GPE"),
                   ("سانا", "ORG"), ("مارشي-أوهيل", "PERSON"))
    assert [(cue, said) for cue, _, said in found] == [
        ("اعتبر", "أردوغان"), ("خاطب", "أردوغان"), ("صرّح", "محقق سابق"), ("ذكر", "مصدر عسكري سوري"),
        ("قالوا", "آباء وأمهات"), ("قالت", "مارشي-أوهيل"), ("معترفة", "مارشي-أوهيل")]
    assert found[2][1].startswith("تميل الشرطة") and found[2][1].endswith("بيئة آمنة")
    assert found[-1][1] == "الخيارات ضعيفة حالياً"


def test_he_goes_on_not_the_agency_a_call_in_his_words_and_what_the_reporter_reads_in_it():
    # An emoji, harakat, tatweel, an RLM and CRLF on the way.
    text = ('ونقلت وكالة الأنباء الفرنسية أن النائب العام طارق صعب قال على حسابه إنه "قمنا بتعيين أربعة مدعين 🙂".\r\n'
            'وأضاف "بحسب العناصر الأولى من التحقيق، قُتل 66 رجلا".\r\n'
            'ونسبت وكالة إنترفاكس إلى لافروف\u200f قوله إن للحكومة السورية كل الحق في القضاء على المسلحين.\r\n'
            'وقال أردوغان إن بلاده ستنفذ "كل ما هو ضروري" إذا فشلت الحملـة، مما يشير لاحتمال تنفيذ عملية مباشرة.\r\n'
            'ونقل تيتورينكو تصريحات سابقة لحمد بن جاسم العام الماضي، اعترف فيها أن قطر شاركت عمليا في الإعداد.\r\n'
            'ودعا الجبوري في البيان إلى "إعادة الانتخابات بعد أن ثبت تزويرها"، ودعت إلى "ضبط النفس".\r\n'
            'ودعت جميع الأطراف إلى "اتخاذ التدابير الضرورية لحماية المواطنين".\r\n'
            'وبعدما ذكرت "بيلد" الجمعة أن الأسباب قد تكون مرتبطة بقرب الولادة، أكدت الصحيفة ذلك السبت.\r\n'
            'وقال رئيس وزراء قطر السابق عام 2017، إن بلاده أنفقت 137 مليار دولار في سوريا.\r\n')
    found = quotes(text, ("وكالة الأنباء الفرنسية", "ORG"), ("طارق صعب", "PERSON"), ("إنترفاكس", "ORG"),
                   ("لافروف", "PERSON"), ("تيتورينكو", "PERSON"), ("حمد بن جاسم", "PERSON"), ("قطر", "GPE"),
                   ("أردوغان", "PERSON"), ("الجبوري", "PERSON"), ("بيلد", "ORG"))
    assert [(cue, said) for cue, _, said in found] == [
        ("قال", "طارق صعب"), ("أضاف", "طارق صعب"), ("نسبت", "لافروف"), ("قال", "أردوغان"),
        ("اعترف", "حمد بن جاسم"), ("دعا", "الجبوري"), ("دعت", "الجبوري"), ("ذكرت", "بيلد"),
        ("قال", "رئيس وزراء قطر السابق")]  # «دعت جميع الأطراف»: all of them, whom she called on
    assert found[3][1].endswith("إذا فشلت الحملـة") and found[5][1] == "إعادة الانتخابات بعد أن ثبت تزويرها"
    assert found[-2][1] == "الأسباب قد تكون مرتبطة بقرب الولادة"


def test_an_epithet_after_the_title_whom_she_held_responsible_a_time_before_the_verb_and_a_report_of_a_body():
    # An emoji, harakat, tatweel, an RLM and CRLF on the way.
    text = ('قال فيرجيل فان ديك مدافع ليفربول إن زميله يستطيع تدمير أي خط دفاع 🙂. '
            'وقال المدافع الهولندي صاحب أغلى صفقة انتقال إلى ليفربول: أعتقد أن كل الناس أفراد طبيعيون. '
            'ومن المرجح أن يتنافس صلاح مع دي بروين على الجائزة.\r\n'
            'بررت رئيسة الوزراء تيريزا ماي\u200f مشاركة بريطانيا، مؤكدة أنه "لم يكن هناك بديل عن استخدام القوة".\r\n'
            'وحملت دمشق المسؤولية عن الهجوم في دوما، مضيفة "بحثنا عن كل الوسائل الدبلوماسيّة".\r\n'
            'وقال السيسي إن حكومته أوفت بوعودها ودعا المصريين إلى الإقبال على التصويت.\r\n'
            'وفي الشهر الماضي بدأ الجيش عملية كبرى في سيناء، ويقول إنه قتل العشرات من المتشـددين.\r\n'
            'يذكر أن تقرير لمنظمة (الطاقة المستدامة للجميع) ذكر أن الطلب على البرادات سيفاقم المشكلة.\r\n')
    found = quotes(text, ("فيرجيل فان ديك", "PERSON"), ("ليفربول", "ORG"), ("صلاح", "PERSON"), ("دي بروين", "PERSON"),
                   ("تيريزا ماي", "PERSON"), ("بريطانيا", "GPE"), ("دمشق", "GPE"), ("دوما", "GPE"), ("السيسي", "PERSON"),
                   ("سيناء", "GPE"))
    assert [(cue, said) for cue, _, said in found] == [
        ("قال", "فيرجيل فان ديك"), ("قال", "فيرجيل فان ديك"), ("مؤكدة", "تيريزا ماي"), ("مضيفة", "تيريزا ماي"),
        ("قال", "السيسي"), ("يقول", "الجيش"), ("ذكر", "تقرير لمنظمة (الطاقة المستدامة للجميع)")]
    assert found[1][1] == "أعتقد أن كل الناس أفراد طبيعيون"  # the reporter takes over at «ومن المرجح أن يتنافس صلاح»
    assert found[4][1] == "حكومته أوفت بوعودها"


def test_a_place_on_lam_the_source_in_a_body_and_the_reporter_turning_to_the_next_thing():
    # An emoji, harakat, tatweel, an RLM and CRLF on the way.
    text = ('وقال نائب عام لويزيانا إن النتائج ربما تشير إلى أن ستيرلنغ كان تحت تأثير المخدرات 🙂.\r\n'
            'وقال مصدر في الهلال الأحمر السوري\u200f إن "القافلة غادرت الغوطة الشرقية".\r\n'
            'وقالت ستورجن إن رئيسة الوزراء تجاهلت رأي المناهضين للبريكست، موجهة سلسلة من الانتقادات اللاذعة.\r\n'
            'وقال زيدان: أشعر بالسرور له ، إنه يعمل طوال الوقت ولا يستسلم. كذلك أشاد زيدان بكيلور نافاس '
            'حارس مرمى الريال. وقال زيدان: لدينا الحارس كيلور ، لقد قدم لنا الكثيـر. من ناحية أخرى ، حذر زيدان '
            'من صعوبة المباراة النهائيّة.\r\n')
    found = quotes(text, ("لويزيانا", "GPE"), ("ستيرلنغ", "PERSON"), ("الهلال الأحمر السوري", "ORG"),
                   ("ستورجن", "PERSON"), ("زيدان", "PERSON"), ("كيلور نافاس", "PERSON"))
    assert [(cue, said) for cue, _, said in found] == [
        ("قال", "نائب عام لويزيانا"), ("قال", "مصدر في الهلال الأحمر السوري"), ("قالت", "ستورجن"),
        ("قال", "زيدان"), ("قال", "زيدان")]
    assert [span for _, span, _ in found][2:] == [
        "رئيسة الوزراء تجاهلت رأي المناهضين للبريكست", "أشعر بالسرور له ، إنه يعمل طوال الوقت ولا يستسلم",
        "لدينا الحارس كيلور ، لقد قدم لنا الكثيـر"]


def test_names_inside_quoted_words_instead_at_a_time_another_warns_and_according_to_what_it_says():
    # An emoji, harakat, tatweel, an RLM and CRLF on the way.
    text = ('وقال المكتب في بيان، إن "المحكمة الاتحادية ألغت قرار حيدر العبادي 🙂"، مبيّنة أنها "قررت إعادته".\r\n'
            'ولم يقطع بومبيو تعهدات وقال بدلا من ذلك إنه من المستبعد أن يبقى ترامب في الاتفاق.\r\n'
            'وكررت دمشق أن المحافظة على قائمة أولوياتها العسكرية، في وقت تحذر الأمم المتحدة من تداعيات التصعيد.\r\n'
            'وطبقا لما يقوله فيسبوك\u200f، فإن بيانات حوالي 87 مليون شخص استغلت بواسطة تطبيق للألغـاز.\r\n'
            'وقال مسؤول في خان شيخون إن أحياء مأهولة أصيبت.\r\n')
    found = quotes(text, ("المحكمة الاتحادية", "ORG"), ("حيدر العبادي", "PERSON"), ("بومبيو", "PERSON"),
                   ("ترامب", "PERSON"), ("دمشق", "GPE"), ("الأمم المتحدة", "ORG"), ("فيسبوك", "ORG"),
                   ("خان شيخون", "GPE"))
    said = [(cue, speaker) for cue, _, speaker in found]
    assert said[1][1] != "حيدر العبادي"  # he is what the court's decision was about
    assert said[2:] == [("قال", "بومبيو"), ("كررت", "دمشق"), ("طبقا", "فيسبوك"), ("قال", "مسؤول في خان شيخون")]
    assert found[3][1] == "المحافظة على قائمة أولوياتها العسكرية"


def test_a_name_in_the_judges_own_words_a_second_relative_a_note_a_manner_and_the_studys_authors():
    # An emoji, harakat, tatweel, an RLM and CRLF on the way.
    text = ('وكانت والاس قد ألقت مادة آكلة على عشيقها المهندس الهولندي مارك فان دونجين 🙂.\r\n'
            'وقالت القاضية نيكولا ديفيز لوالاس واصفة ما فعلته بأنه "عمل شرير للغاية".\r\n'
            'وقالت القاضية : "أردتِ أن تحرقي مارك فان دونجين وتشوّهيه".\r\n'
            'وقالت القاضية لوالاس إنها "اختارت لحظة تنفيذ الهجوم".\r\n'
            'وأكد النادي بهذا الإعلان، التقارير الصحفية التي انتشرت على نطاق واسع، والتي أشارت إلى أن المدرب سيخلف إيمري.\r\n'
            'أما إيمري، فأعلن\u200f أنه سيرحل في نهاية الموسم، علما أنه تولى مهامه في مطلع موسم 2016.\r\n'
            'وعندما سأله الصحفيون إذا كان يعتزم الاعتراف رد بصوت متهـدج: "نعم أنا مذنب".\r\n'
            'لكن معدو الدراسة قالوا إن تفاوت مستويات الدخول هو العامل الأهم.\r\n')
    found = quotes(text, ("والاس", "PERSON"), ("مارك فان دونجين", "PERSON"), ("نيكولا ديفيز", "PERSON"),
                   ("إيمري", "PERSON"))
    said = [(cue, speaker) for cue, _, speaker in found]
    assert said[:4] == [("قالت", "نيكولا ديفيز"), ("قالت", "نيكولا ديفيز"), ("قالت", "نيكولا ديفيز"),
                        ("أشارت", "التقارير الصحفية")]
    assert said[4] == ("أعلن", "إيمري") and found[4][1] == "سيرحل في نهاية الموسم"
    assert said[5][1] != "بصوت متهـدج" and said[6] == ("قالوا", "معدو الدراسة")


def test_the_girl_the_experts_in_a_museum_a_caption_a_colon_verb_and_the_head_of_the_staff():
    # An emoji, harakat, tatweel, an RLM and CRLF on the way.
    text = ('ووجدت الفتاة ساجا فانسيك، السيف في بحيرة فيدستيرن 🙂.\r\n'
            'لكن الخبراء في المتحف المحلي أكدوا الآن أنه يبلغ حوالي 1500 عام.\r\n'
            'وقال الخبير ميكائل نوردستروم :"إنه أمر لا يحدث كل يوم".\r\n'
            'وقالت الفتاة في تصريحات لإذاعة محلية :"شعرت بشيء في الماء ورفعتُه".\r\n'
            'ومن بينها صورة تحمل تعليقا يقول "هؤلاء المتوحشون من أقل البشر ذكاء".\r\n'
            'وقبل ذلك أعلن رئيس هيئة الأركان العامة الروسي، فاليري غيراسيموف\u200f، أن بلاده ستتخذ تدابير للرد.\r\n'
            'وقال غيراسيموف للصحفيين: "في حال طرأ خطر يهدد حياة جنودنا".\r\n'
            'وأوضح رئيس الأركان العامة للقوات المسلحة الروسية أن المسلحين يخططون لتمثيل هجمة.\r\n'
            'وتابع ترامب: "آمل أن يكون لقاء ناجحا".\r\n'
            'لكن الرئيس الأميركي صاحب التصريحات المثيرة للجدل أكمل: "إذا لم نعتقد أن اللقاء سيكون ناجحـا فلن نعقده".\r\n')
    found = quotes(text, ("ساجا فانسيك", "PERSON"), ("ميكائل نوردستروم", "PERSON"), ("فاليري غيراسيموف", "PERSON"),
                   ("ترامب", "PERSON"))
    assert [(cue, said) for cue, _, said in found] == [
        ("أكدوا", "الخبراء في المتحف المحلي"), ("قال", "ميكائل نوردستروم"), ("قالت", "ساجا فانسيك"),
        ("يقول", "تعليقا"), ("أعلن", "فاليري غيراسيموف"), ("قال", "غيراسيموف"), ("أوضح", "فاليري غيراسيموف"),
        ("تابع", "ترامب"), ("أكمل", "ترامب")]  # (the second mention is untagged here: its words name him)


def test_a_dateline_ends_before_the_news_it_heads():
    # An emoji, harakat, an RLM and CRLF on the way; the dateline with and without a space before its dashes.
    text = ('واشنطن، الولايات المتحدة الأمريكية (CNN)-- وصف الرئيس الأمريكي، دونالد ترامب\u200f، الاتفاق بأنه '
            '"سيّئ"، قائلا إن إيران لم تلتزم به 🙂.\r\n'
            'القاهرة، مصر (CNN) -- أكدت الوزارة، في تصريح لـCNN، أن مصر ترفض التدخل، مضيفة أن "الحل سياسي".\r\n')
    found = quotes(text, ("واشنطن", "GPE"), ("الولايات المتحدة الأمريكية", "GPE"), ("CNN", "ORG"),
                   ("دونالد ترامب", "PERSON"), ("إيران", "GPE"), ("القاهرة", "GPE"), ("مصر", "GPE"))
    assert [(cue, said) for cue, _, said in found] == [
        ("قائلا", "دونالد ترامب"), ("أكدت", "الوزارة"), ("مضيفة", "الوزارة")]


def test_the_office_named_in_the_next_sentence_before_its_verb_the_spokeswoman_so_introduced_and_a_call_in_marks():
    # An emoji, harakat, tatweel, an RLM and CRLF on the way.
    text = ('قال وزير الخارجية الليبي إن بلاده تعترض على خطة عرضها الاتحاد الأوروبي 🙂.\r\n'
            'وأعد الخطة قادة الاتحاد الأوروبي في يونيو، بعدما طالبت إيطاليا بتشديد المراقبة.\r\n'
            'ولكن وزير الخارجية الليبي، محمد الطاهر سيالة\u200f، قال لصحيفة نمساوية إن دول شمال أفريقيا ترفض الفكرة.\r\n'
            'وقالت المتحدثة باسم البيت الأبيض سارة ساندرز في تغريدة، إن الرئيس وافق على "مواصلة الحوار".\r\n'
            'وتابع كوتس ممازحا "لدينا القدرة على التحكم في أشياء كهذه".\r\n'
            'وأعلنت المتحدثة باسم البيت الأبيض الخميس أن هناك محادثات "جارية" تحضيرا لقمّة ثانية.\r\n'
            'ودعا الملك عبد الله الحكومة ومجلس الأمة إلى أن "يقودا حوارا وطنيا شاملا للوصول إلى صيغة توافقيـة".\r\n')
    found = quotes(text, ("محمد الطاهر سيالة", "PERSON"), ("الاتحاد الأوروبي", "ORG"), ("إيطاليا", "GPE"),
                   ("البيت الأبيض", "ORG"), ("سارة ساندرز", "PERSON"), ("كوتس", "PERSON"), ("الملك عبد الله", "PERSON"))
    assert [(cue, said) for cue, _, said in found] == [
        ("قال", "محمد الطاهر سيالة"), ("قال", "محمد الطاهر سيالة"), ("قالت", "سارة ساندرز"), ("تابع", "كوتس"),
        ("أعلنت", "سارة ساندرز"), ("دعا", "الملك عبد الله")]
    assert found[-1][1] == "يقودا حوارا وطنيا شاملا للوصول إلى صيغة توافقيـة"


def test_other_experts_whose_doctor_whom_the_letter_was_sent_to_a_request_a_marked_term_and_the_body_going_on():
    # An emoji, harakat, tatweel, an RLM and CRLF on the way.
    text = ('وقال مسؤولون إن إيران كذبت بشأن عملها السابق، لكن خبراء المخابرات قالوا إنه لا يوجد دليل دامغ 🙂.\r\n'
            'أعلن الطبيب السابق للرئيس الأمريكي دونالد ترامب الثلاثاء أن مقربين منه "أغاروا" على عيادته.\r\n'
            'وذكرت الوزارة، في خطاب وجهته إلى زعيم الأغلبية بالكونغرس، ميتشيل ماكونيل\u200f، أن الدعم يتمثل في التزود بالوقود.\r\n'
            'وذكر وزير الدفاع روسيا بقرار حكومته وطلب من موسكو أن ترد بالمثل.\r\n'
            'وقد تكون الزجاجة تعرضت "لفترات كشف دوريّة".\r\n'
            'وانتقدت المنظمة أيضا "الاستخدام المفرط للعنف" من قبل قوات الأمن.\r\n'
            'وقالت إن "مذبحتي جيش الإنقاذ أعقبتهما حملة تطهيـر عرقي".\r\n')
    found = quotes(text, ("إيران", "GPE"), ("دونالد ترامب", "PERSON"), ("ميتشيل ماكونيل", "PERSON"), ("روسيا", "GPE"),
                   ("موسكو", "GPE"))
    assert [(cue, said) for cue, _, said in found] == [
        ("قال", "مسؤولون"), ("قالوا", "خبراء المخابرات"), ("أعلن", "الطبيب السابق"), ("ذكرت", "الوزارة"),
        ("قالت", "المنظمة")]
    assert found[0][1] == "إيران كذبت بشأن عملها السابق"


def test_however_he_went_on_a_passive_charge_a_memo_glued_to_its_lam_someone_claiming_and_what_it_is_called():
    # An emoji, harakat, tatweel, an RLM and CRLF on the way.
    text = ('وقال هادي\u200f إن التدخل العسكري أخذ وقتا أطول مما كان متوقعا، غير أنه أردف قائلا إن البديل أسوأ بكثير 🙂.\r\n'
            'اتُّهم سجناء بابتزاز جنود من خلال التظاهر بأنهم فتيات على مواقع مواعدة.\r\n'
            'وتأتي الرسالة الأخرى من شخص يزعم أنه والد الفتاة، وفقا للمذكرة التي أشارت إلى أن "الأب مستعد للتسوية".\r\n'
            'وحذر الجيش الجنود مما أطلق عليه "مخطط الابتزاز الجنسـي"، ناصحا الأفراد بعدم الاستجابة.\r\n')
    found = quotes(text, ("هادي", "PERSON"))
    assert [(cue, span, said) for cue, span, said in found] == [
        ("قال", "التدخل العسكري أخذ وقتا أطول مما كان متوقعا", "هادي"), ("أردف", "البديل أسوأ بكثير 🙂", "هادي"),
        ("يزعم", "والد الفتاة", "شخص"), ("أشارت", "الأب مستعد للتسوية", "المذكرة")]


def test_the_lawyer_set_against_the_latter_of_two_people_and_repeating_what_he_said_not_what_he_used_before():
    # An emoji, harakat, tatweel, an RLM and CRLF on the way.
    text = ('وكانت دانيلز قد قالت لأول مرة إنها على علاقة مع ترامب 🙂، لكن محامي ترامب قال إن ترامب ينفي أي علاقة.\r\n'
            'أعربت ماي لنظيرها نتانياهو\u200f عن قلق لندن حيال القتلى على حدود قطاع غزة، بينما أصر الأخير على أن '
            'الاحتجاجات تتم بدفع من حماس.\r\n'
            'وأكد ماكرون أن "حربا تجارية بين حلفاء ليست أمرا متجانسا"، مكررا أن "ليس هناك كوكب بديل".\r\n'
            'وغرّد الرئيس "أن القمة كانت نجاحا كبيرا إلا لعدو الشعب"، مكررا عبارة سبق أن استخدمها في 2017.\r\n')
    found = quotes(text, ("دانيلز", "PERSON"), ("ترامب", "PERSON"), ("ماي", "PERSON"), ("نتانياهو", "PERSON"),
                   ("لندن", "GPE"), ("غزة", "GPE"), ("حماس", "ORG"), ("ماكرون", "PERSON"))
    assert [(cue, said) for cue, _, said in found] == [
        ("قالت", "دانيلز"), ("قال", "محامي ترامب"), ("أصر", "نتانياهو"), ("أكد", "ماكرون"), ("مكررا", "ماكرون"),
        ("غرّد", "ماكرون")]  # (the president named last)
    assert found[0][1] == "على علاقة مع ترامب"


def test_going_on_with_mordifan_and_the_resigned_minister_introduced_by_name():
    # An emoji, harakat, tatweel, an RLM and CRLF on the way.
    text = ('تقدم أندرو غريفيث، وزير المشروعات الصغيرة في بريطانيا\u200f، باستقالته من منصبه 🙂.\r\n'
            'وقال وزير المشروعات الصغيرة المستقيل لايموجين إنه يعتقد أن أحد المقاطع يستهدف إثارته.\r\n'
            'ونوه كرامر إلى "تزايد الأدلة على الأضرار المحتملة"، مردفا: "من المهم أن يكون لدينا ضوابط وتوازنات للشبـاب".\r\n')
    found = quotes(text, ("أندرو غريفيث", "PERSON"), ("بريطانيا", "GPE"), ("كرامر", "PERSON"))
    assert [(cue, said) for cue, _, said in found] == [
        ("قال", "أندرو غريفيث"), ("نوه", "كرامر"), ("مردفا", "كرامر")]


def test_by_saying_after_any_verb_and_a_long_subject_before_a_comments_colon():
    # An emoji, harakat, tatweel, an RLM and CRLF on the way.
    text = ('واكتفى المتحدث باسم الوزارة بالقول إن التحقيقات مستمرة 🙂.\r\n'
            'وبدأ مورينيو\u200f مؤتمرا صحفيا، للحديث عن المباراة، بالقول إنه تولى المسؤولية في ظروف صعبة.\r\n'
            'وعلق وزير الخارجية الإيراني، محمد جواد ظريف، على ذلك بالقول: "هذا القرار غير قانونـي".\r\n')
    found = quotes(text, ("مورينيو", "PERSON"), ("محمد جواد ظريف", "PERSON"))
    assert [(cue, said) for cue, _, said in found] == [
        ("بالقول", "المتحدث باسم الوزارة"), ("بالقول", "مورينيو"), ("علق", "محمد جواد ظريف")]


def test_expressed_not_via_and_the_secretary_general_whole():
    # An emoji, harakat, tatweel, an RLM and CRLF on the way.
    text = ('وأوضح الناطق باسم الجيش، العقيد أحمد المسماري\u200f، أن القوات تقدمت 🙂.\r\n'
            'وعبر الأمين العام عن قلقه، قائلا إن الوضع خطيـر.\r\n'
            'وعبر الحدود آلاف اللاجئين خلال الليل.\r\n')
    found = quotes(text, ("أحمد المسماري", "PERSON"))
    assert [(cue, said) for cue, _, said in found] == [("أوضح", "أحمد المسماري"), ("قائلا", "الأمين العام")]


def test_the_prime_minister_is_not_the_president_named_before():
    # An emoji, harakat, tatweel, an RLM and CRLF on the way.
    text = ('وقال الرئيس الروسي، فلاديمير بوتين\u200f، في وقت لاحق، إن بلاده لن ترد 🙂.\r\n'
            'وعن الانتخابات المقبلة، أكد رئيس الوزراء أنها ستجرى في موعدهـا.\r\n'
            'وأعلن رئيس روسيا أنه سيزور الصين.\r\n')
    found = quotes(text, ("فلاديمير بوتين", "PERSON"), ("روسيا", "GPE"), ("الصين", "GPE"))
    assert [(cue, said) for cue, _, said in found][:2] == [("قال", "فلاديمير بوتين"), ("أكد", "رئيس الوزراء")]


def test_the_fans_of_a_club_speak_not_the_club():
    # An emoji, harakat, tatweel, an RLM and CRLF on the way.
    text = ('وقالت جماهير برشلونة\u200f إن رونالدو يقوم بنفس الخطأ 🙂.\r\n'
            'وقال مشجعو ليفربول إن الفريق يستحق اللقـب.\r\n')
    assert speakers(text, ("برشلونة", "ORG"), ("رونالدو", "PERSON"), ("ليفربول", "ORG")) == [
        "جماهير برشلونة", "مشجعو ليفربول"]


def test_a_body_no_one_tagged_between_kana_and_qad_and_the_language_one_spoke_in():
    # An emoji, harakat, tatweel, an RLM and CRLF on the way.
    text = ('وتقول المرأة باللغة الروسية\u200f "كل شيء على ما يرام مع والدي 🙂".\r\n'
            'وكان المستشفى البريطاني الذي يعالج فيه سكريبال، قد قال الأسبوع الماضي إن وضعها "يتحسّن بسرعة".\r\n'
            'وكان التلفزيون الرسمي قد أفاد بأن دوي انفجـار سُمع قرب مطار القاهرة.\r\n')
    assert speakers(text, ("سكريبال", "PERSON"), ("القاهرة", "GPE")) == [
        "المرأة", "المستشفى البريطاني", "التلفزيون الرسمي"]


def test_the_director_of_an_organisation_named_in_quotation_marks_is_the_one_introduced_so():
    # An emoji, harakat, tatweel, an RLM and CRLF on the way.
    text = ('قالت مديرة منظمة "النساء الآن للتنمية" غير الحكومية ماريا العبدة\u200f إن النظام يستخدم العنف 🙂.\r\n'
            'وكشفت مديرة منظمة "النساء الآن للتنمية" أيضا، أن الاغتصاب يحصل عندما يستعيد النظام السيطـرة.\r\n')
    assert speakers(text, ("النساء الآن للتنمية", "ORG"), ("ماريا العبدة", "PERSON")) == ["ماريا العبدة", "ماريا العبدة"]


def test_known_as_in_the_subject_is_no_complementiser():
    # An emoji, harakat, tatweel, an RLM and CRLF on the way.
    text = ('وقال ديمتري كيسليوف\u200f المعروف بأنه أكثر مقدمي البرامج تأييدا للكرملين :"حاولوا إلقاء اللوم على روسيا 🙂 '
            'لكن الأمر يصبّ في مصلحة البريطانيين فقـط".\r\n')
    found = quotes(text, ("ديمتري كيسليوف", "PERSON"), ("روسيا", "GPE"))
    assert [(cue, said) for cue, _, said in found] == [("قال", "ديمتري كيسليوف")]
    assert found[0][1].startswith("حاولوا إلقاء اللوم")


def test_a_title_glued_to_lam_with_harakat_and_an_adviser_in_apposition():
    # Harakat on the glued title and the name's title, an emoji, tatweel, an RLM and CRLF on the way.
    text = ('أعلن الطبيبُ السابق للرئيسِ الأمريكيّ دونالد ترامب\u200f الثلاثاء أن مقربين منه أغاروا على عيادتـه 🙂.\r\n'
            'وكان مستشار الأمن القومي لرئيسِ كوريا الجنوبيّة، تشونغ اوي-يونغ، أعلن أن اللقاء سيجري بحلول مايو.\r\n')
    assert speakers(text, ("دونالد ترامب", "PERSON"), ("كوريا الجنوبيّة", "GPE"), ("تشونغ اوي-يونغ", "PERSON")) == [
        "الطبيبُ السابق", "تشونغ اوي-يونغ"]


def test_a_verb_after_the_quote_is_read_whole_and_an_attribution_may_carry_its_object_pronoun():
    # «، أضاف» is longer than the few letters after the comma; «بحسب ما قاله»/«وفقا لما قالته» end on what was
    # said. An emoji, harakat, tatweel, an RLM and CRLF on the way.
    text = ('"سنردّ بقوة على أي هجوم 🙂"، أضاف ماتيس\u200f.\r\n'
            '"الوضع خطير جدا في المنطقـة"، بحسب ما قاله مسؤول أمريكي لـCNN.\r\n'
            '"لم نعثر على أي مشتبه به بعد"، وفقا لما قالته الشرطة.\r\n')
    found = quotes(text, ("ماتيس", "PERSON"), ("CNN", "ORG"))
    assert [(cue, said) for cue, _, said in found] == [("أضاف", "ماتيس"), ("قاله", "مسؤول أمريكي"), ("قالته", "الشرطة")]
    assert found[0][1] == "سنردّ بقوة على أي هجوم 🙂"


def test_unconfirmed_is_no_participle_of_saying():
    # «تقارير غير مؤكدة»: the reports speak, and «مؤكدة» neither cues nor ends their description.
    text = ('وتقول تقارير غير مؤكّدة بثتها وسائل إعلام أمريكية\u200f إن السعودية تعد للإقرار بأن خاشقجي توفي 🙂.\r\n'
            'وكان مصدر أمني تركي قد قال لبي بي سي في وقت سابـق إن لدى مسؤولين أدلة.\r\n')
    found = quotes(text, ("خاشقجي", "PERSON"), ("بي بي سي", "ORG"))
    assert [(cue, said) for cue, _, said in found] == [("تقول", "تقارير غير مؤكّدة"), ("قال", "مصدر أمني تركي")]


def test_plural_adjectives_after_but_a_comment_in_the_present_and_a_tweet_that_says():
    # An emoji, harakat, tatweel, an RLM and CRLF on the way.
    text = ('لكن خبراء مستقلّين قالوا\u200f إن عوامل أخرى تلعب دورا أهم 🙂.\r\n'
            'وقال فريزر إن المومياء قديمة.\r\n'
            'ويعلق الدكتور فريزر :"لكن في هذه الحالة لا يمكننا عمل أي شيء للرفـات".\r\n'
            'وتعلق القضية بحقوق الإنسان "في كل مكان من العالم".\r\n'
            'وكتبت الإعلامية كلير بولدين تغريدة تساند فيها كاري، تقول: "بقرارها التبرع بالمبلغ أكدت لنا ما كنا نعرفه".\r\n')
    found = quotes(text, ("فريزر", "PERSON"), ("كلير بولدين", "PERSON"), ("كاري", "PERSON"))
    assert [(cue, said) for cue, _, said in found] == [
        ("قالوا", "خبراء مستقلّين"), ("قال", "فريزر"), ("يعلق", "فريزر"), ("تقول", "كلير بولدين")]


def test_subjects_past_a_clause_of_place_an_age_a_preposition_of_place_and_a_governor():
    # An emoji, harakat, tatweel, an RLM and CRLF on the way.
    text = ('والثلاثاء أعلن مستشفى سالزبري (جنوب غرب) حيث كانت تعالج مع والدها سيرغي سكريبال\u200f، أنها خرجت منه 🙂.\r\n'
            'واعترفت امرأة بعمر 19 عاما بأنها ولدت الطفل أثناء رحلتهـا.\r\n'
            'وأكّد مصدر داخل قوة مجموعة الساحل أن المهاجمين كانوا ستة.\r\n'
            'وقال حاكم موبتي لوكالة الأنباء الفرنسية "أوقفنا أربعة مشتبه بهم"، موضحا أن عمليات التمشيط مستمرة.\r\n')
    found = quotes(text, ("مستشفى سالزبري", "ORG"), ("سيرغي سكريبال", "PERSON"), ("مجموعة الساحل", "ORG"),
                   ("موبتي", "GPE"), ("وكالة الأنباء الفرنسية", "ORG"))
    assert [said for _, _, said in found] == ["مستشفى سالزبري", "امرأة", "مصدر", "حاكم موبتي", "حاكم موبتي"]


def test_whom_the_media_quote_by_a_pronoun_who_issued_a_statement_and_whose_stance_a_participle_closes():
    # An emoji, harakat, tatweel, an RLM and CRLF on the way.
    text = ('وعندما سُئل لافروف\u200f عن توقيت الطرد، نقلت وسائل الإعلام عنه قائلا: "قريبا. أعدكم بذلك 🙂."\r\n'
            'وأصدرت شركة الطيران بيانا اعتذرت فيه لزبائنها.\r\n'
            'وأضاف البيان "سنساعد في التحقيق ونتعاون مع كل الأجهزة المعنيـة".\r\n'
            'وتأتي الخطوة بعد أيام من إعراب السفارة الأمريكية في الخرطوم عن قلقها، مشيرة إلى أن المعتقلين محتجزون.\r\n'
            'ونقل عن السلطات البريطانية نقلها ليوليا إلى مكان آمن، ما أثار غضب موسكو معتبرة أنها "محتجزة رهينة".\r\n')
    found = quotes(text, ("لافروف", "PERSON"), ("السفارة الأمريكية", "ORG"), ("الخرطوم", "GPE"), ("يوليا", "PERSON"),
                   ("موسكو", "GPE"))
    assert [(cue, said) for cue, _, said in found] == [
        ("نقلت", "لافروف"), ("أضاف", "شركة الطيران"), ("مشيرة", "السفارة الأمريكية"), ("معتبرة", "موسكو")]


def test_a_long_office_before_the_name_the_most_prominent_and_a_passive_with_its_infix():
    # An emoji, harakat, tatweel, an RLM and CRLF on the way.
    text = ('وقال دغلس إن "عصابات تدفيع الثمن عصابات إرهابية 🙂".\r\n'
            'من جهته، ندد وزير الأوقاف والشؤون الدينية الشيخ يوسف ادعيس\u200f بمحاولة إحراق المسجد وقال في بيان إن '
            '"هذه الأعمال الإرهابية تأتي متساوقة مع التحريـض".\r\n'
            'ووجه الصحفي كوندراشوف، أبرز مقدمي البرامج التلفزيونية، سؤالا لبوتين بشأن إن كان هناك أي ظروف تعود فيها القرم.\r\n'
            'وتم القبض على مطلق النار الذي اعتُبرت منشوراته بأنها "مقلقة للغاية".\r\n')
    found = quotes(text, ("دغلس", "PERSON"), ("يوسف ادعيس", "PERSON"), ("كوندراشوف", "PERSON"), ("بوتين", "PERSON"))
    assert [(cue, said) for cue, _, said in found] == [("قال", "دغلس"), ("قال", "يوسف ادعيس")]


def test_the_official_an_agency_quoted_goes_on_and_a_colon_before_an():
    # An emoji, harakat, tatweel, an RLM and CRLF on the way.
    text = ('وقالت تشوي\u200f إن كوريا الشمالية لن "تتوسل" من أجل الحوار 🙂.\r\n'
            'ونقلت وكالة رويترز عن مسؤول في البيت الأبيض قوله إن التصريحات كانت "القشة التي قصمت ظهر البعير". '
            'ولكنه قال إن هناك فرصة للعودة إلى الحوار.\r\n'
            'وقال راولي: إن الشرطة "تتعامل مع الحادث على أنه محاولة قتـل".\r\n')
    found = quotes(text, ("تشوي", "PERSON"), ("وكالة رويترز", "ORG"), ("البيت الأبيض", "ORG"), ("راولي", "PERSON"))
    assert [said for _, _, said in found] == ["تشوي", "مسؤول في البيت الأبيض", "مسؤول في البيت الأبيض", "راولي"]
    assert found[-1][1] == 'الشرطة "تتعامل مع الحادث على أنه محاولة قتـل"'


def test_a_spokesman_before_qad_a_work_named_in_a_relative_clause_and_the_body_of_an_occasion():
    # An emoji, harakat, tatweel, an RLM and CRLF on the way.
    text = ('وقال المنسق الأممي بانوس مومتزيس\u200f إن الحال "لا يمكن تصوّره 🙂".\r\n'
            'وكان ناطقا باسم الأمم المتحدة قد قال في وقت سابق إن "ستة مستشفيات تعرضت للقصف".\r\n'
            'وقال توم روب سميث، الذي كتب "اغتيال جياني فيرساتشي: قصة جريمة أمريكية"، إن "توصيل هذه القصة كان سيعتمد '
            'على ممثلين متميزين".\r\n'
            'من جهتها، واصلت السفيرة الأمريكية نيكي هايلي الضغط على النظام. وقالت خلال جلسة مجلس الأمن "تحدثت إلى '
            'الرئيس هذا الصباح".\r\n')
    found = quotes(text, ("بانوس مومتزيس", "PERSON"), ("الأمم المتحدة", "ORG"), ("توم روب سميث", "PERSON"),
                   ("نيكي هايلي", "PERSON"), ("مجلس الأمن", "ORG"))
    assert [said for _, _, said in found] == ["بانوس مومتزيس", "ناطقا باسم الأمم المتحدة", "توم روب سميث", "نيكي هايلي"]
    assert found[2][1] == "توصيل هذه القصة كان سيعتمد على ممثلين متميزين"


def test_a_reporter_described_goes_on_a_body_of_a_kind_goes_on_and_a_title_never_means_a_name_inside_quoted_words():
    # An emoji, harakat, tatweel, an RLM and CRLF on the way.
    text = ('وكانت جوليا غيمارايش\u200f في مدينة ايكاترينبرغ 🙂.\r\n'
            'وقالت غيمارايش: "لا تفعل هذا مرة أخرى".\r\n'
            'وأشارت المراسلة، التي تعمل مع محطة "تي في غلوبو"، إلى أنها لم تتعرض لهذا الموقف من قبـل.\r\n'
            'وتصف جماعة "الخوذ البيضاء" نفسها بأنها قوة عمل تطوعية.\r\n'
            'وتشدد على أنها غير منحازة في الصراع.\r\n'
            'ونقلت وكالة الأنباء السعودية تصريحات المصدر بما يلي: "أثار اختفاء المواطن جمال خاشقجي اهتمام المملكة".\r\n'
            'وأكد المسؤول أنه "تم التحقيق مع عدد من المشتبه بهم".\r\n')
    found = quotes(text, ("جوليا غيمارايش", "PERSON"), ("غيمارايش", "PERSON"), ("الخوذ البيضاء", "ORG"),
                   ("وكالة الأنباء السعودية", "ORG"), ("جمال خاشقجي", "PERSON"))
    assert [said for _, _, said in found][:3] == ["غيمارايش", "غيمارايش", "الخوذ البيضاء"]
    assert found[-1][2] == "المسؤول"


def test_a_player_with_an_epithet_is_the_one_introduced_so_and_a_closing_colon_verb():
    # An emoji, harakat, tatweel, an RLM and CRLF on the way.
    text = ('فرض اتحاد التنس غرامة على اللاعبة الأمريكية المخضرمة سيرينا وليامز\u200f 🙂.\r\n'
            'وقالت اللاعبة الحاصلة على الجائزة الكبرى 23 مرة: "صُعقت عندما فعل ذلك".\r\n'
            'وقال قرقاش: "نحن مهتمون بالوضع الإنساني".\r\n'
            'واختتم: "نقوم بدورنا عبر مبادرات مختلفـة".\r\n'
            'واختتم المهرجان أعماله أمس بحفل كبير.\r\n')
    found = quotes(text, ("سيرينا وليامز", "PERSON"), ("قرقاش", "PERSON"))
    assert [(cue, said) for cue, _, said in found] == [("قالت", "سيرينا وليامز"), ("قال", "قرقاش"), ("اختتم", "قرقاش")]


def test_the_accused_are_no_cue_the_accused_are_no_subject_and_a_correspondent_told_is_no_speaker():
    # An emoji, harakat, tatweel, an RLM and CRLF on the way.
    text = ('وتطرق محمد بن سلمان\u200f لعملية التطهير التي استهدفت الوزراء الذين اتهموا بالفساد قائلا: "ما فعلناه كان '
            'ضروريا للغاية 🙂".\r\n'
            'واتهمت الحكومة المعارضة بأنها "تعمل لصالح جهات أجنبيـة".\r\n'
            'وقالت مصادر دبلوماسية لمراسل بي بي سي للشؤون الدبلوماسية، جيمس لاندالي، إن الوزير ربما لا يشارك.\r\n'
            'وقال مسؤول، وفقا لمراسل بي بي سي في لوساكا كينيدي غوندوي، إن الطالبات غاضبات.\r\n')
    found = quotes(text, ("محمد بن سلمان", "PERSON"), ("بي بي سي", "ORG"), ("جيمس لاندالي", "PERSON"),
                   ("كينيدي غوندوي", "PERSON"))
    assert [(cue, said) for cue, _, said in found][:3] == [
        ("قائلا", "محمد بن سلمان"), ("اتهمت", "الحكومة"), ("قالت", "مصادر دبلوماسية")]


def test_a_title_before_an_is_the_speakers_a_kama_sentence_goes_on_and_activists_after_but():
    # An emoji, harakat, tatweel, an RLM and CRLF on the way.
    text = ('وحصلت هانا ديكنسون\u200f على المال بعد أن قالت لوالديها إنها مصابة بالسرطان 🙂.\r\n'
            'وقال القاضي إن احتيال ديكنسون للحصول على المال "أمر حقير".\r\n'
            'وقال القاضي في حكمه "انتُهكت رغبة الناس للمساعدة والثقـة".\r\n'
            'وكشف بوتين في خطابه، عن مجموعة من الأسلحة الجديدة.\r\n'
            'كما استعان بفيديو توضيحي، مشيرا إلى أن الدرع الصاروخية لا يمكنها إيقاف الصاروخ.\r\n'
            'وتفيد لجنة الإحصاء أن البلاد شهدت 2250 حالة، لكن الناشطين يقولون إن هذا الرقم لا يعبر عن الواقع.\r\n')
    found = quotes(text, ("هانا ديكنسون", "PERSON"), ("ديكنسون", "PERSON"), ("بوتين", "PERSON"))
    assert [said for _, _, said in found] == ["هانا ديكنسون", "القاضي", "القاضي", "بوتين", "الناشطين"]


def test_marks_opening_on_a_verb_after_the_reported_subject_keep_the_reporters_quote_whole():
    # «قال عباس إن إدارة ترامب "اعتبرت أن …"»: the marks open on the verb, so it is Abbas's words too, not a
    # report inside his report. An emoji, harakat, tatweel, an RLM and CRLF on the way.
    text = ('وكان عباس قد قال في رام الله 🙂 إن إدارة ترامب "اعتبرت أن الاستيطان شرعي وهذا ما قاله أكثر من '
            'مسؤول أمريكـي"\u200f.\r\nوأضاف أن الإدارة "تدمّر المشروع".\r\n')
    assert quotes(text, ("عباس", "PERSON"), ("ترامب", "PERSON"), ("رام الله", "GPE")) == [
        ("قال", 'إدارة ترامب "اعتبرت أن الاستيطان شرعي وهذا ما قاله أكثر من مسؤول أمريكـي"', "عباس"),
        ("أضاف", 'الإدارة "تدمّر المشروع"', "عباس")]


def test_a_describing_verb_owns_the_bi_anna_right_after_it_not_the_verb_before():
    # «زعم ارتكاب … وصفها بأنها "…"»: زعم has a noun for its object; the بأن is the describing verb's. An emoji,
    # harakat, tatweel, an RLM and CRLF on the way.
    text = ('كما حظرت مصر موقع المنظمة 🙂، على خلفية تقرير زعم ارتكاب السلطات عمليات تعذيب وصفها بأنها "ممنهجة"\u200f '
            'داخل السجـون.\r\nونفى الجيش الاتهامات ووصفها بأنها "كيديّة وكاذبة".\r\n')
    assert [(cue, said) for cue, said, _ in quotes(text, ("مصر", "GPE"))] == [("نفى", "كيديّة وكاذبة")]


def test_a_long_described_source_a_bracket_after_the_mark_and_the_saying_after_a_statement():
    # «وطبقا لـ… تحفظت الصحيفة على ذكر اسمه، فإن»: 13 words to فإن, a verb in the clause describing the source;
    # «"(منطقة البحر) المتوسط …"»: the reporter's gloss opens the words; «في بيان … بالقول إنها»: the saying is the
    # cue. An emoji, harakat, tatweel, an RLM and CRLF on the way.
    text = ('وطبقا لمستشار سياسي لحركة طالبان في باكستان تحفظت الصحيفة على ذكر اسمه 🙂، فإن إيران تشترط أمرين.\r\n'
            'وقال أمبروسي في تصريح لرويترز "(منطقة البحر) المتوسط مجال مشترك"\u200f.\r\n'
            'وعلّقت وزارة الأمن الوطني في بيان على هذه المعلومات بالقول إنها "تأخذ الأمن على محمل الجـد".\r\n')
    assert quotes(text, ("طالبان", "ORG"), ("باكستان", "GPE"), ("أمبروسي", "PERSON"), ("رويترز", "ORG"),
                  ("وزارة الأمن الوطني", "ORG")) == [
        ("طبقا", "إيران تشترط أمرين", "مستشار سياسي لحركة طالبان في باكستان"),
        ("قال", "(منطقة البحر) المتوسط مجال مشترك", "أمبروسي"),
        ("بالقول", "تأخذ الأمن على محمل الجـد", "وزارة الأمن الوطني")]


def test_amid_after_a_comma_opens_the_reporters_circumstance_not_a_report():
    # «ويتهم الحزب فلانا باستغلال القضية، وسط شكوك في أن …»: no one reports the doubts. An emoji, harakat,
    # tatweel, an RLM and CRLF on the way.
    text = ('ويتهم حزب الشعب الجمهوري أردوغان\u200f باستغلال قضية القس 🙂، وسط شكوك في أن يتعافى اقتصاد البلـد.\r\n'
            'وقال الحزب إن الأزمة ستطول.\r\n')
    assert quotes(text, ("أردوغان", "PERSON"), ("حزب الشعب الجمهوري", "ORG")) == [
        ("قال", "الأزمة ستطول", "حزب الشعب الجمهوري")]


def test_a_study_deemed_a_confirmation_and_a_journal_named_in_marks_are_no_quotes():
    # «وتعتبر هذه الدراسة تأكيدا على أن …» is passive; «وتابعت الدراسة التي نشرت في دورية "…" مجموعة» tracked a
    # group, the journal's name in marks. An emoji, harakat, tatweel, an RLM and CRLF on the way.
    text = ('وتعتبر هذه الدراسة تأكيدا جديدا على أن التلوث يأتي من أكثر من مصدر 🙂.\r\n'
            'وتابعت الدراسة التي نُشرت في دورية "رعاية الحالات الحرجة"\u200f مجموعة من البالغيـن.\r\n'
            'وقالت الباحثة إن النتائج مقلقة.\r\n')
    assert quotes(text) == [("قالت", "النتائج مقلقة", "الباحثة")]


def test_amid_before_a_colon_still_opens_the_words_after_it():
    # «وقالت ميركل، وسط حملة ضغط …: "…"»: the circumstance stands between the verb and its colon. An emoji,
    # harakat, tatweel, an RLM and CRLF on the way.
    text = ('وقالت ميركل، وسط حملة ضغط منسّقة مع زعماء أوربيين 🙂: "الرئيس (ترامب) سيقرر. هذا واضح جـدا".\r\n'
            'وأضافت\u200f: "لدينا آراء متبادلة".\r\n')
    assert quotes(text, ("ميركل", "PERSON"), ("ترامب", "PERSON")) == [
        ("قالت", "الرئيس (ترامب) سيقرر. هذا واضح جـدا", "ميركل"), ("أضافت", "لدينا آراء متبادلة", "ميركل")]


def test_two_relative_clauses_with_marks_before_the_comma_are_an_aside():
    # «وتقول الرسالة، التي نشرت نصها صحيفة … والتي وقعها 3100 من موظفي الشركة من بينهم "…"، إن …»: 17 words of
    # aside, their marks closed before the comma. An emoji, harakat, tatweel, an RLM and CRLF on the way.
    text = ('وتقول الرسالة، التي نشرت نصها صحيفة نيويورك تايمز 🙂 والتي وقّعها 3100 من موظفي الشركة من بينهم '
            '"العشرات من كبار المهندسين"\u200f، إن موظفي الشركة أعربوا بالفعل عن مخاوفهـم.\r\n')
    assert quotes(text, ("نيويورك تايمز", "ORG")) == [
        ("تقول", "موظفي الشركة أعربوا بالفعل عن مخاوفهـم", "الرسالة")]


def test_a_successor_set_against_after_lakin_and_initials_with_a_dot_in_a_name():
    # «جورج دبليو. بوش» is one name, no sentence end; «… لكن خلفه باراك أوباما قال عام 2016 إن …» ends the first
    # quote and opens his, the year no part of who speaks. An emoji, harakat, tatweel, an RLM and CRLF on the way.
    text = ('وكان الرئيس الأسبق جورج دبليو. بوش قال عام 2004 إن البشر سيعودون إلى القمر 🙂 لكن خلفه باراك أوباما\u200f '
            'قال عام 2016 إن الولايات المتحدة سترسل بشرا إلى المريـخ.\r\n')
    assert quotes(text, ("جورج دبليو. بوش", "PERSON"), ("باراك أوباما", "PERSON")) == [
        ("قال", "البشر سيعودون إلى القمر 🙂", "جورج دبليو. بوش"),
        ("قال", "الولايات المتحدة سترسل بشرا إلى المريـخ", "باراك أوباما")]


def test_an_office_of_another_country_is_not_the_person_named_next_with_his_own():
    # «فيما قال الرئيس الروسي …» then «وقال ترامب …»: Trump was introduced as the American president, his full
    # name and his surname tagged apart. An emoji, harakat, tatweel, an RLM and CRLF on the way.
    text = ('أعرب الرئيس الأميركي دونالد ترامب 🙂، الأحد، عن أمله في علاقات استثنائية، فيما قال الرئيس الروسي إنه آن '
            'الأوان لمباحثات جوهريـة.\r\nوقال ترامب\u200f إنه يعتقد أن العالم يريد التفاهم.\r\n')
    full, surname = text.index("دونالد ترامب"), text.rindex("ترامب")
    document = Document(id="x", text=text, entities=[
        Entity(start=full, end=full + 12, label="PERSON", text="دونالد ترامب", id=0),
        Entity(start=surname, end=surname + 5, label="PERSON", text="ترامب", id=1)])
    assert [(q.speaker, q.speaker_text) for q in quote_suggestions(document)] == [(None, "الرئيس الروسي"), (1, None)]


def test_an_office_after_lakin_with_its_verb_opens_its_own_quote():
    # «… أكد وفاة سبعين شخصا، لكن المتحدثة باسم الاتحاد قالت إن …»: her statement, set against his. An emoji,
    # harakat, tatweel, an RLM and CRLF on the way.
    text = ('من جانبه قال اتحاد الإغاثة الطبية 🙂 إن المستشفى أكّد وفاة سبعين شخصا، لكن المتحدثة باسم الاتحاد\u200f قالت إن '
            'التقارير ترجح أعدادا أكبـر.\r\n')
    assert quotes(text, ("اتحاد الإغاثة الطبية", "ORG")) == [
        ("قال", "المستشفى أكّد وفاة سبعين شخصا", "اتحاد الإغاثة الطبية"),
        ("قالت", "التقارير ترجح أعدادا أكبـر", "المتحدثة باسم الاتحاد")]


def test_a_mark_right_after_the_verb_may_open_on_a_space():
    # «وأضاف " لا نعلم …"»: a stray space inside the opening mark, right after the verb. An emoji, harakat,
    # tatweel, an RLM and CRLF on the way.
    text = ('وقال الدكتور جيمس كوساك إن الدراسة مبكّرة 🙂.\r\n'
            'وأضاف " لا نعلم إذا كانت هذه التقنية تفرّق بين الحالات"\u200f، مشيراً إلى أن العيّنة صغيـرة.\r\n')
    assert quotes(text, ("جيمس كوساك", "PERSON")) == [
        ("قال", "الدراسة مبكّرة 🙂", "جيمس كوساك"),
        ("أضاف", "لا نعلم إذا كانت هذه التقنية تفرّق بين الحالات", "جيمس كوساك"),
        ("مشيراً", "العيّنة صغيـرة", "جيمس كوساك")]


def test_what_is_not_likely_is_no_report_of_the_verb_before():
    # «ونفى الوزيران امتلاكهما أي أصول، كما أنه لا يرجح أن …»: the reporter's own likelihood. An emoji, harakat,
    # tatweel, an RLM and CRLF on the way.
    text = ('ونفى الوزيران التركيان امتلاكهما أي أصول في الولايات المتحدة 🙂، كما أنه لا يرجّح\u200f أن يكون للوزيرين '
            'الأمريكيين أي أملاك في تركيـا.\r\n')
    assert quotes(text, ("الولايات المتحدة", "GPE")) == []


def test_the_most_prominent_after_yuadd_is_no_verb():
    # «…، الذي يعد أبرز نجوم المنتخب، "…"»: a superlative after «يعد», not «أبرز» the verb. An emoji, harakat,
    # tatweel, an RLM and CRLF on the way.
    text = ('وختم نجم روما السابق، الذي يُعد أبرز نجوم المنتخب 🙂\u200f، "وصلنا إلى هنا بعد 28 سنـة".\r\n')
    assert "أبرز" not in [cue for cue, _, _ in quotes(text)]


def test_transport_after_an_indefinite_noun_is_no_verb_of_saying():
    # An emoji, harakat, tatweel, an RLM and CRLF on the way.
    text = 'وبدورها، قالت شركة نقل النفط الدنماركية "تورم" إنها ستتوقّف 🙂 عن استلام أي طلبات جديـدة\u200f.\r\n'
    assert quotes(text, ("تورم", "ORG")) == [("قالت", "ستتوقّف 🙂 عن استلام أي طلبات جديـدة", "تورم")]


def test_a_report_in_a_clause_of_after_ends_where_the_main_clause_begins():
    text = ('وبعد أن قال كثير من مستخدمي وسائل التواصل إن هناك شبها بين من تظهر في الفيديو وبين د.جاسم، نشرت '
            'الأستاذة الجامعية 🙂 بيانا قالت فيه إنه تمت فبركة الشريـط\u200f.\r\n')
    assert [q[1] for q in quotes(text, ("جاسم", "PERSON"))] == [
        "هناك شبها بين من تظهر في الفيديو وبين د.جاسم", "تمت فبركة الشريـط"]


def test_a_source_set_before_fa_inna_and_its_pronoun_is_a_quote():
    # An emoji, harakat, tatweel, an RLM and CRLF on the way.
    text = ('وحسب ماي، فإنه لم يكن أمام بريطانيا بديل سوى اتخاذ عمل عسكري 🙂.\r\n'
            'وتقول "لا يمكن السماح بأن يصبح استخدام الأسلحة الكيميائيّة أمرا عاديـا\u200f".\r\n')
    assert quotes(text, ("ماي", "PERSON"), ("بريطانيا", "GPE")) == [
        ("حسب", "لم يكن أمام بريطانيا بديل سوى اتخاذ عمل عسكري 🙂", "ماي"),
        ("تقول", "لا يمكن السماح بأن يصبح استخدام الأسلحة الكيميائيّة أمرا عاديـا", "ماي")]


def test_a_mark_with_a_space_after_it_still_opens_the_words():
    # An emoji, harakat, tatweel, an RLM and CRLF on the way.
    text = 'وأكد جيا كرد " يمكن أن نتعاون مع أي جهة تمدّ يد العون 🙂".\r\nوأضاف أن الاتفاق قد ينهار في أي وقـت\u200f.\r\n'
    assert quotes(text, ("جيا كرد", "PERSON")) == [
        ("أكد", "يمكن أن نتعاون مع أي جهة تمدّ يد العون 🙂", "جيا كرد"), ("أضاف", "الاتفاق قد ينهار في أي وقـت", "جيا كرد")]


def test_what_one_presented_oneself_as_is_no_report_but_at_the_same_time_is():
    text = ('وقال خليل الذي قدّم نفسه على أنه طبيب من دوما "قام مجهولون بزرع الفوضى 🙂".\r\n'
            'وتابع أن المسألة حساسة، معترفا في الوقت نفسه بأن بلاده خطت خطوات عديـدة\u200f.\r\n')
    assert quotes(text, ("خليل", "PERSON"), ("دوما", "GPE")) == [
        ("قال", "قام مجهولون بزرع الفوضى 🙂", "خليل"), ("تابع", "المسألة حساسة", "خليل"),
        ("معترفا", "بلاده خطت خطوات عديـدة", "خليل")]


def test_according_to_what_someone_said_and_so_commented_are_quotes():
    # An emoji, harakat, tatweel, an RLM and CRLF on the way.
    text = ('وبحسب ما أفاد به مسؤول أمريكي لشبكة CNN، فإن الطائرة سقطت بسبب عطل فنّي 🙂.\r\n'
            '"هذا أمر غير مقبول على الإطلاق"، هكذا علّق وزير الخارجية الألماني هايكو ماس على القـرار\u200f.\r\n')
    assert quotes(text, ("CNN", "ORG"), ("هايكو ماس", "PERSON")) == [
        ("بحسب", "الطائرة سقطت بسبب عطل فنّي 🙂", "مسؤول أمريكي"),
        ("علّق", "هذا أمر غير مقبول على الإطلاق", "هايكو ماس")]


def test_but_her_friend_described_then_her_verb_ends_the_report_before():
    # An emoji, harakat, tatweel, an RLM and CRLF on the way.
    text = ('وقال المستشفى المصري إن كينغ توفّي بسبب سكتة قلبية 🙂، لكن صديقته التي كانت معه أثناء الرحلة، نيكولا رايت، '
            'نفت ذلك، وأكدت أن المستشفى توقف عن العلاج بسبب انتهاء التأميـن\u200f.\r\n')
    assert quotes(text, ("كينغ", "PERSON"), ("نيكولا رايت", "PERSON")) == [
        ("قال", "كينغ توفّي بسبب سكتة قلبية", "المستشفى المصري"),
        ("أكدت", "المستشفى توقف عن العلاج بسبب انتهاء التأميـن", "نيكولا رايت")]


def test_what_came_in_someones_memoir_is_his():
    # An emoji, harakat, tatweel, an RLM and CRLF on the way.
    text = ('وجاء في مذكرات خلخالي، التي نُشرت عام 2000، بأن تدمير القبر استغرق وقتاً طويلا 🙂.\r\n'
            'وأضاف بأنهم اضطروا إلى استخدام الديناميت لتفجير الضريـح\u200f.\r\n')
    assert quotes(text, ("خلخالي", "PERSON")) == [
        ("مذكرات", "تدمير القبر استغرق وقتاً طويلا 🙂", "خلخالي"),
        ("أضاف", "اضطروا إلى استخدام الديناميت لتفجير الضريـح", "خلخالي")]


def test_whereas_is_the_reporters_a_claim_reports_but_one_named_so_does_not_and_a_source_opens_marked_words():
    # An emoji, harakat, tatweel, an RLM and CRLF on the way.
    text = ('ويعتبر الـ Loop بديلا منخفض السرعة 🙂 لـ Hyperloop، في حين أن الـ (لوب) سوف يستخدم لنقل النـاس داخل المدن.\r\n'
            'وقال رجل يُدعى أحمد إنه رأى الحادث بعينيه\u200f.\r\n'
            'وتدّعي أوراق المحكمة أنه دخل عليها وطلب منها القيام بذلك.\r\n'
            'وبحسب أوراق الادعاء القانونية التي اطلعت عليها ذا صن "قام رونالدو باستدراج المدعية إلى غرفة نومه".\r\n'
            'كما أشار إلى سوء التوقيت: "أتت الانتقادات في وقت يجب أن يكون فيه مساندا، وهو أمر ادعى أنه يقف خلفه".\r\n')
    found = quotes(text, ("ذا صن", "ORG"), ("رونالدو", "PERSON"))
    assert [(cue, words) for cue, words, _ in found] == [
        ("قال", "رأى الحادث بعينيه"),  # «يُدعى» is no claim: the man's own report stands
        ("تدّعي", "دخل عليها وطلب منها القيام بذلك"),
        ("بحسب", "قام رونالدو باستدراج المدعية إلى غرفة نومه"),
    ]
    assert [speaker for _, _, speaker in found[1:]] == ["أوراق المحكمة", "أوراق الادعاء القانونية"]


def test_a_noun_announced_then_wa_dhalika_and_an_office_named_in_apposition_after_lakin_end_the_words():
    # An emoji, harakat, tatweel, an RLM and CRLF on the way.
    text = ('أعلن الرئيس التنفيذي لشركة تسلا، إيلون ماسك، وقف خططه 🙂، وذلك بعد أسبوعين من إعلانه أنه يدرس صفقة.\r\n'
            'وقال مجلس العموم إنه لا يتسامح مع أي تنمّر أو تحـرش\u200f، لكن زعيمة الحزب الليبرالي الديمقراطي، النائبة '
            'جو سوينسون، دعت إلى إجراء "تحقيق شامل ومستقل".\r\n')
    found = quotes(text, ("تسلا", "ORG"), ("إيلون ماسك", "PERSON"), ("مجلس العموم", "ORG"),
                   ("الحزب الليبرالي الديمقراطي", "ORG"), ("جو سوينسون", "PERSON"))
    assert found == [("قال", "لا يتسامح مع أي تنمّر أو تحـرش", "مجلس العموم")]


def test_a_continuing_verb_an_admitting_participle_and_a_while_clause_each_keep_their_own_words():
    # An emoji, harakat, tatweel, an RLM and CRLF on the way.
    text = ('ورد بيرهوف على الانتقادات بالقول: "علينا التعايش مع الانتقـادات"، مقرا بأن "أغلبها مبرّر" 🙂.\r\n'
            'وواصل: "منذ عام أو اثنين، يقدم أوزيل مستوى ضعيفا\u200f".\r\n'
            'وفي حين أكد غوندوغان أن الاجتماع لم تكن له أي دوافع سياسية، رفض أوزيل التعليق.\r\n'
            'وكان الإعلام الرسمي السوري قال في وقت سابق إن الدفاعات الجوية دمرت صاروخين.\r\n')
    found = quotes(text, ("بيرهوف", "PERSON"), ("أوزيل", "PERSON"), ("غوندوغان", "PERSON"))
    assert [(cue, quote, speaker) for cue, quote, speaker in found] == [
        ("رد", "علينا التعايش مع الانتقـادات", "بيرهوف"),
        ("مقرا", "أغلبها مبرّر", "بيرهوف"),
        ("واصل", "منذ عام أو اثنين، يقدم أوزيل مستوى ضعيفا", "بيرهوف"),  # (the mark left out, as ever)
        ("أكد", "الاجتماع لم تكن له أي دوافع سياسية", "غوندوغان"),
        ("قال", "الدفاعات الجوية دمرت صاروخين", "الإعلام الرسمي السوري"),
    ]


def test_who_goes_on_after_a_professor_set_against_the_researchers_is_the_professor():
    # Harakat, tatweel, an RLM and CRLF on the way.
    text = ('وقال الباحثون إن الدواء أدّى إلى انخفاض في فقدان الشعر.\r\n'
            'لكن الأستاذ في قسم علم الوراثة بكلية الطب بجامعة هارفارد\u200f حذر الناس من محاولة عكس مسار الشيخوخـة.\r\n'
            'وقال "نحن لا ننصح الناس بأخذ عينات من الدواء حاليا".\r\n'
            'وجاء في قرار الاتهام أن المرأة متهمة بالتجسس لحساب حكومة أجنبية منذ سنوات.\r\n')
    found = quotes(text, ("جامعة هارفارد", "ORG"))
    assert [speaker for _, _, speaker in found] == [
        "الباحثون", "الأستاذ في قسم علم الوراثة بكلية الطب بجامعة هارفارد", "قرار الاتهام"]
    assert found[2][1] == "المرأة متهمة بالتجسس لحساب حكومة أجنبية منذ سنوات"


def test_a_named_actor_then_kana_a_fathers_clause_a_time_phrase_and_an_instant_are_read_for_who_speaks():
    # An emoji, harakat, tatweel, an RLM and CRLF on the way.
    text = ('وقال الممثل هشام حداد إنه سعيد لأن الحفل يجري في بيروت 🙂.\r\n'
            'الممثل بديع أبو شقرا كان من المكرّمين أيضاً فقال: "بيروت محلاها ومحلى جمالها".\r\n'
            'وألمح والد نيمار إلى أن نجله قد يخضع لعملية، وأضاف قائلا: حالته تحتاج لعملية جراحية حتى يتعافـى.\r\n'
            'بعد ساعات من تصريحات الرئيس الفرنسي إيمانويل ماكرون أن باريس أقنعت ترامب بإبقاء القوات طويلا في سوريا، '
            'رد البيت الأبيض الأحد، مؤكدا أن المهمة الأمريكية في سوريا لم تتغير\u200f.\r\n'
            'وكانت إدارة الجامعة بيَّنت فور ارتكاب تلك الجريمة أن إطلاق النار وقع في مجمع سكني.\r\n')
    found = quotes(text, ("هشام حداد", "PERSON"), ("بديع أبو شقرا", "PERSON"), ("بيروت", "GPE"), ("نيمار", "PERSON"),
                   ("إيمانويل ماكرون", "PERSON"), ("باريس", "GPE"), ("ترامب", "PERSON"), ("سوريا", "GPE"),
                   ("البيت الأبيض", "ORG"))
    assert [(cue, speaker) for cue, _, speaker in found] == [
        ("قال", "هشام حداد"), ("قال", "بديع أبو شقرا"), ("أضاف", "والد نيمار"), ("مؤكدا", "البيت الأبيض"),
        ("بيَّنت", "إدارة الجامعة")]


def test_the_professor_at_a_university_is_the_one_introduced_as_its_professor():
    # Harakat, tatweel, an RLM and CRLF on the way.
    text = ('وذكرت صحيفة "ديلي ميل" أن البروفيسور ديفيد سينكلير من جامعة هارفارد طوّر عملية جديدة.\r\n'
            'وقال الباحثون إن الدواء أدى إلى انخفاض في فقدان الشعـر.\r\n'
            'لكن الأستاذ في قسم علم الوراثة بكلية الطب بجامعة هارفارد\u200f حذر الناس من محاولة عكس الشيخوخة.\r\n'
            'وقال "نحن لا ننصح الناس بأخذ عينات من الدواء حاليا".\r\n')
    found = quotes(text, ("ديلي ميل", "ORG"), ("ديفيد سينكلير", "PERSON"), ("جامعة هارفارد", "ORG"))
    assert [speaker for _, _, speaker in found] == ["ديلي ميل", "الباحثون", "ديفيد سينكلير"]


def test_words_marked_then_said_so_after_them_are_hers_or_the_named_ones():
    # An emoji, harakat, tatweel, an RLM and CRLF on the way.
    text = ('كُرّمت أيضاً بيرغوزار كوريل 🙂، وكانت سعيدة لأنها "تصل بتمثيلها إلى كل النـاس في كل البلدان"، كما قالت.\r\n'
            'وكانت سعيدة لأن "اللغة المشتركة بين الجميع هي المحبة\u200f"، على حد تعبيرها.\r\n'
            'والمهمة "ليست سهلة على الإطلاق في هذه الظروف"، على حد قول الوزير أحمد علي.\r\n')
    found = quotes(text, ("بيرغوزار كوريل", "PERSON"), ("أحمد علي", "PERSON"))
    assert found == [
        ("قالت", "تصل بتمثيلها إلى كل النـاس في كل البلدان", "بيرغوزار كوريل"),
        ("على حد تعبير", "اللغة المشتركة بين الجميع هي المحبة", "بيرغوزار كوريل"),
        ("على حد قول", "ليست سهلة على الإطلاق في هذه الظروف", "أحمد علي"),
    ]


def test_the_coalition_its_published_statement_him_whom_the_agency_quoted_and_who_told_it_last():
    # An emoji, harakat, tatweel, an RLM and CRLF on the way.
    text = ('وكان التحالف قد اعترف بأن الغارة الجوية كانت "غير مبرّرة" 🙂.\r\n'
            'وجاء في بيان للتحالف نشرته وكالة الأنباء السعودية الرسمية أن: "قيادة القوات تعبر عن أسفها\u200f".\r\n'
            'وذكرت وسائل إعلام إيرانية رسمية أن ظريف تحدث عن اجتماع يعقد في السابع من سبتمبر.\r\n'
            'ونقلت وكالة فارس عنه قوله "يجب الحفاظ على جميع الأراضي السوريـة".\r\n'
            'وقال بومبيو إن زعيم كوريا الشمالية كيم جونغ أون أبلغه شخصيا أن بلاده مستعدة لنزع سلاحها.\r\n'
            'ولم يعط بيترسون سببا لعدم دخوله المبنى حسبما قال إزرايل.\r\n'
            'وأضاف أنه لن يذيع الفيديو في الوقت الحالي.\r\n')
    found = quotes(text, ("وكالة الأنباء السعودية", "ORG"), ("ظريف", "PERSON"), ("وكالة فارس", "ORG"),
                   ("بومبيو", "PERSON"), ("كيم جونغ أون", "PERSON"), ("بيترسون", "PERSON"), ("إزرايل", "PERSON"))
    assert [(cue, speaker) for cue, _, speaker in found] == [
        ("اعترف", "التحالف"), ("بيان", "التحالف"), ("ذكرت", "وسائل إعلام إيرانية رسمية"), ("نقلت", "ظريف"),
        ("أبلغه", "كيم جونغ أون"), ("أضاف", "إزرايل")]


def test_a_reason_in_his_words_a_laws_own_words_and_a_deputy_minister_named_after_his_titles():
    # An emoji, harakat, tatweel, an RLM and CRLF on the way.
    text = ('وأوضح أوزيل: أتفهّم أنه ربما يصعب استيعاب الأمر، حيث إنه في أغلب الثقافات لا يمكن فصل القائد عن الشخص 🙂، '
            'كنت سألتقط الصورة.\r\n'
            'وأقر البرلمان الإسرائيلي الخميس القانون المثير للجدل الذي ينص على أن إسرائيل هي "الدولة القومية\u200f".\r\n'
            'ونقلت الوكالة عن النائب الأول لوزير الشؤون الخارجيـة، كيم كاي جوان، قوله إن مصير القمة "سيكون واضحاً".\r\n')
    found = quotes(text, ("أوزيل", "PERSON"), ("إسرائيل", "GPE"), ("كيم كاي جوان", "PERSON"))
    assert found == [
        ("أوضح", "أتفهّم أنه ربما يصعب استيعاب الأمر، حيث إنه في أغلب الثقافات لا يمكن فصل القائد عن الشخص 🙂، "
                 "كنت سألتقط الصورة", "أوزيل"),
        ("نقلت", 'مصير القمة "سيكون واضحاً"', "كيم كاي جوان"),
    ]


def test_an_envoy_named_after_his_office_keeps_the_name_and_a_police_chief_is_the_man_named_with_the_title():
    # An emoji, harakat, tatweel, an RLM and CRLF on the way.
    text = ('قال مبعوث الأمم المتحدة إلى سوريا، الخميس، إنه مستعد للسفر إلى إدلب للمساعدة 🙂.\r\n'
            'وقال ستافان دي ميستورا للصحفيين في جنيف: "مستعد مرة أخرى للمساهمة شخصيّا".\r\n'
            'وشدد المبعوث الأممي على ضرورة ضمان إجلاء المدنيين، مع "ضمان احترام حقوقهم فور وصولهم إلى هناك".\r\n'
            'وقال طارق أحمد قائد شرطة دهوك إن الشاب اعترف خلال التحقيـق معه.\r\n'
            'وخلال التحقيقات قدم بشار رواية مختلفة للمحققين، حسبما أفاد قائد شرطة دهوك، حيث قال إن: "الفتاة كانت '
            'صديقته\u200f".\r\n'
            'وعلق روحاني، الذي كان يتحدث أمام رؤساء بعثات بلاده في الخارج الأحد، على التلويح بمنع تصدير النفط '
            'الإيراني بالقول "نحن أهل شرف وحفظنا أمن الملاحة"، مذكرا أن بلاده '
            '"تمتلك الكثير من المضائق".\r\n')
    found = quotes(text, ("سوريا", "GPE"), ("إدلب", "GPE"), ("ستافان دي ميستورا", "PERSON"), ("جنيف", "GPE"),
                   ("طارق أحمد", "PERSON"), ("دهوك", "GPE"), ("بشار", "PERSON"), ("روحاني", "PERSON"))
    assert [(cue, speaker) for cue, _, speaker in found] == [
        ("قال", "ستافان دي ميستورا"), ("قال", "ستافان دي ميستورا"), ("شدد", "ستافان دي ميستورا"),
        ("قال", "طارق أحمد"), ("قال", "طارق أحمد"), ("بالقول", "روحاني"), ("مذكرا", "روحاني")]


def test_whom_he_addressed_again_in_turn_and_a_coach_set_against_a_forward_are_read_for_who_speaks():
    # An emoji, harakat, tatweel, an RLM and CRLF on the way.
    text = ('وأكد ماكرون "تعهدت بأن تتوفر ظروف إعادة التراث" 🙂، وتابع مخاطبا الرئيس تالون "أتمنى أن نتمكن من العمل معكم".\r\n'
            'وأكد على إبقاء الحوار مفتوحا، وشدد الاثنين مرة أخرى على أن العلاقات "مهمّة لأمن أوروبا".\r\n'
            'وحثت الصين الولايات المتحدة على التراجع.\r\n'
            'بدورها تعهدت الصين بالمضي قدما في فتح السوق مؤكدة أنها ستتعامل مع الشركات على قدم المساواة\u200f.\r\n'
            'وقال كونتي إنه لم يقرر بعد. ولم يخسر تشيلسي أمام ليستر سيتي منذ ديسمبر 2015.\r\n'
            'لكن المدرب الإيطالي يخشى التهديد الذي يمثله جيمي فاردي مهاجم ليستـر.\r\n'
            'وقال: "لدينا استعدادات خاصة دفاعيا".\r\n'
            'وأوضحت المحامية أن "أسرتها رفعت دعوى ضدها متهمة إياها بأنها تعيش مع رجل".\r\n')
    found = quotes(text, ("ماكرون", "PERSON"), ("تالون", "PERSON"), ("أوروبا", "LOC"), ("الصين", "GPE"),
                   ("الولايات المتحدة", "GPE"), ("كونتي", "PERSON"), ("تشيلسي", "ORG"), ("ليستر سيتي", "ORG"),
                   ("جيمي فاردي", "PERSON"))
    assert [(cue, speaker) for cue, _, speaker in found] == [
        ("أكد", "ماكرون"), ("تابع", "ماكرون"), ("شدد", "ماكرون"), ("مؤكدة", "الصين"), ("قال", "كونتي"),
        ("قال", "كونتي"), ("أوضحت", "المحامية")]
    assert found[-1][1] == "أسرتها رفعت دعوى ضدها متهمة إياها بأنها تعيش مع رجل"


def test_a_statement_glued_to_its_body_a_spokeswoman_named_in_an_attribution_and_whose_words_when_he_said():
    # An emoji, harakat, tatweel, an RLM and CRLF on the way.
    text = ('وانتقد البيت الأبيض الهجوم. وكانت ماي قد اتفقت على الشيء ذاته مع ماكرون 🙂. وقالت ماي إنها تدعم ذلك.\r\n'
            'وأفاد بيان للبيت الأبيض أن ترامب وماي "اتفقا على عدم السماح باستمرار استخدام الأسلحة".\r\n'
            'ودعت رئيسة الوزراء حكومتها لاجتماع طارئ الخميس، بحسب متحدثة باسم رئاسة الحكومة.\r\n'
            'وقالت المتحدثة إن ماي قرّرت دعوة الوزراء إلى لندن "لمناقشة الرد على الأحداث".\r\n'
            'وانكمش الجليد في ظاهرة يقول علماء إن السبب فيها هو تغير المناخ.\r\n'
            'ويتناقض تقلص الجليد مع تصريحات للرئيس الأميركي دونالد ترامب خلال مقابلة تلفزيونيـة في يناير حين قال '
            '"كانت القمم الجليدية في طريقها للذوبان\u200f".\r\n')
    found = quotes(text, ("البيت الأبيض", "ORG"), ("ماي", "PERSON"), ("ماكرون", "PERSON"), ("ترامب", "PERSON"),
                   ("لندن", "GPE"), ("دونالد ترامب", "PERSON"))
    assert [(cue, speaker) for cue, _, speaker in found] == [
        ("قالت", "ماي"), ("أفاد", "البيت الأبيض"), ("قالت", "متحدثة باسم رئاسة الحكومة"), ("يقول", "علماء"),
        ("قال", "دونالد ترامب")]


def test_a_closed_attribution_word_the_same_source_an_offices_head_and_a_reports_relative_clause():
    # An emoji, harakat, tatweel, an RLM and CRLF on the way.
    text = ('وعن تصريحه الذي قال فيه إن "الباب مفتوح لجميع السيدات.. كل على حسب قدرته"، قال إنه لم يقصد أن قدراتهن أقل 🙂.\r\n'
            'وقالت المعارضة إن "نحو ثلاثين جريحا" نُقلوا إلى المركز الطبي.\r\n'
            'وقال المصدر نفسه إن "ثلاثة مسؤولين في المعارضة ضربوا بعنف".\r\n'
            'ومن جهته، أوضح مدير مكتب زعيم المعارضة سومايلا سيسي في بيان أنه "في حوالي 12 مكانا تعرض المتظاهرون لهجمات\u200f".\r\n'
            'جاء ذلك في التقرير السنوي لوكالة الاستخبارات الهولنديـة، الذي أشار إلى أن أكثر من نصف الأطفال صغار.\r\n')
    found = quotes(text, ("سومايلا سيسي", "PERSON"), ("وكالة الاستخبارات الهولنديـة", "ORG"))
    assert [(cue, speaker) for cue, _, speaker in found] == [
        ("قال", None), ("قال", None), ("قالت", "المعارضة"), ("قال", "المعارضة"),
        ("أوضح", "مدير مكتب زعيم المعارضة سومايلا سيسي"), ("أشار", "وكالة الاستخبارات الهولنديـة")]


def test_the_statement_is_the_kingdoms_that_issued_it_on_a_day():
    # An emoji, harakat, tatweel, an RLM and CRLF on the way.
    text = ('أعلنت المملكة العربية السعودية، الأحد، في بيان رفضها التام لأي تهديدات 🙂.\r\n'
            'وقال المصدر السعودي إن "مآل هذه المساعي الواهنة هو الزوال\u200f".\r\n'
            'وقال البيان، إن المملكة تقدّر وقفة الأشقاء في وجه حملة الادعاءات الباطـلة.\r\n')
    found = quotes(text, ("المملكة العربية السعودية", "GPE"))
    assert [speaker for _, _, speaker in found] == ["المصدر السعودي", "المملكة العربية السعودية"]


def test_sources_from_a_family_keep_whose_family_it_is():
    # An emoji, harakat, tatweel, an RLM and CRLF on the way.
    text = ('وقالت الشرطة إن التحقيق جارٍ 🙂.\r\n'
            'كما قالت مصادر من أسرة المراهق إن والدته دخلت في غيبوبـة جراء الصدمة\u200f.\r\n')
    assert speakers(text) == ["الشرطة", "مصادر من أسرة المراهق"]


def test_her_verb_after_his_quote_in_her_own_sentence_goes_on_for_her_sentences_subject():
    # An emoji, harakat, tatweel, an RLM and CRLF on the way.
    text = ('وواجه ترمب انتقادات من النواب بعدما أعلن بأنه سيخفف العقوبات على الشركة الصينيـة 🙂.\r\n'
            'من جهتها، عبرت الصين عن دهشتها من بيان أصدره البيت الأبيض وذكر فيه أن الولايات المتحدة ستواصل تحركها، '
            'وقالت إن البيان يناقض التوافق الذي توصّل إليه الجانبان\u200f.\r\n')
    found = quotes(text, ("ترمب", "PERSON"), ("الصين", "GPE"), ("البيت الأبيض", "ORG"), ("الولايات المتحدة", "GPE"))
    assert [(cue, speaker) for cue, _, speaker in found] == [("أعلن", "ترمب"), ("ذكر", "البيت الأبيض"), ("قالت", "الصين")]


def test_a_head_named_in_apposition_a_name_not_to_be_given_and_one_of_these_countries():
    # An emoji, harakat, tatweel, an RLM and CRLF on the way.
    text = ('وقد نُشر البيان قبل تغريدة الرئيس الأميركي دونالد ترامب 🙂.\r\n'
            'وكان رئيس "المركز الروسي للمصالحة"، الجنرال يوري يفتوشينكو، قد نفى في تصريحات محلية الاتهامات، قائلا: '
            '"إننا مستعدون لإرسال خبراء روس\u200f".\r\n'
            'وقال ضحية آخر للتحرش، لا يمكن ذكر اسمه لأغراض قانونية، للمحكمة إنه كشف عن التحرش في الكنيسـة.\r\n'
            'وقال سفير إحدى هذه الدول، طالبا عدم كشف هويته، إن ذهاب مجلس الأمن إلى منطقة بعيدة غير طبيعي.\r\n')
    found = quotes(text, ("دونالد ترامب", "PERSON"), ("المركز الروسي للمصالحة", "ORG"), ("يوري يفتوشينكو", "PERSON"))
    assert [(cue, speaker) for cue, _, speaker in found] == [
        ("قائلا", "يوري يفتوشينكو"), ("قال", "ضحية آخر"), ("قال", "سفير إحدى هذه الدول")]


def test_a_report_about_a_place_an_allusion_and_said_firmly_are_not_who_speaks():
    # An emoji, harakat, tatweel, an RLM and CRLF on the way.
    text = ('أفاد تقرير حول أوضاع العمال الذين يشاركون في بناء الملاعب في قطر 🙂، أن بعض العمال عملوا 148 يوما دون انقطاع.\r\n'
            'وقال كوك إن الخصوصية حق إنساني.\r\n'
            'وأكد المدير التنفيذي لـ "آبل"، في تلميح إلى فيسبوك ومديرها زوكربيرغ، إنه "لا ينبغي لأي منصة أن تجمع معلومات\u200f".\r\n'
            'وعندما تلقى كوك سؤالا خلال المقابلة، رفض الإجابـة، وقال بحزم: "لن أكون في هذا الموقف".\r\n')
    found = quotes(text, ("قطر", "GPE"), ("كوك", "PERSON"), ("آبل", "ORG"), ("فيسبوك", "ORG"), ("زوكربيرغ", "PERSON"))
    assert [speaker for _, _, speaker in found] == ["تقرير", "كوك", "كوك", "كوك"]


def test_a_report_opened_by_fima_ends_where_the_main_clause_says_more():
    # «وفيما أكد …، شدد على أن …» is «وفي حين»: two reports, not one running through the second verb. An emoji,
    # harakat, tatweel, an RLM and CRLF on the way.
    text = ('🇾🇪 تعهّد الرئيس اليمني عبدربه منصور هادي\u200f بمواصلة المعركة.\r\n'
            'وفيما أكد هادي أن قوات الشرعية على وشك حسم المعركة عسكريـا، شدد في ذات الوقت على أن حكومته ستظل في موقع القوة.\r\n')
    assert quotes(text, ("عبدربه منصور هادي", "PERSON"), ("هادي", "PERSON")) == [
        ("أكد", "قوات الشرعية على وشك حسم المعركة عسكريـا", "هادي"),
        ("شدد", "حكومته ستظل في موقع القوة", "هادي")]


def test_she_added_goes_on_for_the_body_that_spoke_not_a_man_who_never_did():
    # «وأضافت» after a site quoted with «قال»: a body is «she» as often as «he»; the scorer named before never
    # spoke. An emoji, harakat, tatweel, an RLM and CRLF on the way.
    text = ('⚽ وانهزم الريال أمام إسبانيول بهدف نظيف سجّله جيرار مورينو\u200f في الوقت القاتل.\r\n'
            'وقال موقع "سبورت إنغليش" إن إيسكو كان غاضبا من قرار مدرب الفريق.\r\n'
            'وأضافـت أن إيسكو استغرق حوالي 45 ثانية لمغادرة أرضية الملعب.\r\n')
    names = [("الريال", "ORG"), ("إسبانيول", "ORG"), ("جيرار مورينو", "PERSON"), ("سبورت إنغليش", "ORG"),
             ("إيسكو", "PERSON")]
    assert speakers(text, *names) == ["سبورت إنغليش", "سبورت إنغليش"]


def test_kana_inside_the_sentence_names_its_subject_without_qad_when_they_agree():
    # «…، وإن كانت بعض التقارير أشارت إلى أن …»: the reports, not the player the sentence opened on; without
    # «قد», كانت and أشارت agree. An emoji, harakat, tatweel, an RLM and CRLF on the way.
    text = ('⚽ ويلتقي مارسيلو\u200f وجهاً لوجه مع رونالدو خلال المبـاراة الودية، وإن كانت بعض التقارير الصحفية أشارت '
            'اليوم إلى أن رونالدو لن يشارك في تلك المباراة.\r\n')
    assert speakers(text, ("مارسيلو", "PERSON"), ("رونالدو", "PERSON")) == ["بعض التقارير الصحفية"]


def test_a_joined_she_said_goes_to_the_outlet_of_her_verb_not_a_man_quoted_with_he_said():
    # «إذ نشرت شبكة "سي أن أن" … تقريرا …، وقالت حينها إن …»: not the MP quoted with «قال» a sentence before.
    # An emoji, harakat, tatweel, an RLM and CRLF on the way.
    text = ('🗑️ وقال النائب اللبناني، أحمد فتفت\u200f، إن المنطقة لم تكن مهيّئة.\r\n'
            'وهذه ليست المرة الأولى، التي تسترعي فيها أزمة النفايات في لبنان اهتمام وسائل الإعلام الدولية، إذ نشرت '
            'شبكة "سي أن أن" في يناير الماضي، تقريرا تناول شواطئ لبنانيـة غصت '
            'بالنفايات، وقالت حينها إن إحدى البلديات استعانت بمقاول.\r\n')
    assert speakers(text, ("أحمد فتفت", "PERSON"), ("سي أن أن", "ORG"), ("لبنان", "GPE")) == ["أحمد فتفت", "سي أن أن"]
    # a body no one tagged after her verb, the man she attacked tagged at every mention
    body = 'وقال ترامب إن الصحافة كاذبة.\r\nوهاجمت الحكومة البريطانية ترامب بشدّة، وقالت إن الرئيس مخطئ.\r\n'
    both = [Entity(start=m, end=m + 5, label="PERSON", text="ترامب", id=n)
            for n, m in enumerate((body.index("ترامب"), body.rindex("ترامب")))]
    found = quote_suggestions(Document(id="x", text=body, entities=both))
    assert [(q.speaker, q.speaker_text) for q in found] == [(0, None), (None, "الحكومة البريطانية")]


def test_went_on_goes_on_for_one_who_spoke_not_one_named_since_who_did_not():
    # «وتابع» needs one who spoke: Trump, who only imposed sanctions in the sentence between, is not him; one who
    # criticised in words («وانتقد ترامب الصين …») may go on. An emoji, harakat, tatweel, an RLM and CRLF.
    text = ('🇹🇷 وقال الرئيس التركي رجب طيب أردوغان\u200f إن تركيا لن تتراجـع.\r\n'
            'وكان ترامب قد فرض عقوبات على أنقرة الأسبوع الماضي.\r\nوتابع "لن نركع".\r\n')
    names = [("رجب طيب أردوغان", "PERSON"), ("تركيا", "GPE"), ("ترامب", "PERSON"), ("أنقرة", "GPE")]
    assert speakers(text, *names) == ["رجب طيب أردوغان", "رجب طيب أردوغان"]
    spoke = text.replace("وكان ترامب قد فرض عقوبات على أنقرة", "وانتقد ترامب أنقرة بشدّة")
    assert speakers(spoke, *names) == ["رجب طيب أردوغان", "ترامب"]
    declined = text.replace("وكان ترامب قد فرض عقوبات على أنقرة", "ورفض ترامب التعليق")  # declining says nothing
    assert speakers(declined, *names[:3]) == ["رجب طيب أردوغان", "رجب طيب أردوغان"]


def test_a_quote_opened_straight_and_closed_curly_ends_at_its_curly_mark():
    # «وكتب: "… بدون ضرائب“. وأضاف: "…“»: two quotes, not one running into «وأضاف»; a curly pair opened inside
    # straight marks stays inside. An emoji, harakat, tatweel, an RLM and CRLF on the way.
    text = ('📱 وكتب ترامب\u200f: "لن تسمح الولايات المتحدة بذلك بدون ضرائـب“. وأضاف: "لقد تعرّضنا للإساءة التجارية“.\r\n'
            'وقال ترامب: "قلت لهم “لا” بوضوح".\r\n')
    assert quotes(text, ("ترامب", "PERSON"), ("الولايات المتحدة", "GPE")) == [
        ("كتب", "لن تسمح الولايات المتحدة بذلك بدون ضرائـب", "ترامب"),
        ("أضاف", "لقد تعرّضنا للإساءة التجارية", "ترامب"),
        ("قال", "قلت لهم “لا” بوضوح", "ترامب")]


def test_past_a_sentence_that_names_no_one_the_subject_before_it_goes_on():
    # «وغادر ترامب القمة …. وفي تغريدة …، بدا أن الرئيس الأمريكي …. وكتب: "…"»: Trump, not Macron, who spoke
    # before both. An emoji, harakat, tatweel, an RLM and CRLF on the way.
    text = ('🇫🇷 وقال الرئيس الفرنسي إيمانويل ماكرون\u200f: "لا يوجد تغيير".\r\n'
            'وغادر ترامب القمة في وقت مبكّر. وفي تغريدة بعد إقلاع طائرته من كندا، بدا أن الرئيس الأمريكي ليس في وارد '
            'المهادنة. وكتب: "لن نسمـح بذلك".\r\n')
    assert speakers(text, ("إيمانويل ماكرون", "PERSON"), ("ترامب", "PERSON"), ("كندا", "GPE")) == [
        "إيمانويل ماكرون", "ترامب"]


def test_her_verb_and_her_title_name_the_subject_who_goes_on():
    # «وأشادت رئيسة الوزراء البريطانية تيريزا ماي بالزيارة. وقالت إن …»: May, not Trump quoted before; the noun
    # her title governs («الوزراء») is part of the title. An emoji, harakat, tatweel, an RLM and CRLF on the way.
    text = ('🇬🇧 وقال ترامب\u200f إن العلاقات جيّدة.\r\nوأشادت رئيسة الوزراء البريطانيـة تيريزا ماي بالزيارة.\r\n'
            'وقالت إن البلدين حليفان.\r\n')
    assert speakers(text, ("ترامب", "PERSON"), ("تيريزا ماي", "PERSON")) == ["ترامب", "تيريزا ماي"]
    # a verb whose complement takes a preposition («أشاد بـ») has no object: the titled man after it is its subject
    his = text.replace("وأشادت رئيسة الوزراء البريطانيـة تيريزا ماي", "وأشاد رئيس الوزراء البريطاني بوريس جونسون")
    assert speakers(his.replace("وقالت", "وقال"), ("ترامب", "PERSON"), ("بوريس جونسون", "PERSON")) == ["ترامب", "بوريس جونسون"]
    # a definite noun right after the titled name is the verb's object: the name is its subject
    leader = text.replace("وأشادت رئيسة الوزراء البريطانيـة تيريزا ماي بالزيارة", "وانتقد زعيم المعارضة جيريمي كوربن الزيارة")
    assert speakers(leader.replace("وقالت", "وقال"), ("ترامب", "PERSON"), ("جيريمي كوربن", "PERSON")) == ["ترامب", "جيريمي كوربن"]


def test_a_relative_named_in_apposition_speaks_by_that_name():
    # «وقال والد الضحية، أحمد سعيد، لبي بي سي إن …»: the father is Ahmed Said, named: the name is linked, not the
    # words «والد الضحية أحمد سعيد». An emoji, harakat, tatweel, an RLM and CRLF on the way.
    text = ('💔 وقال والد الضحيّة، أحمد سعيد\u200f، لبي بي سي إن ابنه كان بريئـا.\r\n'
            'وقالت زوجة اللاعب، سارة، عبر إنستغرام إن زوجها بخير.\r\n')
    assert speakers(text, ("أحمد سعيد", "PERSON"), ("بي بي سي", "ORG"), ("سارة", "PERSON"), ("إنستغرام", "ORG")) == [
        "أحمد سعيد", "سارة"]


def test_abbara_opening_its_clause_is_the_verb_expressed_not_via():
    # «ومن جانبه، عبر ماكرون عن أسفه، مضيفا أن …»: Macron expressed, and adds; «عبر» is no preposition here.
    # An emoji, harakat, tatweel, an RLM and CRLF on the way.
    text = ('🇪🇺 وقال ترامب\u200f إن الاتفاق سيّئ.\r\nومن جانبه، عبر ماكرون عن أسفـه، مضيفا أن أوروبا ستبقى.\r\n')
    names = [("ترامب", "PERSON"), ("ماكرون", "PERSON"), ("أوروبا", "GPE")]
    assert speakers(text, *names) == ["ترامب", "ماكرون"]


def test_a_body_described_by_a_kind_and_no_country_is_the_body_quoted_before():
    # «وأضافت المنظمة الدولية» after «الأمم المتحدة»: the UN, by its name; «الجيش الأمريكي» after «الجيش
    # الإسرائيلي» is still another army. An emoji, harakat, tatweel, an RLM and CRLF on the way.
    text = ('🇺🇳 وقالت الأمم المتحدة\u200f إن نصف مليون شخص نزحـوا.\r\nوأضافت المنظمة الدوليّة أن المساعدات غير كافية.\r\n')
    assert speakers(text, ("الأمم المتحدة", "ORG")) == ["الأمم المتحدة", "الأمم المتحدة"]
    armies = 'وقال الجيش الإسرائيلي إن الطائرات قصفت.\r\nوأضاف الجيش الأمريكي أن الغارات مستمرة.\r\n'
    assert speakers(armies, ("الجيش الإسرائيلي", "ORG")) == ["الجيش الإسرائيلي", "الجيش الأمريكي"]


def test_in_lam_is_a_condition_and_the_noun_a_masculine_verb_acts_on_does_not_speak():
    # «مهددا بالتدخل إن لم تفعل»: إنّ is followed by its noun, so «إن لم» is «if not», no report; and in «ودعا أيضا
    # حكومة بغداد إلى التحرك، مؤكدا أن …» the verb and the participle say he, the government she: whom he called
    # on, not who spoke. An emoji, harakat, tatweel, an RLM and CRLF on the way.
    text = ('🇹🇷 وقال أردوغان\u200f إن العمليّة ستتوسع شرقا.\r\n'
            'ودعا أيضا مرارا حكومة بغداد إلى التحرك ضد الحزب، مهددا بالتدخـل إن لم تفعل.\r\n')
    assert speakers(text, ("أردوغان", "PERSON"), ("بغداد", "GPE")) == ["أردوغان"]
    saying = text.replace("مهددا بالتدخـل إن لم تفعل", "مؤكدا أن بلاده لن تتردد في التدخل")
    assert speakers(saying, ("أردوغان", "PERSON"), ("بغداد", "GPE")) == ["أردوغان", "أردوغان"]
    # her verb and her participle agree with her noun: the ministry speaks
    hers = saying.replace("ودعا أيضا مرارا حكومة بغداد", "ودعت أيضا وزارة الخارجية العراقية").replace("مؤكدا", "مؤكدة")
    assert speakers(hers, ("أردوغان", "PERSON"), ("وزارة الخارجية العراقية", "ORG"))[-1] == "وزارة الخارجية العراقية"


def test_a_name_after_to_ones_kin_is_whom_the_verb_reached_and_the_subject_is_no_verb():
    # «كما اعتذر لزوجها والرئيس السابق، نيستور كرشنر، …. وقال …»: to her husband, named in apposition: whom he
    # apologised to, not who goes on. «وكانت وكالة الأنباء المحلية أفادت …، وأضافت»: the subject كان set
    # before its verb ends before the verb. An emoji, harakat, tatweel, an RLM and CRLF on the way.
    text = ('🇺🇾 وقال موخيكا\u200f إنه تعب بعد رحلة طويلة.\r\n'
            'كما اعتذر لزوجها والرئيس السابـق، نيستور كرشنر، ووصفه بأنه أحول.\r\n'
            'وقال في عام 2016 إن رئيس فنزويلا مجنون حقّا.\r\n')
    assert speakers(text, ("موخيكا", "PERSON"), ("نيستور كرشنر", "PERSON"), ("فنزويلا", "GPE")) == ["موخيكا", "موخيكا"]
    agency = ('📰 وكانت وكالة الأنباء المحليّة أفادت\u200f في وقت سابق عن وقوع 30 قتيلا في الحريق، '
              'وأضافت أن الضحايـا مرضى مقيدون بأسرتهم.\r\n')
    assert speakers(agency) == ["وكالة الأنباء المحليّة"]


def test_a_name_that_ends_the_clause_of_a_verb_that_must_take_an_object_is_that_object():
    # «وهاجم الحزب الديمقراطي، وقال إن …»: هاجم needs an object and nothing follows the party: whom he attacked;
    # Trump, spoken of before, goes on. With its object after it the party is the subject. An emoji, harakat,
    # tatweel, an RLM and CRLF on the way.
    opening = '🇺🇸 وقال ترامب\u200f إن الاتفاق سيّئ جدا.\r\n'
    attacked = opening + 'وهاجم الحزب الديمقراطـي، وقال إن إيران لن تحصل على سلاح نووي.\r\n'
    assert speakers(attacked, ("ترامب", "PERSON"), ("الحزب الديمقراطـي", "ORG")) == ["ترامب", "ترامب"]
    strongly = opening + 'وانتقد الأمم المتحدة بشدّة، وقال إن إيران لن تحصل على سلاح نووي.\r\n'
    assert speakers(strongly, ("ترامب", "PERSON"), ("الأمم المتحدة", "ORG")) == ["ترامب", "ترامب"]
    person = opening + 'وانتقد أوباما، مؤكدا أن إيران لن تحصل على سلاح نووي.\r\n'
    assert speakers(person, ("ترامب", "PERSON"), ("أوباما", "PERSON")) == ["ترامب", "ترامب"]
    its_own = opening + 'وانتقد الحزب الديمقراطـي القرار، وقال إن إيران ستحصل على سلاح نووي.\r\n'
    assert speakers(its_own, ("ترامب", "PERSON"), ("الحزب الديمقراطـي", "ORG")) == ["ترامب", "الحزب الديمقراطـي"]
    # a feminine body after his verb is whom he called on; a body and a place after her verb, she and her object
    called = opening + 'ودعا وزارة الخزانة إلى فرض عقوبات، مشيرا إلى أن إيران لن تحصل على سلاح نووي.\r\n'
    assert speakers(called, ("ترامب", "PERSON"), ("وزارة الخزانة", "ORG")) == ["ترامب", "ترامب"]
    hers = opening + 'وقد طالبت الحكومة العراقية أنقرة بالتحرك، مؤكدة أن بلادها لن تتردد.\r\n'
    assert speakers(hers, ("ترامب", "PERSON"), ("أنقرة", "GPE")) == ["ترامب", "الحكومة العراقية"]


def test_the_women_who_hold_an_office_are_titled_and_added_with_an_office_goes_on():
    # «وقالت المستشارة الألمانية لشبكة CNN …» after Merkel spoke: the chancellor is Merkel, as «المستشار» would be
    # a man; «وأضاف زعيم كوريا الشمالية» after Kim spoke, no one introduced so, is Kim going on. An emoji,
    # harakat, tatweel, an RLM and CRLF on the way.
    text = ('🇩🇪 وقالت ميركل\u200f إن ألمانيا ستستقبل اللاجئين.\r\n'
            'وقالت المستشارة الألمانيّة لشبكة CNN إن الاتحاد الأوروبي يجب أن يتضامـن.\r\n')
    names = [("ميركل", "PERSON"), ("ألمانيا", "GPE"), ("CNN", "ORG"), ("الاتحاد الأوروبي", "ORG")]
    assert speakers(text, *names) == ["ميركل", "ميركل"]
    kim = ('🇰🇵 وقال كيم جونغ أون\u200f إن بلاده مستعدّة للحوار.\r\n'
           'وأضاف زعيم كوريا الشمالية أن الأسلحـة لن تستخدم.\r\n')
    assert speakers(kim, ("كيم جونغ أون", "PERSON"), ("كوريا الشمالية", "GPE")) == ["كيم جونغ أون", "كيم جونغ أون"]
    # introduced as another country's office, he does not go on as this one's
    trump = kim.replace("وقال كيم جونغ أون", "وقال الرئيس الأمريكي دونالد ترامب").replace("زعيم كوريا الشمالية", "رئيس وزراء اليابان")
    assert speakers(trump, ("دونالد ترامب", "PERSON"), ("اليابان", "GPE")) == ["دونالد ترامب", "رئيس وزراء اليابان"]


def test_upon_being_asked_the_one_asked_answers_and_a_correspondent_posted_at_a_body_is_named():
    # «ولدى سؤاله عما قاله أردوغان …، قال»: upon his being asked, about what another said: the one asked goes
    # on; «وعندما سأله مذيع شبكة "فوكس نيوز" عن لقاء روحاني، أجاب»: the one asked answers, not the host nor
    # whom the question was about. An emoji, harakat, tatweel, an RLM and CRLF on the way.
    opening = '🇺🇸 وقال وزير الخارجية الأمريكي مايك بومبيو\u200f إن واشنطن لن تتراجـع.\r\n'
    names = [("مايك بومبيو", "PERSON"), ("واشنطن", "GPE")]
    upon = opening + 'ولدى سؤاله عمّا قاله الرئيس التركي رجب طيب أردوغان بشأن القس، قال إن أنقرة يجب أن تفرج عنه.\r\n'
    assert speakers(upon, *names, ("رجب طيب أردوغان", "PERSON")) == ["مايك بومبيو", "مايك بومبيو"]
    asked = opening + 'وعندما سأله مذيع شبكة "فوكس نيوز" عن إمكانية لقاء روحاني، أجاب بأن ذلك ممكن.\r\n'
    assert speakers(asked, *names, ("فوكس نيوز", "ORG"), ("روحاني", "PERSON")) == ["مايك بومبيو", "مايك بومبيو"]
    # what one has («ولدى فلان تاريخ طويل») is no such phrase: he is its subject
    has = opening + 'ولدى أردوغان تاريخ طويل من التصريحات، ففي عام 2016، قال في مقابلة إن أوروبا منافقة.\r\n'
    assert speakers(has, *names, ("أردوغان", "PERSON"))[-1] == "أردوغان"
    correspondent = '📺 وقالت مراسلة CNN في البيت الأبيض كيتلان كولينز\u200f إن الرئيس غاضـب.\r\n'
    assert speakers(correspondent, ("CNN", "ORG"), ("البيت الأبيض", "ORG"), ("كيتلان كولينز", "PERSON")) == ["كيتلان كولينز"]


def test_the_reporters_manner_and_setting_after_a_comma_end_the_words():
    # «…، واصفا التقارير بأنها "مزيفة"», «…، منددا بالهجوم», «…، في تصريحات لشبكة CNN», «…، في إشارة إلى …», «…، دون
    # أن يقدم أي دليل»: how and where he spoke, and what he did not tell, the reporter's, not his words; a verb of
    # saying after the setting opens its own report. An emoji, harakat, tatweel, an RLM and CRLF on the way.
    said = '🇺🇸 وقال ترامب\u200f إن حملته تعرّضت للتجسس'
    for tail in ('، واصفا التقارير بأنها "مزيفة"', '، منددا بالتحقيق', '، واعدا بالرد', '، في تصريحات لشبكة CNN',
                 '، دون أن يقدّم أي دليل على ذلك', '، من دون الخوض في التفاصيل', '، دون تحديد أسماء',
                 '، في إشارة إلى التحقيق الجـاري', '، في أول تعليق له على القرار'):
        found = quotes(said + tail + '.\r\n', ("ترامب", "PERSON"), *([("CNN", "ORG")] if "CNN" in tail else []))
        assert [(cue, words) for cue, words, _ in found] == [("قال", "حملته تعرّضت للتجسس")], tail
    # inside the reported words a meeting is what happened («أبلغوا النزلاء خلال اجتماع إنهم …»), and «في تصريحات
    # لاحقة قال» opens its own report
    later = said + '، وفي تصريحات لاحقة قال إن التحقيق "مسيس".\r\n'
    assert [cue for cue, _, _ in quotes(later, ("ترامب", "PERSON"))] == ["قال", "قال"]
    # without telling is the reporter's; without doing something else is what the speaker told
    done = said.replace("حملته تعرّضت للتجسس", "القوات انسحبت") + '، دون أن تطلق رصاصة واحدة.\r\n'
    assert [words for _, words, _ in quotes(done, ("ترامب", "PERSON"))] == ["القوات انسحبت، دون أن تطلق رصاصة واحدة"]


def test_a_body_that_spoke_through_a_person_goes_on_through_them():
    # «واتهمت روسيا، على لسان المتحدثة باسم خارجيتها ماريا زاخاروفا، واشنطن بالكذب، وقالت إن …»: Russia spoke
    # through her, so her joined «وقالت» is hers, as «وقالت روسيا، على لسان …، إن» is. An emoji, harakat, tatweel,
    # an RLM and CRLF on the way.
    text = ('🇷🇺 واتهمت روسيا\u200f، على لسان المتحدثة باسم خارجيّتها ماريا زاخاروفا، واشنطن بالكذب، '
            'وقالت إن الاتهامات لا أسـاس لها.\r\n')
    names = [("روسيا", "GPE"), ("ماريا زاخاروفا", "PERSON"), ("واشنطن", "GPE")]
    assert speakers(text, *names) == ["ماريا زاخاروفا"]


def test_the_statement_a_person_made_and_the_title_of_one_a_paper_quoted_go_on_for_the_person():
    # «وقال ترامب في بيان أصدره البيت الأبيض إن …. وأضاف البيان أن …»: his statement, whoever issued it; «ونقلت
    # صحيفة نيويورك تايمز عن بومبيو قوله …. وأضاف الوزير»: the paper's «نقلت» tells her gender, not his. An emoji,
    # harakat, tatweel, an RLM and CRLF on the way.
    text = ('🇺🇸 وقال ترامب\u200f في بيان أصدره البيت الأبيض إن الاتفاق سيّئ.\r\n'
            'وأضاف البيان أن واشنطن ستنسحـب منه.\r\n')
    assert speakers(text, ("ترامب", "PERSON"), ("البيت الأبيض", "ORG"), ("واشنطن", "GPE")) == ["ترامب", "ترامب"]
    issued = ('🇺🇸 وقال البيت الأبيض\u200f في بيان إن الاتفاق سيّئ.\r\n'
              'وأضاف البيان أن واشنطن ستنسحـب منه.\r\n')
    assert speakers(issued, ("البيت الأبيض", "ORG"), ("واشنطن", "GPE")) == ["البيت الأبيض", "البيت الأبيض"]
    paper = ('📰 ونقلت صحيفة نيويورك تايمز\u200f عن بومبيو قوله إن الاتفاق سيّئ.\r\n'
             'وأضاف الوزير أن واشنطن ستنسحـب منه.\r\n')
    assert speakers(paper, ("نيويورك تايمز", "ORG"), ("بومبيو", "PERSON"), ("واشنطن", "GPE")) == ["بومبيو", "بومبيو"]


def test_a_report_inside_words_a_source_carried_is_the_quote():
    # «وبحسب CNN، فإن ترامب قال لمساعديه إن …»: the network carried it; Trump said it, and his words are the quote,
    # as «قال مسؤول إن ترامب قال إن …» already gave. An emoji, harakat, tatweel, an RLM and CRLF on the way.
    text = '📺 وبحسب CNN\u200f، فإن ترامب قال لمساعديه إن الاتفاق سيّئ جـدا.\r\n'
    assert quotes(text, ("CNN", "ORG"), ("ترامب", "PERSON")) == [("قال", "الاتفاق سيّئ جـدا", "ترامب")]
    plain = '📺 وبحسب CNN\u200f، فإن الاتفاق سيّئ جـدا.\r\n'
    assert quotes(plain, ("CNN", "ORG")) == [("بحسب", "الاتفاق سيّئ جـدا", "CNN")]


def test_a_body_named_in_a_fronted_circumstance_or_topic_does_not_speak():
    # «وفي ظل تهديدات حلف الناتو، قال إن …», «وفيما يخص الحزب الديمقراطي، أكد أن …», «وبالنسبة إلى موقف …»,
    # «ومع تصاعد انتقادات …»: what the sentence is set against or about, not who goes on. An emoji, harakat,
    # tatweel, an RLM and CRLF on the way.
    opening = '🇺🇸 وقال ترامب\u200f إن الاتفاق سيّئ جدا.\r\n'
    names = [("ترامب", "PERSON"), ("حلف الناتو", "ORG"), ("الحزب الديمقراطي", "ORG")]
    for front in ("وفي ظل تهديدات حلف الناتو", "وفيما يخص الحزب الديمقراطي", "وبالنسبة إلى موقف حلف الناتو",
                  "ومع تصاعد انتقادات الحزب الديمقراطـي للقرار", "وإزاء موقف الحزب الديمقراطي"):
        text = opening + front + "، قال إن إيران لن تحصل على سلاح نووي.\r\n"
        present = [n for n in names if n[0] in text]
        assert speakers(text, *present) == ["ترامب", "ترامب"], front


def test_tabaa_says_he_and_saying_again_after_the_verb_keeps_it_bare():
    # «وتابع» is a past verb of تفاعل, «he», not the present «she» its ت looks like; «وتابع قائلا إن …» is as bare
    # as «وتابع أن …»: neither goes on for CNN, quoted with «ذكرت» in between, but for Trump. An emoji, harakat,
    # tatweel, an RLM and CRLF on the way.
    text = ('🇺🇸 وقال ترامب\u200f إن الاتفاق النووي سيّئ جدا.\r\n'
            'وكانت CNN قد ذكرت الأسبوع الماضي أن القرار وشيـك.\r\n'
            'وتابع قائلا إن العقوبات ستعود قريبا.\r\n')
    assert speakers(text, ("ترامب", "PERSON"), ("CNN", "ORG")) == ["ترامب", "CNN", "ترامب"]
    treasury = text.replace("وكانت CNN قد ذكرت الأسبوع الماضي أن القرار وشيـك", "وفرضت وزارة الخزانة عقوبات على إيران")
    assert speakers(treasury, ("ترامب", "PERSON"), ("وزارة الخزانة", "ORG"), ("إيران", "GPE")) == ["ترامب", "ترامب"]


def test_a_word_of_a_tagged_body_is_no_title_that_governs_the_name_after_it():
    # «وقال المحلل السياسي في مؤسسة راند، جيفري مارتيني، إن …»: «مؤسسة» is the body's own word, not «مؤسِّسة»
    # (founder), so the analyst named in apposition speaks. An emoji, harakat, tatweel, an RLM and CRLF on the way.
    text = '🇺🇸 وقال المحلّل السياسي في مؤسسة راند\u200f، جيفري مارتيني، إن الاتفاق سيّئ جـدا.\r\n'
    assert speakers(text, ("مؤسسة راند", "ORG"), ("جيفري مارتيني", "PERSON")) == ["جيفري مارتيني"]


def test_the_person_a_carrier_cites_speaks_as_the_one_it_quotes_does():
    # «وذكرت وكالة رويترز، نقلا عن بومبيو، أن …»: his words, carried, as «ونقلت الوكالة عن بومبيو قوله» are; a
    # source no one tagged leaves the carrier. An emoji, harakat, tatweel, an RLM and CRLF on the way.
    text = '📰 وذكرت وكالة رويترز\u200f، نقلا عن بومبيو، أن واشنطن لن تتراجـع.\r\n'
    assert speakers(text, ("رويترز", "ORG"), ("بومبيو", "PERSON"), ("واشنطن", "GPE")) == ["بومبيو"]
    titled = '📰 وقالت وكالة رويترز نقلا عن المتحدثة باسم الخارجية هيذر نويرت إن واشنطن لن تتراجـع.\r\n'
    assert speakers(titled, ("رويترز", "ORG"), ("هيذر نويرت", "PERSON"), ("واشنطن", "GPE")) == ["هيذر نويرت"]
    sources = '📰 وذكرت وكالة رويترز، نقلا عن مصادر مطلعة، أن واشنطن لن تتراجـع.\r\n'
    assert speakers(sources, ("رويترز", "ORG"), ("واشنطن", "GPE")) == ["رويترز"]


def test_a_negated_verb_opens_its_sentence_and_a_pronoun_after_it_is_no_subject():
    # «ولا تتفق معه منظمة الصحة العالمية، إذ تقول إن …»: the particle stands before the verb, «معه» is whom she
    # disagrees with, and the organisation speaks, not Smith quoted before. An emoji, harakat, tatweel, an RLM and
    # CRLF on the way.
    text = ('🔬 وقال سميث\u200f إن النتائج مشجّعة.\r\n'
            'ولا تتفق معه منظمة الصحة العالمية، إذ تقول إن اللقاح غيـر آمن.\r\n')
    assert speakers(text, ("سميث", "PERSON"), ("منظمة الصحة العالمية", "ORG")) == ["سميث", "منظمة الصحة العالمية"]


def test_commenting_opens_words_and_the_one_shown_saying_them_speaks():
    # «وشارك عمرو دياب جمهوره صورة عبر فيسبوك، معلقا: "…"»: commenting is saying; «وتداول رواد مواقع التواصل مقطعا
    # لتامر حسني وهو يقول: "…"»: the one shown in the clip says it. An emoji, harakat, tatweel, an RLM and CRLF
    # on the way.
    text = ('🎤 وشارك عمرو دياب\u200f جمهوره صورة جديدة عبر فيسبوك، معلّقا: "الحمد لله على كل شـيء".\r\n'
            'وتداول رواد مواقع التواصل مقطعا لتامر حسني وهو يقول: "أنا لا أرد على الشائعات".\r\n')
    names = [("عمرو دياب", "PERSON"), ("فيسبوك", "ORG"), ("تامر حسني", "PERSON")]
    assert speakers(text, *names) == ["عمرو دياب", "تامر حسني"]


def test_the_one_who_answered_defended_or_whose_reply_came_goes_on():
    # «ورد عليه ماكرون في مؤتمر صحفي. وقال إن …» (he replied to him; «رد» no noun here, «عليه» no subject), «ثم صعد
    # ماكرون إلى المنصة. وقال», «وجاء رد ماكرون سريعا. وقال», «وفي المقابل، دافع ماكرون عن موقف بلاده. وأضاف»
    # (defending is done in words): Macron, not Trump quoted before. An emoji, harakat, tatweel, an RLM and CRLF on
    # the way.
    opening = '🇫🇷 وقال ترامب\u200f إن أوروبا يجب أن تدفع أكثـر.\r\n'
    names = [("ترامب", "PERSON"), ("ماكرون", "PERSON"), ("أوروبا", "GPE")]
    for between, cue in (("ورد عليه ماكرون في مؤتمر صحفي.", "وقال إن"), ("ثم صعد ماكرون إلى المنصّة.", "وقال إن"),
                         ("وجاء رد ماكرون سريعا.", "وقال إن"), ("وفي المقابل، دافع ماكرون عن موقف بلاده.", "وأضاف أن")):
        text = opening + between + "\r\n" + cue + " فرنسا تدفع ما عليها.\r\n"
        assert speakers(text, *names) == ["ترامب", "ماكرون"], between


def test_kana_of_her_gender_does_not_name_who_goes_on_for_his_verb():
    # «وكانت وزارة التجارة الصينية قد توعدت بالرد …. وقال إن …»: كان says she, «وقال» he; Trump goes on. An emoji,
    # harakat, tatweel, an RLM and CRLF on the way.
    text = ('🇨🇳 وقال ترامب\u200f إن الصين تستغل الولايات المتحدة.\r\n'
            'وكانت وزارة التجارة الصينيّة قد توعدت بالرد على أي رسوم جديدة.\r\n'
            'وقال إن بلاده لن تقبل بذلك بعـد اليوم.\r\n')
    names = [("ترامب", "PERSON"), ("الصين", "GPE"), ("الولايات المتحدة", "GPE"), ("وزارة التجارة الصينيّة", "ORG")]
    assert speakers(text, *names) == ["ترامب", "ترامب"]


def test_the_one_named_after_whose_lawyer_son_in_law_or_spokesman_they_are_speaks():
    # «وقال صهر ترامب وكبير مستشاريه، جاريد كوشنر، إن …», «وقال محامي ترامب الشخصي، رودي جولياني، …» (with or
    # without the commas), «وقال المتحدث باسم الرئيس الروسي فلاديمير بوتين، ديمتري بيسكوف، إن …»: the one named
    # in apposition after whose they are speaks, not Trump or Putin, and not the words of the office. An emoji,
    # harakat, tatweel, an RLM and CRLF on the way.
    cases = (('🇺🇸 وقال صهر ترامب وكبير مستشاريه\u200f، جاريد كوشنر، إن خطة السلام جاهـزة.\r\n', "جاريد كوشنر", "ترامب"),
             ('🇺🇸 وقال محامي ترامب الشخصيّ، رودي جولياني\u200f، لـCNN إن الرئيس لن يدلي بشهادته.\r\n', "رودي جولياني", "ترامب"),
             ('🇺🇸 وقال محامي ترامب الشخصيّ رودي جولياني\u200f لـCNN إن الرئيس لن يدلي بشهادته.\r\n', "رودي جولياني", "ترامب"),
             ('🇷🇺 وقال المتحدث باسم الرئيس الروسي فلاديمير بوتين، ديمتري بيسكوف\u200f، إن موسكو لا تتدخـل.\r\n',
              "ديمتري بيسكوف", "فلاديمير بوتين"))
    for text, speaker, principal in cases:
        names = [(speaker, "PERSON"), (principal, "PERSON")] + ([("CNN", "ORG")] if "CNN" in text else [])
        assert speakers(text, *names) == [speaker], text


def test_an_office_of_one_persons_own_is_held_by_another():
    # «مستشار ترامب للأمن القومي جون بولتون», «سفير ترامب لدى إسرائيل ديفيد فريدمان»: Trump's adviser and
    # ambassador, named after where their office is; «مستشار ترامب» unnamed is the adviser's words, not Trump;
    # «أحد مساعدي نتنياهو» is one of his aides, and «محامي عائلة خاشقجي» the family's lawyer. But an office past
    # titles is the person's own: «نائب الرئيس التركي فؤاد أوكتاي» is Oktay. An emoji, harakat, tatweel, an RLM
    # and CRLF on the way.
    said = ' إن العقوبات ستستمـر.\r\n'
    cases = (("وقال مستشار ترامب للأمن القومي جون بولتون\u200f", [("ترامب", "PERSON"), ("جون بولتون", "PERSON")], "جون بولتون"),
             ("وقال سفير ترامب لدى إسرائيل ديفيد فريدمان", [("ترامب", "PERSON"), ("إسرائيل", "GPE"), ("ديفيد فريدمان", "PERSON")],
              "ديفيد فريدمان"),
             ("وقال مستشار ترامب", [("ترامب", "PERSON")], "مستشار ترامب"),
             ("وقال أحد مساعدي نتنياهو", [("نتنياهو", "PERSON")], "أحد مساعدي نتنياهو"),
             ("وقال محامي عائلة خاشقجي", [("خاشقجي", "PERSON")], "محامي عائلة خاشقجي"),
             ("وقال نائب الرئيس التركي فؤاد أوكتاي", [("فؤاد أوكتاي", "PERSON")], "فؤاد أوكتاي"))
    for opening, names, speaker in cases:
        assert speakers('🧑‍⚖️ ' + opening + said, *names) == [speaker], opening
    # and the aide goes on past a sentence of his own
    aide = '🇮🇱 وندد أحد مساعدي نتنياهو بالتقارير، مؤكدا براءته.\r\nوقال إن الحكومة مستقـرة.\r\n'
    assert speakers(aide, ("نتنياهو", "PERSON")) == ["أحد مساعدي نتنياهو"]


def test_critics_rivals_and_allies_of_a_person_speak_not_the_person():
    # «وقال منتقدو ترامب إن …», «وقال خصوم أردوغان إن …»: his critics and rivals, not Trump or Erdogan. An emoji,
    # harakat, tatweel, an RLM and CRLF on the way.
    for opening, name in (("وقال منتقدو ترامب", "ترامب"), ("وقال خصوم أردوغان", "أردوغان"), ("وقال حلفاء نتنياهو", "نتنياهو")):
        text = '🗳️ ' + opening + '\u200f إن الرئيس مسـتبد.\r\n'
        assert speakers(text, (name, "PERSON")) == [opening[len("وقال "):]], opening


def test_the_doctor_is_the_one_introduced_as_the_doctor():
    # «وأضافت الدكتورة» after «الدكتورة سارة جونز» was quoted, and after Smith spoke since: she goes on, as «وأشار
    # الصحفي» names the journalist introduced so. An emoji, harakat, tatweel, an RLM and CRLF on the way.
    text = ('🔬 وقالت الدكتورة سارة جونز\u200f إن اللقاح آمن تماما.\r\n'
            'وقال سميث إن النتائج مشجّعة جدا للجميع.\r\n'
            'وأضافت الدكتورة أن التجارب مستمرة حتـى الآن.\r\n')
    assert speakers(text, ("سارة جونز", "PERSON"), ("سميث", "PERSON")) == ["سارة جونز", "سميث", "سارة جونز"]


def test_where_a_sentence_opens_is_not_who_speaks_in_it():
    # «وفي البيت الأبيض، قال للصحفيين إن …»: the place or body after a fronted preposition joined to و is where
    # he spoke, and the one spoken of before goes on; «وعلى تويتر، كتب», «وأمام الكونغرس، قال» likewise. A subject
    # after the verb still speaks. An emoji, harakat, tatweel, an RLM and CRLF on the way.
    first = '🇺🇸 قال ترامـب\u200f إن الاتفاقَ سيء جدا.\r\n'
    for opening, name, label in (("وفي البيت الأبيض، قال للصحفيين", "البيت الأبيض", "ORG"), ("وفي واشنطن، قال", "واشنطن", "GPE"),
                                 ("وعلى تويتر، كتب", "تويتر", "ORG"), ("وأمام الكونغرس، قال", "الكونغرس", "ORG")):
        text = first + opening + ' إن إيران لن تحصل على سلاح نووي أبدا.\r\n'
        assert speakers(text, ("ترامـب", "PERSON"), (name, label), ("إيران", "GPE")) == ["ترامـب", "ترامـب"], opening
    said = first + 'وفي الكونغرس، قالت بيلوسي إن الرئيس مخطئ تماما.\r\n'
    assert speakers(said, ("ترامـب", "PERSON"), ("الكونغرس", "ORG"), ("بيلوسي", "PERSON")) == ["ترامـب", "بيلوسي"]
    # «وعبر» opening on a name and «عن» is the verb «expressed», its subject the name
    expressed = first + 'وعبر بومبيو عن دعمه، وقال إن الرئيس محق تماما.\r\n'
    assert speakers(expressed, ("ترامـب", "PERSON"), ("بومبيو", "PERSON")) == ["ترامـب", "بومبيو"]


def test_words_then_this_is_what_he_said():
    # «"…"، هذا ما قاله ترامب في مقابلة …», «"…"، هكذا علق فلان»: the words open the sentence, and the attribution
    # after them names who said them; «"…"، هذا يعني أن …» is the reporter's reading, no attribution. An emoji,
    # harakat, tatweel, an RLM and CRLF on the way.
    said = 'سؤال للصحفيين.\r\n"لن نسمح بذلك أبدًا 🗽، ولن نتراجـع\u200f عن موقفنا"، '
    for tail, cue in (("هذا ما قاله ترامب في مقابلة مع فوكس نيوز.\r\n", "قاله"), ("هكذا علق ترامب على القرار.\r\n", "علق"),
                      ("وهذا ما أكده ترامب للصحفيين.\r\n", "أكده")):
        found = quotes(said + tail, ("ترامب", "PERSON"), *[("فوكس نيوز", "ORG")] * ("فوكس" in tail))
        assert found == [(cue, "لن نسمح بذلك أبدًا 🗽، ولن نتراجـع\u200f عن موقفنا", "ترامب")], tail
    assert quotes(said + "هذا يعني أن ترامب لن يتراجع.\r\n", ("ترامب", "PERSON")) == []
    assert quotes(said + "وهذا ما نفاه ترامب.\r\n", ("ترامب", "PERSON")) == []  # what he denied is not his


def test_whom_he_accused_congratulated_met_or_turned_to_is_not_who_speaks():
    # «واتهم الحزب الديمقراطي بعرقلة الاتفاق، مضيفا»: a verb that must take an object, the name and then its
    # complement, is whom he accused; «وهنأ الرئيس الفرنسي إيمانويل ماكرون بفوزه» likewise past the titles;
    # «خلال لقائه بوزير الخارجية السعودي عادل الجبير» is whom he met; «وقال متوجها إلى بوتين» is no subject
    # «متوجها». The one who spoke before goes on. An emoji, harakat, tatweel, an RLM and CRLF on the way.
    first = '🇺🇸 قال الرئيس الأمريكي دونالد ترامـب\u200f إن الاتفاقَ سيء جدا.\r\n'
    for sentence, names in (
            ("واتهم الحزب الديمقراطي بعرقلة الاتفاق، مضيفا أن الناخبين سيعاقبونه.", [("الحزب الديمقراطي", "ORG")]),
            ("وهنأ الرئيس الفرنسي إيمانويل ماكرون بفوزه، وقال إنه يتطلع للعمل معه.", [("إيمانويل ماكرون", "PERSON")]),
            ("وقال، خلال لقائه بوزير الخارجية السعودي عادل الجبير، إن السعودية حليف مهم.",
             [("عادل الجبير", "PERSON"), ("السعودية", "GPE")]),
            ('وقال متوجها إلى بوتين: "عليك أن تتوقف عن دعم الأسد فورا".', [("بوتين", "PERSON"), ("الأسد", "PERSON")])):
        assert speakers(first + sentence + '\r\n', ("دونالد ترامـب", "PERSON"), *names) == ["دونالد ترامـب"] * 2, sentence
    # the subject named before the object still speaks, and a party with an object of its own is the subject
    for sentence, speaker in (("وهنأ ماكرون الرئيس الأمريكي دونالد ترامـب بفوزه، وقال إنه يتطلع للعمل معه.", "ماكرون"),
                              ("واتهم الحزب الديمقراطي ماكرون بعرقلة الاتفاق، مضيفا أن الناخبين سيعاقبونه.", "الحزب الديمقراطي")):
        found = speakers(first + sentence, ("دونالد ترامـب", "PERSON"), ("ماكرون", "PERSON"), *[("الحزب الديمقراطي", "ORG")] * (
            "الحزب" in sentence))
        assert found[1:] == [speaker], sentence


def test_a_woman_after_his_verb_is_whom_he_acted_on():
    # «وهاجم رئيسة مجلس النواب نانسي بيلوسي، وقال», «وانتقد المستشارة الألمانية أنجيلا ميركل، وقال»: his verb and
    # his «وقال» cannot have her for subject, nor the body her title governs; «ووصف الرئيس الأمريكي هيلاري كلينتون
    # بالفاسدة» describes her. «آية الله» is no woman's title. An emoji, harakat, tatweel, an RLM and CRLF on the way.
    first = '🇺🇸 قال الرئيس الأمريكي دونالد ترامـب\u200f إن الاتفاقَ سيء جدا.\r\n'
    for sentence, names in (
            ("وهاجم رئيسة مجلس النواب نانسي بيلوسي، وقال إنها لا تفهم شيئا أبدا.", [("نانسي بيلوسي", "PERSON"), ("مجلس النواب", "ORG")]),
            ("وانتقد الرئيس المستشارة الألمانية أنجيلا ميركل، وقال إنها أضعفت أوروبا.", [("أنجيلا ميركل", "PERSON")]),
            ("ووصف الرئيس الأمريكي هيلاري كلينتون بالفاسدة، وقال إنها يجب أن تسجن.", [("هيلاري كلينتون", "PERSON")])):
        assert speakers(first + sentence + '\r\n', ("دونالد ترامـب", "PERSON"), *names) == ["دونالد ترامـب"] * 2, sentence
    # her own verb and her «وقالت» are hers
    assert speakers(first + "وانتقدت المستشارة الألمانية أنجيلا ميركل القرار، وقالت إنه خطأ كبير جدا.",
                    ("دونالد ترامـب", "PERSON"), ("أنجيلا ميركل", "PERSON")) == ["دونالد ترامـب", "أنجيلا ميركل"]


def test_whom_he_spoke_with_or_went_to_meet_is_not_who_speaks():
    # «وفي مقابلة أجرتها معه شبكة CNN، قال», «وفي حديث مع مراسل CNN جيم أكوستا، قال»: the one he spoke with;
    # «وقبيل مغادرته إلى سنغافورة للقاء كيم، قال»: the one he went to meet. The one spoken of before goes on; but
    # «وفي مقابلة أجراها بوتين مع CNN، قال» names who spoke. An emoji, harakat, tatweel, an RLM and CRLF on the way.
    first = '🇺🇸 قال الرئيس الأمريكي دونالد ترامـب\u200f إن الاتفاقَ سيء جدا.\r\n'
    said = ' إن بعض الزعماء لا يفهمون شيئا.\r\n'
    goes_on(first, said, "دونالد ترامـب", (("وفي مقابلة أجرتها معه شبكة CNN، قال", [("CNN", "ORG")]),
                                          ("وفي حديث مع مراسل CNN جيم أكوستا، قال", [("CNN", "ORG"), ("جيم أكوستا", "PERSON")]),
                                          ("وقبيل مغادرته إلى سنغافورة للقاء كيم، قال", [("سنغافورة", "GPE"), ("كيم", "PERSON")])))
    own = first + "وفي مقابلة أجراها بوتين مع CNN، قال" + said
    assert speakers(own, ("دونالد ترامـب", "PERSON"), ("بوتين", "PERSON"), ("CNN", "ORG")) == ["دونالد ترامـب", "بوتين"]


def test_a_spokesman_named_after_the_body_he_speaks_for_is_the_one_cited():
    # «ونقلت وكالة تاس عن المتحدث باسم الكرملين ديمتري بيسكوف قوله», «وقالت وكالة تاس، نقلا عن المتحدث باسم
    # الكرملين ديمتري بيسكوف، إن»: Peskov, not the words before his name nor the agency. An emoji, harakat,
    # tatweel, an RLM and CRLF on the way.
    names = (("تاس", "ORG"), ("الكرملين", "ORG"), ("ديمتري بيسكـوف", "PERSON"))
    for opening in ("🇷🇺 ونقلت وكالة تاس عن المتحدث باسم الكرملين ديمتري بيسكـوف\u200f قوله",
                    "🇷🇺 وقالت وكالة تاس، نقلا عن المتحدث باسم الكرملين ديمتري بيسكـوف\u200f،"):
        assert speakers(opening + " إن القمةَ مهمة جدا للطرفين.\r\n", *names) == ["ديمتري بيسكـوف"], opening


def test_words_then_according_to_whom():
    # «"…"، بحسب بيسكوف.», «"…"، وفقا للمتحدث باسم الكرملين.»: words that open their sentence, then whom they are
    # according to, the sentence ending there, are that one's quote; «، بحسب التقديرات» names no one. An emoji,
    # harakat, tatweel, an RLM and CRLF on the way.
    said = 'قال الكرملين إن القمة تُعقد غدا 🇷🇺.\r\n"القمةُ مهمة جدا للطرفين\u200f في هذه المرحلة"، '
    names = (("الكرملين", "ORG"), ("بيسكـوف", "PERSON"))
    words = "القمةُ مهمة جدا للطرفين\u200f في هذه المرحلة"
    for tail, cue, speaker in (("بحسب بيسكـوف.\r\n", "بحسب", "بيسكـوف"), ("وفقا لبيسكـوف.\r\n", "وفقا", "بيسكـوف"),
                               ("وفقا للمتحدث باسم الكرملين.\r\n", "وفقا", "المتحدث باسم الكرملين"),
                               ("حسب مسؤول روسي.\r\n", "حسب", "مسؤول روسي")):
        found = quotes(said + tail, *[n for n in names if n[0] in said + tail])
        assert found[1:] == [(cue, words, speaker)], tail
    assert quotes(said + "بحسب التقديرات الأولية.\r\n", ("الكرملين", "ORG"))[1:] == []


def test_an_aide_is_a_title_and_a_citys_office_is_not_the_city():
    # «عن مساعد الرئيس الروسي يوري أوشاكوف قوله»: the aide named after his titles; «وأكد رئيس بلدية فلورنسا الخبر،
    # مشيرا» is the mayor, as after «وقال رئيس بلدية فلورنسا», not the city. An emoji, harakat, tatweel, an RLM and
    # CRLF on the way.
    aide = '🇷🇺 ونقلت وكالة تاس عن مساعد الرئيس الروسي يوري أوشاكـوف\u200f قوله إن القمةَ مهمة جدا.\r\n'
    assert speakers(aide, ("تاس", "ORG"), ("يوري أوشاكـوف", "PERSON")) == ["يوري أوشاكـوف"]
    for text in ('🇮🇹 وأكد رئيس بلدية فلورنسا\u200f الخبرَ، مشيرا إلى أن القرار مشترك بين الجميع.\r\n',
                 '🇮🇹 وقال رئيس بلدية فلورنسا\u200f إن القرار مشترك بين الجميع.\r\n'):
        assert speakers(text, ("فلورنسا", "GPE")) == ["رئيس بلدية فلورنسا"], text


def test_the_one_whose_words_he_took_up_is_not_who_goes_on():
    # «ورفض ما قاله ماكرون، وقال», «واقتبس ما قاله ماكرون، مضيفا», «وانتقد ما وصفه ماكرون بالقومية، مضيفا»: Macron is
    # the subject of «ما» and its verb, what was spoken of; the one who spoke before goes on. An emoji, harakat,
    # tatweel, an RLM and CRLF on the way.
    first = '🇺🇸 قال ترامـب\u200f إن الاتفاقَ سيء جدا.\r\n'
    for sentence in ("ورفض ما قاله ماكرون، وقال إن فرنسا لا تدفع ما عليها.", "وسخر مما قاله ماكرون، وقال إن فرنسا لا تدفع ما عليها.",
                     "واقتبس ما قاله ماكرون، مضيفا أن فرنسا لا تدفع ما عليها.",
                     "وانتقد ما وصفه ماكرون بالقومية، مضيفا أن فرنسا لا تدفع ما عليها."):
        found = speakers(first + sentence + "\r\n", ("ترامـب", "PERSON"), ("ماكرون", "PERSON"), ("فرنسا", "GPE"))
        assert found == ["ترامـب", "ترامـب"], sentence


def test_who_asked_published_or_reported_it_before_a_bare_verb_is_not_who_speaks():
    # «وبسؤاله عن موقف حلف الناتو …، قال», «وفي رسالة نشرتها صحيفة نيويورك تايمز …، قال», «ووفقا لنص المقابلة الذي
    # نشرته شبكة CNN، قال», «وحسب وكالة رويترز، قال»: what he was asked about, who published his words, whom the
    # report is according to; he is the one spoken of before. An emoji, harakat, tatweel, an RLM and CRLF on the way.
    first = '🇺🇸 قال الرئيس الأمريكي دونالد ترامـب\u200f إن الاتفاقَ سيء جدا.\r\nوتحدث طويلا عن الاقتصاد.\r\n'
    said = ' "لا أعرف ماذا سيفعلون".\r\n'
    goes_on(first, said, "دونالد ترامـب", (("وبسؤاله عن موقف حلف الناتو من القرار، قال:", [("حلف الناتو", "ORG")]),
                                          ("وفي رسالة نشرتها صحيفة نيويورك تايمز صباح اليوم، قال:", [("نيويورك تايمز", "ORG")]),
                                          ("ووفقا لنص المقابلة الذي نشرته شبكة CNN، قال:", [("CNN", "ORG")]),
                                          ("وحسب وكالة رويترز، قال:", [("رويترز", "ORG")])))


def test_a_body_in_the_occasion_a_sentence_opens_on_is_where_he_spoke():
    # «وفي مؤتمر صحفي بمقر وزارة الخارجية، قال», «وفي لقاء مع طلاب جامعة جورج واشنطن، قال», «وفي أول تعليق له على
    # قرار المحكمة العليا، قال», «وبينما تواجه إدارة ترامب انتقادات، قال»: the one spoken of before goes on; but a
    # person there may have spoken («وفي رسالة نشرها ترامب، قال»), and the body whose statement it was does
    # («وفي بيان أصدرته وزارة الخارجية، قالت»). An emoji, harakat, tatweel, an RLM and CRLF on the way.
    first = '🇺🇸 قال وزير الخارجية مايك بومبيـو\u200f إن الاتفاقَ سيء جدا.\r\nوتحدث طويلا عن الاقتصاد.\r\n'
    said = ' "لن نسمح لهم بذلك".\r\n'
    goes_on(first, said, "مايك بومبيـو", (("وفي مؤتمر صحفي بمقر وزارة الخارجية، قال:", [("وزارة الخارجية", "ORG")]),
                                         ("وفي لقاء مع طلاب جامعة جورج واشنطن، قال:", [("جامعة جورج واشنطن", "ORG")]),
                                         ("وفي أول تعليق له على قرار المحكمة العليا، قال:", [("المحكمة العليا", "ORG")]),
                                         ("وفي مؤتمر صحفي عقده في مقر حلف الناتو ببروكسل، قال:", [("حلف الناتو", "ORG")]),
                                         ("وبينما تواجه إدارة ترامب انتقادات واسعة، قال:", [("إدارة ترامب", "ORG")])))
    own = speakers(first + "وفي رسالة نشرها ترامب، قال:" + said, ("مايك بومبيـو", "PERSON"), ("ترامب", "PERSON"))
    assert own == ["مايك بومبيـو", "ترامب"]
    issued = speakers(first + "وفي بيان أصدرته وزارة الخارجية، قالت إن الرئيس مخطئ تماما.\r\n",
                      ("مايك بومبيـو", "PERSON"), ("وزارة الخارجية", "ORG"))
    assert issued == ["مايك بومبيـو", "وزارة الخارجية"]


def test_the_body_he_praised_described_or_attacked_before_his_words_is_not_who_speaks():
    # «وأشاد بعمل وزارة الخارجية …، وقال», «ووصف شبكة CNN بأنها "أخبار مزيفة"، وقال», «وهاجم صحيفة نيويورك تايمز،
    # واصفا إياها …، وقال»: the body is what he praised, described or attacked, its kind part of its name; the one
    # spoken of before goes on. An emoji, harakat, tatweel, an RLM and CRLF on the way.
    first = '🇺🇸 قال ترامـب\u200f إن الاتفاقَ سيء جدا.\r\n'
    said = ' "سنرد بقوة كبيرة جدا".\r\n'
    goes_on(first, said, "ترامـب", (('وأشاد بعمل وزارة الخارجية التي وصفها بأنها "رائعة"، وقال:', [("وزارة الخارجية", "ORG")]),
                                   ('ووصف شبكة CNN بأنها "أخبار مزيفة"، وقال:', [("CNN", "ORG")]),
                                   ('وهاجم صحيفة نيويورك تايمز، واصفا إياها بـ"عدوة الشعب"، وقال:', [("نيويورك تايمز", "ORG")])))


def test_whom_and_where_he_spoke_after_his_verb_is_not_who_speaks():
    # «وقال أمام حشد من أنصار الحزب الجمهوري …:», «وقال في مقابلة حصرية مع مراسلة CNN:»: the holders a preposition
    # governs are whom he spoke to; «في الأكاديمية العسكرية ويست بوينت» where. The one spoken of before goes on;
    # but «وقال رئيس هيئة الإسعاف في المنطقة جلال بورانفار» and «ومن بين المنتقدين مارك هاريس» name who speaks.
    # An emoji, harakat, tatweel, an RLM and CRLF on the way.
    first = '🇺🇸 قال ترامـب\u200f إن الخطرَ قائم.\r\nوتحدث طويلا عن إيران.\r\n'
    said = ' "لن نسمح لهم بذلك".\r\n'
    goes_on(first, said, "ترامـب", (("وقال أمام حشد من أنصار الحزب الجمهوري في ولاية أوهايو:", [("الحزب الجمهوري", "ORG"), ("أوهايو", "GPE")]),
                                   ("وقال في مقابلة حصرية مع مراسلة CNN:", [("CNN", "ORG")]),
                                   ("وقال في خطاب ألقاه في الأكاديمية العسكرية ويست بوينت:", [("ويست بوينت", "ORG")])))
    titled = first + "وقال رئيس هيئة الإسعاف في المنطقة جلال بورانفار:" + said
    assert speakers(titled, ("ترامـب", "PERSON"), ("جلال بورانفار", "PERSON")) == ["ترامـب", "جلال بورانفار"]
    among = first + "ومن بين المنتقدين مارك هاريس، وغرد قائلا:" + said
    assert speakers(among, ("ترامـب", "PERSON"), ("مارك هاريس", "PERSON")) == ["ترامـب", "مارك هاريس"]


def test_who_hosted_was_given_or_was_sent_his_words_is_not_who_speaks():
    # «وقال في ندوة نظمها معهد بروكينغز:», «وقال في حديث خص به موقع أكسيوس:», «وقال في رسالة وجهها لأعضاء الكونغرس:»:
    # the host, the outlet and the addressees; the one spoken of before goes on. An emoji, harakat, tatweel, an RLM
    # and CRLF on the way.
    first = '🇺🇸 قال ترامـب\u200f إن الخطرَ قائم.\r\nوتحدث طويلا عن إيران.\r\n'
    said = ' "الرد سيكون قويا جدا".\r\n'
    goes_on(first, said, "ترامـب", (("وقال في ندوة نظمها معهد بروكينغز:", [("معهد بروكينغز", "ORG")]),
                                   ("وقال في حديث خص به موقع أكسيوس:", [("أكسيوس", "ORG")]),
                                   ("وقال في رسالة وجهها لأعضاء الكونغرس:", [("الكونغرس", "ORG")])))


def test_the_one_interviewed_answers():
    # «وفي مقابلة مع ترامب أجرتها شبكة CBS، قال», «وفي مقابلة أجرتها شبكة CBS مع الرئيس ترامب، قال», «وفي حديث لترامب
    # مع شبكة CBS، قال»: the one the interview was with, or of, speaks; not a reporter («مع مراسل CNN فلان») nor
    # whom a meeting was with («وفي لقاء مع ترامب، قال»). An emoji, harakat, tatweel, an RLM and CRLF on the way.
    first = '🇫🇷 قال ماكـرون\u200f إن أوروبا قويةٌ.\r\nوتحدث طويلا عن الاقتصاد.\r\n'
    said = ' "لن نسمح لهم بذلك".\r\n'
    names = (("ماكـرون", "PERSON"), ("ترامب", "PERSON"), ("CBS", "ORG"))
    for opening in ("وفي مقابلة مع ترامب أجرتها شبكة CBS، قال:", "وفي مقابلة أجرتها شبكة CBS مع الرئيس ترامب، قال:",
                    "وفي حديث لترامب مع شبكة CBS، قال:"):
        assert speakers(first + opening + said, *names) == ["ماكـرون", "ترامب"], opening
    for opening in ("وفي مقابلة مع مراسل CBS ترامب، قال:", "وفي لقاء مع ترامب، قال:"):
        assert speakers(first + opening + said, *[n for n in names if n[0] in opening or n[0] == "ماكـرون"]) == \
            ["ماكـرون", "ماكـرون"], opening


def test_the_one_an_occasion_names_as_its_doer_goes_on_to_speak():
    # «وعقب لقاء ترامب بالأمين العام لحلف الناتو، قال», «وبعد وصول ترامب إلى مقر حلف الناتو، قال», «وفي ختام زيارة
    # ترامب إلى …، قال», «وعند سؤال ترامب عن …، قال», «وحين سئل ترامب عن …، قال», «وعندما سأل مراسل CNN ترامب عن …،
    # قال»: the one who met, arrived, visited or was asked speaks, not the body named after him nor the one spoken
    # of before; but «وبعد ساعات من …» names no one, and «وبعد لقائه ترامب» is his meeting Trump. An emoji,
    # harakat, tatweel, an RLM and CRLF on the way.
    first = '🇫🇷 قال ماكـرون\u200f إن أوروبا قويةٌ.\r\nوتحدث طويلا عن الاقتصاد.\r\n'
    said = ' "لا أعرف ماذا سيفعلون".\r\n'
    names = (("ماكـرون", "PERSON"), ("ترامب", "PERSON"), ("حلف الناتو", "ORG"))
    for opening in ("وعقب لقاء ترامب بالأمين العام لحلف الناتو، قال:", "وبعد وصول ترامب إلى مقر حلف الناتو، قال:",
                    "وفي ختام زيارة ترامب إلى مقر حلف الناتو، قال:", "وعند سؤال ترامب عن موقف حلف الناتو، قال:",
                    "وبسؤال ترامب عما إذا كان حلف الناتو سيرد، قال:", "وحين سئل ترامب عن موقف حلف الناتو، قال:",
                    "وعندما سأل مراسل CNN ترامب عن موقف حلف الناتو، قال:"):
        assert speakers(first + opening + said, *names) == ["ماكـرون", "ترامب"], opening
    for opening in ("وبعد ساعات من لقاء ترامب بالأمين العام لحلف الناتو، قال:", "وبعد لقائه ترامب في مقر حلف الناتو، قال:"):
        assert speakers(first + opening + said, *names) == ["ماكـرون", "ماكـرون"], opening


def test_a_concession_or_a_contrast_a_sentence_opens_on_names_no_speaker():
    # «وعلى الرغم من تحذيرات وزارة الخارجية …، قال», «وفضلا عن موقف الاتحاد الأوروبي، قال», «وعلى غرار موقف روسيا،
    # قال», «وخلافا لما أعلنته وزارة الخارجية، قال», «وبعيدا عن خلافات الاتحاد الأوروبي، قال»: the one spoken of
    # before goes on. An emoji, harakat, tatweel, an RLM and CRLF on the way.
    first = '🇺🇸 قال ترامـب\u200f إن الاتفاقَ سيء جدا.\r\nوتحدث طويلا عن الاقتصاد.\r\n'
    said = ' قال: "لن نسمح لهم بذلك".\r\n'
    goes_on(first, said, "ترامـب", (("وعلى الرغم من تحذيرات وزارة الخارجية من العواقب،", [("وزارة الخارجية", "ORG")]),
                                   ("وفضلا عن موقف الاتحاد الأوروبي،", [("الاتحاد الأوروبي", "ORG")]),
                                   ("وعلى غرار موقف روسيا،", [("روسيا", "GPE")]),
                                   ("وخلافا لما أعلنته وزارة الخارجية،", [("وزارة الخارجية", "ORG")]),
                                   ("وبعيدا عن خلافات الاتحاد الأوروبي،", [("الاتحاد الأوروبي", "ORG")])))


def test_the_one_asked_answers():
    # «وسأله مذيع فوكس نيوز كريس والاس: "هل …؟"، فأجاب», «وتساءلت CNN عما إذا كان سيلتقي بوتين، فقال»: the one
    # asked answers, not who asked nor whom the question was about; «وسألت CNN ماكرون عن بوتين، فأجاب» is Macron.
    # An emoji, harakat, tatweel, an RLM and CRLF on the way.
    first = '🇺🇸 قال ترامـب\u200f إن الاتفاقَ سيء جدا.\r\nوتحدث طويلا عن الاقتصاد.\r\n'
    said = ' "ربما نلتقي قريبا جدا".\r\n'
    names = (("ترامـب", "PERSON"), ("بوتين", "PERSON"))
    asked = first + 'وسأله مذيع فوكس نيوز كريس والاس: "هل ستلتقي بوتين مرة أخرى؟"، فأجاب:' + said
    assert speakers(asked, *names, ("فوكس نيوز", "ORG"), ("كريس والاس", "PERSON")) == ["ترامـب", "ترامـب"]
    wondered = first + "وتساءلت CNN عما إذا كان سيلتقي بوتين مرة أخرى، فقال:" + said
    assert speakers(wondered, *names, ("CNN", "ORG")) == ["ترامـب", "ترامـب"]
    other = first + "وسألت CNN ماكرون عن بوتين، فأجاب:" + said
    assert speakers(other, *names, ("CNN", "ORG"), ("ماكرون", "PERSON")) == ["ترامـب", "ماكرون"]


def test_the_veil_he_lifted_is_no_union():
    # «وكشف النقاب عن خطة جديدة قائلا إن …»: «كشف النقاب» is «revealed»; «النقاب» (the veil) is no «النقابة» (the
    # union) and no speaker. An emoji, harakat, tatweel, an RLM and CRLF on the way.
    text = ('🇺🇸 قال ترامـب\u200f إن الاتفاقَ سيء جدا.\r\n'
            'وكشف النقاب عن خطة جديدة قائلا إن إيران ستدفع الثمن غاليا.\r\n')
    assert speakers(text, ("ترامـب", "PERSON"), ("إيران", "GPE")) == ["ترامـب", "ترامـب"]


def test_the_party_he_addressed_is_not_who_speaks():
    # «وكشف، في كلمة أمام نواب حزب العدالة والتنمية، أن», «وكشف في خطاب أمام الكتلة البرلمانية لحزبه، العدالة
    # والتنمية، أن»: the MPs he spoke to, his party named in apposition after its لـ; but «وقال المتحدث باسمه، ديمتري
    # بيسكوف، إن» names the spokesman. An emoji, harakat, tatweel, an RLM and CRLF on the way.
    first = '🇹🇷 قال أردوغـان\u200f إن القضيةَ خطيرة.\r\n'
    said = ' أن تركيا تملك أدلة.\r\n'
    goes_on(first, said, "أردوغـان", (("وكشف، في كلمة أمام نواب حزب العدالة والتنمية،", [("حزب العدالة والتنمية", "ORG")]),
                                     ("وكشف في خطاب أمام الكتلة البرلمانية لحزبه، العدالة والتنمية،", [("العدالة والتنمية", "ORG")])),
            ("تركيا", "GPE"))
    spokesman = 'وسارع الكرملين إلى إدانة العقوبات، وقال المتحدث باسمه، ديمتري بيسكوف، إن العقوبات غير مشروعة.\r\n'
    assert speakers(spokesman, ("الكرملين", "ORG"), ("ديمتري بيسكوف", "PERSON")) == ["ديمتري بيسكوف"]


def test_where_he_stood_and_whom_he_was_with_name_no_speaker():
    # «ومن مقر الأمم المتحدة في نيويورك، قال», «ومن على منصة الأمم المتحدة، قال», «وعلى هامش قمة مجموعة العشرين،
    # قال»: where he spoke; «ووقف إلى جانب رئيس الوزراء الإسرائيلي بنيامين نتنياهو، وقال», «وبجانبه …، قال», «وفي
    # مؤتمر صحفي بعد لقائه الرئيس الروسي فلاديمير بوتين، قال»: whom he stood beside or met. The one spoken of before
    # goes on. An emoji, harakat, tatweel, an RLM and CRLF on the way.
    first = '🇺🇸 قال ترامـب\u200f إن الاتفاقَ سيء جدا.\r\nوتحدث طويلا عن الاقتصاد.\r\n'
    said = ' قال: "لن نسمح لهم بذلك".\r\n'
    netanyahu = [("بنيامين نتنياهو", "PERSON")]
    goes_on(first, said, "ترامـب", (("ومن مقر الأمم المتحدة في نيويورك،", [("الأمم المتحدة", "ORG"), ("نيويورك", "GPE")]),
                                   ("ومن على منصة الأمم المتحدة،", [("الأمم المتحدة", "ORG")]),
                                   ("وعلى هامش قمة مجموعة العشرين في أوساكا،", [("مجموعة العشرين", "ORG"), ("أوساكا", "GPE")]),
                                   ("ووقف إلى جانب رئيس الوزراء الإسرائيلي بنيامين نتنياهو، و", netanyahu),
                                   ("وبجانبه رئيس الوزراء الإسرائيلي بنيامين نتنياهو،", netanyahu),
                                   ("وفي مؤتمر صحفي بعد لقائه الرئيس الروسي فلاديمير بوتين في هلسنكي،",
                                    [("فلاديمير بوتين", "PERSON"), ("هلسنكي", "GPE")]),
                                   ("وعقب استقباله رئيس الوزراء الإسرائيلي بنيامين نتنياهو،", netanyahu)))
    # «من جانبه قال فلان» still names who speaks
    aside = 'من جانبه قال عمر جابر مدافع المنتخب إن الفريق قدم كل ما لديه.\r\n'
    assert speakers(aside, ("عمر جابر", "PERSON")) == ["عمر جابر"]


def test_whose_words_he_answered_or_criticised_is_not_who_speaks():
    # «وتابع في معرض رده على تصريحات الرئيس الإيراني حسن روحاني:», «وانتقد تصريحات الرئيس الإيراني حسن روحاني،
    # قائلا»: the man whose words he answered or criticised. An emoji, harakat, tatweel, an RLM and CRLF on the way.
    first = '🇺🇸 قال وزير الخارجية الأمريكي مايك بومبيـو\u200f إن الاتفاقَ سيء جدا.\r\n'
    names = (("مايك بومبيـو", "PERSON"), ("حسن روحاني", "PERSON"))
    answered = first + 'وتابع في معرض رده على تصريحات الرئيس الإيراني حسن روحاني: "إنه كاذب".\r\n'
    assert speakers(answered, *names) == ["مايك بومبيـو", "مايك بومبيـو"]
    criticised = first + 'وانتقد تصريحات الرئيس الإيراني حسن روحاني، قائلا: "إنه كاذب".\r\n'
    assert speakers(criticised, *names) == ["مايك بومبيـو", "مايك بومبيـو"]
    # but «وانتقد الرئيس الإيراني حسن روحاني العقوبات، قائلا» is Rouhani, the subject
    subject = first + 'وانتقد الرئيس الإيراني حسن روحاني العقوبات، قائلا: "إنها ظالمة".\r\n'
    assert speakers(subject, *names) == ["مايك بومبيـو", "حسن روحاني"]


def test_the_one_interviewed_said_it_in_the_interview():
    # «وأجرت شبكة فوكس نيوز مقابلة مع ترامب، قال فيها», «وفي مقابلة أجرتها شبكة فوكس نيوز مع ترامب قال فيها»: he
    # said it in the interview, not the network that held it; «وأجرى ترامب مقابلة مع شبكة فوكس نيوز، قال فيها» is
    # his too. An emoji, harakat, tatweel, an RLM and CRLF on the way.
    first = '🇺🇸 واجه الرئيس الأمريكي ترامـب\u200f انتقاداتٍ واسعة.\r\n'
    names = (("ترامـب", "PERSON"), ("فوكس نيوز", "ORG"))
    for sentence in ("وأجرت شبكة فوكس نيوز مقابلة مع ترامـب، قال فيها إن العالم تغير.\r\n",
                     "وفي مقابلة أجرتها شبكة فوكس نيوز مع ترامـب قال فيها إن العالم تغير.\r\n",
                     "وأجرى ترامـب مقابلة مع شبكة فوكس نيوز، قال فيها إن العالم تغير.\r\n"):
        assert speakers(first + sentence, *names) == ["ترامـب"], sentence
    # a reporter the interview was with asked; the one spoken of before answered
    reporter = first + "وأجرت مراسلة CNN مقابلة مع ترامـب، قال فيها إن العالم تغير.\r\n"
    assert speakers(reporter, ("ترامـب", "PERSON"), ("CNN", "ORG")) == ["ترامـب"]


def test_a_senior_adviser_and_the_presidents_adviser_speak_not_whom_they_serve():
    # «وقال كبير مستشاري البيت الأبيض إن» gave the White House, and «اعتبر كبير المستشارين الاقتصاديين في البيت
    # الأبيض لاري كادلو» the description without him: «كبير» heads a title as «رئيس» does. «وقال مستشار الرئيس ترامب
    # للأمن القومي إن» gave Trump: his adviser, the field after the name; «نائب الرئيس مايك بنس للصحفيين» is Pence.
    # An emoji, harakat, tatweel, an RLM and CRLF on the way.
    first = '🇷🇺 زار فلاديمير بوتيـن\u200f موسكو والتقى مسؤولين في الكرملين.\r\n'
    said = ' إن روسيا ستدفعُ الثمن.\r\n'
    senior = first + "وقال كبير مستشاري البيت الأبيض" + said
    assert speakers(senior, ("فلاديمير بوتيـن", "PERSON"), ("البيت الأبيض", "ORG")) == ["كبير مستشاري البيت الأبيض"]
    kudlow = 'اعتبر كبير المستشارين الاقتصاديين في البيت الأبيض لاري كادلو، الأحد 😀، أن ترودو "طعننا في الظهر".\r\n'
    assert speakers(kudlow, ("البيت الأبيض", "ORG"), ("لاري كادلو", "PERSON"), ("ترودو", "PERSON")) == ["لاري كادلو"]
    adviser = first + "وقال مستشار الرئيس ترامب للأمن القومي" + said
    assert speakers(adviser, ("فلاديمير بوتيـن", "PERSON"), ("ترامب", "PERSON")) == ["مستشار الرئيس ترامب"]
    vice = first + "وقال نائب الرئيس مايك بنس للصحفيين" + said
    assert speakers(vice, ("فلاديمير بوتيـن", "PERSON"), ("مايك بنس", "PERSON")) == ["مايك بنس"]


def test_a_body_that_did_not_answer_is_not_who_goes_on():
    # «ولم يرد البيت الأبيض على طلب CNN للتعليق.», «وامتنع البيت الأبيض عن التعليق.», «ولم تتمكن CNN من التحقق
    # …»: it said nothing, or could not; a bare «وقال:» after it goes on for the one who spoke before. «وانتقد الحزب
    # الديمقراطي هذه التصريحات بشدة.» is the party, which spoke. An emoji, harakat, tatweel, an RLM and CRLF on the way.
    first = '🇺🇸 قال ترامـب\u200f للصحفيين: "الاتفاقُ جيد جدا".\r\n'
    said = '\r\nوقال: "سنرى ما سيحدث".\r\n'
    for between, body in (("ولم يرد البيت الأبيض على طلب CNN للتعليق.", "البيت الأبيض"),
                          ("وامتنع البيت الأبيض عن التعليق.", "البيت الأبيض"),
                          ("ولم تتمكن CNN من التحقق بشكل مستقل من صحة الرواية.", "CNN")):
        assert speakers(first + between + said, ("ترامـب", "PERSON"), (body, "ORG")) == ["ترامـب", "ترامـب"], between
    spoke = first + "وانتقد الحزب الديمقراطي هذه التصريحات بشدة." + said
    assert speakers(spoke, ("ترامـب", "PERSON"), ("الحزب الديمقراطي", "ORG")) == ["ترامـب", "الحزب الديمقراطي"]


def test_the_topic_after_as_for_and_the_head_of_a_body_he_met_are_not_who_speaks():
    # «أما عن موقف الاتحاد الأوروبي من الاتفاق، فقال»: «as for» a topic; «وفي اجتماع مع الأمين العام لحلف الناتو ينس
    # ستولتنبرغ، قال», «وفي رسالة إلى الأمين العام لحلف الناتو …، قال»: the body his title is of, glued to لـ, does
    # not end the title a preposition governs; «ووقف إلى جوار …، وقال»: beside him. The one spoken of before goes on.
    # An emoji, harakat, tatweel, an RLM and CRLF on the way.
    first = '🇺🇸 قال ترامـب\u200f إن الاتفاقَ سيء جدا.\r\nوتحدث طويلا عن الاقتصاد.\r\n'
    said = ' إن الحلف مهم.\r\n'
    head = [("ينس ستولتنبرغ", "PERSON"), ("حلف الناتو", "ORG")]
    goes_on(first, said, "ترامـب", (("أما عن موقف الاتحاد الأوروبي من الاتفاق، فقال", [("الاتحاد الأوروبي", "ORG")]),
                                   ("وفي اجتماع مع الأمين العام لحلف الناتو ينس ستولتنبرغ، قال", head),
                                   ("وفي رسالة إلى الأمين العام لحلف الناتو ينس ستولتنبرغ، قال", head),
                                   ("ووقف إلى جوار الأمين العام لحلف الناتو ينس ستولتنبرغ، وقال", head)))
    # «أما ستولتنبرغ فقال» is he
    himself = first + "أما ستولتنبرغ فقال" + said
    assert speakers(himself, ("ترامـب", "PERSON"), ("ستولتنبرغ", "PERSON")) == ["ترامـب", "ستولتنبرغ"]


def test_how_or_when_he_said_it_names_no_one_after_the_verb():
    # «وقال منتقدا الحزب الديمقراطي:», «وقال مهاجما الرئيس السابق باراك أوباما:», «وقال مقارنا نفسه بسلفه …:»,
    # «وقال مستندا إلى بيانات وزارة العمل:», «وأضاف شاكرا …:», «وقال بعدما جلس إيدن هازارد …:», «وقال، فيما كان …
    # يستمع:», «وقال، بحضور …:», «وقال أثناء استقباله …:»: how or when he said it; the one spoken of before goes on.
    # «وقال مراسلنا», «وقالت مندوبتها كارن بيرس», «وقالت ماريا زاخاروفا» still name who speaks. An emoji,
    # harakat, tatweel, an RLM and CRLF on the way.
    first = '🇺🇸 قال ترامـب\u200f إن الاتفاقَ سيء جدا.\r\nوتحدث طويلا عن الاقتصاد.\r\n'
    said = ' "سنرى ما سيحدث".\r\n'
    obama, abe = [("باراك أوباما", "PERSON")], [("شينزو آبي", "PERSON")]
    goes_on(first, said, "ترامـب", (("وقال منتقدا الحزب الديمقراطي:", [("الحزب الديمقراطي", "ORG")]),
                                   ("وقال مهاجما الرئيس السابق باراك أوباما:", obama),
                                   ("وقال مقارنا نفسه بسلفه باراك أوباما:", obama),
                                   ("وقال مستندا إلى بيانات وزارة العمل:", [("وزارة العمل", "ORG")]),
                                   ("وأضاف شاكرا رئيس الوزراء الياباني شينزو آبي:", abe),
                                   ("وقال بعدما جلس شينزو آبي على المنصة:", abe),
                                   ("وقال، فيما كان شينزو آبي يستمع:", abe),
                                   ("وقال، بحضور رئيس الوزراء الياباني شينزو آبي:", abe),
                                   ("وقال أثناء استقباله شينزو آبي:", abe)))
    assert speakers("وقال مراسلنا إن الوضع هادئ 😀.\r\n") == ["مراسلنا"]
    envoy = 'وقالت مندوبتها كارن بيرس، إن موسكو تقوض الأمن العالمي.\r\n'
    assert speakers(envoy, ("كارن بيرس", "PERSON"), ("موسكو", "GPE")) == ["كارن بيرس"]
    maria = 'وقالت ماريا إن موسكو سترد.\r\n'
    assert speakers(maria, ("ماريا", "PERSON"), ("موسكو", "GPE")) == ["ماريا"]


def test_a_title_in_fewer_words_names_the_one_introduced_with_it():
    # «وقالت المتحدثة باسم وزارة الخارجية» after «المتحدثة باسم وزارة الخارجية الأمريكية هيذر نويرت», «وقالت الناطقة
    # باسم وزارة الخارجية» after «هيذر نويرت، المتحدثة باسم وزارة الخارجية،», «وقال رئيس المجلس» after «رئيس مجلس
    # النواب الأمريكي بول رايان»: the one introduced with those words. «الرئيس الأمريكي» is not «الرئيس الأمريكي
    # السابق باراك أوباما». An emoji, harakat, tatweel, an RLM and CRLF on the way.
    between = ' وكان ترامـب\u200f قد انتقد روسيا 😀.\r\n'
    nauert = (("هيذر نويرت", "PERSON"), ("ترامـب", "PERSON"), ("روسيا", "GPE"))
    fewer = 'قالت المتحدثة باسم وزارة الخارجية الأمريكية هيذر نويرت إن واشنطنَ قلقة.' + between + \
        'وقالت المتحدثة باسم وزارة الخارجية إن العقوبات ستستمر.\r\n'
    assert speakers(fewer, *nauert) == ["هيذر نويرت", "هيذر نويرت"]
    other_word = 'قالت هيذر نويرت، المتحدثة باسم وزارة الخارجية، إن واشنطنَ قلقة.' + between + \
        'وقالت الناطقة باسم وزارة الخارجية إن العقوبات ستستمر.\r\n'
    assert speakers(other_word, *nauert) == ["هيذر نويرت", "هيذر نويرت"]
    ryan = 'قال رئيس مجلس النواب الأمريكي بول رايان إن الكونغرس سيصوت.' + between + \
        'وقال رئيس المجلس إن التصويت سيجري الأسبوع المقبل.\r\n'
    assert speakers(ryan, ("بول رايان", "PERSON"), ("ترامـب", "PERSON"), ("روسيا", "GPE")) == ["بول رايان", "بول رايان"]
    former = 'انتقد الرئيس الأمريكي السابق باراك أوباما الاتفاق.' + between + \
        'وقال الرئيس الأمريكي إن الولايات المتحدة ستنسحب.\r\n'
    assert speakers(former, ("باراك أوباما", "PERSON"), ("ترامـب", "PERSON"), ("روسيا", "GPE")) != ["باراك أوباما"]


def test_a_bare_verb_after_an_opening_phrase_goes_on_for_the_sentences_before():
    # «وبعد أيام من تصريحات ماكرون، قال في مقابلة …», «وردا على انتقادات ماكرون، قال في تغريدة …», «وفي الوقت
    # الذي يواجه فيه ماكرون احتجاجات، قال …», «وبعد تصريحات ماكرون بشأن …، قال …»: the name in the opening
    # phrase is no speaker, and the one the sentences before named goes on, though no quote came before;
    # «وانتقد ماكرون بشدة، حيث قال», «وهاجم ماكرون مجددا، إذ قال»: whom his verb acted on. An emoji, harakat,
    # tatweel, an RLM and CRLF on the way.
    first = '🇺🇸 دافع الرئيسُ الأمريكي ترامـب\u200f عن قراره 😀.\r\n'
    said = ' إن الجيش الأوروبي فكرة سيئة.\r\n'
    for opening in ("وبعد أيام من تصريحات ماكرون، قال في مقابلة مع شبكة NBC",
                    "وردا على انتقادات ماكرون، قال في تغريدة",
                    "وفي الوقت الذي يواجه فيه ماكرون احتجاجات واسعة، قال في تغريدة",
                    "وبعد تصريحات ماكرون بشأن الجيش الأوروبي، قال في تغريدة",
                    "وانتقد ماكرون بشدة، حيث قال في تغريدة",
                    "وهاجم ماكرون مجددا، إذ قال في تغريدة"):
        assert speakers(first + opening + said, ("ترامـب", "PERSON"), ("ماكرون", "PERSON")) == ["ترامـب"], opening
    # «ورد ماكرون على ترامب، حيث قال» is Macron, who answered
    answered = first + "ورد ماكرون على ترامـب، حيث قال في تغريدة" + said
    assert speakers(answered, ("ترامـب", "PERSON"), ("ماكرون", "PERSON")) == ["ماكرون"]


def test_a_titled_subject_after_a_dateline_goes_on_without_a_quote_before():
    # «واشنطن، الولايات المتحدة (CNN)-- دافع الرئيس الأمريكي دونالد ترامب عن قراره.» then a bare «قال» or «وقال
    # محذرا:» after an opening phrase: the sentence before opened on a verb (past the dateline) whose subject is
    # the titled president, and he goes on; not the body the opening phrase names. An emoji, harakat, tatweel,
    # an RLM and CRLF on the way.
    for lead in ('واشنطن، الولايات المتحدة (CNN)-- دافع الرئيسُ الأمريكي دونالد ترامـب\u200f عن قراره 😀.\r\n',
                 'دافع الرئيسُ الأمريكي دونالد ترامـب\u200f عن قراره 😀.\r\n'):
        names = [("دونالد ترامـب", "PERSON")] + ([("واشنطن", "GPE")] if "واشنطن" in lead else [])
        for sentence, named in (("ومن مقر الأمم المتحدة في نيويورك، قال إن العالم تغير.\r\n", ("الأمم المتحدة", "ORG")),
                                ("وفي تصريحات نقلتها وكالة رويترز، قال إن العالم تغير.\r\n", ("وكالة رويترز", "ORG")),
                                ('وقال محذرا كوريا الشمالية: "سنرى ما سيحدث".\r\n', ("كوريا الشمالية", "GPE"))):
            assert speakers(lead + sentence, *names, named) == ["دونالد ترامـب"], (lead, sentence)


def test_a_man_in_the_complement_of_a_noun_is_not_the_sentences_subject():
    # «وتجنب انتقاد الرئيس الروسي فلاديمير بوتين، إذ قال», «ورفض إدانة …، حيث قال», «وأشاد بجهود …، حيث قال»,
    # «ووصل إلى هلسنكي للقاء …، حيث قال»: the man is what a verbal noun or a noun glued to لـ/بـ governs; the one
    # spoken of before goes on. «أعرب الأمين العام للأمم المتحدة أنطونيو غوتيريس عن أسفه، معتبرا» is he: the body
    # glued to لـ is inside his titles. An emoji, harakat, tatweel, an RLM and CRLF on the way.
    first = '🇺🇸 دافع الرئيسُ الأمريكي دونالد ترامـب\u200f عن قراره 😀.\r\n'
    said = ' إن العلاقات جيدة.\r\n'
    for opening in ("وتجنب انتقاد الرئيس الروسي فلاديمير بوتين، إذ قال",
                    "ورفض إدانة الرئيس الروسي فلاديمير بوتين، حيث قال",
                    "وأشاد بجهود الرئيس الروسي فلاديمير بوتين، حيث قال",
                    "ووصل إلى هلسنكي للقاء الرئيس الروسي فلاديمير بوتين، حيث قال"):
        found = speakers(first + opening + said, ("دونالد ترامـب", "PERSON"), ("فلاديمير بوتين", "PERSON"))
        assert found == ["دونالد ترامـب"], opening
    guterres = 'أعرب الأمين العام للأمم المتحدة أنطونيو غوتيريس عن أسفه للقرار، معتبرا أنه كان "خطأ" 😀.\r\n'
    assert speakers(guterres, ("أنطونيو غوتيريس", "PERSON")) == ["أنطونيو غوتيريس"]
    # «أجراه» is a verb and its object's pronoun, no verbal noun: «وفي اتصال هاتفي أجراه بوتين مع ماكرون، قال» is Putin
    called = first + "وفي اتصال هاتفي أجراه فلاديمير بوتين مع ماكرون، قال" + said
    assert speakers(called, ("دونالد ترامـب", "PERSON"), ("فلاديمير بوتين", "PERSON"), ("ماكرون", "PERSON")) == \
        ["فلاديمير بوتين"]


def test_who_spoke_in_the_words_a_relative_clause_is_about():
    # «ورد الكرملين على تغريدة ترامب التي قال فيها», «وذلك في إشارة إلى تصريحات ماكرون، التي قال فيها»: whose
    # tweet or statements, though a preposition governs them; «المقابلة التي أجرتها شبكة فوكس نيوز مع ترامب،
    # والتي قال فيها»: the one interviewed; «والتقى ترامب بالرئيس الروسي فلاديمير بوتين، الذي قال»: the man the
    # relative follows past its comma. An emoji, harakat, tatweel, an RLM and CRLF on the way.
    said = ' إن الاتفاقَ سيء 😀.\r\n'
    tweet = '🇷🇺 ورد الكرملين على تغريدة ترامـب\u200f التي قال فيها' + said
    assert speakers(tweet, ("ترامـب", "PERSON"), ("الكرملين", "ORG")) == ["ترامـب"]
    statements = 'وذلك في إشارة إلى تصريحات ماكرون، التي قال فيها' + said
    assert speakers(statements, ("ماكرون", "PERSON")) == ["ماكرون"]
    interview = 'وانتقد الحزب الديمقراطي المقابلة التي أجرتها شبكة فوكس نيوز مع ترامـب، والتي قال فيها' + said
    assert speakers(interview, ("ترامـب", "PERSON"), ("الحزب الديمقراطي", "ORG"), ("فوكس نيوز", "ORG")) == ["ترامـب"]
    met = 'والتقى ترامـب بالرئيس الروسي فلاديمير بوتين، الذي قال' + said
    assert speakers(met, ("ترامـب", "PERSON"), ("فلاديمير بوتين", "PERSON")) == ["فلاديمير بوتين"]


def test_whom_a_relative_of_the_other_gender_names_is_not_who_spoke():
    # «والتقى المستشارة الألمانية أنجيلا ميركل، التي قال لها إن …», «وهاجم … ميركل التي قال في حقها إن …»: her
    # clause, his verb: she is whom he spoke to or of. «وانتقد الاتفاق النووي مع إيران، الذي قال في تغريدة إنه …»:
    # a country is «she», «الذي» describes the deal. The one spoken of before goes on. An emoji, harakat,
    # tatweel, an RLM and CRLF on the way.
    first = '🇺🇸 دافع الرئيسُ الأمريكي دونالد ترامـب\u200f عن قراره 😀.\r\n'
    said = ' إن الاتفاق سيء.\r\n'
    merkel = [("دونالد ترامـب", "PERSON"), ("أنجيلا ميركل", "PERSON")]
    for sentence, names in (("والتقى المستشارة الألمانية أنجيلا ميركل، التي قال لها", merkel),
                            ("وهاجم المستشارة الألمانية أنجيلا ميركل التي قال في حقها", merkel),
                            ("وانتقد الاتفاق النووي مع إيران، الذي قال في تغريدة", [("دونالد ترامـب", "PERSON"), ("إيران", "GPE")])):
        assert speakers(first + sentence + said, *names) == ["دونالد ترامـب"], sentence
    # «… المستشارة الألمانية أنجيلا ميركل، التي قالت إن …» is she
    hers = first + "والتقى المستشارة الألمانية أنجيلا ميركل، التي قالت" + said
    assert speakers(hers, *merkel) == ["أنجيلا ميركل"]


def test_the_one_a_sentence_between_sets_against_the_last_speaker_goes_on():
    # After «قال ترامب: "…"», a sentence naming another: «وشن السيناتور الديمقراطي تشاك شومر هجوما على "…"»
    # (an attack is made in words), «وفي المقابل، انتقد زعيم الأقلية الديمقراطية في مجلس الشيوخ، تشاك شومر، "…"»
    # (where he serves, then his name in apposition), «أما السيناتور الديمقراطي تشاك شومر، فقد وصف …» (the one
    # «أما» sets apart, past his titles): a bare «وقال»/«وأضاف» after it is his. An emoji, harakat, tatweel,
    # an RLM and CRLF on the way.
    first = '🇺🇸 قال الرئيس الأمريكي ترامـب\u200f للصحفيين: "الاتفاقُ جيد جدا".\r\n'
    names = (("ترامـب", "PERSON"), ("تشاك شومر", "PERSON"))
    for between in ('وشن السيناتور الديمقراطي تشاك شومر هجوما على "الاتفاق السيء".\r\n',
                    'وفي المقابل، انتقد زعيم الأقلية الديمقراطية في مجلس الشيوخ، تشاك شومر، "الاتفاق السيء".\r\n',
                    'أما السيناتور الديمقراطي تشاك شومر، فقد وصف الاتفاق بـ"الكارثة".\r\n'):
        for said in ('وقال: "هذا عار".\r\n', 'وأضاف أن "هذا عار".\r\n'):
            others = (("مجلس الشيوخ", "ORG"),) if "مجلس الشيوخ" in between else ()
            assert speakers(first + between + said, *names, *others) == ["ترامـب", "تشاك شومر"], (between, said)


def test_a_new_speaker_named_in_the_sentence_between_goes_on():
    # After «قال ترامب: "…"», a sentence naming another, who replied or took a stance: «ولم يتأخر رد السيناتور
    # الديمقراطي تشاك شومر.», «وجاء رد …»; «غير أن السيناتور … لم يوافق على ذلك.»; «بينما انتقد السيناتور …
    # الاتفاق بشدة.»; «وهو ما رفضه السيناتور ….»; and for «وأضاف» (one who spoke) «في المقابل، سخر … من
    # تصريحات الرئيس.», «وسارع … إلى الرد …»: a bare «وقال»/«وأضاف» after it is his. An emoji, harakat, tatweel,
    # an RLM and CRLF on the way.
    first = '🇺🇸 قال الرئيس الأمريكي ترامـب\u200f للصحفيين: "الاتفاقُ جيد جدا".\r\n'
    names = (("ترامـب", "PERSON"), ("تشاك شومر", "PERSON"))
    said = ("وقال: \"هذا عار\".\r\n", "وأضاف: \"هذا عار\".\r\n")
    for between, verbs in (("ولم يتأخر رد السيناتور الديمقراطي تشاك شومر.", said),
                           ("وجاء رد السيناتور الديمقراطي تشاك شومر سريعا.", said),
                           ("غير أن السيناتور الديمقراطي تشاك شومر لم يوافق على ذلك.", said),
                           ("بينما انتقد السيناتور الديمقراطي تشاك شومر الاتفاق بشدة.", said),
                           ("وهو ما رفضه السيناتور الديمقراطي تشاك شومر.", said),
                           ("في المقابل، سخر السيناتور الديمقراطي تشاك شومر من تصريحات الرئيس.", said[1:]),
                           ("وسارع السيناتور الديمقراطي تشاك شومر إلى الرد على الرئيس.", said[1:])):
        for verb in verbs:
            assert speakers(first + between + "\r\n" + verb, *names) == ["ترامـب", "تشاك شومر"], (between, verb)


def test_the_office_of_the_one_quoted_just_before_goes_on_for_him():
    # «قال زعيم حزب "العمال" البريطاني المعارض جيريمي كوربن إن …» then «وأكد زعيم حزب العمال أن …», «قال المتحدث
    # باسم وزارة الخارجية الروسية، ماريا زاخاروفا، إن …» then «وأكدت المتحدثة باسم الخارجية الروسية أن …»: the
    # office of the one quoted in the sentence before is he (or she), the words of the office among those he was
    # introduced with. Not another office («وزير الدفاع الأمريكي» after «وزير الخارجية الأمريكي»), nor one of
    # another country, nor an anonymous description, nor the office of one no quote named. An emoji, harakat,
    # tatweel, an RLM and CRLF on the way.
    said = ' أن القرارَ نهائي 😀.\r\n'
    for first, then, names in (('قال زعيم حزب "العمال" البريطاني المعارض جيريمي كوربـن\u200f إن "الوضع صعب".\r\n',
                                "وأكد زعيم حزب العمال", [("جيريمي كوربـن", "PERSON"), ("العمال", "ORG")]),
                               ('قال المتحدث باسم وزارة الخارجية الروسية، ماريا زاخاروفا، إن "الوضع صعب".\r\n',
                                "وأكدت المتحدثة باسم الخارجية الروسية", [("ماريا زاخاروفا", "PERSON"),
                                                                       ("وزارة الخارجية الروسية", "ORG")])):
        name = names[0][0]
        assert speakers(first + then + said, *names) == [name, name], then
    pompeo = 'قال وزير الخارجية الأمريكي مايك بومبيو إن التحقيق مستمر.\r\n'
    for then in ("وأكد وزير الدفاع الأمريكي", "وأكد وزير الخارجية الروسي"):
        assert speakers(pompeo + then + said, ("مايك بومبيو", "PERSON"))[1] != "مايك بومبيو", then
    source = 'قال مسؤول أمريكي لشبكة CNN إن ترامب غاضب. ونقل المسؤول عن الرئيس ترامب قوله "لن نتراجع".\r\n'
    assert speakers(source + "وأضاف المسؤول" + said, ("ترامب", "PERSON"))[-1] != "ترامب"
    nameless = 'قال ترامب إن التحقيق مستمر.\r\n'
    assert speakers(nameless + "وأكد مدير مكتب التحقيقات الفيدرالي" + said, ("ترامب", "PERSON"))[1] != "ترامب"


def test_so_he_replied_is_a_cue_and_an_individual_is_not():
    # «سأل المذيع ترامب عن بوتين، فرد: "…"», «فرد بأن "…"», «فرد ترامب: "…"»: «فرد» is «ف» and «رد», he replied;
    # «وكل فرد في العائلة», «فرد من الشرطة» is an individual. An emoji, harakat, tatweel, an RLM and CRLF on the way.
    names = (("ترامـب", "PERSON"), ("بوتين", "PERSON"))
    for text in ('🇺🇸 سأل المذيعُ ترامـب\u200f عن بوتين، فرد: "إنه رجل قوي".\r\n',
                 'وسئل ترامـب عن بوتين فرد بأن "بوتين رجل قوي جدا".\r\n',
                 'وسئل ترامـب عن بوتين، فرد ترامـب: "إنه رجل قوي".\r\n'):
        assert quotes(text, *names)[-1][::2] == ("رد", "ترامـب"), text
    assert all(cue != "رد" for cue, _, _ in quotes('وكل فرد في العائلة 😀 قال: "نحن بخير".\r\n'))
    assert quotes('واعتقلت الشرطة فرد من الحرس قال لاحقا إن "الوضع خطير".\r\n')[0][0] == "قال"


def test_her_verb_after_a_statement_of_a_body_is_the_bodys():
    # «قال بومبيو إن …» then «وفي بيان لوزارة الخارجية، قالت إن …»: «قالت» is not his; the ministry whose statement
    # it was speaks, past its لـ. With «قال» he may have spoken in it, and goes on. An emoji, harakat, tatweel, an
    # RLM and CRLF on the way.
    first = '🇺🇸 قال وزير الخارجية الأمريكي مايك بومبيـو\u200f إن الاتفاقَ سيء.\r\n'
    names = (("مايك بومبيـو", "PERSON"), ("وزارة الخارجية", "ORG"))
    hers = first + "وفي بيان لوزارة الخارجية، قالت إن العقوبات ستستمر 😀.\r\n"
    assert speakers(hers, *names) == ["مايك بومبيـو", "وزارة الخارجية"]
    his = first + "وفي بيان لوزارة الخارجية، قال إن العقوبات ستستمر 😀.\r\n"
    assert speakers(his, *names) == ["مايك بومبيـو", "مايك بومبيـو"]


def test_the_one_a_sentence_without_a_verb_describes_goes_on():
    # «قال بومبيو إن …» then «وسيباستيان كورتس هو أصغر زعيم في أوروبا.» then «وقال: "…"»: the one described goes
    # on; «وأوروبا هي القارة العجوز.» describes no speaker. An emoji, harakat, tatweel, an RLM and CRLF on the way.
    first = '🇺🇸 قال وزير الخارجية الأمريكي مايك بومبيـو\u200f إن الاتفاقَ سيء.\r\n'
    said = '\r\nوقال: "العقوبات ستستمر 😀".\r\n'
    kurz = first + "وسيباستيان كورتس هو أصغر زعيم في أوروبا." + said
    assert speakers(kurz, ("مايك بومبيـو", "PERSON"), ("سيباستيان كورتس", "PERSON")) == ["مايك بومبيـو", "سيباستيان كورتس"]
    europe = first + "وأوروبا هي القارة العجوز." + said
    assert speakers(europe, ("مايك بومبيـو", "PERSON"), ("أوروبا", "GPE")) == ["مايك بومبيـو", "مايك بومبيـو"]


def test_a_clause_set_against_the_sentence_holds_anothers_words():
    # «قال ترامب إن …» then «وفي حين اعتبر الحزب الديمقراطي أن …، قال إن …», «وبينما اعتبر …، قال إن …»: the party's
    # words stand in the clause set against the sentence's own; the bare «قال» after its comma goes on for Trump.
    # An emoji, harakat, tatweel, an RLM and CRLF on the way.
    first = '🇺🇸 قال الرئيس الأمريكي ترامـب\u200f إن الاتفاقَ جيد 😀.\r\n'
    names = (("ترامـب", "PERSON"), ("الحزب الديمقراطي", "ORG"))
    for opening in ("وفي حين اعتبر الحزب الديمقراطي أن الاتفاق سيئ، قال", "وبينما اعتبر الحزب الديمقراطي أن الاتفاق سيئ، قال"):
        assert speakers(first + opening + " إن الاتفاق جيد.\r\n", *names) == ["ترامـب", "الحزب الديمقراطي", "ترامـب"], opening


def test_other_mentions_count_though_the_gazetteer_offered_them_first():
    text = 'قال ترامب إن الاقتصاد قوي.\nوأشار مسؤول إلى أن المحادثات بدأت.\nلكن ترامب، رئيس البلاد، قال إن الوظائف كثيرة.\n'
    tagged = names(text, ("ترامب", "PERSON"))
    at = text.index("ترامب،")
    offered = Entity(start=at, end=at + 5, label="PERSON", text="ترامب", id=9, suggested=True)
    found = quote_suggestions(Document(id="x", text=text, entities=[*tagged, offered]))
    assert [q.speaker for q in found] == [0, None, 0]


def test_own_subject_after_the_verb_relative_clause_before_it_outlets_and_kana_places():
    text = ('قال جولياني، محامي الرئيس، إن الرئيس ليس مجبرا على الحضور.\n'
            'وفي رد على سؤال حول ما إذا كان ترامب سينفذ مذكرة أصدرها مولر، قال رئيس بلدية نيويورك السابق "لسنا مضطرين".\n'
            'إلا أن جولياني الذي أربكت تصريحاته فريق ترامب القانوني،أضاف أن الرئيس "يرغب في الشهادة".\n')
    said = speakers(text, ("جولياني", "PERSON"), ("ترامب", "PERSON"), ("مولر", "PERSON"))
    assert said == ["جولياني", "رئيس بلدية نيويورك السابق", "جولياني"]
    outlet = 'وقالت الوزيرة كيلي أودوير إن القرار عادل.\nوأضافت لشبكة "سكاي نيوز" أن ملايين النساء ممتنات.\n'
    assert speakers(outlet, ("كيلي أودوير", "PERSON"), ("سكاي نيوز", "ORG")) == ["كيلي أودوير", "كيلي أودوير"]
    place = ('أعلن رئيس الفلبين رودريغو دوتيرتي انسحاب بلاده من المعاهدة.\n'
             'وقال تيلرسون إنه يترقب رسالة منهم.\nوكانت الولايات المتحدة أشارت إلى أن واشنطن منفتحة على الحوار.\n'
             'وكان رئيس الفلبين قد أعلن إنه لن يمثل أمام المحكمة.\n')
    assert speakers(place, ("رودريغو دوتيرتي", "PERSON"), ("تيلرسون", "PERSON"), ("الولايات المتحدة", "GPE"),
                   ("الفلبين", "GPE")) == ["تيلرسون", "الولايات المتحدة", "رودريغو دوتيرتي"]


@pytest.mark.parametrize("said", ["قالت، يوم الثلاثاء،", "قالت ردا على سؤال"])  # a day, then a manner
def test_a_day_or_a_manner_after_the_verb_is_no_subject_of_its_own(said):
    text = f"وقال سامي علي إن الوفد وصل.\nلكن الوزيرة ليلى حسن {said} إن المحادثات توقفت.\n"
    assert speakers(text, ("سامي علي", "PERSON"), ("ليلى حسن", "PERSON")) == ["سامي علي", "ليلى حسن"]


def test_a_report_inside_a_report_and_who_speaks_on_after_it():
    text = ('وكان ترامب قد قال، الثلاثاء، إن ولي العهد السعودي الأمير محمد بن سلمان، أبلغه في اتصال هاتفي، '
            'بأنه أطلق تحقيقا في القضية.\nوأوضح في تغريدة على تويتر، أن ولي العهد أبلغه بأن التحقيق سيتوسع.\n')
    found = quotes(text, ("ترامب", "PERSON"), ("محمد بن سلمان", "PERSON"))
    assert [(cue, speaker) for cue, _, speaker in found] == [("أبلغه", "محمد بن سلمان"), ("أوضح", "ترامب")]
    alleged = ('وقال متحدث باسم الوزارة إن الموضوع الذي نشرته نيويورك تايمز ويزعم أن الوزيرة كتبت مسودة '
               'استقالة غير صحيح.')
    assert [q[0] for q in quotes(alleged, ("نيويورك تايمز", "ORG"))] == ["قال"]  # no report inside


def test_quoted_words_after_about_name_a_thing_and_a_participle_after_a_clause_quotes_on_its_own():
    text = ('وقال غراندي إن الحرب طالت كثيرا.\nكما أشار المفوض السامي إلى المؤتمر المقبل حول "دعم مستقبل سوريا والمنطقة"، '
            'الذي سيعقد في بروكسل، قائلا إنه يجب أن تنتج عنه تعهدات ثابتة.\n')
    found = quotes(text, ("غراندي", "PERSON"))
    assert [(cue, speaker) for cue, _, speaker in found] == [("قال", "غراندي"), ("قائلا", "غراندي")]
    one = 'وأكد مسؤول كبير في الإدارة لوكالة رويترز قائلا "نعم لقد وبخها".'
    assert [q[:2] for q in quotes(one, ("رويترز", "ORG"))] == [("أكد", "نعم لقد وبخها")]
    grief = 'وعبرت رئيسة الوزراء تيريزا ماي عن صدمتها لوفاة دون ستورغيس، وقالت إنها تشاطر عائلتها حزنها.'
    assert quotes(grief, ("تيريزا ماي", "PERSON"), ("دون ستورغيس", "PERSON"))[0][2] == "تيريزا ماي"


def test_a_joined_verb_shares_its_sentences_subject_not_the_name_before_it():
    text = 'وقال سامي علي إن الوفد وصل.\nوكان الرئيس ماهر حسن التقى نظيره نادر سالم وقال إن المحادثات كانت مثمرة.\n'
    said = speakers(text, ("سامي علي", "PERSON"), ("ماهر حسن", "PERSON"), ("نادر سالم", "PERSON"))
    assert said == ["سامي علي", "ماهر حسن"]


# Pieces of reporting, names and hostile characters, shuffled into texts the rules never saw together.
_PIECES = ["وقال", "قالت", "أضاف", "مؤكدا", "قائلا", "وكان", "قد", "إن", "أن", "إلى", "الذي", "لـ", "لشبكة", "حول",
           "سامي علي", "الوزارة", "الجامعة", "المصدر نفسه", "رئيس", "،", ":", ".", '"', "«", "»", "(", ")", "\r\n",
           "\n", "😀", "\u200f", "ـــ", "\u064e", "بدوره", "يوم", "علما", "عادة ما", "الرئيس", "ترامب", "واشنطن",
           "وزير", "لاعب", "تركيا", "البيان", "بيان", "التي", "فيها", "عن", "قوله", "نقلت", "المسؤول", "كان"]
_LABELS = {"سامي علي": "PERSON", "ترامب": "PERSON", "الوزارة": "ORG", "الجامعة": "ORG", "واشنطن": "GPE", "تركيا": "GPE"}


@given(st.lists(st.sampled_from(_PIECES), max_size=40), st.lists(st.integers(0, 39), max_size=6))
def test_the_reader_never_fails_and_keeps_to_the_text(pieces, tagged_at):
    text = " ".join(pieces)
    entities = []
    for n, at in enumerate(tagged_at):
        piece = pieces[at] if at < len(pieces) else ""
        if piece in _LABELS:
            start = len(" ".join(pieces[:at])) + (1 if at else 0)
            if not any(e.start < start + len(piece) and start < e.end for e in entities):
                entities.append(Entity(start=start, end=start + len(piece), label=_LABELS[piece], text=piece, id=n))
    document = Document(id="x", text=text, entities=entities)
    ids = {e.id for e in entities}
    for quote in quote_suggestions(document):
        assert 0 <= quote.start < quote.end <= len(text) and 0 <= quote.cue[0] < quote.cue[1] <= len(text)
        assert quote.speaker is None or quote.speaker in ids
        assert quote.speaker_text is None or quote.speaker_text.strip()


def test_other_mentions_keep_to_the_stored_text_through_harakat_tatweel_bidi_marks_and_crlf():
    from annotator.core.quotes import _Reader

    text = ('قال ترامب إن الاقتصاد قوي.\r\n😀 وأشار مسؤول إلى أن المحادثات بدأت.\r\n'
            'لكن \u200fتَرامـــب، رئيس البلاد، قال إن الوظائف كثيرة، ولترامب أنصار كثر.\r\n')
    document = Document(id="x", text=text, entities=names(text, ("ترامب", "PERSON")))
    mentions = [(e.start, e.end) for e in _Reader(document).entities]
    written = text.index("تَرامـــب")
    glued = text.index("ولترامب") + 2  # the proclitics و and ل stay outside
    assert mentions == [(4, 9), (written, written + len("تَرامـــب")), (glued, glued + 5)]
    assert [q.speaker for q in quote_suggestions(document)] == [0, None, 0]


def test_a_sentence_that_opens_on_a_verb_and_an_untagged_subject_gives_its_joined_verbs_that_speaker():
    # Harakat, tatweel, an emoji, a bidi mark and CRLF on the way.
    text = ("وناشدت وزارةُ الصحـــة المصرية المواطنين الالتزام بالتعليمات 😀 وقالت إن الوضع تحت السيطرة.\r\n"
            "وأعلنت الشرطة اعتقال ثلاثة أشخاص\u200f، مضيفة أن التحقيق مستمر.\r\n"
            "وأعرب المتظاهرون عن غضبهم وقالوا إنهم لن يتراجعوا.\r\n")
    assert speakers(text) == ["وزارةُ الصحـــة المصرية", "الشرطة", "المتظاهرون"]
    # Not a verb: a preposition, or a noun whose sentence has a subject of its own; nor a subject that cannot speak
    assert speakers("وفي الشرطة المحلية عمل كثير، وقالت إن الوضع هادئ.") != ["الشرطة المحلية"]
    assert speakers("وأكدت ضرورة الحوار بين الأطراف وقالت إن الحل قريب.") == [None]
    # A body named before: the description speaks for it
    named = "قالت وزارة الداخلية الألمانية إن الأمن في حالة تأهب.\nوناشدت الوزارة المتظاهرين تجنب العنف وقالت إن على المحتجين الالتزام بالقانون.\n"
    assert speakers(named, ("وزارة الداخلية الألمانية", "ORG")) == ["وزارة الداخلية الألمانية"] * 2


def test_an_outlet_named_in_quotation_marks_before_a_colon_is_no_quote():
    text = ('وقال لهيطة في حديث مع صحافيين بينهم مراسل وكالة "فرانس برس"، على هامش التدريبات 😀 في غروزني: '
            '"لم يستقر الجهاز الفني على اللاعبين".\r\n')
    [(cue, quote, speaker)] = quotes(text, ("لهيطة", "PERSON"), ("فرانس برس", "ORG"))
    assert (cue, quote, speaker) == ("قال", "لم يستقر الجهاز الفني على اللاعبين", "لهيطة")


def test_a_country_s_office_and_a_team_speak_as_themselves():
    text = ("وذكر ترامب أنه أبلغ رئيس الوزراء الياباني شينزو آبي بالمفاوضات.\n"
            'وذكرت شبكة "سي بي إس نيوز" استنادا إلى مصدرين، أن البلدين المطروحين هما منغوليا وسنغافورة.\n'
            "من ناحيته، قال رئيس وزراء سنغافورة 😀 السبت إنه لم يتلق أي طلب رسمي.\n"
            "ويسعى طاقم الدفاع عن ترامب إلى تعويضات\u200f، قائلا إنها خرقت الاتفاق.\r\n")
    found = quotes(text, ("ترامب", "PERSON"), ("شينزو آبي", "PERSON"), ("سي بي إس نيوز", "ORG"),
                   ("منغوليا", "GPE"), ("سنغافورة", "GPE"))
    assert [(q, s) for _, q, s in found][1:] == [("البلدين المطروحين هما منغوليا وسنغافورة", "سي بي إس نيوز"),
                                                ("لم يتلق أي طلب رسمي", "رئيس وزراء سنغافورة"),
                                                ("خرقت الاتفاق", "طاقم الدفاع")]


def test_a_capital_before_its_verb_speaks_and_a_named_group_or_a_stressed_word_is_no_quote():
    text = ('وقال اللواء يوري يفتوشينكو "تم التوصل إلى اتفاق مبدئي".\n'
            "ولم يوضح الجيش الروسي التفاصيل، لكن موسكو قالت إن المسلحين سيزيلون الألغام.\n"
            'وأفادت وسائل الإعلام الرسمية التوصل إلى اتفاق مع جماعة "فيلق الرحمن"، على إجلاء المقاتلين.\n'
            'وتساءل الوزير عما إذا كان الرئيس سيقول الكلام نفسه 😀 "لحفيدته".\n'
            'وقال رئيس الهيئة جلال بورانفار لـ"إيسنا" "تم إرسال فرق الإنقاذ إلى المنطقة".\n')
    found = quotes(text, ("يوري يفتوشينكو", "PERSON"), ("الجيش الروسي", "ORG"), ("موسكو", "GPE"),
                   ("فيلق الرحمن", "ORG"), ("جلال بورانفار", "PERSON"), ("إيسنا", "ORG"))
    assert [(q, s) for _, q, s in found] == [("تم التوصل إلى اتفاق مبدئي", "يوري يفتوشينكو"),
                                            ("المسلحين سيزيلون الألغام", "موسكو"),
                                            ("تم إرسال فرق الإنقاذ إلى المنطقة", "جلال بورانفار")]


def test_titles_verbal_nouns_asides_and_photographers():
    text = ("أكد ولي العهد السعودي الأمير محمد بن سلمان أن إيران تلعب دورا شريرا.\n"
            'وقال ولي العهد السعودي خلال مقابلة: "قلت إن التوسع خطر".\n'
            "وأفادت المنظمة أن الموظف، وهو شاب لبناني، كان مسؤولا عن شؤون المساجين.\n"
            "وقال مصدر في المستشفى طلب عدم كشف هويته، إن الموظف قتل بعدة طلقات.\n"
            "وأشار مصور وكالة فرانس برس في الموقع إلى أن النافذة تهشمت.\n")
    found = quotes(text, ("محمد بن سلمان", "PERSON"), ("إيران", "GPE"), ("فرانس برس", "ORG"))
    assert [(c, q, s) for c, q, s in found] == [
        ("أكد", "إيران تلعب دورا شريرا", "محمد بن سلمان"),
        ("قال", "قلت إن التوسع خطر", "محمد بن سلمان"),
        ("أفادت", "الموظف، وهو شاب لبناني، كان مسؤولا عن شؤون المساجين", "المنظمة"),
        ("قال", "الموظف قتل بعدة طلقات", "مصدر"),
        ("أشار", "النافذة تهشمت", "مصور وكالة فرانس برس")]


def test_names_in_a_relative_clause_or_past_the_subject_do_not_speak():
    text = ('قالت جريدة "ديلي ميل" إن المهاجم كان يصرخ.\n'
            'وأضافت الصحيفة في التقرير الذي نشرته واطلعت عليه "العربية نت" إن المهاجم كان يهدد.\n'
            "وصدر تقرير عن هيئة تفتيش السجون.\n"
            "وقالت الهيئة عقب زيارتها مركزا القريب من مطار في ضاحية لندن والذي يعتبر أكبر مركز إن بعض نزلائه محتجزون.\n"
            'وأضاف ماتيس خلال اجتماع مع وزيري دفاع كوريا الجنوبية واليابان: "لن تحصل على الإعفاء".\n'
            'وأعلن المركز أن الإعصار "فلورنس"، الذي يتقدم باتجاه الساحل 😀، خسر بعضا من قوته.\n'
            "وأضاف البيان أن كيم جونغ يانغ، وهو من كوريا الجنوبية، سيقوم بمهام الرئيس.\n")
    found = quotes(text, ("ديلي ميل", "ORG"), ("العربية نت", "ORG"), ("هيئة تفتيش السجون", "ORG"), ("لندن", "GPE"),
                   ("ماتيس", "PERSON"),
                   ("كوريا الجنوبية", "GPE"), ("كيم جونغ يانغ", "PERSON"))
    assert [s for _, _, s in found][:4] == ["ديلي ميل", "ديلي ميل", "هيئة تفتيش السجون", "ماتيس"]
    assert [q for _, q, _ in found][4:] == ['الإعصار "فلورنس"، الذي يتقدم باتجاه الساحل 😀، خسر بعضا من قوته',
                                           "كيم جونغ يانغ، وهو من كوريا الجنوبية، سيقوم بمهام الرئيس"]


# The speaker rules of the second wave, each on made-up sentences in the shape of the article it was found in.
WHO_SPEAKS = [
    pytest.param(
        'وقالت متحدثة باسم الوزارة "الأحداث يمكن أن تلهب المشاعر".\n'
        "وقالت الشرطة إن الوضع هادئ.\n"
        'وأضافت المتحدثة "الأجهزة تتبادل المعلومات".\n',
        [],
        ["متحدثة باسم الوزارة", "الشرطة", "متحدثة باسم الوزارة"],
        id="a_description_speaks_again_after_someone_else_was_quoted"),
    pytest.param(
        'وقال قائد كبير بالجيش السوري الحر مطلع على المحادثات "لن يستطيع النظام أن يصل إلى ما يريد".',
        [("الجيش السوري الحر", "ORG")],
        ["قائد كبير بالجيش السوري الحر"],
        id="a_body_glued_to_bi_is_where_the_speaker_belongs_not_the_speaker"),
    pytest.param(
        "وأورد الصحفي كوندراشوف في الفيلم أن الطائرة غيرت مسارها.\n"
        "وقال بوتن إنه أمر بإسقاطها.\n"
        "وأشار الصحفي إلى أن الطائرة كانت تقل 110 ركاب.\n",
        [("كوندراشوف", "PERSON"), ("بوتن", "PERSON")],
        ["كوندراشوف", "بوتن", "كوندراشوف"],
        id="what_a_person_is_names_them_again_later"),
    pytest.param(
        'وقالت ستورغن إن بريطانيا تتجه إلى "منطقة مجهولة".\r\n'
        'واتهمت الحكومة البريطانية المعارضين بـ"ترصد الأخطاء" 😀 وأكدت أنها تحاول حماية وحدة البلاد.\r\n'
        'وفقا للكرملين، هنأ بوتين الرئيس السوري على "نجاحات الجيش" وشدد على "ضرورة تهيئة ظروف جديدة".\r\n',
        [("ستورغن", "PERSON"), ("الحكومة البريطانية", "ORG"), ("بوتين", "PERSON")],
        ["ستورغن", "الحكومة البريطانية", "بوتين"],
        id="a_joined_verb_takes_the_tagged_subject_of_the_verb_its_sentence_opened_on"),
    pytest.param(
        "جاء ذلك بعد دعوة الكاتب محمد السحيمي في مداخلة له عبر قناة إم بي سي وأضاف إن الأذان يرعب الأطفال.\n"
        'واعتبرت ممثلة بلغاريا، التي تحدثت باسم الاتحاد الأوروبي، أنه "من المؤسف أن تتولى سوريا الرئاسة".'
        ' أما سفير فرنسا فقال إن سوريا "ليس لديها الصلاحية".\n',
        [("محمد السحيمي", "PERSON"), ("إم بي سي", "ORG"), ("بلغاريا", "GPE"), ("الاتحاد الأوروبي", "ORG"),
         ("سوريا", "GPE"), ("فرنسا", "GPE")],
        ["محمد السحيمي", "ممثلة بلغاريا", "سفير فرنسا"],
        id="where_someone_spoke_and_whom_they_represent_are_not_the_speaker"),
    pytest.param(
        "وقال السفير الأمريكي روبرت وود إن وجود سوريا هنا مهزلة.\n"
        'وقالت السفيرة الأسترالية "هذا يضعف من مصداقية الهيئة".\n'
        'وأضاف السفير "سنبقى في القاعة".\n',
        [("روبرت وود", "PERSON")],
        ["روبرت وود", "السفيرة الأسترالية", "روبرت وود"],
        id="a_title_of_another_gender_or_country_is_someone_else"),
    pytest.param(
        "حتى نهض وود وغادر القاعة، ثم عاد لإلقاء كلمته التي أعلن فيها أن الولايات المتحدة ستمنع ذلك.",
        [("وود", "PERSON"), ("الولايات المتحدة", "GPE")],
        ["وود"],
        id="a_relative_clause_about_a_speech_gives_it_to_whoever_gave_it"),
    pytest.param(
        'وأكد الراقص هوانغ يونغ بو الاتهامات، وقال إنه "يعترف بالادعاءات".\n'
        "وكشفت كيم سو هي، رئيسة فرقة مسرحية، عما وصفته بالجانب المروع للكاتب. وقالت إن الكاتب أجبرها على ذلك.\n",
        [("هوانغ يونغ بو", "PERSON"), ("كيم سو هي", "PERSON")],
        ["هوانغ يونغ بو", "كيم سو هي"],
        id="a_bare_verb_goes_on_for_the_subject_of_the_sentence_just_before_it"),
    pytest.param(
        "وقال متحدث باسم رئيسة الوزراء البريطانية تيريزا ماي الثلاثاء إن ماي ستثير القضية.\n"
        "وقال المتحدث إن ماي ستطلع على الخطوات.\n"
        'وكان وزير الخارجية عادل الجبير قد اعتبر أن السعودية تخوض "حربا عادلة".\n'
        "وقال المتحدث باسم الحكومة 😀 إن المملكة المتحدة وضعت نظاما متينا.\r\n"
        "وقال المتحدث باسم الكرملين ديمتري بيسكوف إن الرئيس أجرى محادثات.\n",
        [("تيريزا ماي", "PERSON"), ("ماي", "PERSON"), ("عادل الجبير", "PERSON"), ("ديمتري بيسكوف", "PERSON")],
        [
        "متحدث باسم رئيسة الوزراء البريطانية تيريزا ماي", "متحدث باسم رئيسة الوزراء البريطانية تيريزا ماي",
        "عادل الجبير", "المتحدث باسم الحكومة", "ديمتري بيسكوف"],
        id="a_spokesperson_in_someone_s_name_speaks_and_is_not_someone_else_s_spokesperson"),
    pytest.param(
        "وأفاد مراسلنا في مدينة الحديدة بفرار القيادات، مضيفا أن الميليشيات تنهب المقرات.\n"
        "ونقل عن شهود عيان القول إن شاحنات تغادر المدينة.\n"
        "وقال مسؤول بإدارة السجون في مدينة بيشاور لرويترز إن السجين نقل.\n"
        'ونفت الشركة الادعاءات قائلة إن القضية "معيبة".\n',
        [("الحديدة", "GPE"), ("بيشاور", "GPE"), ("رويترز", "ORG")],
        ["مراسلنا", "شهود عيان", "مسؤول بإدارة السجون", "الشركة"],
        id="an_untagged_reporter_or_witnesses_speak_as_themselves"),
    pytest.param(
        'وقال متحدث باسم وزارة الدفاع (البنتاغون) إن الأمر تسبب بـ"وقفة عملانية".\n'
        'وكان بومبيو قال، قبيل زيارته الثانية 😀 لبيونغيانغ، إنه يأمل "أن تفعل الشيء الصحيح".\n'
        "وقال فوتيل أمام اللجنة إن القلق كبير.\n"
        'وأطلقت أنقرة في 20 كانون الثاني/يناير عملية "غصن الزيتون" التي تقول أنها تستهدف المقاتلين.\n',
        [("وزارة الدفاع", "ORG"), ("البنتاغون", "ORG"), ("بومبيو", "PERSON"), ("فوتيل", "PERSON"), ("أنقرة", "GPE")],
        ["متحدث باسم وزارة الدفاع", "بومبيو", "فوتيل", "أنقرة"],
        id="asides_aliases_and_operations_do_not_speak"),
    pytest.param(
        'وقال غريزمان: "لا فرق، كنا نرغب في التواجد في دور الثمانية".\n'
        'واتفق لوكاس هيرنانديز مع زميله، حيث أكد أن "هوية المنافس لا تهم".\n'
        "وعبّرت مارين لوبان، زعيمة اليمين المتطرف، عن غضبها، إذ قالت إن الخطأ لا يغتفر.\n",
        [("غريزمان", "PERSON"), ("لوكاس هيرنانديز", "PERSON"), ("مارين لوبان", "PERSON")],
        ["غريزمان", "لوكاس هيرنانديز", "مارين لوبان"],
        id="a_verb_deep_in_a_sentence_that_opened_on_another_speaker_s_verb_is_theirs"),
    pytest.param(
        "واستقبلت فرنسا 100 ألف مهاجر 😀، ما أثار حفيظة باريس التي تقول إن بلاد هؤلاء آمنة.",
        [("فرنسا", "GPE"), ("باريس", "GPE")],
        ["باريس"],
        id="a_relative_clause_after_a_name_speaks_for_that_name"),
    pytest.param(
        'وقال سوتيتشاي يون، مقدم برنامج مدته 45 دقيقة، "اليوم سنحصل على إجابات".\n'
        "وقال مدير المستشفى إن أوزان الأطفال زادت.\n"
        "وكان مستشار الأمن القومي لرئيس كوريا الجنوبية، تشونغ اوي-يونغ، أعلن إثر إجرائه محادثات أن اللقاء سيجري.\n"
        'ورحب الرئيس الأمريكي دونالد ترامب بالتقدم، ثم رحب الرئيس الأمريكي مجددا إذ كتب على تويتر: "تحقق تقدم كبير".\n'
        'ووضعت لافتة كتب عليها "إعادة الخنازير البرية إلى ديارها" 😀.\n'
        "وقال رئيس لجنة التحقيقات لدى مكتب النائب العام، إن التحريات كشفت عن صلة.\n",
        [("سوتيتشاي يون", "PERSON"), ("كوريا الجنوبية", "GPE"), ("تشونغ اوي-يونغ", "PERSON"),
         ("دونالد ترامب", "PERSON")],
        ["سوتيتشاي يون", "مدير المستشفى", "تشونغ اوي-يونغ", "دونالد ترامب", "رئيس لجنة التحقيقات"],
        id="an_office_someone_was_never_introduced_with_is_someone_else"),
    pytest.param(
        "وكان رئيس القيادة المركزية الأميركية، الجنرال جوزيف فوتيل، قد عبر عن قلق بلاده.\n"
        "وأكد قائد القيادة المركزية الأميركية أن استمرار سياسة إيران يزيد من قدراتها.\n"
        "استدعت الشرطة النيجيرية بوكولا ساراكي للاستجواب. ويشغل ساراكي منصبا رفيعا، وقال المتحدث باسم الشرطة"
        " 😀 أن زعماء العصابة أشاروا إلى تورطه.\n"
        "وأبرزت الغرفة الصادرات من ولايات دعمت الرئيس ترمب، وقالت إنها تواجه عقوبات.\n",
        [("القيادة المركزية الأميركية", "ORG"), ("جوزيف فوتيل", "PERSON"), ("إيران", "GPE"),
         ("الشرطة النيجيرية", "ORG"), ("بوكولا ساراكي", "PERSON"), ("ساراكي", "PERSON"), ("ترمب", "PERSON")],
        ["جوزيف فوتيل", "المتحدث باسم الشرطة", "الغرفة"],
        id="the_head_of_a_body_the_subject_after_a_sentence_s_verb_and_a_spokesman_s_own_body"),
    pytest.param(
        "قالت كارين ماكدوغال إن ترامب كان على علاقة معها.\n"
        "وقالت في مقابلة مع محطة سي أن أن 😀 إنها بكت في طريق عودتها.\n"
        "وسترفع كليفورد قضية لإلغاء الاتفاقية التي يقول محاميها إنها أجبرت على توقيعها.\n",
        [("كارين ماكدوغال", "PERSON"), ("ترامب", "PERSON"), ("سي أن أن", "ORG"), ("كليفورد", "PERSON")],
        ["كارين ماكدوغال", "كارين ماكدوغال", "محاميها"],
        id="cnn_s_letters_are_no_complementiser_and_a_relative_clause_with_its_own_subject_is_theirs"),
    pytest.param(
        'وأوضح ماكرون "للأسف لا نعيش في عالم هادئ".\n'
        'وكانت أوساط مقربة من ماكرون قد قالت الأسبوع الماضي: "علينا ألا نفصل بين العمل الوطني والدولي".\n'
        "والخميس اعتبر 19 شخصا في عداد المفقودين بعد أن ضرب الإعصار الجزيرة 😀.\n"
        "وقالت الكنيسة من قبل إن الراهب خضع لتحقيقات.\n",
        [("ماكرون", "PERSON")],
        ["ماكرون", "أوساط مقربة", "الكنيسة"],
        id="a_description_kana_opens_on_speaks_and_after_bada_an_no_one_is_quoted"),
    pytest.param(
        'وقال ولي العهد إن السعودية لا تريد قنبلة نووية.\n'
        "ونشر الموقع مقتطفات من المقابلة.\n"
        "وخلال المقابلة، شبه الأمير محمد بن سلمان، المرشد علي خامنئي، بالزعيم الراحل أدولف هتلر.\n"
        'وقال: "خامنئي يريد التوسع".\n'
        'وأشار مولود تشاووش أوغلو إليها على أنها "أختنا". وأضاف دون الخوض في التفاصيل 😀 "سنرد على هذا".\n',
        [("محمد بن سلمان", "PERSON"), ("علي خامنئي", "PERSON"), ("أدولف هتلر", "PERSON"),
         ("مولود تشاووش أوغلو", "PERSON")],
        ["ولي العهد", "محمد بن سلمان", "مولود تشاووش أوغلو"],
        id="the_sentence_before_a_bare_said_names_who_goes_on_even_past_a_paragraph"),
    pytest.param(
        "كشفت دراسة اعتمدت على بيانات خمسة ملايين إعلان أن معظم الإعلانات كانت مريبة.\n"
        "وقال المسؤول الذي رافق الوزير إن الزيارة ناجحة.\n",
        [],
        ["دراسة", "المسؤول"],
        id="a_clause_describing_the_subject_is_not_part_of_its_name"),
    pytest.param(
        "نشرت إذاعة الجيش الإسرائيلية تسجيلا لمغن ممنوع، رونالد كلاين، واعتذرت الإذاعة الاثنين قائلة إنه كان سهوا.\n"
        'وأكدت متحدثة باسم "مكان" 😀 أن "التعليمات لم تتغير".\n'
        "وولدت سارة بيل في تكساس عام 1970.\n"
        "وفكرت في خوض انتخابات مجلس النواب عام 2012 لكنها تراجعت قائلة إن حظوظها ضعيفة.\n",
        [("إذاعة الجيش الإسرائيلية", "ORG"), ("رونالد كلاين", "PERSON"), ("سارة بيل", "PERSON"), ("مجلس النواب", "ORG")],
        ["إذاعة الجيش الإسرائيلية", 'متحدثة باسم "مكان"', "سارة بيل"],
        id="a_participle_speaks_for_its_own_clause_s_subject_or_the_sentence_before"),
    pytest.param(
        "حظر موقع التواصل الاجتماعي فيسبوك حسابات مزيفة.\r\n"
        "وقال موقع التواصل الاجتماعي في مدونة إنه حدد هوية 17 حسابا.\r\n"
        'وكان مارك بيل عضو مجلس الشيوخ عن ولاية أوهايو الذي تساءل: "لو حدث هذا مع رئيس آخر، هل كنا سنسكت؟"\r\n'
        "أما محامي الأسرة، عبد الله سالم، فقد قال لبي بي سي، إن الأسرة ستطعن في الحكم.\r\n"
        "وشرح أن الحكم صدر دون حضور الدفاع.\r\n",
        [("فيسبوك", "ORG"), ("مارك بيل", "PERSON"), ("مجلس الشيوخ", "ORG"), ("ولاية أوهايو", "GPE"),
         ("عبد الله سالم", "PERSON"), ("بي بي سي", "ORG")],
        ["فيسبوك", "مارك بيل", "عبد الله سالم", "عبد الله سالم"],
        id="a_description_that_introduced_a_name_and_a_relative_after_a_governed_place_and_amma_with_qad"),
    pytest.param(
        "ولدت سارة بيل في تكساس عام 1970.\n"
        "وعملت في التدريس ثم في الصحافة.\n"
        "وفكرت في خوض انتخابات مجلس النواب عام 2012 لكنها تراجعت قائلة إن حظوظها ضعيفة.\n",
        [("سارة بيل", "PERSON"), ("مجلس النواب", "ORG")],
        ["سارة بيل"],
        id="a_participle_after_a_verb_with_no_named_subject_speaks_for_the_one_the_article_spoke_of"),
    pytest.param(
        'وأضافت وكالة "يونهاب" أن الطائرة حطت في مطار "كالما".\n'
        "لكن الوكالة أوردت أنه من الوارد أن يعاين مسؤولون الرفات.\n"
        'وكان وزير الخارجية الأمريكي مايك بومبيو أعلن في18 تموز/يوليو أن الإعادة "يجب أن تبدأ".\n'
        'وقال مدير المرصد "وافقت ثماني بلدات على الأقل على اتفاقات".\n',
        [("يونهاب", "ORG"), ("مايك بومبيو", "PERSON"), ("المرصد", "ORG")],
        ["يونهاب", "يونهاب", "مايك بومبيو", "مدير المرصد"],
        id="a_body_before_its_verb_a_long_title_after_kana_and_the_director_of_a_body"),
    pytest.param(
        'وقال فايز كاكار وزير صحة ولاية بلوشستان لوكالة فرانس برس "توجد جثث كثيرة".\r\n'
        "وأضاف وزير الداخلية أن الاعتداء استهدف لقاء انتخابيا 😀.\r\n"
        "وقال العياط، في مقطع فيديو، إن هناك عوامل مشتركة بين التنظيمين.\r\n"
        'وأوضح القيادي بالتنظيم أن "الإخوان يؤكدون على ضرورة القتال".\r\n'
        "قالت شبكة تلفزيونية أميركية، الخميس، نقلا عن مسؤولين كبار في إدارة الرئيس دونالد ترامب، أن الطرفين توصلا إلى اتفاق.\r\n"
        'ونقلت "أن بي سي نيوز" عن مسؤولين توقعهم بأن يعود برانسون إلى منزله.\r\n',
        [("فايز كاكار", "PERSON"), ("بلوشستان", "GPE"), ("فرانس برس", "ORG"), ("العياط", "PERSON"),
         ("دونالد ترامب", "PERSON"), ("أن بي سي نيوز", "ORG"), ("برانسون", "PERSON")],
        ["فايز كاكار", "وزير الداخلية", "العياط", "العياط", "شبكة تلفزيونية أميركية", "مسؤولين"],
        id="another_minister_a_leader_who_spoke_last_a_source_after_naqlan_an_and_nbc_s_letters"),
    pytest.param(
        'وقال أوزكان أوزكيليك "الأسعار تتغير كل ساعة".\n'
        'وكانت تركيا لمحت، مساء الأربعاء، إلى إمكانية التراجع عن موقفها، قائلة إنها "على استعداد للنقاش".\n',
        [("أوزكان أوزكيليك", "PERSON"), ("تركيا", "GPE")],
        ["أوزكان أوزكيليك", "تركيا"],
        id="a_participle_in_a_sentence_kana_opens_speaks_for_its_subject"),
    pytest.param(
        "وعرض الرئيس ماكرون على العاهل الأردني مساهمة فرنسية، وفق ما أعلنت الرئاسة الفرنسية في بيان.\n"
        'وأضاف البيان أن ماكرون "تحادث مع العاهل الأردني".\n'
        'وأوضح البيان أن "الاتصال تطرق أيضا إلى مسائل إقليمية".\n'
        "وقال مؤتمر الإيغور العالمي في تقريره إن المعتقلين يحتجزون دون تهم 😀.\n"
        "وأضاف التقرير أن المعتقلين يعانون من سوء التغذية.\n"
        "وقالت محكمة العدل الدولية إنها ستنظر في الشكوى.\n"
        'والأسبوع الماضي رفعت طهران إلى المحكمة قضية تطالب برفع العقوبات التي قالت إنها تتسبب لها في "أضرار جسيمة".\n',
        [("ماكرون", "PERSON"), ("الرئاسة الفرنسية", "ORG"), ("مؤتمر الإيغور العالمي", "ORG"),
         ("محكمة العدل الدولية", "ORG"), ("طهران", "GPE")],
        ["الرئاسة الفرنسية", "الرئاسة الفرنسية", "مؤتمر الإيغور العالمي", "مؤتمر الإيغور العالمي",
         "محكمة العدل الدولية", "طهران"],
        id="a_statement_goes_on_for_its_authors_a_report_for_whose_it_is_and_a_relative_for_the_sentence_s_subject"),
    pytest.param(
        'وقال المدرب أوسيبيو دي فرانشيسكو إن فريقه جاهز. وأبلغ الصحفيين: "علينا أن نحاول".\n'
        "وقال سعيد العويران إن الحفل كبير.\n"
        'وحول بروز فهد الهريفي ونجوميته قال: "الهريفي نجح مبكرا".\n'
        'وأشار العويران إلى أن الهريفي أضاف رقما جديدا للكرة السعودية، وزاد: "فهد نجح بصناعة رقم خاص".\n'
        "وقال 34 في المئة إن الأطعمة المعدلة وراثيا خطر 😀.\n",
        [("أوسيبيو دي فرانشيسكو", "PERSON"), ("سعيد العويران", "PERSON"), ("فهد الهريفي", "PERSON")],
        ["أوسيبيو دي فرانشيسكو", "أوسيبيو دي فرانشيسكو", "سعيد العويران", "سعيد العويران", "سعيد العويران",
         "سعيد العويران", "34 في المئة"],
        id="an_addressee_after_ablagha_a_topic_before_the_verb_zada_with_a_colon_and_a_share_of_people"),
    pytest.param(
        'لكن مدير المستشفى، مصطفى عبادي، نفى تلك المزاعم، وقال لبي بي سي: "هذا الكلام عار من الصحة".\r\n'
        'وقال لبي بي سي: "يبدو أن الأسرة رفعت دعوى".\r\n'
        'وقال والد كينغ، تشارلز بومفورد، أمام المحكمة: "وقف رجل في غرفة ابني".\r\n'
        "وأوضح ستيف بانون لصحيفة صنداي تايمز أن الرسالة ضاعت.\r\n"
        "لكن اندرو كوبر، عضو مجلس اللوردات، اتهم جونسون بالخواء الأخلاقي.\r\n"
        'وأضاف على تويتر "حقارة جونسون تتجاوز عنصريته".\r\n',
        [("مصطفى عبادي", "PERSON"), ("بي بي سي", "ORG"), ("كينغ", "PERSON"), ("تشارلز بومفورد", "PERSON"),
         ("ستيف بانون", "PERSON"), ("صنداي تايمز", "ORG"), ("اندرو كوبر", "PERSON"), ("جونسون", "PERSON")],
        ["مصطفى عبادي", "مصطفى عبادي", "تشارلز بومفورد", "ستيف بانون", "اندرو كوبر"],
        id="a_glued_outlet_a_relative_named_in_apposition_and_a_subject_after_lakin"),
    pytest.param(
        "ورفع آباء وأمهات دعاوى قضائية، قالوا خلالها إن أطفالهم أصبحوا مرضى.\n"
        "وحذرت الحكومة الشركة من أنها يجب أن تتوقع عقوبات.\n"
        "وأوضح مصدر أمني أن الطائرات قصفت موقعا لكتائب القسام، الجناح العسكري لحركة حماس، في مدينة رفح، وأضاف أن غارة ثانية استهدفت موقعا آخر.\n"
        "وأكد متحدث باسم الجيش الإسرائيلي حصول الغارات، موضحا أنها جاءت ردا على الطائرات الورقية 😀.\n"
        "وحسب محامي برونسون، فإن المحكمة رفضت رفع حظر السفر.\n"
        "غير أن المحامي قال إنه قدم طلب استئناف.\n"
        "وأقرت محكمة أخرى استمرار حبس القس بينما كانت الولايات المتحدة تأمل في أن يطلق سراحه.\n",
        [("كتائب القسام", "ORG"), ("حماس", "ORG"), ("رفح", "GPE"), ("الجيش الإسرائيلي", "ORG"), ("برونسون", "PERSON"),
         ("الولايات المتحدة", "GPE")],
        # «وحسب محامي برونسون، فإن …» reports for the lawyer, who then goes on as «المحامي»
        ["آباء وأمهات", "الحكومة", "مصدر أمني", "مصدر أمني", "متحدث باسم الجيش الإسرائيلي", "محامي برونسون",
         "محامي برونسون"],
        id="who_filed_a_verb_s_object_a_source_going_on_past_a_place_a_spokesman_s_body_and_a_client_is_no_lawyer"),
    pytest.param(
        "وقالت إدارة الرئيس الأميركي دونالد ترامب إنها تراجع الإعفاءات.\n"
        "وذكر تلفزيون (سي.إن.إن ترك) نقلا عن مصادر أن الطرفين توصلا إلى اتفاق.\n"
        "أعلن المدعي العام في جنوب أفريقيا أن الرئيس السابق سيحاكم.\n"
        'وأشار إلى أن زوما أبلغ بالأمر وأنه "نفى كل التهم".\n'
        "وألغت المحكمة الأحكام الصادرة بحق 16 متهما على أن تعاد محاكمتهم 😀.\n"
        'يهمس جواد شقيق معاذ الأكبر ويقول "نسمع والدنا يبكي".\n'
        'قال أفراد من المعارضة السورية المسلحة إنهم يرون في المعركة "فرصة للانتقام".\n',
        [("دونالد ترامب", "PERSON"), ("سي.إن.إن ترك", "ORG"), ("جنوب أفريقيا", "GPE"), ("زوما", "PERSON"),
         ("جواد", "PERSON"), ("معاذ", "PERSON")],
        ["إدارة الرئيس الأميركي دونالد ترامب", "سي.إن.إن ترك", "المدعي العام", "المدعي العام", "جواد",
         "أفراد من المعارضة السورية المسلحة"],
        id="an_administration_a_station_in_brackets_the_attorney_general_a_passive_told_a_counted_noun_and_yahmis"),
    pytest.param(
        "وقع المدافع الفرنسي صامويل أومتيتي على عقده الجديد.\n"
        "وأكد اللاعب الفرنسي أن النادي هو بيته. وأجاب قائلا: أنا سعيد للغاية. وقد يأتي زميله أو لا. "
        "وقال جوسيب بارتوميو، رئيس النادي: إنه لاعب مهم للغاية.\n"
        'وقال المدرب الجديد خلال مؤتمر صحفي مع رئيس الاتحاد المصري هاني أبو ريدة "أنا أحترم سلفي كثيرا" 😀.\n',
        [("صامويل أومتيتي", "PERSON"), ("جوسيب بارتوميو", "PERSON"), ("هاني أبو ريدة", "PERSON")],
        ["صامويل أومتيتي", "صامويل أومتيتي", "جوسيب بارتوميو", "المدرب الجديد"],
        id="a_player_introduced_as_a_defender_a_colon_quote_ends_where_another_opens_and_a_titled_name_after_maa"),
    pytest.param(
        "أطلق حسن نصر الله، زعيم حزب الله، الجمعة جملة مواقف.\n"
        "ومن جملة تلك المواقف إعلانه أنه يتمنى أن يكون إلى جانب مقاتلي #ميليشيات_الحوثي، قائلا إنه يتمنى أن يكون مقاتلا.\n"
        "وقالت الصحيفة نقلا عن أربعة أشخاص إن المحقق أشار إلى مذكرة الاستدعاء.\n",
        [("حسن نصر الله", "PERSON"), ("حزب الله", "ORG"), ("ميليشيات_الحوثي", "ORG")],
        ["حسن نصر الله", "الصحيفة"],
        id="a_participle_after_a_paragraph_naming_only_a_body_and_a_source_after_naqlan"),
    pytest.param(
        'وقالت مينغ في المقابلة التي أجريت معها في فرنسا، حيث كان مقر زوجها، "أعتقد أنها عملية اضطهاد سياسي".\n'
        "لكن محللين يقولون إن شي يستغل الحملة لإقصاء منافسيه.\n",
        [("مينغ", "PERSON"), ("فرنسا", "GPE"), ("شي", "PERSON")],
        ["مينغ", "محللين"],
        id="haythu_inside_a_long_subject_and_describers_before_their_verb"),
    pytest.param(
        "وقال بيان نشره الموقع الرسمي لقوات الحشد الشعبي إن الهجوم وقع مساء الأحد.\n"
        "وأوضح أن المسلحين تنكروا بالزي العسكري.\n"
        "وكان العراق أعلن مطلع الشهر عن عملية عسكرية جنوب كركوك،\n"
        "وأوضح أن العملية نفذت لتعقب بقايا المسلحين.\n"
        "وانتهز ترامب فرصة نشر التقرير، وكرر رأيه بأن التحقيق الروسي ملاحقة 😀.\n",
        [("قوات الحشد الشعبي", "ORG"), ("العراق", "GPE"), ("كركوك", "GPE"), ("ترامب", "PERSON")],
        ["قوات الحشد الشعبي", "قوات الحشد الشعبي", "العراق", "ترامب"],
        id="a_statement_s_issuer_kana_s_subject_going_on_and_his_opinion_is_no_speaker"),
    pytest.param(
        "وقع الرئيس الأميركي دونالد ترامب والزعيم الكوري الشمالي كيم وثيقة شاملة.\r\n"
        "وقال كيم إنه عقد اجتماعا تاريخيا مع ترامب.\r\n"
        "وقد تغير الوثيقة الأفق الأمني على غرار زيارة الرئيس الأميركي السابق ريتشارد نيكسون للصين.\r\n"
        'وكان الرئيس الأميركي وصف الاجتماع مع كيم بأنه "أفضل مما توقع".\r\n'
        'وأكد أنه كون "علاقة جيدة" مع زعيم كوريا الشمالية.\r\n'
        "ودانت المتحدثة باسم وزارة الخارجية الأميركية هيذر نويرت ما كشفه بوتين.\r\n"
        'وقالت للصحافيين "هذا شيء لا نستمتع بمشاهدته".\r\n',
        [("دونالد ترامب", "PERSON"), ("كيم", "PERSON"), ("ترامب", "PERSON"), ("ريتشارد نيكسون", "PERSON"),
         ("وزارة الخارجية الأميركية", "ORG"), ("هيذر نويرت", "PERSON"), ("بوتين", "PERSON")],
        ["كيم", "ترامب", "هيذر نويرت"],
        id="a_former_president_is_not_the_president_and_a_spokeswoman_named_after_her_ministry_goes_on"),
    pytest.param(
        "كشفت تقارير عن نتائج الضربة، مشيرة إلى أنها أسفرت عن تدمير عدد ضخم من الصواريخ.\n"
        'وكان التلفزيون السوري أكد تعرض "بعض المواقع العسكرية" لقصف 😀 "بصواريخ معادية".\n',
        [("التلفزيون السوري", "ORG")],
        ["تقارير", "التلفزيون السوري"],
        id="reports_open_an_article_and_kana_s_subject_before_a_verb_with_its_object"),
    pytest.param(
        "كما نُقل عن وزير الدفاع الروسي سيرغي شويغو قوله إنه سيتم إنشاء ممر إنساني.\n"
        "أكد المدير الفني للمنتخب الروسي، ستانيسلاف تشيرتشيسوف، أن النجم المصري محمد صلاح يقدم عروضا استثنائية.\n"
        'وأكد مدرب المنتخب الروسي أنه يمتلك "السر".\n'
        "أظهر استطلاع رأي أجرته رويترز أن الاقتصاد سينمو 5.3 بالمئة.\n"
        "قالت منظمة العفو الدولية إن الصواريخ قد تشكل جريمة حرب.\n"
        'ونقلت "فرانس برس" بيانا للمنظمة الدولية قالت فيه إن الهجمات العشوائية محظورة 😀.\n'
        "واعتبر بيان للمتحدث الرسمي لقوات التحالف العقيد تركي المالكي، أن هذا العمل عدائي.\n",
        [("سيرغي شويغو", "PERSON"), ("المنتخب الروسي", "ORG"), ("ستانيسلاف تشيرتشيسوف", "PERSON"),
         ("محمد صلاح", "PERSON"), ("رويترز", "ORG"), ("منظمة العفو الدولية", "ORG"), ("فرانس برس", "ORG"),
         ("قوات التحالف", "ORG"), ("تركي المالكي", "PERSON")],
        ["سيرغي شويغو", "ستانيسلاف تشيرتشيسوف", "ستانيسلاف تشيرتشيسوف", "منظمة العفو الدولية", "منظمة العفو الدولية",
         "تركي المالكي"],
        id="titles_after_an_the_team_s_coach_a_poll_a_statement_carried_by_an_agency_and_a_spokesman_s_statement"),
    pytest.param(
        "واقترحت 4 صناديق أميركية عامة تملك أسهما في فيسبوك عزل زوكربيرغ، معتبرين أن هذه الخطوة ستحسن الإدارة.\n"
        'وقال صديق فورمان ووكيل أعماله دنيس أسبلاند "أبلغتني زوجته أنه توفي".\n'
        "وأوردت الوكالة عن زوجته مارتينا قولها إن فورمان توفي فجأة. وأوضحت زوجته، \"توفي بهدوء\".\n"
        "أعلن متحدث باسم الاتحاد الدولي لكرة القدم عن فتح إجراء تأديبي.\n"
        'وأضاف المتحدث لوكالة الأنباء الفرنسية "ليس لدينا أي تعليق إضافي" 😀.\n'
        "وظل ترامب يستهدف الصحيفة التي يملكها جيف بيزوس.\n"
        "واتهم في مارس عملاق الإنترنت بسرقة خدمات البريد.\n"
        'وفي يونيو قال إن الصحيفة "أخبارها مزيفة".\n',
        [("فيسبوك", "ORG"), ("زوكربيرغ", "PERSON"), ("فورمان", "PERSON"), ("دنيس أسبلاند", "PERSON"),
         ("مارتينا", "PERSON"), ("الاتحاد الدولي لكرة القدم", "ORG"), ("ترامب", "PERSON"), ("جيف بيزوس", "PERSON")],
        ["4 صناديق أميركية", "دنيس أسبلاند", "مارتينا", "مارتينا", "متحدث باسم الاتحاد الدولي لكرة القدم", "ترامب"],
        id="counted_funds_a_friend_and_agent_his_wife_again_a_spokesman_described_once_and_a_subject_past_a_pronoun_verb"),
    pytest.param(
        "حذر وزير خارجية كوريا الشمالية من أنه ليس هناك أي مجال لنزع السلاح.\n"
        'وقال ري يونغ هو في خطابه إن "العقوبات عمقت عدم الثقة".\n'
        "وتختبر شركة فيسبوك زرا جديدا.\n"
        "ويقول مارتن غارنر، خبير تقني في شركة سي سي إس إنسايت، إن هذا الزر جزء من مقاومة فيسبوك.\n"
        "وفي سياق آخر، أعلنت الشركة الجمعة أنها ستضاعف عدد المهندسين.\n"
        "لكن لاعب يوفنتوس السابق ومدرب المنتخب الإيطالي يقول إن طريقته جعلت منه فائزا.\n"
        'ويذكر أن عباس اعتذر الجمعة، مؤكدا إدانته "للمحرقة" بوصفها "أشنع جريمة في التاريخ". وأكد إدانة "معاداة السامية بجميع أشكالها".\n'
        "قال الرئيس الأمريكي، دونالد ترامب، إن الهجرة أضرت بأوروبا.\n"
        "وأضاف في مؤتمر صحفي مشترك مع رئيسة وزراء بريطانيا، تيريزا ماي، أنه ينبغي عليه قول ذلك 😀.\n",
        [("كوريا الشمالية", "GPE"), ("ري يونغ هو", "PERSON"), ("مارتن غارنر", "PERSON"), ("سي سي إس إنسايت", "ORG"),
         ("فيسبوك", "ORG"), ("يوفنتوس", "ORG"), ("بريطانيا", "GPE"), ("تيريزا ماي", "PERSON"),
         ("عباس", "PERSON"), ("دونالد ترامب", "PERSON")],
        ["ري يونغ هو", "ري يونغ هو", "مارتن غارنر", "فيسبوك", "لاعب يوفنتوس السابق ومدرب المنتخب الإيطالي",
         "عباس", "عباس", "دونالد ترامب", "دونالد ترامب"],
        id="the_lead_s_office_named_next_a_company_one_works_in_a_coach_s_titles_a_prime_minister_after_maa"),
    pytest.param(
        "تقدمت مجلة باعتذار بشأن مقابلة مع الممثلة الأمريكية درو باريمور.\n"
        'وقال ممثلون عن باريمور إن الممثلة "لم تشارك" في المقابلة.\n'
        'ثم نقلت المجلة عن الممثلة قولها إنها "لا تستخدم بعض أساليب التربية".\n'
        'ومع ذلك، قال ممثلو درو باريمور إنها "لم تجلس مع" المجلة.\n'
        "حدد مؤسس شركة تيسلا لصناعة السيارات الكهربائية، إيلون ماسك، خطته، وقال إنه ناقش تمويلها.\n"
        "وقال مؤسس تيسلا أيضا إنه التقى بصندوق الثروة السيادي.\n"
        "وقال الجنرال فلاديمير زولوتوخين إن الممر فتح للمقاتلين. وأضاف أنه لم يسبق أن خرج مدنيون عبر الممر الذي "
        'أعلن الروس أن بوسع المدنيين الخروج عبره، وقال "ليس من المستبعد أن يكون على صلة باقتراحنا" 😀.\n',
        [("درو باريمور", "PERSON"), ("باريمور", "PERSON"), ("تيسلا", "ORG"), ("إيلون ماسك", "PERSON"),
         ("فلاديمير زولوتوخين", "PERSON")],
        ["ممثلون عن باريمور", "باريمور", "ممثلو درو باريمور", "إيلون ماسك", "إيلون ماسك", "فلاديمير زولوتوخين",
         "فلاديمير زولوتوخين", "فلاديمير زولوتوخين"],
        id="representatives_of_a_star_her_title_after_an_a_founder_and_a_report_inside_a_relative_clause"),
    pytest.param(
        "قال الرئيس الأمريكي، دونالد ترامب، إن الدول وافقت على زيادة نفقاتها.\n"
        "وقالت ميركل إن الحلفاء أقروا بأن الوضع أسوأ.\n"
        'وكان الرئيس الأمريكي قد اختص ألمانيا بالانتقاد، واتهمها بأنها رهينة لروسيا، قائلا إنها "تحت سيطرة" موسكو.\n',
        [("دونالد ترامب", "PERSON"), ("ميركل", "PERSON"), ("ألمانيا", "GPE"), ("روسيا", "GPE"), ("موسكو", "GPE")],
        ["دونالد ترامب", "ميركل", "دونالد ترامب"],
        id="a_participle_in_a_kana_sentence_whose_title_named_someone_before"),
    pytest.param(
        'وقال مسؤول في وكالة الأرصاد الجوية "لم نشهد مثل هذا المطر".\n'
        'وقال رئيس الوزراء إن عمال الإنقاذ يعملون "ضد الزمن".\n'
        'وقال شينزو آبي للصحفيين "ما زال هناك كثيرون في عداد المفقودين".\n'
        'انتقد الاتحاد في بيان صادر عنه الاثنين ما وصفه بـ"طلبات غير منطقية"، مؤكدا أنه لا يتعامل بمكيالين 😀.\n'
        'وأكد حرصه على "مصلحة اللاعب".\n'
        "حسبما أعلن مصدر في الرئاسة التركية.\n"
        'وقال المصدر إن الرئيسين "تبادلا وجهات النظر".\n',
        [("شينزو آبي", "PERSON"), ("الاتحاد", "ORG")],
        ["مسؤول", "شينزو آبي", "شينزو آبي", "الاتحاد", "الاتحاد", "مصدر"],
        id="the_prime_minister_named_in_the_next_sentence_a_verb_opening_a_sentence_and_the_source_named_before"),
    pytest.param(
        'أكد وزير الخارجية الأميركي مايك بومبيو خلال زيارة إلى سيول أن الزعيم الكوري "فهم" الأمر.\n'
        "وقال الوزير الأميركي خلال مؤتمر صحفي مشترك مع نظيريه الياباني تارو كونو والكورية الجنوبية كانغ كيونغ وا "
        '"نعتقد أنه فهم الطابع الملح".\n'
        "ووقع ترامب وكيم الوثيقة.\n"
        'وشدد الوزير الأميركي على أن رفع العقوبات لن يتم إلا بعد "نزع سلاحها النووي" 😀.\n'
        'وقالت لائحة الاتهام إن "محتوى القصيدة خلق إمكانية حقيقية للعنف".\n',
        [("مايك بومبيو", "PERSON"), ("سيول", "GPE"), ("تارو كونو", "PERSON"), ("كانغ كيونغ وا", "PERSON"),
         ("ترامب", "PERSON"), ("كيم", "PERSON")],
        ["مايك بومبيو", "مايك بومبيو", "مايك بومبيو", "لائحة الاتهام"],
        id="counterparts_after_maa_a_minister_of_foreign_affairs_and_a_word_that_starts_with_lam"),
    pytest.param(
        'ونشر والد بيبر، جيرمي صورة لابنه على إنستغرام قائلا "متحمس للفصل التالي".\n'
        "وتصاعد التوتر بين بغداد وأنقرة، بعد أن قالت الأخيرة إنها تسعى إلى عملية عسكرية.\n"
        'وصف وزير خارجية إيران محمد جواد ظريف التعهدات بغير الكافية، وقال إن على الاتحاد القيام "بخطوات إضافية" 😀.\n'
        "ونفى الناطق باسم الخارجية معلومات مفادها أن بلاده وافقت على التفاوض.\n",
        [("بيبر", "PERSON"), ("جيرمي", "PERSON"), ("إنستغرام", "ORG"), ("بغداد", "GPE"), ("أنقرة", "GPE"),
         ("إيران", "GPE"), ("محمد جواد ظريف", "PERSON")],
        ["جيرمي", "أنقرة", "محمد جواد ظريف", "الناطق باسم الخارجية"],
        id="a_father_named_after_his_son_the_latter_a_minister_after_his_country_and_a_spokesman_s_object"),
    pytest.param(
        "وقال هيرفيه تيميم، محامي ديبارديو، إنه مقتنع ببراءة موكله.\n"
        'وأضاف لراديو "فرانس إنفو" الإخباري: "اجتمعت معه وأنا مقتنع تماما بالبراءة".\n'
        "وقدمت الشرطة ميليسا ليوناردو إلى المحكمة.\n"
        "وتمكن المحققون من قياس المسافة بين موقع الطعن ومكان العثور عليها.\n"
        "وقالوا إن الفتاة تعرضت لطعن متكرر 😀.\n"
        "وتعرض عباس لموقف السلطة من المصالحة مع حركة حماس التي تسيطر على قطاع غزة، فقال: \"لن نقبل إلا مصالحة كاملة\".\n",
        [("هيرفيه تيميم", "PERSON"), ("ديبارديو", "PERSON"), ("فرانس إنفو", "ORG"), ("ميليسا ليوناردو", "PERSON"),
         ("عباس", "PERSON"), ("حركة حماس", "ORG"), ("قطاع غزة", "GPE")],
        ["هيرفيه تيميم", "هيرفيه تيميم", "المحققون", "عباس"],
        id="a_radio_glued_to_lam_investigators_go_on_in_the_plural_and_fa_joins_a_verb_to_its_sentence"),
    pytest.param(
        'وأوضح البيان الصادر عن البيت الأبيض أن "الرئيس سيلتقي نظيره" 😀.\n',
        [("البيت الأبيض", "ORG")],
        ["البيت الأبيض"],
        id="a_statement_issued_by_a_body_speaks_for_it"),
    pytest.param(
        "وقال برونو لومير إن شركة أير فرانس قد تختفي.\n"
        "وعلى الرغم من الإضراب، إلا أن الشركة أكدت أنها ستكون قادرة على تسيير الرحلات.\n"
        "وأكدت الفرنسية أنها دخلت العراق من سوريا.\n"
        "وأضافت وهي تحمل طفلها، أنها جاءت مع زوجها 😀.\n",
        [("برونو لومير", "PERSON"), ("أير فرانس", "ORG"), ("العراق", "GPE"), ("سوريا", "GPE")],
        ["برونو لومير", "أير فرانس", "الفرنسية", "الفرنسية"],
        id="a_subject_after_illa_anna_mid_sentence_and_an_aside_right_after_the_verb"),
    pytest.param(
        '"نحن مستعدون لكل الاحتمالات في المنطقة"، قال وزير الدفاع جيمس ماتيس للصحفيين 😀.\n'
        '"الوضع خطير جدا على الحدود". وقال مسؤول آخر إن القوات جاهزة.\n',
        [("جيمس ماتيس", "PERSON")],
        ["جيمس ماتيس", "مسؤول آخر"],
        id="a_verb_of_saying_after_the_quoted_words_and_a_comma_gives_them_their_speaker"),
    pytest.param(
        "وقال مسؤول إن المحادثات متعثرة.\n"
        "وتزامن هذا مع تصريحات لرئيس الوزراء سامي حداد قال فيها إن الاتفاق بات قريبا جدا 😀.\n",
        [("سامي حداد", "PERSON")],
        ["مسؤول", "سامي حداد"],
        id="statements_of_a_person_glued_to_li_then_qala_fiha_are_theirs"),
    pytest.param(
        "وكان الرئيس يشير إلى تعليقات نائب الوزير، كريم ناصر، الذي قال فيها إن القرار \"مؤسف\" و\"غير متوقع\"، "
        "مضيفًا أن بلاده مستعدة للحوار في أي وقت.\n",
        [("كريم ناصر", "PERSON")],
        ["كريم ناصر", "كريم ناصر"],
        id="a_participle_right_after_a_relative_clause_quote_goes_on_for_the_name_it_follows"),
    pytest.param(
        "وقالت خطيبة الصحفي مازن حلمي، الذي يكتب في صحيفة الأيام، إنها رافقته إلى المبنى.\n"
        "وقال حفيد سالم عودة إن جده بخير.\n",
        [("مازن حلمي", "PERSON"), ("الأيام", "ORG"), ("سالم عودة", "PERSON")],
        ["خطيبة الصحفي مازن حلمي", "حفيد سالم عودة"],
        id="a_fiancee_or_a_grandson_speaks_not_the_person_named_after_them"),
    pytest.param(
        "أحيا الأتراك ذكرى محاولة الانقلاب على الرئيس الإسلامي المحافظ رجب طيب أردوغان.\n"
        "ويتهم الرئيس التركي حليفه السابق الداعية المعارض فتح الله غولن بالوقوف خلف الانقلاب.\n"
        'وقال الرئيس التركي في أنقرة "لن ننسى أبدا الخامس عشر من تموز".\n',
        [("رجب طيب أردوغان", "PERSON"), ("فتح الله غولن", "PERSON"), ("أنقرة", "GPE")],
        ["رجب طيب أردوغان"],
        id="a_leaning_is_no_nationality_the_islamist_conservative_president_is_the_turkish_one"),
    pytest.param(
        "وقال الوزير سامر داود إن الحملة ستستمر.\nوجرت الملاحقات في إطار حالة الطوارئ. "
        "لكن متحدثا باسم داود قال قبل أيام إنه سيتم رفع حالة الطوارئ مساء الأربعاء.\n",
        [("سامر داود", "PERSON")],
        ["سامر داود", "متحدثا باسم داود"],
        id="but_a_spokesman_in_the_accusative_in_someones_name_said"),
    pytest.param(
        'من جانبه، قال النائب البرلماني هيثم فاروق لـ"الصباح. نت" إنه تقدم بطلب مكتوب لرئيس البرلمان.\n'
        "وقال إن القانون حدد مبلغا هزيلا. وأضاف البرلماني المصري أن الحل ليس هو الأمثل.\n",
        [("هيثم فاروق", "PERSON")],
        ["هيثم فاروق", "هيثم فاروق", "هيثم فاروق"],
        id="a_dotted_site_name_in_marks_ends_no_sentence_and_the_mp_is_the_one_introduced_so"),
    pytest.param(
        "وقالت البعثة الأميركية إن الولايات المتحدة تسعى لمزيد من المعلومات.\n"
        "وتقدم مبعوث فلسطين في بيان، الأربعاء، بالشكر للحكومة على هذا القرار الذي قال إنه سيساهم في إرساء السلام.\n",
        [("البعثة الأميركية", "ORG"), ("الولايات المتحدة", "GPE"), ("فلسطين", "GPE")],
        ["البعثة الأميركية", "مبعوث فلسطين"],
        id="an_envoy_of_a_country_opening_the_sentence_speaks_for_it"),
    pytest.param(
        "وقالت فاليري جاريت إن المزحة تمثل لحظة تعلم.\n"
        'وأضافت أن روبرت إيغير، المدير التنفيذي لديزني، اتصل بها للاعتذار وقال إنه "لا تسامح لديه على الإطلاق" مع التغريدة.\n',
        [("فاليري جاريت", "PERSON"), ("روبرت إيغير", "PERSON"), ("ديزني", "ORG")],
        ["فاليري جاريت", "روبرت إيغير"],  # the report inside is the quote: «قال مسؤول إن الرئيس قال إنه …»
        id="a_joined_verb_inside_a_report_goes_on_for_the_person_the_report_opened_on"),
    pytest.param(
        "وقالت فاليري جاريت إن المزحة تمثل لحظة تعلم.\n"
        "وأضافت أن روبرت إيغير، المدير التنفيذي لديزني، الشركة الأم لشبكة التلفزيون التي عرضت المسلسل، اتصل بها "
        'للاعتذار وقال إنه "لا تسامح لديه على الإطلاق" مع التغريدة.\n',
        [("فاليري جاريت", "PERSON"), ("روبرت إيغير", "PERSON"), ("ديزني", "ORG")],
        ["فاليري جاريت", "فاليري جاريت", "روبرت إيغير"],
        id="a_joined_verb_of_another_gender_after_a_report_goes_on_for_the_person_the_report_opened_on"),
    pytest.param(
        'وصرح أردوغان أمام أنصاره الذين احتشدوا قرب "جسر شهداء 15 تموز/يوليو" الذي سيطر عليه الانقلابيون '
        '"سنواصل كفاحنا من دون كلل".\n'
        "وحاول مارك زوكربيرغ شرح كيف حاولت الشركة التمييز بين المنشورات التي يمكن أن تؤدي إلى أذى جسدي.\n",
        [("أردوغان", "PERSON"), ("مارك زوكربيرغ", "PERSON")],
        ["أردوغان"],
        id="a_quoted_place_a_relative_clause_describes_and_an_indirect_question_are_no_speech"),
    pytest.param(
        'وقال فافري (60 عاماً) لصحيفة "بيلد" الأربعاء : مجرد تكهنات وشائعات. ولكن هانز فاتزكة الرئيس التنفيذي '
        'لدورتموند قال لقناة "سبورت1" إن الإعلان سيكون قريبا. وقال : نعلم من نريد ونعلم من سنحصل عليه.\n'
        "وأكد فافري وقوع اتصالات مع النادي دون أن يتمكن من إعطاء تفاصيل.\n",
        [("فافري", "PERSON"), ("هانز فاتزكة", "PERSON"), ("دورتموند", "ORG"), ("بيلد", "ORG"), ("سبورت1", "ORG")],
        ["فافري", "هانز فاتزكة", "هانز فاتزكة"],
        id="but_and_a_name_end_a_colon_quote_the_officer_of_a_body_glued_to_li_speaks_and_doon_an_is_no_quote"),
    pytest.param(
        "بعد رحيله المفاجئ عن تدريب ريال مدريد الإسباني، خرج الفرنسي زين الدين زيدان عن صمته، وقال إنه في فترة راحة.\n"
        'وقال المدرب البالغ 45 عاما لدى إعلان قراره، "اتخذت قرارا بعدم البقاء في الموسم المقبل".\n',
        [("ريال مدريد", "ORG"), ("زين الدين زيدان", "PERSON")],
        ["زين الدين زيدان", "زين الدين زيدان"],
        id="a_long_fronted_phrase_then_the_verb_and_its_subject_and_a_title_with_an_age_is_the_one_known"),
    pytest.param(
        "وذكرت صحيفة الرياضة أن فافري يريد منع صفقة انتقال المدافع ستيفان ليشتستاينر، وقال المدافع السويسري لصحيفة "
        '"بليك" إن الصفقة فشلت. وقال : لن أنضم للفريق. لم نتوصل لاتفاق.\n'
        "ويقول محامو إليوت برودي إن قطر اخترقت رسائله.\n",
        [("فافري", "PERSON"), ("ستيفان ليشتستاينر", "PERSON"), ("بليك", "ORG"), ("إليوت برودي", "PERSON"), ("قطر", "GPE")],
        ["صحيفة الرياضة", "ستيفان ليشتستاينر", "ستيفان ليشتستاينر", "محامو إليوت برودي"],
        id="a_joined_verb_after_a_comma_is_the_reporters_next_clause_not_a_report_inside_and_lawyers_speak"),
    pytest.param(
        "وقال سامي مرسي إن الفريق جاهز.\n"
        'أما عن إمكانية انضمامه مستقبلا لأحد الأندية المصرية، فأجاب اللاعب الشاب بأنه "أمر ممكن".\n'
        'وقال صاحب الـ 26 عاما، والذي انضم إلى المنتخب عام 2016، إن "الجميع يساعدني".\n',
        [("سامي مرسي", "PERSON")],
        ["سامي مرسي", "سامي مرسي", "سامي مرسي"],
        id="amma_and_a_preposition_sets_a_topic_not_a_speaker_and_an_epithet_of_age_is_the_one_named"),
    pytest.param(
        "وقال العاملون في المستشفى إن بعضهم بدأ يتساءل.\n"
        "وعندما سئلت كريستين بلانشارد المديرة الطبية للمستشفى عن تأثير التسمم على المدى البعيد، قالت إن "
        "التشخيص غير مؤكد.\n",
        [("كريستين بلانشارد", "PERSON")],
        ["العاملون", "كريستين بلانشارد"],
        id="when_someone_was_asked_then_a_comma_and_the_verb_of_saying_she_answers"),
    pytest.param(
        "وقال المرصد إن القوات انسحبت من المطارات.\n"
        "وكان سفير روسيا في لبنان قد قال إن أي صاروخ يطلق على سوريا سوف يسقط.\n",
        [("المرصد", "ORG"), ("روسيا", "GPE"), ("لبنان", "GPE"), ("سوريا", "GPE")],
        ["المرصد", "سفير روسيا"],
        id="kana_and_an_envoy_of_a_country_the_envoy_speaks"),
    pytest.param(
        "قال وزير الخارجية الروسي سيرغي لافروف إن الحوار مستمر.\n"
        "وقالت الوزارة إن القوات انسحبت.\n"
        'وقال وزير خارجية روسيا إن "الضربة ستكون خطأ".\n'
        "وأضافت السفيرة الفرنسية ماري دوبون أن باريس تتابع. وقالت سفيرة فرنسا إن الحل سياسي.\n",
        [("سيرغي لافروف", "PERSON"), ("روسيا", "GPE"), ("ماري دوبون", "PERSON"), ("فرنسا", "GPE"), ("باريس", "GPE")],
        ["سيرغي لافروف", "الوزارة", "سيرغي لافروف", "ماري دوبون", "ماري دوبون"],
        id="the_minister_of_a_country_is_the_one_introduced_with_its_nisba"),
    pytest.param(
        "وقال خبراء إن ذلك يمهد السبيل لتقديم الحقن. وكانت التوصية دفعت خبراء منظمة الصحة العالمية إلى الإشارة "
        "إلى ذلك. وأضاف الخبراء أنه يمكن الاستفادة من الدواء. ويقول خبراء منظمة الصحة العالمية إنهم يأملون في توفيره.\n"
        'وقال مسؤول كبير بالوزارة عن المحادثات المقرر أن يجريها الوزير سامر حداد "سيكون هناك مسعى للتواصل مع العالم".\n',
        [("منظمة الصحة العالمية", "ORG"), ("سامر حداد", "PERSON")],
        ["خبراء", "خبراء", "خبراء منظمة الصحة العالمية", "مسؤول كبير"],
        id="the_experts_are_no_kind_of_body_and_a_name_past_a_modal_an_is_in_a_clause_of_its_own"),
    pytest.param(
        "أكد المؤتمر الصحفي المشترك بين ولي العهد السعودي، الأمير محمد بن سلمان، والرئيس الفرنسي، إيمانويل ماكرون، "
        "اتفاق الجانبين.\n"
        "وقال ولي العهد السعودي إن إيران تدعم الإرهاب.\n"
        "أما ماكرون، فقد أكد أنه اتفق مع ولي العهد السعودي على ضرورة الحد من محاولات إيران.\n"
        "وفي الملف السوري، أعلن ولي العهد أن بلاده قد تشارك في ضربات محتملة.\n"
        'من جانبه، كشف الرئيس الفرنسي أن بلاده ستعلن "خلال الأيام المقبلة" ردها على الهجوم.\n',
        [("محمد بن سلمان", "PERSON"), ("إيمانويل ماكرون", "PERSON"), ("ماكرون", "PERSON"), ("إيران", "GPE")],
        ["محمد بن سلمان", "ماكرون", "محمد بن سلمان", "ماكرون"],
        id="two_people_introduced_in_one_sentence_each_keeps_his_own_title"),
    pytest.param(
        "قررت وزارة الدفاع الأمريكية (البنتاغون) تأجيل العرض العسكري الذي طلبه الرئيس دونالد ترامب.\n"
        "لكن مسؤولا في البنتاغون قال الخميس، إنه سوف يؤجل لمدة عام على الأقل.\n"
        'ووصفه عضو الكونغرس جيم ماكغوفين بأنه مضيعة، وقال على تويتر "ترامب يتصرف مثل الدكتاتور أكثر من كونه رئيس".\n'
        "وقال البنتاغون إن الموكب كان مخططا له أن يتحرك من البيت الأبيض.\n",
        [("وزارة الدفاع الأمريكية", "ORG"), ("البنتاغون", "ORG"), ("دونالد ترامب", "PERSON"), ("جيم ماكغوفين", "PERSON"),
         ("تويتر", "ORG"), ("ترامب", "PERSON"), ("البيت الأبيض", "ORG")],
        ["مسؤولا في البنتاغون", "جيم ماكغوفين", "البنتاغون"],
        id="but_an_official_in_a_body_said_and_a_title_ending_the_sentence_before_governs_no_name"),
    pytest.param(
        "وقال رئيس المفوضية الأوروبية جان كلود يونكر في بيان إن الولايات المتحدة لا تترك لنا خيارات.\n"
        "ويشير بيان المفوضية إلى أن هذه الآلية قد تستغرق سنوات.\n",
        [("المفوضية الأوروبية", "ORG"), ("جان كلود يونكر", "PERSON"), ("الولايات المتحدة", "GPE")],
        ["جان كلود يونكر", "المفوضية الأوروبية"],
        id="the_statement_of_a_body_named_before_is_the_bodys"),
    pytest.param(
        "وقالت مفوضة الشرطة، كريسيدا ديك، إنه رغم الانتقادات، يرى الكثير من رجال الشرطة أنه لم يرتكب إساءة.\n"
        "كما أكدت أن الشرطة لم تتلق أية شكوى جنائية ضد الوزير السابق.\n"
        "وانتقد البعض جونسون لتعزيز طموحاته في قيادة حزب المحافظين، لكن مؤيديه قالوا إنه يتحدث باسم القيم الليبرالية.\n",
        [("كريسيدا ديك", "PERSON"), ("جونسون", "PERSON"), ("حزب المحافظين", "ORG")],
        ["كريسيدا ديك", "الكثير من رجال الشرطة", "كريسيدا ديك", "مؤيديه"],  # the many, of whom
        id="a_bare_verb_of_saying_agrees_with_whom_it_goes_on_for_and_his_supporters_after_but"),
    pytest.param(
        "وقال المستشار الكوري، تشونغ يوي-يونغ، إن الرئيس الأمريكي دونالد ترامب أعلن أنه سيلتقي الزعيم في مايو.\n"
        "وأضاف في مؤتمر صحفي، أمام البيت الأبيض عقب لقاء ترامب، إن الزعيم وافق على وقف التجارب النووية.\n",
        [("تشونغ يوي-يونغ", "PERSON"), ("دونالد ترامب", "PERSON"), ("ترامب", "PERSON"), ("البيت الأبيض", "ORG")],
        ["ترامب", "تشونغ يوي-يونغ"],  # the inner report is the quote; ترامب is a mention of دونالد ترامب
        id="a_name_completing_a_meeting_after_a_preposition_is_when_not_who"),
    pytest.param(
        'حث ناشر صحيفة نيويورك تايمز، إيه جي سولزبرغر، الرئيس دونالد ترامب على التوقف عن وصف الصحفيين بأنهم "أعداء".\n'
        "ونشرت صحيفة نيويورك تايمز بيانا، ردا على تغريدة ترامب بشأن اللقاء، قائلة إنها قررت أن ترد على توصيفه.\n"
        "وقال ناشر نيويورك تايمز إنه أبلغ ترامب أن حكومات تستغل خطابه.\n"
        "وبعد نشر بيان سولزبرغر، رد الرئيس ترامب بتغريدة، قال فيها إن نشر المداولات يعرض حياة كثيرين للخطر.\n",
        [("نيويورك تايمز", "ORG"), ("إيه جي سولزبرغر", "PERSON"), ("سولزبرغر", "PERSON"), ("دونالد ترامب", "PERSON"),
         ("ترامب", "PERSON")],
        ["نيويورك تايمز", "إيه جي سولزبرغر", "ترامب"],
        id="a_paper_named_after_its_kind_its_publisher_and_a_subject_that_came_after_a_fronted_statement"),
    pytest.param(
        "قالت عائلة الصحفية، ماري كولفن، التي قتلت في مدينة حمص، إن الحكومة هي التي اغتالتها.\n"
        "وحينما قال المشتبه به إن معه مسدسا، أعاد عليه الضابط: \"لا أبالي\".\n"
        'وأشار رئيس الشرطة، مارك سوندرز إلى أن: "العمل يبدو متعمدا".\n',
        [("ماري كولفن", "PERSON"), ("حمص", "GPE"), ("مارك سوندرز", "PERSON")],
        ["عائلة الصحفية ماري كولفن", "المشتبه به", "مارك سوندرز"],
        id="a_family_before_a_comma_the_suspect_and_a_colon_after_anna"),
    pytest.param(
        'وخلال زيارة إلى المديرية، أكد رئيس الوزراء عمر الرزاز السبت "عدم التهاون في ملاحقة الإرهابيين".\n'
        'وقال في تصريحات بثتها وكالة الأنباء الأردنية إن "الأردن سيبقى دوما في مقدمة الركب".\n'
        'ونفى مصدر في القنصلية مقتل الصحفي ماهر سليم داخل المبنى، واصفا الاتهامات بأنها "دون دليل".\n',
        [("عمر الرزاز", "PERSON"), ("وكالة الأنباء الأردنية", "ORG"), ("الأردن", "GPE"), ("ماهر سليم", "PERSON")],
        ["عمر الرزاز", "عمر الرزاز", "مصدر"],
        id="who_carried_the_words_and_whom_a_described_source_spoke_of_do_not_speak"),
    pytest.param(
        "أثنت وسائل إعلام حكومية صينية، اليوم الاثنين، على تراجع التوترات مع الولايات المتحدة، وقالت إن الصين متمسكة بموقفها.\n"
        "وفي اليوم السابق، قالت بكين وواشنطن إنهما ستواصلان المحادثات.\n"
        'وقال كاشالا بوكار، والد إحدى الطالبات، إن "هناك الكثير من الأمل". وأضاف بوكار، وهو الناطق باسم جمعية الآباء، '
        '"قيل لنا إنها آتية". وكان الرئيس النيجيري محمد بخاري صرح أن الحكومة "اختارت التفاوض". وقال وزير الإعلام '
        '"لتحقيق الإفراج عنهن، كانت الحكومة مدركة أن العنف ليس الحل".\n',
        [("الولايات المتحدة", "GPE"), ("الصين", "GPE"), ("بكين", "GPE"), ("واشنطن", "GPE"), ("كاشالا بوكار", "PERSON"),
         ("بوكار", "PERSON"), ("محمد بخاري", "PERSON")],
        ["وسائل إعلام حكومية صينية", "بكين", "كاشالا بوكار", "بوكار", "محمد بخاري", "وزير الإعلام"],
        id="state_media_the_dual_that_and_a_portfolio_no_one_was_introduced_with"),
    pytest.param(
        "فاتهمت بريطانيا روسيا بالضلوع في عملية التسميم، وقالت إنه تم باستخدام غاز الأعصاب.\n"
        'لكن روسيا نفت أي علاقة لها بالهجوم، وأكدت أنها لم تطور أبدا برنامج "نوفيتشوك".\n'
        "وقد لوح رئيس الوزراء الإسرائيلي، بنيامين نتنياهو، هذا الأسبوع بما قال إنه جزء من طائرة مسيرة، قائلا إن "
        'إيران هي "أكبر تهديد لعالمنا".\n',
        [("بريطانيا", "GPE"), ("روسيا", "GPE"), ("بنيامين نتنياهو", "PERSON"), ("إيران", "GPE")],
        ["بريطانيا", "روسيا", "بنيامين نتنياهو", "بنيامين نتنياهو"],
        id="the_clause_a_joined_verb_closes_but_and_a_name_and_qad_before_the_sentences_verb"),
    pytest.param(
        'وقال ترامب في تغريدة مشيرا إلى جون كيلي، كبير موظفي البيت الأبيض "أعتقد أن الأمور لم تسر على ما يرام".\n'
        "وأصدرت نيومان تسجيلا لإقالة كيلي لها واتصالا من ترامب يقول فيه إنه لم يكن يعلم بإقالتها.\n"
        "وعندما سُئلت سارة ساندرز، المتحدثة باسم البيت الأبيض، عما إذا كانت مندهشة، قالت إنها تشعر بخيبة الأمل.\n"
        'وقال جيف فليك في تغريدة يشير فيها إلى تغريدة ترامب إن الجمهوريين "يجب ألا يكونوا راضين".\n',
        [("ترامب", "PERSON"), ("جون كيلي", "PERSON"), ("البيت الأبيض", "ORG"), ("نيومان", "PERSON"), ("كيلي", "PERSON"),
         ("سارة ساندرز", "PERSON"), ("جيف فليك", "PERSON")],
        ["ترامب", "ترامب", "سارة ساندرز", "جيف فليك"],
        id="pointing_at_someone_is_no_report_a_call_from_someone_and_asked_past_an_apposition"),
    pytest.param(
        "وقال همايلي إنه سيقابل موكله الأحد.\n"
        'ووصف سعيد صالحي من الرابطة الحقوقية المحاكمة بأنها "من طرف واحد."\n'
        'وقال "لم يكن هناك شهود دفاع."\n'
        "وكتب مسؤول في الإدارة، في عمود نشرته صحيفة نيويورك تايمز، أن كثيرين يعملون على تعطيل أجندة الرئيس.\n"
        "وجاء المقال بعد نشر مقتطفات من كتاب للصحفي الشهير بوب وودورد. وقال وودورد إن الوزير رفض التوصية.\n"
        'وكتب المسؤول في مقاله بصحيفة نيويورك تايمز قائلا "كانت هناك همسات مبكرة داخل الإدارة".\n',
        [("همايلي", "PERSON"), ("سعيد صالحي", "PERSON"), ("بوب وودورد", "PERSON"), ("وودورد", "PERSON"),
         ("نيويورك تايمز", "ORG")],
        ["همايلي", "سعيد صالحي", "مسؤول", "وودورد", "مسؤول"],
        id="the_sentence_before_ending_in_quoted_words_and_a_journalist_introduced_after_li_is_no_official"),
    pytest.param(
        'وقال أحد سكان دوما: "ليس هناك أمر واضح، ننتظر نتيجة المفاوضات".\n'
        'وقال وزير الخارجية، بوريس جونسون، إن الاتفاق به نقاط ضعف. وأضاف في تعليق له نشرته "نيويورك تايمز" :"تعمل '
        'بريطانيا مع حلفائها لضمان إصلاحها".\n'
        'وأضاف بكل وضوح أن "الاتحاد يمتلك أدوات الضغط" الكافية.\n',
        [("دوما", "GPE"), ("بوريس جونسون", "PERSON"), ("نيويورك تايمز", "ORG"), ("بريطانيا", "GPE")],
        ["أحد سكان دوما", "بوريس جونسون", "بوريس جونسون", "بوريس جونسون"],
        id="one_of_a_towns_people_a_paper_that_published_the_words_and_an_adverb_after_the_verb"),
    pytest.param(
        "وقال مستشار الأمن القومي الأمريكي إتش. أر. ماكماستر عقب لقائه سفراء الدول الأعضاء بعيد أيام على إعلان "
        'الرئيس دونالد ترامب أنه سيعقد قمة مع الزعيم "نحن متفقون جميعا على التفاؤل".\n'
        'وقالت إليم دي.اس. بوبليت، مساعدة وزير الخارجية، إن سعي روسيا لامتلاك قدرات فضائية "أمر مقلق".\n'
        "وكان مقرر الأمم المتحدة لحقوق الإنسان قد قال الاثنين إن هناك إمكانية لتحقيق تقدم سريع.\n",
        [("إتش. أر. ماكماستر", "PERSON"), ("دونالد ترامب", "PERSON"), ("إليم دي.اس. بوبليت", "PERSON"),
         ("روسيا", "GPE"), ("الأمم المتحدة", "ORG")],
        ["إتش. أر. ماكماستر", "إليم دي.اس. بوبليت", "مقرر الأمم المتحدة"],
        id="initials_end_no_sentence_an_announcements_own_an_and_a_rapporteur"),
    pytest.param(
        "ودعا نجم المنتخب السابق طاهر أبوزيد المدرب إلى التخلي عن التحفظ الدفاعي، قائلا إن المكسب الحقيقي هو اللعب.\n"
        'وقال موجها حديثه للمدرب:" أنت لا تذهب لكأس العالم من أجل اللقب".\n'
        "وقال محاميه، روبرتو ميت، لبي بي سي إن موكله فقد منزله.\n"
        "وترى السلطة الفلسطينية أن الإدارة متحيزة لصالح إسرائيل، وقالت السبت إن الخطط محكوم عليها بالفشل.\n",
        [("طاهر أبوزيد", "PERSON"), ("روبرتو ميت", "PERSON"), ("السلطة الفلسطينية", "ORG"), ("إسرائيل", "GPE")],
        ["طاهر أبوزيد", "طاهر أبوزيد", "روبرتو ميت", "السلطة الفلسطينية", "السلطة الفلسطينية"],
        id="a_former_star_an_aside_after_the_verb_a_lawyer_named_in_apposition_and_a_present_verb_before"),
    pytest.param(
        'وقال رونالدو إن القرار صعب. وعن مستقبله مع يوفنتوس، واحتمالية عودته لفريق سبورتنغ لشبونة، قال "سبورتنغ في قلبي".\n'
        'ووقع علماء على بيان أدانوا فيه تعليقات باحث إيطالي قال إن علم الفيزياء "بناه علماء رجال".\n'
        'وزعم ستروميا أنه "أثبت" ذلك. ويقول البيان، الذي نشر على موقع للعلماء، إن حديث ستروميا "لا أساس له".\n'
        'وكانت إدارة ترامب قد قالت في السابق إنها تدعم حل الدولتين.\n'
        'وفي السابق، وجهت ست سيدات اتهامات لمونفس، قائلات إنهن "عوقبن مهنياً".\n',
        [("رونالدو", "PERSON"), ("يوفنتوس", "ORG"), ("سبورتنغ لشبونة", "ORG"), ("ستروميا", "PERSON"), ("ترامب", "PERSON"),
         ("مونفس", "PERSON")],
        ["رونالدو", "رونالدو", "باحث إيطالي", "ستروميا", "البيان", "إدارة ترامب", "ست سيدات"],
        id="a_topic_joined_by_wa_an_indefinite_researcher_a_statement_of_others_an_administration_and_six_women"),
    pytest.param(
        "وقال رونالدو إن يوفنتوس رائع. وبعد فوزه بخمس كرات ذهبية متساويا مع منافسه الأزلي، الأرجنتيني ليونيل ميسي، "
        "قال: لا أظن أن الكرة الذهبية هي الهدف الأول.\n"
        "في استراتيجية جديدة أعلنت عنها الإدارة الأميركية، وصف المستشار جون بولتون إيران بأنها ممول للإرهاب.\n",
        [("رونالدو", "PERSON"), ("ليونيل ميسي", "PERSON"), ("جون بولتون", "PERSON"), ("إيران", "GPE")],
        ["رونالدو", "رونالدو"],
        id="a_name_in_a_fronted_time_phrase_before_a_comma_and_the_verb_and_a_thing_announced"),
    pytest.param(
        'ونشرت الوحدات شريط فيديو سابقا لآنا كامبل قالت فيه "انضممت لأني أردت دعم الثورة".\n'
        "ولم يوضح البيان عدد القتلى، بل أشار إلى عشرات الضحايا، وقال إن الجرحى قد عولجوا.\n"
        "وقال حسن روحاني إنه سيواجه عواقب. وسبق لترامب أن قال إنه سيعاود فرض العقوبات.\n"
        'وقال شمخاني ردا على سؤال عن إمكانية انسحاب طهران من المعاهدة "هذا خيار من بين ثلاثة خيارات".\n',
        [("آنا كامبل", "PERSON"), ("حسن روحاني", "PERSON"), ("ترامب", "PERSON"), ("شمخاني", "PERSON"), ("طهران", "GPE")],
        ["آنا كامبل", "البيان", "حسن روحاني", "ترامب", "شمخاني"],
        id="a_video_of_someone_a_negated_opening_verb_sabaqa_li_and_a_reply_about_a_place"),
    pytest.param(
        "أعلنت كيلي بوش نوفاك، المتحدثة باسم، لاعبة التنس، سيرينا وليامز، أن الأخيرة لم تكن في منزلها.\n"
        "وقالت المتحدثة، في ردها على تقرير لموقع ديدسبين، إن أحد المسؤولين زار اللاعبة.\n"
        "في أحدث أصداء الفضيحة التي تطارد النجم البرتغالي، كريستيانو رونالدو، بات اللاعب مهددا.\n"
        "وأقامت كاثرين مايورغا دعوى قضائية ضد رونالدو. وقال اللاعب إنه مرتاح الضمير.\n",
        [("كيلي بوش نوفاك", "PERSON"), ("سيرينا وليامز", "PERSON"), ("ديدسبين", "ORG"),
         ("كريستيانو رونالدو", "PERSON"), ("رونالدو", "PERSON"), ("كاثرين مايورغا", "PERSON")],
        ["كيلي بوش نوفاك", "كيلي بوش نوفاك", "رونالدو"],
        id="a_spokeswoman_not_her_principal_and_the_player_introduced_as_a_star"),
    pytest.param(
        "قال مكتب رئيس كوريا الجنوبية إن كوريا الشمالية ستغلق موقع تجاربها.\n"
        'وقال مراسل بي بي سي فيناياك غايكواد، الذي كان في الجزيرة، إن "الهزات كانت قوية".\n'
        'وقال الجنرال كينيث ماكنزي "يحتفظون بقدرة متبقية".\n'
        'وأضاف خلال إفادة في\u00a0البنتاغون\u00a0"ستكون لديهم القدرة على شن هجمات محدودة".\n',
        [("كوريا الجنوبية", "GPE"), ("كوريا الشمالية", "GPE"), ("بي بي سي", "ORG"), ("فيناياك غايكواد", "PERSON"),
         ("كينيث ماكنزي", "PERSON"), ("البنتاغون", "ORG")],
        ["مكتب رئيس كوريا الجنوبية", "فيناياك غايكواد", "كينيث ماكنزي", "كينيث ماكنزي"],
        id="an_office_of_a_head_a_reporter_named_after_his_outlet_and_a_no_break_space_after_fi"),
    pytest.param(
        "قال الرئيس الأمريكي دونالد ترامب، إن القرار بشأن سوريا سيتخذ قريبا جدا.\n"
        "ويُعتقد أن قوى غربية تستعد لضربات ضد قوات الرئيس بشار الأسد.\n"
        "في يوم الأحد، قال الرئيس الأمريكي إن نظيره الروسي يتحمل المسؤولية.\n"
        "وقالت فوزنياكي إنها تعرضت لإساءات. كما اتهمت اللاعبة الدنماركية رجال الأمن بالتقصير.\n"
        'وقالت الدنماركية، في حسابها على تويتر: "هددت الجماهير أسرتي".\n',
        [("دونالد ترامب", "PERSON"), ("سوريا", "GPE"), ("بشار الأسد", "PERSON"), ("فوزنياكي", "PERSON"), ("تويتر", "ORG")],
        ["دونالد ترامب", "دونالد ترامب", "فوزنياكي", "فوزنياكي"],
        id="the_president_introduced_with_the_same_nationality_and_the_dane_just_quoted"),
    pytest.param(
        "وقالت جاتشكا إن الوضع مقلق. وبين التهديدات، ذكرت الوزيرة الألبانية روسيا التي \"تحاول تعزيز نفوذها\".\n"
        'وقالت أم زبيدة: "أصر على ما قلت، هذه هي الحقيقة.".\n'
        "وجاء القبض عليها بعد يوم من تصريحات للرئيس المصري عبد الفتاح السيسي بأن الإساءة للجيش خيانة عظمى.\n"
        "وأضاف أنه لن يسمح بالإساءة للجيش والشرطة.\n",
        [("جاتشكا", "PERSON"), ("روسيا", "GPE"), ("أم زبيدة", "PERSON"), ("عبد الفتاح السيسي", "PERSON")],
        ["جاتشكا", "جاتشكا", "أم زبيدة", "عبد الفتاح السيسي"],
        id="a_country_after_a_titled_nationality_is_the_object_and_whose_statements_the_sentence_before_named"),
    pytest.param(
        "قال محمد صلاح، مهاجم ليفربول، إنه يحلم بالفوز بالدوري.\n"
        'وقال نجم منتخب مصر البالغ من العمر 25 سنة: "جئت إلى هنا لحصد الألقاب".\n'
        "وقال باحثون بجامعة غلاسكو في إسكتلندا إن هذا بمثابة تحذير.\n"
        'وأفادت مصادر ميدانية "سكاي نيوز عربية" بسقوط عشرات القتلى.\n'
        "وأوضحت مصادر ميدانية وطبية أن المعارك أسفرت عن عشرات القتلى.\n",
        [("محمد صلاح", "PERSON"), ("ليفربول", "ORG"), ("مصر", "GPE"), ("جامعة غلاسكو", "ORG"), ("إسكتلندا", "GPE"),
         ("سكاي نيوز عربية", "ORG")],
        ["محمد صلاح", "محمد صلاح", "باحثون بجامعة غلاسكو", "مصادر ميدانية وطبية"],
        id="the_one_player_as_his_national_teams_star_of_an_age_researchers_at_a_named_university_and_sources_no_outlet"),
    pytest.param(
        "وقالت الرئيسة التنفيذية لمجموعة ماتش إن خطوة فيسبوك ربما تساعد الشركة.\n"
        "وجاءت تعليقات ماتش غروب بعد كشفها عن أرباحها.\n"
        'وقالت ماندي جنسبيرج: "لا أعتقد أن سيكون لفيسبوك تأثير".\n'
        "وقال ترامب إن الاقتصاد قوي. وقال المتحدث باسم الوزارة إن الوزير مسافر. وقال ترامب إن الوظائف كثيرة.\n"
        "ونقلت رويترز عن رئيس المجلس الأعلى للانتخابات، سعدي جوفين، قوله للصحفيين إن المجلس سجل الأصوات.\n",
        [("ماتش", "ORG"), ("فيسبوك", "ORG"), ("ماتش غروب", "ORG"), ("ماندي جنسبيرج", "PERSON"), ("ترامب", "PERSON"),
         ("رويترز", "ORG"), ("المجلس الأعلى للانتخابات", "ORG"), ("سعدي جوفين", "PERSON")],
        ["ماندي جنسبيرج", "ماندي جنسبيرج", "ترامب", "المتحدث باسم الوزارة", "ترامب", "سعدي جوفين"],
        id="an_office_named_in_a_later_sentence_not_someone_named_before_and_a_head_of_a_body_in_the_genitive_after_an"),
    pytest.param(
        'وقالت متحدثة باسم مكتب تيريزا ماي في بيان "تم الاتفاق على هدف طموح".\n'
        'وأضافت "هذه دفعة مهمة".\n'
        'أما بالنسبة للسندات، فقال سكاراموتشي "ينتظر الجميع انتهاء هذا الارتفاع".\n'
        'وقال "الآن نمر بمرحلة تحول".\n'
        "دافعت متاجر فرنسية عن نفسها في فضيحة حليب أطفال ملوث، وقالت إنها تسلمت عبوات بعد انتهاء المهلة.\n"
        "وأقرت بعض شركات التجزئة بحدوث أخطاء، لكن شركات التجزئة جميعها أشارت إلى أن اتصال المجموعة بها كان بطيئا.\n",
        [("تيريزا ماي", "PERSON"), ("سكاراموتشي", "PERSON")],
        ["متحدثة باسم مكتب تيريزا ماي", "متحدثة باسم مكتب تيريزا ماي", "سكاراموتشي", "سكاراموتشي", "متاجر فرنسية",
         "شركات التجزئة"],
        id="a_spokeswoman_for_an_office_a_topic_after_amma_stores_that_defended_themselves_and_all_the_retailers"),
    pytest.param(
        "قال وزير الإعلام النيجيري لاي محمد إن المحادثات مستمرة.\n"
        "وهذه أول مرة تعلن فيها الحكومة أنها تجري محادثات مع بوكو حرام.\n"
        "ووفقا لرويترز قالت حكومة الرئيس محمد بخاري مرارا إنها مستعدة لإجراء محادثات.\n"
        "وأدلى وزير الإعلام النيجيري بتصريحه في بيان لرويترز عبر البريد الإلكتروني.\n"
        'وقال "لا يعلم كثيرون أننا نجري محادثات".\n'
        'وقال لـ"رويترز" عبر الهاتف فيما بعد "الهدف النهائي هو التوصل لوقف دائم".\n'
        "وشكك الرئيس التركي في الرد السعودي الرسمي، الذي أكد على أن القنصلية ليست لديها صور.\n"
        "أكدت شرطة #زيمبابوي، الأحد، أنها تحقق في معلومات.\n",
        [("لاي محمد", "PERSON"), ("بوكو حرام", "ORG"), ("رويترز", "ORG"), ("محمد بخاري", "PERSON"), ("#زيمبابوي", "GPE")],
        ["لاي محمد", "الحكومة", "حكومة الرئيس محمد بخاري", "لاي محمد", "لاي محمد", "الرد السعودي الرسمي", "شرطة #زيمبابوي"],
        id="after_fiha_a_government_of_a_president_a_titled_subject_before_later_a_reply_and_a_countrys_police"),
    pytest.param(
        'وسعى عضو البرلمان البريطاني عن مدينة سالزبيري، جون غلين، إلى طمأنة ناخبيه، قائلا: "إن الأدوات تحت تصرفنا".\n'
        'وقال عنه الصحفي توماس جورسينغ الذي كتب سيرته الشخصية عام 2014:" إنه غاضب من الجميع".\n'
        "وقال بيتر مادسن إنه بريء من التهمة.\n"
        'وقال حينئذ: "إن شغفي هو الوصول للفضاء".\n'
        "كان الإدعاء قال في بداية محاكمته إنه ربما يعاني مرضا نفسيا.\n",
        [("سالزبيري", "GPE"), ("جون غلين", "PERSON"), ("توماس جورسينغ", "PERSON"), ("بيتر مادسن", "PERSON")],
        ["جون غلين", "توماس جورسينغ", "بيتر مادسن", "بيتر مادسن", "الإدعاء"],
        id="a_member_for_a_place_named_between_commas_a_verb_in_a_relative_clause_then_and_kana_before_a_subject"),
    pytest.param(
        "أقر وزير المالية الياباني بأنه تلاعب بوثائق رسمية تخص رئيس الوزراء شينزو آبي، إلا أنه أكد عدم نيته الاستقالة.\n"
        "وتواجه حكومة آبي ضغوطات متزايدة منذ أيام.\n"
        'وقال وزير المالية تارو آسو في مؤتمر صحافي إن "تغيير وثائق رسمية أمر خطير".\n'
        "قال علي معلول إن أصعب مباراة هي أمام إنجلترا.\n"
        'وأوضح بالقول "لقد ارتكبنا أخطاء في النسخة الأخيرة".\n'
        "والمرأة المعنية هي مواطنة فرنسية، تبلغ من العمر 45 عاما، قالت إنها تعرضت للإغراء على إحدى الشبكات.\n",
        [("علي معلول", "PERSON"), ("إنجلترا", "GPE"), ("شينزو آبي", "PERSON"), ("تارو آسو", "PERSON")],
        ["تارو آسو", "تارو آسو", "علي معلول", "علي معلول", "المرأة المعنية"],
        id="bil_qawl_is_no_one_an_office_named_a_sentence_later_with_its_title_and_a_woman_described_before_her_verb"),
    pytest.param(
        'اعترفت قطر علناً بوجود "علاقات عميقة" مع إيران، وقالت إنها سوف تستخدم هذه العلاقات من أجل الاستثمار.\n'
        "وقالت السلطات إن حالة المصابين ليست خطيرة.\n"
        "وأبلغت راكبة تدعى جاكلين فلوريس الصحفيين أن الطائرة سقطت بعد قليل من إقلاعها.\n"
        "وقالت إنها فرت مع ابنتها من فتحة في بدن الطائرة.\n"
        "وذكر حاكم ولاية دورانغو، خوسيه روساس إيسبورو، أن الطائرة تعرضت لرياح قوية.\n"
        "وأبلغ المسؤول المحلي مؤتمرا صحفيا أن جناح الطائرة الأيسر اصطدم بالأرض.\n"
        'قال وزير النقل السعودي إن المملكة أجرت مناقشات أولية. وقال الوزير نبيل العامودي في مقابلة "نطور نظام النقل العام".\n',
        [("قطر", "GPE"), ("إيران", "GPE"), ("جاكلين فلوريس", "PERSON"), ("دورانغو", "GPE"),
         ("خوسيه روساس إيسبورو", "PERSON"), ("نبيل العامودي", "PERSON")],
        ["قطر", "السلطات", "جاكلين فلوريس", "جاكلين فلوريس", "خوسيه روساس إيسبورو", "خوسيه روساس إيسبورو",
         "نبيل العامودي", "نبيل العامودي"],
        id="a_country_opening_the_text_a_passenger_who_told_reporters_whom_the_official_told_and_the_minister_named_again"),
    pytest.param(
        'أعلن وزير الخارجية جان إيف لودريان انسحابه من الحزب. لكن لودريان أكد بالمقابل أنه لن ينضم إلى حزب آخر.\n'
        "ولم يقدم لاعب الوسط الفرنسي بول بوغبا أداء لافتا في الشوط الأول.\n"
        "وقال لاعب منتخب فرنسا: لم أكن أريد أن نخسر أمام سيتي.\n"
        "أكد ولي عهد أبوظبي نائب القائد الأعلى للقوات المسلحة، الشيخ محمد بن زايد، أن التمرين ناجح.\n"
        "وعبر عن شكره للعاهل السعودي، الملك سلمان، على رعايته.\n"
        "وقال ولي عهد أبوظبي إن التمرين يؤكد الوعي.\n"
        "ولقي التعليق انتقادات من جو بايدن، نائب الرئيس الأميركي سابقا، والذي قال إن التعليق أفقد الحلفاء الثقة.\n"
        "ونوه مستشار الأمن القومي حين سئل عن إيران \"كتبت أمورا كثيرة\".\n"
        'وقالت إحدى الممثلات إنهن توجهن نحو رئيس البرلمان، اسماعيل كهرمان، قبل المسرحية لكنه قال: "لن تعتلي النساء المسرح".\n'
        'كما أن رئيس البرلمان علق قائلا إن العرض "لم يكن عرضا مسرحيا".\n',
        [("جان إيف لودريان", "PERSON"), ("لودريان", "PERSON"), ("بول بوغبا", "PERSON"), ("فرنسا", "GPE"),
         ("سيتي", "ORG"), ("أبوظبي", "GPE"), ("الشيخ محمد بن زايد", "PERSON"), ("الملك سلمان", "PERSON"),
         ("جو بايدن", "PERSON"), ("إيران", "GPE"), ("اسماعيل كهرمان", "PERSON")],
        ["لودريان", "بول بوغبا", "الشيخ محمد بن زايد", "الشيخ محمد بن زايد", "جو بايدن", "مستشار الأمن القومي",
         "إحدى الممثلات", "اسماعيل كهرمان", "اسماعيل كهرمان"],
        id="an_adverb_a_team_player_a_long_title_a_relative_after_an_apposition_but_he_and_kama_anna"),
    pytest.param(
        "أكد السفير والمندوب الدائم لدولة الإمارات لدى الأمم المتحدة، عبيد سالم الزعابي، أن بلاده ردت بالحقائق.\n"
        "وأضاف الدبلوماسي الإماراتي أن هناك آليات لتسهيل الزيارة.\n"
        "وردا على تلك الاتهامات، أدان المتحدث باسم السلطة الاتهامات التي جاءت على لسان خليل الحية، قائلا إنها "
        "تنتمي إلى \"صناعة التبرير\".\n",
        [("الإمارات", "GPE"), ("الأمم المتحدة", "ORG"), ("عبيد سالم الزعابي", "PERSON"), ("خليل الحية", "PERSON")],
        ["عبيد سالم الزعابي", "عبيد سالم الزعابي", "المتحدث باسم السلطة"],
        id="a_diplomat_is_the_ambassador_and_a_participle_after_a_reply_opening_is_the_subject_s"),
    pytest.param(
        "فاجأ الفرنسي زين الدين زيدان، مدرب ريال مدريد الإسباني، الجميع بتصريحه.\n"
        "وقال زيدان إن الأمر صعب جدا هذا الموسم.\n"
        'وقال مدرب النادي الملكي: "إذا أرحت أيا من اللاعبين الجاهزين، لن يكون هناك مغزى".\n'
        "أفاد متحدث باسم الوكالة الدولية للطاقة الذرية أن رئيس فريق التفتيش تقدم باستقالته.\n",
        [("زين الدين زيدان", "PERSON"), ("زيدان", "PERSON"), ("ريال مدريد", "ORG"),
         ("الوكالة الدولية للطاقة الذرية", "ORG")],
        ["زيدان", "زيدان", "متحدث باسم الوكالة الدولية للطاقة الذرية"],
        id="the_club_named_by_a_word_for_any_club_and_a_tagged_body_taken_whole_after_bism"),
    pytest.param(
        "وقال الحريري إن الأمن مستقر في البلاد.\n"
        'من جانبه، أشاد الأمين العام للأمم المتحدة أنطونيو غوتيريس بالجهود. وقال: "واجه لبنان تدفقا كبيرا للاجئين".\n'
        'لكن معز الدبابي نائب رئيس جمعية آفاق قال إن "هذا الحق منقوص نظرا إلى القيود".\n'
        'وقال أحد هؤلاء الدبلوماسيين طالبا عدم نشر اسمه إن "العالم ينتظر من مجلس الأمن أن يتحرك".\n'
        "وقال الوزير إن الخدمات تعاني. وحث وزير الخزانة البريطاني فيليب هاموند على استغلال البيان. وقال إن الحكومة "
        "تعتزم تمويل الخدمات.\n",
        [("الحريري", "PERSON"), ("أنطونيو غوتيريس", "PERSON"), ("لبنان", "GPE"), ("معز الدبابي", "PERSON"),
         ("جمعية آفاق", "ORG"), ("مجلس الأمن", "ORG"), ("فيليب هاموند", "PERSON")],
        ["الحريري", "أنطونيو غوتيريس", "معز الدبابي", "أحد هؤلاء الدبلوماسيين", "الوزير", "الوزير"],
        id="a_titled_subject_after_min_janibihi_a_person_before_his_bodys_name_and_talib_is_no_name"),
    pytest.param(
        "وعثر على جون كوبر وزوجته سوزان كوبر متوفيين في الفندق.\n"
        "وكان النائب العام المصري أعلن الشهر الماضي أن بكتيريا إيكولاي كانت سبب الوفاة.\n"
        "ستعقد القمة في سنغافورة، بحسب ما أعلنه ترامب.\n"
        'وقال الرئيس الأمريكي في تغريدة "سنحاول أن نجعلها لحظة تاريخية".\n'
        "وقالت الحكومة، في رد مكتوب، إن الإبعاد القسري لم يعد على جدول الأعمال.\n"
        "إلا أن سلطات الهجرة الإسرائيلية قالت إنها ما زالت تبحث في طرق للترحيل.\n"
        "وقالت أربع من هؤلاء النسوة إن المدير لامسهن بالقوة.\n"
        "وتلقت كيلي اتصالا من رجل على حسابها على انستغرام قال لها إنه كان يتحدث إلى شخص آخر.\n",
        [("جون كوبر", "PERSON"), ("سوزان كوبر", "PERSON"), ("سنغافورة", "GPE"), ("ترامب", "PERSON"),
         ("كيلي", "PERSON"), ("انستغرام", "ORG")],
        ["النائب العام المصري", "ترامب", "الحكومة", "سلطات الهجرة الإسرائيلية", "أربع من هؤلاء النسوة", "رجل"],
        id="an_office_of_a_country_is_no_one_named_without_office_a_body_after_illa_anna_a_count_and_a_caller"),
    pytest.param(
        "توقفت حركة القطارات، بحسب ما أوضح باتريك جينتي رئيس مجلس إدارة الشركة في لقاء إعلامي.\n"
        "وقال المسؤول في الشركة ألان كراكوفيتش إن على المسافرين تأخير سفرهم.\n"
        'وأوضح رئيس مجلس الإدارة أن الشركة ستفعّل خطة بديلة لكن "سيكون الأمر محدودا".\n'
        'وقال غريفو إنه "إذا ثبتت المسؤوليات فسيكون هناك رد".\n'
        'للمزيد: ترامب يدرس الوضع "بدقة" وسيتخذ قرارا بالرد\n'
        'وأضاف: "رئيس الجمهورية ورئيس الولايات المتحدة تبادلا معلومات".\n'
        "إلا أن دراسة بريطانية حديثة كشفت أن إنجاب طفل بوزن كبير ليس صحيا.\n"
        "فقد أكدت الدراسة الصادرة عن معهد أبحاث السرطان أن ولادة طفل كبير الحجم تزيد الخطر.\n"
        "وانتقد أسطورة كرة القدم، مارادونا، نجم المنتخب الأرجنتيني ليونيل ميسي، قائلا إنه لا يصلح لقيادة منتخب بلاده.\n"
        'وأضاف أسطورة الأرجنتين: "إذا كنت مديرا فنيا للأرجنتين ربما لم أكن سأستدعي ميسي".\n'
        "وكان إيهاب لهيطة مدير المنتخب قد نفى تماما أن تكون هناك مشادة في الفريق.\n"
        "وذكرت مجموعة من الصحفيين المرافقين للبعثة أن الحارس انفعل على المدرب.\n",
        [("باتريك جينتي", "PERSON"), ("ألان كراكوفيتش", "PERSON"), ("غريفو", "PERSON"), ("ترامب", "PERSON"),
         ("معهد أبحاث السرطان", "ORG"), ("مارادونا", "PERSON"), ("ليونيل ميسي", "PERSON"), ("الأرجنتين", "GPE"),
         ("إيهاب لهيطة", "PERSON")],
        ["ألان كراكوفيتش", "باتريك جينتي", "غريفو", "غريفو", "دراسة بريطانية حديثة", "معهد أبحاث السرطان", "مارادونا",
         "مارادونا", "إيهاب لهيطة", "مجموعة من الصحفيين المرافقين"],
        id="a_title_after_the_name_a_link_line_a_study_a_legend_set_off_by_commas_and_an_adverb"),
    pytest.param(
        'نشرت مجلة "ذي نيويوركر" شهادات نساء يتهمن رئيس مجلس إدارة شبكة "سي بي اس نيوز" ليسلي مونفس بالتحرش.\n'
        'واعترف رئيس مجلس إدارة "سي بي اس"، والذي يبلغ من العمر 68 عاما، في بيان بأنه عرض "منذ عقود" على نساء إقامة علاقات.\n',
        [("ذي نيويوركر", "ORG"), ("سي بي اس نيوز", "ORG"), ("سي بي اس", "ORG"), ("ليسلي مونفس", "PERSON")],
        ["ليسلي مونفس"],
        id="the_head_of_a_body_named_before_the_body_he_heads"),
    pytest.param(
        "أعرب اللاعب الأرجنتيني، ليونيل ميسي، عن ثقته في منتخب بلاده.\n"
        "وأكمل قائد المنتخب الأرجنتيني قائلا: الضربة أمام إسبانيا كانت قوية للغاية.\n"
        "وأشاد مهاجم برشلونة بمدربه الإسباني ارنستو فالفيردي، وقال: إنه شخص شفاف للغاية.\n"
        'أما صحيفة "كورييري ديللا سبورت"، فأشارت إلى أن يوفنتوس يسعى إلى العودة للألقاب القارية.\n'
        "وكان المسماري نفى في تغريدة مرض حفتر ودخوله إلى المستشفى.\n"
        'ووصف التقارير عن مرضه بالكاذبة، مشيرا إلى أنه "بصحة جيدة جدا" ويواصل قيادة قواته.\n',
        [("ليونيل ميسي", "PERSON"), ("إسبانيا", "GPE"), ("برشلونة", "ORG"), ("ارنستو فالفيردي", "PERSON"),
         ("كورييري ديللا سبورت", "ORG"), ("يوفنتوس", "ORG"), ("المسماري", "PERSON"), ("حفتر", "PERSON")],
        ["ليونيل ميسي", "ليونيل ميسي", "كورييري ديللا سبورت", "المسماري"],
        id="a_captain_is_a_player_a_clubs_forward_the_paper_after_amma_and_who_described_the_reports"),
    pytest.param(
        "قال مسؤول بارز في الوكالة الكينية لمكافحة المنشطات إن العداء الكيني بونيفيس موريسا سقط في اختبار للمنشطات.\n"
        "ولم يتسن لرويترز الوصول إلى موريسا (24 عاما) للتعقيب لكن العداء قال لوسائل إعلام محلية إنه لم يرتكب أي مخالفة.\n"
        'وقال المسؤول في الوكالة الكينية الذي طلب عدم ذكر اسمه لرويترز "إعلانه عن تناول مكملات لا يعفيه من المسؤولية".\n'
        'وعلى الرغم من أن البيت الأبيض ذكر أن الرسوم تأتي ردا على "عدوان اقتصادي" من الصين، فإن ترامب قال إنه ينظر '
        'إلى الصين كبلد "صديق".\n',
        [("الوكالة الكينية لمكافحة المنشطات", "ORG"), ("بونيفيس موريسا", "PERSON"), ("موريسا", "PERSON"),
         ("رويترز", "ORG"), ("البيت الأبيض", "ORG"), ("الصين", "GPE"), ("ترامب", "PERSON")],
        ["مسؤول بارز", "موريسا", "مسؤول بارز", "البيت الأبيض", "ترامب"],
        id="a_runner_named_after_the_reporters_subject_and_fa_inna_opening_another_speaker"),
    pytest.param(
        "وكان رئيس مكتب الأمن القومي في كوريا الجنوبية تشونغ يوي-يونغ قد قال للصحفيين بعدما أطلع ترامب على النتائج "
        'إن زعيم كوريا الشمالية تعهد "بنزع السلاح النووي".\n'
        'وبعد أن تحدث مع تشونغ كتب ترامب على تويتر يقول "يتم التخطيط لاجتماع".\n'
        "وأبرمت أوبر صفقة مع منافستها الصينية ديدي تشوشنج Didi Chuxing، التي قالت الجمعة الماضية إنها ستفتح فرعا في المكسيك.\n"
        "وكان بحث سابق قد أشار إلى أن البكتيريا الجيدة مرتبطة بالوزن الصحي.\n"
        "ورغم نفي دمشق وقوع هجوم، إلا أن منظمة الصحة العالمية قالت إن 500 شخص تلقوا علاجا.\n",
        [("كوريا الجنوبية", "GPE"), ("تشونغ يوي-يونغ", "PERSON"), ("ترامب", "PERSON"), ("كوريا الشمالية", "GPE"),
         ("أوبر", "ORG"), ("ديدي تشوشنج", "ORG"), ("المكسيك", "GPE"), ("دمشق", "GPE"), ("منظمة الصحة العالمية", "ORG")],
        ["تشونغ يوي-يونغ", "ترامب", "ديدي تشوشنج", "بحث سابق", "منظمة الصحة العالمية"],
        id="a_long_office_after_kana_a_tweet_saying_a_latin_name_before_its_relative_a_study_and_a_denial_noun"),
    pytest.param(
        "قال مستشار المرشد الإيراني علي خامنئي، علي أكبر ولايتي، الخميس، إن إيران لن تقبل أي تغيير في الاتفاق.\n"
        "وقالت الطالبة ايما غونزالس إن السياسيين تلقوا تبرعات. وقد هاجمت الطالبة ترامب بسبب ملايين الدولارات التي "
        "قالت إن حملته تلقتها من الجمعية.\n"
        'اتهمت السفارة الروسية لدى بريطانيا في بيان الأحد، لندن بحجب معلومات. وأضاف البيان أن السفير سيطلب لقاء مع '
        'قائد الشرطة "لحض البريطانيين على إعطائنا معلومات".\n',
        [("علي خامنئي", "PERSON"), ("علي أكبر ولايتي", "PERSON"), ("إيران", "GPE"), ("ايما غونزالس", "PERSON"),
         ("ترامب", "PERSON"), ("السفارة الروسية", "ORG"), ("بريطانيا", "GPE"), ("لندن", "GPE")],
        ["علي أكبر ولايتي", "ايما غونزالس", "ايما غونزالس", "السفارة الروسية"],
        id="an_aide_named_after_whom_he_serves_a_long_phrase_before_a_relative_and_a_statement_issued_before"),
    pytest.param(
        "ويقول الكثير من معجبي لمجرد إنه ضحية مؤامرة.\n"
        "وتحدثت ضحية الهجوم في باريس في نوفمبر الماضي.\n"
        'وقالت في الفيديو "اسمي لورا بريول، عمري 21 عاما، ومر عام منذ الاعتداء".\n'
        'وأضافت "طوال العام الماضي كنت مختبئة من وسائل الإعلام".\n',
        [("لمجرد", "PERSON"), ("باريس", "GPE"), ("لورا بريول", "PERSON")],
        ["معجبي لمجرد", "لورا بريول", "لورا بريول"],
        id="many_of_someones_fans_and_a_speaker_who_names_herself"),
    pytest.param(
        # An emoji, harakat, tatweel, an RLM and CRLF on the way.
        'ووفقا لمصدر مطلع تحدّث لـCNN\u200f، فإن الرئيس غاضب 🙂.\r\n'
        'وبحسب مسؤول أمريكي طلب عدم الكشف عن اسمـه، فإن الضربة استهدفت مستودعا للأسلحة.\r\n',
        [("CNN", "ORG")],
        ["مصدر مطلع", "مسؤول أمريكي"],
        id="an_unnamed_source_without_the_clause_that_describes_it"),
    pytest.param(
        # An emoji, harakat, tatweel, an RLM and CRLF on the way.
        'وقال بيان صادر عن حملة ترامب الانتخابية إن "هذه الدعوى التافهة محاولة أخيرة 🙂".\r\n'
        'ويقول مراسل بي بي سي في واشنطن، نيك براينت\u200f، إن العديدين هنا ينظرون إلى القضيـة بوصفها حيلة.\r\n'
        'وقال آذري جهرمي إن التحقيق مازال جاريا، لكنه أشار في تغريدة له عبر موقع التواصل الاجتماعي تويتر '
        '"أنه وفقا للتحقيقات الأولية، يُشتبه بضلوع الولايات المتحدة".\r\n',
        [("ترامب", "PERSON"), ("بي بي سي", "ORG"), ("واشنطن", "GPE"), ("نيك براينت", "PERSON"), ("آذري جهرمي", "PERSON"), ("تويتر", "ORG"), ("الولايات المتحدة", "GPE")],
        ["حملة ترامب", "نيك براينت", "آذري جهرمي", "آذري جهرمي"],
        id="a_statement_of_a_campaign_a_correspondent_posted_somewhere_and_a_pronoun_subject"),
    pytest.param(
        # An emoji, harakat, tatweel, an RLM and CRLF on the way.
        'وتقاضي دانيلز\u200f الآن الرئيس ترامب لإلغاء اتفاق عدم إفشاء الأسرار 🙂، الذي تقول عنه إنه لاغٍ بالفعـل.\r\n'
        'وانتقد أوباما كتاب بوب وودورد، الذي قال عنه إنه "خيال محض".\r\n',
        [("دانيلز", "PERSON"), ("ترامب", "PERSON"), ("أوباما", "PERSON"), ("بوب وودورد", "PERSON")],
        ["دانيلز", "أوباما"],
        id="who_speaks_about_a_thing_in_a_relative_clause_is_the_sentences_subject"),
    pytest.param(
        # An emoji, harakat, tatweel, an RLM and CRLF on the way.
        'وقال مراسل بي بي سي في الخرطوم محمد عثمان\u200f إن من بين المفرج عنهم نشطاء 🙂.\r\n'
        'وقال محامي ترامب في قضية ستورمي دانيلز إن الاتفاق قانونـي.\r\n'
        'لكن الصديق الصادق، نجل رئيس الوزراء السوداني الأسبق الصادق المهدي، قال: "لم يُطلق سراحنا جميعا".\r\n',
        [("بي بي سي", "ORG"), ("الخرطوم", "GPE"), ("محمد عثمان", "PERSON"), ("ترامب", "PERSON"), ("ستورمي دانيلز", "PERSON"), ("الصديق الصادق", "PERSON"), ("الصادق المهدي", "PERSON")],
        ["محمد عثمان", "محامي ترامب", "الصديق الصادق"],
        id="a_correspondent_posted_in_a_tagged_place_and_a_person_inside_a_titled_apposition"),
    pytest.param(
        # An emoji, harakat, tatweel, an RLM and CRLF on the way.
        'وقال أوباما\u200f إنه يتمتع "بالحق المطلق" في العفو عن نفسه 🙂.\r\n'
        'وعندما توفّي كلاي، وصفه ترامب في تغريدة على تويتر بأنه "بطل عظيم ورجل رائـع".\r\n',
        [("أوباما", "PERSON"), ("كلاي", "PERSON"), ("ترامب", "PERSON"), ("تويتر", "ORG")],
        ["أوباما", "ترامب"],
        id="a_tweet_is_its_writers_not_the_platforms"),
    pytest.param(
        # An emoji, harakat, tatweel, an RLM and CRLF on the way.
        'قال مصدر قريب من مغنّية السول الأمريكية الشهيرة أريثا فرانكلين\u200f إنها "في حالة صحية حرجة 🙂".\r\n'
        'اتهم مسؤول بارز سابق في الفاتيكان البابا فرانسيس بأنه كان على علم بالمزاعـم.\r\n',
        [("أريثا فرانكلين", "PERSON"), ("الفاتيكان", "ORG"), ("البابا فرانسيس", "PERSON")],
        ["مصدر قريب", "مسؤول بارز"],
        id="a_described_source_with_adjectives_before_its_preposition_is_not_the_name_after_it"),
    pytest.param(
        # «… الحرائق التي أشعلها.» ends a sentence; its «التي» does not make the next verb a relative clause's.
        # An emoji, harakat, tatweel, an RLM and CRLF on the way.
        'وقال المندوب الروسي لدى الأمم المتحدة فاسيلي نيبينزيا\u200f:"لقد أخبرنا البريطانيين أنهم يلعبون بالنار 🙂".\r\n'
        'وقالت مندوبتها كارن بيرس، إن موسكو تقوض الأمن العالمي.\r\n'
        'وشبهت هذا الطلب بمشعل الحرائق الذي يريد التحقيق في الحرائق التي أشعلها.\r\n'
        'وقال المندوب الروسي إن بريطانيا "تشنّ حربا دعائية"، مشيرا إلى أن اتهاماتها كانت "مروعة ولا أساس لهـا".\r\n',
        [("الأمم المتحدة", "ORG"), ("فاسيلي نيبينزيا", "PERSON"), ("كارن بيرس", "PERSON"), ("موسكو", "GPE")],
        ["فاسيلي نيبينزيا", "كارن بيرس", "فاسيلي نيبينزيا", "فاسيلي نيبينزيا"],
        id="an_envoy_named_by_office_goes_on_past_a_relative_clause_that_ended_the_sentence_before"),
    pytest.param(
        # «عائلة» ends a heading; «ترامب» opens the next line and speaks himself.
        # An emoji, harakat, tatweel, an RLM and CRLF on the way.
        'وتحدّث الوفد 🙂 مع عائلة\r\nترامب\u200f قال إن المحادثات جيـدة.\r\n',
        [("ترامب", "PERSON")],
        ["ترامب"],
        id="a_holder_word_ending_the_line_before_holds_no_name_that_opens_a_sentence"),
    pytest.param(
        # An emoji, harakat, tatweel, an RLM and CRLF on the way.
        'مقابلة خاصّة 🙂 مع الرئيس\r\nترامب\u200f قال إن المحادثات جيدة جـدا.\r\n',
        [("ترامب", "PERSON")],
        ["ترامب"],
        id="a_preposition_and_title_ending_a_heading_govern_no_name_on_the_next_line"),
    pytest.param(
        # An emoji, harakat, tatweel, an RLM and CRLF on the way.
        'أعلن بنك "اتش اس بي سي"\u200f، الاثنين، عن إجراء أول صفقة 🙂.\r\n'
        'وقال البنك البريطاني في بيان له، إن الصفقة تمّت الأسبوع الماضي.\r\n'
        'وأشار البنك، إلى دراسة لمنظمة الصحة العالمية أفادت أن تحويل الأعمال يقلص الوقـت.\r\n'
        'ويقول مدافعون عن حقوق الإنسان إن نقل السكان قسريا يشكل انتهاكا.\r\n'
        'ونشر الجيش الإسرائيلي صورا للموقع.\r\n'
        'وقال الجيش الأميركي إن الصور قديمة.\r\n',
        [("اتش اس بي سي", "ORG"), ("منظمة الصحة العالمية", "ORG"), ("الجيش الإسرائيلي", "ORG")],
        ["اتش اس بي سي", "دراسة لمنظمة الصحة العالمية", "مدافعون عن حقوق الإنسان", "الجيش الأميركي"],
        id="a_body_named_again_by_its_kind_and_a_new_adjective_a_study_of_a_tagged_body_and_rights_defenders"),
    pytest.param(
        # An emoji, harakat, tatweel, an RLM and CRLF on the way.
        'وقال مصدر باستاد القاهرة\u200f إن الجماهير حطّمت بعض مقاعد المدرجـات 🙂.\r\n',
        [("القاهرة", "GPE")],
        ["مصدر باستاد القاهرة"],
        id="a_stadium_or_an_airport_glued_to_ba_is_where_the_source_is"),
    pytest.param(
        # An emoji, harakat, tatweel, an RLM and CRLF on the way.
        'ونفت الرئيسة أمينة فقيم أي سوء إدارة 🙂.\r\n'
        'لكنّ مكتبها\u200f قال إن ما تم صرفه كان بغير قصـد.\r\n'
        'لكن حكومتها قالت إن المبلغ قد أُعيد.\r\n',
        [("أمينة فقيم", "PERSON")],
        ["مكتبها", "حكومتها"],
        id="a_body_of_hers_after_lakin_speaks_not_the_person_before"),
    pytest.param(
        # An emoji, harakat, tatweel, an RLM and CRLF on the way.
        'أما شيروان بري، أحد رؤساء الهلال الأحمر الكردي ومقره في القامشلي (شمال شرق سوريا)\u200f فقال '
        '"تعرضت المدينة 🙂 لقصف كثيـف خلال النهار".\r\n',
        [("شيروان بري", "PERSON"), ("الهلال الأحمر الكردي", "ORG"), ("القامشلي", "GPE"), ("سوريا", "GPE")],
        ["شيروان بري"],
        id="a_long_topic_after_amma_is_the_subject_of_its_fa_verb"),
    pytest.param(
        # An emoji, harakat, tatweel, an RLM and CRLF on the way.
        'نددت إدارة الرئيس الأمريكي دونالد ترامب الاثنين بالكلام 🙂 الذي صدر عن الرئيس الفلسطيني محمود عباس\u200f، '
        'مؤكدة أن الوقت قد حان لكي يختار عبـاس.\r\n',
        [("دونالد ترامب", "PERSON"), ("محمود عباس", "PERSON")],
        ["إدارة الرئيس الأمريكي دونالد ترامب"],
        id="her_participle_goes_on_for_the_administration_of_the_person_named_after_the_verb"),
    pytest.param(
        # An emoji, harakat, tatweel, an RLM and CRLF on the way.
        'وقالت بلاند إن آمالها تتوقف على تجربة سريرية 🙂.\r\n'
        'لكن بعد مرور شهرين، كشف فحص أن السرطان انتشر أكثـر.\r\n'
        'وكتبت في التليغراف\u200f: "الآن لا أخضع لأي علاج".\r\n',
        [("بلاند", "PERSON"), ("التليغراف", "ORG")],
        ["بلاند", "فحص", "بلاند"],
        id="her_verb_before_a_prepositional_phrase_does_not_go_on_for_his_quote"),
    pytest.param(
        # An emoji, harakat, tatweel, an RLM and CRLF on the way.
        'وقال الادعاء إن الشركة استخدمت طرق اختبار معيبة 🙂.\r\n'
        'وأصدرت الجمعية الخيرية البريطانية لمكافحة سرطان الرحم، أوفاكوم\u200f، تقريرا عن هذه القضيـة، '
        'لكنها أشارت في نفس الوقت إلى أن تلك المخاوف لم تثبت علميا.\r\n',
        [("أوفاكوم", "ORG")],
        ["الادعاء", "أوفاكوم"],
        id="her_own_sentence_names_her_in_apposition_after_his_quote"),
    pytest.param(
        # An emoji, harakat, tatweel, an RLM and CRLF on the way.
        'وأكد الخطيب أنه أبلغ الأسرة بالحالة الطبيـة 🙂، بحسبما ذكرت وكالة "وفا"\u200f وأضاف: "إن العائلة لم توافق".\r\n'
        'مشدّدا على أنه تم تحديد موعد للعملية.\r\n',
        [("الخطيب", "PERSON"), ("وفا", "ORG")],
        ["الخطيب", "الخطيب", "الخطيب"],
        id="whom_words_were_attributed_to_is_not_the_subject_of_the_joined_verb_after"),
    pytest.param(
        # An emoji, harakat, tatweel, an RLM and CRLF on the way.
        'وقال نائب الوزير الكوري الشمالي "لقد أعربنا عن استعدادنا 🙂".\r\n'
        'وهاجم نائب الوزير بعنف مستشار الأمن القومي الأميركي، جون بولتون\u200f، الذي تحدّث عن النموذج الليبي.\r\n'
        'وقال الوزير إن هذه "محاولة شريرة للغايـة".\r\n',
        [("جون بولتون", "PERSON")],
        ["نائب الوزير الكوري الشمالي", "الوزير"],
        id="the_title_a_deputy_governs_is_not_the_office_of_the_person_named_after"),
    pytest.param(
        # An emoji, harakat, tatweel, an RLM and CRLF on the way.
        'وأفادت الصحيفة بأن صهر الرئيس تلقّى القرار الجمعة 🙂.\r\n'
        'ونقلت عن محاميه، آبي لويل\u200f، أن القرار "لن يؤثر في عمله المهـم".\r\n',
        [("آبي لويل", "PERSON")],
        ["الصحيفة", "آبي لويل"],
        id="whom_an_agency_quoted_after_an_is_the_one_named_in_apposition"),
    pytest.param(
        # An emoji, harakat, tatweel, an RLM and CRLF on the way.
        'وفي الأسبوع الماضي 🙂، قالت تقارير إن مسؤولا كبيرا في وزارة العدل أبلغ البيت الأبيض\u200f أن تحقيقات الوزارة '
        'ستؤخّر التصريـح.\r\n',
        [("وزارة العدل", "ORG"), ("البيت الأبيض", "ORG")],
        ["مسؤولا كبيرا في وزارة العدل"],
        id="a_report_inside_a_report_told_the_name_after_its_verb"),
    pytest.param(
        # An emoji, harakat, tatweel, an RLM and CRLF on the way.
        'وقال جاك دورسي في تغريدة "لقد عالجنا الثغرة 🙂".\r\n'
        'وأعربت المجموعة التي يرأسها جاك دورسي\u200f عن أسفها العميق مؤكدة "نحن نقدّر الثقة".\r\n'
        'ولم تذكر الشركة عدد كلمات السر التي تأثرت. لكن مصدرا ذا صلة برد فعل الشركة قال إنه عدد "كبيـر".\r\n',
        [("جاك دورسي", "PERSON")],
        ["جاك دورسي", "المجموعة", "مصدرا ذا صلة برد فعل الشركة"],
        id="a_group_a_relative_clause_describes_and_a_source_with_a_tie_speak_for_themselves"),
    pytest.param(
        # An emoji, harakat, tatweel, an RLM and CRLF on the way.
        'وقال جونسون إن القوى الغربية لا تعتزم شنّ مزيد من الضربات 🙂.\r\n'
        'واستهدفت الضربات مواقع كيميائية، لكن الدول الثلاث\u200f أكدت على أن الضربات لم تهدف إلى الإطاحة بالرئيـس.\r\n',
        [("جونسون", "PERSON")],
        ["جونسون", "الدول الثلاث"],
        id="the_countries_after_lakin_speak_not_the_last_person_quoted"),
    pytest.param(
        # An emoji, harakat, tatweel, an RLM and CRLF on the way.
        'ووفقا لوكالة "إيلنا" الإيرانية 🙂، فقد ندد المرجع الشهير آية الله عبدالله جوادي آملي، لدى استقباله وزير العمل '
        'الإيراني علي ربيعي\u200f، بانتشار الفساد، وقال إن الناس لا يتحمّلون السرقـات.\r\n',
        [("عبدالله جوادي آملي", "PERSON"), ("علي ربيعي", "PERSON"), ("إيلنا", "ORG")],
        ["عبدالله جوادي آملي"],
        id="qad_after_an_attribution_then_a_cleric_and_his_titles_open_the_sentence"),
    pytest.param(
        # An emoji, harakat, tatweel, an RLM and CRLF on the way.
        'وبحسب مدير مكتب حماية المستهلك سابقا في لجنة التجارة، دافيد فلاديك\u200f، فإن الاتفاقيات متعارضة 🙂.\r\n'
        'ووفقا لزعيم الحزب الذي يؤدي دورا حاسما في تسيير شؤون السلطـة، فإن الحكومة اعتمدت مذكرة.\r\n'
        'قالت وكالة تابعة لمنظمة الصحة العالمية إن المراكز الجديدة لن تقدّم حلا.\r\n'
        'وتؤكد مصادر من حركة طالبان أن أكثر من 300 تأشيرة عُرضت.\r\n',
        [("دافيد فلاديك", "PERSON"), ("لجنة التجارة", "ORG"), ("منظمة الصحة العالمية", "ORG"), ("طالبان", "ORG")],
        ["دافيد فلاديك", "زعيم الحزب", "وكالة تابعة لمنظمة الصحة العالمية", "مصادر من حركة طالبان"],
        id="a_source_an_office_describes_and_a_body_a_source_belongs_to"),
    pytest.param(
        # An emoji, harakat, tatweel, an RLM and CRLF on the way.
        'أعلن المتحدث العسكري المصري 🙂، الخميس، أن 7 من عناصر الجيش قُتلوا.\r\n'
        'وأشارت القيادة العامة في بيان إلى القضاء على أربعة مسلحين\u200f.\r\n'
        ' وأضاف أنه جرى القضاء على 7 مسلحين آخريـن.\r\n',
        [],
        ["المتحدث العسكري المصري", "المتحدث العسكري المصري"],
        id="his_verb_after_her_sentence_does_not_go_on_for_her"),
    pytest.param(
        # An emoji, harakat, tatweel, an RLM and CRLF on the way.
        'لم تُعط واشنطن بوست تفاصيل عن الصاروخ 🙂، لكنها أشارت إلى أنه أسرع من الصوت.\r\n'
        'ولم يعلّق الناطق باسم البحرية بيل سبيكس\u200f على معلومات الصحيفة، بذريعة وجود مخاوف أمنيـة. '
        'واكتفى بالقول إن البنتاغون يتكيّف.\r\n',
        [("واشنطن بوست", "ORG"), ("بيل سبيكس", "PERSON")],
        ["واشنطن بوست", "بيل سبيكس"],
        id="a_verbal_noun_after_his_verb_is_his_not_hers"),
    pytest.param(
        # An emoji, harakat, tatweel, an RLM and CRLF on the way.
        'هددت الولايات المتحدة بفرض مزيد من العقوبات إذا لم تفرج عن القس برانسون 🙂.\r\n'
        'ونبّه وزير الخزانة ستيفن منوتشين\u200f إلى أن الولايات المتحدة ستفرض عقوبات ما لم تفرج عن القس برانسون.\r\n'
        'وقال خلال اجتماع "فرضنا عقوبات على وزراء عديديـن".\r\n',
        [("برانسون", "PERSON"), ("ستيفن منوتشين", "PERSON")],
        ["ستيفن منوتشين", "ستيفن منوتشين"],
        id="nabbaha_reports_and_the_next_verb_goes_on_for_him"),
    pytest.param(
        # An emoji, harakat, tatweel, an RLM and CRLF on the way.
        'وقال ليونهيلم إنه لن يعتذر 🙂.\r\n'
        'ويوم الأحد، اعتذرت قناة "سكاي نيوز"\u200f عن بث تصريحاته. وأشارت إلى أنه تم إيقاف أحد الموظفيـن.\r\n'
        'ودافع ليونهيلم عن تصريحاته واتّهم هانسون يونغ بأنها قالت "كلمات مفادها أن جميع الرجال مغتصبون".\r\n'
        'وزعم رئيس شرطة طهران، في ديسمبر الماضي، أن إجراءات مخففة اتُّخذت.\r\n',
        [("ليونهيلم", "PERSON"), ("سكاي نيوز", "ORG"), ("هانسون يونغ", "PERSON"), ("طهران", "GPE")],
        ["ليونهيلم", "سكاي نيوز", "ليونهيلم", "رئيس شرطة طهران"],
        id="a_time_before_a_comma_the_accused_after_the_verb_and_the_head_of_a_police"),
    pytest.param(
        # An emoji, harakat, tatweel, an RLM and CRLF on the way.
        'وأوضح الشحي أن دفاعات الحوثيين تتهاوى 🙂.\r\n'
        'وقالت المنظمة إن الوضع صعب\u200f.\r\n'
        'وشدّد الشحي على مواصلة العمليات.\r\n'
        'ولفت إلى أن جبهات الساحل تشهد عمليات واسعـة.\r\n',
        [("الشحي", "PERSON")],
        ["الشحي", "المنظمة", "الشحي"],
        id="lafata_is_his_verb_its_ta_the_roots"),
    pytest.param(
        # An emoji, harakat, tatweel, an RLM and CRLF on the way.
        'وقالت الصحيفة إنها استمعت لعدد من الطالبات 🙂.\r\n'
        'وخلصت إلى أن أوجيبي\u200f وآخرين استغلّوا الطالبات، وأشارت إلى أنه جمع 7 آلاف دولار.\r\n'
        'ويبدو أن بسنييه أشار إلى استنتاج مماثل، وقال: "لا يمكننا استبعاد ذلك".\r\n',
        [("أوجيبي", "PERSON"), ("بسنييه", "PERSON")],
        ["الصحيفة", "الصحيفة", "بسنييه"],
        id="a_name_past_her_verbs_an_is_no_subject_of_her_next_verb"),
    pytest.param(
        # An emoji, harakat, tatweel, an RLM and CRLF on the way.
        'وقال ترامب "أريد أن أعيد جنودنا 🙂".\r\n'
        'بيد أن بريت مكجورك\u200f المبعوث الأمريكي الخاص للتحالف الدولي ضد تنظيم "الدولة الإسلامية" قدّم تقييما مغايرا '
        'قليلا في منتدى في واشنطن في وقت سابق اليوم وقال "نحن في سوريا لمحاربة التنظيـم".\r\n',
        [("ترامب", "PERSON"), ("بريت مكجورك", "PERSON"), ("واشنطن", "GPE"), ("سوريا", "GPE")],
        ["ترامب", "بريت مكجورك"],
        id="the_one_bayda_anna_sets_apart_goes_on_past_a_long_description"),
    pytest.param(
        # An emoji, harakat, tatweel, an RLM and CRLF on the way.
        'قال المندوب الأميركي لدى منظمة حظر الأسلحة، الاثنين، إن روسيا قد تكون زارت الموقـع 🙂.\r\n'
        'وأضاف المندوب كين وارد\u200f: "حسب فهمنا، قد يكون الروس زاروا الموقع".\r\n'
        'وأعلن مدير منظمة حظر الأسلحة، أن الخبراء لم يصلوا بعد إلى دوما.\r\n'
        'وقال أحمد أوزمجو: "لم ينتشر الفريق بعد".\r\n',
        [("كين وارد", "PERSON"), ("منظمة حظر الأسلحة", "ORG"), ("أحمد أوزمجو", "PERSON"), ("دوما", "GPE")],
        ["كين وارد", "كين وارد", "أحمد أوزمجو", "أحمد أوزمجو"],
        id="an_envoy_and_a_director_named_in_the_next_sentence_are_those_persons"),
    pytest.param(
        # An emoji, harakat, tatweel, an RLM and CRLF on the way.
        'وقال "راديو إسرائيل" إنه جرى استجواب نتانياهو 🙂.\r\n'
        'ويُشتبه في أن نتانياهو تلقى هدايا من رجال أعمال تقول الشرطة\u200f إن قيمتها تصل إلى 300 ألف دولار تقريبـا.\r\n',
        [("راديو إسرائيل", "ORG"), ("نتانياهو", "PERSON")],
        ["راديو إسرائيل", "الشرطة"],
        id="the_police_are_no_radio_named_again"),
    pytest.param(
        # An emoji, harakat, tatweel, an RLM and CRLF on the way.
        'تعرض وزير في الهند للسخرية 🙂 على مواقع التواصل لأنه قال إن قدماء الهنود اخترعوا الإنترنـت.\r\n',
        [("الهند", "GPE")],
        ["وزير في الهند"],
        id="an_office_and_where_it_is_held_after_its_verb"),
    pytest.param(
        # An emoji, harakat, tatweel, an RLM and CRLF on the way.
        'اتهم فريق الدفاع 🙂 وزير خارجية فرنسا جان إيف لودريان\u200f بتجاوز المبادئ.\r\n'
        'وأشار المحامون إلى تصريحات أدلى بها الوزير للشبكة الإخبارية "إل سي إي" قال فيها إن "السيدة بوغدير مقاتلة".\r\n',
        [("جان إيف لودريان", "PERSON"), ("إل سي إي", "ORG"), ("بوغدير", "PERSON")],
        ["جان إيف لودريان"],
        id="an_outlet_past_its_adjective_is_whom_he_spoke_to"),
    pytest.param(
        # An emoji, harakat, tatweel, an RLM and CRLF on the way.
        'وقال أبولافيا إن المشروع يموّل نفسه 🙂.\r\n'
        'وسيتنافس أبولافيا على الرئاسة مع الرئيس الحالي، ويلمار بالديز\u200f، الذي أكد أيضا من جانبه أنه سيجدد '
        'تعاقد المدرب (71 عامـاً).\r\n',
        [("أبولافيا", "PERSON"), ("ويلمار بالديز", "PERSON")],
        ["أبولافيا", "ويلمار بالديز"],
        id="an_adverb_after_a_relatives_verb_is_no_subject_of_its_own"),
    pytest.param(
        # An emoji, harakat, tatweel, an RLM and CRLF on the way.
        'بدأ وزير الخارجية الفرنسي جان إيف لودريان زيارة رسمية إلى مصر 🙂. وخلال مؤتمر صحفي جمعه بنظيره المصري '
        'سامح شكري\u200f شدّد على ضرورة أن يتقدم المسار السياسـي في ليبيا.\r\n'
        'وقّع آلاف من موظفي غوغل على رسالة مفتوحة.\r\n'
        'وجاء في الرسالة الموجهة لسوندار بيتشاي، كبير المسؤولين في غوغل "نعتقد أن غوغل لا يجب أن تشارك في الحرب".\r\n',
        [("جان إيف لودريان", "PERSON"), ("سامح شكري", "PERSON"), ("مصر", "GPE"), ("ليبيا", "GPE"),
         ("سوندار بيتشاي", "PERSON"), ("غوغل", "ORG")],
        ["جان إيف لودريان", "الرسالة"],
        id="his_counterpart_and_whom_a_letter_was_sent_to_do_not_speak"),
    pytest.param(
        # An emoji, harakat, tatweel, an RLM and CRLF on the way.
        'وأعلن المرصد السوري لحقوق الإنسان أنهما "استهدفا مستودعات 🙂".\r\n'
        'نزوح 45 ألف شخص جراء التصعيد\r\n'
        'قالت متحدثة باسم مكتب تنسيق الشؤون الإنسانية التابع للأمم المتحدة\u200f إن 45 ألف شخص نزحوا.\r\n'
        'وقالت صحيفة تابعة للحزب الشيوعي الحاكم إنه لا يوجد دين فوق القانـون.\r\n'
        'ورصدت الدراسة "تغيرا كبيرا في أنماط العمل"، إذ أصبح النساء أقل ميلا للتوقف عن العمل.\r\n'
        'لكنها كشفت أيضا أن النسبة الأكبر من الأمهات العاملات كانت من النساء.\r\n',
        [("المرصد السوري لحقوق الإنسان", "ORG"), ("مكتب تنسيق الشؤون الإنسانية", "ORG")],
        ["المرصد السوري لحقوق الإنسان", "متحدثة باسم مكتب تنسيق الشؤون الإنسانية",
         "صحيفة تابعة للحزب الشيوعي الحاكم", "الدراسة"],
        id="a_long_body_a_spokeswoman_speaks_for_what_a_paper_belongs_to_and_lakinna_after_a_study"),
    pytest.param(
        # An emoji, harakat, tatweel, an RLM and CRLF on the way.
        'وقال برانسون إنه بريء 🙂. والبلدان على خلاف بسبب دعم واشنطن للوحدات الكردية، التي تعتبرها تركيا\u200f منظمة '
        'إرهابيـة وتقول إنها امتداد لحزب العمال الكردستاني.\r\n'
        'اتّهم مرشّح اليسار للرئاسة في البرازيل فرناندو حدّاد خصمه بالتحريض.\r\n'
        'وقال مرشح حزب العمّال الذي حلّ ثانيا إن "تسليح الناس لن يحلّ شيئا".\r\n'
        'وأضاف المرشّح المقرّب جدا من الرئيس السابق إنّ "خصمي يحرّض على العنف".\r\n',
        [("برانسون", "PERSON"), ("واشنطن", "GPE"), ("تركيا", "GPE"), ("حزب العمال الكردستاني", "ORG"),
         ("البرازيل", "GPE"), ("فرناندو حدّاد", "PERSON"), ("حزب العمّال", "ORG")],
        ["برانسون", "تركيا", "فرناندو حدّاد", "فرناندو حدّاد"],
        id="a_joined_present_verb_after_the_clauses_subject_and_a_candidate_named_before"),
    pytest.param(
        # An emoji, harakat, tatweel, an RLM and CRLF on the way.
        'أصدرت منظمة العفو الدولية تقريرا يدعو للتحقيق في شبكة سجون في جنوب اليمن\u200f قالت إنها تشهد "انتهاكات 🙂".\r\n'
        'لكن منتقدي القرار أشاروا إلى أن التحرّك "يتعارض مع مصلحة المستخدميـن".\r\n'
        'وقال الثلاثاء مستشار للرئيس الإيراني حسن روحاني "عودة أمريكا للاتفاق من شأنها تمهيد الطريق".\r\n'
        'عندها ردّ ترامب في تغريدة له قال فيها "إياك وتهديد الولايات المتحدة".\r\n'
        'انتقد الاتحاد المصري لكرة القدم خطابات المحامي.\r\n'
        'كما جاء في بيان للاتحاد أن "الخطاب الموجه إلى رئيس الاتحاد لا يلقى أدنى القواعد".\r\n',
        [("منظمة العفو الدولية", "ORG"), ("اليمن", "GPE"), ("حسن روحاني", "PERSON"), ("ترامب", "PERSON"),
         ("الاتحاد المصري لكرة القدم", "ORG")],
        ["منظمة العفو الدولية", "منتقدي القرار", "مستشار للرئيس الإيراني حسن روحاني", "ترامب",
         "الاتحاد المصري لكرة القدم"],
        id="a_place_past_its_direction_critics_an_adviser_after_the_day_his_own_tweet_and_a_statement_of_the_body"),
    pytest.param(
        # An emoji, harakat, tatweel, an RLM and CRLF on the way.
        'وقال مسؤولان بالبيت الأبيض ومصدر مطّلع على المناقشات، إن ترامب قد ينسحب 🙂. وحسب رويترز، قال المصدر إن هناك '
        'احتمالا آخـر.\r\n'
        'رغم أن مفتشي الأمم المتحدة\u200f يقولون إن إيران امتثلت للاتفاق.\r\n'
        'وقال مسؤول البيت الأبيض إن ترامب "يتجه إلى الانسحاب".\r\n'
        'قال وزير الخارجية الكندي السابق، جون بيرد، إن على ترودو أن يزور الرياض.\r\n'
        'وأوضح الدبلوماسي الكندي الذي تولى منصب وزير الخارجية، أن الخطوة تصب في مصلحة كندا.\r\n',
        [("ترامب", "PERSON"), ("البيت الأبيض", "ORG"), ("رويترز", "ORG"), ("الأمم المتحدة", "ORG"), ("إيران", "GPE"),
         ("جون بيرد", "PERSON"), ("ترودو", "PERSON"), ("الرياض", "GPE"), ("كندا", "GPE")],
        ["مسؤولان بالبيت الأبيض", "مصدر مطّلع", "مفتشي الأمم المتحدة", "مسؤول البيت الأبيض", "جون بيرد", "جون بيرد"],
        id="a_source_joined_by_wa_inspectors_an_official_of_a_body_and_a_diplomat_who_was_foreign_minister"),
    pytest.param(
        # An emoji, harakat, tatweel, an RLM and CRLF on the way.
        'وفي تقرير مشترك صدر الاثنين 🙂، أكد كل من الاتحاد الدولي لرابطات حقوق الإنسان\u200f، ومركز القاهرة لدراسات '
        'حقوق الإنسان، أن "الدولة الفرنسية شاركت في القمـع".\r\n'
        'واطّلع الخبراء على بيانات 266 ألف شخص، وتوصلوا إلى نتيجة.\r\n'
        'وأضافوا أن "الذين يمارسون التمارين أقل عرضة للاكتئاب".\r\n',
        [("الاتحاد الدولي لرابطات حقوق الإنسان", "ORG"), ("مركز القاهرة لدراسات حقوق الإنسان", "ORG")],
        ["الاتحاد الدولي لرابطات حقوق الإنسان", "الخبراء"],
        id="each_of_a_list_and_they_after_experts_named_in_the_sentence_before"),
    pytest.param(
        # An emoji, harakat, tatweel, an RLM and CRLF on the way.
        'وردّت الممثلة ريم غزالي على الانتقادات قائلةً إن "كل مخرج يقتبس 🙂".\r\n'
        'وقالت خلال استضافتها في برنامج "تفاعلكم" مع سارة دندراوي على شاشة "العربية"\u200f إنها فخورة بالمسلسـل.\r\n'
        'أكد المدرب الإسباني لوبيز كارو، أن سيرجيو راموس أفضل لاعب.\r\n'
        'وحول مستوى دي خيا المتذبذب، أضاف: بالتأكيد إنه موقف معقد.\r\n'
        'وعبّر ترمب عن ثقته حتى موعد المفاوضات بينه وبين كيم جونغ أون، والتي قال إنها ستتوّج بـ"نجاح كبير".\r\n',
        [("ريم غزالي", "PERSON"), ("سارة دندراوي", "PERSON"), ("العربية", "ORG"), ("لوبيز كارو", "PERSON"),
         ("سيرجيو راموس", "PERSON"), ("دي خيا", "PERSON"), ("ترمب", "PERSON"), ("كيم جونغ أون", "PERSON")],
        ["ريم غزالي", "ريم غزالي", "لوبيز كارو", "لوبيز كارو", "ترمب"],
        id="a_screen_a_fronted_phrase_and_his_verb_in_her_relative_clause_name_no_speaker"),
    pytest.param(
        # An emoji, harakat, tatweel, an RLM and CRLF on the way.
        'وأفادت مصادر مطّلعة أن ممثلة توجهت إلى الشرطة 🙂.\r\n'
        'وقال المصدر القضائي: "تم التقدم بشكوى".\r\n'
        'وأضافت هذه المصادر أن المحققين لم يستمعوا إلى إفادته\u200f.\r\n'
        'وقال غيتس إن العملات قد تقتل المستخدمين.\r\n'
        'وانتقده البعض وقالوا إنه غير مطّلع على التكنولوجيا.\r\n'
        'وقالت ديشباندي إنها شعرت بالتقزز.\r\n'
        'ووبّخها بعضهم قائلا إنها يجب أن تخجل. ولكنها قالت لبي بي سي "لماذا أخجل من نفسي؟".\r\n'
        'صحيفة لوفيغارو عنونت عودة الأبطال وقالت في الافتتاحية إن الرياضة وحدها قادرة على التوحيد.\r\n',
        [("غيتس", "PERSON"), ("ديشباندي", "PERSON"), ("بي بي سي", "ORG"), ("لوفيغارو", "ORG")],
        ["مصادر مطّلعة", "المصدر القضائي", "مصادر مطّلعة", "غيتس", "البعض", "ديشباندي", "بعضهم", "ديشباندي",
         "لوفيغارو"],
        id="these_sources_some_her_verb_after_their_participle_and_a_paper_that_opens_its_sentence"),
    pytest.param(
        # An emoji, harakat, tatweel, an RLM and CRLF on the way.
        'وقال قديروف: منتخب مصر مثل فريق أحمد 🙂.\r\n'
        'وتابع الرئيس الذي تابع جزءا كبيرا من التمرين المفتوح\u200f: "محمد صلاح لاعب جيّد".\r\n'
        'وأوضح بيان صادر عن مكتب رئيس الوزراء للإعلان عن الاتفاق أن المراجعة ما زالت جاريـة.\r\n',
        [("قديروف", "PERSON")],
        ["قديروف", "قديروف", "مكتب رئيس الوزراء"],
        id="a_relatives_own_verb_in_the_subject_and_a_statement_issued_by_an_untagged_office"),
    pytest.param(
        # An emoji, harakat, tatweel, an RLM and CRLF on the way.
        'دعا المرشد الأعلى، آية الله علي خامنئي، إلى إجراءات قانونية 🙂، في أعقاب تصريح لرئيس السلطة القضائية\u200f '
        'قال فيه إن البلاد تواجه "حربا اقتصاديـة".\r\n',
        [("علي خامنئي", "PERSON"), ("السلطة القضائية", "ORG")],
        ["رئيس السلطة القضائية"],
        id="a_statement_of_the_head_of_a_body_is_his_not_the_bodys"),
    pytest.param(
        # An emoji, harakat, tatweel, an RLM and CRLF on the way.
        'وقال المدرب خورخي سامباولي: "سنفعل كل شيء 🙂". وبشأن مستوى ميسي أمام كرواتيا أوضح: "كانت مباراة معقّدة لليو".\r\n'
        'وأضاف: "سيلعب ليـو أكثر\u200f".\r\n',
        [("خورخي سامباولي", "PERSON"), ("ميسي", "PERSON"), ("كرواتيا", "GPE")],
        ["خورخي سامباولي", "خورخي سامباولي", "خورخي سامباولي"],
        id="a_name_in_the_phrase_about_what_he_spoke_of_is_no_subject"),
    pytest.param(
        'كشف الإعلامي بدر آل زيدان أن التجربة من أجمل التجارب 🙂.\r\n'
        'وتطرّق إلى علاقته مع أعضاء لجنة تحكيم "ذا فويس" فأشار إلى أنه يرتاح في حديثه مع الفنانيـن\u200f.\r\n',
        [("بدر آل زيدان", "PERSON"), ("ذا فويس", "ORG")],
        ["بدر آل زيدان", "بدر آل زيدان"],
        id="a_verb_joined_by_fa_goes_on_for_the_clause_before_not_the_name_before_it"),
    pytest.param(
        'وقال المقدم بدر آل زيدان إن التجربة جميلة 🙂.\r\n'
        'لكنه حين قالت له إليسا إنه قاطعها ولم تُنهِ كلامها\u200f، اعتذر منها.\r\n'
        'وقال إنه يحب التمثيـل.\r\n',
        [("بدر آل زيدان", "PERSON"), ("إليسا", "PERSON")],
        ["بدر آل زيدان", "إليسا", "بدر آل زيدان"],
        id="her_own_verb_before_her_name_says_he_who_goes_on_is_another"),
    pytest.param(
        # «قال» before a woman's name is a slip of translation: her «وأضافت» still goes on for her
        'قال آنا بيرنز لبي بي سي: "الكتاب لا يحقق المطلوب 🙂".\r\nوأضافت: "أعتقد أن الأمر له علاقة بالعمـل\u200f".\r\n',
        [("آنا بيرنز", "PERSON"), ("بي بي سي", "ORG")],
        ["آنا بيرنز", "آنا بيرنز"],
        id="his_verb_before_her_name_is_not_trusted_alone"),
    pytest.param(
        'وقال رئيس شرطة بوركينا فاسو إن العاصمة تتعرض لهجوم 🙂.\r\nوذكرت الشرطة أن وحدات أمنية انتشرت في الموقـع\u200f.\r\n',
        [("بوركينا فاسو", "GPE")],
        ["رئيس شرطة بوركينا فاسو", "الشرطة"],
        id="the_police_named_again_are_not_their_chief"),
    pytest.param(
        # An emoji, harakat, tatweel, an RLM and CRLF on the way.
        'قالت شركة "توتال" الفرنسية إنها تستعد للانسحاب 🙂.\r\n'
        'وأعلنت كل من شركة التأمين "أليانز" وشركة "ميرسك" أنهما يعتزمان تخفيض أعمالهما.\r\n'
        'ووقّعت "توتال" عقدا في عام 2017.\r\nوقالت الشركة في بيان "لن يكون بإمكاننا الاستمرار\u200f".\r\n',
        [("توتال", "ORG"), ("أليانز", "ORG"), ("ميرسك", "ORG")],
        ["توتال", "أليانز", "توتال"],
        id="the_company_is_the_last_named_body_whose_kind_an_earlier_mention_gave"),
    pytest.param(
        'وقال النائب العام المصري إن البكتيريا هي السبب 🙂.\r\nوقالت ابنة السائحين لبي بي سي إن هذه الفرضية "محض هراء".\r\n'
        'وأضافت أنها لا تعتقد ذلك.\r\nونفى بيان النائب العام وجود أي تسمم.\r\n'
        'وأكّد البيان أن "المياه جاءت خالية من البكتيريـا\u200f".\r\n',
        [("بي بي سي", "ORG")],
        ["النائب العام المصري", "ابنة السائحين", "ابنة السائحين", "النائب العام"],
        id="the_statement_is_its_untagged_issuers_not_the_last_speakers"),
    pytest.param(
        'وقالت ماري لاغير "لم تكن تلك المرة الأولى 🙂".\r\nوبعد تبادل الإهانات، تقدّم الرجل نحوها.\r\n'
        'وبدا أن الرجل صفعها بقوة.\r\nوعندما احتج الجالسون في المقهى على الرجل، غادرت المكان.\r\n'
        'وقالت إن جميع من كانوا في المقهى وصفوا استجابتـها بالطبيعية\u200f.\r\n',
        [("ماري لاغير", "PERSON")],
        ["ماري لاغير", "ماري لاغير"],
        id="her_verb_far_on_with_no_one_named_since_goes_on_for_her"),
    pytest.param(
        'وبعد أن قال كثير من مستخدمي وسائل التواصل إن هناك شبها بين من تظهر في الفيديو وبين د.جاسم، نشرت الأستاذة '
        'الجامعية 🙂 بيانا قالت فيه إنه تمت فبركة الشريـط\u200f.\r\n',
        [("جاسم", "PERSON")],
        ["كثير من مستخدمي", "جاسم"],
        id="the_statement_published_by_a_description_of_the_person_named_before"),
    pytest.param(
        # An emoji, harakat, tatweel, an RLM and CRLF on the way.
        'وأظهر الفيديو سيارات إسعاف 🙂. وقال متحدث باسم الشرطة إن انتحر، مضيفا أن نحو 30 شخصا أصيبوا بجروح.\r\n'
        'وتابع "الشرطة لا تبحث عن مهاجمين آخريـن\u200f"، مشيرا إلى أن الحادث "انتهى".\r\n',
        [],
        ["متحدث باسم الشرطة", "متحدث باسم الشرطة", "متحدث باسم الشرطة"],
        id="a_spokesman_whose_own_words_were_too_few_goes_on_in_his_participles"),
    pytest.param(
        'وأكّد رئيس شركة إي فاينانس، إبراهيم سرحان، على دور الشبكة 🙂.\r\nوقال إنه سيتم التكامل مع منظومة الدفع الحكوميـة\u200f.\r\n',
        [("إي فاينانس", "ORG"), ("إبراهيم سرحان", "PERSON")],
        ["إبراهيم سرحان"],
        id="the_head_named_in_apposition_after_his_company_goes_on"),
    pytest.param(
        # harakat in the quote move the folded text's offsets off the text's own: the sentence between still counts
        'وأضاف سامح أبو السعود أنّ مراكزَ البريدِ تُقدِّمُ كافّةَ الخدماتِ بشكلٍ حضاريٍّ لجميعِ المواطنينَ 🙂.\r\n'
        'وفي سياق متصل، أعلنت شركة "فوري" ارتفاع قيمة عمليات السداد.\r\n'
        'وأوضحت أن المعدل اليومي يصل إلى 1.8 مليون عمليـة\u200f.\r\n',
        [("سامح أبو السعود", "PERSON"), ("فوري", "ORG")],
        ["سامح أبو السعود", "فوري"],
        id="the_sentence_between_counts_past_harakat_in_the_quote_before"),
    pytest.param(
        'هذا وقالت المتحدثة باسم المستشارة، أنجيلا ميركل، في تغريدة على حسابها في تويتر، "قلوبنا مع أسر الضحايـا 🙂".\r\n',
        [("أنجيلا ميركل", "PERSON"), ("تويتر", "ORG")],
        ["المتحدثة باسم المستشارة"],
        id="a_name_in_apposition_to_the_title_a_spokeswoman_speaks_for_is_not_hers"),
    pytest.param(
        'قال حارس مرمى المنتخب الألماني وقائده مانويل نوير 🙂 إن أي مباراة ستكون نهائية.\r\n'
        'وقال حارس مرمى بايرن ميونخ إن المنتخب يجب أن يستعيد القوة الذهنيـة\u200f.\r\n',
        [("مانويل نوير", "PERSON"), ("بايرن ميونخ", "ORG")],
        ["مانويل نوير", "مانويل نوير"],
        id="an_office_joined_to_another_by_its_captain_still_titles_him"),
    pytest.param(
        # An emoji, harakat, tatweel, an RLM and CRLF on the way.
        'قال جهاز الموساد الإسرائيلي إنه استعاد الساعة 🙂.\r\nوجاء في بيان للحكومة الإسرائيلية "أعاد الموساد إلى إسرائيل '
        'ساعة المقاتل الراحـل"، وأضاف "تمت إعادة الساعة في عمليّة خاصة\u200f".\r\n',
        [("الموساد", "ORG")],
        ["الموساد", "الحكومة الإسرائيلية", "الحكومة الإسرائيلية"],
        id="what_came_in_a_governments_statement_marked_is_the_governments_not_its_agencys"),
    pytest.param(
        'وجاء في بيان للحكومة الإسرائيلية "أعاد الموساد الساعة إلى إسرائيل بعد سنين 🙂".\r\n'
        'ونقل بيان الخميس عن رئيس الموساد يوسي كوهين قوله "نجحنا في أن نحدد مكان الساعة".\r\n'
        'وقال البيان إنه سيتم عرض الساعة في مقر الموساد\u200f.\r\n'
        'وفي بيان له أشاد رئيس الوزراء الإسرائيلي بنيامين نتانياهو بكوهين.\r\nوقال "أشيد بمقاتلي الموساد على العملية الشجاعـة".\r\n',
        [("الموساد", "ORG"), ("يوسي كوهين", "PERSON"), ("بنيامين نتانياهو", "PERSON")],
        ["الحكومة الإسرائيلية", "يوسي كوهين", "الحكومة الإسرائيلية", "بنيامين نتانياهو"],
        id="the_statement_is_its_issuers_and_his_own_statement_opens_his_sentence"),
    pytest.param(
        'أعربت كندا عن "قلقها الشديد" إزاء تجميد التعاملات التجارية 🙂.\r\nلكنها قالت إنها متمسّكة بموقفها تجاه حقوق الإنسـان\u200f.\r\n',
        [("كندا", "GPE")],
        ["كندا"],
        id="a_country_right_after_her_verb_of_stance_goes_on_in_her_but"),
    pytest.param(
        # An emoji, harakat, tatweel, an RLM and CRLF on the way.
        'قالت بعثة الأمم المتحدة في مالي إن قوات مالية أعدمت 12 مدنيا 🙂.\r\nوقالت البعثة إنها فتحت تحقيقـا.\r\n'
        'وذكر البيان "خلص التحقيق إلى أن عناصر من الكتيبة أعدمت المدنيّين\u200f".\r\n',
        [("بعثة الأمم المتحدة في مالي", "ORG")],
        ["بعثة الأمم المتحدة في مالي", "بعثة الأمم المتحدة في مالي", "بعثة الأمم المتحدة في مالي"],
        id="a_statement_named_first_as_the_statement_is_the_last_bodys_that_spoke"),
    pytest.param(
        'قال وزير الخارجية المصري، سامح شكري، إن القمة ستناقش الإرهاب 🙂.\r\n'
        'وأعلن شكري، في مؤتمر صحفي مع نظيره الأردني أيمن الصفدي بالقاهرة، أن السياسات القطرية تذهب في اتجاه آخر.\r\n'
        'من جانبه، قال الصفدي إن الأردن تنسّق مع مصر.\r\nوشدد وزير خارجية الأردن على أن الأمن لن يتحقق بالقمـع\u200f.\r\n',
        [("سامح شكري", "PERSON"), ("شكري", "PERSON"), ("أيمن الصفدي", "PERSON"), ("الصفدي", "PERSON"), ("الأردن", "GPE"),
         ("مصر", "GPE"), ("القاهرة", "GPE")],
        ["سامح شكري", "شكري", "الصفدي", "الصفدي"],
        id="a_counterpart_holds_the_office_of_the_one_whose_counterpart_he_is"),
    pytest.param(
        # An emoji, harakat, tatweel, an RLM and CRLF on the way.
        'وقالت إدارة سلسلة متاجر نيو لوك في بيان "إننا بصدد مراجعة هيكلية التسعيـر 🙂".\r\n'
        'لكن البعض استغرب المشهد، إذ قال أحد مستخدمي فيسبوك: "عذرًا! يبدو هذا غريبًا\u200f".\r\n'
        'وقال أحد السكان الفارين، ويدعى أبو القاسم، لفرانس برس "هربنا من بيت ساوا تحت القنابل".\r\n',
        [("نيو لوك", "ORG"), ("فيسبوك", "ORG"), ("أبو القاسم", "PERSON"), ("فرانس برس", "ORG")],
        ["نيو لوك", "أحد مستخدمي فيسبوك", "أبو القاسم"],
        id="a_chain_of_bare_nouns_reaches_its_name_and_one_of_a_sites_users_is_no_site"),
    pytest.param(
        'كما وصف سفير فرنسا لدى المنظمة فيليب لاليو مداخلة الوفد "بالمهزلة" متّهما النظام "الذي يقتل ويستخدم الغاز ضد شعبه 🙂" بإعدادها.\r\n'
        'لكن الدفاع المدني السوري في دوما والمعروف باسم "الخوذ البيضاء" أكد أن الهجوم أوقع نحو أربعين قتيـلا\u200f.\r\n',
        [("فرنسا", "GPE"), ("فيليب لاليو", "PERSON"), ("دوما", "GPE"), ("الخوذ البيضاء", "ORG")],
        ["فيليب لاليو", "الخوذ البيضاء"],
        id="an_ambassador_named_past_where_he_is_posted_and_a_body_by_the_name_it_is_known_by"),
    pytest.param(
        'وعندما وُلدت الطفلة روزالي تعرضت الأم لنوبة مرضية 🙂.\r\nوأعطيت الطفلة روزالي إلى والدها ماكسيميليان.\r\n'
        'وقال الأب لبي بي سي: "خرجت ممرضة بطفلتنا الجميلـة\u200f".\r\n',
        [("روزالي", "PERSON"), ("ماكسيميليان", "PERSON"), ("بي بي سي", "ORG")],
        ["ماكسيميليان"],
        id="the_father_is_the_one_introduced_as_her_father"),
    pytest.param(
        # An emoji, harakat, tatweel, an RLM and CRLF on the way.
        'وأثارت جيني جونز القضية، قائلةً إنها "صدمت عندما علمت بذلك 🙂".\r\n'
        'بدورها، انتقدت منظمة حقوق الإنسان النشطة في مجال السياسات الأمنية، في بيان لها ذلك البرنامج، وذكرت إنه '
        '"تعريض الأحداث عمداً للإرهاب\u200f".\r\nولفت البيان إلى أن "الدولة بدل أن تنقذ الأطفال تعمّق ذلـك".\r\n',
        [("جيني جونز", "PERSON")],
        ["جيني جونز", "منظمة حقوق الإنسان", "منظمة حقوق الإنسان"],
        id="a_body_heading_a_construct_after_in_her_turn_goes_on_in_her_verbs"),
    pytest.param(
        # An emoji, harakat, tatweel, an RLM and CRLF on the way.
        'ونقلت سانا عن مسؤول عسكري سوري قوله "طيران العدو يطلق عدة صواريخ باتجاه نقاط الجيش 🙂".\r\n'
        'وكان رئيس الوزراء الاسرائيلي قد قال إن بلاده لا تسعى للإطاحة بالأسد، وذلك حسبما قال مسؤول إسرائيلي بارز.\r\n'
        'وقال المسؤول إن نتنياهو نقل الرسالة في محادثات مع الرئيس الروسـي.\r\n'
        'وقال المسؤول شريطة عدم الإفصاح عن هويته "إنهم لديهم مصلحة في استقرار نظام الأسد\u200f".\r\n'
        'ونفى ديفيد كييس، وهو أحد المتحدثين باسم نتنياهو، أن رئيس الوزراء أدلى بهذا التصريح.\r\n'
        'وعندما سُئل كييس عن السياسة الإسرائيلية إزاء سوريا قال "نحن لسنا طرفا في الحرب الأهلية. سنرد على أي طرف".\r\n',
        [("سانا", "ORG"), ("الأسد", "PERSON"), ("نتنياهو", "PERSON"), ("ديفيد كييس", "PERSON"), ("سوريا", "GPE")],
        ["مسؤول عسكري سوري", "رئيس الوزراء الاسرائيلي", "مسؤول إسرائيلي بارز", "مسؤول إسرائيلي بارز", "ديفيد كييس",
         "ديفيد كييس"],
        id="the_official_an_attribution_named_just_before_and_a_spokesman_is_no_prime_minister"),
    pytest.param(
        # An emoji, harakat, tatweel, an RLM and CRLF on the way.
        'وقال مصدر مطلع على الأمر لـCNN إن الرئيس لم يتّخذ قرارا بعد 🙂.\r\n'
        '"لن نتراجع عن موقفنا أبدا"، قال المتحدث باسم الحكومة، مضيفا أن المفاوضات مستمـرة\u200f.\r\n',
        [("CNN", "ORG")],
        ["مصدر مطلع", "المتحدث باسم الحكومة", "المتحدث باسم الحكومة"],
        id="an_informed_source_is_no_time_and_an_attributions_participle_goes_on_for_it"),
    pytest.param(
        # An emoji, harakat, tatweel, an RLM and CRLF on the way.
        'ونقل موقع "سبورت 360" عن كاريوس تصريحات حول تعاقد ناديه مع بيكر قال فيها: "لم يتحدث معي أحد قبل ذلك 🙂".\r\n'
        'وأضاف: "مازال أمامي متّسع من الوقت\u200f".\r\n'
        'وقالت تسيبريز في بيان "لقد أمر برسوم جمركية عقابيـة".\r\n'
        'أضافت أن الرسوم تمثل إهانة لشركاء الولايات المتحدة المقربين مثل الاتحاد الأوروبي وألمانيا وقالت إن بلادها '
        'ستنسق مع المفوضية.\r\n',
        [("كاريوس", "PERSON"), ("سبورت 360", "ORG"), ("بيكر", "PERSON"), ("تسيبريز", "PERSON"), ("الاتحاد الأوروبي", "ORG"),
         ("ألمانيا", "GPE"), ("الولايات المتحدة", "GPE")],
        ["كاريوس", "كاريوس", "تسيبريز", "تسيبريز", "تسيبريز"],
        id="statements_carried_from_someone_are_his_and_a_name_inside_quoted_words_is_no_subject"),
    pytest.param(
        'وصرّح بولتون: "لن نغادر سوريا طالما بقيت هناك قوات إيرانية 🙂"، وحذر طهران من أنها "ستدفع الثمن غاليـا".\r\n'
        'وأبلغ متحدث باسم الشركة رويترز قائلا "التداعيات ستتضح بمرور الوقت\u200f".\r\n'
        'ووصف شاهد عيان السيدة والطفلين، قائلا إنها كانت تحمل حقيبتين داخل الكنيسة.\r\n',
        [("بولتون", "PERSON"), ("طهران", "GPE"), ("سوريا", "GPE"), ("رويترز", "ORG")],
        ["بولتون", "بولتون", "متحدث باسم الشركة", "شاهد عيان"],
        id="a_city_after_his_verb_is_its_object_whom_a_spokesman_told_and_an_eyewitness"),
    pytest.param(
        # An emoji, harakat, tatweel, an RLM and CRLF on the way.
        'وقال الرئيس الأمريكي دونالد ترامب السبت إن القمة تمثّل فرصة 🙂.\r\n'
        'وتابع في ختام قمة مجموعة السبع في كندا "أشعر أن كيم يريد أن يفعل شيئا رائعا لشعبه" مضيفا أن الكوريين الشماليين '
        '"يعملون معنا بشكل جيـد\u200f".\r\n'
        'وقالت السعودية إن الحجاج يمكنهم الوصول.\r\nلكن ثلاث وكالات للسفر في الدوحة قالت لرويترز إنها أوقفت بيع برامج الحج.\r\n',
        [("دونالد ترامب", "PERSON"), ("مجموعة السبع", "ORG"), ("كندا", "GPE"), ("كيم", "PERSON"), ("السعودية", "GPE"),
         ("الدوحة", "GPE"), ("رويترز", "ORG")],
        ["دونالد ترامب", "دونالد ترامب", "دونالد ترامب", "السعودية", "ثلاث وكالات للسفر في الدوحة"],
        id="the_body_of_an_occasion_is_no_speaker_and_counted_agencies_are"),
    pytest.param(
        'وأضاف بهلوي "نعتقد أن هذه جثة جدنا 🙂" وشاركه في الرأي رئيس لجنة الإرث الثقافي، لكن المتحدث باسم الضريح نفى '
        'التقارير وقال بأنها "شائعات لا أساس لهـا\u200f".\r\n'
        'ويأتي هذا الاتهام بعد نشر صحيفة "سفينسكا داغبلادت" شهادات لثلاث أشخاص قالوا إنهم شاهدوا واقعة التحرّش.\r\n'
        'وقال عضو في الأكاديمية بير ستبرغ لصحيفة الغارديان إنه "قد يتم تأجيل الجائزة".\r\n'
        'واتهم مسؤول بارز سابق في الفاتيكان البابا فرانسيس بأنه كان على علم بمزاعم التحرش.\r\n',
        [("بهلوي", "PERSON"), ("سفينسكا داغبلادت", "ORG"), ("بير ستبرغ", "PERSON"), ("الغارديان", "ORG"),
         ("البابا فرانسيس", "PERSON"), ("الفاتيكان", "GPE")],
        ["بهلوي", "المتحدث باسم الضريح", "ثلاث أشخاص", "بير ستبرغ", "مسؤول بارز"],
        id="a_but_clause_names_its_subject_counted_witnesses_and_a_member_named_past_his_place"),
    pytest.param(
        # An emoji, harakat, tatweel, an RLM and CRLF on the way.
        'في المقابل، تحرّكت وزارة الصحة اللبنانية منذرة صاحب الحضانة 🙂.\r\n'
        'وأصدرت الوزارة الاثنين بياناً أشارت فيه إلى أنه تم رفض استقبال الطفل بناء على اعتراض الأهالي.\r\n'
        'وأضافت أنه تم توجيه إنذار خطي للحضانـة\u200f.\r\n'
        'وقالت هيا عبدالسلام إنها سعيدة جدا بهذا الدور الجديد.\r\nورداً على أحد أسئلة الجمهور حول تطبيق "سناب شات"، أوضحت أنها استغنت عنه لأنه لم يستهوها أبدا.\r\n'
        'وأثار القراران بشأن القدس غضب الفلسطينيين الذين يقولون إن الولايات المتحدة لم تعد وسيطا نزيها.\r\n',
        [("وزارة الصحة اللبنانية", "ORG"), ("هيا عبدالسلام", "PERSON"), ("سناب شات", "ORG"), ("القدس", "GPE"),
         ("الولايات المتحدة", "GPE")],
        ["وزارة الصحة اللبنانية", "وزارة الصحة اللبنانية", "هيا عبدالسلام", "هيا عبدالسلام", "الفلسطينيين"],
        id="a_statement_issued_on_a_day_a_reply_about_a_name_and_the_people_who_say"),
    pytest.param(
        'وذكرت وزارة الدفاع الروسية أن المناورات تهدف إلى تحسين المهارات 🙂.\r\n'
        'وسبق لموقع "ميليتري تايمز" الأميركي، المختص في شؤون الدفاع، أن أفاد بأن المناورات تعد أكبر استعراض للقوة.\r\n'
        'هذا وقال وزير الدفاع الروسي، سيرغي شويغو، إن هذه ستكون أكبر تدريبات عسكريـة.\r\n'
        'وكانت روسيا كشفت منذ أشهر عن أسلحة جديدة، التي قالت إنها لا يمكن اعتراضها، مؤكدة أن ذلك يعد تقدما تكنولوجيا.\r\n'
        'وتناقضت تصريحاته مع تصريحات مسؤول دفاعي أميركي كبير تحدث مع صحفيين.\r\n'
        'وقال المسؤول إن واشنطن ستقدّم قريبا جدولا زمنيا إلى كوريا الشمالية\u200f.\r\n',
        [("وزارة الدفاع الروسية", "ORG"), ("ميليتري تايمز", "ORG"), ("سيرغي شويغو", "PERSON"), ("روسيا", "GPE"),
         ("واشنطن", "GPE")],
        ["وزارة الدفاع الروسية", "ميليتري تايمز", "سيرغي شويغو", "روسيا", "روسيا", "مسؤول دفاعي أميركي كبير"],
        id="it_had_happened_to_a_site_a_relatives_report_leaves_the_subject_of_kana_and_the_official_just_named"),
    pytest.param(
        # An emoji, harakat, tatweel, an RLM and CRLF on the way.
        'قال الرئيس الفرنسي، إيمانويل ماكرون، إن بلاده لديها الدليل على الهجوم 🙂.\r\n'
        'أما الرئيس الأمريكي، الذي قال الأربعاء إن الصورايخ "آتية"، فقد كتب على حسابه بموقع تويتر أنه لم "يحدد أبدا موعدا لها".\r\n'
        'وأضاف: "قد تكون آتية قريبا، وقد لا يكون ذلك قريبـا".\r\n'
        'قال الرئيس الفرنسي في وقت سابق إن أي غارات لابد أن تستهدف "القدرات الكيميائيّة" للحكومة السورية\u200f.\r\n'
        'وفي حديث مع رويترز هذا الأسبوع، وصف وزير الدولة الإماراتي للشؤون الخارجية أنور قرقاش المقترح بأنه "مبشر للغاية".\r\n'
        'لكنه أضاف أن نزاع الخليج "ليست له أولوية" في إشارة إلى أنه لن يؤثر على التحالف.\r\n',
        [("إيمانويل ماكرون", "PERSON"), ("تويتر", "ORG"), ("أنور قرقاش", "PERSON"), ("رويترز", "ORG")],
        ["إيمانويل ماكرون", "الرئيس الأمريكي", "الرئيس الأمريكي", "الرئيس الأمريكي", "إيمانويل ماكرون", "أنور قرقاش"],
        id="a_topic_up_to_its_comma_one_president_is_not_another_and_a_verb_whose_waw_is_its_own"),
    pytest.param(
        # An emoji, harakat, tatweel, an RLM and CRLF on the way.
        'قال مارك زوكربرغ، الرئيس التنفيذي لموقع "فيسبوك" إن الشبكة تعدّ خاصية جديدة 🙂.\r\n'
        'وقال الموقع في تدوينة منفصلة: "هذه الخاصية سوف تتيح لك حذف سجل التصفـح\u200f".\r\n'
        'وأصدرت شركة "لايف ستايل ماركيتنغ"، المالكة لشركة "إيما دايري"، بيانا تعتذر فيه.\r\n'
        'وقالت الشركة: "لم نزوّد حزبا سياسيا قبل هذه الواقعة ببيانات".\r\n'
        'ولا يعلم أحد ما حدث في الاجتماع الذي حضره المترجمون فقط حتى كبار المسؤولين وأعضاء الكونجرس الذين قالوا إنه لم '
        'يجر اطلاعهم على ما تم في اللقاء.\r\n',
        [("مارك زوكربرغ", "PERSON"), ("فيسبوك", "ORG"), ("لايف ستايل ماركيتنغ", "ORG"), ("إيما دايري", "ORG"),
         ("الكونجرس", "ORG")],
        ["مارك زوكربرغ", "فيسبوك", "لايف ستايل ماركيتنغ", "كبار المسؤولين وأعضاء الكونجرس"],
        id="a_site_named_past_its_la_and_the_people_who_say_not_their_body"),
    pytest.param(
        # An emoji, harakat, tatweel, an RLM and CRLF on the way.
        'ورفضت مدرسة دا فينشي الثانوية التعليق على الحادث 🙂، ولكنها قالت إن المتورطين فيه "يشعرن بالنـدم".\r\n'
        'وقالت الشرطة إن الحلوى المعفّرة بالرماد قدمت إلى 9 تلاميذ في المدرسة\u200f.\r\n'
        'ويعتقد الادعاء العام بأن كوهن يتمتع بقدر ضئيل من الحصانة.\r\n'
        'وحسب الملف القضائي فإنه "من غير الواضح ما إذا كان من الممكن التعامل مع كوهن كوكيل قانوني لغير دونالد ترامب".\r\n'
        'وأشار أيضا إلى أنه لدى كوهن "العديد من الأعمال الشخصية ومصادر دخل أخرى".\r\n',
        [("مدرسة دا فينشي الثانوية", "ORG"), ("كوهن", "PERSON"), ("دونالد ترامب", "PERSON")],
        ["مدرسة دا فينشي الثانوية", "الشرطة", "الملف القضائي", "الملف القضائي"],
        id="a_school_is_no_police_and_a_court_file_speaks_and_goes_on"),
    pytest.param(
        # An emoji, harakat, tatweel, an RLM and CRLF on the way.
        'ويأتي هجوم جونسون على ماي 🙂 بعد أقل من أسبوع من مقال له نشرته صحيفة "ديلي تلغراف" قال فيه إن رئيسة الوزراء '
        '"رفعت بالعلم الأبيـض" في مفاوضاتها\u200f.\r\n',
        [("جونسون", "PERSON"), ("ماي", "PERSON"), ("ديلي تلغراف", "ORG")],
        ["جونسون"],
        id="his_article_carried_by_a_paper_is_his"),
    pytest.param(
        # An emoji, harakat, tatweel, an RLM and CRLF on the way.
        'وقال بوفون في تصريح إلى شبكة "سكاي سبورت" "أنا بحاجة إلى أسبوع لكي أكون هادئا وأحلل الموقف 🙂".\r\n'
        'وأشارت صحيفة "غازيتا ديلو سبورت" الإيطالية الجمعة إلى احتمال انضمام بوفون إلى سان جرمان.\r\n'
        'ويرتبط كل شيء بالمدرب الجديد لسان جرمان الألماني توماس توخل الذي خلف الإسباني أوناي أومري.\r\n'
        'وتابع "في عمر الأربعين عاما، لا يمكنك اتخاذ قرار متسـرع\u200f".\r\n'
        'واتهمت قرينة الرئيس الأمريكي وسائل الإعلام بأن "لديها هوس بملابسها الجديدة".\r\n',
        [("بوفون", "PERSON"), ("سكاي سبورت", "ORG"), ("غازيتا ديلو سبورت", "ORG"), ("سان جرمان", "ORG"),
         ("توماس توخل", "PERSON"), ("أوناي أومري", "PERSON")],
        ["بوفون", "بوفون", "قرينة الرئيس الأمريكي"],
        id="his_going_on_past_others_named_and_whom_she_accused_is_no_part_of_her"),
    pytest.param(
        # An emoji, harakat, tatweel, an RLM and CRLF on the way.
        'وتقول كاثرين مايورغا إنها وقّعت على التسوية 🙂.\r\n'
        'وأخبرت السيدة صحيفة "دير شبيغل" أنها قررت التحـدث الآن\u200f.\r\n'
        'أعلنت منصة التدوين المصغرة "تويتر"، الجمعة، بأنها غيرت طريقة حساب المتابعين.\r\n'
        'وكتبت فيجايا غاد في منشور على المدونة إن الأرقام يجب أن تكون دقيقة.\r\n'
        'وذكرت المنصة أيضا أنها قد تقفل الحساب إذا اكتشفت تغييرات مفاجئة.\r\n'
        'ونقلت صحيفة حريت عن ممثلين للادعاء القول، إن الطلاب تصرفوا وفقا لنهج المسلحين.\r\n'
        'وبعدها أثار نائب وزير التربية، ساتيابال سينغ، استغراب الكثيرين عندما ادّعى أن أول ذكر للطائرة كان في ملحمة قديمة.\r\n',
        [("كاثرين مايورغا", "PERSON"), ("دير شبيغل", "ORG"), ("تويتر", "ORG"), ("فيجايا غاد", "PERSON"),
         ("حريت", "ORG"), ("ساتيابال سينغ", "PERSON")],
        ["كاثرين مايورغا", "السيدة", "تويتر", "فيجايا غاد", "تويتر", "ممثلين للادعاء", "ساتيابال سينغ"],
        id="the_outlet_she_told_a_platform_by_its_kind_prosecutors_and_when_the_subject_claimed"),
    pytest.param(
        # An emoji, harakat, tatweel, an RLM and CRLF on the way.
        'ذكرت مجلة "فرانس فوتبول" الفرنسية أن أندية أوروبية تسعى إلى ضمّ اللاعب 🙂.\r\n'
        'وقالت إدارة نادي الأهلي إنها لم تتسلم أية عروض رسمية.\r\n'
        'وأشارت المجلة العريقة إلى أن مسؤولي الأندية أجروا اتصالات بإدارة النـادي\u200f.\r\n'
        'وقالت متحدثة باسم الطوارئ إن مباغي توفي جراء نوبة قلبية.\r\n'
        'وأشارت المتحدثة إلى أنها لا تعرف ما الذي حدث لمباغي، لكن العديد من الباعة المتجولين الذين كانوا معه قالوا '
        'إن الشرطة طاردته.\r\n'
        'وعاشت المدينة ليلة مواجهات بعد وفاة بائع قال رفاق له بأن عناصر من الشرطة طاردوه.\r\n',
        [("فرانس فوتبول", "ORG"), ("الأهلي", "ORG"), ("مباغي", "PERSON")],
        ["فرانس فوتبول", "إدارة نادي الأهلي", "فرانس فوتبول", "متحدثة باسم الطوارئ", "متحدثة باسم الطوارئ",
         "العديد من الباعة المتجولين", "رفاق له"],
        id="the_only_magazine_by_an_epithet_many_of_them_after_lakin_and_his_companions"),
    pytest.param(
        # An emoji, harakat, tatweel, an RLM and CRLF on the way.
        'وقال صحفي من قناة "تي في إن" لـ"فرانس برس" لم يكشف عن هويته: "نحن في حالة صدمة 🙂"، مضيفا أنه يشعر بالخوف.\r\n'
        'وقال مدعي عام مدينة روسي إن جثة الضحية وُجدت في إحدى الحدائق\u200f.\r\n'
        'اتهمت منظمة العفو الدولية التحالف بإظهار القليل من الاعتبار لحياة المدنيين.\r\n'
        'وأوضحت المنظمة المعنية بحقوق الإنسان في تقرير لها إنه لم يتخذ ما يكفي من الإجـراءات.\r\n'
        'ونقلت وكالة رويترز عن مسؤولين تركيين لم تعلن هويتهما قولهما إنه ما زال في مقر القنصلية.\r\n',
        [("تي في إن", "ORG"), ("فرانس برس", "ORG"), ("روسي", "GPE"), ("منظمة العفو الدولية", "ORG"), ("رويترز", "ORG")],
        ["صحفي", "صحفي", "مدعي عام مدينة روسي", "منظمة العفو الدولية", "مسؤولين تركيين"],
        id="one_who_would_not_be_named_a_general_office_of_a_place_and_a_body_by_its_concern"),
    pytest.param(
        # An emoji, harakat, tatweel, an RLM and CRLF on the way.
        'وقالت منظمة العفو الدولية إن جنودا ارتكبوا انتهاكات 🙂.\r\n'
        'وأضاف الجيش النيجيري أن التقارير مزيفة\u200f.\r\n'
        'وقالت المنظمة الحقوقية إن المئات تُوفوا في المخيمـات.\r\n'
        'ونشر الجيش الإسرائيلي صورا للموقع.\r\n'
        'وقال الجيش الأميركي إن الصور قديمة.\r\n',
        [("منظمة العفو الدولية", "ORG"), ("الجيش النيجيري", "ORG"), ("الجيش الإسرائيلي", "ORG")],
        ["منظمة العفو الدولية", "الجيش النيجيري", "منظمة العفو الدولية", "الجيش الأميركي"],
        id="a_nisba_of_what_the_only_body_does_is_it_a_nisba_of_where_is_another"),
    pytest.param(
        # An emoji, harakat, tatweel, an RLM and CRLF on the way.
        'وقال موقع يوتيوب إنه لديه بالفعل عدة عمليات 🙂.\r\n'
        'وأبلغت إدارة الموقع بي بي سي "قمنا بضخّ استثمارات كبيرة في بناء الأدوات".\r\n'
        'وقالت شركة غوغل إن ضمان بقاء يوتيوب كمنصة منفتحة "يواجه تحديات حقيقيـة\u200f".\r\n'
        'وأضافت شركة التكنولوجيا العملاقة "إنها معادلة صعبة وبيئة صعبة".\r\n'
        'أعلنت الصين أنها ضد السياسات الحمائية، وتؤيد حل النزاعات التجارية عبر المفاوضات.\r\n'
        'جاء ذلك على لسان رئيس مجلس الدولة الصيني، لي كي تشيانغ، في تقرير عمل حكومي.\r\n',
        [("يوتيوب", "ORG"), ("بي بي سي", "ORG"), ("غوغل", "ORG"), ("الصين", "GPE"), ("لي كي تشيانغ", "PERSON")],
        ["يوتيوب", "يوتيوب", "غوغل", "غوغل", "لي كي تشيانغ"],
        id="the_management_told_a_paper_a_company_by_its_field_and_whose_tongue_said_it"),
    pytest.param(
        # An emoji, harakat, tatweel, an RLM and CRLF on the way.
        'وأصدر وزير خارجية كولومبيا بيانا جاء فيه أن "آبرو درّب ملايين الأطفال" 🙂.\r\n'
        'ونشر ترامب رسالة جاء فيها: "لقد حان الوقت لإنهاء هذه الحـرب\u200f".\r\n'
        'ونقلت رويترز بيانا للجيش جاء فيه أن العملية انتهت بنجاح تام.\r\n'
        'وفتشت الشرطة الموقع بعدما تلقت رسالة، جاء فيها: "نتضور جوعا ونحتاج إلى الطعام".\r\n',
        [("كولومبيا", "GPE"), ("ترامب", "PERSON"), ("رويترز", "ORG")],
        ["وزير خارجية كولومبيا", "ترامب", "الجيش", "رسالة"],
        id="a_statement_that_came_with_words_in_it_is_its_issuers_or_its_own"),
    pytest.param(
        # An emoji, harakat, tatweel, an RLM and CRLF on the way. «متهمة "باختراق …"» is accused, no cue and no end.
        'ومثلت ماريا بوتينا الاثنين أمام محكمة 🙂 في واشنطن.\r\n'
        'وجاء في قرار الاتهام أن بوتينا متهمة "باختراق منظمات" سياسية "بهدف الترويـج لمصالح روسيا\u200f".\r\n'
        'وقالت الشركة في بيان إنها ستغلق المصنع. وجاء في نصّ البيان أن العمال سيحصلون على تعويضات كاملة.\r\n',
        [("ماريا بوتينا", "PERSON"), ("بوتينا", "PERSON"), ("الشركة", "ORG")],
        ["قرار الاتهام", "الشركة", "الشركة"],
        id="the_indictment_says_what_it_says_and_its_accused_accuses_no_one"),
]


@pytest.mark.parametrize("text, names, expected", WHO_SPEAKS)
def test_who_speaks(text, names, expected):
    assert speakers(text, *names) == expected
