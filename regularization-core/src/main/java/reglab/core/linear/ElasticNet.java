package reglab.core.linear;

import reglab.core.check.Checks;

/**
 * Elastic net and lasso regression, matching scikit-learn's {@code ElasticNet(alpha, l1_ratio)}
 * and {@code Lasso(alpha)} (which is {@code l1_ratio = 1}) with {@code fit_intercept=True},
 * {@code selection='cyclic'}: minimizes
 *
 * <pre>  1/(2n)·||y − X·w − b||² + α·ρ·||w||₁ + ½·α·(1 − ρ)·||w||²     (ρ = l1_ratio)</pre>
 *
 * with the intercept b unpenalized (X and y are centered, then {@code b = mean(y) − mean(X)·w}).
 * The solver is cyclic coordinate descent (Friedman, Hastie &amp; Tibshirani 2010) stopped on
 * scikit-learn's duality-gap rule — see {@link CoordinateDescent}. Defaults are scikit-learn's.
 */
public final class ElasticNet {

    public static final double DEFAULT_ALPHA = 1.0;
    public static final double DEFAULT_L1_RATIO = 0.5;
    public static final int DEFAULT_MAX_ITER = 1000;
    public static final double DEFAULT_TOL = 1e-4;

    private final double alpha;
    private final double l1Ratio;
    private final int maxIter;
    private final double tol;

    /**
     * @param alpha   overall penalty strength, finite and ≥ 0
     * @param l1Ratio ρ in [0, 1]: 1 is the lasso, 0 a ridge penalty (in this scaling)
     * @param maxIter maximum number of passes over the coordinates, ≥ 1
     * @param tol     duality-gap tolerance relative to ||y − mean(y)||², finite and &gt; 0
     */
    public ElasticNet(double alpha, double l1Ratio, int maxIter, double tol) {
        this.alpha = Checks.nonNegative("alpha", alpha);
        this.l1Ratio = Checks.unitInterval("l1_ratio", l1Ratio);
        this.maxIter = Checks.atLeast("max_iter", maxIter, 1);
        this.tol = Checks.positive("tol", tol);
    }

    public ElasticNet(double alpha, double l1Ratio) {
        this(alpha, l1Ratio, DEFAULT_MAX_ITER, DEFAULT_TOL);
    }

    /** The lasso: {@code ElasticNet} with ρ = 1, as scikit-learn's {@code Lasso(alpha)}. */
    public static ElasticNet lasso(double alpha) {
        return new ElasticNet(alpha, 1.0);
    }

    public static ElasticNet lasso(double alpha, int maxIter, double tol) {
        return new ElasticNet(alpha, 1.0, maxIter, tol);
    }

    public double alpha() {
        return alpha;
    }

    public double l1Ratio() {
        return l1Ratio;
    }

    /**
     * Fits the model from w = 0. {@link LinearFit#iterations()} counts passes over the coordinates,
     * like scikit-learn's {@code n_iter_}.
     *
     * @param x row-major n-by-p, {@code x[i*p + j]}; not modified
     * @param y n targets; not modified
     */
    public LinearFit fit(double[] x, int n, int p, double[] y) {
        CenteredDesign d = new CenteredDesign(x, n, p, y);
        CoordinateDescent cd = new CoordinateDescent(d);
        cd.solve(n * alpha * l1Ratio, n * alpha * (1 - l1Ratio), maxIter, tol);
        return new LinearFit(cd.w, d.intercept(cd.w), objective(cd.residualSumOfSquares(), cd.w, n, alpha, l1Ratio),
                cd.iterations);
    }

    /** scikit-learn's elastic-net objective, given the residual sum of squares. */
    static double objective(double rss, double[] w, int n, double alpha, double l1Ratio) {
        double l1 = 0;
        double l2 = 0;
        for (double v : w) {
            l1 += Math.abs(v);
            l2 += v * v;
        }
        return rss / (2.0 * n) + alpha * l1Ratio * l1 + 0.5 * alpha * (1 - l1Ratio) * l2;
    }
}
