package reglab.core.data;

import reglab.core.check.Checks;

/**
 * Polynomial feature expansion without cross terms: each feature {@code x_c} becomes
 * {@code x_c, x_c², …, x_c^degree} (feature-major: all powers of feature 0, then of feature 1). No
 * constant column is added, since every model here fits its own intercept. For the 1-D
 * over-fitting demo this is scikit-learn's {@code PolynomialFeatures(degree, include_bias=False)}.
 */
public final class PolynomialFeatures {

    private PolynomialFeatures() {
    }

    /** Writes the expansion of one value into {@code out[offset .. offset + degree)}. */
    public static void powers(double x, int degree, double[] out, int offset) {
        double p = 1;
        for (int d = 0; d < degree; d++) {
            p *= x;
            out[offset + d] = p;
        }
    }

    /**
     * A new data set with the expanded inputs and the same targets; {@code data} is not modified.
     *
     * @param degree {@code >= 1}
     */
    public static Dataset expand(Dataset data, int degree) {
        Checks.atLeast("polynomial degree", degree, 1);
        int rows = data.rows();
        int f = data.features();
        double[] x = new double[rows * f * degree];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < f; c++) {
                powers(data.x(r, c), degree, x, (r * f + c) * degree);
            }
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i])) {
                throw new IllegalArgumentException("degree " + degree + " overflows at row "
                        + (i / (f * degree)) + "; scale the inputs to about [-1, 1] first");
            }
        }
        return Dataset.wrap(x, data.y().clone(), rows, f * degree, data.outputs());
    }
}
