"""The window's Arabic-aware work: clitic-aware tagging, split cycling, suggestions to accept, search."""

import pytest
from PySide6.QtCore import Qt

from annotator.core import ops
from annotator.core.store import Project
from annotator.importer import ImportOptions, import_paths

from conftest import shown_window
from helpers import span, write_jsonl

TEXT = "😀 وقال بلينكن في واشنطن: نحن متواجدون هنا لإجراء حوار مع وبالعراق.\nثم التقى بلينكن وزير الخارجية، وأكد بِلِينكن أن الشراكة قائمة."
OTHER = "زار بلينكن بغداد أمس، والتقى وزير الخارجية بواشنطن."


@pytest.fixture
def window(qtbot, tmp_path):
    db = tmp_path / "p.db"
    with Project.open(db) as project:
        import_paths(project, [write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": TEXT}, {"id": "b", "text": OTHER}])],
                     ImportOptions(annotator="importer"))
    main = shown_window(qtbot, db)
    yield main
    main.close()
    main.close_project()


def select_word(window, word, occurrence=0):
    start = -1
    for _ in range(occurrence + 1):
        start = window.document.text.index(word, start + 1)
    window.view.select_range(start, start + len(word))
    return start


def manual(window):
    return [(e.text, e.label) for e in window.document.entities if not e.suggested]


def test_new_document_arrives_with_a_suggested_quote_that_A_accepts(window, qtbot):
    suggested = [q for q in window.document.quotes if q.suggested]
    assert suggested and window.document.text[suggested[0].start:suggested[0].end].startswith("نحن متواجدون هنا")
    assert window.document.status == "new"
    qtbot.keyClick(window.view, Qt.Key.Key_A)
    assert all(not q.suggested and q.source == "quote" for q in window.document.quotes)
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert any(q.suggested for q in window.document.quotes)


def test_proclitic_left_out_when_tagging(window, qtbot):
    select_word(window, "وبالعراق")
    qtbot.keyClick(window.view, Qt.Key.Key_3)
    assert ("العراق", "GPE") in manual(window)
    qtbot.keyClick(window.view, Qt.Key.Key_W)  # cycle: back to the whole word
    assert ("وبالعراق", "GPE") in manual(window)
    qtbot.keyClick(window.view, Qt.Key.Key_W)
    assert ("بالعراق", "GPE") in manual(window)


def test_exact_selection_with_alt(window, qtbot):
    start = select_word(window, "وبالعراق")
    window.view.select_range(start, start + 3)
    qtbot.keyClick(window.view, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert ("وبا", "GPE") in manual(window)


def test_tagging_offers_other_occurrences_to_accept_or_reject(window, qtbot):
    select_word(window, "بلينكن")
    qtbot.keyClick(window.view, Qt.Key.Key_1)

    def offered_now():
        return [e for e in window.document.entities if e.suggested and e.label == "PERSON"]

    qtbot.waitUntil(lambda: len(offered_now()) == 2)  # they follow the tag a moment later
    offered = offered_now()
    assert [e.text for e in offered] == ["بلينكن", "بِلِينكن"]
    window.select_span("entity", offered[0].id)
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    window.select_span("entity", offered[1].id)
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    assert manual(window).count(("بلينكن", "PERSON")) == 2
    assert not any(e.suggested and e.label == "PERSON" for e in window.document.entities)
    assert [e.source for e in window.document.entities if e.label == "PERSON"] == ["manual", "occurrence"]
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the rejection comes back
    assert len(offered_now()) == 1


def test_a_known_name_loses_its_single_letter_proclitic(window, qtbot):
    select_word(window, "واشنطن")
    qtbot.keyClick(window.view, Qt.Key.Key_3)
    window.open_document(window.project.key_of("b"))
    select_word(window, "بواشنطن")
    qtbot.keyClick(window.view, Qt.Key.Key_3)
    assert ("واشنطن", "GPE") in manual(window)


def test_label_everywhere_suggests_in_other_documents(window, qtbot):
    select_word(window, "بلينكن")
    qtbot.keyClick(window.view, Qt.Key.Key_1)
    qtbot.keyClick(window.view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.document.id == "a"  # the analyst stays where they were
    other = window.project.document(window.project.key_of("b"))
    assert [(e.text, e.source, e.suggested) for e in other.entities if e.label == "PERSON"] == [("بلينكن", "occurrence", True)]


def test_search_dock_lists_matches_jumps_and_highlights(window, qtbot):
    panel = window.search_panel
    panel.query.setText("العراق")
    panel.run()
    assert panel.results.count() == 1
    window.open_document(window.project.key_of("b"))
    panel.query.setText("واشنطن")
    panel.run()
    assert panel.results.count() == 2
    first = panel.results.item(0)
    panel.results.itemClicked.emit(first)
    assert window.document.id == "a"
    start, end = window.view.selected_range()
    assert window.document.text[start:end] == "واشنطن"
    from_utf16 = window.view.positions.from_utf16  # the highlighter counts UTF-16, and an emoji opens the text
    assert [window.document.text[from_utf16(h.start):from_utf16(h.end)] for h in window.view.highlighter.hits] == ["واشنطن"]


def test_enter_in_the_search_box_does_not_accept_suggestions(window, qtbot):
    before = [q.source for q in window.document.quotes]
    window.focus_search()
    qtbot.keyClicks(window.search_panel.query, "abc")
    qtbot.keyClick(window.search_panel.query, Qt.Key.Key_Return)
    assert [q.source for q in window.document.quotes] == before


def test_whole_token_project_setting_keeps_proclitics(window, qtbot):
    window.project.set_setting("clitics", "whole")
    select_word(window, "وبالعراق")
    qtbot.keyClick(window.view, Qt.Key.Key_3)
    assert ("وبالعراق", "GPE") in manual(window)


def test_a_deleted_name_is_offered_no_more(window, qtbot):
    select_word(window, "واشنطن")
    qtbot.keyClick(window.view, Qt.Key.Key_3)
    assert "واشنطن" in window._names()
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    assert "واشنطن" not in window._names()
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo brings it back
    assert "واشنطن" in window._names()


def test_enter_on_an_offered_quote_accepts_the_speaker_offered_with_it(tmp_path, qtbot):
    db = tmp_path / "q.db"
    text = "قال دان كوتيس إن القرار سيصدر قريبا."
    with Project.open(db) as project:
        import_paths(project, [write_jsonl(tmp_path / "q.jsonl", [{"id": "q", "text": text}])], ImportOptions(annotator="i"))
    main = shown_window(qtbot, db)
    try:
        [quote] = main.document.quotes
        assert quote.suggested and main.view.quote_marks[0].suggested
        main.select_span("quote", quote.id)
        main.activateWindow()
        main.view.setFocus()
        qtbot.waitUntil(main.view.hasFocus)
        qtbot.keyClick(main.view, Qt.Key.Key_Return)
        [person] = main.document.entities
        assert not person.suggested and person.text == "دان كوتيس" and not main.document.quotes[0].suggested
        assert main.view.quote_marks[0].speaker_entity.id == person.id
    finally:
        main.close()
        main.close_project()


def test_the_quote_editor_follows_accept_all_and_enter_in_the_speaker_list_accepts(tmp_path, qtbot):
    db = tmp_path / "q.db"
    text = "قال دان كوتيس إن القرار سيصدر قريبا. وأضاف أن وزير الخارجية فؤاد حسين سيزور واشنطن."
    with Project.open(db) as project:
        import_paths(project, [write_jsonl(tmp_path / "q.jsonl", [
            {"id": "q", "text": text, "entities": [span(text, "فؤاد حسين", "PERSON")]}])], ImportOptions(annotator="i"))
    main = shown_window(qtbot, db)
    try:
        panel = main.annotation_panel
        if not main.document.quotes:
            main.suggest_here()
        first = min(main.document.quotes, key=lambda q: q.start)
        assert first.suggested
        main.select_span("quote", first.id)
        offered = [panel.speaker_list.itemData(i) for i in range(panel.speaker_list.count())]
        main.activateWindow()
        main.view.setFocus()
        qtbot.waitUntil(main.view.hasFocus)
        qtbot.keyClick(main.view, Qt.Key.Key_A)  # accept all: the offered speaker is a name now
        person = next(e for e in main.document.entities if e.text == "دان كوتيس")
        assert not person.suggested and person.id not in offered
        assert panel.quote_box.isVisible() and panel.speaker_list.currentData() == person.id

        main.history.undo()  # back to the offered quote; pick the other speaker from the list, then Enter
        main.select_span("quote", first.id)
        minister = next(e for e in main.document.entities if e.text == "فؤاد حسين")
        index = panel.speaker_list.findData(minister.id)
        panel.speaker_list.setCurrentIndex(index)
        panel.speaker_list.activated.emit(index)
        panel.speaker_list.setFocus()
        qtbot.waitUntil(panel.speaker_list.hasFocus)
        qtbot.keyClick(panel.speaker_list, Qt.Key.Key_Return)
        quote = next(q for q in main.document.quotes if q.id == first.id)
        assert not quote.suggested and quote.speaker == minister.id
    finally:
        main.close()
        main.close_project()


def test_the_speaker_list_offers_persons_first_each_once(window, qtbot):
    from annotator.gui.panels import speaker_choices

    for word, key in (("واشنطن", Qt.Key.Key_3), ("بلينكن", Qt.Key.Key_1)):
        select_word(window, word)
        qtbot.keyClick(window.view, key)
    qtbot.keyClick(window.view, Qt.Key.Key_A)  # the other بلينكن mentions too
    quote = next(q for q in window.document.quotes)
    names = [(e.text, e.label) for e in speaker_choices(window.document, quote)]
    assert names[0][1] == "PERSON" and len(names) == len(set((text.replace("ِ", ""), label) for text, label in names))


def test_the_search_dock_lists_exact_spellings_first_and_can_keep_only_them(tmp_path, qtbot):
    db = tmp_path / "s.db"
    records = [{"id": "a", "text": "قال مسئول حكومي إن الوضع هادئ."}, {"id": "b", "text": "قال مسؤول الأمن إن الوضع هادئ."}]
    with Project.open(db) as project:
        import_paths(project, [write_jsonl(tmp_path / "s.jsonl", records)], ImportOptions(annotator="i"))
    main = shown_window(qtbot, db)
    try:
        panel = main.search_panel
        panel.query.setText("مسؤول")
        panel.run()
        assert [panel.results.item(row).data(Qt.ItemDataRole.UserRole)[0] for row in range(panel.results.count())] == [
            main.project.key_of("b"), main.project.key_of("a")]
        panel.exact.setChecked(True)
        assert panel.results.count() == 1
    finally:
        main.close()
        main.close_project()


def test_a_text_ending_on_a_line_break_draws_its_quote_bars_without_reaching_past_the_end(tmp_path, qtbot, qtlog):
    """The visible range ends past the last block's separator: the bars' carets stay inside the document
    (emoji, tatweel, an RLM and CRLF before the end)."""
    db = tmp_path / "end.db"
    text = ("خبر 😀 عاجل\u200f\r\nقال الأمير محمد بن سلمان إن السعودية لا تريد قنبلة نووية.\r\n"
            "وقالت موسكو إن المحادثات انتهت، وأكد وزير الخارجية سيرغي لافروف أن «الحوار مستمر».\r\n"
            "وأضاف لافـروف أن بلاده لن تتراجع.\r\n")
    with Project.open(db) as project:
        import_paths(project, [write_jsonl(tmp_path / "end.jsonl", [{"id": "e", "text": text}])], ImportOptions(annotator="i"))
        key = project.key_of("e")
        stored = project.document(key).text
        for name in ("محمد بن سلمان", "سيرغي لافروف"):
            ops.add_entity(project, key, stored.index(name), stored.index(name) + len(name), "PERSON", annotator="a")
        for start, end in ((stored.index("السعودية"), stored.index("نووية") + 5), (stored.index("بلاده"), stored.index("تتراجع") + 6)):
            ops.add_quote(project, key, start, end, annotator="a")
    main = shown_window(qtbot, db)
    try:
        main.resize(1400, 860)
        main.open_document(key)
        qtbot.wait(50)
        for quote in main.document.quotes:
            main.select_span("quote", quote.id)
            main.view.viewport().repaint()
        # the end of the visible range, one past the last block's separator, as the bars ask for it
        last = main.view.visible_range()[1]
        assert main.view.caret_rect(last) == main.view.caret_rect(main.view.document().characterCount() - 1)
        assert not [r for r in qtlog.records if "out of range" in r.message]
    finally:
        main.close()
        main.close_project()
