"""Word clusters learnt without labels from the project's own articles.

A name the analyst never tagged still keeps company like the names that were: ministers' names stand after
the same titles and before the same verbs. Each frequent word stem gets a vector from the words around it
(positive pointwise mutual information with its neighbours two to each side, reduced by a truncated SVD),
and the vectors are grouped by k-means at four sizes, from 32 broad classes to 2,048 narrow ones, the way
Brown clusters' bit-string prefixes are used in NER. The sequence model sees a word's classes as features.
Deterministic: the same articles give the same classes.
"""

from __future__ import annotations

from collections.abc import Iterable

from annotator.core.arabic import fold
from annotator.core.learn.features import stem
from annotator.core.text import token_spans

VOCABULARY = 50_000  # stems given classes, the most frequent first
CONTEXTS = 5_000  # the most frequent stems serve as the neighbours that describe a word
DIMENSIONS = 100
SIZES = (32, 128, 512, 2048)
_OFFSETS = (-2, -1, 1, 2)


def word_knowledge(texts: Iterable[str], *, least: int = 3,
                   sizes: tuple[int, ...] = SIZES) -> tuple[dict[str, tuple[str, str]], dict[str, list[str]]]:
    """Each frequent stem's usual company (as crf.word_classes finds it) and its word clusters ("32:5",
    "128:77", …), from one reading of the texts. The stems are kept as numbers, not strings: 12 million
    of them as strings took a gigabyte."""
    import numpy

    ids, words = _stem_ids(texts)
    counts = numpy.bincount(ids[ids >= 0], minlength=len(words))
    frequent = numpy.flatnonzero(counts >= least)
    classes = _company(ids, words, frequent)
    by_count = frequent[numpy.argsort(-counts[frequent], kind="stable")][:VOCABULARY]
    if len(by_count) < 2 * max(sizes):
        return classes, {}  # too little text to tell company apart: the model goes without clusters
    return classes, _clusters([words[n] for n in by_count], _ppmi(_neighbours(ids, by_count, len(words))), sizes)


def _stem_ids(texts: Iterable[str]):
    """Every token's stem as a number (first seen, first numbered), -1 between two texts; and the stems."""
    import numpy
    from array import array

    numbers: dict[str, int] = {}
    ids = array("i")
    for text in texts:
        for a, b in token_spans(text):
            word = stem(fold(text[a:b]))
            number = numbers.get(word)
            if number is None:
                number = numbers[word] = len(numbers)
            ids.append(number)
        ids.append(-1)
    return numpy.frombuffer(ids, dtype=numpy.int32).astype(numpy.int64), list(numbers)


def _company(ids, words: list[str], frequent) -> dict[str, tuple[str, str]]:
    """The stem most often right before and right after each frequent stem (<s> and </s> at the edges of a
    text; among equals, the one seen first)."""
    import numpy

    wanted = numpy.zeros(len(words) + 1, dtype=bool)
    wanted[frequent] = True
    chosen = []
    for word, neighbour in ((ids[1:], ids[:-1]), (ids[:-1], ids[1:])):
        kept = (word >= 0) & wanted[word]
        word, neighbour = word[kept], neighbour[kept] + 1  # 0 stands for the edge of a text
        keys, counts = numpy.unique(word * (len(words) + 1) + neighbour, return_counts=True)
        if not len(keys):
            chosen.append({})
            continue
        owners, neighbours = keys // (len(words) + 1), keys % (len(words) + 1)
        order = numpy.lexsort((neighbours, -counts, owners))  # per stem: most often first, then first seen
        first = order[numpy.r_[True, owners[order][1:] != owners[order][:-1]]]
        chosen.append(dict(zip(owners[first].tolist(), neighbours[first].tolist())))
    left, right = chosen
    return {words[n]: (words[left[n] - 1] if left.get(n) else "<s>", words[right[n] - 1] if right.get(n) else "</s>")
            for n in frequent.tolist()}


def _neighbours(ids, vocabulary, size: int):
    """How often each word of the vocabulary stands with each of the CONTEXTS most frequent ones, two to each
    side, counted in slices so only one slice's pairs are held at a time."""
    import numpy
    from scipy import sparse

    rank = numpy.full(size + 1, -1, dtype=numpy.int64)  # the last place answers for -1, between texts
    rank[vocabulary] = numpy.arange(len(vocabulary))
    ranked = rank[ids]
    shape = (len(vocabulary), len(_OFFSETS) * CONTEXTS)
    matrix = sparse.csr_matrix(shape, dtype=numpy.float64)
    step = 2_000_000
    for begin in range(0, len(ranked), step):
        window = ranked[max(0, begin - 2):begin + step + 2]
        lead = begin - max(0, begin - 2)  # positions before `begin` are there as neighbours only
        rows, columns = [], []
        positions = numpy.arange(lead, min(len(window), lead + step))
        for n, offset in enumerate(_OFFSETS):
            others = positions + offset
            inside = (others >= 0) & (others < len(window))
            word, neighbour = window[positions[inside]], window[others[inside]]
            kept = (word >= 0) & (neighbour >= 0) & (neighbour < CONTEXTS)
            rows.append(word[kept])
            columns.append(neighbour[kept] + n * CONTEXTS)
        rows, columns = numpy.concatenate(rows), numpy.concatenate(columns)
        matrix = matrix + sparse.csr_matrix((numpy.ones(len(rows)), (rows, columns)), shape=shape)
    return matrix


def _ppmi(matrix):
    """Positive PMI of word and neighbour, the neighbours' counts smoothed (power 0.75) as word2vec does."""
    import numpy
    from scipy import sparse

    matrix = matrix.tocoo()
    total = matrix.sum()
    words = numpy.asarray(matrix.sum(axis=1)).ravel() / total
    neighbours = numpy.asarray(matrix.sum(axis=0)).ravel() ** 0.75
    neighbours /= neighbours.sum()
    pmi = numpy.log(matrix.data / total / words[matrix.row] / neighbours[matrix.col])
    kept = pmi > 0
    return sparse.csr_matrix((pmi[kept], (matrix.row[kept], matrix.col[kept])), shape=matrix.shape)


def _clusters(vocabulary: list[str], ppmi, sizes: tuple[int, ...]) -> dict[str, list[str]]:
    from sklearn.cluster import MiniBatchKMeans
    from sklearn.decomposition import TruncatedSVD
    from sklearn.preprocessing import normalize

    dimensions = min(DIMENSIONS, len(vocabulary) - 1, ppmi.shape[1] - 1)
    vectors = normalize(TruncatedSVD(dimensions, random_state=0).fit_transform(ppmi))
    classes: dict[str, list[str]] = {word: [] for word in vocabulary}
    for size in sizes:
        found = MiniBatchKMeans(size, random_state=0, n_init=1, batch_size=4096).fit_predict(vectors)
        for word, cluster in zip(vocabulary, found):
            classes[word].append(f"{size}:{cluster}")
    return classes
