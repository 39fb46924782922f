#!/usr/bin/env bash
# Benchmark: the site's search, as shipped. Prints figures; it is not a pass/fail test.
#
#   bench/search-index.sh [ROUNDS]      (default 7 page loads per size; medians are printed)
#
# The build indexes the sections with MiniSearch in its headless browser and ships the serialized
# index (assets/search-index.js); a page loads MiniSearch, the options and the index only when the
# reader first focuses the search box. This script builds content/ and prints: the bytes every
# page loads for search (search.js) and those loaded on first use (engine, options, index; raw and
# gzipped); then, in headless Chromium from file://, the time from the first focus (with a query
# already typed) to the first result on screen, and within it the time until the three scripts
# had loaded. The same for copies of the site whose index holds ten and fifty times its sections.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ROUNDS=${1:-7}
MODULE="$ROOT/site-generator"
command -v node >/dev/null || { echo "bench: node is needed" >&2; exit 2; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/reglab-search-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

"$ROOT/reglab" build --out "$WORK/site-1" >/dev/null
[ -d "$MODULE/node_modules/minisearch" ] || { echo "bench: $MODULE/node_modules has no minisearch; run the Maven build" >&2; exit 2; }
echo "== bytes (content/)"
node "$ROOT/bench/search/measure.mjs" "$WORK/site-1" "$WORK" "$MODULE"

CP="$MODULE/target/classes:$MODULE/target/lib/*"
mkdir -p "$WORK/classes"
javac -d "$WORK/classes" -cp "$CP" "$ROOT/bench/SearchFirstResult.java"
echo
echo "== first focus to first result in headless Chromium, from file://, $ROUNDS rounds (ms: median (min-max))"
PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 java -cp "$WORK/classes:$CP" SearchFirstResult "$ROUNDS" "$WORK/site-1" "$WORK/site-10" "$WORK/site-50"
echo
echo "site-N: content/'s sections N times in the index. Scripts loaded and run: minisearch.js, search-options.js and"
echo "search-index.js requested, parsed and run; the rest of the first result is MiniSearch.loadJSON and the search."
