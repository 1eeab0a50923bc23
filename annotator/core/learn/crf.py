"""Train and apply the entity model: a linear-chain CRF (python-crfsuite) over the features of `features`.

Sequences are sentences (cut after . ! ? ؟ and line breaks), tokens are the annotator's own (`core.text`),
cut further wherever a training entity starts or ends inside one (وبغداد tagged as بغداد), and the tags are
BIO. A prediction is a span with the label and a confidence: the mean of its tokens' marginal probabilities.
A model has two passes where it was trained with them (`train_two_pass`, `second_pass`): the second reads
what the first said about the whole document.
"""

from __future__ import annotations

import bisect
import os
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass

from annotator.core.learn.features import stem, token_features
from annotator.core.learn.second_pass import DocumentContext, halves
from annotator.core.arabic import fold
from annotator.core.text import token_spans

_SENTENCE_END = {".", "!", "?", "؟", "\n"}


@dataclass
class Prediction:
    start: int
    end: int
    label: str
    confidence: float


def sentences(text: str, cuts=()) -> list[list[tuple[int, int]]]:
    """Token spans of `text`, also cut at every offset in `cuts` inside a token, grouped into sentences."""
    edges = sorted(set(cuts))
    tokens: list[tuple[int, int]] = []
    for start, end in token_spans(text):
        inner = edges[bisect.bisect_right(edges, start):bisect.bisect_left(edges, end)]
        for a, b in zip([start, *inner], [*inner, end]):
            tokens.append((a, b))
    groups, current = [], []
    for start, end in tokens:
        current.append((start, end))
        if text[start:end] in _SENTENCE_END or "\n" in text[end:end + 1]:
            groups.append(current)
            current = []
    if current:
        groups.append(current)
    return groups


def bio(tokens: list[tuple[int, int]], entities: list[tuple[int, int, str]]) -> list[str]:
    """BIO tags of the tokens for these (start, end, label) spans; a token outside every span is O."""
    tags = ["O"] * len(tokens)
    starts = [start for start, _ in tokens]
    for start, end, label in sorted(entities, key=lambda e: (e[0], -e[1])):
        first = bisect.bisect_left(starts, start)
        inside = [i for i in range(first, len(tokens)) if tokens[i][1] <= end]
        if not inside or tokens[inside[0]][0] != start or any(tags[i] != "O" for i in inside):
            continue  # nested or off the token grid: the outermost name of a place is kept
        tags[inside[0]] = f"B-{label}"
        for i in inside[1:]:
            tags[i] = f"I-{label}"
    return tags


def word_classes(texts, *, least: int = 3) -> dict[str, tuple[str, str]]:
    """Each frequent stem's usual company, from unlabelled text: the stems most often right before and after."""
    left: dict[str, Counter] = defaultdict(Counter)
    right: dict[str, Counter] = defaultdict(Counter)
    seen: Counter = Counter()
    for text in texts:
        stems = [stem(fold(text[a:b])) for a, b in token_spans(text)]
        seen.update(stems)
        for before, word, after in zip(["<s>", *stems], stems, [*stems[1:], "</s>"]):
            left[word][before] += 1
            right[word][after] += 1
    return {word: (left[word].most_common(1)[0][0], right[word].most_common(1)[0][0])
            for word, count in seen.items() if count >= least}


def gazetteer_from(documents) -> dict[str, str]:
    """Each word of the accepted names, by its stem, with where it stands in the names it is part of most
    often: B-PERS for the first word of a person's name, I-ORG inside an organisation's, and so on."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for document in documents:
        for entity in document.entities:
            if entity.suggested:
                continue
            for n, (a, b) in enumerate(token_spans(entity.text)):
                word = stem(fold(entity.text[a:b]))
                if len(word) >= 2:
                    counts[word][("B-" if n == 0 else "I-") + entity.label] += 1
    return {word: places.most_common(1)[0][0] for word, places in counts.items()}


def training_items(documents, gazetteer=None, classes=None, clusters=None, *, folds: int = 5, contexts=None):
    """(features, tags) per sentence of each document's accepted entities.

    With `gazetteer=True` each document sees the gazetteer of the others only (five folds): trained on a
    gazetteer that always knows its own names, the model would trust it blindly and miss every new one.
    `contexts`, one per document, adds what a first pass said about it (`second_pass`)."""
    documents = list(documents)
    contexts = list(contexts) if contexts is not None else [None] * len(documents)
    if gazetteer is True:
        for fold_number in range(folds):
            others = gazetteer_from(d for n, d in enumerate(documents) if n % folds != fold_number)
            chosen = [n for n in range(len(documents)) if n % folds == fold_number]
            yield from training_items([documents[n] for n in chosen], others, classes, clusters,
                                      contexts=[contexts[n] for n in chosen])
        return
    for document, context in zip(documents, contexts):
        entities = [(e.start, e.end, e.label) for e in document.entities if not e.suggested]
        cuts = [edge for start, end, _ in entities for edge in (start, end)]
        for tokens in sentences(document.text, cuts):
            words = [document.text[a:b] for a, b in tokens]
            features = token_features(words, gazetteer, classes, clusters)
            if context is not None:
                features = [row + extra for row, extra in zip(features, context.features(document.text, tokens))]
            yield features, bio(tokens, entities)


def train(documents, *, gazetteer=None, classes=None, clusters=None, iterations: int = 100, c1: float = 0.1,
          c2: float = 0.01, contexts=None) -> bytes:
    """A trained model, as bytes to keep in the project file. (c1 and c2, the L1 and L2 penalties, were chosen
    on a tenth of ANERcorp's training words held out.)"""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for features, tags in training_items(documents, gazetteer, classes, clusters, contexts=contexts):
        trainer.append(features, tags)
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": iterations, "feature.possible_transitions": True})
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "model.crfsuite")
        trainer.train(path)
        with open(path, "rb") as stream:
            return stream.read()


def train_two_pass(documents, *, classes=None, clusters=None, iterations: int = 100) -> tuple[bytes, bytes | None]:
    """The first pass's model and the second's, both with the out-of-fold gazetteer. The second learns from
    what first models trained on the other half said about each document; with too few documents to halve
    (a half without a name), there is no second pass."""
    documents = list(documents)
    first = train(documents, gazetteer=True, classes=classes, clusters=clusters, iterations=iterations)
    contexts: dict[int, DocumentContext] = {}
    for learn_from, to_tag in halves(documents):
        if not any(not e.suggested for d in learn_from for e in d.entities):
            return first, None
        model = Model(train(learn_from, gazetteer=True, classes=classes, clusters=clusters, iterations=iterations),
                      gazetteer=gazetteer_from(learn_from), classes=classes, clusters=clusters)
        for document in to_tag:
            contexts[id(document)] = model.context(document.text)
    second = train(documents, gazetteer=True, classes=classes, clusters=clusters, iterations=iterations,
                   contexts=[contexts[id(d)] for d in documents])
    return first, second


class Model:
    """A trained model ready to tag documents: the first pass's crfsuite model and, if it has one, the
    second's."""

    def __init__(self, data: bytes, *, gazetteer=None, classes=None, clusters=None, second: bytes | None = None):
        import pycrfsuite

        # crfsuite reads a model from its buffer as long as it tags: keep the bytes alive
        self._data, self._second = bytes(data), (bytes(second) if second else None)
        self.tagger = pycrfsuite.Tagger()
        self.tagger.open_inmemory(self._data)
        self.second_tagger = None
        if self._second:
            self.second_tagger = pycrfsuite.Tagger()
            self.second_tagger.open_inmemory(self._second)
        self.gazetteer, self.classes, self.clusters = gazetteer or {}, classes or {}, clusters or {}
        self.topics: dict | None = None  # topic classifiers kept with the model (core.learn.topics)

    def _first(self, text: str, *, sure: bool = False):
        """Each sentence's tokens, features, the first pass's tags and, if `sure`, their marginal
        probabilities (read before the next sentence is tagged: the tagger holds one sentence at a time)."""
        read = []
        for tokens in sentences(text):
            features = token_features([text[a:b] for a, b in tokens], self.gazetteer, self.classes, self.clusters)
            tags = self.tagger.tag(features)
            marginals = [self.tagger.marginal(tag, i) for i, tag in enumerate(tags)] if sure else None
            read.append((tokens, features, tags, marginals))
        return read

    def context(self, text: str) -> DocumentContext:
        """What the first pass says about a whole document, for the second."""
        read = self._first(text)
        return DocumentContext(text, [tokens for tokens, *_ in read], [tags for _, _, tags, _ in read])

    def _tagged(self, text: str):
        """(tokens, tags, marginals) per sentence, from the last pass the model has."""
        read = self._first(text, sure=self.second_tagger is None)
        if self.second_tagger is None:
            for tokens, _, tags, marginals in read:
                yield tokens, tags, marginals
            return
        context = DocumentContext(text, [tokens for tokens, *_ in read], [tags for _, _, tags, _ in read])
        for tokens, features, _, _ in read:
            rows = [row + extra for row, extra in zip(features, context.features(text, tokens))]
            tags = self.second_tagger.tag(rows)
            yield tokens, tags, [self.second_tagger.marginal(tag, i) for i, tag in enumerate(tags)]

    def predict(self, text: str) -> list[Prediction]:
        found = []
        for tokens, tags, marginals in self._tagged(text):
            found += _spans(tokens, tags, marginals)
        return found

    def uncertainty(self, text: str) -> float:
        """How unsure the model is about a text: the mean, over its least sure tokens (a tenth of them, at least
        ten), of one minus the probability of the tag it chose. Documents where it hesitates most teach most.
        The first pass's doubt is the one read: the second takes the first's tags as evidence and grows sure
        of whatever the first was sure of, so it tells less about what the features do not settle."""
        doubts = []
        for _, _, _, marginals in self._first(text, sure=True):
            doubts += [1 - probability for probability in marginals]
        if not doubts:
            return 0.0
        doubts.sort(reverse=True)
        worst = doubts[:max(10, len(doubts) // 10)]
        return sum(worst) / len(worst)


def _spans(tokens, tags, marginals) -> list[Prediction]:
    spans, current = [], None
    for (start, end), tag, probability in zip(tokens, tags, marginals):
        kind, _, label = tag.partition("-")
        if kind == "I" and current is not None and current[2] == label:
            current[1] = end
            current[3].append(probability)
            continue
        if current is not None:
            spans.append(current)
            current = None
        if kind in ("B", "I"):  # an I- with nothing open starts a name, as the CoNLL reader reads it
            current = [start, end, label, [probability]]
    if current is not None:
        spans.append(current)
    return [Prediction(a, b, label, sum(p) / len(p)) for a, b, label, p in spans]
