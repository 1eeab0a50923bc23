"""How far annotators agree: entities, quotes and relations as F1, topics as Cohen's kappa and Krippendorff's alpha.

Each annotator's work is a `Layer` per document: sets of spans, quotes and relations in offsets (never ids, which
differ between project files), and the topics chosen. Two layers of one document are compared with the first as
the reference: precision is the share of the other's items the reference has, recall the share of the
reference's items the other found. Topics are a yes/no decision per document and schema topic, so chance
agreement can be discounted (kappa, alpha). Where a figure has no meaning (nothing annotated on either side for
F1 is counted as perfect agreement; a kappa when every decision is the same is undefined) the figure says so.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Iterable

from annotator.core.model import Document

Span = tuple[int, int, str]  # start, end, label


@dataclass
class Layer:
    """One annotator's accepted annotations on one document, in offsets."""

    entities: set[Span] = field(default_factory=set)
    quotes: set[tuple] = field(default_factory=set)  # (start, end, speaker span or speaker text or None)
    relations: set[tuple] = field(default_factory=set)  # (head span, tail span, label)
    topics: set[str] = field(default_factory=set)


def layer_of(document: Document, annotators: set[str] | None = None) -> Layer:
    """The accepted annotations of a document (by these annotators only, when named)."""
    def mine(item) -> bool:
        return not item.suggested and (annotators is None or item.annotator in annotators)

    spans = {e.id: (e.start, e.end, e.label) for e in document.entities if mine(e)}
    topics = set(document.topics) if annotators is None else {
        topic for topic, choosers in document.topic_annotators.items() if annotators & set(choosers)}
    layer = Layer(entities=set(spans.values()), topics=topics)
    for quote in document.quotes:
        if mine(quote):
            speaker = spans.get(quote.speaker)
            who = speaker[:2] if speaker else (quote.speaker_text or None)
            layer.quotes.add((quote.start, quote.end, who))
    for relation in document.relations:
        if mine(relation) and relation.head in spans and relation.tail in spans:
            layer.relations.add((spans[relation.head], spans[relation.tail], relation.label))
    return layer


@dataclass
class Counts:
    """Matches between a reference and another annotator, summed over documents."""

    matched: int = 0
    reference: int = 0
    other: int = 0

    def add(self, matched: int, reference: int, other: int) -> None:
        self.matched += matched
        self.reference += reference
        self.other += other

    @property
    def precision(self) -> float:
        return self.matched / self.other if self.other else (1.0 if not self.reference else 0.0)

    @property
    def recall(self) -> float:
        return self.matched / self.reference if self.reference else (1.0 if not self.other else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def figures(self) -> dict:
        return {"f1": round(self.f1, 6), "precision": round(self.precision, 6), "recall": round(self.recall, 6),
                "matched": self.matched, "reference": self.reference, "other": self.other}


def overlap_matches(reference: Iterable[Span], other: Iterable[Span]) -> int:
    """Pairs of spans with the same label that share at least one character, each span used once; exact
    matches are paired first, then the largest overlaps."""
    reference, other = sorted(reference), sorted(other)
    exact = set(reference) & set(other)
    left = [s for s in reference if s not in exact]
    right = [s for s in other if s not in exact]
    pairs = sorted(
        ((min(a[1], b[1]) - max(a[0], b[0]), i, j) for i, a in enumerate(left) for j, b in enumerate(right)
         if a[2] == b[2] and a[0] < b[1] and b[0] < a[1]),
        reverse=True,
    )
    used_left, used_right, matched = set(), set(), 0
    for _, i, j in pairs:
        if i not in used_left and j not in used_right:
            used_left.add(i)
            used_right.add(j)
            matched += 1
    return len(exact) + matched


def cohen_kappa(first: list, second: list) -> float | None:
    """Cohen's kappa of two raters' decisions on the same items; None when chance agreement is total."""
    n = len(first)
    if n == 0:
        return None
    observed = sum(a == b for a, b in zip(first, second)) / n
    first_counts, second_counts = Counter(first), Counter(second)
    expected = sum(first_counts[c] * second_counts[c] for c in first_counts) / (n * n)
    if expected == 1:
        return None
    return (observed - expected) / (1 - expected)


def krippendorff_alpha(units: Iterable[list]) -> float | None:
    """Krippendorff's alpha for nominal data: each unit is the list of values the raters gave it (missing
    ratings simply absent). None when there is no disagreement to expect (a single value throughout)."""
    coincidences: dict[tuple, float] = defaultdict(float)
    for values in units:
        m = len(values)
        if m < 2:
            continue  # a unit only one rater saw says nothing about agreement
        counts = Counter(values)
        for c in counts:
            for k in counts:
                pairs = counts[c] * (counts[k] - (1 if c == k else 0))
                if pairs:
                    coincidences[(c, k)] += pairs / (m - 1)
    totals: dict = defaultdict(float)
    for (c, _), value in coincidences.items():
        totals[c] += value
    n = sum(totals.values())
    disagreement = sum(value for (c, k), value in coincidences.items() if c != k)
    expected = sum(totals[c] * totals[k] for c in totals for k in totals if c != k)
    if n <= 1 or expected == 0:
        return None
    return 1 - (n - 1) * disagreement / expected


@dataclass
class DocumentAgreement:
    id: str
    entity_f1: float
    entities: int  # in either layer, so a reader can tell a 0.5 on two names from one on two hundred


def compare(pairs: list[tuple[str, Layer, Layer]], topics: list[str]) -> dict:
    """Agreement of the second layer of each (document id, reference, other) with the first, over all of them."""
    exact, relaxed, quotes, relations = Counts(), Counts(), Counts(), Counts()
    per_label: dict[str, Counts] = defaultdict(Counts)
    first_decisions, second_decisions = [], []
    worst = []
    for document_id, reference, other in pairs:
        matched = reference.entities & other.entities
        exact.add(len(matched), len(reference.entities), len(other.entities))
        relaxed.add(overlap_matches(reference.entities, other.entities), len(reference.entities), len(other.entities))
        for label in {s[2] for s in reference.entities | other.entities}:
            per_label[label].add(sum(1 for s in matched if s[2] == label), sum(1 for s in reference.entities if s[2] == label),
                                 sum(1 for s in other.entities if s[2] == label))
        quotes.add(len(reference.quotes & other.quotes), len(reference.quotes), len(other.quotes))
        relations.add(len(reference.relations & other.relations), len(reference.relations), len(other.relations))
        for topic in topics:
            first_decisions.append(topic in reference.topics)
            second_decisions.append(topic in other.topics)
        one = Counts()
        one.add(len(matched), len(reference.entities), len(other.entities))
        worst.append(DocumentAgreement(document_id, one.f1, len(reference.entities | other.entities)))
    worst.sort(key=lambda d: (d.entity_f1, -d.entities, d.id))
    kappa = cohen_kappa(first_decisions, second_decisions)
    alpha = krippendorff_alpha([a, b] for a, b in zip(first_decisions, second_decisions))
    return {
        "entities": {**exact.figures(), "relaxed": relaxed.figures(),
                     "per_label": {label: counts.figures() for label, counts in sorted(per_label.items())}},
        "topics": {"kappa": None if kappa is None else round(kappa, 6),
                   "alpha": None if alpha is None else round(alpha, 6),
                   "decisions": len(first_decisions), "topics": len(topics)},
        "quotes": quotes.figures(),
        "relations": relations.figures(),
        "documents": len(pairs),
        "worst_documents": [{"id": d.id, "entity_f1": round(d.entity_f1, 6), "entities": d.entities}
                            for d in worst[:20]],
    }


def several(layers_by_document: dict[str, dict[str, Layer]], topics: list[str]) -> dict:
    """Krippendorff's alpha on topics over any number of annotators (each document x topic a unit, an
    annotator who did not see a document simply missing), and entity F1 for every pair of annotators."""
    annotators = sorted({name for layers in layers_by_document.values() for name in layers})
    units = []
    for layers in layers_by_document.values():
        for topic in topics:
            units.append([topic in layer.topics for layer in layers.values()])
    alpha = krippendorff_alpha(units)
    pairwise = {}
    for i, first in enumerate(annotators):
        for second in annotators[i + 1:]:
            shared = [(doc, layers[first], layers[second]) for doc, layers in layers_by_document.items()
                      if first in layers and second in layers]
            if shared:
                result = compare(shared, topics)
                pairwise[f"{first} / {second}"] = {"entities_f1": result["entities"]["f1"], "documents": len(shared),
                                                  "topics_kappa": result["topics"]["kappa"]}
    return {"annotators": annotators, "topics": {"alpha": None if alpha is None else round(alpha, 6)},
            "pairs": pairwise}


def between_projects(reference, other) -> dict:
    """Agreement of project `other` with project `reference` (both `Project`s) over the documents they share,
    matched by the hash of their text, so ids and import order do not matter."""
    keys_a = dict(reference.conn.execute("SELECT text_hash, key FROM documents"))
    keys_b = dict(other.conn.execute("SELECT text_hash, key FROM documents"))
    shared = sorted(set(keys_a) & set(keys_b), key=keys_a.__getitem__)
    topics = sorted({t.name for t in reference.schema().topics} | {t.name for t in other.schema().topics})
    pairs = []
    for digest in shared:
        first = reference.document(keys_a[digest], include_suggested=False)
        second = other.document(keys_b[digest], include_suggested=False)
        pairs.append((first.id, layer_of(first), layer_of(second)))
    return compare(pairs, topics)


def among_projects(projects: dict[str, object]) -> dict:
    """Several annotators, one project file each (as hand-out makes them): Krippendorff's alpha on topics over
    every document any two of them share (matched by text hash; one who did not see a document is missing
    from it), and the figures of every pair."""
    layers: dict[str, dict[str, Layer]] = defaultdict(dict)
    topics: set[str] = set()
    for name, project in projects.items():
        topics |= {t.name for t in project.schema().topics}
        for digest, key in project.conn.execute("SELECT text_hash, key FROM documents"):
            layers[digest][name] = layer_of(project.document(key, include_suggested=False))
    shared = {digest: by for digest, by in layers.items() if len(by) >= 2}
    return several(shared, sorted(topics))
