"""The seed article annotated end to end by keyboard in the real window: how many actions each accepted
annotation costs (issue 9's target: at most 1.3). A selection is one action, every key press another."""

import pytest
from PySide6.QtCore import Qt

from annotator.core.store import Project
from annotator.importer import seed

from conftest import shown_window


class Analyst:
    def __init__(self, window, qtbot):
        self.window, self.qtbot, self.actions = window, qtbot, 0

    def select(self, words: str, occurrence: int = 0) -> None:
        text = self.window.document.text
        start = -1
        for _ in range(occurrence + 1):
            start = text.index(words, start + 1)
        self.window.view.select_range(start, start + len(words))
        self.actions += 1

    def press(self, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        self.qtbot.keyClick(self.window.view, key, modifier)
        self.actions += 1


@pytest.fixture
def window(qtbot, tmp_path):
    db = tmp_path / "seed.db"
    with Project.open(db) as project:
        seed(project)
    main = shown_window(qtbot, db)
    yield main
    main.close()
    main.close_project()


def test_the_seed_article_costs_at_most_1_3_actions_per_accepted_annotation(window, qtbot):
    analyst = Analyst(window, qtbot)
    assert any(q.suggested for q in window.document.quotes)  # quotes arrive with the document
    names = [("فؤاد حسين", Qt.Key.Key_1, 0), ("حسين", Qt.Key.Key_1, 1), ("بلينكن", Qt.Key.Key_1, 0),
             ("العراق", Qt.Key.Key_3, 0), ("الولايات المتحدة", Qt.Key.Key_3, 0), ("واشنطن", Qt.Key.Key_3, 0),
             ("داعش", Qt.Key.Key_2, 0)]
    for words, key, occurrence in names:
        analyst.select(words, occurrence)
        analyst.press(key)
        qtbot.wait(60)  # the other mentions are offered right after the tag is painted
    analyst.press(Qt.Key.Key_A)  # every offered mention and quote, speakers linked to the names just tagged
    analyst.press(Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # diplomacy
    analyst.press(Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # security
    key = window.document.key
    analyst.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # done, next
    document = window.project.document(key, include_suggested=False)
    accepted = len(document.entities) + len(document.quotes) + len(document.topics)
    linked = sum(1 for q in document.quotes if q.speaker is not None)
    ratio = analyst.actions / accepted
    print(f"{analyst.actions} actions for {accepted} accepted annotations ({len(document.entities)} entities, "
          f"{len(document.quotes)} quotes, {linked} with a tagged speaker, {len(document.topics)} topics): {ratio:.2f}")
    assert document.status == "done" and len(document.quotes) >= 8 and linked >= len(document.quotes) - 2
    assert ratio <= 1.3
