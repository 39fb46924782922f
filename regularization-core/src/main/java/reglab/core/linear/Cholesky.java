package reglab.core.linear;

/**
 * Cholesky factorisation {@code A = L·Lᵀ} of a symmetric positive definite k-by-k matrix and the
 * matching solve (Golub &amp; Van Loan, <i>Matrix Computations</i>, Alg. 4.2.1). Public because
 * the Gaussian process of {@code reglab.core.tuning.bayes} factors its kernel matrix with it.
 */
public final class Cholesky {

    /** Pivots below this fraction of their diagonal entry are rounding noise (≈ 500 ulps). */
    public static final double RELATIVE_PIVOT = 1e-13;

    private Cholesky() {
    }

    /**
     * Overwrites the lower triangle of {@code a} (row-major k-by-k) with L; the strict upper
     * triangle is left as it was and never read.
     *
     * @return false if a pivot is not positive, or is so small next to the diagonal entry it came
     *         from (below {@link #RELATIVE_PIVOT} of it) that A is singular up to rounding
     */
    public static boolean factor(double[] a, int k) {
        for (int j = 0; j < k; j++) {
            double diag = a[j * k + j];
            double d = diag;
            for (int m = 0; m < j; m++) {
                d -= a[j * k + m] * a[j * k + m];
            }
            if (!(d > RELATIVE_PIVOT * diag)) {
                return false;
            }
            double ljj = Math.sqrt(d);
            a[j * k + j] = ljj;
            for (int i = j + 1; i < k; i++) {
                double s = a[i * k + j];
                for (int m = 0; m < j; m++) {
                    s -= a[i * k + m] * a[j * k + m];
                }
                a[i * k + j] = s / ljj;
            }
        }
        return true;
    }

    /** Solves {@code L·Lᵀ·x = b} in place in {@code b}, with L from {@link #factor}. */
    public static void solve(double[] l, int k, double[] b) {
        for (int i = 0; i < k; i++) {
            double s = b[i];
            for (int m = 0; m < i; m++) {
                s -= l[i * k + m] * b[m];
            }
            b[i] = s / l[i * k + i];
        }
        for (int i = k - 1; i >= 0; i--) {
            double s = b[i];
            for (int m = i + 1; m < k; m++) {
                s -= l[m * k + i] * b[m];
            }
            b[i] = s / l[i * k + i];
        }
    }
}
