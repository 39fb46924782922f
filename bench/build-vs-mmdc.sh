#!/usr/bin/env bash
# Speed benchmark (prints figures; not a test): a cold reglab build of content/ against mermaid-cli
# (mmdc -i doc.md -o out.md) rendering the same document's 7 Mermaid diagrams, side by side,
# interleaved over ROUNDS rounds on the same Chromium (/usr/bin/chromium or $REGLAB_BROWSER).
#   cold = fresh JVM, fresh browser, empty render cache; warm = render cache kept from the cold run.
# Until `./reglab build` exists this measures the renderer alone (same 7 diagrams + 16 formulas).
# Usage: bench/build-vs-mmdc.sh [ROUNDS]      (needs npm registry access once, to install mmdc)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ROUNDS=${1:-3}
DOC="$ROOT/content/index.md"
BROWSER=${REGLAB_BROWSER:-/usr/bin/chromium}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/reglab-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 PUPPETEER_SKIP_DOWNLOAD=1
# CPU figures only: sampling each Chromium process's memory would slow both tools on 2 cores.
MEASURE=(python3 "$ROOT/bench/scale/measure.py" --cpu-only)

[ -x "$BROWSER" ] || { echo "bench: no browser at $BROWSER (apt-get install -y chromium, or set REGLAB_BROWSER)" >&2; exit 2; }

echo "== setup (not timed)"
"$ROOT/reglab" --help >/dev/null 2>&1 || true       # builds site-generator on first use
CP="$ROOT/site-generator/target/classes:$ROOT/site-generator/target/lib/*"
[ -d "$ROOT/site-generator/target/classes/reglab/vendor" ] || { echo "bench: site-generator is not built" >&2; exit 2; }

mkdir -p "$WORK/mmdc"
cat > "$WORK/mmdc/puppeteer.json" <<JSON
{"executablePath": "$BROWSER",
 "args": ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
          "--disable-component-update", "--disable-sync", "--no-first-run"]}
JSON
MMDC_VERSION=$(node -p "require('$ROOT/site-generator/package-lock.json').packages['node_modules/mermaid'].version")
(cd "$WORK/mmdc" && npm init -y >/dev/null && npm install --no-audit --no-fund --loglevel=error \
    "@mermaid-js/mermaid-cli@^${MMDC_VERSION%%.*}" >/dev/null)
MMDC="$WORK/mmdc/node_modules/.bin/mmdc"
echo "mermaid-cli $(node -p "require('$WORK/mmdc/node_modules/@mermaid-js/mermaid-cli/package.json').version")" \
     "(mermaid $(node -p "require('$WORK/mmdc/node_modules/mermaid/package.json').version")), reglab mermaid $MMDC_VERSION," \
     "browser $("$BROWSER" --version 2>/dev/null | head -1)"

if "$ROOT/reglab" build --help >/dev/null 2>&1; then
  MODE=build
  # The build keeps its render cache in .reglab/cache/render: set it aside for the benchmark and
  # put it back afterwards, so "cold" really starts empty.
  CACHE="$ROOT/.reglab/cache/render"
  if [ -e "$CACHE" ]; then mv "$CACHE" "$WORK/saved-cache"; fi
  trap 'rm -rf "$CACHE"; if [ -e "$WORK/saved-cache" ]; then mv "$WORK/saved-cache" "$CACHE"; fi; rm -rf "$WORK"' EXIT
  run_reglab() {
    if [ ! -e "$1" ]; then rm -rf "$CACHE"; mkdir -p "$1"; fi   # a new round: cold
    "${MEASURE[@]}" "$WORK/reglab.log" -- env REGLAB_CACHE_DIR="$CACHE" "$ROOT/reglab" build --content "$ROOT/content" \
      --out "$WORK/site" >"$WORK/reglab.fig"
  }
  echo "reglab: ./reglab build --content content --out DIR (JVM, Markdown, browser, site written)"
else
  MODE=renderer
  mkdir -p "$WORK/classes"
  javac -d "$WORK/classes" -cp "$CP" "$ROOT/bench/RenderOnly.java"
  run_reglab() {
    "${MEASURE[@]}" "$WORK/reglab.log" -- java -XX:+UseSerialGC -cp "$WORK/classes:$CP" RenderOnly "$DOC" "$1" >"$WORK/reglab.fig"
  }
  echo "reglab: renderer alone (./reglab build not available yet): java RenderOnly content/index.md"
fi
# What a "cold" round keeps: never rendered output (the render cache starts empty), but the tool's
# own compiled code between runs, as a user's second build would.
if [ "$MODE" = build ] && [ "${REGLAB_CDS:-1}" != 0 ]; then
  echo "cold rounds keep: the JVM's class-data sharing archive (site-generator/target/cds-*.jsa), the" \
       "Playwright driver's V8 code cache (~/.cache/reglab/playwright-*/code-cache) and the render page's" \
       "libraries with V8's code of them in Chromium's profile (~/.cache/reglab/render-profile-*); never" \
       "rendered output. REGLAB_CDS=0 keeps none"
else
  echo "cold rounds keep: no compile cache (REGLAB_CDS=0, or renderer mode)"
fi
cp "$DOC" "$WORK/mmdc/doc.md"
run_mmdc() { (cd "$WORK/mmdc" && "${MEASURE[@]}" "$WORK/mmdc.log" -- "$MMDC" -q -p puppeteer.json -i doc.md -o out.md >"$WORK/mmdc.fig"); }
# CPU seconds (user + system) of every java, node and Chromium process of the last run, from
# bench/scale/measure.py: on a loaded machine wall times follow the load, CPU times much less.
cpu() { tr ' ' '\n' <"$WORK/$1.fig" | awk -F= '/^cpu_/ { s += $2 } END { printf "%.2f", s }'; }
# One process kind's CPU seconds of the last run (jvm, node = Playwright's driver, chromium).
cpu_of() { tr ' ' '\n' <"$WORK/$1.fig" | awk -F= -v k="cpu_$2_s" '$1 == k { printf "%.2f", $2 }'; }

# The last run's wall time, from the command's start to its end as measure.py saw them (not the
# Python interpreter's own start, nor the cache clearing before a cold round).
wall() { tr ' ' '\n' <"$WORK/$1.fig" | awk -F= '$1 == "wall_s" { printf "%.3f", $2 }'; }
calc() { awk "BEGIN { printf \"%.3f\", $1 }"; }

# One untimed run of each, so both start with the OS file cache warm for their own files.
run_mmdc; run_reglab "$WORK/cache-prime"

echo "== $ROUNDS rounds, seconds (wall clock, one at a time; cpu = all their processes' CPU time)"
printf "%-6s %10s %10s %10s %10s | %8s %10s %10s\n" round mmdc reglab-cold reglab-warm cold/mmdc mmdc-cpu cold-cpu cpu-ratio
tm=0; tc=0; tw=0; cm=0; cc=0; cj=0; cn=0; cb=0
for i in $(seq 1 "$ROUNDS"); do
  cache="$WORK/cache-$i"
  run_mmdc; m=$(wall mmdc); mc=$(cpu mmdc)
  run_reglab "$cache"; c=$(wall reglab); rc=$(cpu reglab)
  cj=$(calc "$cj + $(cpu_of reglab jvm)"); cn=$(calc "$cn + $(cpu_of reglab node)"); cb=$(calc "$cb + $(cpu_of reglab chromium)")
  run_reglab "$cache"; w=$(wall reglab)
  printf "%-6s %10.2f %10.2f %10.2f %10.2f | %8.2f %10.2f %10.2f\n" "$i" "$m" "$c" "$w" "$(calc "$c / $m")" "$mc" "$rc" "$(calc "$rc / $mc")"
  tm=$(calc "$tm + $m"); tc=$(calc "$tc + $c"); tw=$(calc "$tw + $w"); cm=$(calc "$cm + $mc"); cc=$(calc "$cc + $rc")
done
printf "%-6s %10.2f %10.2f %10.2f %10.2f | %8.2f %10.2f %10.2f\n" mean "$(calc "$tm / $ROUNDS")" "$(calc "$tc / $ROUNDS")" \
  "$(calc "$tw / $ROUNDS")" "$(calc "$tc / $tm")" "$(calc "$cm / $ROUNDS")" "$(calc "$cc / $ROUNDS")" "$(calc "$cc / $cm")"
printf "reglab cold CPU by process (mean, s): JVM %.2f, Playwright driver %.2f, Chromium %.2f\n" "$(calc "$cj / $ROUNDS")" \
  "$(calc "$cn / $ROUNDS")" "$(calc "$cb / $ROUNDS")"
echo "goal (issue 12): reglab cold <= 0.33 x mmdc (wall)  ->  $( [ "$(calc "$tc <= $tm * 0.33")" = 1.000 ] && echo met || echo NOT met )"
echo "mode: $MODE; last reglab output:"; sed 's/^/  /' "$WORK/reglab.log" | tail -5
echo "mmdc wrote $(ls "$WORK/mmdc"/out-*.svg | wc -l) SVGs; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
