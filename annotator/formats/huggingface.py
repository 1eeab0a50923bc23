"""Hugging Face datasets: token classification (`tokens`, `ner_tags` as indices, and a labels file)
and text classification (`text`, `labels`), both JSONL for `datasets.load_dataset("json", ...)`.

Token classification takes the CoNLL tokenisation (whole tokens by default,
as Arabic NER corpora are tokenised) and the outermost entities; nested ones
and quotes cannot be carried and are counted in a warning.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import IO

from annotator.core.reasons import reason
from annotator.core.model import Document
from annotator.formats import conll


class TokenClassification:
    NAME = "hf-tokens"
    SUFFIXES = (".hf-tokens.jsonl",)

    @staticmethod
    def tag_names(labels: list[str]) -> list[str]:
        return ["O", *[f"{prefix}-{label}" for label in labels for prefix in ("B", "I")]]

    @classmethod
    def write(cls, documents: Iterable[Document], stream: IO[str], *, labels: list[str] | None = None,
              labels_path: Path | None = None, whole_tokens: bool = True, warn: Callable[[str], None] | None = None,
              **_options) -> int:
        warn = warn or (lambda message: None)
        documents = list(documents)
        labels = labels or sorted({e.label for d in documents for e in d.entities})
        names = cls.tag_names(labels)
        index = {name: n for n, name in enumerate(names)}
        nested = quotes = count = 0
        for document in documents:
            for number, sentence in enumerate(conll.sentences(document, whole_tokens)):
                rows, _ = conll.tag_rows(sentence, document, "bio")
                nested += sum(1 for _, tags in rows for tag in tags[1:] if tag.startswith("B-"))
                stream.write(json.dumps({
                    "id": f"{document.id}-{number}",
                    "tokens": [token for token, _ in rows],
                    "ner_tags": [index.get(tags[0], 0) for _, tags in rows],
                }, ensure_ascii=False) + "\n")
            quotes += len(document.quotes)
            count += 1
        if labels_path is not None:
            Path(labels_path).write_text(json.dumps(names, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        else:
            warn(reason("no labels file written (write to a file with --out): ner_tags index {names}",
                        names=json.dumps(names, ensure_ascii=False)))
        relations = sum(len(document.relations) for document in documents)
        if nested or quotes or relations:
            if relations:
                warn(reason("token classification holds one tag per token: left out {nested} nested entities and "
                            "{quotes} quotes and {relations} relations", nested=nested, quotes=quotes, relations=relations))
            else:
                warn(reason("token classification holds one tag per token: left out {nested} nested entities and "
                            "{quotes} quotes", nested=nested, quotes=quotes))
        return count


class TextClassification:
    NAME = "hf-text"
    SUFFIXES = (".hf-text.jsonl",)

    @staticmethod
    def write(documents: Iterable[Document], stream: IO[str], *, warn: Callable[[str], None] | None = None,
              **_options) -> int:
        count, dropped = 0, {"entities": 0, "quotes": 0, "relations": 0}
        for document in documents:
            stream.write(json.dumps({"id": document.id, "text": document.text, "labels": document.topics}, ensure_ascii=False) + "\n")
            count += 1
            for name in dropped:
                dropped[name] += len(getattr(document, name))
        if any(dropped.values()) and warn:
            warn(reason("text classification holds topics only: left out {entities} entities, {quotes} quotes, "
                        "{relations} relations", **dropped))
        return count
