package reglab.core.linear;

import reglab.core.check.Checks;
import reglab.core.math.PortableMath;
import reglab.core.math.ShortestDecimal;

/**
 * The warm-started elastic-net regularization path, matching scikit-learn's {@code enet_path} /
 * {@code lasso_path} on centered data (so with an unpenalized intercept, as {@code ElasticNetCV}
 * uses it): {@code nAlphas} values of α on a log grid from
 * {@code α_max = max_j |x_jᵀy| / (n·ρ)} (X, y centered; the smallest α with w = 0) down to
 * {@code eps·α_max}, each fit started from the previous solution (Friedman, Hastie &amp; Tibshirani
 * 2010, §2.5). Each fit minimizes the objective documented on {@link ElasticNet}, stopped by the
 * same duality-gap rule; the solver cycles over a strong-rule working set between full checks
 * (see {@link WorkingSetDescent}).
 */
public final class ElasticNetPath {

    /** ρ = 1: the lasso path, as scikit-learn's {@code lasso_path}. */
    public static final double DEFAULT_L1_RATIO = 1.0;
    public static final int DEFAULT_N_ALPHAS = 100;
    public static final double DEFAULT_EPS = 1e-3;
    /** numpy's {@code finfo(float64).resolution}, scikit-learn's floor for α_max. */
    private static final double RESOLUTION = 1e-15;
    /**
     * ln 10, the double nearest it: powers of ten go through {@link PortableMath} so the grid has
     * the same bits on HotSpot and in the browser (Math.pow and Math.log10 do not).
     */
    private static final double LN10 = 2.302585092994046;

    private final double l1Ratio;
    private final int nAlphas;
    private final double eps;
    private final int maxIter;
    private final double tol;

    /**
     * @param l1Ratio ρ in (0, 1] (the grid's α_max is undefined for ρ = 0, as in scikit-learn)
     * @param nAlphas number of α values, ≥ 1
     * @param eps     α_min / α_max, in (0, 1]
     * @param maxIter maximum passes per α, ≥ 1
     * @param tol     duality-gap tolerance relative to ||y − mean(y)||², &gt; 0
     */
    public ElasticNetPath(double l1Ratio, int nAlphas, double eps, int maxIter, double tol) {
        this.l1Ratio = Checks.openClosedUnit("l1_ratio", l1Ratio);
        this.nAlphas = Checks.atLeast("n_alphas", nAlphas, 1);
        this.eps = Checks.openClosedUnit("eps", eps);
        this.maxIter = Checks.atLeast("max_iter", maxIter, 1);
        this.tol = Checks.positive("tol", tol);
    }

    public ElasticNetPath(double l1Ratio) {
        this(l1Ratio, DEFAULT_N_ALPHAS, DEFAULT_EPS, ElasticNet.DEFAULT_MAX_ITER, ElasticNet.DEFAULT_TOL);
    }

    public double l1Ratio() {
        return l1Ratio;
    }

    public int maxIter() {
        return maxIter;
    }

    public double tol() {
        return tol;
    }

    /** The result: α values (decreasing) and one fit per α. */
    public static final class Result {
        private final double[] alphas;
        private final LinearFit[] fits;

        Result(double[] alphas, LinearFit[] fits) {
            this.alphas = alphas;
            this.fits = fits;
        }

        public double[] alphas() {
            return alphas.clone();
        }

        public LinearFit fit(int k) {
            return fits[k];
        }

        public int size() {
            return alphas.length;
        }
    }

    /**
     * Computes the path on the grid {@link #alphaGrid} makes from the same data.
     *
     * @param x row-major n-by-p, {@code x[i*p + j]}; not modified
     * @param y n targets; not modified
     */
    public Result fit(double[] x, int n, int p, double[] y) {
        return fit(x, n, p, y, alphaGrid(x, n, p, y));
    }

    /**
     * Computes the path on a given grid, as {@code enet_path(X, y, alphas=...)} does on centered
     * data; this is how scikit-learn's {@code ElasticNetCV} fits each fold on the grid of all the
     * data. The first fit starts from w = 0, each later one from the previous solution.
     *
     * @param x      row-major n-by-p, {@code x[i*p + j]}; not modified
     * @param y      n targets; not modified
     * @param alphas the α values, finite, &gt; 0 and non-increasing (warm starts go from strong to
     *               weak penalties); not modified
     */
    public Result fit(double[] x, int n, int p, double[] y, double[] alphas) {
        checkGrid(alphas);
        return path(new CenteredDesign(x, n, p, y), alphas);
    }

    /**
     * The path on the rows {@code rows} of X and y only, exactly as if they had been copied out and
     * passed to {@link #fit(double[], int, int, double[], double[])} (their means center them), but
     * without that copy: a cross-validation fold's training rows are nearly all the data.
     *
     * @param x      row-major n-by-p, {@code x[i*p + j]}; not modified
     * @param y      n targets; not modified
     * @param alphas as for {@link #fit(double[], int, int, double[], double[])}; not modified
     * @param rows   row indices in [0, n), at least one, repeats allowed; not modified
     */
    public Result fit(double[] x, int n, int p, double[] y, double[] alphas, int[] rows) {
        if (rows == null || rows.length == 0) {
            throw new IllegalArgumentException("rows must hold at least one row index");
        }
        for (int r : rows) {
            if (r < 0 || r >= n) {
                throw new IllegalArgumentException("row index " + r + " out of range [0, " + n + ")");
            }
        }
        checkGrid(alphas);
        return path(new CenteredDesign(x, n, p, y, rows.clone()), alphas);
    }

    private Result path(CenteredDesign d, double[] alphas) {
        int n = d.n;
        CoordinateDescent cd = new CoordinateDescent(d);
        WorkingSetDescent solver = new WorkingSetDescent(cd);
        LinearFit[] fits = new LinearFit[alphas.length];
        for (int k = 0; k < alphas.length; k++) {
            double a = alphas[k];
            double previous = alphas[k == 0 ? 0 : k - 1];
            solver.solve(n * a * l1Ratio, n * a * (1 - l1Ratio), n * previous * l1Ratio, maxIter, tol);
            fits[k] = new LinearFit(cd.w, d.intercept(cd.w),
                    ElasticNet.objective(cd.residualSumOfSquares(), cd.w, n, a, l1Ratio), cd.iterations);
        }
        return new Result(alphas.clone(), fits);
    }

    /**
     * scikit-learn's {@code _alpha_grid} with {@code fit_intercept=True}: {@code nAlphas} values
     * spaced evenly in log10 from {@code α_max = max_j |x_jᵀy| / (n·ρ)} (X and y centered) down to
     * {@code eps·α_max}, decreasing; all {@code 1e-15} (numpy's float64 resolution) when
     * α_max is below that, as scikit-learn does for a constant target.
     *
     * @param x row-major n-by-p, {@code x[i*p + j]}; not modified
     * @param y n targets; not modified
     */
    public double[] alphaGrid(double[] x, int n, int p, double[] y) {
        Checks.design(x, n, p, y);
        double[] xty = CenteredDesign.centeredXty(x, n, p, y);
        double maxAbsXty = 0;
        for (double v : xty) {
            maxAbsXty = Math.max(maxAbsXty, Math.abs(v));
        }
        return logGrid(maxAbsXty / (n * l1Ratio));
    }

    private static void checkGrid(double[] alphas) {
        if (alphas == null || alphas.length == 0) {
            throw new IllegalArgumentException("alphas must hold at least one value");
        }
        for (int k = 0; k < alphas.length; k++) {
            Checks.positive("alphas[" + k + "]", alphas[k]);
            if (k > 0 && alphas[k] > alphas[k - 1]) {
                throw new IllegalArgumentException("alphas must be non-increasing, got alphas[" + (k - 1) + "] = "
                        + ShortestDecimal.text(alphas[k - 1]) + " < alphas[" + k + "] = " + ShortestDecimal.text(alphas[k]));
            }
        }
    }

    /** logspace(log10(eps·α_max), log10(α_max), nAlphas), reversed, as {@code _alpha_grid} computes it. */
    private double[] logGrid(double alphaMax) {
        double[] alphas = new double[nAlphas];
        if (alphaMax <= RESOLUTION) {
            java.util.Arrays.fill(alphas, RESOLUTION);
            return alphas;
        }
        double hi = PortableMath.log(alphaMax) / LN10;
        double lo = PortableMath.log(alphaMax * eps) / LN10;
        if (nAlphas == 1) {
            alphas[0] = PortableMath.exp(lo * LN10);
            return alphas;
        }
        double step = (hi - lo) / (nAlphas - 1);
        for (int k = 0; k < nAlphas; k++) {
            double e = k == nAlphas - 1 ? hi : lo + k * step;
            alphas[nAlphas - 1 - k] = PortableMath.exp(e * LN10);
        }
        return alphas;
    }
}
