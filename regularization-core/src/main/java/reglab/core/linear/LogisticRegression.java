package reglab.core.linear;

import reglab.core.check.Checks;

/**
 * Binary logistic regression with an L2 or L1 penalty, in scikit-learn's
 * {@code LogisticRegression(penalty, C, fit_intercept=True)} convention: minimizes
 *
 * <pre>  L2:  C·Σᵢ log(1 + exp(−sᵢ·(xᵢ·w + b))) + ½·||w||²
 *   L1:  C·Σᵢ log(1 + exp(−sᵢ·(xᵢ·w + b))) + ||w||₁          (sᵢ = 2yᵢ − 1)</pre>
 *
 * with the intercept b unpenalized (as scikit-learn's lbfgs, newton-cholesky and saga solvers; not
 * liblinear, which penalizes b). Labels are 0 and 1. Solvers converge to tight tolerance: Newton
 * for L2 ({@link LogisticNewtonL2}), proximal Newton with coordinate descent for L1
 * ({@link LogisticProximalNewtonL1}). {@link LinearFit#iterations()} counts outer Newton steps.
 */
public final class LogisticRegression {

    /** The penalty on w. */
    public enum Penalty {
        L1,
        L2
    }

    /** scikit-learn's default {@code C}. */
    public static final double DEFAULT_C = 1.0;
    public static final int DEFAULT_MAX_ITER = 100;
    /** Optimality tolerance relative to the gradient (or KKT violation) at w = 0. */
    public static final double DEFAULT_TOL = 1e-10;

    private final Penalty penalty;
    private final double c;
    private final int maxIter;
    private final double tol;

    /**
     * @param penalty L1 or L2
     * @param c       inverse penalty strength, finite and &gt; 0
     * @param maxIter maximum outer (Newton) steps, ≥ 1
     * @param tol     relative optimality tolerance, &gt; 0
     */
    public LogisticRegression(Penalty penalty, double c, int maxIter, double tol) {
        if (penalty == null) {
            throw new IllegalArgumentException("penalty must be L1 or L2, got null");
        }
        this.penalty = penalty;
        this.c = Checks.positive("C", c);
        this.maxIter = Checks.atLeast("max_iter", maxIter, 1);
        this.tol = Checks.positive("tol", tol);
    }

    public LogisticRegression(Penalty penalty, double c) {
        this(penalty, c, DEFAULT_MAX_ITER, DEFAULT_TOL);
    }

    public Penalty penalty() {
        return penalty;
    }

    public double c() {
        return c;
    }

    /**
     * Fits the model.
     *
     * @param x row-major n-by-p, {@code x[i*p + j]}; not modified
     * @param y n labels, each 0 or 1, both present; not modified
     */
    public LinearFit fit(double[] x, int n, int p, double[] y) {
        LogisticLoss f = new LogisticLoss(x, n, p, y, c);
        double[] w = new double[p];
        double[] r = penalty == Penalty.L2 ? LogisticNewtonL2.solve(f, w, maxIter, tol)
                : LogisticProximalNewtonL1.solve(f, w, maxIter, tol);
        return new LinearFit(w, r[0], r[1], (int) r[2]);
    }
}
