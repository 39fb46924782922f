#!/usr/bin/env bash
# Benchmark: how long `./reglab serve` takes from saving a content file to the rebuilt site being
# served and open pages being told to reload. Prints figures; it is not a pass/fail test.
#
#   bench/serve-rebuild.sh [ROUNDS]      (default 5 rounds of each kind of edit)
#
# It copies content/ to a temporary folder, starts the server on a free port, listens to the
# live-reload event stream like an open page would, and for each round edits the copy:
#   diagram: changes one label of the first Mermaid diagram (a new label each time, so the
#            diagram is never in the render cache: one real browser render per rebuild);
#   text:    changes one paragraph (every diagram and formula comes from the render cache).
# For each edit it prints the wall time from the file write until (a) the server's own
# "rebuilt in" line and (b) the reload event arriving at the listening client, plus the server's
# line. Goal: a one-diagram-changed rebuild under one second.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ROUNDS=${1:-5}
command -v curl >/dev/null || { echo "bench: curl is needed" >&2; exit 2; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/reglab-serve-bench.XXXXXX")
SERVER_PID=""
EVENTS_PID=""
cleanup() {
  [ -n "$EVENTS_PID" ] && kill "$EVENTS_PID" 2>/dev/null || true
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

curl -sN "${URL}__reglab/events" >"$WORK/events.log" &
EVENTS_PID=$!
wait_for_count "$WORK/events.log" '^data:' 0

edit() {
  local kind=$1 stamp
  stamp=$(date +%s%N)
  if [ "$kind" = diagram ]; then
    sed -i -E "s/A\[Model Complexity[^]]*\]/A[Model Complexity $stamp]/" "$PAGE"
  else
    sed -i -E "s/^Regularization techniques are essential( \(edit [0-9]+\))?/Regularization techniques are essential (edit $stamp)/" "$PAGE"
  fi
}

declare -A SUM=() MAX=() CPU=() RENDER=()
run_round() {
  local kind=$1 round=$2 rebuilt events t_write t_line t_event
  rebuilt=$(grep -cE 'rebuilt in|rebuild failed' "$WORK/serve.log" || true)
  events=$(grep -c '^data:' "$WORK/events.log" || true)
  t_write=$(now_ms)
  edit "$kind"
  wait_for_count "$WORK/serve.log" 'rebuilt in|rebuild failed' "$rebuilt"
  t_line=$(now_ms)
  wait_for_count "$WORK/events.log" '^data:' "$events"
  t_event=$(now_ms)
  if grep -q 'rebuild failed' "$WORK/serve.log"; then
    echo "bench: a rebuild failed:" >&2; tail -5 "$WORK/serve.log" >&2; exit 1
  fi
  local line
  line=$(grep 'rebuilt in' "$WORK/serve.log" | tail -1)
  printf '%-8s round %d: write -> rebuilt line %5d ms, write -> reload event %5d ms | server: %s\n' \
    "$kind" "$round" $(( t_line - t_write )) $(( t_event - t_write )) "$line"
  local cpu render
  cpu=$(sed -nE 's/.*build-thread CPU ([0-9]+) ms.*/\1/p' <<<"$line")
  render=$(sed -nE 's/.*render ([0-9]+) ms.*/\1/p' <<<"$line")
  CPU[$kind]=$(( ${CPU[$kind]:-0} + ${cpu:-0} ))
  RENDER[$kind]=$(( ${RENDER[$kind]:-0} + ${render:-0} ))
  SUM[$kind]=$(( ${SUM[$kind]:-0} + t_event - t_write ))
  local m=${MAX[$kind]:-0}
  MAX[$kind]=$(( t_event - t_write > m ? t_event - t_write : m ))
}

echo "== $ROUNDS rounds of each edit (wall time measured by this script, 5 ms polling)"
for r in $(seq 1 "$ROUNDS"); do
  run_round diagram "$r"
  run_round text "$r"
done
echo "== summary (write -> reload event reaching an open page)"
for kind in diagram text; do
  echo "$kind: mean $(( SUM[$kind] / ROUNDS )) ms, max ${MAX[$kind]} ms over $ROUNDS rounds;" \
    "mean build-thread CPU $(( CPU[$kind] / ROUNDS )) ms, mean render (browser) $(( RENDER[$kind] / ROUNDS )) ms"
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores (wall times grow with the load; CPU time much less)"

# A background job of a non-interactive shell ignores SIGINT, so stop it the other way a shutdown
# hook runs: SIGTERM (Ctrl-C in a terminal sends SIGINT, which takes the same path).
T2=$(now_ms)
kill -TERM "$SERVER_PID"
wait "$SERVER_PID" 2>/dev/null || true
echo "SIGTERM to exit (shutdown hook closes server and browser): $(( $(now_ms) - T2 )) ms; last server lines:"
tail -3 "$WORK/serve.log" | sed 's/^/  server: /'
SERVER_PID=""
