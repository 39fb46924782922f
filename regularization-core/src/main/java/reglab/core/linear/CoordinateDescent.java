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
 * problem once the working set has settled (glmnet's scheme, Friedman et al. 2010, §2.6). The
 * check needs {@code |x_jᵀR − l2·w_j|} for every j; rather than reading every column, it starts
 * from upper bounds — for a coordinate outside the set, {@code |x_jᵀR₀| + ||x_j||·||R − R₀||}
 * from a snapshot R₀ of the residual; inside, the value recorded during the last pass plus
 * {@code ||x_j||·Σ|Δw_k|·||x_k||} over the later updates of that pass — and reads a column only
 * where a bound could hide an optimality violation, or, largest first, while the gap computed
 * from the bounds is above tolerance. Upper bounds only shrink the dual point, which stays
 * feasible, so the gap tested is a true duality gap no smaller than scikit-learn's; when every
 * bound that matters has been made exact it is scikit-learn's gap. The stopping rule is thus the
 * same, never looser.
 *
 * <p>State: {@link #w}, the residual {@code r = yc − Xc·w}, the working set and the snapshot are
 * mutated by the solves and carried to the next call (warm start). No allocation happens after
 * construction.
 */
final class CoordinateDescent {

    private final CenteredDesign d;
    /** Coefficients; mutated by the solves. */
    final double[] w;
    /** Residual {@code yc − Xc·w}; mutated together with {@link #w}. */
    private final double[] r;
    private final double[] colNorm2;
    private final double[] colNorm;
    /** Latest known {@code x_jᵀr} (exact when computed, possibly stale): the strong rule's statistic. */
    private final double[] xtr;
    /** Residual snapshot R₀ and {@code x_jᵀR₀} for the coordinates outside the working set. */
    private final double[] rRef;
    private final double[] xtrRef;
    /** {@code x_jᵀr} right after coordinate j's update in the latest working-set pass. */
    private final double[] passXtr;
    /** {@code |Δw_j|·||x_j||} of the coordinate at each position of the latest working-set pass. */
    private final double[] passMove;
    /** Per coordinate during a check: a bound on {@code |x_jᵀr − l2·w_j|}, or its exact value. */
    private final double[] bound;
    private final boolean[] exact;
    private final boolean[] working;
    private final int[] workingList;
    private int workingSize;
    private final double yNorm2;
    private final double maxAbsXty;
    /** Parts of the duality gap that do not depend on the dual norm (see {@link #prepareGap}). */
    private double gapL1Norm;
    private double gapW2;
    private double gapR2;
    private double gapRy;
    /** Passes made by the last solve (working-set passes count as passes). */
    int iterations;
    /** Duality gap at the last check (scaled like the objective above). */
    double gap;

    CoordinateDescent(CenteredDesign d) {
        this.d = d;
        int n = d.n;
        int p = d.p;
        w = new double[p];
        r = d.yc.clone();
        rRef = d.yc.clone();
        colNorm2 = new double[p];
        colNorm = new double[p];
        xtr = new double[p];
        xtrRef = new double[p];
        passXtr = new double[p];
        passMove = new double[p];
        bound = new double[p];
        exact = new boolean[p];
        double m = 0;
        for (int j = 0; j < p; j++) {
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
            xtrRef[j] = sy;
            m = Math.max(m, Math.abs(sy));
        }
        maxAbsXty = m;
        working = new boolean[p];
        workingList = new int[p];
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
                double dualNorm = 0;
                for (int j = 0; j < d.p; j++) {
                    xtr[j] = dot(d.xc, j * d.n, r, 0, d.n);
                    dualNorm = Math.max(dualNorm, Math.abs(xtr[j] - l2 * w[j]));
                }
                gap = gap(l1, l2, dualNorm);
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
        if (yNorm2 == 0) {
            gap = 0; // a constant target: w = 0 is exactly optimal, and a zero tolerance is never met
            return true;
        }
        double innerTol = tol;
        while (true) {
            double change = Double.POSITIVE_INFINITY;
            boolean recorded = false;
            while (iterations < maxIter && change >= innerTol) {
                change = pass(l1, l2, workingList, workingSize);
                recorded = true;
                iterations++;
            }
            gap = check(l1, l2, gapTol, recorded);
            int added = 0;
            for (int j = 0; j < d.p; j++) {
                if (!working[j] && colNorm2[j] > 0 && exact[j] && bound[j] > l1) {
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
     * The optimality check after working-set passes: fills {@link #bound}/{@link #exact} so that
     * every coordinate outside the working set that could violate {@code |x_jᵀr| ≤ l1} is exact,
     * and returns the duality gap (see the class comment).
     *
     * @param recorded whether the last pass over the current working set left its records
     */
    private double check(double l1, double l2, double gapTol, boolean recorded) {
        int n = d.n;
        int p = d.p;
        double drift = 0;
        for (int i = 0; i < n; i++) {
            drift += (r[i] - rRef[i]) * (r[i] - rRef[i]);
        }
        drift = Math.sqrt(drift);
        int outside = 0;
        int unsure = 0;
        for (int j = 0; j < p; j++) {
            if (!working[j]) {
                outside++;
                if (Math.abs(xtrRef[j]) + colNorm[j] * drift > l1) {
                    unsure++;
                }
            }
        }
        if (unsure * 4 > outside) {
            // The snapshot has drifted too far to screen with: take a new one (reads every column outside).
            System.arraycopy(r, 0, rRef, 0, n);
            for (int j = 0; j < p; j++) {
                if (!working[j]) {
                    xtrRef[j] = dot(d.xc, j * n, r, 0, n);
                }
            }
            drift = 0;
        }
        double exactMax = 0;
        for (int j = 0; j < p; j++) {
            if (working[j]) {
                exact[j] = false;
                continue;
            }
            double b = Math.abs(xtrRef[j]) + colNorm[j] * drift;
            exact[j] = drift == 0 || b > l1;
            if (exact[j] && drift != 0) {
                xtr[j] = dot(d.xc, j * n, r, 0, n);
                b = Math.abs(xtr[j]);
            } else if (drift == 0) {
                xtr[j] = xtrRef[j];
            }
            bound[j] = b;
            if (exact[j]) {
                exactMax = Math.max(exactMax, b);
            }
        }
        double later = 0;
        for (int k = workingSize - 1; k >= 0; k--) {
            int j = workingList[k];
            if (recorded) {
                bound[j] = Math.abs(passXtr[j] - l2 * w[j]) + colNorm[j] * later;
                later += passMove[k];
            } else {
                xtr[j] = dot(d.xc, j * n, r, 0, n);
                bound[j] = Math.abs(xtr[j] - l2 * w[j]);
                exact[j] = true;
                exactMax = Math.max(exactMax, bound[j]);
            }
        }
        // Make the largest bounds exact until the gap passes or no bound above max(l1, exact) is left.
        prepareGap();
        while (true) {
            int top = -1;
            double floor = Math.max(l1, exactMax);
            for (int j = 0; j < p; j++) {
                if (!exact[j] && bound[j] > floor && (top < 0 || bound[j] > bound[top])) {
                    top = j;
                }
            }
            double g = gapFromParts(l1, l2, top < 0 ? exactMax : bound[top]);
            if (top < 0 || g < gapTol) {
                return g;
            }
            xtr[top] = dot(d.xc, top * n, r, 0, n);
            bound[top] = Math.abs(xtr[top] - l2 * w[top]);
            exact[top] = true;
            exactMax = Math.max(exactMax, bound[top]);
        }
    }

    /**
     * One pass over coordinates {@code list[0..count)} (all coordinates if {@code list} is null),
     * recording {@link #passXtr} and {@link #passMove} for the working-set bounds.
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

    /** scikit-learn's duality gap for the current w and residual, given {@code ||XᵀR − l2·w||∞} (or a bound on it). */
    private double gap(double l1, double l2, double dualNorm) {
        prepareGap();
        return gapFromParts(l1, l2, dualNorm);
    }

    /** Computes the parts of the gap that do not depend on the dual norm, for {@link #gapFromParts}. */
    private void prepareGap() {
        double l1Norm = 0;
        double w2 = 0;
        for (int j = 0; j < d.p; j++) {
            l1Norm += Math.abs(w[j]);
            w2 += w[j] * w[j];
        }
        gapL1Norm = l1Norm;
        gapW2 = w2;
        gapR2 = dot(r, 0, r, 0, d.n);
        gapRy = dot(r, 0, d.yc, 0, d.n);
    }

    /** The gap from the parts {@link #prepareGap} left, which must still describe the current w and r. */
    private double gapFromParts(double l1, double l2, double dualNorm) {
        double scale;
        double g;
        if (dualNorm > l1) {
            scale = l1 / dualNorm;
            g = 0.5 * (gapR2 + gapR2 * scale * scale);
        } else {
            scale = 1;
            g = gapR2;
        }
        return g + l1 * gapL1Norm - scale * gapRy + 0.5 * l2 * (1 + scale * scale) * gapW2;
    }

    /** {@code ||r||²}, the residual sum of squares of the centered problem at {@link #w}. */
    double residualSumOfSquares() {
        return dot(r, 0, r, 0, d.n);
    }

    /**
     * A dot product with eight partial sums, so the additions overlap (the JIT keeps floating-point
     * order, so it cannot do this itself); the columns stream from memory, which bounds the rest.
     */
    private static double dot(double[] a, int aOff, double[] b, int bOff, int len) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        double s4 = 0;
        double s5 = 0;
        double s6 = 0;
        double s7 = 0;
        int i = 0;
        for (; i + 7 < len; i += 8) {
            s0 += a[aOff + i] * b[bOff + i];
            s1 += a[aOff + i + 1] * b[bOff + i + 1];
            s2 += a[aOff + i + 2] * b[bOff + i + 2];
            s3 += a[aOff + i + 3] * b[bOff + i + 3];
            s4 += a[aOff + i + 4] * b[bOff + i + 4];
            s5 += a[aOff + i + 5] * b[bOff + i + 5];
            s6 += a[aOff + i + 6] * b[bOff + i + 6];
            s7 += a[aOff + i + 7] * b[bOff + i + 7];
        }
        for (; i < len; i++) {
            s0 += a[aOff + i] * b[bOff + i];
        }
        return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
    }
}
