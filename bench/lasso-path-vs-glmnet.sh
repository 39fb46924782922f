#!/usr/bin/env bash
# Times a 100-value lasso path on dense 10,000 x 1,000 data: reglab's ElasticNetPath against R's
# glmnet on the same file. Prints figures (it is a benchmark, not a test).
#   bench/lasso-path-vs-glmnet.sh [N] [P] [ROUNDS] [REPEATS]
# Needs: Maven, a JDK 17+, Rscript with glmnet (Debian: apt-get install -y r-cran-glmnet).
# Both sides get the same grid: 100 lambdas from lambda_max down to 1e-3 * lambda_max, intercept
# unpenalized, no standardization; each side's default convergence tolerance (reglab: sklearn's
# duality gap < 1e-4 * ||y - mean(y)||^2; glmnet: thresh = 1e-7). File reading is not timed.
# The two sides alternate for ROUNDS rounds (each round: REPEATS fits in one process per side), so
# load from other processes hits both alike; the summary takes each side's best fit, by elapsed
# time and by CPU time (this process's thread for reglab, user+sys for R), the steadier figure
# when other work shares the machine.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
N=${1:-10000}
P=${2:-1000}
ROUNDS=${3:-3}
REPEATS=${4:-3}
DATA=${TMPDIR:-/tmp}/reglab-lasso-bench-${N}x${P}.bin
LOG=$(mktemp)
trap 'rm -f "$LOG"' EXIT

command -v Rscript >/dev/null || { echo "Rscript not found: apt-get install -y r-base-core r-cran-glmnet" >&2; exit 2; }
Rscript -e 'suppressMessages(library(glmnet))' >/dev/null 2>&1 || { echo "R package glmnet missing: apt-get install -y r-cran-glmnet" >&2; exit 2; }

mvn -q -B -o -f "$ROOT/pom.xml" -pl regularization-core test-compile >&2 \
  || mvn -q -B -f "$ROOT/pom.xml" -pl regularization-core test-compile >&2
CP="$ROOT/regularization-core/target/classes:$ROOT/regularization-core/target/test-classes"
JAVA=(java -Xmx2g -XX:+UseParallelGC -cp "$CP" reglab.core.bench.LassoPathBenchmark)

[ -f "$DATA" ] || "${JAVA[@]}" generate "$DATA" "$N" "$P"
echo "== data: $DATA ($N x $P); $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1); $(R --version | head -1)"

run_glmnet() { # $1 = repeats, $2 = type.gaussian, $3 = 1 to check accuracy against reglab's, $4 = thresh
Rscript - "$DATA" "$1" "$2" "$3" "${4:-1e-7}" <<'R'
suppressMessages(library(glmnet))
args <- commandArgs(trailingOnly = TRUE)
con <- file(args[1], "rb")
dims <- readBin(con, "integer", 2, size = 4, endian = "little")
n <- dims[1]; p <- dims[2]
x <- matrix(readBin(con, "double", n * p, size = 8, endian = "little"), nrow = n, byrow = TRUE)
y <- readBin(con, "double", n, size = 8, endian = "little")
close(con)
repeats <- as.integer(args[2]); type <- args[3]; thresh <- as.numeric(args[5])
label <- if (thresh == 1e-7) type else sprintf("%s,thresh=%g", type, thresh)
best <- Inf; best_cpu <- Inf
for (k in seq_len(repeats)) {
  t <- system.time(f <- glmnet(x, y, family = "gaussian", alpha = 1, nlambda = 100, lambda.min.ratio = 1e-3,
                               standardize = FALSE, intercept = TRUE, type.gaussian = type, thresh = thresh))
  cpu <- t[["user.self"]] + t[["sys.self"]]
  cat(sprintf("glmnet %-10s run %d: %.3f s elapsed, %.3f s cpu\n", label, k, t[["elapsed"]], cpu))
  best <- min(best, t[["elapsed"]]); best_cpu <- min(best_cpu, cpu)
}
cat(sprintf("glmnet %-10s best: %.3f s elapsed, %.3f s cpu  (%d lambdas, lambda %.6g .. %.6g, %d passes, %d non-zero at the end)\n",
            label, best, best_cpu, length(f$lambda), f$lambda[1], f$lambda[length(f$lambda)], f$npasses,
            sum(f$beta[, ncol(f$beta)] != 0)))
if (args[4] == "1") {
  # Accuracy over the whole path: scikit-learn's duality gap (n-scaled) relative to ||y - mean(y)||^2,
  # the quantity reglab stops on (< 1e-4), for both; and how far apart the two solutions are.
  xc <- sweep(x, 2, colMeans(x)); yc <- y - mean(y)
  rel_gap <- function(w, lambda) {
    r <- yc - xc %*% w; l1 <- n * lambda
    dual <- max(abs(crossprod(xc, r))); s <- min(1, l1 / dual)
    g <- 0.5 * sum(r^2) * (1 + s^2) + l1 * sum(abs(w)) - s * sum(r * yc)
    g / sum(yc^2)
  }
  worst <- c(0, 0, 0); ratio <- 0
  for (line in readLines(paste0(args[1], ".reglab-coefs.txt"))) {
    v <- strsplit(line, " ")[[1]]
    k <- as.integer(v[2]); a <- as.numeric(v[3]); w <- as.numeric(v[-(1:3)])
    g <- as.numeric(f$beta[, k])
    ratio <- max(ratio, abs(a / f$lambda[k] - 1))
    d <- if (sum(g^2) > 0) sqrt(sum((w - g)^2)) / sqrt(sum(g^2)) else sqrt(sum(w^2))
    worst <- pmax(worst, c(rel_gap(w, a), rel_gap(g, f$lambda[k]), d))
  }
  cat(sprintf("accuracy over the path: max relative duality gap reglab %.1e, glmnet %.1e; max ||w_reglab - w_glmnet|| / ||w_glmnet|| %.1e; alpha grids differ by %.1e\n",
              worst[1], worst[2], worst[3], ratio))
}
R
}

for round in $(seq 1 "$ROUNDS"); do
  echo "-- round $round"
  "${JAVA[@]}" run "$DATA" "$REPEATS" | tee -a "$LOG"
  run_glmnet "$REPEATS" naive "$([ "$round" = 1 ] && echo 1 || echo 0)" | tee -a "$LOG"
done
echo "-- for reference, once each: glmnet's covariance mode, and glmnet run to a tighter thresh"
run_glmnet 1 covariance 0
run_glmnet 1 naive 1 1e-8
echo "== summary (best single fit over all rounds)"
awk '/^reglab best:/ {if (r=="" || $3<r) r=$3; if (rc=="" || $6<rc) rc=$6}
     /^glmnet naive +best:/ {if (g=="" || $4<g) g=$4; if (gc=="" || $7<gc) gc=$7}
     END {printf "                       elapsed    cpu\nreglab ElasticNetPath: %7.3f s %7.3f s\nglmnet (naive):        %7.3f s %7.3f s\nratio reglab/glmnet:   %7.2f   %7.2f\n", r, rc, g, gc, r/g, rc/gc}' "$LOG"
