"""Normalisation, offset maps, UTF-16 positions and grapheme edges (CONTRACT §1)."""

import unicodedata

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.text import (
    Utf16Positions,
    is_grapheme_boundary,
    normalise,
    normalise_with_map,
    snap_selection,
    span_problem,
)

# The pieces that break offset arithmetic in other tools.
HARD_PIECES = [
    "ا", "ل", "ع", "ر", "ق", " ", "\n", "\r\n", "\r", "😀", "👍🏽", "🇮🇶",
    "\u064e", "\u0651", "\u0650", "\u0640", "\u200f", "\u200e", "\u061c", "\u202b", "\u202c", "\u2067",
    "\u0627\u0654", "e\u0301", "\u00a0", "\ufeff", "«", "»", "٣", "\u0600", "\u200d", "\U0001F3FD",
]
hard_text = st.lists(st.sampled_from(HARD_PIECES), max_size=40).map("".join)


def test_normalise_drops_bom_and_folds_newlines_and_composes():
    assert normalise("\ufeffسطر\r\nثان\rثالث") == "سطر\nثان\nثالث"
    assert normalise("\u0627\u0654") == "\u0623"  # alef + hamza above becomes أ
    assert normalise("مُحَمَّد\u0640\u200f😀") == unicodedata.normalize("NFC", "مُحَمَّد\u0640\u200f😀")


def test_normalise_keeps_tatweel_harakat_and_bidi_marks():
    text = "الريـــاض \u200fمُحَمَّد\u202b"
    assert normalise(text) == unicodedata.normalize("NFC", text)
    assert "\u0640" in normalise(text) and "\u200f" in normalise(text)


def test_offset_map_moves_offsets_across_crlf_bom_and_composition():
    raw = "\ufeffقال\r\n\u0627\u0654حمد 😀 علي"
    text, offsets = normalise_with_map(raw)
    assert text == "قال\nأحمد 😀 علي"
    assert offsets(1) == 0 and offsets(4) == 3  # after the BOM; before CRLF
    assert offsets(6) == 4  # start of the composed أ
    assert offsets(7) is None  # between alef and its hamza: no such place any more
    assert text[offsets(6):offsets(11)] == "أحمد"
    assert text[offsets(12):offsets(13)] == "😀"


def test_identity_map_when_nothing_changes():
    text, offsets = normalise_with_map("نص عادي 😀")
    assert offsets.is_identity and offsets(3) == 3


@settings(max_examples=400)
@given(hard_text)
def test_prefixes_normalise_to_prefixes(raw):
    text, offsets = normalise_with_map(raw)
    assert text == normalise(raw)
    for i in range(len(raw) + 1):
        mapped = offsets(i)
        if mapped is None or (i > 0 and raw[i - 1] == "\r"):
            continue
        assert normalise(raw[:i]) == text[:mapped]


@settings(max_examples=300)
@given(hard_text)
def test_utf16_positions_match_python_encoding(raw):
    text = normalise(raw)
    positions = Utf16Positions(text)
    for i in range(len(text) + 1):
        utf16 = len(text[:i].encode("utf-16-le")) // 2
        assert positions.to_utf16(i) == utf16
        assert positions.from_utf16(utf16) == i


def test_utf16_inside_surrogate_pair_rounds_down():
    positions = Utf16Positions("a😀b")
    assert [positions.from_utf16(u) for u in range(5)] == [0, 1, 1, 2, 3]


@settings(max_examples=300)
@given(hard_text)
def test_grapheme_boundaries_agree_with_full_segmentation(raw):
    text = normalise(raw)
    edges = {0}
    for match in regex.finditer(r"\X", text):
        edges.add(match.end())
    for i in range(len(text) + 1):
        assert is_grapheme_boundary(text, i) == (i in edges), (text, i)


def test_span_problems_are_sentences():
    text = "قال مُحَمَّد\u200f 😀 الريـــاض"
    assert span_problem(text, 4, 12) is None
    assert "cuts a letter" in span_problem(text, 4, 5)
    assert "whitespace or a direction mark" in span_problem(text, 4, 13)
    assert "whitespace" in span_problem(text, 3, 12)
    assert "outside" in span_problem(text, 0, 999)
    assert "reversed" in span_problem(text, 5, 4)
    assert "not 'علي'" in span_problem(text, 4, 12, "علي")
    assert span_problem(text, 14, 15) is None  # the emoji alone


SNAP_TEXT = "وقال مُحَمَّد\u200f في «الريـــاض»، 😀 وزير\r\nالخارجية"


def _snapped(start, end, **options):
    text = normalise(SNAP_TEXT)
    result = snap_selection(text, start, end, **options)
    return None if result is None else text[result[0]:result[1]]


def test_selection_snaps_to_whole_words_without_marks_or_punctuation():
    text = normalise(SNAP_TEXT)
    middle = text.index("مُحَمَّد") + 1
    assert _snapped(middle, middle + 2) == "مُحَمَّد"  # half a letter grows to the word
    assert _snapped(text.index(" مُ"), text.index("\u200f") + 1) == "مُحَمَّد"  # space and RLM trimmed
    assert _snapped(text.index("«"), text.index("»") + 2) == "الريـــاض"  # guillemets and comma trimmed
    assert _snapped(text.index("وزير") + 2, text.index("الخارجية") + 3) == "وزير\nالخارجية"


def test_exact_selection_keeps_characters_but_never_half_a_letter():
    text = normalise(SNAP_TEXT)
    start = text.index("مُحَمَّد")
    assert _snapped(start, start + 1, whole_words=False) == "مُ"  # the damma comes along
    assert _snapped(text.index("😀"), text.index("😀") + 2, whole_words=False) == "😀"


def test_selection_of_only_blanks_holds_nothing():
    text = normalise(SNAP_TEXT)
    assert snap_selection(text, text.index("\u200f"), text.index("\u200f") + 2) is None


def test_snapping_keeps_clusters_whole_at_word_edges():
    # A haraka after a space belongs to the space: the word starts after it (found by a random seed).
    text = normalise("\u064e \u064e\u0627")
    assert snap_selection(text, 0, 4) == (3, 4)
    # A Prepend sign (U+0600) joins the letter after it: the word takes it along rather than being lost.
    assert snap_selection("\u0600\u0627 x", 0, 4) == (0, 4)
    # An emoji modifier extends the letter before it: the span ends after the modifier.
    assert snap_selection("\u0627\U0001F3FD", 0, 2) == (0, 2)
    assert snap_selection(normalise("\u064e \u064e"), 0, 3) is None
    # A Prepend sign glues the no-break space after it into its cluster: nothing can be tagged there.
    assert snap_selection("\u0600\u00a0", 0, 1, whole_words=False) is None
    # A proclitic split never moves the start back onto a haraka that belongs to the space before.
    from annotator.core.arabic import snap_entity

    assert snap_entity(" \u064e\u0627", 0, 3) == (2, 3)


@settings(max_examples=300)
@given(hard_text, st.integers(0, 60), st.integers(0, 60), st.booleans())
def test_snapped_spans_always_satisfy_the_contract(raw, a, b, whole_words):
    text = normalise(raw)
    result = snap_selection(text, min(a, len(text)), min(b, len(text)), whole_words=whole_words)
    if result is not None:
        assert span_problem(text, *result) is None
