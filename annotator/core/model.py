"""The things analysts work with: documents, entities, quotes and their cues, topics, the label schema."""

from __future__ import annotations

from dataclasses import dataclass, field

# The annotator whose layer holds a document's settled version (core.curation); exports prefer it.
GOLD = "gold"

STATUSES = ("new", "in_progress", "done", "skipped")
# Where an annotation came from (CONTRACT §2): made by hand, brought in by an import, or the kind of
# suggestion it was first offered as; an accepted suggestion keeps its kind. `suggestion` is a suggestion
# whose kind nobody recorded (projects from before kinds were kept, other tools' predictions).
SUGGESTION_KINDS = ("occurrence", "gazetteer", "quote", "model", "suggestion")
SOURCES = ("manual", "import", *SUGGESTION_KINDS)
# Older files and exports wrote these; they are read as the kinds they stand for.
LEGACY_SOURCES = {"imported": "import", "suggested": "suggestion"}


@dataclass
class Entity:
    start: int
    end: int
    label: str
    text: str
    annotator: str | None = None
    source: str = "manual"
    id: int | str | None = None
    suggested: bool = False  # offered, not yet accepted: never exported
    confidence: float | None = None  # the entity model's, for a name it suggested (0 to 1)


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
    suggested: bool = False


@dataclass
class Relation:
    """A labelled link from one entity to another of the same document (MEMBER_OF, LOCATED_IN …)."""

    head: int | str
    tail: int | str
    label: str
    annotator: str | None = None
    source: str = "manual"
    id: int | str | None = None
    suggested: bool = False


@dataclass
class Document:
    id: str
    text: str
    meta: dict = field(default_factory=dict)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)  # every topic anyone chose, once each
    topic_annotators: dict[str, list] = field(default_factory=dict, compare=False)  # topic -> who chose it
    status: str = "new"
    key: int | None = None  # the project file's own row number

    @property
    def title(self) -> str:
        """The title analysts see: meta's, else the first non-empty line."""
        title = self.meta.get("title")
        if isinstance(title, str) and title.strip():
            return title.strip()
        return first_line(self.text)


TITLE_MAX = 300  # characters: a title, not a web page that came without line breaks


def first_line(text: str) -> str:
    """The first non-empty line, cut at a word after TITLE_MAX characters (with an ellipsis)."""
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end == -1 else end
        line = text[start:min(end, start + 4 * TITLE_MAX)].strip()
        if line:
            if len(line) <= TITLE_MAX and end - start <= 4 * TITLE_MAX:
                return line
            cut = line.rfind(" ", 0, TITLE_MAX)
            return line[:cut if cut > TITLE_MAX // 2 else TITLE_MAX].rstrip() + "…"
        start = end + 1
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
class RelationLabel:
    """A kind of link between two entities, e.g. MEMBER_OF / عضو في."""

    name: str
    name_ar: str
    name_en: str
    description: str = ""


@dataclass
class LabelSchema:
    labels: list[Label] = field(default_factory=list)
    topics: list[Topic] = field(default_factory=list)
    relations: list[RelationLabel] = field(default_factory=list)

    def label_names(self) -> set[str]:
        return {label.name for label in self.labels}

    def topic_names(self) -> set[str]:
        return {topic.name for topic in self.topics}

    def relation_names(self) -> set[str]:
        return {relation.name for relation in self.relations}
