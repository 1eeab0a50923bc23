"""Page furniture at the end of pasted articles is cut off and kept aside."""

from annotator.formats.boilerplate import cut_boilerplate

BODY = "وقال بلينكن إن الشراكة بين الولايات المتحدة والعراق أوسع وأعمق.\n\nوتابع حسين: نشكر الولايات المتحدة."


def test_english_cookie_banner_and_lone_close_are_cut():
    text = BODY + "\n\nBy continuing to use the site, you agree to the use of cookies. more information\n\nClose"
    article, boilerplate = cut_boilerplate(text)
    assert article == BODY
    assert boilerplate.endswith("Close") and "cookies" in boilerplate


def test_arabic_disclaimer_and_privacy_lines_are_cut():
    text = BODY + "\nتنويه: جميع المقالات المنشورة تمثل رأي كتابها فقط\n,\nسياسة الخصوصية\nإغلاق\n"
    article, boilerplate = cut_boilerplate(text)
    assert article == BODY
    assert boilerplate.startswith("تنويه") and boilerplate.endswith("إغلاق")


def test_article_without_boilerplate_is_untouched():
    text = BODY + "\n"
    assert cut_boilerplate(text) == (text, None)


def test_cookie_words_inside_the_article_are_kept():
    text = "Cookie Monster visited Baghdad, privacy policy experts said.\nوقال المتحدث إن الزيارة ناجحة."
    assert cut_boilerplate(text) == (text, None)


def test_a_closing_punctuation_line_alone_is_not_boilerplate():
    text = BODY + "\n.\n"
    assert cut_boilerplate(text) == (text, None)
