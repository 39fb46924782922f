package reglab.core.data;

import reglab.core.check.Checks;
import reglab.core.random.Rng;

/**
 * Sparse linear regression with known truth, the setting where the lasso's support recovery can be
 * checked: {@code X} has i.i.d. N(0, 1) entries, {@code k} of the {@code p} true coefficients are
 * non-zero (positions drawn uniformly, values {@code ±U(1, 3)} so they stand clear of 0), the rest
 * exactly 0, and {@code y = Xβ + σε} with {@code ε ~ N(0, 1)}.
 */
public final class SparseRegression {

    private final Dataset data;
    private final double[] coefficients;

    private SparseRegression(Dataset data, double[] coefficients) {
        this.data = data;
        this.coefficients = coefficients;
    }

    /**
     * @param n rows, {@code >= 1}
     * @param p features, {@code >= 1}
     * @param k non-zero coefficients, in [0, p]
     * @param sigma noise standard deviation, finite, {@code >= 0}
     */
    public static SparseRegression generate(int n, int p, int k, double sigma, Rng rng) {
        Checks.atLeast("rows n", n, 1);
        Checks.atLeast("features p", p, 1);
        if (k < 0 || k > p) {
            throw new IllegalArgumentException("non-zeros k must be in [0, " + p + "], got " + k);
        }
        Checks.nonNegative("noise sigma", sigma);
        int[] order = new int[p];
        for (int i = 0; i < p; i++) {
            order[i] = i;
        }
        rng.shuffle(order);
        double[] beta = new double[p];
        for (int i = 0; i < k; i++) {
            double magnitude = rng.uniform(1, 3);
            beta[order[i]] = rng.nextBoolean(0.5) ? magnitude : -magnitude;
        }
        double[] x = new double[n * p];
        double[] y = new double[n];
        for (int r = 0; r < n; r++) {
            double s = 0;
            for (int c = 0; c < p; c++) {
                double v = rng.nextGaussian();
                x[r * p + c] = v;
                s += v * beta[c];
            }
            y[r] = s + sigma * rng.nextGaussian();
        }
        return new SparseRegression(Dataset.wrap(x, y, n, p, 1), beta);
    }

    public Dataset data() {
        return data;
    }

    /** A copy of the true coefficients β (length p, exactly k non-zero). */
    public double[] trueCoefficients() {
        return coefficients.clone();
    }

    /** The indices of the non-zero true coefficients, ascending. */
    public int[] support() {
        int k = 0;
        for (double b : coefficients) {
            if (b != 0) {
                k++;
            }
        }
        int[] s = new int[k];
        k = 0;
        for (int i = 0; i < coefficients.length; i++) {
            if (coefficients[i] != 0) {
                s[k++] = i;
            }
        }
        return s;
    }
}
