"""The core's sentences (`annotator.core.reasons.Reason`) in the interface's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from annotator.core.reasons import Reason, reason_of

CONTEXT = "Reason"  # every core template is translated under this one context


def shown(text: object) -> str:
    """`text` translated when it is a core `Reason` (its values too), else as it is."""
    if isinstance(text, BaseException):
        text = reason_of(text)
    if not isinstance(text, Reason):
        return str(text)
    values = {name: shown(value) if isinstance(value, Reason) else value for name, value in text.values.items()}
    translated = QCoreApplication.translate(CONTEXT, text.template)
    try:
        return translated.format(**values)
    except (KeyError, IndexError, ValueError):
        # A translation that lost or renamed a field must not hide the reason: fall back to English.
        return text.template.format(**values)


def problem_lines(reports) -> list[str]:
    """`FILE:LINE: reason` for every problem of these import reports, the reasons translated."""
    return [f"{report.source}:{problem.line}: {shown(problem.reason)}"
            for report in reports for problem in report.problems]
