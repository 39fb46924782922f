#!/usr/bin/env bash
# Times a 100-value lasso path on dense 10,000 x 1,000 data: reglab's ElasticNetPath against R's
# glmnet on the same file. Prints figures (it is a benchmark, not a test).
#   bench/lasso-path-vs-glmnet.sh [N] [P] [REPEATS]
# Needs: Maven, a JDK 17+, Rscript with glmnet (Debian: apt-get install -y r-cran-glmnet).
# Both sides get the same grid: 100 lambdas from lambda_max down to 1e-3 * lambda_max, intercept
# unpenalized, no standardization; each side's default convergence tolerance (reglab: sklearn's
# duality gap < 1e-4 * ||y - mean(y)||^2; glmnet: thresh = 1e-7). File reading is not timed.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
N=${1:-10000}
P=${2:-1000}
REPEATS=${3:-3}
DATA=${TMPDIR:-/tmp}/reglab-lasso-bench-${N}x${P}.bin

command -v Rscript >/dev/null || { echo "Rscript not found: apt-get install -y r-base-core r-cran-glmnet" >&2; exit 2; }
Rscript -e 'suppressMessages(library(glmnet))' >/dev/null 2>&1 || { echo "R package glmnet missing: apt-get install -y r-cran-glmnet" >&2; exit 2; }

mvn -q -B -o -f "$ROOT/pom.xml" -pl regularization-core test-compile >&2 \
  || mvn -q -B -f "$ROOT/pom.xml" -pl regularization-core test-compile >&2
CP="$ROOT/regularization-core/target/classes:$ROOT/regularization-core/target/test-classes"
JAVA=(java -Xmx2g -XX:+UseParallelGC -cp "$CP" reglab.core.bench.LassoPathBenchmark)

[ -f "$DATA" ] || "${JAVA[@]}" generate "$DATA" "$N" "$P"
echo "== data: $DATA ($N x $P); $(nproc) cores; $(java -version 2>&1 | head -1); $(R --version | head -1)"
"${JAVA[@]}" run "$DATA" "$REPEATS"

Rscript - "$DATA" "$REPEATS" <<'R'
suppressMessages(library(glmnet))
args <- commandArgs(trailingOnly = TRUE)
con <- file(args[1], "rb")
dims <- readBin(con, "integer", 2, size = 4, endian = "little")
n <- dims[1]; p <- dims[2]
x <- matrix(readBin(con, "double", n * p, size = 8, endian = "little"), nrow = n, byrow = TRUE)
y <- readBin(con, "double", n, size = 8, endian = "little")
close(con)
repeats <- as.integer(args[2])
fit_with <- function(type) {
  best <- Inf
  for (k in seq_len(repeats)) {
    t <- system.time(f <- glmnet(x, y, family = "gaussian", alpha = 1, nlambda = 100, lambda.min.ratio = 1e-3,
                                 standardize = FALSE, intercept = TRUE, type.gaussian = type))[["elapsed"]]
    cat(sprintf("glmnet  %-10s run %d: %.3f s\n", type, k, t))
    best <- min(best, t)
  }
  cat(sprintf("glmnet  %-10s best: %.3f s  (%d lambdas, lambda %.6g .. %.6g, %d non-zero at the end)\n", type, best,
              length(f$lambda), f$lambda[1], f$lambda[length(f$lambda)], sum(f$beta[, ncol(f$beta)] != 0)))
  f
}
f <- fit_with("naive")
invisible(fit_with("covariance"))
# Cross-check: reglab's coefficients at a few lambdas against glmnet's at the same lambdas.
for (line in readLines(paste0(args[1], ".reglab-coefs.txt"))) {
  v <- strsplit(line, " ")[[1]]
  k <- as.integer(v[2]); a <- as.numeric(v[3]); w <- as.numeric(v[-(1:3)])
  g <- as.numeric(coef(f, s = a, exact = FALSE))[-1]
  cat(sprintf("check   alpha #%d = %.6g: reglab/glmnet lambda ratio %.12f, ||w_reglab - w_glmnet|| / ||w_glmnet|| = %.2e\n",
              k, a, a / f$lambda[k], sqrt(sum((w - g)^2)) / sqrt(sum(g^2))))
}
R
