"""Build the word-form lexicon the annotator ships: how many news articles each folded word form occurs in.

    python packaging/build_lexicon.py    # reads ../shared/data, writes resources/lexicon/word-forms.tsv.gz

Proclitic decisions (core.evidence) weigh a form with and without its first letter: تونس stands alone in
407 articles and بتونس in 11, so ب is a proclitic there; غداد stands nowhere, so بغداد is one word. The
counts come from the ANT corpus without its CNN articles, which the Arabic-quality benchmark keeps for
measuring on news never tuned on. Only forms found in at least MIN_DOCUMENTS articles are kept: no text
can be rebuilt from the list.
"""

from __future__ import annotations

import collections
import gzip
import json
import lzma
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from annotator.core.arabic import fold  # noqa: E402

SOURCE = ROOT.parent / "shared" / "data" / "ant-multisource-v2.1.jsonl.xz"
TARGET = ROOT / "resources" / "lexicon" / "word-forms.tsv.gz"
HELD_OUT = "CNN"
MIN_DOCUMENTS = 3
_WORD = re.compile(r"[^\W_]+")


def main() -> int:
    counts: collections.Counter = collections.Counter()
    documents = 0
    with lzma.open(SOURCE, "rt", encoding="utf-8") as stream:
        for line in stream:
            article = json.loads(line)
            if article["src"] == HELD_OUT or not article["text"].strip():
                continue
            documents += 1
            counts.update(set(_WORD.findall(fold(article["text"]))))
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(TARGET, "wt", encoding="utf-8", compresslevel=9) as out:
        out.write(f"# documents\t{documents}\n")
        for form, count in sorted(counts.items()):
            if count >= MIN_DOCUMENTS and len(form) > 1:
                out.write(f"{form}\t{count}\n")
    print(f"{TARGET}: {sum(1 for c in counts.values() if c >= MIN_DOCUMENTS)} forms from {documents} articles")
    return 0


if __name__ == "__main__":
    sys.exit(main())
