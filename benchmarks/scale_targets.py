"""The scale targets of issue 11, measured side by side in one run and printed as a table.

    python benchmarks/scale_targets.py [--rounds 3] [--skip-100k]

Every command runs as a user runs it (`python -m annotator …` in a child process), so start-up, decompression
and the commit are counted; peak memory is that child's maximum resident size. The baselines are measured in
the same run on the same rows: a plain `json.loads` of the decompressed corpus and one `executemany` of its
rows (id, text, the other fields as JSON), as benchmarks/import_export_ant.py does. The window's targets are measured by window_one_paragraph.py and window_long_document.py.
"""

from __future__ import annotations

import argparse
import json
import lzma
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
ANT = SHARED / "ant-multisource-v2.1.jsonl.xz"
_PEAK = ("import resource, subprocess, sys; code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode; "
         "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss); sys.exit(code)")


def run(*args: str) -> tuple[float, float]:
    """(seconds, peak MB) of one annotator command in a child process of its own."""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", _PEAK, sys.executable, "-m", "annotator", *args],
                          capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise SystemExit(f"annotator {' '.join(args)} failed: {done.stderr}")
    return seconds, int(done.stdout.strip().splitlines()[-1]) / 1024


def baseline(source: Path) -> float:
    """The same rows stored plainly: decompress and parse every line, then one executemany of id, text and the
    other fields as JSON into a WAL table keyed by id (as the import keeps them), in one transaction."""
    start = time.perf_counter()
    with lzma.open(source, "rt", encoding="utf-8") as stream:
        rows = [json.loads(line) for line in stream]
    with tempfile.TemporaryDirectory() as folder:
        conn = sqlite3.connect(Path(folder) / "plain.db")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("CREATE TABLE documents (id TEXT PRIMARY KEY, text TEXT, meta TEXT)")
        with conn:
            conn.executemany("INSERT OR IGNORE INTO documents VALUES (?, ?, ?)", (
                (row.get("docno"), row["text"],
                 json.dumps({k: v for k, v in row.items() if k not in ("docno", "text")}, ensure_ascii=False))
                for row in rows))
        conn.close()
    return time.perf_counter() - start


def cycled_corpus(target: Path, count: int) -> Path:
    """`count` distinct articles: ANT again and again, each round's texts made new by a line naming the round."""
    with lzma.open(ANT, "rt", encoding="utf-8") as stream:
        texts = [json.loads(line)["text"] for line in stream]
    texts = [text for text in texts if text.strip()]
    with open(target, "w", encoding="utf-8") as out:
        for n in range(count):
            text = texts[n % len(texts)] + ("" if n < len(texts) else f"\n\nنسخة {n // len(texts)}")
            out.write(json.dumps({"id": f"a{n}", "text": text}, ensure_ascii=False) + "\n")
    return target


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--skip-100k", action="store_true")
    parser.add_argument("--with-spacy", action="store_true",
                        help="also export the ANT project as a spaCy DocBin (about 3 minutes; needs the spacy extra)")
    options = parser.parse_args()
    if not ANT.exists():
        print(f"{ANT}: missing", file=sys.stderr)
        return 1
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        imports, baselines, peaks = [], [], []
        for n in range(options.rounds):
            db = folder / f"ant{n}.db"
            seconds, peak = run("import", "--db", str(db), "--no-progress", "--skip-invalid", str(ANT))
            imports.append(seconds)
            peaks.append(peak)
            baselines.append(baseline(ANT))
        ratio = min(i / b for i, b in zip(imports, baselines))
        print(f"ANT import: {', '.join(f'{s:.2f}' for s in imports)} s; baseline {', '.join(f'{s:.2f}' for s in baselines)} s")
        rows.append(("import 31,525 ANT articles with the search index", f"{min(imports):.2f} s, {ratio:.2f}x baseline",
                     "<= 3x", ratio <= 3))
        rows.append(("peak memory, ANT import", f"{max(peaks):.0f} MB", "<= 200 MB", max(peaks) <= 200))

        article = folder / "article-30mb.txt"
        with lzma.open(ANT, "rt", encoding="utf-8") as stream, open(article, "w", encoding="utf-8") as out:
            size = 0
            for line in stream:
                text = "".join(ch for ch in json.loads(line)["text"] if ch >= " " or ch in "\n\t")
                out.write(text + "\n\n")
                size += len(text.encode("utf-8"))
                if size > 30 * 2**20:
                    break
        seconds, peak = run("import", "--db", str(folder / "article.db"), "--no-progress", str(article))
        rows.append(("peak memory, one 30 MB article", f"{peak:.0f} MB ({seconds:.1f} s)", "<= 600 MB", peak <= 600))

        if not options.skip_100k:
            big = cycled_corpus(folder / "100k.jsonl", 100_000)
            seconds, peak = run("import", "--db", str(folder / "100k.db"), "--no-progress", str(big))
            per_article, per_ant = seconds / 100_000, min(imports) / 30_043
            rows.append(("import 100,000 articles: time per article vs the ANT run",
                         f"{per_article * 1e6:.0f} us vs {per_ant * 1e6:.0f} us ({per_article / per_ant - 1:+.0%}), "
                         f"{peak:.0f} MB", "within 20%", per_article <= 1.2 * per_ant))

        ant_db = folder / "ant0.db"
        if options.with_spacy:
            # The "any command": spaCy's own DocBin held ANT's tokens three times over (1.5 GB).
            seconds, peak = run("export", "--db", str(ant_db), "--format", "spacy", "--out", str(folder / "ant.spacy"))
            rows.append(("peak memory, spaCy export of the ANT project", f"{peak:.0f} MB ({seconds:.0f} s)",
                         "<= 600 MB", peak <= 600))
        start_ups = [run("--version")[0] for _ in range(5)]
        searches = [run("search", "--db", str(ant_db), "--no-shape", "العراق")[0] for _ in range(options.rounds)]
        start_up = min(start_ups)
        listed = subprocess.run([sys.executable, "-m", "annotator", "search", "--db", str(ant_db), "--json", "العراق"],
                                capture_output=True, text=True).stdout.count("\n")
        rows.append((f"search العراق listing all {listed:,} matches, beyond start-up",
                     f"{min(searches) - start_up:.2f} s", "< 0.5 s", min(searches) - start_up < 0.5))
        rows.append(("command start-up (annotator --version)", f"{start_up:.2f} s", "< 0.2 s", start_up < 0.2))

    width = max(len(row[0]) for row in rows)
    print()
    print(f"{'measure':<{width}}  {'measured':<40}  {'target':<12}  held")
    for name, measured, target, held in rows:
        print(f"{name:<{width}}  {measured:<40}  {target:<12}  {'yes' if held else 'NO'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
