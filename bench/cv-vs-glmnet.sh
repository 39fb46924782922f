#!/usr/bin/env bash
# 10-fold cross-validation along a 100-value lasso path on dense 10,000 x 1,000 data: `./reglab cv`
# against R glmnet's cv.glmnet and scikit-learn's LassoCV(cv=10), with the same folds (KFold's
# consecutive blocks, as foldid for glmnet) and the same lambda grid (reglab's alphas, given to
# both). Prints figures; it is a benchmark, not a test.
#   bench/cv-vs-glmnet.sh [N] [P] [ROUNDS]
# Needs: Maven, a JDK 17+, Rscript with glmnet (apt-get install -y r-cran-glmnet), Python 3 with
# scikit-learn (apt-get install -y python3-sklearn).
#
# CPU time is user+sys of the whole process (/usr/bin/time): for reglab the launcher and the JVM's
# start included, for R its start and loading glmnet. reglab and R both read the same CSV file
# (reglab with its own reader, R with scan(), its fast numeric reader); the in-process lines split
# that out. scikit-learn reads a binary copy of the data (numpy has no fast CSV reader without
# pandas), so its whole-process figure has no parsing in it. Each side uses its default
# convergence tolerance (reglab and scikit-learn: duality gap < 1e-4 * ||y - mean(y)||^2; glmnet:
# thresh = 1e-7), so the mse_path differences printed at the end show how far apart those
# stopping rules leave the three. reglab and R alternate for ROUNDS rounds so that load from other
# processes hits both alike; the summary takes each side's best (lowest) CPU time.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
N=${1:-10000}
P=${2:-1000}
ROUNDS=${3:-3}
FOLDS=10
WORK=${TMPDIR:-/tmp}/reglab-cv-bench-${N}x${P}
mkdir -p "$WORK"
LOG="$WORK/log.txt"
: >"$LOG"

command -v Rscript >/dev/null || { echo "Rscript not found: apt-get install -y r-base-core r-cran-glmnet" >&2; exit 2; }
Rscript -e 'suppressMessages(library(glmnet))' >/dev/null 2>&1 || { echo "R package glmnet missing: apt-get install -y r-cran-glmnet" >&2; exit 2; }
PY=/usr/bin/python3
$PY -c 'import sklearn' 2>/dev/null || { echo "scikit-learn missing: apt-get install -y python3-sklearn" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time missing: apt-get install -y time" >&2; exit 2; }

# Build first, so that no timed run of the launcher includes a build.
"$ROOT/reglab" --help >/dev/null
mvn -q -B -o -f "$ROOT/pom.xml" -pl regularization-core test-compile >&2 \
  || mvn -q -B -f "$ROOT/pom.xml" -pl regularization-core test-compile >&2
CORE_CP="$ROOT/regularization-core/target/classes:$ROOT/regularization-core/target/test-classes"
CLI_CP="$ROOT/site-generator/target/classes:$ROOT/site-generator/target/lib/*"
javac -d "$WORK/classes" -cp "$CLI_CP" "$ROOT/bench/CvInProcess.java"

DATA="$WORK/data.bin"
CSV="$WORK/data.csv"
[ -f "$DATA" ] || java -cp "$CORE_CP" reglab.core.bench.LassoPathBenchmark generate "$DATA" "$N" "$P"
[ -f "$CSV" ] || java -cp "$CORE_CP" reglab.core.bench.LassoPathBenchmark csv "$DATA" "$CSV"
CV_ARGS=(cv --model lasso --data "$CSV" --target y --folds "$FOLDS")

cat >"$WORK/cv.R" <<'R'
suppressMessages(library(glmnet))
args <- commandArgs(trailingOnly = TRUE)
csv <- args[1]; folds <- as.integer(args[3])
lambda <- scan(args[2], quiet = TRUE)
cols <- length(strsplit(readLines(csv, n = 1), ",")[[1]])
t_read <- system.time({
  v <- scan(csv, what = double(), sep = ",", skip = 1, quiet = TRUE)
  m <- matrix(v, ncol = cols, byrow = TRUE); rm(v)
  x <- m[, -cols]; y <- m[, cols]; rm(m)
})
n <- nrow(x)
# scikit-learn's KFold(n_splits=folds): consecutive blocks, the first n %% folds one row longer.
foldid <- rep(seq_len(folds), n %/% folds + (seq_len(folds) <= n %% folds))
t_cv <- system.time(cv <- cv.glmnet(x, y, family = "gaussian", alpha = 1, lambda = lambda, foldid = foldid,
                                    standardize = FALSE, intercept = TRUE, keep = TRUE))
cat(sprintf("glmnet in-process: read CSV %.3f s elapsed, %.3f s cpu; cv.glmnet %.3f s elapsed, %.3f s cpu\n",
            t_read[["elapsed"]], t_read[["user.self"]] + t_read[["sys.self"]],
            t_cv[["elapsed"]], t_cv[["user.self"]] + t_cv[["sys.self"]]))
# Each fold's MSE per lambda from the held-out predictions, as mse_path [lambda x fold].
mse <- sapply(seq_len(folds), function(k) colMeans((y[foldid == k] - cv$fit.preval[foldid == k, , drop = FALSE])^2))
write.table(mse, args[4], row.names = FALSE, col.names = FALSE)
writeLines(sprintf("%.17g", c(cv$lambda.min, cv$lambda.1se)), paste0(args[4], ".choice"))
R

cat >"$WORK/cv.py" <<'PY'
import sys, time
import numpy as np
from sklearn.linear_model import LassoCV
from sklearn.model_selection import KFold
with open(sys.argv[1], "rb") as f:
    n, p = np.fromfile(f, dtype="<i4", count=2)
    X = np.fromfile(f, dtype="<f8", count=n * p).reshape(n, p)
    y = np.fromfile(f, dtype="<f8", count=n)
alphas = np.loadtxt(sys.argv[2])
c0, t0 = time.process_time(), time.perf_counter()
m = LassoCV(cv=KFold(int(sys.argv[3])), alphas=alphas).fit(X, y)
print("scikit-learn in-process: LassoCV.fit %.3f s elapsed, %.3f s cpu" % (time.perf_counter() - t0, time.process_time() - c0))
np.savetxt(sys.argv[4], m.mse_path_, fmt="%.17g")
with open(sys.argv[4] + ".choice", "w") as f:
    f.write("%.17g\n" % m.alpha_)
PY

# $1 = label, $2 = file for the command's output (- for this script's), then the command; prints
# "<label> whole process: ..." from /usr/bin/time.
timed() {
  local label=$1 out=$2; shift 2
  if [ "$out" = - ]; then
    /usr/bin/time -f "%e %U %S" -o "$WORK/time.txt" "$@"
  else
    /usr/bin/time -f "%e %U %S" -o "$WORK/time.txt" "$@" >"$out"
  fi
  awk -v l="$label" '{printf "%s whole process: %.3f s elapsed, %.3f s cpu (%.3f user + %.3f sys)\n", l, $1, $2 + $3, $2, $3}' "$WORK/time.txt"
}

echo "== data: $CSV ($N x $P, $(du -h "$CSV" | cut -f1)); $FOLDS folds, 100 alphas; $(nproc) cores; $(java -version 2>&1 | head -1); $(R --version | head -1); scikit-learn $($PY -c 'import sklearn; print(sklearn.__version__)')"
for round in $(seq 1 "$ROUNDS"); do
  echo "-- round $round, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  timed reglab "$WORK/reglab.json" "$ROOT/reglab" "${CV_ARGS[@]}" | tee -a "$LOG"
  java -XX:+UseSerialGC -cp "$WORK/classes:$CLI_CP" CvInProcess "$WORK/reglab-inprocess.json" "${CV_ARGS[@]}" | tee -a "$LOG"
  cmp -s "$WORK/reglab.json" "$WORK/reglab-inprocess.json" || { echo "the two reglab runs printed different results" >&2; exit 1; }
  $PY -c 'import json, sys; print("\n".join(repr(a) for a in json.load(open(sys.argv[1]))["alphas"]))' "$WORK/reglab.json" >"$WORK/alphas.txt"
  timed glmnet - Rscript "$WORK/cv.R" "$CSV" "$WORK/alphas.txt" "$FOLDS" "$WORK/glmnet-mse.txt" | tee -a "$LOG"
done
echo "-- scikit-learn, once, load average $(cut -d' ' -f1-3 /proc/loadavg)"
timed scikit-learn - $PY "$WORK/cv.py" "$DATA" "$WORK/alphas.txt" "$FOLDS" "$WORK/sklearn-mse.txt" | tee -a "$LOG"

echo "== agreement (each at its default tolerance)"
$PY - "$WORK" <<'PY'
import json, sys
import numpy as np
w = sys.argv[1]
r = json.load(open(w + "/reglab.json"))
paths = {"reglab": np.array(r["mse_path"]), "glmnet": np.loadtxt(w + "/glmnet-mse.txt"),
         "scikit-learn": np.loadtxt(w + "/sklearn-mse.txt")}
for a, b in (("reglab", "glmnet"), ("reglab", "scikit-learn"), ("glmnet", "scikit-learn")):
    d = np.abs(paths[a] - paths[b]) / paths[b]
    k = np.unravel_index(np.argmax(d), d.shape)
    print("mse_path %-6s vs %-12s: max relative difference %.2e (alpha #%d, fold %d); median %.2e"
          % (a, b, d[k], k[0], k[1], np.median(d)))
g = np.loadtxt(w + "/glmnet-mse.txt.choice")
s = np.loadtxt(w + "/sklearn-mse.txt.choice", ndmin=1)
print("alpha_min: reglab %.6g, glmnet lambda.min %.6g, scikit-learn alpha_ %.6g" % (r["alpha_min"], g[0], s[0]))
print("alpha_1se: reglab %.6g, glmnet lambda.1se %.6g" % (r["alpha_1se"], g[1]))
PY

echo "== summary (best CPU time over $ROUNDS rounds; scikit-learn once)"
awk '/^reglab whole process/ {if (rw=="" || $7<rw) rw=$7}
     /^reglab in-process/ {if (ri=="" || $6<ri) ri=$6}
     /^glmnet whole process/ {if (gw=="" || $7<gw) gw=$7}
     /^glmnet in-process/ {v=$8+$15; if (gi=="" || v<gi) gi=v; if (gc=="" || $15<gc) gc=$15}
     /^scikit-learn whole process/ {sw=$7}
     /^scikit-learn in-process/ {si=$7}
     END {
       printf "                               whole process   in-process\n"
       printf "reglab cv:                      %8.3f s     %8.3f s  (CSV reading included)\n", rw, ri
       printf "glmnet cv.glmnet:               %8.3f s     %8.3f s  (scan() + cv.glmnet; cv.glmnet alone %.3f s)\n", gw, gi, gc
       printf "scikit-learn LassoCV:           %8.3f s     %8.3f s  (binary input; LassoCV.fit alone)\n", sw, si
       printf "CPU ratio reglab / glmnet:      %8.2f        %8.2f     (goal: whole process <= 1.0)\n", rw/gw, ri/gi
       printf "CPU ratio reglab / scikit-learn:%8.2f\n", rw/sw
     }' "$LOG"
