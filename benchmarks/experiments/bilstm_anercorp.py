"""An experiment, not the app's code path: a BiLSTM-CRF on ANERcorp's agreed split, beside the app's CRF.

    python3 -m venv /tmp/torch-venv
    /tmp/torch-venv/bin/pip install -e . torch==2.13.0
    /tmp/torch-venv/bin/python benchmarks/experiments/bilstm_anercorp.py [--test] [--epochs 25]

Issue 13 asks for entity F1 0.80 on ANERcorp's test split. The app's CRF (annotator.core.learn) reaches 0.745
there. Its features seemed saturated: nothing tried on the dev tenth of the training words moved it past
noise. This script measures the next family on the same split, with the same knowledge learnt without labels.

Each token is read as its stem's PPMI-SVD vector (frozen; the same vectors `core.learn.vectors` clusters, from
ANERcorp's texts and the first CLASS_TEXTS ANT articles), a character CNN over the word as written, the
out-of-fold gazetteer place of its stem (as the CRF sees it), and its four word clusters. A BiLSTM reads
them, and a CRF layer tags BIO.

By default it scores on the last tenth of the training words (`--dev`, for tuning, as learn_anercorp.py
does); `--test` scores once on the test split. Printed: dev or test entity F1 (exact span and label, over the
token grid) after each epoch, and the time.

Measured 2026-11-28 on this 2-core machine, dev tenth: 0.70 with trainable embeddings and no gazetteer or
clusters, 0.746 with the vectors frozen, 0.76–0.77 with the gazetteer and the clusters too, at about 4.5 s an
epoch (25 epochs in about 2 minutes). The app's CRF scores 0.726 there in one pass and 0.749 in two. On
the test split, run once: 0.748 after 25 epochs (0.741–0.748 over epochs 19–25), where the app's CRF gives
0.745: as good as the CRF's two passes with one, not the step to 0.80. With `--stack` the BiLSTM also reads
what the CRF's first pass said about the document (the CRF second pass's own features, from half-models on
the training documents): dev tenth 0.76–0.77, test split 0.761 after 25 epochs (0.760–0.772 over epochs 19–25),
in about 4.5 minutes with the word knowledge and the CRF models, over the 3 minutes issue 13 allows. torch is
not a dependency of the app: this file only measures.
"""

from __future__ import annotations

import argparse
import json
import lzma
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))

import numpy  # noqa: E402

import learn_anercorp  # noqa: E402
from annotator.core.arabic import fold  # noqa: E402
from annotator.core.learn import crf, vectors  # noqa: E402
from annotator.core.learn.features import stem  # noqa: E402
from annotator.core.learn.project_model import CLASS_TEXTS, word_knowledge  # noqa: E402
from annotator.core.store import Project  # noqa: E402
from annotator.importer import ImportOptions, import_paths  # noqa: E402


def split_documents(test: bool):
    with tempfile.TemporaryDirectory() as folder, Project.open(Path(folder) / "anercorp.db") as project:
        import_paths(project, [learn_anercorp.ANERCORP], ImportOptions(format="conll", skip_invalid=True,
                                                                       add_labels=True, annotator="anercorp"))
        documents = list(project.documents())
    total = sum(learn_anercorp.tokens_in(d) for d in documents)
    train, held = learn_anercorp.split(documents, total * 5 // 6)
    if not test:
        train, held = learn_anercorp.split(train, sum(learn_anercorp.tokens_in(d) for d in train) * 9 // 10)
    return documents, train, held


def unlabelled_texts(documents) -> list[str]:
    texts = [d.text for d in documents]
    with lzma.open(learn_anercorp.ANT, "rt", encoding="utf-8") as stream:
        for line, _ in zip(stream, range(CLASS_TEXTS)):
            texts.append(json.loads(line)["text"])
    return texts


def stem_vectors(texts) -> dict[str, numpy.ndarray]:
    """The PPMI-SVD vectors core.learn.vectors clusters (its private steps, reused here as they are)."""
    from sklearn.decomposition import TruncatedSVD
    from sklearn.preprocessing import normalize

    ids, words = vectors._stem_ids(texts)
    counts = numpy.bincount(ids[ids >= 0], minlength=len(words))
    frequent = numpy.flatnonzero(counts >= 3)
    by_count = frequent[numpy.argsort(-counts[frequent], kind="stable")][:vectors.VOCABULARY]
    ppmi = vectors._ppmi(vectors._neighbours(ids, by_count, len(words)))
    found = normalize(TruncatedSVD(vectors.DIMENSIONS, random_state=0).fit_transform(ppmi)).astype(numpy.float32)
    return {words[n]: found[i] for i, n in enumerate(by_count)}


def sentences_of(documents, gazetteer_for, clusters, *, cut: bool, contexts=None):
    """Each sentence as words, stems, tags, gazetteer places and clusters (training sentences cut at names), and
    with `contexts` what the CRF's first pass said about the document (its second pass's features)."""
    for n, document in enumerate(documents):
        context = contexts[id(document)] if contexts else None
        gazetteer = gazetteer_for(n)
        entities = [(e.start, e.end, e.label) for e in document.entities if not e.suggested]
        cuts = [edge for a, b, _ in entities for edge in (a, b)] if cut else []
        for tokens in crf.sentences(document.text, cuts):
            words = [document.text[a:b] for a, b in tokens]
            stems = [stem(fold(w)) for w in words]
            yield {"words": words, "stems": stems, "tags": crf.bio(tokens, entities),
                   "gaz": [gazetteer.get(s, "-") for s in stems],
                   "k": [list(clusters.get(s, ["none"] * len(vectors.SIZES))) for s in stems],
                   "ctx": context.features(document.text, tokens) if context else [[] for _ in tokens]}


def first_pass_contexts(train_documents, held_documents, classes, clusters) -> dict:
    """The CRF's first pass over each document: the training ones by a model of the other half (as
    crf.train_two_pass does), the scored ones by a model of all the training documents."""
    from annotator.core.learn.second_pass import halves

    contexts = {}
    for learn_from, to_tag in halves(train_documents):
        half = crf.Model(crf.train(learn_from, gazetteer=True, classes=classes, clusters=clusters),
                         gazetteer=crf.gazetteer_from(learn_from), classes=classes, clusters=clusters)
        for document in to_tag:
            contexts[id(document)] = half.context(document.text)
    first = crf.Model(crf.train(train_documents, gazetteer=True, classes=classes, clusters=clusters),
                      gazetteer=crf.gazetteer_from(train_documents), classes=classes, clusters=clusters)
    for document in held_documents:
        contexts[id(document)] = first.context(document.text)
    return contexts


def main() -> int:
    import torch
    from torch import nn

    parser = argparse.ArgumentParser()
    parser.add_argument("--test", action="store_true", help="score once on the test split")
    parser.add_argument("--epochs", type=int, default=25)
    parser.add_argument("--hidden", type=int, default=128)
    parser.add_argument("--stack", action="store_true", help="read the CRF's first pass too (its second pass's features)")
    options = parser.parse_args()
    torch.manual_seed(0)
    random.seed(0)
    torch.set_num_threads(2)

    started = time.perf_counter()
    documents, train_documents, held_documents = split_documents(options.test)
    texts = unlabelled_texts(documents)
    classes, clusters = word_knowledge(texts)
    vectors_of = stem_vectors(texts)
    folds = {f: crf.gazetteer_from([d for i, d in enumerate(train_documents) if i % 5 != f]) for f in range(5)}
    whole = crf.gazetteer_from(train_documents)
    contexts = first_pass_contexts(train_documents, held_documents, classes, clusters) if options.stack else None
    train = [s for s in sentences_of(train_documents, lambda n: folds[n % 5], clusters, cut=True, contexts=contexts)
             if s["words"]]
    held = [s for s in sentences_of(held_documents, lambda n: whole, clusters, cut=False, contexts=contexts)
            if s["words"]]
    print(f"data and word knowledge in {time.perf_counter() - started:.0f} s; {len(train)} training sentences, "
          f"{len(held)} scored ({'test' if options.test else 'dev tenth'})", flush=True)

    tags = sorted({t for s in train for t in s["tags"]})
    tag_id = {t: i for i, t in enumerate(tags)}
    common = Counter(w for s in train for w in s["stems"])
    vocabulary = ["<pad>", "<unk>"] + sorted(set(vectors_of) | {w for w, c in common.items() if c >= 2})
    word_id = {w: i for i, w in enumerate(vocabulary)}
    letters = ["<pad>", "<unk>"] + sorted({c for s in train for w in s["words"] for c in w})
    letter_id = {c: i for i, c in enumerate(letters)}
    places = ["-"] + sorted({g for s in train for g in s["gaz"]} - {"-"})
    place_id = {g: i for i, g in enumerate(places)}
    sizes = len(vectors.SIZES)
    kinds = [sorted({k[j] for s in train + held for k in s["k"]}) for j in range(sizes)]
    kind_id = [{c: i for i, c in enumerate(v)} for v in kinds]
    said = ["<pad>"] + sorted({f for s in train for row in s["ctx"] for f in row})
    said_id = {f: i for i, f in enumerate(said)}
    table = numpy.random.default_rng(0).normal(0, 0.1, (len(vocabulary), vectors.DIMENSIONS)).astype(numpy.float32)
    for w, i in word_id.items():
        if w in vectors_of:
            table[i] = vectors_of[w]

    def encode(s):
        return ([word_id.get(w, 1) for w in s["stems"]],
                [[letter_id.get(c, 1) for c in word[:20]] or [1] for word in s["words"]],
                [tag_id.get(t, tag_id["O"]) for t in s["tags"]],
                [place_id.get(g, 0) for g in s["gaz"]],
                [[kind_id[j].get(k[j], 0) for j in range(sizes)] for k in s["k"]],
                [[said_id[f] for f in row if f in said_id][:8] for row in s["ctx"]])

    def batch(items):
        length = max(len(it[0]) for it in items)
        longest = max(len(w) for it in items for w in it[1])
        words = torch.zeros(len(items), length, dtype=torch.long)
        chars = torch.zeros(len(items), length, longest, dtype=torch.long)
        gold = torch.zeros(len(items), length, dtype=torch.long)
        mask = torch.zeros(len(items), length)
        gaz = torch.zeros(len(items), length, dtype=torch.long)
        kind = torch.zeros(len(items), length, sizes, dtype=torch.long)
        first = torch.zeros(len(items), length, 8, dtype=torch.long)
        for i, (w, c, t, g, k, x) in enumerate(items):
            for j, row in enumerate(x):
                first[i, j, :len(row)] = torch.tensor(row, dtype=torch.long)
            words[i, :len(w)], gold[i, :len(t)], mask[i, :len(w)] = torch.tensor(w), torch.tensor(t), 1
            gaz[i, :len(g)], kind[i, :len(k)] = torch.tensor(g), torch.tensor(k)
            for j, letters_of in enumerate(c):
                chars[i, j, :len(letters_of)] = torch.tensor(letters_of)
        return words, chars, gold, mask, gaz, kind, first

    class Tagger(nn.Module):
        def __init__(self):
            super().__init__()
            self.words = nn.Embedding.from_pretrained(torch.tensor(table), freeze=True, padding_idx=0)
            self.letters = nn.Embedding(len(letters), 30, padding_idx=0)
            self.conv = nn.Conv1d(30, 50, 3, padding=1)
            self.places = nn.Embedding(len(places), 10)
            self.kinds = nn.ModuleList([nn.Embedding(len(v), 10) for v in kinds])
            self.said = nn.Embedding(len(said), 20, padding_idx=0)  # the first pass's features, summed
            self.lstm = nn.LSTM(vectors.DIMENSIONS + 50 + 10 + 10 * sizes + 20, options.hidden, batch_first=True,
                                bidirectional=True)
            self.drop = nn.Dropout(0.5)
            self.out = nn.Linear(2 * options.hidden, len(tags))
            self.moves = nn.Parameter(torch.zeros(len(tags), len(tags)))
            self.first = nn.Parameter(torch.zeros(len(tags)))
            self.last = nn.Parameter(torch.zeros(len(tags)))

        def scores(self, words, chars, gaz, kind, first):
            b, t = words.shape
            spelled = torch.relu(self.conv(self.letters(chars.view(b * t, -1)).transpose(1, 2))).max(2).values
            x = torch.cat([self.words(words), spelled.view(b, t, 50), self.places(gaz), self.said(first).sum(2)]
                          + [self.kinds[j](kind[:, :, j]) for j in range(sizes)], 2)
            return self.out(self.drop(self.lstm(self.drop(x))[0]))

        def loss(self, em, gold, mask):
            score = self.first[gold[:, 0]] + em[:, 0].gather(1, gold[:, :1]).squeeze(1)
            alpha = self.first + em[:, 0]
            for t in range(1, em.shape[1]):
                step = self.moves[gold[:, t - 1], gold[:, t]] + em[:, t].gather(1, gold[:, t:t + 1]).squeeze(1)
                score = score + step * mask[:, t]
                following = torch.logsumexp(alpha.unsqueeze(2) + self.moves + em[:, t].unsqueeze(1), 1)
                alpha = torch.where(mask[:, t:t + 1] > 0, following, alpha)
            ends = gold.gather(1, (mask.sum(1).long() - 1).unsqueeze(1)).squeeze(1)
            return (torch.logsumexp(alpha + self.last, 1) - score - self.last[ends]).mean()

        def best(self, em):
            score, back = self.first + em[0], []
            for t in range(1, em.shape[0]):
                score, index = (score.unsqueeze(1) + self.moves + em[t].unsqueeze(0)).max(0)
                back.append(index)
            path = [int((score + self.last).argmax())]
            for index in reversed(back):
                path.append(int(index[path[-1]]))
            return path[::-1]

    def spans(sequence):
        found, open_ = set(), None
        for i, tag in enumerate(sequence + ["O"]):
            kind_, _, label = tag.partition("-")
            if kind_ == "I" and open_ and open_[2] == label:
                open_[1] = i + 1
                continue
            if open_:
                found.add(tuple(open_))
                open_ = None
            if kind_ in ("B", "I"):
                open_ = [i, i + 1, label]
        return found

    def f1(model):
        model.eval()
        right = gold_n = found_n = 0
        with torch.no_grad():
            for s in held:
                words, chars, _, _, gaz, kind, first = batch([encode(s)])
                predicted = spans([tags[i] for i in model.best(model.scores(words, chars, gaz, kind, first)[0])])
                gold = spans(s["tags"])
                right, gold_n, found_n = right + len(gold & predicted), gold_n + len(gold), found_n + len(predicted)
        model.train()
        precision, recall = right / max(found_n, 1), right / max(gold_n, 1)
        return 2 * precision * recall / max(precision + recall, 1e-9), precision, recall

    data = [encode(s) for s in train if len(s["words"]) <= 150]
    model = Tagger()
    optimiser = torch.optim.Adam(model.parameters(), lr=2e-3)
    started = time.perf_counter()
    for epoch in range(options.epochs):
        ordered = sorted(random.sample(data, len(data)), key=lambda d: len(d[0]))
        batches = [ordered[i:i + 32] for i in range(0, len(ordered), 32)]
        random.shuffle(batches)
        for items in batches:
            words, chars, gold, mask, gaz, kind, first = batch(items)
            loss = model.loss(model.scores(words, chars, gaz, kind, first), gold, mask)
            optimiser.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), 5.0)
            optimiser.step()
        score, precision, recall = f1(model)
        print(f"epoch {epoch + 1:>2}  {time.perf_counter() - started:5.0f} s  F1 {score:.4f}  P {precision:.3f}  "
              f"R {recall:.3f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
