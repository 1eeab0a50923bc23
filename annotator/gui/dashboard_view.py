"""Project ▸ Dashboard: the team's progress and the annotations' shape as charts, saved as PNG or as one HTML file.

The charts are drawn with Qt itself, which shapes Arabic and lays it out right to left like the rest of the
window, so label and annotator names need no reshaping; a bar's figure is drawn beside it. The HTML report
carries the same charts as embedded PNG images and the figures as tables, in one file that opens anywhere.
"""

from __future__ import annotations

import base64
import html
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QImage, QPainter, QPalette
from PySide6.QtWidgets import (QDialog, QFileDialog, QGridLayout, QHBoxLayout, QPushButton, QScrollArea, QVBoxLayout,
                               QWidget)

from annotator.core.dashboard import Dashboard, dashboard
from annotator.gui.plain_text import tell

BAR = QColor("#4f7cac")
ROW = 22


class BarChart(QWidget):
    """Horizontal bars with their names and figures; names on the reading side, bars growing away from them."""

    def __init__(self, title: str, values: dict[str, float], *, colours: dict[str, str] | None = None,
                 figure=lambda value: f"{value:g}", parent=None):
        super().__init__(parent)
        self.title, self.values, self.colours, self.figure = title, values, colours or {}, figure
        self.setMinimumHeight(self.sizeHint().height())

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(420, 34 + ROW * max(1, len(self.values)))

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Base))
        metrics = QFontMetrics(self.font())
        right_to_left = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        width = self.width()
        title_font = self.font()
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.drawText(QRectF(8, 4, width - 16, 22), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeading,
                         self.title)
        painter.setFont(self.font())
        if not self.values:
            painter.drawText(QRectF(8, 30, width - 16, ROW), Qt.AlignmentFlag.AlignLeading, self.tr("(nothing yet)"))
            return
        names_width = min(max(metrics.horizontalAdvance(name) for name in self.values) + 12, width // 3)
        figures_width = max(metrics.horizontalAdvance(self.figure(v)) for v in self.values.values()) + 12
        room = max(10, width - names_width - figures_width - 22)
        most = max(self.values.values()) or 1
        for row, (name, value) in enumerate(self.values.items()):
            top = 30 + row * ROW
            length = room * value / most
            if right_to_left:
                name_box = QRectF(width - 8 - names_width, top, names_width - 6, ROW - 4)
                bar = QRectF(width - 14 - names_width - length, top + 3, length, ROW - 10)
                figure_box = QRectF(bar.left() - figures_width, top, figures_width - 4, ROW - 4)
            else:
                name_box = QRectF(8, top, names_width - 6, ROW - 4)
                bar = QRectF(14 + names_width, top + 3, length, ROW - 10)
                figure_box = QRectF(bar.right() + 4, top, figures_width, ROW - 4)
            elided = metrics.elidedText(name, Qt.TextElideMode.ElideRight, int(name_box.width()))
            painter.setPen(self.palette().color(QPalette.ColorRole.Text))
            painter.drawText(name_box, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeading, elided)
            painter.fillRect(bar, QColor(self.colours.get(name, BAR.name())))
            painter.drawText(figure_box, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeading,
                             self.figure(value))

    def image(self) -> QImage:
        return self.grab().toImage()


class DashboardView(QDialog):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.setObjectName("dashboardView")
        self.setWindowTitle(self.tr("Dashboard"))
        self.board: Dashboard = dashboard(window.project)
        self.charts = self._charts()
        grid_host = QWidget(self)
        grid = QGridLayout(grid_host)
        for number, chart in enumerate(self.charts):
            grid.addWidget(chart, number // 2, number % 2)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_host)
        self.sheet = grid_host
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        buttons = QHBoxLayout()
        png = QPushButton(self.tr("Save as PNG…"), self)
        png.clicked.connect(self.choose_png)
        page = QPushButton(self.tr("Save as HTML…"), self)
        page.clicked.connect(self.choose_html)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        for button in (png, page):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.resize(1000, 720)

    def _charts(self) -> list[BarChart]:
        board, schema, language = self.board, self.window.schema, self.window.language
        from annotator.gui.panels import local_name

        label_names = {label.name: local_name(label, language) for label in schema.labels}
        topic_names = {topic.name: local_name(topic, language) for topic in schema.topics}
        colours = {label_names.get(label.name, label.name): label.colour for label in schema.labels}
        days = {day: sum(people.values()) for day, people in list(board.done_per_day.items())[-14:]}
        return [
            BarChart(self.tr("Documents done, per annotator"), board.done_by),
            BarChart(self.tr("Documents done, per day (last 14 days)"), days),
            BarChart(self.tr("Minutes per document (median), per annotator"), board.minutes_per_document,
                     figure=lambda v: f"{v:.1f}"),
            BarChart(self.tr("Entities per label"), {label_names.get(k, k): v for k, v in board.labels.items()},
                     colours=colours),
            BarChart(self.tr("Documents per topic"), {topic_names.get(k, k): v for k, v in board.topics.items()}),
            BarChart(self.tr("Agreement per label (entity F1 between annotators)"),
                     {label_names.get(k, k): v for k, v in board.agreement_per_label.items()},
                     colours=colours, figure=lambda v: f"{v:.2f}"),
            BarChart(self.tr("Least agreement first (entity F1 per document)"), board.least_agreed,
                     figure=lambda v: f"{v:.2f}"),
        ]

    def choose_png(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PNG"), str(self.window.db_path.with_suffix(".dashboard.png")),
                                              self.tr("PNG images (*.png)"))
        if path:
            self.save_png(Path(path))

    def choose_html(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as HTML"), str(self.window.db_path.with_suffix(".dashboard.html")),
                                              self.tr("Web pages (*.html)"))
        if path:
            self.save_html(Path(path))

    def save_png(self, target: Path) -> bool:
        if not self.sheet.grab().save(str(target), "PNG"):
            tell(self, self.windowTitle(), self.tr("{0} could not be written.").format(target), warning=True)
            return False
        return True

    def save_html(self, target: Path) -> bool:
        try:
            target.write_text(self.html(), encoding="utf-8")
        except OSError as error:
            tell(self, self.windowTitle(), self.tr("{0} could not be written ({1}).").format(target, error.strerror), warning=True)
            return False
        return True

    def html(self) -> str:
        """One self-contained page: each chart as an embedded PNG, then its figures as a table."""
        arabic = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        title = html.escape(self.tr("Dashboard"))
        count = html.escape(self.tr("{0} documents").format(self.board.documents))
        parts = [f'<!DOCTYPE html>\n<html lang="{"ar" if arabic else "en"}" dir="{"rtl" if arabic else "ltr"}">',
                 f'<head><meta charset="utf-8"><title>{title}</title>',
                 "<style>body{font-family:'Noto Sans Arabic','Noto Sans',sans-serif;margin:2em}"
                 "table{border-collapse:collapse;margin-bottom:2em}td,th{border:1px solid #ccc;padding:.2em .6em}"
                 "img{max-width:100%}</style></head><body>",
                 f"<h1>{title}: {html.escape(self.window.db_path.name)}</h1>",
                 f"<p>{count}</p>"]
        for chart in self.charts:
            parts.append(f"<h2>{html.escape(chart.title)}</h2>")
            parts.append(f'<img alt="{html.escape(chart.title)}" src="data:image/png;base64,{_png_base64(chart.image())}">')
            rows = "".join(f"<tr><td>{html.escape(str(name))}</td><td>{html.escape(chart.figure(value))}</td></tr>"
                           for name, value in chart.values.items())
            parts.append(f"<table>{rows}</table>")
        parts.append("</body></html>")
        return "\n".join(parts)


def _png_base64(image: QImage) -> str:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return base64.b64encode(bytes(data)).decode("ascii")
