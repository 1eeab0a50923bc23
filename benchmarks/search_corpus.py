"""Arabic-aware search on all of ANT and on 100,000 articles, against a brute-force scan and bare FTS5.

    python benchmarks/search_corpus.py [N]
"""

from __future__ import annotations

import json
import lzma
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

from annotator.core.arabic import fold, tokens
from annotator.core.model import Document
from annotator.core.search import count_documents, search
from annotator.core.store import Project
from annotator.core.text import normalise
from annotator.importer import ImportOptions, import_paths

ANT = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "ant-multisource-v2.1.jsonl.xz"
QUERIES = ["العراق", "بلينكن", "ترامب", "وزير الخارجية", "2018"]
PAGE = 20  # what the window's result list shows first


def ms(work):
    start = time.perf_counter()
    result = work()
    return (time.perf_counter() - start) * 1000, result


def measure(project: Project, label: str) -> None:
    print(f"\n{label}: {project.document_count():,} documents")
    texts = [row[0] for row in project.conn.execute("SELECT text FROM texts")]
    print(f"{'query':<16}{'first 20':>10}{'docs (FTS)':>12}{'all matches':>13}{'matches':>9}{'bare FTS5':>11}{'str scan':>10}")
    for query in QUERIES:
        first, _ = ms(lambda: list(islice(search(project, query), PAGE)))
        counted, documents = ms(lambda: count_documents(project, query))
        everything, matches = ms(lambda: sum(1 for _ in search(project, query)))
        fts = " AND ".join(f'"{w}"' for w in tokens(fold(query)))  # the words as written, no proclitic forms
        bare, _ = ms(lambda: project.conn.execute("SELECT rowid FROM search_index WHERE search_index MATCH ? LIMIT 20", (fts,)).fetchall())
        scanned, _ = ms(lambda: sum(query in text for text in texts))
        print(f"{query:<16}{first:>8.1f}ms{counted:>10.1f}ms{everything:>11.0f}ms{matches:>9,}{bare:>9.1f}ms{scanned:>8.0f}ms")


def main() -> int:
    if not ANT.exists():
        print(f"{ANT}: missing", file=sys.stderr)
        return 1
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    with tempfile.TemporaryDirectory() as folder:
        with Project.open(Path(folder) / "ant.db") as project:
            took, summary = ms(lambda: import_paths(project, [ANT], ImportOptions(skip_invalid=True, id_field="docno")))
            print(f"imported ANT (index included): {summary.added:,} documents in {took / 1000:.1f} s")
            measure(project, "ANT corpus")
        with Project.open(Path(folder) / "many.db") as project:
            with lzma.open(ANT, "rt", encoding="utf-8") as stream:
                corpus = [normalise(r["text"]) for r in map(json.loads, stream) if r["text"].strip()]
            took, _ = ms(lambda: _fill(project, corpus, count))
            print(f"\nbuilt {count:,} articles (ANT cycled, each numbered) in {took / 1000:.1f} s")
            measure(project, f"{count:,} articles")
    return 0


def _fill(project: Project, corpus: list[str], count: int) -> None:
    with project.transaction():
        for n in range(count):
            project.insert_document(Document(id=f"doc-{n}", text=f"{corpus[n % len(corpus)]}\n{n}"), annotator="bench")


if __name__ == "__main__":
    sys.exit(main())
