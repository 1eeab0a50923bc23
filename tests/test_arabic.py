"""Arabic-aware selection: proclitics, tatweel, punctuation; and search folding with exact offsets back."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.arabic import fold, fold_with_map, next_split, proclitic_splits, snap_entity, whole_token
from annotator.core.text import normalise, span_problem

SEED_LINE = "وقال حسين في حديث خلال لقاءه نظيره الأمريكي أنتوني بلينكن في واشنطن: نحن متواجدون هنا"


def tag(text: str, word: str, **options) -> str:
    """What the analyst gets by selecting `word` (the whole token) as it stands in `text`."""
    start = text.index(word)
    span = snap_entity(text, start, start + len(word), **options)
    return None if span is None else text[span[0]:span[1]]


@pytest.mark.parametrize("token, entity", [
    ("والعراق", "العراق"), ("بالعراق", "العراق"), ("فالحكومة", "الحكومة"), ("كالعادة", "العادة"),
    ("وبالعراق", "العراق"), ("فبالحكومة", "الحكومة"), ("وَالعِرَاقِ", "العِرَاقِ"),
])
def test_unambiguous_proclitics_before_al_are_left_out(token, entity):
    assert tag(f"قال المتحدث إن {token} شريك.", token) == entity


@pytest.mark.parametrize("token", ["بغداد", "لبنان", "فرنسا", "كندا", "وليد", "والي", "بالي", "للعراق", "وللعراق"])
def test_ambiguous_or_fused_tokens_stay_whole(token):
    assert tag(f"زار {token} أمس.", token) == token


def test_single_letter_proclitic_goes_where_the_news_or_the_project_shows_it():
    """The shipped lexicon knows واشنطن stands alone far more than بواشنطن (issue 9: a new project
    dropped no proclitic before a name); with no evidence at all, a name the project tagged decides."""
    from annotator.core.evidence import WordEvidence

    text = "وصل الوزير بواشنطن مساء أمس"
    assert tag(text, "بواشنطن") == "واشنطن"
    nothing = WordEvidence({})
    assert tag(text, "بواشنطن", evidence=nothing) == "بواشنطن"
    assert tag(text, "بواشنطن", known=lambda word: word == "واشنطن", evidence=nothing) == "واشنطن"
    assert tag("زار الوفد بغداد وكندا", "بغداد") == "بغداد" and tag("زار الوفد بغداد وكندا", "وكندا") == "كندا"


def test_a_word_known_whole_is_not_split():
    assert tag("جاء والي بغداد", "والي", known=lambda word: word == "والي") == "والي"


def test_whole_token_mode_keeps_proclitics():
    assert tag("قال إن والعراق شريك", "والعراق", separate_clitics=False) == "والعراق"


def test_exact_mode_keeps_the_characters_but_never_half_a_letter():
    text = "قال إن والعِراق شريك"
    start = text.index("والعِراق")
    span = snap_entity(text, start + 1, start + 4, exact=True)
    assert text[span[0]:span[1]] == "العِ"  # the kasra comes with its letter
    assert span_problem(text, *span) is None


@pytest.mark.parametrize("selected, entity", [
    ("«الرياض»،", "الرياض"), ("(العراق)", "العراق"), ("“بغداد”؟", "بغداد"), ('"دمشق":', "دمشق"),
    ("؛ القاهرة ؛", "القاهرة"), ("ـــ عمان ـــ", "عمان"), ("\u200fبيروت\u200f", "بيروت"),
])
def test_edges_lose_punctuation_tatweel_runs_and_bidi_marks(selected, entity):
    assert tag(f"قال {selected} اليوم", selected) == entity


def test_multi_word_entity_loses_only_the_first_words_proclitic():
    assert tag("وأكد أن وبالولايات المتحدة خطة", "وبالولايات المتحدة") == "الولايات المتحدة"


def test_seed_sentence_selections():
    assert tag(SEED_LINE, "واشنطن:") == "واشنطن"
    assert tag(SEED_LINE, " أنتوني بلينكن ") == "أنتوني بلينكن"
    assert tag(SEED_LINE, "حسين") == "حسين"


def test_a_key_cycles_the_splits_of_the_word():
    text = "قال إن وبالعراق خيرا"
    start, end = text.index("وبالعراق"), text.index("وبالعراق") + len("وبالعراق")
    seen = []
    span = (start, end)
    for _ in range(4):
        span = next_split(text, *span)
        seen.append(text[span[0]:span[1]])
    assert seen == ["بالعراق", "العراق", "وبالعراق", "بالعراق"]


def test_whole_token_grows_back_over_the_proclitic():
    text = "قال إن وبالعراق خيرا"
    start = text.index("العراق")
    assert text[slice(*whole_token(text, start, start + 6))] == "وبالعراق"


def test_proclitic_splits():
    assert proclitic_splits("وبالعراق") == [0, 1, 2]
    assert proclitic_splits("بواشنطن") == [0, 1]
    assert proclitic_splits("للعراق") == [0]


@pytest.mark.parametrize("query, surface", [
    ("محمد", "مُحَمَّد"), ("الرياض", "الريـــاض"), ("امريكا", "أمريكا"), ("الحكومه", "الحكومة"),
    ("مستشفي", "مستشفى"), ("2021", "٢٠٢١"), ("2021", "۲۰۲۱"), ("كتاب", "کتاب"), ("ايران", "إیران"), ("ابو", "\u200fأبو"),
])
def test_folding_makes_variants_equal(query, surface):
    assert fold(query) == fold(surface)


def test_ta_marbuta_folds_only_at_the_end_of_a_word():
    assert fold("الحكومة والحكومات") == "الحكومه والحكومات"


HARD = ["ا", "ل", "ع", "ر", "ق", "ة", " ", "\n", "😀", "\u064e", "\u0651", "\u0640", "\u200f", "\u202b", "أ", "ى", "٣", "İ",
        "ي", "ئ", "ؤ", "\ufefb", "\ufef7", "على", "إلى"]


@settings(max_examples=300)
@given(st.lists(st.sampled_from(HARD), max_size=40).map("".join))
def test_every_folded_character_maps_back_to_its_own(raw):
    text = normalise(raw)
    folded, back = fold_with_map(text)
    for index, ch in enumerate(folded):
        original = text[back(index)]
        # Folding a character alone gives the same letter, but for what its word decides: ة only at a word's
        # end, ي after alef as a hamza seat (قايد = قائد), ى kept in على/إلى; a ligature gives two letters.
        assert ch in fold(original) or (original == "ة" and ch in "ةه") or (original in "يى" and ch in "ءى")


@given(st.text(alphabet="وفعلإالدمتىي _1a\u064e", max_size=40))
def test_the_alef_maqsura_words_are_found_as_the_whole_word_pattern_finds_them(text):
    import re

    from annotator.core import arabic

    pattern = re.compile(r"(?<![^\W_])(?:[وف]?)(?:عل|[إا]ل|لد|مت)(ى)(?![^\W_])")  # the definition, run slowly
    assert arabic._protected_maqsura(text) == [match.start(1) for match in pattern.finditer(text)]


@given(st.text(alphabet="ايىء1٣²_ a\u0628", max_size=40))
def test_the_hamza_seat_after_alef_is_found_as_its_pattern_finds_it(text):
    from annotator.core import arabic

    assert arabic._hamza_seat_after_alef(text) == arabic._YA_AFTER_ALEF.sub("ء", text)
