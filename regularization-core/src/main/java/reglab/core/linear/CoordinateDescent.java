package reglab.core.linear;

/**
 * Cyclic coordinate descent for the elastic net on centered data, in scikit-learn's scaling
 * ({@code sklearn/linear_model/_cd_fast.pyx}, {@code enet_coordinate_descent}):
 *
 * <pre>  ½·||y − X·w||² + l1·||w||₁ + ½·l2·||w||²,   l1 = n·α·ρ,  l2 = n·α·(1 − ρ)</pre>
 *
 * which is n times scikit-learn's {@code ElasticNet} objective. Each coordinate is set by the soft
 * threshold of Friedman, Hastie &amp; Tibshirani (2010), "Regularization paths for generalized
 * linear models via coordinate descent", J. Stat. Softw. 33(1), eq. (5).
 *
 * <p>Stopping rule, as scikit-learn's: after a pass over all coordinates, if the largest
 * coefficient change divided by the largest coefficient is below {@code tol} (or w = 0, or this
 * was the last pass), compute the duality gap and stop once it is below {@code tol·||y||²}.
 * The gap uses the dual point {@code R·min(1, l1/||XᵀR − l2·w||∞)}, exactly as scikit-learn.
 *
 * <p>Optionally ({@code activeSet}), between full passes the solver cycles over the non-zero
 * coordinates only until they settle, as glmnet does (Friedman et al. 2010, §2.6); the stopping
 * test is still made only after a full pass, so the solution meets the same duality-gap bound.
 *
 * <p>State: {@link #w} and the residual {@link #r} = yc − Xc·w are mutated by {@link #solve} and
 * carried over to the next call (warm start). No allocation happens after construction.
 */
final class CoordinateDescent {

    private final CenteredDesign d;
    /** Coefficients; mutated by {@link #solve}. */
    final double[] w;
    /** Residual {@code yc − Xc·w}; mutated together with {@link #w}. */
    private final double[] r;
    private final double[] colNorm2;
    private final double yNorm2;
    /** Full passes made by the last {@link #solve}. */
    int iterations;
    /** Duality gap at the last check (scaled like the objective above). */
    double gap;

    CoordinateDescent(CenteredDesign d) {
        this.d = d;
        int n = d.n;
        w = new double[d.p];
        r = d.yc.clone();
        colNorm2 = new double[d.p];
        for (int j = 0; j < d.p; j++) {
            colNorm2[j] = dot(d.xc, j * n, d.xc, j * n, n);
        }
        yNorm2 = dot(d.yc, 0, d.yc, 0, n);
    }

    /**
     * Runs coordinate descent from the current {@link #w}.
     *
     * @return true if the duality gap fell below {@code tol·||y||²} within {@code maxIter} passes
     */
    boolean solve(double l1, double l2, int maxIter, double tol, boolean activeSet) {
        double gapTol = tol * yNorm2;
        iterations = 0;
        for (int it = 0; it < maxIter; it++) {
            double change = pass(l1, l2, false);
            iterations = it + 1;
            if (change < tol || it == maxIter - 1) {
                gap = dualityGap(l1, l2);
                if (gap < gapTol) {
                    return true;
                }
            } else if (activeSet) {
                // Cheap passes over the non-zero coordinates until they settle, then a full pass.
                for (int inner = 0; inner < maxIter; inner++) {
                    if (pass(l1, l2, true) < tol) {
                        break;
                    }
                }
            }
        }
        return false;
    }

    /**
     * One pass over the coordinates (only the non-zero ones if {@code activeOnly}).
     *
     * @return max |Δw_j| / max |w_j| over the pass (0 if w = 0), scikit-learn's test quantity
     */
    private double pass(double l1, double l2, boolean activeOnly) {
        int n = d.n;
        double[] xc = d.xc;
        double wMax = 0;
        double dwMax = 0;
        for (int j = 0; j < d.p; j++) {
            double old = w[j];
            if (colNorm2[j] == 0 || (activeOnly && old == 0)) {
                continue;
            }
            int off = j * n;
            double rho = dot(xc, off, r, 0, n) + old * colNorm2[j];
            double mag = Math.abs(rho) - l1;
            double neu = mag > 0 ? Math.copySign(mag, rho) / (colNorm2[j] + l2) : 0;
            if (neu != old) {
                double delta = old - neu;
                for (int i = 0; i < n; i++) {
                    r[i] += delta * xc[off + i];
                }
                w[j] = neu;
            }
            dwMax = Math.max(dwMax, Math.abs(neu - old));
            wMax = Math.max(wMax, Math.abs(neu));
        }
        return wMax == 0 ? 0 : dwMax / wMax;
    }

    /** scikit-learn's duality gap for the current w and residual. */
    double dualityGap(double l1, double l2) {
        int n = d.n;
        double dualNorm = 0;
        double l1Norm = 0;
        double w2 = 0;
        for (int j = 0; j < d.p; j++) {
            double xta = dot(d.xc, j * n, r, 0, n) - l2 * w[j];
            dualNorm = Math.max(dualNorm, Math.abs(xta));
            l1Norm += Math.abs(w[j]);
            w2 += w[j] * w[j];
        }
        double r2 = dot(r, 0, r, 0, n);
        double scale;
        double g;
        if (dualNorm > l1) {
            scale = l1 / dualNorm;
            g = 0.5 * (r2 + r2 * scale * scale);
        } else {
            scale = 1;
            g = r2;
        }
        return g + l1 * l1Norm - scale * dot(r, 0, d.yc, 0, n) + 0.5 * l2 * (1 + scale * scale) * w2;
    }

    /** {@code ||r||²}, the residual sum of squares of the centered problem at {@link #w}. */
    double residualSumOfSquares() {
        return dot(r, 0, r, 0, d.n);
    }

    private static double dot(double[] a, int aOff, double[] b, int bOff, int len) {
        double s0 = 0;
        double s1 = 0;
        int i = 0;
        for (; i + 1 < len; i += 2) {
            s0 += a[aOff + i] * b[bOff + i];
            s1 += a[aOff + i + 1] * b[bOff + i + 1];
        }
        if (i < len) {
            s0 += a[aOff + i] * b[bOff + i];
        }
        return s0 + s1;
    }
}
