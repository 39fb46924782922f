#!/usr/bin/env bash
# Training throughput of regularization-core's networks under JMH, in samples per second:
# a TensorFlow Playground-size net (2-8-8-1 tanh, batch 10), its 100x100 heat-map prediction,
# and the document's Keras model (100-64-64-10, batch 32). A benchmark that prints figures, not a test;
# the JMH sources build only in the Maven profile `bench`, so CI never compiles them.
#   bench/core-throughput.sh [JMH options...]     (default: -wi 2 -i 3 -f 1)
# Needs: Maven (downloads JMH 1.37 from Maven Central on first use) and a JDK 17+.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CORE="$ROOT/regularization-core"
OUT=${TMPDIR:-/tmp}/reglab-core-throughput
mkdir -p "$OUT"

build() {
  mvn -q -B "$@" -f "$ROOT/pom.xml" -pl regularization-core -P bench -DskipTests \
    compile dependency:build-classpath -Dmdep.outputFile="$OUT/classpath.txt" -Dmdep.includeScope=compile >&2
}
build -o 2>/dev/null || build

OPTS=("$@")
[ ${#OPTS[@]} -gt 0 ] || OPTS=(-wi 2 -i 3 -f 1)
echo "== $(nproc) cores; $(java -version 2>&1 | head -1); JMH ${OPTS[*]}"
java -cp "$CORE/target/bench/classes:$(cat "$OUT/classpath.txt")" org.openjdk.jmh.Main \
  'reglab.core.nn.bench.*' "${OPTS[@]}" -rf json -rff "$OUT/result.json" >"$OUT/jmh.log"

# One line per benchmark: score and error from JMH's JSON, already in samples (or grid points) per second.
python3 - "$OUT/result.json" <<'PY' 2>/dev/null || grep -E '^Benchmark|thrpt' "$OUT/jmh.log"
import json, sys
for r in json.load(open(sys.argv[1])):
    name = r["benchmark"].rsplit(".", 2)
    m = r["primaryMetric"]
    unit = "grid points/s" if name[-1] == "predictHeatMap" else "samples/s"
    print(f"{name[-2]}.{name[-1]}: {m['score']:,.0f} {unit} (± {m['scoreError']:,.0f}, 99.9% CI)")
PY
echo "(JMH log: $OUT/jmh.log)"
