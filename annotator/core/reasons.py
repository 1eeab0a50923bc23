"""Sentences for the user that stay translatable although the core knows no Qt.

The core speaks English on the command line (CONTRACT §3: `FILE:LINE: reason`), but the
window speaks the analyst's language. A `Reason` is the English sentence itself (a `str`,
so every caller that prints or compares it is unchanged) that also remembers the template
and the values it was made from; the window looks the template up in its translations and
fills in the same values. `packaging/translations.py` collects every `reason("…")` template
from the sources for the translators.
"""

from __future__ import annotations


class Reason(str):
    """The English sentence, plus `template` and `values` for a translation."""

    template: str
    values: dict

    def __new__(cls, template: str, /, **values) -> "Reason":
        sentence = super().__new__(cls, template.format(**values))
        sentence.template = template
        sentence.values = values
        return sentence

    def __reduce__(self):  # survives pickling across the import worker, as a plain str would
        return (_rebuild, (self.template, self.values))


def _rebuild(template: str, values: dict) -> Reason:
    return Reason(template, **values)


def reason(template: str, /, **values) -> Reason:
    """A user-facing sentence: `template` in English with `{name}` fields filled from `values`."""
    return Reason(template, **values)


def joined(parts: list[str], separator: str) -> Reason:
    """Sentences in a row, each still translatable: a template of fields only, which needs no translation."""
    fields = {f"part{n}": part for n, part in enumerate(parts)}
    return Reason(separator.replace("{", "{{").replace("}", "}}").join("{" + name + "}" for name in fields), **fields)


def reason_of(error: BaseException) -> str:
    """The sentence an exception was raised with, keeping it a `Reason` when it was one."""
    if error.args and isinstance(error.args[0], str):
        return error.args[0]
    return str(error)
