#!/usr/bin/env bash
# Prints the applet's figures: training samples/s for the playground network and the document's
# Keras model in WasmGC and TeaVM JS (Chromium) and on HotSpot, in one run (one thread: the pages
# ask for no workers, ?reglab-workers=0; bench/workers.sh measures the pool); the module's gzipped
# size; each experiment's first trained frame after its section scrolls into view on a long page
# (and after navigation start on a page holding it alone), on localhost.
#   bench/applet.sh                 (builds web-applet first; needs Chromium, as the tests do)
#   bench/applet.sh --first-frame   (only the first-frame figures)
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
exec java -cp "$CP" reglab.applet.bench.AppletBenchmark "$@"
