package reglab.core.linear;

import reglab.core.check.Checks;

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
     * Computes the path.
     *
     * @param x row-major n-by-p, {@code x[i*p + j]}; not modified
     * @param y n targets; not modified
     */
    public Result fit(double[] x, int n, int p, double[] y) {
        CenteredDesign d = new CenteredDesign(x, n, p, y);
        CoordinateDescent cd = new CoordinateDescent(d);
        WorkingSetDescent solver = new WorkingSetDescent(cd);
        double maxAbsXty = 0;
        for (double v : cd.xty) {
            maxAbsXty = Math.max(maxAbsXty, Math.abs(v));
        }
        double[] alphas = alphaGrid(maxAbsXty / (n * l1Ratio));
        LinearFit[] fits = new LinearFit[nAlphas];
        for (int k = 0; k < nAlphas; k++) {
            double a = alphas[k];
            double previous = alphas[k == 0 ? 0 : k - 1];
            solver.solve(n * a * l1Ratio, n * a * (1 - l1Ratio), n * previous * l1Ratio, maxIter, tol);
            fits[k] = new LinearFit(cd.w, d.intercept(cd.w),
                    ElasticNet.objective(cd.residualSumOfSquares(), cd.w, n, a, l1Ratio), cd.iterations);
        }
        return new Result(alphas, fits);
    }

    /** scikit-learn's {@code _alpha_grid}: logspace(log10(eps·α_max), log10(α_max), nAlphas), reversed; α_max = max|Xᵀy|/(n·ρ). */
    private double[] alphaGrid(double alphaMax) {
        double[] alphas = new double[nAlphas];
        if (alphaMax <= RESOLUTION) {
            java.util.Arrays.fill(alphas, RESOLUTION);
            return alphas;
        }
        double hi = Math.log10(alphaMax);
        double lo = Math.log10(alphaMax * eps);
        if (nAlphas == 1) {
            alphas[0] = Math.pow(10, lo);
            return alphas;
        }
        double step = (hi - lo) / (nAlphas - 1);
        for (int k = 0; k < nAlphas; k++) {
            double e = k == nAlphas - 1 ? hi : lo + k * step;
            alphas[nAlphas - 1 - k] = Math.pow(10, e);
        }
        return alphas;
    }
}
