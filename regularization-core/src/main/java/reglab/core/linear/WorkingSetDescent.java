package reglab.core.linear;

/**
 * Coordinate descent for one α of a path after another, on a working set: the coordinates that
 * were ever non-zero plus those the sequential strong rule keeps (Tibshirani et al. 2012, "Strong
 * rules for discarding predictors in lasso-type problems", JRSS-B 74(2)), with a check of the
 * whole problem once the working set has settled (glmnet's scheme, Friedman, Hastie &amp;
 * Tibshirani 2010, §2.6). It stops on scikit-learn's duality gap, as {@link CoordinateDescent}.
 *
 * <p>The check needs {@code |x_jᵀR − l2·w_j|} for every j; rather than reading every column, it
 * starts from upper bounds — for a coordinate outside the set, {@code |x_jᵀR₀| + ||x_j||·||R − R₀||}
 * from a snapshot R₀ of the residual; inside, the value recorded during the last pass plus
 * {@code ||x_j||·Σ|Δw_k|·||x_k||} over the later updates of that pass — and reads a column only
 * where a bound could hide an optimality violation, or, largest first, while the gap computed
 * from the bounds is above tolerance. Upper bounds only shrink the dual point, which stays
 * feasible, so the gap tested is a true duality gap no smaller than scikit-learn's; when every
 * bound that matters has been made exact it is scikit-learn's gap. The stopping rule is thus the
 * same, never looser.
 *
 * <p>State: the solver's w and residual, the working set and the snapshot are mutated by
 * {@link #solve} and carried to the next α. No allocation happens after construction.
 */
final class WorkingSetDescent {

    private final CoordinateDescent cd;
    private final CenteredDesign d;
    /** Latest known {@code x_jᵀr} (exact when computed, possibly stale): the strong rule's statistic. */
    private final double[] xtr;
    /** Residual snapshot R₀ and {@code x_jᵀR₀} for the coordinates outside the working set. */
    private final double[] rRef;
    private final double[] xtrRef;
    /** Per coordinate during a check: a bound on {@code |x_jᵀr − l2·w_j|}, or its exact value. */
    private final double[] bound;
    private final boolean[] exact;
    private final boolean[] working;
    private final int[] workingList;
    private int workingSize;
    /** Scratch: the columns whose exact {@code x_jᵀr} a check reads next. */
    private final int[] batch;
    /** How many of the largest bounds a check makes exact per sweep over r (see {@link CoordinateDescent#dotFour}). */
    private static final int BATCH = 4;

    /** @param cd a solver at w = 0 (as constructed); this object drives it from now on */
    WorkingSetDescent(CoordinateDescent cd) {
        this.cd = cd;
        this.d = cd.d;
        int p = d.p;
        xtr = cd.xty.clone();
        xtrRef = cd.xty.clone();
        rRef = cd.r.clone();
        bound = new double[p];
        exact = new boolean[p];
        working = new boolean[p];
        workingList = new int[p];
        batch = new int[p];
    }

    /**
     * Working-set coordinate descent from the solver's current w, for the next α of a path.
     *
     * @param l1Previous the l1 of the previous α on the path (equal to {@code l1} for the first)
     * @return true if the duality gap fell below {@code tol·||y||²} within {@code maxIter} passes
     */
    boolean solve(double l1, double l2, double l1Previous, int maxIter, double tol) {
        double gapTol = tol * cd.yNorm2;
        double screen = 2 * l1 - l1Previous;
        for (int j = 0; j < d.p; j++) {
            if (!working[j] && cd.colNorm2[j] > 0 && (cd.w[j] != 0 || Math.abs(xtr[j]) > screen)) {
                working[j] = true;
                workingList[workingSize++] = j;
            }
        }
        cd.iterations = 0;
        if (cd.yNorm2 == 0) {
            cd.gap = 0; // a constant target: w = 0 is exactly optimal, and a zero tolerance is never met
            return true;
        }
        double innerTol = tol;
        while (true) {
            double change = Double.POSITIVE_INFINITY;
            boolean recorded = false;
            while (cd.iterations < maxIter && change >= innerTol) {
                change = cd.pass(l1, l2, workingList, workingSize);
                recorded = true;
                cd.iterations++;
            }
            cd.gap = check(l1, l2, gapTol, recorded);
            int added = 0;
            for (int j = 0; j < d.p; j++) {
                if (!working[j] && cd.colNorm2[j] > 0 && exact[j] && bound[j] > l1) {
                    working[j] = true;
                    workingList[workingSize++] = j;
                    added++;
                }
            }
            if (added == 0 && cd.gap < gapTol) {
                return true;
            }
            if (cd.iterations >= maxIter) {
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
            drift += (cd.r[i] - rRef[i]) * (cd.r[i] - rRef[i]);
        }
        drift = Math.sqrt(drift);
        int outside = 0;
        int unsure = 0;
        for (int j = 0; j < p; j++) {
            if (!working[j]) {
                outside++;
                if (Math.abs(xtrRef[j]) + cd.colNorm[j] * drift > l1) {
                    unsure++;
                }
            }
        }
        if (unsure * 4 > outside) {
            // The snapshot has drifted too far to screen with: take a new one (reads every column outside).
            System.arraycopy(cd.r, 0, rRef, 0, n);
            int m = 0;
            for (int j = 0; j < p; j++) {
                if (!working[j]) {
                    batch[m++] = j;
                }
            }
            exactDots(m, xtrRef);
            drift = 0;
        }
        double exactMax = 0;
        for (int j = 0; j < p; j++) {
            if (working[j]) {
                exact[j] = false;
                continue;
            }
            double b = Math.abs(xtrRef[j]) + cd.colNorm[j] * drift;
            exact[j] = drift == 0 || b > l1;
            if (exact[j] && drift != 0) {
                xtr[j] = CoordinateDescent.dot(d.xc, j * n, cd.r, 0, n);
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
                bound[j] = Math.abs(cd.passXtr[j] - l2 * cd.w[j]) + cd.colNorm[j] * later;
                later += cd.passMove[k];
            } else {
                xtr[j] = CoordinateDescent.dot(d.xc, j * n, cd.r, 0, n);
                bound[j] = Math.abs(xtr[j] - l2 * cd.w[j]);
                exact[j] = true;
                exactMax = Math.max(exactMax, bound[j]);
            }
        }
        // Make the largest bounds exact until the gap passes or no bound above max(l1, exact) is left;
        // BATCH at a time (the largest first), as columns stream faster together than one by one.
        cd.prepareGap();
        while (true) {
            double floor = Math.max(l1, exactMax);
            int m = 0;
            for (int j = 0; j < p; j++) {
                if (!exact[j] && bound[j] > floor) {
                    // Insert j into batch[0..m), kept in decreasing order of bound, the first of equals first.
                    int pos = Math.min(m, BATCH);
                    while (pos > 0 && bound[j] > bound[batch[pos - 1]]) {
                        if (pos < BATCH) {
                            batch[pos] = batch[pos - 1];
                        }
                        pos--;
                    }
                    if (pos < BATCH) {
                        batch[pos] = j;
                        m = Math.min(m + 1, BATCH);
                    }
                }
            }
            double g = cd.gapFromParts(l1, l2, m == 0 ? exactMax : bound[batch[0]]);
            if (m == 0 || g < gapTol) {
                return g;
            }
            exactDots(m, xtr);
            for (int q = 0; q < m; q++) {
                int j = batch[q];
                bound[j] = Math.abs(xtr[j] - l2 * cd.w[j]);
                exact[j] = true;
                exactMax = Math.max(exactMax, bound[j]);
            }
        }
    }

    /** {@code out[j] = x_jᵀr} for the columns {@code j = batch[0..m)}, four per sweep over r. */
    private void exactDots(int m, double[] out) {
        int k = 0;
        for (; k + 3 < m; k += 4) {
            CoordinateDescent.dotFour(d.xc, d.n, batch, k, cd.r, out);
        }
        for (; k < m; k++) {
            out[batch[k]] = CoordinateDescent.dot(d.xc, batch[k] * d.n, cd.r, 0, d.n);
        }
    }
}
