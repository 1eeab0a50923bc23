"""The project's own entity model: trained on its accepted names, kept in the project file, used to suggest.

Training reads every document with accepted entities (and every document marked done, whose unnamed words
teach what is not a name), holds one document in ten out to score the model honestly, learns word classes
without labels from up to CLASS_TEXTS of the project's articles, and stores the model with its date, the
size of what it learnt from and its held-out scores. Suggestions it makes are ordinary suggestions (source
`model`): faded in the window, accepted or rejected like the others, never exported until accepted.
"""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from annotator.core import suggest
from annotator.core.agreement import Counts
from annotator.core.learn import crf
from annotator.core.model import Document
from annotator.core.reasons import reason
from annotator.core.store import Project, now

CLASS_TEXTS = 30_000  # articles read for word classes and clusters: a newsroom's month, about a minute to count
KIND = "entities-crf"


@dataclass
class Trained:
    documents: int
    tokens: int
    seconds: float
    scores: dict  # precision, recall, f1 on the held-out documents


def training_documents(project: Project) -> list:
    """Documents with accepted names or marked done, whole; and from the others, each sentence in which the
    analyst rejected a suggestion, without names: negative evidence, what the model offered and should not."""
    chosen, rejected = [], defaultdict(list)
    for start, end, key in project.conn.execute('SELECT start, "end", document FROM rejections'):
        rejected[key].append((start, end))
    for document in project.documents(include_suggested=False):
        if document.status == "done" or any(not e.suggested for e in document.entities):
            chosen.append(document)
        elif document.key in rejected:
            for n, tokens in enumerate(crf.sentences(document.text)):
                begin, end = tokens[0][0], tokens[-1][1]
                if any(begin < b and a < end for a, b in rejected[document.key]):
                    chosen.append(Document(id=f"{document.id}#{n}", text=document.text[begin:end]))
    return chosen


def train_project(project: Project, *, iterations: int = 100) -> Trained:
    """Train on the project's accepted names and keep the model in the project file."""
    documents = training_documents(project)
    if not any(d.entities or d.status == "done" for d in documents):  # rejections alone teach nothing to find
        raise ValueError("nothing to learn from yet: accept some names (or mark documents done) first")
    start = time.perf_counter()
    held_out = documents[9::10]
    learn_from = [d for n, d in enumerate(documents) if n % 10 != 9] or documents
    classes, clusters = word_knowledge(row[0] for row in project.conn.execute(f"SELECT text FROM texts LIMIT {CLASS_TEXTS}"))
    data, second = crf.train_two_pass(learn_from, classes=classes, clusters=clusters, iterations=iterations)
    gazetteer = crf.gazetteer_from(learn_from)
    model = crf.Model(data, gazetteer=gazetteer, classes=classes, clusters=clusters, second=second)
    counts = Counts()
    for document in held_out:
        gold = {(e.start, e.end, e.label) for e in document.entities if not e.suggested}
        found = {(p.start, p.end, p.label) for p in model.predict(document.text)}
        counts.add(len(gold & found), len(gold), len(found))
    tokens = sum(len(s) for d in learn_from for s in crf.sentences(d.text))
    from annotator.core.learn.topics import train_topics

    topic_model = train_topics([d for d in documents if d.topics], [t.name for t in project.schema().topics])
    seconds = time.perf_counter() - start
    scores = {"precision": round(counts.precision, 4), "recall": round(counts.recall, 4), "f1": round(counts.f1, 4),
              "held_out_documents": len(held_out), "seconds": round(seconds, 1)}
    extras = gzip.compress(json.dumps({"gazetteer": gazetteer, "classes": classes, "clusters": clusters,
                                       "topics": topic_model}, ensure_ascii=False).encode("utf-8"))
    with project.transaction():
        project.conn.execute(
            "INSERT INTO models (kind, created, data, second, extras, documents, tokens, scores) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", (KIND, now(), data, second, extras, len(learn_from), tokens, json.dumps(scores)))
        project.journal("train", annotator=None, documents=len(learn_from), tokens=tokens, **scores)
    rank_documents(project, model)
    return Trained(len(learn_from), tokens, seconds, scores)


def word_knowledge(texts) -> tuple[dict, dict]:
    """What the model knows of words from unlabelled articles: each stem's usual neighbours, and its word
    clusters where scikit-learn is installed (the `learn` extra; without it the model goes without them)."""
    try:
        import sklearn  # noqa: F401 - the learn extra, with numpy and scipy
    except ImportError:
        return crf.word_classes(texts), {}
    from annotator.core.learn.vectors import word_knowledge as learnt

    return learnt(texts)


def train_in_child(path: Path, *, iterations: int = 100, waiting=None) -> Trained:
    """`train_project` in a process of its own, as `annotator train` runs it. crfsuite holds Python's lock
    while it trains: on a thread of the window's process, the window stopped for up to 0.3 s at a time.
    `waiting()` is called every 0.2 s meanwhile; whatever it raises stops the child (nothing is kept) and
    is raised again. A project with nothing to learn from raises ValueError with the child's sentence."""
    if getattr(sys, "frozen", False):  # the installed app: its executable is the command line itself
        command = [sys.executable]
    else:
        command = [sys.executable, "-m", "annotator"]
    command += ["train", "--db", str(path), "--iterations", str(iterations)]
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             encoding="utf-8", errors="replace")
    while True:
        try:
            _, errors = child.communicate(timeout=0.2)
            break
        except subprocess.TimeoutExpired:
            if waiting is not None:
                try:
                    waiting()
                except BaseException:
                    child.kill()
                    child.communicate()
                    raise
    said = errors.strip().splitlines()[-1] if errors.strip() else ""
    if child.returncode != 0:
        said = said.removeprefix("annotator train: ")
        if child.returncode == 1 and "nothing to learn from" in said:
            raise ValueError(said)
        # The child's own sentence (the command line's, in English) is kept inside a translatable one.
        raise RuntimeError(reason("the training stopped (exit {code}): {said}", code=child.returncode,
                                  said=said or "?"))
    with Project.open(path) as project:
        row = project.conn.execute("SELECT documents, tokens, scores FROM models WHERE kind = ? ORDER BY id DESC "
                                   "LIMIT 1", (KIND,)).fetchone()
    scores = json.loads(row[2])
    return Trained(row[0], row[1], scores.get("seconds", 0.0), scores)


TOPIC_TEXT = 20_000  # characters of an article the topic classifiers read
RANKED = 2_000  # new documents ranked after a training: the next weeks of work, in a few seconds


def rank_documents(project: Project, model: crf.Model, *, limit: int = RANKED) -> int:
    """Score the first `limit` documents still new by the model's uncertainty, for "most useful first"."""
    rows = project.conn.execute(
        "SELECT d.key, t.text FROM documents d JOIN texts t ON t.document = d.key WHERE d.status = 'new' "
        f"ORDER BY d.key LIMIT {int(limit)}").fetchall()
    scores = [(key, model.uncertainty(text)) for key, text in rows]
    with project.transaction():
        project.conn.execute("DELETE FROM usefulness")
        project.conn.executemany("INSERT INTO usefulness (document, score) VALUES (?, ?)", scores)
    return len(scores)


def latest(project: Project) -> crf.Model | None:
    row = project.conn.execute("SELECT data, extras, second FROM models WHERE kind = ? ORDER BY id DESC LIMIT 1",
                               (KIND,)).fetchone()
    if row is None:
        return None
    extras = json.loads(gzip.decompress(row[1]).decode("utf-8"))
    model = crf.Model(row[0], gazetteer=extras["gazetteer"],
                      classes={word: tuple(company) for word, company in extras["classes"].items()},
                      clusters=extras.get("clusters"), second=row[2])
    model.topics = extras.get("topics")  # the topic classifiers trained with it, if any topic was chosen
    return model


def topic_suggestions(document, model: crf.Model, *, least: float = 0.5) -> dict[str, float]:
    """Topics the model finds fitting that the document does not have yet, with their probability."""
    from annotator.core.learn.topics import topic_probabilities

    if not getattr(model, "topics", None):
        return {}
    # The start of an article tells its topic; a 5 MB page would otherwise cost seconds each time it opens.
    return {topic: p for topic, p in topic_probabilities(model.topics, document.text[:TOPIC_TEXT]).items()
            if p >= least and topic not in document.topics}


def model_suggestions(document, model: crf.Model, *, least: float = 0.5) -> list[suggest.EntitySuggestion]:
    """The model's names in a document that no entity covers yet, confident enough."""
    taken = [(e.start, e.end) for e in document.entities]
    return [suggest.EntitySuggestion(p.start, p.end, p.label, "model", round(p.confidence, 3))
            for p in model.predict(document.text)
            if p.confidence >= least and not any(a < p.end and p.start < b for a, b in taken)]
