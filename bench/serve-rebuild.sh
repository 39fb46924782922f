#!/usr/bin/env bash
# Benchmark: how long `./reglab serve` takes from saving a content file to open pages being told to
# reload. Prints figures; it is not a pass/fail test.
#
#   bench/serve-rebuild.sh [ROUNDS]      (default 5 rounds of each kind of edit)
#
# It copies content/ to a temporary folder, starts the server on a free port, and runs the rounds
# in bench/serve/rounds.mjs (one Node process): it listens to the live-reload event stream like an
# open page would and for each round edits the copy:
#   diagram: changes one label of the first Mermaid diagram (a new label each time, so the
#            diagram is never in the render cache: one real browser render per rebuild);
#   text:    changes one paragraph (every diagram and formula comes from the render cache).
# For each edit it prints the wall time from the file write until the reload event arrives at
# the listening client (no polling: the event is a callback on the open socket), and its parts:
# the server's parse, render and write stages, its other stages (load, assemble, files, check),
# and the rest ("watch+reload": the watcher's 10 ms quiet period, the build thread's start and
# the event's delivery). The summary gives the median of each over the rounds. Goal (issue 12): a one-diagram change reloads the page <= 300 ms after
# the write, median of 5.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ROUNDS=${1:-5}
command -v node >/dev/null || { echo "bench: node (20 or newer) is needed" >&2; exit 2; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/reglab-serve-bench.XXXXXX")
SERVER_PID=""
cleanup() {
  [ -n "$SERVER_PID" ] && kill -TERM "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

cp -r "$ROOT/content" "$WORK/content"
PAGE="$WORK/content/index.md"
grep -q 'A\[Model Complexity\]' "$PAGE" || { echo "bench: the first diagram's label 'A[Model Complexity]' is not in content/index.md any more; update this script" >&2; exit 2; }
grep -q '^Regularization techniques are essential' "$PAGE" || { echo "bench: the paragraph this script edits is gone from content/index.md; update this script" >&2; exit 2; }

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# Waits until FILE has more than N lines matching the extended regex PATTERN; fails after 60 s.
wait_for_count() {
  local file=$1 pattern=$2 count=$3 deadline=$(( $(now_ms) + 60000 ))
  while [ "$(grep -cE -- "$pattern" "$file" 2>/dev/null || true)" -le "$count" ]; do
    if [ "$(now_ms)" -gt "$deadline" ]; then
      echo "bench: timed out waiting for '$pattern' in $file:" >&2; tail -20 "$file" >&2; exit 1
    fi
    if [ -n "$SERVER_PID" ] && ! kill -0 "$SERVER_PID" 2>/dev/null; then
      echo "bench: the server stopped:" >&2; tail -20 "$WORK/serve.log" >&2; exit 1
    fi
    sleep 0.005
  done
}

echo "== starting: ./reglab serve --port 0 --content <copy of content/> --out <temp>"
T0=$(now_ms)
"$ROOT/reglab" serve --port 0 --content "$WORK/content" --out "$WORK/site" >"$WORK/serve.log" 2>&1 &
SERVER_PID=$!
wait_for_count "$WORK/serve.log" 'http://127.0.0.1:' 0
T1=$(now_ms)
URL=$(grep -o 'http://127.0.0.1:[0-9]*/' "$WORK/serve.log" | head -1)
echo "first build + server up: $(( T1 - T0 )) ms (JVM and browser start included; Maven build skipped if up to date)"
sed 's/^/  server: /' "$WORK/serve.log"

# The server warms up after its first build (a few diagram drawings and rehearsed builds, so the
# JIT compilers have done their work); a change saved meanwhile waits for one step at most. The
# rounds measure the steady state, so they start once it says it is done.
wait_for_count "$WORK/serve.log" 'warmed up for rebuilds|warming up for rebuilds failed' 0
echo "warm-up: $(grep -oE 'warmed up for rebuilds in [0-9]+ ms|warming up for rebuilds failed.*' "$WORK/serve.log" | head -1)"

# Per kind, a space-separated list of each round's figures (ms): total, parse, render, write, other, rest.
declare -A TOTAL=() PARSE=() RENDER=() WRITE=() OTHER=() REST=() CPU=()
stage_ms() { sed -nE "s/.*[(,] $1 ([0-9]+) ms.*/\\1/p" <<<"$2"; }
report_round() {
  local kind=$1 round=$2 total=$3 cpu=$4 line=$5 build parse render write other
  build=$(sed -nE 's/.*\(build ([0-9]+) ms.*/\1/p' <<<"$line")
  parse=$(stage_ms parse "$line"); render=$(stage_ms render "$line"); write=$(stage_ms write "$line")
  other=$(( build - parse - render - write ))
  printf '%-8s round %d: write -> reload event %5d ms = parse %4d + render %4d + write %4d + other stages %4d + watch+reload %4d; server CPU %4d ms | server: %s\n' \
    "$kind" "$round" "$total" "$parse" "$render" "$write" "$other" $(( total - build )) "$cpu" "${line#reglab: }"
  TOTAL[$kind]+="$total "; PARSE[$kind]+="$parse "; RENDER[$kind]+="$render "; WRITE[$kind]+="$write "
  OTHER[$kind]+="$other "; REST[$kind]+="$(( total - build )) "; CPU[$kind]+="$cpu "
}
median() { tr ' ' '\n' <<<"$1" | sed '/^$/d' | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2)) }'; }

echo "== $ROUNDS rounds of each edit (wall time measured by bench/serve/rounds.mjs, listening to the event stream)"
# The rounds run in one Node process (edits, event stream, timing); it prints one tab-separated
# line per edit: kind, round, total ms, server CPU ms, the server's "rebuilt in" line.
while IFS=$'\t' read -r kind round total cpu line; do
  report_round "$kind" "$round" "$total" "$cpu" "$line"
done < <(node "$ROOT/bench/serve/rounds.mjs" "$URL" "$PAGE" "$WORK/serve.log" "$SERVER_PID" "$ROUNDS")
wait $! || { echo "bench: the rounds failed (see above)" >&2; exit 1; }
echo "== summary: medians over $ROUNDS rounds (write -> reload event reaching an open page, and its parts)"
for kind in diagram text; do
  printf '%-8s %5d ms = parse %d + render %d + write %d + other stages %d + watch+reload %d ms (parts are medians each; they need not add up); server CPU (JVM + browser) %d ms\n' \
    "$kind:" "$(median "${TOTAL[$kind]}")" "$(median "${PARSE[$kind]}")" "$(median "${RENDER[$kind]}")" \
    "$(median "${WRITE[$kind]}")" "$(median "${OTHER[$kind]}")" "$(median "${REST[$kind]}")" "$(median "${CPU[$kind]}")"
done
echo "goal: diagram <= 300 ms -> $([ "$(median "${TOTAL[diagram]}")" -le 300 ] && echo met || echo NOT met)"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores (wall times grow with the load; CPU time much less)"

# A background job of a non-interactive shell ignores SIGINT, so stop it the other way a shutdown
# hook runs: SIGTERM (Ctrl-C in a terminal sends SIGINT, which takes the same path).
T2=$(now_ms)
kill -TERM "$SERVER_PID"
wait "$SERVER_PID" 2>/dev/null || true
echo "SIGTERM to exit (shutdown hook closes server and browser): $(( $(now_ms) - T2 )) ms; last server lines:"
tail -3 "$WORK/serve.log" | sed 's/^/  server: /'
SERVER_PID=""
