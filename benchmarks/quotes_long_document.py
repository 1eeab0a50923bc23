"""Quote suggestions on a long page: real ANT quotes joined into one document, with names tagged.

    python benchmarks/quotes_long_document.py [--characters 3000000]

The sentences that open quotes in ANT (قال … إن …) are joined until the page holds the asked number of
characters; every PERSON-like subject is tagged at one mention in three, as an analyst who tags a name
once would. Quote suggestions (annotator.core.quotes) are timed against a baseline in the same run:
folding the text and finding its words, the least any reader of Arabic text has to do.
"""

from __future__ import annotations

import argparse
import json
import lzma
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from annotator.core.arabic import fold_with_map  # noqa: E402
from annotator.core.model import Document, Entity  # noqa: E402
from annotator.core.quotes import quote_suggestions  # noqa: E402
from annotator.core.text import normalise  # noqa: E402

ANT = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "ant-multisource-v2.1.jsonl.xz"
# «وقال فلان الفلاني إن …»: two words after the verb taken as a name, to tag
OPENING = re.compile(r"(?:^|\n)(و?قال(?:ت)? )([^\s،,.:«\"]+ [^\s،,.:«\"]+)( إن [^\n]{20,300}?\.)")


def page(characters: int) -> tuple[str, list[Entity]]:
    """The corpus's own «قال فلان الفلاني إن …» sentences, again and again until the page is long enough."""
    with lzma.open(ANT, "rt", encoding="utf-8") as stream:
        openings = [match.groups() for line in stream for match in OPENING.finditer(normalise(json.loads(line)["text"]))]
    pieces, entities, length, seen = [], [], 0, 0
    while length < characters:
        verb, name, rest = openings[seen % len(openings)]
        if seen % 3 == 0:
            entities.append(Entity(start=length + len(verb), end=length + len(verb) + len(name), label="PERSON",
                                   text=name, id=len(entities)))
        sentence = f"{verb}{name}{rest}\n"
        pieces.append(sentence)
        length += len(sentence)
        seen += 1
    return "".join(pieces), entities


def best_of(rounds: int, work) -> tuple[float, object]:
    times, result = [], None
    for _ in range(rounds):
        started = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - started)
    return min(times), result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--characters", type=int, default=3_000_000)
    args = parser.parse_args()
    if not ANT.exists():
        print(f"skipped: {ANT} is not there")
        return 0
    text, entities = page(args.characters)
    document = Document(id="long", text=text, entities=entities)
    word = re.compile(r"[^\W_]+")
    baseline, _ = best_of(3, lambda: sum(1 for _ in word.finditer(fold_with_map(text)[0])))
    seconds, found = best_of(3, lambda: quote_suggestions(document))
    linked = sum(quote.speaker is not None for quote in found)
    print(f"page: {len(text):,} characters, {len(entities):,} names tagged, {len(found):,} quotes suggested "
          f"({linked:,} linked to a tagged name)")
    print(f"baseline (fold and words): {baseline:.2f} s")
    print(f"quote suggestions:         {seconds:.2f} s ({seconds / baseline:.1f}× the baseline)")
    print(json.dumps({"characters": len(text), "quotes": len(found), "seconds": round(seconds, 3),
                      "baseline_s": round(baseline, 3), "ratio": round(seconds / baseline, 1)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
