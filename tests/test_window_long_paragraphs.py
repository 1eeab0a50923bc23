"""A paragraph of megabytes: shown in pieces with every offset unchanged, recoloured a few blocks at a time."""

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.store import Project
from annotator.gui.long_paragraphs import LONG, display_text
from annotator.importer import ImportOptions, import_paths

from conftest import shown_window
from helpers import write_jsonl


@given(st.text(alphabet="قال الوزير. بغداد، 😀\u064e\u0640\u200f\n", max_size=3 * LONG))
@settings(max_examples=60)
def test_the_shown_text_differs_only_by_line_breaks_for_spaces(text):
    shown = display_text(text)
    assert len(shown) == len(text)
    assert all(a == b or (a == " " and b == "\n") for a, b in zip(text, shown))
    assert all(len(piece) <= LONG for piece in shown.split("\n")) or max(map(len, text.split("\n"))) > LONG


def test_a_one_paragraph_article_is_shown_in_pieces_and_tags_land_where_they_belong(tmp_path, qtbot):
    sentence = "زار الوفد مدينة بغداد 😀 يوم الأحد وقال الوزير إن الاتفاق قريب. "
    text = (sentence * 700).strip()  # about 45,000 characters, no line break
    db = tmp_path / "p.db"
    with Project.open(db) as project:
        import_paths(project, [write_jsonl(tmp_path / "a.jsonl", [{"id": "a", "text": text}])], ImportOptions(annotator="x"))
    window = shown_window(qtbot, db)
    try:
        view = window.view
        assert view.document().blockCount() > 10  # pieces, not one block of 45,000 characters
        assert view.text == text  # the stored text is the one the view measures offsets in
        far = text.rindex("بغداد")  # the last mention, off screen
        first = text.index("بغداد")
        view.select_range(first, first + len("بغداد"))
        window.apply_label("GPE")
        window._offer_pending()
        assert [e.start for e in window.document.entities][-1] == far  # offered at the very end of the text
        qtbot.waitUntil(lambda: not view._stale, timeout=10_000)  # recoloured while idle
        block = view.document().findBlock(view.positions.to_utf16(far))
        formats = block.layout().formats()
        start = view.positions.to_utf16(far) - block.position()
        assert any(f.start <= start < f.start + f.length for f in formats)
    finally:
        window.close()
        window.close_project()
