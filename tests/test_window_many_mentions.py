"""A name mentioned many times in one paragraph: tagging offers every mention, accept-all and undo redraw
each mention with the right colour and style (the batched redraw must not miss or double any)."""

import json

import pytest

from PySide6.QtGui import QColor

from annotator.core.store import Project
from annotator.importer import ImportOptions, import_paths

from conftest import shown_window

TEXT = " ".join(f"زار الوفد مدينة بغداد 😀 يوم {i}." for i in range(60))


@pytest.fixture
def db(tmp_path):
    """One article whose only paragraph names بغداد sixty times."""
    source = tmp_path / "one.jsonl"
    source.write_text(json.dumps({"id": "one", "text": TEXT}, ensure_ascii=False) + "\n", encoding="utf-8")
    path = tmp_path / "p.db"
    with Project.open(path) as project:
        import_paths(project, [source], ImportOptions(annotator="i"))
    return path


def formats_by_start(window) -> dict[int, tuple[str, bool]]:
    block = window.view.document().firstBlock()
    return {f.start: (f.format.background().color().name(QColor.NameFormat.HexArgb), f.format.fontUnderline())
            for f in block.layout().formats()}


def test_accept_all_and_undo_redraw_every_mention(db, qtbot):
    window = shown_window(qtbot, db)
    try:
        start = TEXT.index("بغداد")
        window.view.select_range(start, start + 5)
        window.apply_label("GPE")
        window._offer_pending()
        entities = window.document.entities
        assert len(entities) == 60 and sum(e.suggested for e in entities) == 59
        starts = [len(TEXT[:e.start].encode("utf-16-le")) // 2 for e in entities]  # Qt counts UTF-16 units

        def styles():
            formats = formats_by_start(window)
            return [formats[s] for s in starts]

        offered = styles()
        gpe = window.schema.labels[2].colour.lower()
        assert {colour for colour, _ in offered[1:]} == {"#5a" + gpe[1:]}  # faded: offered, not yet accepted
        window.accept_all()
        accepted = styles()
        assert {colour for colour, _ in accepted[1:]} == {"#ff" + gpe[1:]}  # every mention, full colour
        window.history.undo()
        assert styles() == offered
    finally:
        window.close_project()


def test_a_name_found_thousands_of_times_offers_the_nearest_thousand(db, qtbot, monkeypatch):
    from annotator.gui import window as window_module

    monkeypatch.setattr(window_module, "MAX_OFFERED", 10)
    window = shown_window(qtbot, db)
    try:
        middle = [i for i in range(len(TEXT)) if TEXT.startswith("بغداد", i)][30]
        window.view.select_range(middle, middle + 5)
        window.apply_label("GPE")
        window._offer_pending()
        offered = sorted(e.start for e in window.document.entities if e.suggested)
        assert len(offered) == 10
        mentions = [i for i in range(len(TEXT)) if TEXT.startswith("بغداد", i)]
        assert offered == sorted(sorted((m for m in mentions if m != middle), key=lambda m: abs(m - middle))[:10])
        assert "(the nearest of 59 found)" in window.statusBar().currentMessage()
    finally:
        window.close_project()


def test_every_layer_of_nested_names_is_drawn():
    from annotator.gui.document_view import DrawnSpan, outer_layers

    embassy = DrawnSpan(10, 30, "entity", 1, "ORG")
    republic = DrawnSpan(16, 30, "entity", 2, "GPE")
    iraq = DrawnSpan(24, 30, "entity", 3, "LOC")
    washington = DrawnSpan(34, 40, "entity", 4, "GPE")
    quote = DrawnSpan(0, 60, "quote", 9)
    layers = {span.id: depth for span, depth in outer_layers([iraq, quote, washington, republic, embassy])}
    # the innermost name keeps its background; each layer around it gets a bar, the outermost the lowest
    assert layers == {1: 2, 2: 1}
    same = DrawnSpan(10, 30, "entity", 5, "PERSON")  # two labels on exactly the same words
    assert {span.id: depth for span, depth in outer_layers([embassy, same])} in ({1: 1}, {5: 1})
    ali, sara, gold = (DrawnSpan(10, 30, "entity", n, "ORG") for n in (6, 7, 8))  # one name, three annotators
    assert outer_layers([ali, sara, gold]) == []


def test_speaker_links_run_in_the_gaps_between_lines_and_along_the_edge(db, qtbot):
    from PySide6.QtCore import QRect

    window = shown_window(qtbot, db)
    try:
        view = window.view
        line = view.fontMetrics().lineSpacing()
        speaker = QRect(300, 10, 60, line - 10)
        far_quote = QRect(200, 10 + 3 * line, 2, line - 10)  # three lines below
        path = view._link_path(speaker, far_quote)
        points = [(path.elementAt(i).x, path.elementAt(i).y) for i in range(path.elementCount())]
        edge = view.viewport().width() - 2.0  # Arabic lines start at the right
        gaps = {speaker.bottom() + 3.0, far_quote.top() - 3.0}
        for (x1, y1), (x2, y2) in zip(points[1:-2], points[2:-1]):  # the middle runs, not the two stubs
            assert (y1 == y2 and y1 in gaps) or (x1 == x2 == edge), ((x1, y1), (x2, y2))
        near_quote = QRect(200, 10 + line, 2, line - 10)  # the next line: straight across the one gap
        points = [(path.elementAt(i).x, path.elementAt(i).y) for path in [view._link_path(speaker, near_quote)]
                  for i in range(path.elementCount())]
        assert all(x != edge for x, _ in points)
    finally:
        window.close_project()


def test_nested_layers_are_drawn_over_emoji_harakat_tatweel_bidi_marks_and_crlf(tmp_path, qtbot):
    raw = "قال 😀 المتحدث:\r\nسفارةُ جمهوريةِ العــراق\u200f في واشنطن 😀 اليوم."
    outer, middle, inner = "سفارةُ جمهوريةِ العــراق", "جمهوريةِ العــراق", "العــراق"
    def span(name, label):
        start = raw.index(name)
        return {"start": start, "end": start + len(name), "label": label}
    source = tmp_path / "n.jsonl"
    source.write_text(json.dumps({"id": "n", "text": raw, "entities": [span(outer, "ORG"), span(middle, "GPE"),
                                                                         span(inner, "LOC")]}, ensure_ascii=False) + "\n",
                      encoding="utf-8")
    db = tmp_path / "n.db"
    with Project.open(db) as project:
        import_paths(project, [source], ImportOptions(annotator="i"))
    window = shown_window(qtbot, db)
    try:
        from annotator.gui.document_view import outer_layers

        view = window.view
        layers = outer_layers(view.highlighter.entities_between(*view._visible_characters()))
        assert sorted(depth for _, depth in layers) == [1, 2]
        text = view.toPlainText()  # the stored text: CRLF folded, marks kept
        for span_drawn, _ in layers:
            [(left, right, _bottom)] = view._line_pieces(span_drawn.start, span_drawn.end)  # one screen line
            assert right - left > view.fontMetrics().horizontalAdvance("ع")
        assert "\r" not in text and "😀" in text
        view.viewport().repaint()  # the bars are painted without error
    finally:
        window.close_project()
