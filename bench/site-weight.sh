#!/usr/bin/env bash
# Weight benchmark (prints figures; not a test): what a reader downloads. Runs `./reglab bundle`
# on content/ (which builds the site with the same build as `./reglab build`) into a temporary
# folder and prints the main page raw and gzipped (gzip's default level, as a web server sends it),
# how much of it is diagrams, the single-file edition, the zip and the PDF, then what the single
# file is made of (as `./reglab bundle` reports it: each stored file's bytes in the file, gzipped
# or as is, and unpacked).
#   bench/site-weight.sh            goals (issue 12): index.html <= 250 KB gzipped, reglab.html <= 0.8 MB
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/reglab-weight.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

"$ROOT/reglab" bundle --content "$ROOT/content" --out "$WORK/dist" >"$WORK/bundle.log" 2>&1 \
  || { cat "$WORK/bundle.log" >&2; exit 1; }
# The bundle builds the site into a temporary folder of its own; build it once more to read the page.
"$ROOT/reglab" build --content "$ROOT/content" --out "$WORK/site" >"$WORK/build.log" 2>&1 \
  || { cat "$WORK/build.log" >&2; exit 1; }

bytes() { wc -c <"$1" | tr -d ' '; }
gz() { gzip -c "$1" | wc -c | tr -d ' '; }
kb() { awk -v b="$1" 'BEGIN { printf "%9.1f KB", b / 1000 }'; }

PAGE="$WORK/site/index.html"
python3 - "$PAGE" >"$WORK/figures.txt" <<'PY'
import re, sys
html = open(sys.argv[1], encoding='utf-8').read()
figures = re.findall(r'<figure class="diagram".*?</figure>', html, re.S)
svgs = re.findall(r'<svg [^>]*role="img".*?</svg>', html, re.S)
print(len(figures), len(svgs), sum(len(f.encode()) for f in figures))
PY
read -r FIGURES SVGS DIAGRAM_BYTES <"$WORK/figures.txt"

echo "== content/index.md as built (bytes / 1000)"
printf "%-34s %s raw, %s gzipped\n" "index.html" "$(kb "$(bytes "$PAGE")")" "$(kb "$(gz "$PAGE")")"
printf "%-34s %s raw (%d figures, %d drawings)\n" "  of which diagram figures" "$(kb "$DIAGRAM_BYTES")" "$FIGURES" "$SVGS"
for f in reglab.html reglab-site.zip reglab.pdf; do
  if [ "$f" = reglab.html ]; then
    printf "%-34s %s raw, %s gzipped\n" "dist/$f" "$(kb "$(bytes "$WORK/dist/$f")")" "$(kb "$(gz "$WORK/dist/$f")")"
  else
    printf "%-34s %s\n" "dist/$f" "$(kb "$(bytes "$WORK/dist/$f")")"
  fi
done
echo "goals: index.html <= 250 KB gzipped; reglab.html <= 800 KB"
echo
echo "== dist/reglab.html, part by part (bytes)"
sed -n '/^bundle: the single file holds/,/(the shell and the file index)$/p' "$WORK/bundle.log" | tail -n +2
