"""Who said it: the speaker of a quote the reader found (annotator.core.quotes), by the clause structure of
Arabic reporting — the subject after the verb, a name before it across an apposition, the sentence's subject
for a verb with none of its own, a title or a kind of body that names someone introduced before, and the
last speaker for a bare «وأضاف أن …». A tagged entity is returned by its id; otherwise the words themselves."""

from __future__ import annotations

import re
from functools import lru_cache

from annotator.core.arabic import fold
from annotator.core.label_kinds import SPEAKER_KINDS as SPEAKER_LABELS  # names are read by their label's kind
from annotator.core.reporting_words import (
    _MEDIA,
    _folded, VERBS, THAT, ATTRIBUTION, TITLES, CONSTRUCT_TITLES, ADVERBS, GOVERNING, TIME_WORDS, HOLDERS, RELATIVES,
    NOT_NAMES, BODY_KINDS, _NEGATIONS, _PRONOUN_PREPOSITIONS, _SOURCES, _SAME, _KANA, _QUANTITIES, _IN_THE_NAME_OF,
    _WORD, _FAR, _bare, SUBJECT_HEADS, NOT_VERB_OPENERS, PROFESSIONS, REPRESENTATIVES, TOLD, DESCRIPTIONS, ASIDES,
)


@lru_cache(maxsize=1 << 16)
def _fold(text: str) -> str:
    """fold, remembered: the rules look at the same names and their neighbours again and again."""
    return fold(text)


_AMMA = fold("أما")
_QAD = fold("قد")
_SHORT_NON_VERBS = _folded("هو هي هم هن قد لم لن لا ما من في عن مع إن أن كل ذا تم")
_AN = fold("عن")
_THE_STATEMENTS, _ISSUED, _FROM = _folded("البيان التقرير"), _folded("الصادر الصادرة"), _folded("عن من")
_THE_LATTER = _folded("الأخيرة الأخير")
_L_NOUNS = _folded("لائحة لاعب لاعبة لاعبو لاعبي لاجئ لاجئون لاجئين لقاء لواء لوبي")  # ل of their own, no preposition
_MINISTRIES = _folded("الخارجية الداخلية المالية الخارجيه الداخليه الماليه خارجية داخلية")
_THE_STATEMENT = fold("البيان")
_PARTICLES = _folded("أما إن أن لكن كما إذا لقد قد ثم بل حتى لو لولا ليس إلا غير بعد قبل منذ خلال هذا هذه ذلك تلك "
                     "هناك هنا كان كانت يذكر يشار")  # a sentence may open on them, they are no verbs
_THE_SOURCE = fold("المصدر")
_REPRESENTING = _folded("ممثلون ممثلين ممثل ممثلة متحدثون")
_TECHNICAL = fold("الفني")
_A_STATEMENT = _folded("بيان تقرير")
_FORMER = _folded("السابق السابقة الأسبق الراحل")
_COACHES = frozenset(_bare(w) for w in _folded("المدرب المدير مدرب مدير"))  # «المدرب» is «المدير الفني»
_PLAYERS = frozenset(_bare(w) for w in _folded("اللاعب المدافع المهاجم الحارس الظهير النجم لاعب مدافع مهاجم حارس"))
_GENERAL = fold("العام")
_GENERAL_OFFICES = _folded("المدعي المدير الأمين النائب المفتش المراقب المدعية المديرة الأمينة النائبة مدعي مدير أمين نائب")
_BUT_WORDS = _folded("غير أن إلا لكن ولكن بيد")
_IN_IT = _folded("فيها فيه خلالها خلاله")  # «قال فيها»: in the message, the complaint, the speech
_BUT_OPENERS = _folded("لكن ولكن")
_ABOUT_OPENERS = _folded("حول عن بشأن وبشأن")  # a sentence opening on what it is about
_THE_REPORT, _OWN_REPORT = fold("التقرير"), _folded("تقريره تقريرها تقريرهم")
_GOVERNMENT = frozenset(_bare(w) for w in _folded("الوزراء الحكومة"))  # «رئيس الوزراء» is «رئيس الحكومة»
_GLUED_DIGITS = re.compile(r"(?<=\D)[0-9\u0660-\u0669]+$")
_NAMING = _folded("أشير يدعى تدعى يسمى تسمى اسمه اسمها المعروف المعروفة")
_HEADS = _folded("رئيس رئيسة قائد زعيم مدير مديرة أمين مدرب مؤسس")  # words for the head of a body (of a team, its coach)
_PLACE_KINDS = _folded("مدينة محافظة ولاية منطقة بلدة قرية إقليم العاصمة جزيرة ضاحية")
_ADJECTIVE_ENDINGS = ("ي", "يه", "ية", "يون", "يين", "يان", "يتان")  # nisba: المصرية, الأمريكيون


class Speakers:
    """The speaker half of the quote reader: it reads the reader's words, sentences, names and quotes found."""

    def speaker(self, index: int, kind: str, subject_end: int) -> tuple[int | None, str | None]:
        cue_start, cue_end = self.words[index].start(), self.words[index].end()
        if kind == "participle":
            return self._continued(cue_start, far=False)
        if self._addressee_follows(index):
            subject_end = cue_end  # «وأبلغ الصحفيين: "…"»: told them; no subject written
        a, b = self.original(cue_end, subject_end) if subject_end > cue_end else (self.back(cue_end), self.back(cue_end))
        region = self.within(a, b)
        if kind == "noun":  # «في بيان لـX …»: the statement's author, glued ل and all
            return (region[0].id, None) if region else self._continued(cue_start)
        antecedent = self._antecedent(index) or self._contrasted(index)
        if antecedent is not None:
            return antecedent
        if self.words[self.first_word_at(self.sentence_start(cue_start))].group() in _KANA and \
                self.words[index].group()[:1] != "و":
            kana = self._kana_subject(index)  # «وكان التلفزيون السوري أكد تعرض …»: the subject stands before it
            if kana is not None and set(_WORD.findall(_fold(self.text[kana.end:self.back(cue_start)]))) <= {_QAD}:
                return kana.id, None
        issued_by = self._issued_by(index)
        if issued_by is not None:  # «وأوضح البيان الصادر عن البيت الأبيض أن …»
            return issued_by.id, None
        if index + 1 < len(self.words) and self.words[index + 1].group() in _A_STATEMENT:
            # «وقال بيان نشره الموقع الرسمي لقوات الحشد الشعبي إن …»: whoever issued it speaks
            authors = [e for e in region if e.label in ("ORG", "PERSON", "GPE")]
            person = [e for e in authors if e.label == "PERSON"]  # «بيان للمتحدث باسم التحالف تركي المالكي»
            if authors:
                return (person or authors)[0].id, None
        if self._is_transmission(index):  # «نقلت الوكالة عن الوزير قوله …»: the one quoted speaks
            quoted = self._after_an(region, cue_end, subject_end)
            if quoted is not None:
                return quoted
        lead = _WORD.findall(self.folded, cue_end, subject_end)[:1]
        attributed = any(w in ATTRIBUTION for w in _WORD.findall(self.folded, cue_end, subject_end))
        named = [e for e in region if not self._governed(e) and not self._in_relative(a, e)
                 and not (e.label == "GPE" and lead and lead[0] in GOVERNING)
                 and not (attributed and any(w in ATTRIBUTION for w in _WORD.findall(_fold(self.text[a:e.start]))))]
        # «قالت شبكة أميركية، نقلا عن مسؤولين في إدارة الرئيس فلان، …»: a name past نقلا/وفقا is the source's
        # «واطلعت عليه "العربية نت"» in a relative clause, «خلال اجتماع مع وزيري دفاع كوريا» in a phrase of
        # place or time right after the verb: neither is who speaks
        if named and self._in_construct(named[0]) and all(e.label != "PERSON" for e in named):
            # «وأضاف لاعب برشلونة السابق»: the club names whose player speaks; the player introduced so before
            titled = self._earlier_name(cue_start, self.text[max(0, named[0].start - 30):named[0].start], titled_only=True)
            # a country's official is the one introduced with that country: not «رئيس الوزراء الياباني» for
            # «رئيس وزراء سنغافورة»
            around = _fold(self.text[max(0, titled.start - 60):titled.end + 40]) if titled is not None else ""
            if titled is not None and (named[0].label != "GPE" or _fold(named[0].text) in around):
                return titled.id, None
            head = self._head_of(named[0], cue_start) if titled is None else None
            if head is not None:
                return head.id, None
        first_person = next((e for e in named if e.label == "PERSON"), None)
        for entity in named:
            if first_person is not None and entity.start > first_person.start:
                break  # «قال رودي جولياني محامي الرئيس ترامب»: he speaks; whose lawyer he is comes after
            held = self._holder(entity)
            if held:
                # «وقال والد كينغ، تشارلز بومفورد، …»: the relative is named in apposition
                named_so = next((e for e in named if e.label == "PERSON" and e.start > entity.end and (
                    self.text[entity.end:e.start].strip(" \u200f") in ("،", ",") or (
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
            # «المتحدث باسم الكرملين ديمتري بيسكوف» the name is the spokesman's own
            return None, self.text[a:person.end].strip(" \u200f\u200e،,")
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
        before = None if own_subject else self._subject_before(cue_start)
        joined = self.words[index].group()[:1] in "وف"  # «وقال», «…، فقال»
        fronted = None if own_subject or before is not None or joined else self._untagged_subject_before(index)
        if fronted:  # «غير أن المحامي قال إنه …», «الاتحاد الأوروبي يقول إن …»
            return self._phrase_speaker(fronted, cue_start)
        if before is not None and not joined:  # «إن ولي العهد، فلان، أبلغه بأنه …»: its own subject before it
            return before.id, None
        if not own_subject and not named:
            # «وكان فلان التقى نظيره فلانا وقال …»: a joined verb shares the sentence's subject, not the name before it
            # «وأبرزت الغرفة الصادرات … من ولايات دعمت الرئيس ترمب، وقالت إنها …»: the subject right after the
            # sentence's verb, before any other name of its first words
            opened = self._opening_subject(index) if joined else None
            if opened is not None:
                return opened
            issued = self._statement_before(index)
            if issued is not None:
                return issued
            subject = self._clause_subject(index)
            if subject is not None:
                return subject.id, None
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
                    if entity.start >= subject_reach and not self.text[subject_reach:entity.start].strip(' "«»“”()\u200f'):
                        subject_reach = entity.end
        for label in ("ORG", "NORP", "GPE"):
            chosen = next((e for e in named if e.label == label and e.start < subject_reach), None)
            if chosen:
                return chosen.id, None
        phrase = self._name_phrase(cue_end, subject_end)
        if phrase:
            return self._phrase_speaker(phrase, cue_start)
        return self._continued(cue_start)

    def _issued_by(self, index: int):
        """«البيان الصادر عن البيت الأبيض»: the body a statement came from, right after «الصادر عن/من»."""
        words = [w.group() for w in self.words[index + 1:index + 4]]
        if len(words) < 3 or words[0] not in _THE_STATEMENTS or words[1] not in _ISSUED or words[2] not in _FROM:
            return None
        at = self.back(self.words[index + 3].end())
        issuer = [e for e in self.within(at, at + 4, whole=False) if e.start >= at and e.label in SPEAKER_LABELS]
        return issuer[0] if issuer else None

    def _addressee_follows(self, index: int) -> bool:
        """A verb of telling («أبلغ», «أخبر») followed by whom it told: a definite plural of people
        («الصحفيين», «المراسلين»), never a name."""
        word = self.words[index].group()
        if (word[1:] if word[:1] in "وف" else word) not in TOLD or index + 1 >= len(self.words):
            return False
        following = self.words[index + 1]
        at = self.back(following.start())
        if any(e.start <= at < e.end for e in self.within(at, at + 1, whole=False)):
            return False
        word = following.group()
        # «وأبلغ الصحفيين», «أخبرت زملاءها»: whom it told; a describer or a title would be its subject
        return (word.startswith("ال") and word.endswith("ين")) or (
            word not in DESCRIPTIONS and _bare(word) not in SUBJECT_HEADS and not word.startswith("ال")
            and re.search(r"(ه|ها|هم)$", word) is not None)

    def _phrase_speaker(self, phrase: str, cue_start: int) -> tuple[int | None, str | None]:
        """Who a subject no one tagged stands for: «البيان» its authors, a description or a title someone
        quoted or introduced before, else the tagged name spelled so, else the words themselves."""
        if _fold(phrase) == _THE_STATEMENT:
            author = self._statement_author(cue_start)
            if author is not None:
                return author
            # «وفي بيان مشترك، قال الزوجان …» then «وأضاف البيان …»: the statement goes on for its authors.
            continued = self._continued(cue_start, quotes_only=True)
            if continued != (None, None):
                return continued
        if _fold(phrase) in _THE_LATTER:  # «بين بغداد وأنقرة، بعد أن قالت الأخيرة»: the one named last
            last = [e for e in self.within(max(0, self.back(cue_start) - _FAR), self.back(cue_start))
                    if e.label in SPEAKER_LABELS]
            if last:
                return last[-1].id, None
        if _fold(phrase) == _THE_REPORT:  # «وقال مؤتمر الإيغور في تقريره إن …» … «وأضاف التقرير»: his report
            own = self._report_owner(cue_start)
            if own is not None:
                return own
        introduced = None if self._is_title(phrase) else self._introduced_as(phrase, cue_start)
        if introduced is not None:
            return introduced.id, None
        on_behalf = self._spokesperson_before(phrase, cue_start)
        if on_behalf:
            return None, on_behalf
        if _fold(phrase) == _THE_SOURCE:  # «وقال المصدر» after «حسبما أعلن مصدر في الرئاسة التركية»
            said = self._continued(cue_start, quotes_only=True)
            source = self._source_named_before(cue_start)
            if source and (said == (None, None) or not (said[1] and fold(said[1]).split()[:1] == [fold("مصدر")])):
                return None, source
        if self._refers_back(phrase):
            described = None if self._is_title(phrase) else self._described(phrase, cue_start)
            if described is not None:
                return described.id, None
            # «وأشار الصحفي» after «الصحفي كوندراشوف»: the person introduced with that title, before whoever spoke last
            profession = _WORD.findall(_fold(phrase))[:1] == [_fold(phrase)] and _fold(phrase) in PROFESSIONS
            titled = self._earlier_name(cue_start, phrase, titled_only=True) if profession else None
            if titled is not None:
                return titled.id, None
            continued = self._continued(cue_start, quotes_only=True)
            if continued != (None, None) and (_fold(phrase) in _SOURCES or self._may_be(phrase, continued)):
                return continued
            # «وقالت متحدثة باسم الوزارة …» «وناشدت الوزارة … وقالت …» «وأضافت المتحدثة …»: one described, not
            # named, quoted before the last (a title for a named person is found where it introduced them, below)
            earlier = next((said for said in self._recent_speakers(cue_start)
                            if said[0] is None and self._may_be(phrase, said)), None)
            if earlier is not None:
                return earlier
            earlier = self._earlier_name(cue_start, phrase) if self._is_title(phrase) else None
            if earlier is not None:
                return earlier.id, None
        return self._linked(phrase, cue_start)

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
        if at < 0 or (at and self.folded[at - 1] not in " \n\t،,"):
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
        if at < 0 or (at and self.folded[at - 1] not in " \n\t،,"):
            return None
        after = at + len(wanted)
        body = [e for e in self.within(self.back(after), self.back(after) + 3, whole=False) if e.start >= self.back(after)]
        if body:
            return self.text[self.back(at):body[0].end]
        return self._name_phrase(at, min(len(self.folded), after + 60))  # «متحدثة باسم "كان"»

    def _introduced_as(self, phrase: str, cue_start: int):
        """«وقال موقع التواصل الاجتماعي» after «حظر موقع التواصل الاجتماعي فيسبوك»: words of two or more that
        stood right before a tagged name (a comma or a quotation mark between at most) name it again."""
        wanted = _fold(phrase)
        words = _WORD.findall(wanted)
        base = re.sub(r"(ه|ها)$", "", words[0]) if words else ""
        base = base[:-1] + fold("ة") if base.endswith("ت") else base  # «زوجته» is «زوجة» with «ه»
        possessive = len(words) == 1 and base != words[0] and base in HOLDERS
        if len(words) < 2 and not possessive:  # «وأوضحت زوجته» after «عن زوجته مارتينا»
            return None
        floor = max(0, cue_start - _FAR)
        at = self.folded.rfind(wanted, floor, cue_start)
        while at >= 0:
            end = self.back(at + len(wanted))
            following = [e for e in self.within(end, end + 4, whole=False) if e.start >= end]
            if following and not self.text[end:following[0].start].strip(" ،,\"«“\u200f\u200e"):
                return following[0]
            at = self.folded.rfind(wanted, floor, at)
        return None

    def _is_transmission(self, index: int) -> bool:
        word = self.words[index].group()
        return (word[1:] if word[:1] in "وف" else word) in _folded("نقل نقلت نقلوا")

    def _after_an(self, region, cue_end: int, subject_end: int) -> tuple[int | None, str | None] | None:
        """Who is quoted in «نقلت الوكالة عن الوزير قوله …»: the name after «عن», tagged or not."""
        for entity in region:
            before = self.text[max(0, entity.start - 6):entity.start].split()
            if before and fold(before[-1]) == fold("عن"):
                return entity.id, None
            # «نُقل عن وزير الدفاع الروسي سيرغي شويغو قوله»: his titles between عن and the name
            titled = _WORD.findall(_fold(self.text[max(0, entity.start - 50):entity.start]))[-5:]
            if _AN in titled:
                rest = titled[len(titled) - 1 - titled[::-1].index(_AN) + 1:]
                if rest and (rest[0] in CONSTRUCT_TITLES or rest[0] in TITLES) and all(
                        w in CONSTRUCT_TITLES or w in TITLES or w.startswith("ال") for w in rest) and entity.label == "PERSON":
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
        floor = max(0, cue_start - _FAR)
        for match in reversed(list(re.finditer(fold("بيان"), self.folded[floor:cue_start]))):
            word_start = floor + match.start()
            while word_start > 0 and self.folded[word_start - 1] not in " \t\r\n،,.:«\"(":
                word_start -= 1
            if self.folded[word_start:floor + match.start()].lstrip("وف").startswith("ال"):
                continue  # «وأضاف البيان»: the statement named again, not who issued it
            at = self.back(floor + match.end())
            after = [e for e in self.within(at, at + 12, whole=False)
                     if e.label in ("ORG", "PERSON", "GPE") and e.end <= a]
            if after:
                return after[0].id, None
            # «وفق ما أعلنت الرئاسة الفرنسية في بيان»: who issued it, right before «في بيان»
            start = self.back(word_start)
            before = [e for e in self.within(max(0, start - 40), start) if e.label in ("ORG", "PERSON", "GPE")]
            if before and _WORD.findall(_fold(self.text[before[-1].end:start])) in ([], [fold("في")], [fold("عبر")]):
                return before[-1].id, None
        return None

    def _in_construct(self, entity) -> bool:
        """«لاعب برشلونة», «وزير خارجية إيران»: a name that completes a title, one or two words after it."""
        before = _WORD.findall(_fold(self.text[max(0, entity.start - 30):entity.start]))[-2:]
        return any(word in CONSTRUCT_TITLES for word in before)

    def _earlier_name(self, cue_start: int, title: str | None = None, *, titled_only: bool = False):
        """The last person (else body) named before, within two paragraphs: whom «الرئيس الأمريكي» means.
        A person once introduced with the same title comes first, however far: «وزير الداخلية فلان» … «وقال
        وزير الداخلية» is فلان even when others were named since."""
        a = self.back(cue_start)
        words = _WORD.findall(_fold(title or ""))
        if words:
            offices = [w for w in words if w in CONSTRUCT_TITLES or w in TITLES]
            office = _bare(offices[-1] if offices else words[0])
            if offices:  # «… الطاولة، وتابع رئيس»: the words from the office on, not what came before it
                title = " ".join(words[len(words) - 1 - words[::-1].index(offices[-1]):])
            titled = [e for e in self.within(max(0, a - _FAR), a) if e.label == "PERSON" and not self._governed(e, titles=False)
                      and office in {_bare(w) for w in _WORD.findall(_fold(self.text[max(0, e.start - 40):e.start]))[-4:]
                                     + _WORD.findall(_fold(self.text[e.end:e.end + 20]))[:1]}]  # «ألفيش لاعب باريس»
            titled = [e for e in titled if not self._introduced_otherwise(e, title) and not self._held(e)]
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
        person = [e for e in earlier if e.label == "PERSON" and not (words and self._introduced_otherwise(e, title))
                  and not (words and self._held(e))]
        return person[-1] if person else None

    def _held(self, person) -> bool:
        """«محامي برونسون», «والد كينغ»: a person named as whom someone else works for or belongs to."""
        before = _WORD.findall(_fold(self.text[max(0, person.start - 20):person.start]))[-1:]
        return bool(before) and before[0] in HOLDERS

    def _described(self, phrase: str, cue_start: int):
        """«وقالت الجامعة» after «جامعة طوكيو الطبية», «ذكرت الصحيفة» after «صحيفة "الغد"»: a definite noun
        naming the kind of a body named before, as the body's own first word or the word in front of it."""
        words = _WORD.findall(_fold(phrase))
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
        for entity in reversed([e for e in self.within(max(0, a - _FAR), a) if e.label in ("ORG", "PERSON", "GPE")]):
            own = _WORD.findall(_fold(entity.text))
            before = _WORD.findall(_fold(self.text[max(0, entity.start - 20):entity.start]))
            # «صحيفة "الغد"» names the body; «المتحدث باسم الجيش جوناثان …» does not make Jonathan the army
            kind_before = before and not before[-1].startswith("ال") and entity.label == "ORG"  # not «جامعة فلوريدا»
            if (own and _bare(own[0]) == kind) or (kind_before and _bare(before[-1]) == kind):
                # «الصحيفة الإسبانية» is «صحيفة آس الإسبانية», but «الجيش الأميركي» no «الجيش الإسرائيلي»
                after = _WORD.findall(_fold(self.text[entity.end:entity.end + 30]))[:2]
                if len(words) == 1 or words[1] in own or words[1] in after:
                    # «خبير في شركة X» names where someone works: a body named so is meant only when no other is
                    if kind_before and len(before) > 1 and before[-2] == fold("في"):
                        works_in = works_in or entity
                        continue
                    return entity
        return works_in

    def _reported_by(self, entity) -> bool:
        """A name a verb of saying or an attribution stands just before: «ذكرته صحيفة "آس"», «قال المرصد»."""
        for word in _WORD.findall(_fold(self.text[max(0, entity.start - 30):entity.start]))[-3:]:
            if word in ATTRIBUTION or any(word[:len(word) - cut] in VERBS for cut in (0, 1, 2)):
                return True
        return False

    def _refers_back(self, phrase: str) -> bool:
        """«المصدر», «البيان», «الوزير الإماراتي»: a definite description of someone already quoted."""
        words = [_fold(word) for word in phrase.split()]
        return len(words) <= 3 and (words[0].startswith("ال") or self._is_title(phrase))

    def _may_be(self, phrase: str, speaker: tuple[int | None, str | None]) -> bool:
        """Whether «وأضاف الوزير» can be the last speaker again: a title for a person, a kind of body for a
        body not named as another kind, or a description whose words are all in the last speaker's name
        («المصدر» after «مصدر أمني»). «وأضافت الدول الثماني» after «الوزارة» is someone else."""
        entity_id, said = speaker
        entity = self.by_id.get(entity_id) if entity_id is not None else None
        if entity is not None and entity.label == "PERSON" and self._is_title(phrase):
            return not self._introduced_otherwise(entity, phrase)
        if entity is not None and entity.label == "ORG" and _fold(phrase) in BODY_KINDS:
            # «تويتر» may be «الشركة»; «وزارة الداخلية» is no «الشرطة»
            own = _WORD.findall(_fold(entity.text))[:1]
            own = own[0] if own and own[0].startswith("ال") else "ال" + own[0] if own else ""
            return own == _fold(phrase) or own not in BODY_KINDS
        name = entity.text if entity is not None else (said or "")
        stems = {_bare(word) for word in _WORD.findall(fold(name))}
        words = [word for word in _WORD.findall(_fold(phrase)) if word not in _SAME]
        named_first = _WORD.findall(fold(name))[:1]
        if words and named_first and _bare(named_first[0]) == _bare(words[0]) and \
                (named_first[0][-1:] in "هة") != (words[0][-1:] in "هة"):
            return False  # «وأضاف السفير» after «السفيرة الأسترالية»
        if self._is_title(name) and self._is_title(phrase):
            return True
        # «المصدر» and «المصدر الأمني» after «مصدر أمني»; not «السلطات التركية» after «الحكومة التركية», nor «الجيش
        # الأميركي» after «الجيش الإسرائيلي»: the head shared, and every other word too
        return bool(words) and all(_bare(word) in stems for word in words)

    def _introduced_otherwise(self, person, phrase: str) -> bool:
        """Whether the person was introduced with the phrase's office but another gender or nationality:
        «السفير الأمريكي روبرت وود» is not «السفيرة الأسترالية». Any mention of the person counts (the full
        name before the surname alone)."""
        words = _WORD.findall(_fold(phrase))
        described = [w for w in words[1:] if w not in _MINISTRIES]  # «وزير الداخلية الفرنسي»: past the ministry
        office, adjective = words[0], (described[0] if described and described[0].endswith(_ADJECTIVE_ENDINGS) else None)
        last = _WORD.findall(_fold(person.text))[-1:]
        if _IN_THE_NAME_OF in words:  # «المتحدث باسم الحكومة» is whoever was introduced so, no one else
            body = {_bare(w) for w in words[words.index(_IN_THE_NAME_OF) + 1:]} | {_bare(office)}
            return not any(body <= {_bare(w) for w in _WORD.findall(_fold(self.text[max(0, m.start - 60):m.start]))}
                           for m in self.within(max(0, person.start - _FAR), person.end)
                           if m.label == "PERSON" and _WORD.findall(_fold(m.text))[-1:] == last)
        for mention in self.within(max(0, person.start - _FAR), person.end):
            if mention.label != "PERSON" or _WORD.findall(_fold(mention.text))[-1:] != last:
                continue
            before = _WORD.findall(_fold(self.text[max(0, mention.start - 40):mention.start]))[-4:]
            for n, word in enumerate(before):
                if _bare(word) != _bare(office):
                    continue
                if (word[-1:] in "هة") != (office[-1:] in "هة"):
                    return True  # «السفير» introduced, «السفيرة» speaks
                if (any(w in _FORMER for w in before[n + 1:]) or any(w in _FORMER for w in _WORD.findall(
                        _fold(self.text[mention.end:mention.end + 12]))[:1])) != any(w in _FORMER for w in words):
                    return True  # «الرئيس الأميركي السابق ريتشارد نيكسون» is not «الرئيس الأميركي»
                rest = [w for w in before[n + 1:] if w not in _MINISTRIES]  # «وزير الخارجية الأميركي»: past the ministry
                introduced = rest[0] if rest and rest[0].endswith(_ADJECTIVE_ENDINGS) else None
                if adjective and introduced and _bare(introduced) != _bare(adjective):
                    return True
        # «وقال مدير المستشفى» is not the one introduced as «مقدم برنامج», nor «الرئيس الأمريكي» the one
        # introduced as «مستشار الأمن القومي لرئيس كوريا»: someone introduced with an office, never with this
        # one, is someone else
        wanted = {_bare(office)}  # the office (its body may be named otherwise: رئيس الوزراء is رئيس الحكومة)
        offices = False
        for mention in self.within(max(0, person.start - _FAR), person.end):
            if mention.label != "PERSON" or _WORD.findall(_fold(mention.text))[-1:] != last:
                continue
            window = self.text[max(0, mention.start - 100):mention.start]
            window = window[max(window.rfind("."), window.rfind("\n")) + 1:]  # its own sentence: not the last one's office
            around = _WORD.findall(_fold(window))[-12:] + \
                _WORD.findall(_fold(self.text[mention.end:mention.end + 30]))[:2]
            if wanted <= {_bare(w) for w in around} or any(wanted <= family and family & {_bare(w) for w in around}
                                                           for family in (_PLAYERS, _COACHES)):
                # «اللاعب الفرنسي» is the one introduced as «المدافع الفرنسي»
                # «وزير الداخلية» is not the one introduced as «وزير صحة ولاية بلوشستان»
                return self._other_portfolio(words, around)
            offices = offices or any(w in TITLES or w in CONSTRUCT_TITLES for w in around)
        return offices

    @staticmethod
    def _other_portfolio(words: list[str], around: list[str]) -> bool:
        """Whether an office in a construct («وزير الداخلية») was introduced with another noun after it («وزير
        صحة»). The same body named otherwise («رئيس الوزراء», «رئيس الحكومة») is the same office."""
        if len(words) < 2 or words[0] not in CONSTRUCT_TITLES:  # after it, «الداخلية» is a body, no adjective
            return False
        office = _bare(words[0])
        for n, word in enumerate(around[:-1]):
            theirs = around[n + 1]
            if _bare(word) == office and word in CONSTRUCT_TITLES:
                ours = {_bare(words[1]), _bare(theirs)}
                return len(ours) == 2 and not ours <= _GOVERNMENT
        return False

    @staticmethod
    def _is_title(phrase: str) -> bool:
        """«الرئيس الأمريكي», «الوزير», «رئيس الحكومة»: a title, which may name a person mentioned before."""
        words = [_fold(word) for word in phrase.split()]
        return words[0] in TITLES or (words[0] in CONSTRUCT_TITLES and len(words) > 1 and words[1].startswith("ال"))

    def _holder(self, person, holders=HOLDERS) -> str | None:
        """«أسرة السراديح»: the family, lawyer or office of a person speaks, not the person."""
        before = self.text[max(0, person.start - 30):person.start].split()
        if before and fold(before[-1]) in holders:
            return f"{before[-1]} {person.text}"
        if len(before) > 1 and fold(before[-1]) in _MEDIA and fold(before[-2]) in holders:
            return f"{before[-2]} {before[-1]} {person.text}"  # «مصور وكالة فرانس برس»
        for n in (2, 3):  # «إدارة الرئيس الأميركي دونالد ترامب»: the person's title between
            if len(before) > n and fold(before[-n - 1]) in holders and all(
                    fold(w) in TITLES or fold(w).endswith(_ADJECTIVE_ENDINGS) for w in before[-n:]):
                return " ".join(before[-n - 1:] + [person.text])
        return None

    def _contrasted(self, index: int) -> tuple[int | None, str | None] | None:
        """«أما سفير فرنسا فقال إن …»: the topic أما sets before a verb glued to ف is its subject."""
        verb = index
        if self.words[index].group()[:1] != "ف":
            if index == 0 or self.words[index - 1].group() != "ف" + _QAD:
                return None
            index -= 1  # «أما فلان، فقد قال …»
        sentence_start = self.sentence_start(self.words[index].start())
        for n in range(index - 1, max(self.first_word_at(sentence_start), index - 12) - 1, -1):
            if self.words[n].group() == _AMMA:
                if n + 1 == index:
                    return None
                a, b = self.original(self.words[n + 1].start(), self.words[index - 1].end())
                named = [e for e in self.within(a, b) if e.label in SPEAKER_LABELS and not self._governed(e)]
                person = next((e for e in named if e.label == "PERSON"), None)
                if person is not None:
                    return person.id, None
                represented = self._holder(named[0], REPRESENTATIVES) if named else None
                if represented:
                    return None, represented
                if named and b - named[0].end < 2 and named[0].start - a < 2:
                    return named[0].id, None  # «أما الحكومة الفرنسية فقالت»: the name is the whole topic
                return self._phrase_speaker(self.text[a:b], self.words[verb].start())
        return None

    def _antecedent(self, index: int) -> tuple[int | None, str | None] | None:
        """«بحسب مصادر عسكرية، التي أشارت إلى أن …»: the relative clause speaks for the noun before it."""
        if index == 0 or self.words[index - 1].group() not in RELATIVES:
            return None
        following = self.words[index + 1].group() if index + 1 < len(self.words) else ""
        opened = index + 1 < len(self.words) and \
            any(mark in self.folded[self.words[index].end():self.words[index + 1].start()] for mark in ':"«“')
        if following and following not in THAT and following not in GOVERNING and following not in _PRONOUN_PREPOSITIONS \
                and following[:1] != "ل" and not opened:  # «الذي تساءل: "…"» opens the words at once
            return None  # «الاتفاقية التي يقول محاميها إنها …»: the clause's verb has its own subject
        if following in _PRONOUN_PREPOSITIONS:
            # «كلمته التي أعلن فيها أن …»: the clause is about the speech; whose speech it is, the person just before
            a = self.back(self.sentence_start(self.words[index].start()))
            people = [e for e in self.within(a, self.back(self.words[index].start()))
                      if e.label == "PERSON" and not self._governed(e)]
            return (people[-1].id, None) if people else None
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
        last = [e for e in self.within(a, b) if e.label in SPEAKER_LABELS and b - e.end < 2]
        if last and not self._governed(last[-1]):
            return last[-1].id, None  # «ما أثار حفيظة باريس التي تقول إن …»: the name the relative follows
        if last:  # «فلان عضو الكونغرس عن ولاية أوهايو الذي تساءل»: the place is whence he comes; he asks
            sentence_start = self.back(self.sentence_start(self.words[index].start()))
            people = [e for e in self.within(max(sentence_start, last[-1].start - 120), last[-1].start)
                      if e.label in ("PERSON", "ORG") and not self._governed(e)]
            person = [e for e in people if e.label == "PERSON"]  # «عضو مجلس الشيوخ» is his office
            if people:
                return (person or people)[-1].id, None
        if not any(e.label in SPEAKER_LABELS for e in self.within(a, b)) and _bare(kept[-1].group()) not in SUBJECT_HEADS:
            # «رفعت طهران … قضية تطالب برفع العقوبات التي قالت إنها …»: sanctions say nothing; the sentence's
            # subject does. «عملية "غصن الزيتون" التي تقول أنها …»: nor does an operation; who names it does
            return self._opening_subject(index)
        return self._linked(self.text[a:b], self.words[index].start())

    def _governed(self, entity, *, titles: bool = True) -> bool:
        """A name after a preposition or glued to لـ: whom or where one spoke («في تصريح لـCNN», «في الأمم المتحدة»);
        with `titles`, also past the person's titles («مع رئيسة وزراء بريطانيا، تيريزا ماي»)."""
        start = entity.start
        token_start = start
        while token_start > 0 and self.text[token_start - 1] not in " \n\t،,.:«“\"(":
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
        before = _WORD.findall(_fold(self.text[max(0, token_start - 20):token_start]))
        previous = before[-1] if before else ""
        if previous in GOVERNING:
            return True
        # «مع رئيس الاتحاد المصري هاني أبو ريدة»: a preposition before the person's titles
        titled_before = titles and (previous in TITLES or previous in CONSTRUCT_TITLES or previous.startswith("ال")
                                    or bool(self.within(max(0, token_start - 30), token_start)))
        window_start = max(0, token_start - 90) if titled_before else token_start
        named_words = {w for e in self.within(window_start, token_start) for w in _WORD.findall(_fold(e.text))}
        # «مع نظيريه الياباني تارو كونو والكورية الجنوبية كانغ كيونغ وا»: a second person joined to the first
        titled = [w[1:] if w[:1] == "و" and w[1:3] == "ال" else w
                  for w in _WORD.findall(_fold(self.text[window_start:token_start]))[-8:]]
        for n in range(len(titled) - 2, -1, -1):
            if titled[n] in GOVERNING and titled[n] != _IN_THE_NAME_OF:
                rest = titled[n + 1:]
                # «مع رئيسة وزراء بريطانيا، تيريزا ماي»: the titles, and the country in them, after the preposition
                if (rest[0] in CONSTRUCT_TITLES or rest[0] in TITLES) and all(
                        w in CONSTRUCT_TITLES or w in TITLES or w.startswith("ال") or w in named_words
                        or (m and rest[m - 1] in CONSTRUCT_TITLES) for m, w in enumerate(rest)) \
                        and not any(w in THAT for w in rest):
                    return True  # «رئيسة وزراء»: a construct goes on
                break
        if previous[:1] in "لب" and (previous[1:] in _MEDIA or (previous[:2] == "لل" and previous[2:] in _MEDIA)):
            return True  # «وأضافت لشبكة "سكاي نيوز" أن …»: the outlet she spoke to
        if (previous in _MEDIA or previous in _PLACE_KINDS) and len(before) > 1 and before[-2] in GOVERNING:
            return True  # «في مداخلة له عبر قناة إم بي سي», «مسؤول في مدينة بيشاور»: where one spoke
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
        candidates = [e for e in self.within(sentence_start, a) if e.label in ("PERSON", "ORG")]
        countries = [e for e in self.within(sentence_start, a) if e.label == "GPE"]
        fronted = self._fronted_phrase_end(cue_start)
        if fronted is not None:  # «وحول بروز الهريفي ونجوميته قال: …»: the name is what he spoke about
            candidates = [e for e in candidates if e.start >= fronted]
            countries = [e for e in countries if e.start >= fronted]
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
        if len(gap) <= 2 and not any(mark in between for mark in "،,"):
            return last if not self._governed(last) else None
        for candidate in reversed(candidates[-4:]):
            if (self._apposition_between(candidate, a) or self._relative_between(candidate, a)) and \
                    not self._governed(candidate):
                return candidate  # «لكن الكاردينال فلان، رجل الدين الأعلى في انجلترا، قال: …»
        if len(gap) <= 2 and self.folded[cue_start] != "و":
            # «… الوزارة، قالت»: no apposition to cross; but in «عبرت فلانة عن صدمتها لوفاة فلان، وقالت» the
            # name before the comma ends the clause before, and the joined verb is not its
            return last if not self._governed(last) else None
        return None

    def _fronted_phrase_end(self, cue_start: int) -> int | None:
        """Where a prepositional phrase the sentence opens on ends («وحول بروز الهريفي ونجوميته قال»,
        «وعن مشاركة الحبسي، قال»): at its comma, else at the verb; None when the sentence opens otherwise."""
        sentence_start = self.sentence_start(cue_start)
        first = self.first_word_at(sentence_start)
        if first >= len(self.words) or self.words[first].start() >= cue_start:
            return None
        opener = self.words[first].group()
        bare = opener[1:] if opener[:1] in "وف" and len(opener) > 2 else opener
        if bare not in _ABOUT_OPENERS:
            return None
        comma = min((self.folded.find(mark, sentence_start, cue_start) for mark in "،,"
                     if self.folded.find(mark, sentence_start, cue_start) >= 0), default=cue_start)
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
        a, b = self.original(opening_words[0].start(), opening_words[-1].end())
        subjects = [e for e in self.within(a, b) if e.label in ("PERSON", "ORG")
                    and not self._governed(e)]
        person = next((e for e in subjects if e.label == "PERSON"), None)
        return person or (subjects[0] if subjects else None)

    def _untagged_subject_before(self, index: int) -> str | None:
        """A subject no one tagged, right before its verb at the head of the sentence (after «غير أن», «لكن»
        at most): a definite noun that can speak and up to two definite words after it."""
        first = self.first_word_at(self.sentence_start(self.words[index].start()))
        n = first
        while n < index and n < first + 2 and self.words[n].group() in _BUT_WORDS:
            n += 1
        for m in range(index - 1, max(first, index - 5), -1):  # «وعلى الرغم من الإضراب، إلا أن الشركة أكدت»
            if self.words[m].group() in _BUT_WORDS and m > n:
                n = m + 1
                while n < index and self.words[n].group() in _BUT_WORDS:
                    n += 1
                break
        words = self.words[n:index]
        described = n > first and len(words) == 1 and words[0].group() in DESCRIPTIONS  # «لكن محللين يقولون»
        if n > first and 2 <= len(words) <= 7 and words[0].group() in CONSTRUCT_TITLES and \
                not any(mark in self.folded[words[0].start():self.words[index].start()] for mark in "،,\"«»():"):
            a, b = self.original(words[0].start(), words[-1].end())
            return self.text[a:b]  # «لكن لاعب يوفنتوس السابق ومدرب المنتخب الإيطالي يقول»
        if not described and (not 1 <= len(words) <= 3 or not all(w.group().startswith("ال") for w in words)
                              or _bare(words[0].group()) not in SUBJECT_HEADS):
            return None
        if any(mark in self.folded[words[0].start():self.words[index].start()] for mark in "،,\"«»():"):
            return None
        a, b = self.original(words[0].start(), words[-1].end())
        return self.text[a:b]

    def _statement_before(self, index: int) -> tuple[int | None, str | None] | None:
        """«ونقلت فرانس برس بيانا للمنظمة الدولية قالت فيه …»: the statement right before «قالت فيه» is whose
        it says, not the agency's that carried it."""
        following = self.words[index + 1].group() if index + 1 < len(self.words) else ""
        if following not in _IN_IT:
            return None
        for n in range(index - 1, max(0, index - 5), -1):
            if self.words[n].group().rstrip("ا") in _A_STATEMENT and self.words[n + 1].group()[:1] == "ل" and n + 1 < index:
                a, b = self.original(self.words[n + 1].start() + 1, self.words[index - 1].end())
                owner = [e for e in self.within(a - 1, b) if e.label in ("ORG", "PERSON", "GPE")]
                if owner:
                    return owner[0].id, None
                phrase = self.text[a:b].strip()  # «للمنظمة الدولية» past its ل: «لمنظمة الدولية», the ال restored
                return self._phrase_speaker("ال" + phrase[1:] if _fold(phrase).startswith("ل") else phrase,
                                            self.words[index].start())
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
        subject = [e for e in self.within(a, b) if e.label in SPEAKER_LABELS  # «وكانت الولايات المتحدة أشارت»
                   and not self._governed(e)]  # «وكان الرئيس وصف الاجتماع مع كيم»: not him
        title = _WORD.findall(_fold(self.text[a:subject[0].start])) if subject else []
        # «وكان وزير الخارجية الأمريكي مايك بومبيو أعلن»: an office of up to four words before the name
        long_title = len(title) <= 4 and bool(title) and (title[0] in TITLES or title[0] in CONSTRUCT_TITLES) and \
            all(w in TITLES or w in CONSTRUCT_TITLES or w.startswith("ال") for w in title)
        if subject and not self._governed(subject[0]) and (len(title) <= 2 or long_title):
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
                return n if self.words[n].group()[:1] == "و" else None
        return None

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
        if first is None or index - first < 3 or self._quoted_between(sentence_start, cue_start):
            return None
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
        if verb is None:
            return None
        words = self.words[verb + 1:index]
        a = self.back(self.words[verb].end())
        named = [e for e in self.within(a, self.back(cue_start)) if e.label in SPEAKER_LABELS]
        between = _WORD.findall(_fold(self.text[a:named[0].start])) if named else []
        if between and between[-1] == _IN_THE_NAME_OF and len(between) <= 4 and _bare(between[0]) in SUBJECT_HEADS:
            # «وأكد متحدث باسم الجيش الإسرائيلي حصول الغارات، موضحا …»: the spokesman speaks, for the army; in
            # «المتحدث باسم الجيش تامر الرفاعي» he is named after it
            named_so = next((e for e in named[1:] if e.label == "PERSON" and not any(
                m in self.text[named[0].end:e.start] for m in "،,\"«") and len(_WORD.findall(self.text[named[0].end:e.start])) <= 3),
                None)  # «الناطقة باسم اللجنة الدولية في المنطقة ماري كلير فغالي»
            if named_so is not None:
                return named_so.id, None
            return None, self.text[self.back(words[0].start()):named[0].end]
        if named and not self._governed(named[0]):
            person_after = next((e for e in named[1:3] if e.label == "PERSON" and len(_WORD.findall(
                self.text[named[0].end:e.start])) <= 1), None) if named[0].label != "PERSON" else None
            if person_after is not None and self._in_construct(named[0]):
                return person_after.id, None  # «وصف وزير خارجية إيران محمد جواد ظريف …، وقال»: the minister
            if between and all(w in HOLDERS for w in between) and named[0].label == "PERSON":
                # «ونشر والد بيبر، جيرمي صورة …، قائلا»: the father, named after his son
                named_so = next((e for e in named[1:] if e.label == "PERSON"
                                 and self.text[named[0].end:e.start].strip(" \u200f") in ("،", ",")), None)
                if named_so is not None:
                    return named_so.id, None
            if all(w in TITLES or w in CONSTRUCT_TITLES or w.endswith(_ADJECTIVE_ENDINGS) for w in between) \
                    and len(between) <= 3:
                return named[0].id, None  # «هنأ بوتين …», «وأعلن الرئيس الروسي فلاديمير بوتين …»

        own = re.sub(r"(?:نا|ه|ها|هم)$", "", words[0].group())
        if words[0].group().startswith("ال"):
            phrase = words[:1]
        elif len(words) > 1 and words[1].group().startswith("ال"):
            phrase = words[:2]
        elif own != words[0].group() and _bare(own) in SUBJECT_HEADS:
            phrase = words[:1]  # «وأفاد مراسلنا في اليمن …»
        elif words[0].group().isdigit() and len(words) > 1 and not words[1].group().startswith("ال"):
            phrase = words[:2]  # «واقترحت 4 صناديق أميركية …، معتبرين»
        elif words[0].group() in DESCRIPTIONS and words[0].group() not in CONSTRUCT_TITLES and \
                not self.within(self.back(words[0].start()), self.back(words[min(3, len(words) - 1)].end()), whole=False):
            phrase = words[:1]  # «كشفت تقارير عن …، مشيرة إلى …»
        else:
            return None
        if _bare(phrase[0].group()) not in SUBJECT_HEADS and _bare(own) not in SUBJECT_HEADS and not phrase[0].group().isdigit():
            return None
        definite = phrase[-1].group().startswith("ال")
        for word in words[len(phrase):]:
            gap = self.folded[phrase[-1].end():word.start()]
            if gap.strip() or word.group().startswith("ال") != definite or not word.group().endswith(_ADJECTIVE_ENDINGS) \
                    or len(word.group()) < 4 or word.group() in GOVERNING:
                break
            phrase.append(word)  # «المصرية», «الأمريكيون»: an adjective of the subject
        if any(mark in self.folded[phrase[0].start():phrase[-1].end()] for mark in "،,\"«"):
            return None
        a, b = self.original(phrase[0].start(), phrase[-1].end())
        after = self.original(phrase[-1].end(), words[min(len(phrase), len(words) - 1)].end())[1]
        if self.within(a, after, whole=False):
            return None  # a tagged name in or right after the phrase: not this one's subject
        # «وناشدت الوزارة …» after «وزارة الداخلية الألمانية», «وتابع المستشار النمساوي …» after his name
        return self._phrase_speaker(self.text[a:b], cue_start)

    def _previous_subject(self, cue_start: int, quoted_end: int):
        """The tagged subject of the sentence just before the cue's (in its paragraph or the one before), after
        the last quote, when that sentence opens on a verb and quotes no one: the last one the article spoke of."""
        sentence_start = self.sentence_start(cue_start)
        last = sentence_start - 1  # the previous sentence's last letter, past its full stop and the line break
        while last > 0 and self.folded[last] in " \t\r\n.!?؟\u200f\u200e":
            last -= 1
        if last <= 0 or self.folded.count("\n", last, sentence_start) > 1:
            return None
        previous = self.sentence_start(last)
        if previous < quoted_end or self._quoted_between(previous, sentence_start):
            return None
        verb = self._opening_verb(self.first_word_at(previous), self.first_word_at(sentence_start))
        if verb is None:
            first = self.first_word_at(previous)
            if self.words[first].group() in _KANA and first + 1 < self.first_word_at(sentence_start):
                # «وكان العراق أعلن …», «وكان الرئيس الأميركي وصف …»: whom كان names
                return self._kana_subject(self.first_word_at(sentence_start) - 1)
            return self._subject_after_but(first)
        a = self.back(self.words[verb].end())
        named = [e for e in self.within(a, self.back(sentence_start)) if e.label in ("PERSON", "ORG")]
        if named and self._governed(named[0]) and _WORD.findall(_fold(self.text[max(0, named[0].start - 12):named[0].start]))[-1:] == [_IN_THE_NAME_OF]:
            # «ودانت المتحدثة باسم وزارة الخارجية هيذر نويرت …»: the spokeswoman named after the body
            named_so = next((e for e in named[1:] if e.label == "PERSON" and not any(
                m in self.text[named[0].end:e.start] for m in "،,\"«") and len(_WORD.findall(self.text[named[0].end:e.start])) <= 3), None)
            return named_so
        if not named or self._governed(named[0]):
            return None
        between = _WORD.findall(_fold(self.text[a:named[0].start]))
        if len(between) > 3 or not all(w in TITLES or w in CONSTRUCT_TITLES or w.endswith(_ADJECTIVE_ENDINGS)
                                       for w in between):
            return None
        return named[0]

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
        if subject.startswith("ال") and subject.endswith(("ون", "ين")) and not subject.endswith(("يين", "يون")):
            a, b = self.original(*self.words[verb + 1].span())
            return self.text[a:b]
        return None

    def _previous_sentence_start(self, at: int) -> int | None:
        """Where the sentence before the one at `at` starts, in the same paragraph or the one before."""
        last = self.sentence_start(at) - 1
        while last > 0 and self.folded[last] in " \t\r\n.!?؟\u200f\u200e":
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
            while last > 0 and self.folded[last] in " \t\r\n.!?؟\u200f\u200e":
                last -= 1
            if last <= 0:
                return None
            at = self.sentence_start(last)
        return None

    def _subject_after_but(self, first: int):
        """«لكن اندرو كوبر، عضو مجلس اللوردات، اتهم …»: a sentence opening on لكن and a tagged name names its
        subject first."""
        if first + 1 >= len(self.words) or self.words[first].group() not in _BUT_OPENERS:
            return None
        at = self.back(self.words[first + 1].start())
        named = [e for e in self.within(at, at + 1, whole=False) if e.start == at and e.label in ("PERSON", "ORG")]
        return named[0] if named else None

    def _head_of(self, body, cue_start: int):
        """«وأكد قائد القيادة المركزية» after «رئيس القيادة المركزية، الجنرال جوزيف فوتيل»: the person introduced
        as the head of the same body, whichever word for head was used."""
        before = _WORD.findall(_fold(self.text[max(0, body.start - 30):body.start]))[-1:]
        if not before or before[0] not in _HEADS:
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

    def _in_relative(self, a: int, entity) -> bool:
        """Whether a relative pronoun stands between `a` and the name: «الصحيفة في التقرير الذي نشرته …»; not a
        clause that names the one before it («السيدة، التي أشير إليها بـ"شينغول إيه"»)."""
        words = _WORD.findall(_fold(self.text[a:entity.start]))
        return any(word.lstrip("و") in RELATIVES for word in words) and not any(word in _NAMING for word in words)

    def _feminine_noun(self, index: int) -> bool:
        """Whether a word ends in ة as written (folding makes it ه, which also ends «شبهه», «ونعته»)."""
        return self.text[slice(*self.original(*self.words[index].span()))].rstrip("\u064b-\u065f")[-1:] == "ة"

    def _opening_verb(self, first: int, index: int) -> int | None:
        """The index of the verb a sentence opens on, its first word with و/ف («وناشدت»), or, after an
        attribution or a prepositional phrase closed by a comma, the word after the comma («وفقا للكرملين،
        هنأ»); None when the sentence opens on a noun or a particle."""
        opener = self.words[first].group()
        times = 0
        while first + times < index - 1 and times < 3 and \
                (self.words[first + times].group().lstrip("و") in TIME_WORDS or self.words[first + times].group() in TIME_WORDS):
            times += 1  # «والأسبوع الماضي رفعت طهران …»: the verb after the time it happened
        if times and not any(mark in self.folded[self.words[first].start():self.words[first + times].start()] for mark in "،,"):
            verb = self.words[first + times].group()
            if verb.startswith("ال") or verb in NOT_VERB_OPENERS or verb in GOVERNING or verb in _KANA or len(verb) < 3 \
                    or self._feminine_noun(first + times) or verb[-2:] in ("ات", "ون", "ين") or _bare(verb) in SUBJECT_HEADS:
                return None
            return first + times
        if opener in NOT_VERB_OPENERS or opener in ATTRIBUTION or opener in GOVERNING:
            for n in range(first + 1, min(first + 7, index - 1)):
                if any(mark in self.folded[self.words[n - 1].end():self.words[n].start()] for mark in "،,"):
                    word = self.words[n].group()
                    plain = word[1:] if word[:1] in "وف" and len(word) > 4 else word
                    if word in NOT_VERB_OPENERS or word in GOVERNING or plain.startswith("ال") or word in _KANA \
                            or self._feminine_noun(n) or plain[-2:] in ("ات", "ون", "ين") or len(plain) < 3 \
                            or _bare(plain) in SUBJECT_HEADS or plain in _QUANTITIES or word in THAT:
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
                and not self.within(self.back(self.words[0].start()), self.back(self.words[0].end()), whole=False) \
                and first + 1 < len(self.words) and (self.words[first + 1].group() in DESCRIPTIONS or any(
                    e.label in (("PERSON",) if first == 0 else SPEAKER_LABELS)
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

    def _continued(self, cue_start: int, *, quotes_only: bool = False, far: bool = True) -> tuple[int | None, str | None]:
        """Who spoke last, close by: a bare «وأضاف أن …» or a participle continues them; with no quote
        before, the sentence's subject (its first person), else the paragraph's last person or body."""
        a = self.back(cue_start)
        sentence_start = self.back(self.sentence_start(cue_start)) if cue_start else 0
        in_sentence = [e for e in self.within(sentence_start, a) if e.label == "PERSON"
                       and not self._governed(e)]
        opened = None if quotes_only else self._opening_subject(self.first_word_at(cue_start))
        if opened is None and not far and not quotes_only:
            # «…، واعتذرت الهيئة الأحد قائلة إنه …»: the clause the participle closes names its subject
            opened = self._opening_subject(self.first_word_at(cue_start), clause=True)
            kana = self._kana_subject(self.first_word_at(cue_start)) if opened is None else None
            opened = (kana.id, None) if kana is not None else opened  # «وكانت تركيا لمحت …، قائلة»
        for suggestion, start, _ in reversed(self.found):
            if start < cue_start and self._near(suggestion.end, a) and self._embedded(suggestion):
                continue  # «… الذي أعلن الروس أن …، وقال "…"»: a report inside the clause, not who goes on
            if start < cue_start and self._near(suggestion.end, a):
                if suggestion.end <= sentence_start and (opened or (not far and in_sentence)):
                    break  # «وكان الرئيس فلان قد صعّد …، قائلا إن …»: a participle's own sentence names who speaks
                if not quotes_only:
                    # «وكشفت فلانة، رئيسة الفرقة، عما … . وقالت إن …»: the sentence between names who goes on
                    between = self._previous_subject(cue_start, suggestion.end)
                    if between is not None:
                        return between.id, None
                return self.reporters.get(suggestion.cue, (suggestion.speaker, suggestion.speaker_text))
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
        if cue_word.endswith("وا") and not quotes_only:
            plural = self._plural_subject_before(cue_start)
            if plural:  # «وتمكن المحققون من …. وقالوا إن …»: they, not the last person named
                return None, plural
        if far:  # «وخلال المقابلة، شبه الأمير فلان …. وقال: "…"»: the sentence before names who goes on
            between = self._previous_subject(cue_start, 0)
            if between is not None:
                return between.id, None
            previous = self._previous_sentence_start(cue_start)
            # «وظل ترامب يستهدف الصحيفة. واتهم في مارس عملاق الإنترنت … . وفي يونيو قال إن …»: past a sentence
            # whose verb has no subject written
            chained = self._pronoun_chain(previous) if previous is not None else None
            if chained is not None:
                return chained.id, None
        paragraph_start = self.text.rfind("\n", 0, a) + 1
        earlier = [e for e in self.within(paragraph_start, a) if e.label in ("PERSON", "ORG")
                   and not self._governed(e)]
        person = [e for e in earlier if e.label == "PERSON"]
        if earlier and not person and not far:
            # «ومن جملة تلك المواقف التي أطلقها، …، قائلا إنه …»: the one the paragraph before spoke of, not a body
            # this one names in passing
            between = self._previous_subject(cue_start, 0)
            if between is not None and between.label == "PERSON":
                return between.id, None
        if earlier:
            return (person[-1] if person else earlier[-1]).id, None
        before = self._earlier_name(cue_start) if far else None
        return (before.id, None) if before is not None else (None, None)

    def _embedded(self, suggestion) -> bool:
        """A quote whose verb stands in a relative clause («الممر الذي أعلن الروس أن …»)."""
        cue = suggestion.cue[0]  # in the text's own code points, as every suggestion
        before = _WORD.findall(_fold(self.text[max(0, cue - 30):cue]))[-3:]
        return any(word in RELATIVES for word in before)

    def _near(self, earlier_end: int, a: int) -> bool:
        """No more than one paragraph break between the last quote and this cue."""
        return self.text.count("\n", earlier_end, a) <= 2

    def _name_phrase(self, cue_end: int, subject_end: int) -> str | None:
        """The subject's first words up to a preposition, a comma or a time word, if few enough to be a name."""
        kept = []
        for match in _WORD.finditer(self.folded, cue_end, subject_end):
            gap = self.folded[(kept[-1].end() if kept else cue_end):match.start()]
            word = match.group()
            if word == _QAD or word in ATTRIBUTION:
                break  # «وكانت أوساط مقربة منه قد قالت»: قد stands before a verb; «الصحيفة نقلا عن»: a source follows
            if word == _GENERAL and kept and kept[-1].group() in _GENERAL_OFFICES:
                kept.append(match)  # «المدعي العام», «الأمين العام»: no year
                continue
            if not kept and (any(mark in gap for mark in "،,") or word in ASIDES):
                break  # «وكان بومبيو قال، قبيل زيارته، إنه …», «وأضافت وهي تحمل طفلها، أنها»: an aside, no subject
            if len(kept) >= 2 and kept[-2].group() == _IN_THE_NAME_OF and kept[-1].group().startswith("ال") and \
                    not word.startswith("ال") and not gap.strip():
                break  # «ونفى الناطق باسم الخارجية معلومات مفادها …»: the body named, then the verb's object
            if kept and kept[-1].group() == _IN_THE_NAME_OF and gap.strip() in ('"', "«", "“"):
                # «متحدثة باسم "كان"»: the quoted name of the body is part of the speaker's words
                close = self.folded.find('"' if gap.strip() == '"' else "»" if gap.strip() == "«" else "”", match.start())
                inner = _WORD.findall(self.folded, match.start(), close) if close > 0 else []
                if 0 < len(inner) <= 4 and close < subject_end:
                    a, _ = self.original(kept[0].start(), kept[0].end())
                    return self.text[a:self.original(close, close + 1)[1]].strip("\u200f\u200e ")
            if kept and any(mark in gap for mark in "،,(\"«"):
                break
            word = _GLUED_DIGITS.sub("", word)  # «في18 تموز»: a preposition glued to a date
            if word[:1] == "ل" and self._glued_to_name(match.start()):
                break  # «وقال لبي بي سي»: the outlet he spoke to, glued to لـ, however short
            partitive = (word == fold("من") and len(kept) == 1 and kept[0].group() in _QUANTITIES) or \
                (word == _AN and len(kept) == 1 and kept[0].group() in _REPRESENTING)  # «ممثلون عن باريمور»
            # «وقال 34 في المئة إن …»: a share of those asked
            partitive = partitive or (word == fold("في") and len(kept) == 1 and kept[0].group().isdigit()
                                      and _WORD.findall(self.folded, match.end(), match.end() + 8)[:1] in ([fold("المئة")], [fold("المائة")]))
            if (word in GOVERNING and word != _IN_THE_NAME_OF and not partitive) or word in TIME_WORDS or word in NOT_NAMES or \
                    word in _PRONOUN_PREPOSITIONS or word in _NEGATIONS or \
                    word in ADVERBS or (word[:1] == "ل" and len(word) > 3 and _bare(word) not in SUBJECT_HEADS
                                        and word not in _L_NOUNS):
                break  # «مصدر مسؤول لواس»: the agency it spoke to is no part of the name
            if len(kept) == 1 and kept[0].group().startswith("ال") and word.startswith("ال") and word.endswith("ات") \
                    and not kept[0].group().endswith("ات"):
                break  # «ونفت الشركة الادعاءات»: a plural after a singular is the verb's object, no adjective
            if len(kept) == 1 and kept[0].group().startswith("ال") and kept[0].group() not in CONSTRUCT_TITLES and (
                    word in BODY_KINDS or word in TITLES or (
                        word.startswith("ال") and word.endswith(("ين", "ون")) and not word.endswith(_ADJECTIVE_ENDINGS)
                        and not kept[0].group().endswith(("ين", "ون")))):
                break  # «وحذرت الحكومة الشركة», «وناشدت الوزارة المواطنين»: a body or people after it are its object
            if word.lstrip("و") in RELATIVES or (len(kept) == 1 and not kept[0].group().startswith("ال") and
                                                 not word.startswith("ال") and word.endswith("ت") and not word.endswith("ات")):
                break  # «الدراسة التي أجرتها …», «دراسة اعتمدت على …»: a clause describing the subject
            if len(kept) == 2 and not kept[0].group().startswith("ال") and not kept[1].group().startswith("ال") \
                    and kept[0].group() != _IN_THE_NAME_OF and kept[1].group() not in (_IN_THE_NAME_OF, fold("من"), _AN) \
                    and not word.startswith("ال") and kept[0].group() not in CONSTRUCT_TITLES:
                # «مسؤولان أمريكيان طلبا …»: an indefinite noun and its adjective; «وزير الخارجية …» goes on, and
                # so does a construct «صاحب إحدى العربات …»
                break
            kept.append(match)
        if not kept or len(kept) > 6:
            return None
        a, b = self.original(kept[0].start(), kept[-1].end())
        return self.text[a:b].strip("\u200f\u200e ")

    def _glued_to_name(self, folded_at: int) -> bool:
        """Whether a tagged name starts right after the first letter of the word at `folded_at` («لبي بي سي»)."""
        at = self.back(folded_at) + 1
        return any(e.start == at for e in self.within(at, at + 1, whole=False))

    def _linked(self, phrase: str, cue_start: int) -> tuple[int | None, str | None]:
        """A speaker named as a tagged entity is linked to it (the nearest mention before the quote)."""
        wanted = _fold(phrase)
        a = self.back(cue_start)
        mentions = self.by_text.get(wanted, [])
        if mentions:
            before = [e for e in mentions if e.start <= a]
            return (before[-1] if before else mentions[0]).id, None
        return None, phrase
