"""Web page leftovers at the end of a pasted article: cookie banners, privacy links, disclaimers."""

from __future__ import annotations

import regex

# Each pattern marks a whole trailing line as page furniture, in English or Arabic.
_BOILERPLATE_LINE = regex.compile(
    r"""
      cookie | privacy\ policy | terms\ of\ (use|service) | by\ continuing\ to\ use
    | all\ rights\ reserved | subscribe\ to\ our | follow\ us\ on | share\ this
    | ^(close|accept|ok|got\ it|read\ more)$
    | ملفات\ تعريف\ الارتباط | الكوكيز | سياسة\ الخصوصية | شروط\ الاستخدام
    | جميع\ الحقوق\ محفوظة | ^تنويه | المقالات\ المنشورة | (تمثل|تعبر\ عن)\ (رأي|آراء)\ (كتابها|كاتبها|أصحابها)
    | اشترك\ في | تابعونا\ على | ^(إغلاق|اغلاق|أغلق|موافق|اقرأ\ المزيد)$
    """,
    regex.IGNORECASE | regex.VERBOSE,
)
# Lines of nothing but punctuation (a lone "," between two banners) go with their neighbours.
_PUNCTUATION_ONLY = regex.compile(r"^[\p{P}\p{S}\s]*$")


def cut_boilerplate(text: str) -> tuple[str, str | None]:
    """(article, boilerplate): the trailing block of page furniture cut off, or None if none."""
    lines = text.split("\n")
    keep = len(lines)
    found = False
    while keep > 0:
        line = lines[keep - 1].strip()
        if _PUNCTUATION_ONLY.match(line):
            keep -= 1
        elif _BOILERPLATE_LINE.search(line):
            found = True
            keep -= 1
        else:
            break
    if not found:
        return text, None
    article = "\n".join(lines[:keep]).rstrip()
    boilerplate = "\n".join(lines[keep:]).strip()
    return article, boilerplate
