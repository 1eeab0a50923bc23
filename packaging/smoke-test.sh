#!/usr/bin/env bash
# Smoke test of a built annotator (the folder's executable, or the installed /usr/bin/annotator):
# its version, an import and an export of the seed article, and a screenshot of the window offscreen.
#
#   packaging/smoke-test.sh PATH/TO/annotator
set -euo pipefail

EXE="$1"
HERE="$(cd "$(dirname "$0")/.." && pwd)"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
export ANNOTATOR_SETTINGS="$WORK/settings.ini" ANNOTATOR_NAME=smoke QT_QPA_PLATFORM=offscreen
SEED="$HERE/seeds/seed-article.txt"
[ -f "$SEED" ] || SEED="$(dirname "$(readlink -f "$EXE")")/_internal/seeds/seed-article.txt"

"$EXE" --version
"$EXE" import --db "$WORK/p.db" --no-progress "$SEED"
"$EXE" export --db "$WORK/p.db" --out "$WORK/out.jsonl"
python3 - "$WORK/out.jsonl" <<'PY'
import json, sys
[document] = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
assert "بلينكن" in document["text"], "the seed article did not come back"
print("exported the seed:", len(document["text"]), "characters")
PY
"$EXE" gui --db "$WORK/p.db" --screenshot "$WORK/window.png"
head -c 8 "$WORK/window.png" | od -An -c | grep -q 'P   N   G' && echo "screenshot: $(stat -c %s "$WORK/window.png") bytes"
