#!/usr/bin/env bash
# Scale benchmark (prints figures; not a test): how `./reglab build` grows with a documentation
# site of hundreds of pages. A generator (bench/scale/generate_site.py) writes a site of PAGES
# pages in nested folders with, per 200 pages, 300 Mermaid diagrams of thirteen families, 1,000
# formulas and 500 code blocks; each build runs under bench/scale/measure.py, which reads /proc for
# the CPU time and peak memory of the JVM, the Node.js driver and every Chromium process.
#
#   bench/scale.sh [SIZES] [RENDER_PAGES]      defaults: "50 100 200" and "1 2 4"
#
# Prints, in order:
#   1. a cold build (empty render cache) per size: wall time, CPU, JVM peak RSS, the largest Java
#      heap left after a GC (-Xlog:gc), Chromium peak PSS, and the stage times, then the growth
#      per page between the smallest and largest size;
#   2. at the largest size, a rebuild after one page changed (one diagram label and one formula
#      edited, render cache warm): its time and how many items the browser rendered (must be 3: the
#      two edited ones and the search index, whose documents hold the page's text);
#   3. at the largest size, cold builds with the render work spread over each of RENDER_PAGES
#      browser pages (--render-pages N; the build opens at most one page per twelve diagrams).
# Wall times depend on what else the machine runs (the load average is printed with each row);
# CPU times much less so.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SIZES=${1:-"50 100 200"}
RENDER_PAGES=${2:-"1 2 4"}
command -v python3 >/dev/null || { echo "bench: python3 is needed" >&2; exit 2; }
[ -r /proc/self/smaps_rollup ] || { echo "bench: needs Linux /proc (smaps_rollup)" >&2; exit 2; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/reglab-scale.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
MEASURE=(python3 "$ROOT/bench/scale/measure.py")

"$ROOT/reglab" --help >/dev/null 2>&1 || true   # builds the generator on first use (not timed)

# The stage times of a build log, as "parse 1.2 s, render 40 s, ...".
stages() {
  sed -nE 's/^reglab: (load|parse|render|assemble|files|check|write) +.* \(([0-9.]+ m?s)\)$/\1 \2/p' "$1" | paste -sd, - \
    | sed 's/,/, /g'
}

# One build under measure.py: LABEL CACHE_DIR CONTENT_DIR [build options...]; prints a row and the stages.
build() {
  local label=$1 cache=$2 content=$3
  shift 3
  local figures
  figures=$(REGLAB_CACHE_DIR="$cache" JAVA_TOOL_OPTIONS="-Xlog:gc:file=$WORK/$label.gc" "${MEASURE[@]}" "$WORK/$label.log" -- \
    "$ROOT/reglab" build --content "$content" --out "$WORK/site-$label" "$@") \
    || { echo "bench: the build '$label' failed:" >&2; tail -5 "$WORK/$label.log" >&2; exit 1; }
  # What the build really holds: the largest Java heap left after a garbage collection (the RSS
  # also counts young-generation space that is merely touched).
  figures="$figures jvm_heap_after_gc_mb=$(grep -oE '[0-9]+M->[0-9]+M' "$WORK/$label.gc" | sed -E 's/.*->([0-9]+)M/\1/' | sort -n | tail -1)"
  printf '%-14s %s load=%s\n' "$label" "$figures" "$(cut -d' ' -f1 /proc/loadavg)"
  echo "               stages: $(stages "$WORK/$label.log")"
  echo "$figures" > "$WORK/$label.figures"
}

figure() { sed -nE "s/.*\\b$2=([0-9.]+).*/\\1/p" "$WORK/$1.figures"; }

echo "== generating sites"
for size in $SIZES; do
  python3 "$ROOT/bench/scale/generate_site.py" "$size" "$WORK/content-$size"
done

echo
echo "== cold builds (empty render cache, default --render-pages: $(nproc) cores here)"
for size in $SIZES; do
  build "cold-$size" "$WORK/cache-$size" "$WORK/content-$size"
done
first=$(echo $SIZES | awk '{print $1}')
last=$(echo $SIZES | awk '{print $NF}')
if [ "$first" != "$last" ]; then
  awk -v a="$(figure "cold-$first" jvm_peak_rss_mb)" -v b="$(figure "cold-$last" jvm_peak_rss_mb)" \
      -v c="$(figure "cold-$first" chromium_peak_pss_mb)" -v d="$(figure "cold-$last" chromium_peak_pss_mb)" \
      -v w1="$(figure "cold-$first" wall_s)" -v w2="$(figure "cold-$last" wall_s)" \
      -v h1="$(figure "cold-$first" jvm_heap_after_gc_mb)" -v h2="$(figure "cold-$last" jvm_heap_after_gc_mb)" \
      -v p1="$first" -v p2="$last" 'BEGIN {
        printf "growth from %d to %d pages: JVM peak RSS %+.2f MB per page, JVM heap after GC %+.2f MB per page, Chromium peak PSS %+.2f MB per page, wall %+.2f s per page\n",
          p1, p2, (b - a) / (p2 - p1), (h2 - h1) / (p2 - p1), (d - c) / (p2 - p1), (w2 - w1) / (p2 - p1) }'
fi
echo "  site sizes: $(for s in $SIZES; do printf '%s pages %s, ' "$s" "$(du -sh "$WORK/site-cold-$s" | cut -f1)"; done)"

echo
echo "== one page changed, rebuilt ($last pages, render cache warm from the cold build)"
PAGE=$(grep -l '^```mermaid' -r "$WORK/content-$last" | sort | sed -n 7p)
[ -n "$PAGE" ] || { echo "bench: no page with a diagram" >&2; exit 1; }
# The first node label of the page's first flowchart or sequence message, and its first formula.
python3 - "$PAGE" <<'PY'
import re, sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
block = re.search(r"```mermaid\n(.*?)```", text, re.S)
edited = re.sub(r"(p\d+s\d+k\d+)", r"\1 edited", block.group(1), count=1)
assert edited != block.group(1), "no tag to edit in the page's first diagram"
text = text.replace(block.group(1), edited, 1)
formula = re.search(r"\$\$\n(.*?)\n\$\$|\$([^$\n]+)\$", text)
f = formula.group(1) or formula.group(2)
text = text.replace(f, f + " + 1", 1)
open(path, "w", encoding="utf-8").write(text)
PY
echo "edited ${PAGE#$WORK/content-$last/}: one diagram and one formula"
build "changed-$last" "$WORK/cache-$last" "$WORK/content-$last"
sed -nE 's/^reglab: render +/               render: /p' "$WORK/changed-$last.log"
rendered=$(sed -nE 's/^reglab: render .* ([0-9]+) rendered.*/\1/p' "$WORK/changed-$last.log")
echo "               the browser rendered $rendered item(s): $([ "$rendered" = 3 ] && echo "only the changed page's two and the search index (as it should)" || echo "NOT only the 2 changed items and the search index")"

echo
echo "== render work over several browser pages ($last pages, cold each time)"
for pages in $RENDER_PAGES; do
  build "pages-$pages" "$WORK/cache-pages-$pages" "$WORK/content-$last" --render-pages "$pages"
  sed -nE 's/^reglab: render +.*(in [0-9]+ browser pages?) \((.*)\)$/               render stage: \2 \1/p' "$WORK/pages-$pages.log"
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
