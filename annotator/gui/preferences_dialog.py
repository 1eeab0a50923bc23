"""Preferences: who is annotating, the interface language, the text font and size, label colours."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFontComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from annotator.core.model import LabelSchema
from annotator.core.store import Project
from annotator.gui.app import arabic_font_family
from annotator.gui.panels import local_name
from annotator.gui.preferences import Preferences


class PreferencesDialog(QDialog):
    def __init__(self, parent, preferences: Preferences, project: Project, schema: LabelSchema, language: str):
        super().__init__(parent)
        self.preferences = preferences
        self.project = project
        self.schema = schema
        self.setWindowTitle(self.tr("Preferences"))
        self.name = QLineEdit(preferences.annotator or preferences.annotator_or_login(), self)
        self.name.setObjectName("annotatorName")
        self.language = QComboBox(self)
        for text, code in ((self.tr("The system's language"), ""), ("العربية", "ar"), ("English", "en")):
            self.language.addItem(text, code)
        self.language.setCurrentIndex(max(0, self.language.findData(preferences.language)))
        self.font_family = QFontComboBox(self)
        self.font_family.setCurrentFont(QFont(preferences.font_family or arabic_font_family()))
        self.font_size = QSpinBox(self)
        self.font_size.setRange(8, 48)
        self.font_size.setValue(preferences.font_size)
        form = QFormLayout()
        form.addRow(self.tr("Annotator name:"), self.name)
        form.addRow(self.tr("Interface language:"), self.language)
        form.addRow(self.tr("Text font:"), self.font_family)
        form.addRow(self.tr("Text size:"), self.font_size)
        self.whole_tokens = QCheckBox(self.tr("Keep proclitics inside entities (whole tokens, as ANERcorp and Wojood)"), self)
        self.whole_tokens.setChecked(project.setting("clitics", "separate") == "whole")
        self.auto_suggest = QCheckBox(self.tr("Suggest names and quotes when a new document opens"), self)
        self.auto_suggest.setChecked(project.setting("auto_suggest", "1") == "1")
        form.addRow(self.tr("This project:"), self.whole_tokens)
        form.addRow("", self.auto_suggest)

        colours = QGroupBox(self.tr("Label colours"), self)
        grid = QGridLayout(colours)
        self.colour_buttons: dict[str, QPushButton] = {}
        for row, label in enumerate(schema.labels):
            button = QPushButton(label.colour, colours)
            button.setStyleSheet(f"background-color: {label.colour}")
            # "#f9c0c0" starts with a neutral '#': in the Arabic interface it would be drawn "f9c0c0#".
            button.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            button.clicked.connect(lambda _=False, name=label.name: self._pick(name))
            grid.addWidget(QLabel(local_name(label, language), colours), row, 0)
            grid.addWidget(button, row, 1)
            self.colour_buttons[label.name] = button

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(colours)
        layout.addWidget(buttons)

    def _pick(self, label: str) -> None:
        button = self.colour_buttons[label]
        colour = QColorDialog.getColor(QColor(button.text()), self, self.tr("Label colour"))
        if colour.isValid():
            button.setText(colour.name())
            button.setStyleSheet(f"background-color: {colour.name()}")

    def save(self) -> None:
        language_changed = self.language.currentData() != self.preferences.language
        self.preferences.annotator = self.name.text()
        self.preferences.language = self.language.currentData()
        self.preferences.font_family = self.font_family.currentFont().family()
        self.preferences.font_size = self.font_size.value()
        self.preferences.sync()
        for label in self.schema.labels:
            label.colour = self.colour_buttons[label.name].text()
        with self.project.transaction():
            self.project.save_schema(self.schema, annotator=self.preferences.annotator_or_login())
            self.project.set_setting("clitics", "whole" if self.whole_tokens.isChecked() else "separate")
            self.project.set_setting("auto_suggest", "1" if self.auto_suggest.isChecked() else "0")
        if language_changed:
            QMessageBox.information(self, self.windowTitle(), self.tr("The interface language changes the next time the app starts."))
        self.accept()
