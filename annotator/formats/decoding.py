"""Bytes to text for article files: encoding detection, binary refusal, mojibake repair."""

from __future__ import annotations

from annotator.core.reasons import reason
import codecs
import itertools
import unicodedata
from dataclasses import dataclass

import charset_normalizer
import regex

# The encodings Arabic news files arrive in, besides UTF-8 and UTF-16 with a BOM.
_ARABIC_LEGACY = ["cp1256", "iso8859_6"]
_ARABIC_LETTER = regex.compile(r"\p{Arabic}")
_CONTROL = regex.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# UTF-8 Arabic read as Windows-1256 turns every letter into ط or ظ plus a second sign.


class DecodingRefused(ValueError):
    """The file cannot become text safely; `line` says where the trouble starts."""

    def __init__(self, reason: str, line: int = 1):
        super().__init__(reason)
        self.line = line


@dataclass
class Decoded:
    text: str
    encoding: str
    repaired: str | None = None  # what was mended, if anything


def decode(data: bytes) -> Decoded:
    """Decode an article file without ever silently replacing a character."""
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise DecodingRefused(reason('the file is empty'))
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return _checked(_strict(data[len(bom):], encoding), encoding)
    if b"\x00" in data:
        return _checked(*_utf16_without_bom(data))
    try:
        return _checked(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as error:
        utf8_error = error
    text, encoding = _legacy_arabic(data, utf8_error)
    return _checked(text, encoding)


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise DecodingRefused(
            reason('not valid {encoding} (byte {start}); save the file again as UTF-8', encoding=encoding.upper(), start=error.start),
            line=data[: error.start].count(b"\n") + 1,
        ) from error


def _utf16_without_bom(data: bytes) -> tuple[str, str]:
    """NUL bytes mean UTF-16 without a BOM or a binary file; tell them apart.

    In UTF-16 text the NULs (high bytes of spaces and digits) all fall on one
    side of each pair, and the decoded text is made of printable characters.
    """
    if len(data) % 2 == 0:
        even_zeros, odd_zeros = data[0::2].count(0), data[1::2].count(0)
        if min(even_zeros, odd_zeros) <= 0.01 * len(data):
            encoding = "utf-16-le" if odd_zeros > even_zeros else "utf-16-be"
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                text = ""
            if text and _printable_share(text) > 0.97:
                return text, encoding
    raise DecodingRefused(reason('this is a binary file, not text'))


def _printable_share(text: str) -> float:
    unprintable = sum(
        1 for ch in text if unicodedata.category(ch) in ("Cc", "Cn", "Co", "Cs") and ch not in "\t\n\r"
    )
    return 1 - unprintable / len(text)


def _legacy_arabic(data: bytes, utf8_error: UnicodeDecodeError) -> tuple[str, str]:
    """Windows-1256 or ISO-8859-6, whichever reads as Arabic; refuse if neither does."""
    best = charset_normalizer.from_bytes(data, cp_isolation=_ARABIC_LEGACY).best()
    candidates = [best.encoding] if best is not None else []
    candidates += [e for e in _ARABIC_LEGACY if e not in candidates]
    readings = []
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        readings.append((_arabic_share(text), encoding, text))
    if not readings or max(readings)[0] < 0.3:
        raise DecodingRefused(
            reason('neither UTF-8 (bad byte at {start}) nor an Arabic encoding (Windows-1256, ISO-8859-6); save the file as UTF-8', start=utf8_error.start),
            line=data[: utf8_error.start].count(b"\n") + 1,
        )
    share, encoding, text = max(readings, key=lambda r: r[0])
    return text, encoding


def _arabic_share(text: str) -> float:
    letters = sum(1 for ch in text if ch.isalpha())
    return _count(_ARABIC_LETTER, text) / letters if letters else 0.0


def _checked(text: str, encoding: str) -> Decoded:
    control = _CONTROL.search(text)
    if control and len(list(itertools.islice(_CONTROL.finditer(text), 3))) > 2:
        raise DecodingRefused(
            reason('this looks like a binary file (control characters in the text)'),
            line=text.count("\n", 0, control.start()) + 1,
        )
    if looks_like_mojibake(text):
        return Decoded(repair_mojibake(text), encoding, repaired="utf-8 read as windows-1256")
    return Decoded(text, encoding)


def looks_like_mojibake(text: str) -> bool:
    """UTF-8 Arabic that was once read as Windows-1256: ط and ظ everywhere."""
    arabic = _count(_ARABIC_LETTER, text)
    return arabic >= 20 and (text.count("ط") + text.count("ظ")) / arabic > 0.3


def _count(pattern, text: str) -> int:
    """How many times a pattern matches, without the list of every match that findall builds (17 million
    one-letter strings, a gigabyte, on a 30 MB article): subn's count, its copy of the text thrown away."""
    return pattern.subn("", text)[1]


def repair_mojibake(text: str) -> str:
    try:
        return text.encode("cp1256").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError) as error:
        prefix = text[: error.start] if isinstance(error, UnicodeEncodeError) else ""
        raise DecodingRefused(
            reason('the text is garbled (UTF-8 that was read as Windows-1256) and cannot be repaired exactly; export it again from its source as UTF-8'),
            line=prefix.count("\n") + 1,
        ) from error
