"""Text from the project shown as text, never as markup.

Qt guesses whether a tooltip, a label or a message box holds rich text; a title, annotator name or label
imported as `<img src=/home/…/private.png>` would then load a local file into the window. Everything
that can hold imported or typed text goes through here and is shown exactly as written.
"""

from __future__ import annotations

from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QMessageBox


def tooltip(text: str) -> str:
    """A tooltip that shows `text` literally (escaped, line breaks kept)."""
    return GuiQt.convertFromPlainText(text, GuiQt.WhiteSpaceMode.WhiteSpaceNormal) if text else text


def tell(parent, title: str, text: str, *, warning: bool = False, details: str = "", informative: str = "") -> None:
    """A message box whose texts are plain text whatever they contain."""
    box = QMessageBox(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information, title, text,
                      QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(GuiQt.TextFormat.PlainText)
    if informative:
        box.setInformativeText(informative)
    if details:
        box.setDetailedText(details)
    box.exec()
