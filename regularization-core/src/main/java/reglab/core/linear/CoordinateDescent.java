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
 * <p>{@link #solve} is scikit-learn's algorithm: full cyclic passes; once the largest coefficient
 * change of a pass divided by the largest coefficient is below {@code tol} (or w = 0, or the
 * passes are used up) it computes the duality gap and stops if it is below {@code tol·||y||²}.
 * The gap is {@code P(w) − D(s·R)} with {@code s = min(1, l1/||XᵀR − l2·w||∞)}, scikit-learn's
 * formula, so the pass count matches its {@code n_iter_}.
 *
 * <p>{@link #solveWorkingSet}, for paths, cycles over a working set — the coordinates that were
 * ever non-zero plus those the sequential strong rule keeps (Tibshirani et al. 2012, "Strong rules
 * for discarding predictors in lasso-type problems", JRSS-B 74(2)) — and checks the whole
 * problem once the working set has settled (glmnet's scheme, Friedman et al. 2010, §2.6): exact
 * {@code x_jᵀR} for the coordinates outside the set, which join it if they violate optimality;
 * for those inside, {@code x_jᵀR} as recorded during the last pass plus a bound on how far the
 * later updates of that pass can have moved it ({@code ||x_j||·Σ|Δw_k|·||x_k||}). That bound
 * only enlarges the dual norm, so the dual point stays feasible and the gap tested is a valid
 * duality gap no smaller than scikit-learn's: when it is small enough the working-set columns
 * need not be read again; when it is not, the exact scikit-learn gap decides.
 *
 * <p>State: {@link #w}, the residual {@code r = yc − Xc·w} and the working set are mutated by
 * the solves and carried to the next call (warm start). No allocation happens after construction.
 */
final class CoordinateDescent {

    private final CenteredDesign d;
    /** Coefficients; mutated by the solves. */
    final double[] w;
    /** Residual {@code yc − Xc·w}; mutated together with {@link #w}. */
    private final double[] r;
    private final double[] colNorm2;
    private final double[] colNorm;
    /** {@code Xcᵀ·r} for coordinates outside the working set, as of the last check. */
    private final double[] xtr;
    /** {@code x_jᵀr} right after coordinate j's update in the latest working-set pass. */
    private final double[] passXtr;
    /** {@code |Δw_j|·||x_j||} of the coordinate at each position of the latest working-set pass. */
    private final double[] passMove;
    private final boolean[] working;
    private final int[] workingList;
    private int workingSize;
    private final double yNorm2;
    private final double maxAbsXty;
    /** Passes made by the last solve (working-set passes count as passes). */
    int iterations;
    /** Duality gap at the last check (scaled like the objective above). */
    double gap;

    CoordinateDescent(CenteredDesign d) {
        this.d = d;
        int n = d.n;
        w = new double[d.p];
        r = d.yc.clone();
        colNorm2 = new double[d.p];
        colNorm = new double[d.p];
        xtr = new double[d.p];
        passXtr = new double[d.p];
        passMove = new double[d.p];
        double m = 0;
        for (int j = 0; j < d.p; j++) {
            int off = j * n;
            double s2 = 0;
            double sy = 0;
            for (int i = 0; i < n; i++) {
                double v = d.xc[off + i];
                s2 += v * v;
                sy += v * r[i];
            }
            colNorm2[j] = s2;
            colNorm[j] = Math.sqrt(s2);
            xtr[j] = sy;
            m = Math.max(m, Math.abs(sy));
        }
        maxAbsXty = m;
        working = new boolean[d.p];
        workingList = new int[d.p];
        yNorm2 = dot(d.yc, 0, d.yc, 0, n);
    }

    /** {@code max_j |x_jᵀy|} on the centered data (the top of scikit-learn's α grid is this / (n·ρ)). */
    double maxAbsXty() {
        return maxAbsXty;
    }

    /**
     * scikit-learn's algorithm: full cyclic passes from the current {@link #w}.
     *
     * @return true if the duality gap fell below {@code tol·||y||²} within {@code maxIter} passes
     */
    boolean solve(double l1, double l2, int maxIter, double tol) {
        double gapTol = tol * yNorm2;
        iterations = 0;
        for (int it = 0; it < maxIter; it++) {
            double change = pass(l1, l2, null, d.p);
            iterations = it + 1;
            if (change < tol || it == maxIter - 1) {
                for (int j = 0; j < d.p; j++) {
                    xtr[j] = dot(d.xc, j * d.n, r, 0, d.n);
                }
                gap = gap(l1, l2, null);
                if (gap < gapTol) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Working-set coordinate descent from the current {@link #w}, for the next α of a path.
     *
     * @param l1Previous the l1 of the previous α on the path (equal to {@code l1} for the first)
     * @return true if the duality gap fell below {@code tol·||y||²} within {@code maxIter} passes
     */
    boolean solveWorkingSet(double l1, double l2, double l1Previous, int maxIter, double tol) {
        double gapTol = tol * yNorm2;
        double screen = 2 * l1 - l1Previous;
        for (int j = 0; j < d.p; j++) {
            if (!working[j] && colNorm2[j] > 0 && (w[j] != 0 || Math.abs(xtr[j]) > screen)) {
                working[j] = true;
                workingList[workingSize++] = j;
            }
        }
        iterations = 0;
        double innerTol = tol;
        while (true) {
            double change = Double.POSITIVE_INFINITY;
            boolean recorded = false;
            while (iterations < maxIter && change >= innerTol) {
                change = pass(l1, l2, workingList, workingSize);
                recorded = true;
                iterations++;
            }
            int added = 0;
            for (int j = 0; j < d.p; j++) {
                if (!working[j] || !recorded) {
                    xtr[j] = dot(d.xc, j * d.n, r, 0, d.n);
                }
            }
            gap = gap(l1, l2, recorded ? workingList : null);
            if (recorded && gap >= gapTol) {
                // The bound may be what failed: settle it with exact products before tightening.
                for (int k = 0; k < workingSize; k++) {
                    int j = workingList[k];
                    xtr[j] = dot(d.xc, j * d.n, r, 0, d.n);
                }
                gap = gap(l1, l2, null);
            }
            for (int j = 0; j < d.p; j++) {
                if (!working[j] && colNorm2[j] > 0 && Math.abs(xtr[j]) > l1) {
                    working[j] = true;
                    workingList[workingSize++] = j;
                    added++;
                }
            }
            if (added == 0 && gap < gapTol) {
                return true;
            }
            if (iterations >= maxIter) {
                return false;
            }
            if (added == 0) {
                innerTol *= 0.1; // the working set is right but not solved tightly enough yet
            }
        }
    }

    /**
     * One pass over coordinates {@code list[0..count)} (all coordinates if {@code list} is null),
     * recording {@link #passXtr} and {@link #passMove} for the working-set gap bound.
     *
     * @return max |Δw_j| / max |w_j| over the pass (0 if w = 0), scikit-learn's test quantity
     */
    private double pass(double l1, double l2, int[] list, int count) {
        int n = d.n;
        double[] xc = d.xc;
        double wMax = 0;
        double dwMax = 0;
        for (int k = 0; k < count; k++) {
            int j = list == null ? k : list[k];
            if (colNorm2[j] == 0) {
                passXtr[j] = 0;
                passMove[k] = 0;
                continue;
            }
            double old = w[j];
            int off = j * n;
            double xr = dot(xc, off, r, 0, n);
            double rho = xr + old * colNorm2[j];
            double mag = Math.abs(rho) - l1;
            double neu = mag > 0 ? Math.copySign(mag, rho) / (colNorm2[j] + l2) : 0;
            if (neu != old) {
                double delta = old - neu;
                for (int i = 0; i < n; i++) {
                    r[i] += delta * xc[off + i];
                }
                w[j] = neu;
            }
            double step = Math.abs(neu - old);
            passXtr[j] = xr + (old - neu) * colNorm2[j];
            passMove[k] = step * colNorm[j];
            dwMax = Math.max(dwMax, step);
            wMax = Math.max(wMax, Math.abs(neu));
        }
        return wMax == 0 ? 0 : dwMax / wMax;
    }

    /**
     * scikit-learn's duality gap. Coordinates outside {@code recorded} (all, if null) use the
     * exact {@link #xtr}; those in it, the last pass's value plus its movement bound.
     */
    private double gap(double l1, double l2, int[] recorded) {
        int n = d.n;
        double dualNorm = 0;
        double l1Norm = 0;
        double w2 = 0;
        for (int j = 0; j < d.p; j++) {
            if (recorded == null || !working[j]) {
                dualNorm = Math.max(dualNorm, Math.abs(xtr[j] - l2 * w[j]));
            }
            l1Norm += Math.abs(w[j]);
            w2 += w[j] * w[j];
        }
        if (recorded != null) {
            double later = 0;
            for (int k = workingSize - 1; k >= 0; k--) {
                int j = recorded[k];
                dualNorm = Math.max(dualNorm, Math.abs(passXtr[j] - l2 * w[j]) + colNorm[j] * later);
                later += passMove[k];
            }
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

    /** A dot product with four partial sums, so the additions can overlap. */
    private static double dot(double[] a, int aOff, double[] b, int bOff, int len) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = 0;
        for (; i + 3 < len; i += 4) {
            s0 += a[aOff + i] * b[bOff + i];
            s1 += a[aOff + i + 1] * b[bOff + i + 1];
            s2 += a[aOff + i + 2] * b[bOff + i + 2];
            s3 += a[aOff + i + 3] * b[bOff + i + 3];
        }
        for (; i < len; i++) {
            s0 += a[aOff + i] * b[bOff + i];
        }
        return (s0 + s1) + (s2 + s3);
    }
}
