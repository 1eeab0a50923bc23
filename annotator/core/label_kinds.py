"""What kind of name an entity label stands for, whatever the schema calls it.

Quote detection, speaker linking and the Speaker list need to know which labels name someone who can
speak: a person, an organisation, a group of people, a country or city («قالت موسكو»). Our default schema
calls them PERSON, ORG, NORP and GPE; a project built on ANERcorp says PERS, ORG and LOC, one built on
CoNLL-style corpora PER, and an analyst may name labels in Arabic. The kind is read from the label's
name, or its English or Arabic display name, against the names the common NER schemes use.
"""

from __future__ import annotations

from collections.abc import Iterable

from annotator.core.arabic import fold

PERSON, ORG, NORP, GPE = "PERSON", "ORG", "NORP", "GPE"
SPEAKER_KINDS = (PERSON, ORG, NORP, GPE)  # in the order the Speaker list offers them

_LATIN = {
    PERSON: "PERSON PERS PER PERSONS PEOPLE_NAME PERSON_NAME HUMAN INDIVIDUAL",
    ORG: "ORG ORGANIZATION ORGANISATION ORGANIZATIONS ORGANISATIONS ORGS INSTITUTION COMPANY AGENCY",
    NORP: "NORP NATIONALITY NATIONALITIES GROUP",
    GPE: "GPE COUNTRY CITY STATE GEOPOLITICAL",
}
_ARABIC = {
    PERSON: "شخص أشخاص الشخص شخصية اسم_شخص",
    ORG: "منظمة منظمات مؤسسة مؤسسات هيئة جهة شركة المنظمة",
    NORP: "جنسية جماعة مجموعة",
    GPE: "دولة بلد مدينة كيان_سياسي",
}
# Locations: a country in ANERcorp and CoNLL, but a mountain or river where the schema has GPE beside it.
_LOCATIONS_LATIN = frozenset("LOC LOCATION LOCATIONS PLACE".split())
_LOCATIONS_ARABIC = frozenset(fold(word) for word in "مكان موقع أماكن مواقع".split())

_BY_NAME = {word: kind for kind, words in _LATIN.items() for word in words.split()}
_BY_NAME.update({fold(word.replace("_", " ")): kind for kind, words in _ARABIC.items() for word in words.split()})


def _key(name: str) -> str:
    return fold(name.strip()).upper().replace("-", "_").replace(" ", "_") if name.isascii() else fold(name.strip())


def _kind_of_name(name: str) -> str | None:
    key = _key(name)
    for prefix in ("B_", "I_", "S_", "E_"):  # a BIO tag written as a label
        if key.startswith(prefix) and key[2:] in _BY_NAME:
            return _BY_NAME[key[2:]]
    return _BY_NAME.get(key)


def _is_location(name: str) -> bool:
    key = _key(name)
    return key in _LOCATIONS_LATIN or key in _LOCATIONS_ARABIC


def speaker_kinds(labels: Iterable) -> dict[str, str]:
    """Label name → the kind of speaker it names, for the labels (schema `Label`s or bare names) that name
    one. A location label counts as a country only when no label of the schema is a country already."""
    labels = list(labels)
    kinds: dict[str, str] = {}
    locations = []
    for label in labels:
        name = label if isinstance(label, str) else label.name
        shown = (name,) if isinstance(label, str) else (name, label.name_en, label.name_ar)
        kind = next((k for k in map(_kind_of_name, filter(None, shown)) if k), None)
        if kind:
            kinds[name] = kind
        elif any(_is_location(n) for n in filter(None, shown)):
            locations.append(name)
    if GPE not in kinds.values():
        kinds.update({name: GPE for name in locations})
    return kinds


def label_of_kind(kinds: dict[str, str], kind: str) -> str | None:
    """The first label of the schema that names this kind (PERSON in ours, PERS in ANERcorp's)."""
    return next((name for name, k in kinds.items() if k == kind), None)
