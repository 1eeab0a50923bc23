"""Every quote suggestion on a fixed sample of dev articles, one line each, for diffing a rule change.

    python benchmarks/quotes_dev_snapshot.py [--articles 400] > before.txt
    … change a rule …
    python benchmarks/quotes_dev_snapshot.py > after.txt && diff before.txt after.txt

A rule written for one article must not move a quote elsewhere unseen: read every line the diff shows. The
sample is drawn from ANT's outlets other than CNN (CNN is held out: `arabic_quality.py` measures on it and
nothing here may read it), the same articles every run, those with a verb of saying. The suggester needs
the article's names as accepted entities, as the analyst's or the gazetteer's would be: they come from the
app's own entity model trained on ANERcorp (PERS, ORG, LOC read as PERSON, ORG, GPE), kept in the user's
cache after the first run (about two minutes) so later runs take seconds, snapped as the window snaps
a selection («لرويترز» → «رويترز»), and found again at every other mention. Its names are imperfect, as an
analyst's first pass is: the snapshot tells what a change does, not how good the suggestions are.

Each line: docno, the cue, the quote's first and last words, and the speaker (the linked name, else the
speaker's text, else -).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import lzma
import pickle
import re
import sys
import tempfile
from pathlib import Path

from platformdirs import user_cache_dir

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from annotator.core import suggest  # noqa: E402
from annotator.core.arabic import snap_entity  # noqa: E402
from annotator.core.learn import crf  # noqa: E402
from annotator.core.learn.project_model import word_knowledge  # noqa: E402
from annotator.core.model import Document, Entity  # noqa: E402
from annotator.core.text import normalise  # noqa: E402

SHARED = ROOT.parent / "shared" / "data"
ANT = SHARED / "ant-multisource-v2.1.jsonl.xz"
ANERCORP = SHARED / "anercorp.conll"
HELD_OUT = "CNN"
LABELS = {"PERS": "PERSON", "ORG": "ORG", "LOC": "GPE"}
_SAYING = re.compile(r"\b[وف]?(?:قال|قالت|أكد|أكدت|أضاف|أضافت|أعلن|أعلنت|صرح|صرحت|أوضح|أوضحت)\b")


def dev_articles(count: int) -> list[tuple[str, str]]:
    """(docno, text) of `count` articles of the outlets not held out, chosen by a hash of the docno."""
    chosen = []
    with lzma.open(ANT, "rt", encoding="utf-8") as stream:
        for line in stream:
            article = json.loads(line)
            if article["src"] == HELD_OUT:
                continue
            draw = int(hashlib.sha256(article["docno"].encode()).hexdigest()[:8], 16)
            text = normalise(article["text"])
            if draw % 20 == 7 and _SAYING.search(text):
                chosen.append((draw, article["docno"], text))
    chosen.sort()
    return [(docno, text) for _, docno, text in chosen[:count]]


def name_model() -> crf.Model:
    """The entity model trained on ANERcorp as `learn_anercorp.py` trains it, from the cache when there."""
    cache = Path(user_cache_dir("annotator")) / "quotes-dev-names.pickle"
    source = ANERCORP.read_bytes() + Path(crf.__file__).read_bytes()
    key = hashlib.sha256(source).hexdigest()
    if cache.exists():
        kept = pickle.loads(cache.read_bytes())
        if kept["key"] == key:
            return crf.Model(kept["first"], second=kept["second"], **kept["knowledge"])
    from annotator.core.store import Project
    from annotator.importer import ImportOptions, import_paths

    print("training the name model on ANERcorp (once; about two minutes)…", file=sys.stderr)
    with tempfile.TemporaryDirectory() as folder, Project.open(Path(folder) / "names.db") as project:
        import_paths(project, [ANERCORP], ImportOptions(format="conll", skip_invalid=True, add_labels=True,
                                                        annotator="anercorp"))
        documents = list(project.documents())
    classes, clusters = word_knowledge(d.text for d in documents)
    first, second = crf.train_two_pass(documents, classes=classes, clusters=clusters)
    knowledge = {"gazetteer": crf.gazetteer_from(documents), "classes": classes, "clusters": clusters}
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_bytes(pickle.dumps({"key": key, "first": first, "second": second, "knowledge": knowledge}))
    return crf.Model(first, second=second, **knowledge)


def snapshot_lines(docno: str, text: str, model: crf.Model) -> list[str]:
    spans = []
    for prediction in model.predict(text):
        # ANERcorp tags whole tokens («لرويترز»): snapped as the window snaps the analyst's selection
        start, end = snap_entity(text, prediction.start, prediction.end) or (prediction.start, prediction.end)
        spans.append((start, end, LABELS.get(prediction.label, prediction.label)))
    # every other mention of a name found once, as the analyst's «label all occurrences» leaves them
    known = {suggest._key(text[a:b]): label for a, b, label in spans}
    for found in suggest.find_names(text, known):
        if not any(a < found.end and found.start < b for a, b, _ in spans):
            spans.append((found.start, found.end, found.label))
    entities = [Entity(start=a, end=b, label=label, text=text[a:b], id=n) for n, (a, b, label) in enumerate(sorted(spans))]
    document = Document(id=docno, text=text, entities=entities)
    names = {entity.id: entity.text for entity in entities}
    lines = []
    for quote in suggest.quote_suggestions(document):
        words = text[quote.start:quote.end].split()
        head = " ".join(words[:4]) + (" … " + " ".join(words[-3:]) if len(words) > 7 else " " + " ".join(words[4:]))
        speaker = names.get(quote.speaker) if quote.speaker is not None else quote.speaker_text
        lines.append(f"{docno}\t{text[quote.cue[0]:quote.cue[1]]}\t{head.strip()}\t{speaker or '-'}")
    return lines


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=1000)
    options = parser.parse_args()
    for path in (ANT, ANERCORP):
        if not path.exists():
            print(f"{path}: missing", file=sys.stderr)
            return 1
    model = name_model()
    for docno, text in dev_articles(options.articles):
        for line in snapshot_lines(docno, text, model):
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
