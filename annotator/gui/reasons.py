"""The core's sentences (`annotator.core.reasons.Reason`) in the interface's language."""

from __future__ import annotations

from string import Formatter

from PySide6.QtCore import QCoreApplication

from annotator.core.reasons import Reason, reason_of
from annotator.gui.directions import isolated, left_to_right

CONTEXT = "Reason"  # every core template is translated under this one context


def shown(text: object) -> str:
    """`text` translated when it is a core `Reason` (its values too), else as it is."""
    if isinstance(text, BaseException):
        text = reason_of(text)
    if not isinstance(text, Reason):
        return str(text)
    # Names, paths and lists of Latin words keep their own order inside an Arabic sentence (isolated); a
    # field shown with !r keeps its quotes, which isolate it already.
    plain_fields = {name for _, name, _, conversion in Formatter().parse(text.template) if name and conversion is None}
    values = {}
    for name, value in text.values.items():
        if isinstance(value, Reason):
            value = shown(value)
        if isinstance(value, str) and name in plain_fields:
            value = isolated(value)
        values[name] = value
    translated = QCoreApplication.translate(CONTEXT, text.template)
    try:
        return translated.format(**values)
    except (KeyError, IndexError, ValueError):
        # A translation that lost or renamed a field must not hide the reason: fall back to English.
        return text.template.format(**values)


def problem_lines(reports) -> list[str]:
    """`FILE:LINE: reason` for every problem of these import reports, the reasons translated."""
    return [f"{left_to_right(f'{report.source}:{problem.line}:')} {shown(problem.reason)}"
            for report in reports for problem in report.problems]
