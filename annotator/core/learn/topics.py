"""Topic suggestions learnt from the accepted ones: one naive Bayes yes/no classifier per topic.

Each document is its bag of word stems (folded, proclitics off, so بالعراق counts as عراق). For every topic the
classifier weighs how much more often each stem stands in documents with that topic than in those without,
and a document's probability of the topic follows from its stems' weights and the topic's share. Small,
quick, and kept as plain JSON in the project file beside the entity model.
"""

from __future__ import annotations

import math
from collections import Counter

from annotator.core.arabic import fold
from annotator.core.learn.features import stem
from annotator.core.text import token_spans

VOCABULARY = 20_000  # the most frequent stems the classifiers weigh; rarer ones say little and cost memory
_SMOOTHING = 1.0


def bag(text: str) -> Counter:
    return Counter(s for s in (stem(fold(text[a:b])) for a, b in token_spans(text)) if len(s) >= 2)


def train_topics(documents: list, topics: list[str]) -> dict | None:
    """{"vocabulary": [...], "topics": {topic: {"prior": log-odds, "weights": [...]}}}; None without examples."""
    labelled = [(bag(d.text), set(d.topics)) for d in documents]
    if not labelled or not any(chosen for _, chosen in labelled):
        return None
    frequency = Counter()
    for words, _ in labelled:
        frequency.update(words.keys())
    vocabulary = [word for word, _ in frequency.most_common(VOCABULARY)]
    index = {word: n for n, word in enumerate(vocabulary)}
    model = {"vocabulary": vocabulary, "topics": {}}
    for topic in topics:
        yes, no = [0.0] * len(vocabulary), [0.0] * len(vocabulary)
        with_topic = 0
        for words, chosen in labelled:
            side = yes if topic in chosen else no
            with_topic += topic in chosen
            for word, count in words.items():
                if word in index:
                    side[index[word]] += count
        if with_topic == 0 or with_topic == len(labelled):
            continue  # never chosen, or always: nothing to tell apart
        total_yes, total_no = sum(yes) + _SMOOTHING * len(vocabulary), sum(no) + _SMOOTHING * len(vocabulary)
        weights = [math.log((y + _SMOOTHING) / total_yes) - math.log((n + _SMOOTHING) / total_no) for y, n in zip(yes, no)]
        model["topics"][topic] = {"prior": math.log(with_topic / (len(labelled) - with_topic)),
                                  "weights": [round(w, 4) for w in weights]}
    return model


def topic_probabilities(model: dict, text: str) -> dict[str, float]:
    """Each topic the model knows, with the probability that it fits the text."""
    index = {word: n for n, word in enumerate(model["vocabulary"])}
    words = [(index[word], count) for word, count in bag(text).items() if word in index]
    scores = {}
    for topic, classifier in model["topics"].items():
        weights = classifier["weights"]
        # Word counts past a few in one article add little: counted at most three times each.
        odds = classifier["prior"] + sum(weights[n] * min(count, 3) for n, count in words)
        scores[topic] = 1 / (1 + math.exp(-max(-50.0, min(50.0, odds))))
    return scores
