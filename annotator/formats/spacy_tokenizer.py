"""A spaCy tokenizer for Arabic that cuts where the annotator cuts entities (needs the extra `spacy`).

`spacy.blank("ar")` keeps a proclitic on its word (وروسيا), a direction mark
on the word before it and `".` on a name, so names inside those tokens cannot
be learned: `spacy debug data` calls them misaligned. This tokenizer cuts
words and single other characters as the annotator does (core.text), takes
the proclitics before ال off (والعراق → و العراق), and cuts the words listed
in `splits` where an export found an entity edge inside them (وروسيا → و روسيا).
`annotator export --format spacy` writes a training config naming it with
those words; spaCy finds it by name through the `spacy_tokenizers` entry
point once the annotator is installed beside spaCy:

    python -m spacy train NAME.spacy-config.cfg --paths.train NAME.spacy --paths.dev DEV.spacy
"""

from __future__ import annotations

import json
from pathlib import Path

from annotator.core.arabic import proclitic_splits, stem_start
from annotator.core.text import spaced_tokens, token_spans

NAME = "annotator.ArabicClitics.v1"


def cuts(text: str, splits: dict[str, list[int]]) -> set[int]:
    """Offsets inside words where tokens end: proclitics before ال, and the listed words' cuts."""
    found = set()
    for start, end in token_spans(text):
        word = text[start:end]
        listed = splits.get(word)
        if listed:
            found.update(start + cut for cut in listed if 0 < cut < len(word))
        stem = stem_start(word)
        if stem:
            found.update(start + cut for cut in proclitic_splits(word) if 0 < cut <= stem)
    return found


class CliticTokenizer:
    """Callable like spaCy's own tokenizer, and saved with the pipeline (its listed words included)."""

    def __init__(self, vocab, splits: dict[str, list[int]] | None = None):
        self.vocab = vocab
        self.splits = {word: sorted(set(offsets)) for word, offsets in (splits or {}).items()}

    def __call__(self, text: str):
        from spacy.tokens import Doc

        tokens = spaced_tokens(text, cuts(text, self.splits))
        return Doc(self.vocab, words=[text[a:b] for a, b, _ in tokens], spaces=[ws for _, _, ws in tokens])

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)

    def to_bytes(self, *, exclude=()) -> bytes:
        return json.dumps({"splits": self.splits}, ensure_ascii=False).encode("utf-8")

    def from_bytes(self, data: bytes, *, exclude=()) -> "CliticTokenizer":
        self.splits = json.loads(data.decode("utf-8"))["splits"]
        return self

    def to_disk(self, path, *, exclude=()) -> None:
        Path(path).write_bytes(self.to_bytes())

    def from_disk(self, path, *, exclude=()) -> "CliticTokenizer":
        return self.from_bytes(Path(path).read_bytes())


def create_tokenizer(splits: dict[str, list[int]] | None = None):
    """The factory spaCy's config calls: `[nlp.tokenizer] @tokenizers = "annotator.ArabicClitics.v1"`."""

    def make(nlp):
        return CliticTokenizer(nlp.vocab, splits)

    return make


def training_config(splits: dict[str, list[int]], labels_of_topics: list[str]) -> str:
    """spaCy's own default config for an Arabic NER pipeline (and a topic classifier when there are
    topics), with this tokenizer in it."""
    from spacy.cli.init_config import init_config

    pipeline = ["ner", "textcat_multilabel"] if labels_of_topics else ["ner"]
    config = init_config(lang="ar", pipeline=pipeline, optimize="efficiency")
    config["nlp"]["tokenizer"] = {"@tokenizers": NAME, "splits": dict(sorted(splits.items()))}
    return config.to_str()
