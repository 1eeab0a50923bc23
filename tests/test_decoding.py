"""Article files in every encoding Arabic news arrives in; refusals say why."""

import codecs

import pytest

from annotator.formats.decoding import DecodingRefused, decode

ARTICLE = (
    "وقال وزير الخارجية فؤاد حسين في واشنطن: نحن متواجدون هنا لإجراء حوار ومناقشات مع الولايات المتحدة.\n"
    "وأضاف أن الشراكة بين العراق والولايات المتحدة قائمة على الاحترام المتبادل.\n"
)


@pytest.mark.parametrize(
    "data, encoding",
    [
        (ARTICLE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + ARTICLE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be"), "utf-16-be"),
        (ARTICLE.encode("utf-16-le"), "utf-16-le"),
        (ARTICLE.encode("cp1256"), "cp1256"),
        (ARTICLE.encode("iso8859_6"), "iso8859_6"),
    ],
)
def test_every_arabic_encoding_decodes_exactly(data, encoding):
    decoded = decode(data)
    assert decoded.text.lstrip("\ufeff") == ARTICLE
    assert decoded.encoding == encoding
    assert decoded.repaired is None


def test_utf8_read_as_windows_1256_is_repaired():
    mojibake = ARTICLE.encode("utf-8").decode("cp1256")
    assert mojibake.startswith("ظˆظ‚ط§ظ„")
    decoded = decode(mojibake.encode("utf-8"))
    assert decoded.text == ARTICLE
    assert decoded.repaired == "utf-8 read as windows-1256"


def test_mojibake_that_cannot_be_repaired_is_refused():
    mojibake = ARTICLE.encode("utf-8").decode("cp1256")
    broken = mojibake[:40] + "😀" + mojibake[40:]
    with pytest.raises(DecodingRefused, match="garbled"):
        decode(broken.encode("utf-8"))


def test_binary_file_is_refused():
    with pytest.raises(DecodingRefused, match="binary"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)))


def test_text_with_control_characters_is_refused_as_binary():
    with pytest.raises(DecodingRefused, match="binary") as refusal:
        decode(ARTICLE.encode("utf-8") + b"\x01\x02\x03\x04")
    assert refusal.value.line == 3


@pytest.mark.parametrize("data", [b"", b"   \n\r\n\t", codecs.BOM_UTF8 + b"\n"])
def test_empty_files_are_refused(data):
    with pytest.raises(DecodingRefused, match="empty"):
        decode(data)


def test_broken_utf8_after_a_bom_names_its_line():
    with pytest.raises(DecodingRefused, match="not valid UTF-8") as refusal:
        decode(codecs.BOM_UTF8 + "سطر أول\nسطر ثان\n".encode("utf-8") + b"\xff\xfe\xfd")
    assert refusal.value.line == 3


def test_latin_text_that_is_not_utf8_is_refused():
    with pytest.raises(DecodingRefused, match="save the file as UTF-8"):
        decode("Ça coûte très cher, dit-il à l'été prochain.".encode("latin-1"))
