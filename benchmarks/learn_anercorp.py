"""The entity model on ANERcorp: trained through the app's own code path, scored on the agreed test split.

    python benchmarks/learn_anercorp.py [--iterations 100] [--no-curve]

ANERcorp (../shared/data) is imported into a scratch project with the annotator's CoNLL reader; its documents
are split as the corpus's agreed split does, the first 5/6 of the words for training and the rest for testing
(here at the nearest document boundary). The model (annotator.core.learn) is trained on the training
documents with their gazetteer and with word classes learnt without labels from every text of the project,
then tags the test documents. Printed: entity precision, recall and F1 (exact span and label), per label,
training time, peak memory, the time to tag a 1,000-word article, the learning curve (F1 after 1k, 5k, 20k
and all training tokens), and last one JSON object with the figures. Word clusters need scikit-learn (the
`learn` extra). Anchors (issue 13): a plain CRF 0.64,
fine-tuned Arabic BERTs about 0.80.
"""

from __future__ import annotations

import argparse
import json
import lzma
import resource
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from annotator.core.agreement import Counts
from annotator.core.learn import crf
from annotator.core.learn.project_model import CLASS_TEXTS, word_knowledge
from annotator.core.model import Document
from annotator.core.store import Project
from annotator.importer import ImportOptions, import_paths

ANERCORP = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "anercorp.conll"
ANT = ANERCORP.with_name("ant-multisource-v2.1.jsonl.xz")


def tokens_in(document: Document) -> int:
    return sum(len(s) for s in crf.sentences(document.text))


def gazetteer_of(documents) -> dict[str, str]:
    return crf.gazetteer_from(documents)


def first_tokens(documents, limit: int) -> list[Document]:
    """The training documents up to `limit` tokens, the last one cut at a sentence (its entities with it)."""
    chosen, total = [], 0
    for document in documents:
        size = tokens_in(document)
        if total + size <= limit:
            chosen.append(document)
            total += size
            continue
        room, end = limit - total, 0
        for sentence in crf.sentences(document.text):
            if room < len(sentence):
                break
            room -= len(sentence)
            end = sentence[-1][1]
        if end:
            chosen.append(Document(id=document.id, text=document.text[:end],
                                   entities=[e for e in document.entities if e.end <= end]))
        break
    return chosen


def split(documents, limit: int) -> tuple[list[Document], list[Document]]:
    """The first `limit` tokens and the rest, the document at the boundary cut between two sentences."""
    first = first_tokens(documents, limit)
    if not first:
        return [], list(documents)
    boundary = len(first) - 1
    last = first[-1]
    whole = documents[boundary]
    rest = list(documents[boundary + 1:])
    if len(last.text) < len(whole.text):
        cut = len(last.text)
        rest.insert(0, Document(id=whole.id + "-rest", text=whole.text[cut:], entities=[
            type(e)(start=e.start - cut, end=e.end - cut, label=e.label, text=e.text) for e in whole.entities
            if e.start >= cut]))
    return first, rest


def score(model: crf.Model, documents) -> tuple[Counts, dict[str, Counts]]:
    overall, per_label = Counts(), defaultdict(Counts)
    for document in documents:
        gold = {(e.start, e.end, e.label) for e in document.entities}
        found = {(p.start, p.end, p.label) for p in model.predict(document.text)}
        overall.add(len(gold & found), len(gold), len(found))
        for label in {g[2] for g in gold | found}:
            per_label[label].add(sum(1 for s in gold & found if s[2] == label), sum(1 for s in gold if s[2] == label),
                                 sum(1 for s in found if s[2] == label))
    return overall, per_label


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--iterations", type=int, default=100)
    parser.add_argument("--no-curve", action="store_true")
    parser.add_argument("--dev", action="store_true", help="score on the last tenth of the training words (for tuning)")
    parser.add_argument("--no-news", dest="news", action="store_false",
                        help="word classes from ANERcorp's own text only, without unlabelled ANT articles")
    options = parser.parse_args()
    if not ANERCORP.exists():
        print(f"{ANERCORP}: missing", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as folder:
        with Project.open(Path(folder) / "anercorp.db") as project:
            import_paths(project, [ANERCORP], ImportOptions(format="conll", skip_invalid=True, add_labels=True, annotator="anercorp"))
            documents = list(project.documents())
    total = sum(tokens_in(d) for d in documents)
    train, test = split(documents, total * 5 // 6)
    if options.dev:  # tuning: the last tenth of the training words stand in for the test, which stays unseen
        train, test = split(train, sum(tokens_in(d) for d in train) * 9 // 10)
    train_tokens = sum(tokens_in(d) for d in train)
    print(f"ANERcorp: {len(documents)} documents, {total:,} tokens; training {train_tokens:,} tokens "
          f"({len(train)} documents), testing {total - train_tokens:,}")
    # Word classes, learnt without labels from the project's articles: ANERcorp's own and, as a newsroom's
    # project holds them, unlabelled news (the first ANT articles, up to the app's CLASS_TEXTS).
    unlabelled = [d.text for d in documents]
    if options.news and ANT.exists():
        with lzma.open(ANT, "rt", encoding="utf-8") as stream:
            for line, _ in zip(stream, range(CLASS_TEXTS)):
                unlabelled.append(json.loads(line)["text"])
    start = time.perf_counter()
    classes, clusters = word_knowledge(unlabelled)
    knowledge_s = time.perf_counter() - start
    print(f"word classes and clusters from {len(unlabelled):,} unlabelled texts in {knowledge_s:.1f} s"
          + ("" if clusters else " (no clusters: scikit-learn is not installed)"))
    curve = {}
    if not options.no_curve:
        for limit in (1_000, 5_000, 20_000):
            part = first_tokens(train, limit)
            first, second = crf.train_two_pass(part, classes=classes, clusters=clusters, iterations=options.iterations)
            model = crf.Model(first, gazetteer=gazetteer_of(part), classes=classes, clusters=clusters, second=second)
            curve[limit] = round(score(model, test)[0].f1, 4)
            print(f"  after {limit:>7,} training tokens: F1 {curve[limit]:.3f}")
    gazetteer = gazetteer_of(train)
    start = time.perf_counter()
    data, second = crf.train_two_pass(train, classes=classes, clusters=clusters, iterations=options.iterations)
    train_s = time.perf_counter() - start + knowledge_s  # as the app trains: the word knowledge, then the model
    model = crf.Model(data, gazetteer=gazetteer, classes=classes, clusters=clusters, second=second)
    overall, per_label = score(model, test)
    curve[train_tokens] = round(overall.f1, 4)
    print(f"  after {train_tokens:>7,} training tokens: F1 {overall.f1:.3f}")
    article = " ".join(test[0].text.split()[:1000])
    model.predict(article)
    start = time.perf_counter()
    for _ in range(5):
        model.predict(article)
    suggest_ms = (time.perf_counter() - start) / 5 * 1000
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"precision {overall.precision:.3f}  recall {overall.recall:.3f}  F1 {overall.f1:.3f}   (target F1 >= 0.80)")
    for label, counts in sorted(per_label.items()):
        print(f"  {label:<5} P {counts.precision:.3f}  R {counts.recall:.3f}  F1 {counts.f1:.3f}  ({counts.reference} in the test)")
    print(f"training {train_s:.1f} s with the word knowledge (target <= 180 s), peak memory {peak_mb:.0f} MB (target <= 1024), "
          f"a 1,000-word article tagged in {suggest_ms:.0f} ms (target <= 200), model {(len(data) + len(second or b'')) / 1e6:.1f} MB")
    print(json.dumps({"f1": round(overall.f1, 4), "precision": round(overall.precision, 4),
                      "recall": round(overall.recall, 4), "train_s": round(train_s, 1), "peak_mb": round(peak_mb),
                      "suggest_ms": round(suggest_ms, 1), "curve": curve}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
