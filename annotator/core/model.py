"""The things analysts work with: documents, entities, quotes and their cues, topics, the label schema."""

from __future__ import annotations

from dataclasses import dataclass, field

STATUSES = ("new", "in_progress", "done", "skipped")
# Where an annotation came from; suggestions never leave the project until accepted.
SOURCES = ("manual", "imported", "suggested")


@dataclass
class Entity:
    start: int
    end: int
    label: str
    text: str
    annotator: str | None = None
    source: str = "manual"
    id: int | str | None = None


@dataclass
class Cue:
    """The verb or phrase that introduces a quote (قال، أكد، أضاف …)."""

    start: int
    end: int
    text: str


@dataclass
class Quote:
    start: int
    end: int
    text: str
    speaker: int | str | None = None  # id of an entity of the same document
    speaker_text: str | None = None  # a name, when the speaker is not in the text
    cue: Cue | None = None
    annotator: str | None = None
    source: str = "manual"
    id: int | str | None = None


@dataclass
class Document:
    id: str
    text: str
    meta: dict = field(default_factory=dict)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    status: str = "new"
    key: int | None = None  # the project file's own row number

    @property
    def title(self) -> str:
        """The title analysts see: meta's, else the first non-empty line."""
        title = self.meta.get("title")
        if isinstance(title, str) and title.strip():
            return title.strip()
        return first_line(self.text)


def first_line(text: str) -> str:
    for line in text.split("\n"):
        if line.strip():
            return line.strip()
    return ""


@dataclass
class Label:
    """An entity label of the schema, e.g. PERSON / شخص."""

    name: str
    name_ar: str
    name_en: str
    colour: str
    shortcut: str | None = None
    description: str = ""


@dataclass
class Topic:
    """A document-level category, e.g. politics / سياسة."""

    name: str
    name_ar: str
    name_en: str
    description: str = ""


@dataclass
class LabelSchema:
    labels: list[Label] = field(default_factory=list)
    topics: list[Topic] = field(default_factory=list)

    def label_names(self) -> set[str]:
        return {label.name for label in self.labels}

    def topic_names(self) -> set[str]:
        return {topic.name for topic in self.topics}
