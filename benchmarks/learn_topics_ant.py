"""Topic suggestions on news from an outlet never trained on: ANT's categories as topics.

    python benchmarks/learn_topics_ant.py [--every N]

ANT's articles carry their outlet's category (international news, Middle East, sport, economy, technology,
culture). The topic classifiers (annotator.core.learn.topics, the code path `annotator train` uses) learn from
every Nth article of four outlets and are scored on CNN's articles (held out): the top topic against
the article's category (accuracy), and the suggestions (probability >= 0.5) as precision, recall and F1 per
topic. Beside it, the baseline of always suggesting the most common category.
"""

from __future__ import annotations

import argparse
import json
import lzma
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from annotator.core.agreement import Counts
from annotator.core.learn.topics import topic_probabilities, train_topics
from annotator.core.model import Document

ANT = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "ant-multisource-v2.1.jsonl.xz"
HELD_OUT = "CNN"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--every", type=int, default=4, help="train on every Nth article of the other outlets")
    options = parser.parse_args()
    train, test, taken, seen = [], [], Counter(), Counter()
    with lzma.open(ANT, "rt", encoding="utf-8") as stream:
        for line in stream:
            row = json.loads(line)
            if not row["text"].strip():
                continue
            document = Document(id=row["docno"], text=row["text"], topics=[row["cat"]])
            if row["src"] == HELD_OUT:
                test.append(document)
            else:
                seen[row["src"]] += 1
                if seen[row["src"]] % options.every == 0:  # ANT lists each outlet category by category
                    taken[row["src"]] += 1
                    train.append(document)
    topics = sorted({d.topics[0] for d in train})
    start = time.perf_counter()
    model = train_topics(train, topics)
    train_s = time.perf_counter() - start
    right, per_topic = 0, defaultdict(Counts)
    start = time.perf_counter()
    for document in test:
        probabilities = topic_probabilities(model, document.text)
        best = max(probabilities, key=probabilities.get)
        right += best == document.topics[0]
        offered = {topic for topic, p in probabilities.items() if p >= 0.5}
        for topic in topics:
            per_topic[topic].add(int(topic in offered and topic in document.topics), int(topic in document.topics),
                                 int(topic in offered))
    tag_ms = (time.perf_counter() - start) / len(test) * 1000
    common = Counter(d.topics[0] for d in train).most_common(1)[0][0]
    baseline = sum(d.topics[0] == common for d in test) / len(test)
    micro = Counts()
    for counts in per_topic.values():
        micro.add(counts.matched, counts.reference, counts.other)
    print(f"trained on {len(train):,} articles of {len(taken)} outlets in {train_s:.1f} s; "
          f"tested on {len(test):,} {HELD_OUT} articles, {tag_ms:.1f} ms each")
    print(f"top topic right: {right / len(test):.3f} (always '{common}': {baseline:.3f})")
    print(f"suggestions (p >= 0.5): precision {micro.precision:.3f}, recall {micro.recall:.3f}, F1 {micro.f1:.3f}")
    for topic in topics:
        counts = per_topic[topic]
        print(f"  {topic:<18} P {counts.precision:.3f}  R {counts.recall:.3f}  F1 {counts.f1:.3f}  ({counts.reference})")
    print(json.dumps({"accuracy": round(right / len(test), 4), "baseline": round(baseline, 4), "f1": round(micro.f1, 4),
                      "train_s": round(train_s, 1), "tag_ms": round(tag_ms, 2)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
