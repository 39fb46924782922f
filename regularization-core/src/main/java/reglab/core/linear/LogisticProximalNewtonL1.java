package reglab.core.linear;

/**
 * Proximal Newton for L1-penalized logistic regression, {@code C·Σ log-loss + ||w||₁} with the
 * intercept unpenalized, as in newGLMNET (Yuan, Ho &amp; Lin 2012, "An improved GLMNET for
 * L1-regularized logistic regression", JMLR 13): at each outer step the log-loss is replaced by
 * its second-order model, that L1 problem is solved by cyclic coordinate descent with soft
 * thresholding (Friedman, Hastie &amp; Tibshirani 2010, §3), and a backtracking line search on the
 * true objective accepts the step.
 *
 * <p>Stops when the optimality (KKT) violation — {@code |g_j + sign(w_j)|} for w_j ≠ 0,
 * {@code max(|g_j| − 1, 0)} for w_j = 0, {@code |g_b|} for the intercept, g the log-loss gradient —
 * is at most {@code tol·max(1, violation at w = 0)}. The inner solve is driven to a tenth of the
 * current violation, which keeps the outer convergence superlinear. Buffers are allocated before
 * the loops.
 */
final class LogisticProximalNewtonL1 {

    /** Upper bound on coordinate passes of one inner solve. */
    private static final int MAX_INNER_PASSES = 10_000;

    private LogisticProximalNewtonL1() {
    }

    /** Minimizes from w = 0, b = 0; writes w into {@code w} and returns {b, objective, steps}. */
    static double[] solve(LogisticLoss f, double[] w, int maxIter, double tol) {
        int n = f.n;
        int p = f.p;
        double[] g = new double[p];
        double[] hDiag = new double[p];
        double[] delta = new double[p];
        double[] u = new double[n];
        double[] scratch = new double[n];
        double b = 0;
        java.util.Arrays.fill(w, 0);
        f.linear(w, b, f.z);
        double objective = f.loss(f.z);
        double v0 = -1;
        int it = 0;
        for (; it < maxIter; it++) {
            f.refresh();
            double gb = f.gradient(g);
            double viol = Math.abs(gb);
            for (int j = 0; j < p; j++) {
                double vj = w[j] != 0 ? Math.abs(g[j] + Math.signum(w[j])) : Math.max(Math.abs(g[j]) - 1, 0);
                viol = Math.max(viol, vj);
            }
            if (v0 < 0) {
                v0 = viol;
            }
            if (viol <= tol * Math.max(1, v0)) {
                break;
            }
            double hb = 0;
            for (int i = 0; i < n; i++) {
                hb += f.weight[i];
            }
            hb *= f.c;
            for (int j = 0; j < p; j++) {
                int off = j * n;
                double s = 0;
                for (int i = 0; i < n; i++) {
                    s += f.xc[off + i] * f.xc[off + i] * f.weight[i];
                }
                hDiag[j] = f.c * s;
            }
            double db = innerSolve(f, w, g, gb, hDiag, hb, delta, u, 0.1 * viol);

            // Armijo on F = loss + ||w||₁ along (delta, db); u holds X·delta + db.
            double l1 = 0;
            double l1New = 0;
            double slope = gb * db;
            for (int j = 0; j < p; j++) {
                l1 += Math.abs(w[j]);
                l1New += Math.abs(w[j] + delta[j]);
                slope += g[j] * delta[j];
            }
            slope += l1New - l1;
            double t = 1;
            double trial = Double.NaN;
            boolean accepted = false;
            for (int halvings = 0; halvings < 60 && !accepted; halvings++) {
                double pen = 0;
                for (int j = 0; j < p; j++) {
                    pen += Math.abs(w[j] + t * delta[j]);
                }
                trial = f.lossAlong(u, t, scratch) + pen;
                accepted = trial <= objective + 1e-4 * t * slope;
                if (!accepted) {
                    t *= 0.5;
                }
            }
            if (!accepted) {
                break; // no decrease is representable any more: at the optimum up to rounding
            }
            for (int j = 0; j < p; j++) {
                w[j] += t * delta[j];
            }
            b += t * db;
            for (int i = 0; i < n; i++) {
                f.z[i] += t * u[i];
            }
            objective = trial;
        }
        return new double[] {b, objective, it};
    }

    /**
     * Coordinate descent on the quadratic model {@code gᵀΔ + ½ΔᵀHΔ + ||w + Δ||₁} (H = C·X̃ᵀWX̃).
     * Writes Δ_w into {@code delta}, X·Δ_w + Δ_b into {@code u}, and returns Δ_b.
     */
    private static double innerSolve(LogisticLoss f, double[] w, double[] g, double gb, double[] hDiag, double hb,
            double[] delta, double[] u, double target) {
        int n = f.n;
        int p = f.p;
        java.util.Arrays.fill(delta, 0);
        java.util.Arrays.fill(u, 0);
        double db = 0;
        for (int pass = 0; pass < MAX_INNER_PASSES; pass++) {
            double biggest = 0;
            for (int j = 0; j < p; j++) {
                if (hDiag[j] <= 0) {
                    continue; // an all-zero column: its coefficient stays 0
                }
                int off = j * n;
                double s = 0;
                for (int i = 0; i < n; i++) {
                    s += f.xc[off + i] * f.weight[i] * u[i];
                }
                double grad = g[j] + f.c * s;
                double cur = w[j] + delta[j];
                double zj = cur - grad / hDiag[j];
                double mag = Math.abs(zj) - 1 / hDiag[j];
                double neu = mag > 0 ? Math.copySign(mag, zj) : 0;
                double step = neu - cur;
                if (step != 0) {
                    delta[j] += step;
                    for (int i = 0; i < n; i++) {
                        u[i] += step * f.xc[off + i];
                    }
                    biggest = Math.max(biggest, Math.abs(step) * hDiag[j]);
                }
            }
            double s = 0;
            for (int i = 0; i < n; i++) {
                s += f.weight[i] * u[i];
            }
            double step = -(gb + f.c * s) / hb;
            if (step != 0) {
                db += step;
                for (int i = 0; i < n; i++) {
                    u[i] += step;
                }
                biggest = Math.max(biggest, Math.abs(step) * hb);
            }
            if (biggest <= target) {
                break;
            }
        }
        return db;
    }
}
