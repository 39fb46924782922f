#!/usr/bin/env bash
# Prints the worker pool's figures: wall time of each experiment's reglab.train in Chromium
# (WasmGC) with one worker and with two, and the ratio (goal >= 1.7 on a 2-core machine for
# experiments of many parts); then the module + runtime gzipped size (goal <= 150 KB).
#   bench/workers.sh                       (batchnorm, dropout, tuning, transfer, augmentation)
#   bench/workers.sh tuning 'experiment=batchnorm&epochs=20'   (names or specs in query form)
# Each worker count runs in its own browser; after WARMUPS runs per worker (default 10: V8 tiers up
# each worker's hot WebAssembly separately, and with two workers each sees half the parts) the two
# take turns for 21 rounds over 3 browser pairs; the figures are medians, with the quartiles of the per-round ratios.
#   WARMUPS=3 bench/workers.sh tuning       (a reader's first runs rather than the steady state)
# Builds web-applet first; needs Chromium, as the tests do. Timings are noisy on a shared machine.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
CP_FILE=$(mktemp)
trap 'rm -f "$CP_FILE"' EXIT
echo "building web-applet (TeaVM) ..." >&2
mvn -q -B -pl web-applet -am -DskipTests test-compile dependency:build-classpath \
    -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=test >&2
# The reactor writes one classpath per module; the last one written is web-applet's.
CP="web-applet/target/test-classes:web-applet/target/classes:regularization-core/target/classes:$(cat "$CP_FILE")"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
exec java -Dwarmups="${WARMUPS:-10}" -cp "$CP" reglab.applet.bench.WorkersBenchmark "$@"
