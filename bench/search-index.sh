#!/usr/bin/env bash
# Benchmark: the site's search documents against a serialized MiniSearch index. Prints figures; it is
# not a pass/fail test.
#
#   bench/search-index.sh [ROUNDS]      (default 7 page loads per size; medians are printed)
#
# The theme ships the search documents (assets/search-index.js) and lets MiniSearch index them when
# the reader first focuses the search box. The alternative is to serialize the index at build time
# and ship it as well (the result snippets still need the documents). This script builds content/,
# takes its documents, repeats them 1, 10 and 50 times (the real site, a site ten and fifty times
# larger) and prints for each: bytes of the documents and of a serialized index (raw and gzipped),
# and, in headless Chromium from file://, the median time to index the documents against the time
# to load the serialized index.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ROUNDS=${1:-7}
MODULE="$ROOT/site-generator"
command -v node >/dev/null || { echo "bench: node is needed" >&2; exit 2; }
BROWSER=${REGLAB_BROWSER:-$(command -v chromium || command -v chromium-browser || true)}
[ -n "$BROWSER" ] || { echo "bench: Chromium not found; set REGLAB_BROWSER" >&2; exit 2; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/reglab-search-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

"$ROOT/reglab" build --out "$WORK/site" >/dev/null
[ -d "$MODULE/node_modules/minisearch" ] || { echo "bench: $MODULE/node_modules has no minisearch; run the Maven build" >&2; exit 2; }
cp "$WORK/site/assets/vendor/minisearch/minisearch.js" "$WORK/"
echo "== sizes (content/ has $(grep -c '"u":' "$WORK/site/assets/search-index.js") sections)"
node "$ROOT/bench/search/measure.mjs" "$WORK/site/assets/search-index.js" "$WORK" "$MODULE"

echo
echo "== times in headless Chromium, median of $ROUNDS page loads (ms)"
printf '%6s %12s %12s %12s %14s\n' copies "parse docs" "index docs" "parse index" "load index"
for copies in 1 10 50; do
  for _ in $(seq "$ROUNDS"); do
    "$BROWSER" --headless --no-sandbox --disable-gpu --allow-file-access-from-files --dump-dom \
      "file://$WORK/time-$copies.html" 2>/dev/null | grep -o '{[^<]*}'
  done > "$WORK/times-$copies.json"
  node -e '
    const rows = require("fs").readFileSync(process.argv[1], "utf8").trim().split("\n").map(JSON.parse);
    const median = (k) => { const v = rows.map((r) => r[k]).sort((a, b) => a - b); return v[v.length >> 1].toFixed(1); };
    console.log(process.argv[2].padStart(6), median("docsParse").padStart(12), median("addAll").padStart(12),
      median("indexParse").padStart(12), median("loadJSON").padStart(14));
  ' "$WORK/times-$copies.json" "$copies"
done
echo
echo "index docs = what search.js does on first focus; load index = MiniSearch.loadJSON of a build-time index."
