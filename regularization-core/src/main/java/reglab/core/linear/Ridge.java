package reglab.core.linear;

import reglab.core.check.Checks;
import reglab.core.math.ShortestDecimal;

/**
 * Ridge regression, matching scikit-learn's {@code Ridge(alpha, fit_intercept=True)}: minimizes
 *
 * <pre>  ||y − X·w − b||² + α·||w||²</pre>
 *
 * (no ½, no 1/n) with the intercept b unpenalized. As in scikit-learn, X and y are centered, the
 * centered normal equations are solved by Cholesky — the primal {@code (XᵀX + αI)·w = Xᵀy} when
 * there are no more columns than rows, otherwise the dual {@code (XXᵀ + αI)·a = y, w = Xᵀa}
 * (scikit-learn's {@code _solve_cholesky} / {@code _solve_cholesky_kernel}) — and
 * {@code b = mean(y) − mean(X)·w}.
 */
public final class Ridge {

    /** scikit-learn's default {@code alpha}. */
    public static final double DEFAULT_ALPHA = 1.0;

    private final double alpha;

    /** @param alpha penalty strength, finite and ≥ 0 */
    public Ridge(double alpha) {
        this.alpha = Checks.nonNegative("alpha", alpha);
    }

    public double alpha() {
        return alpha;
    }

    /**
     * Fits the model.
     *
     * @param x row-major n-by-p, {@code x[i*p + j]}; not modified
     * @param y n targets; not modified
     * @throws ArithmeticException if α = 0 and the centered XᵀX is singular (e.g. a constant or a
     *                             duplicated column): use α &gt; 0
     */
    public LinearFit fit(double[] x, int n, int p, double[] y) {
        CenteredDesign d = new CenteredDesign(x, n, p, y);
        double[] w = p <= n ? primal(d) : dual(d);
        double objective = d.residualSumOfSquares(w) + alpha * dot(w, w);
        return new LinearFit(w, d.intercept(w), objective, 1);
    }

    private double[] primal(CenteredDesign d) {
        int n = d.n;
        int p = d.p;
        double[] a = new double[p * p];
        double[] w = new double[p];
        for (int j = 0; j < p; j++) {
            for (int k = 0; k <= j; k++) {
                double s = 0;
                for (int i = 0; i < n; i++) {
                    s += d.xc[j * n + i] * d.xc[k * n + i];
                }
                a[j * p + k] = s;
            }
            a[j * p + j] += alpha;
            double s = 0;
            for (int i = 0; i < n; i++) {
                s += d.xc[j * n + i] * d.yc[i];
            }
            w[j] = s;
        }
        factorOrFail(a, p);
        Cholesky.solve(a, p, w);
        return w;
    }

    private double[] dual(CenteredDesign d) {
        int n = d.n;
        int p = d.p;
        double[] k = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int m = 0; m <= i; m++) {
                double s = 0;
                for (int j = 0; j < p; j++) {
                    s += d.xc[j * n + i] * d.xc[j * n + m];
                }
                k[i * n + m] = s;
            }
            k[i * n + i] += alpha;
        }
        factorOrFail(k, n);
        double[] a = d.yc.clone();
        Cholesky.solve(k, n, a);
        double[] w = new double[p];
        for (int j = 0; j < p; j++) {
            double s = 0;
            for (int i = 0; i < n; i++) {
                s += d.xc[j * n + i] * a[i];
            }
            w[j] = s;
        }
        return w;
    }

    private void factorOrFail(double[] a, int k) {
        if (!Cholesky.factor(a, k)) {
            throw new ArithmeticException("ridge system is singular with alpha = " + ShortestDecimal.text(alpha)
                    + " (constant or duplicated columns, or more columns than rows); use alpha > 0");
        }
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
