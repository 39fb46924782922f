#!/usr/bin/env bash
# Speed benchmark (prints figures; not a test): how long a fresh JVM takes until a script has run in
# a page of a new headless Chromium, the way builds started their browser until 7 December
# (Playwright for Java, which starts its Node.js driver, which starts Chromium) against the way they
# start it now (HeadlessChromium: the JVM starts the same binary with the same switches itself and
# speaks the DevTools protocol to it over a pipe; no driver). The difference is on every cold
# build's critical path, and the driver's CPU competed with the JVM and Chromium for 2 cores.
#   bench/browser-start.sh [ROUNDS]        (default 8; each round runs both, alternating)
# Both JVMs run as the launcher runs them (serial GC, C1 only, the build's class-data sharing
# archive where one exists) and take their milliseconds from the JVM's own start.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ROUNDS=${1:-8}
BROWSER=${REGLAB_BROWSER:-/usr/bin/chromium}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/reglab-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
[ -x "$BROWSER" ] || { echo "bench: no browser at $BROWSER (apt-get install -y chromium, or set REGLAB_BROWSER)" >&2; exit 2; }

"$ROOT/reglab" --help >/dev/null 2>&1 || true       # builds site-generator on first use
JAR=$(ls "$ROOT"/site-generator/target/site-generator-*.jar 2>/dev/null | head -1)
[ -n "$JAR" ] || { echo "bench: site-generator is not built (run ./reglab --help)" >&2; exit 2; }
# The bench's classes go after the build's class path, so the build's CDS archive still applies.
CP="$JAR:$ROOT/site-generator/target/lib/*:$WORK/classes"
mkdir -p "$WORK/classes"
javac -d "$WORK/classes" -cp "$CP" "$ROOT/bench/BrowserStart.java"
ARCHIVE=$(ls -t "$ROOT"/site-generator/target/cds-*.jsa 2>/dev/null | head -1 || true)
JVM=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1)
[ -n "$ARCHIVE" ] && JVM+=(-XX:SharedArchiveFile="$ARCHIVE" -Xlog:cds=off -Xlog:cds+dynamic=off)
MEASURE=(python3 "$ROOT/bench/scale/measure.py" --cpu-only)
run() { "${MEASURE[@]}" "$WORK/$1.log" -- java "${JVM[@]}" -cp "$CP" reglab.site.render.browser.BrowserStart "$1" "$BROWSER" >"$WORK/$1.fig"; }
ms() { awk -v m="$1" '$1 == m { print $2 }' "$WORK/$1.log"; }
cpu_of() { tr ' ' '\n' <"$WORK/$1.fig" | awk -F= -v k="cpu_$2_s" '$1 == k { printf "%.2f", $2 }'; }

echo "browser $("$BROWSER" --version 2>/dev/null | head -1); CDS archive: ${ARCHIVE:-none}"
run playwright; run pipe          # untimed: the OS file cache warm for both
printf "%-6s %14s %10s | %12s %12s %10s\n" round playwright-ms pipe-ms driver-cpu-s chromium-cpu chrome-pipe
for i in $(seq 1 "$ROUNDS"); do
  run playwright; p=$(ms playwright); pn=$(cpu_of playwright node); pc=$(cpu_of playwright chromium)
  run pipe; q=$(ms pipe); qc=$(cpu_of pipe chromium)
  printf "%-6s %14s %10s | %12s %12s %10s\n" "$i" "$p" "$q" "$pn" "$pc" "$qc"
  echo "$p $q" >>"$WORK/times"
done
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
mp=$(cut -d' ' -f1 "$WORK/times" | median); mq=$(cut -d' ' -f2 "$WORK/times" | median)
echo "median: playwright $mp ms, pipe $mq ms: the driver costs $(awk "BEGIN { print $mp - $mq }") ms of the browser's start" \
     "(JVM start to a script run in a page); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
