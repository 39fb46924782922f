package reglab.core.linear;

import reglab.core.check.Checks;

/**
 * The design matrix and target with their column means removed, stored column by column so that
 * coordinate descent reads each column contiguously. This is how scikit-learn fits an
 * unpenalized intercept ({@code _preprocess_data} with {@code fit_intercept=True}): solve on the
 * centered data, then {@code intercept = mean(y) − mean(X)·w}.
 *
 * <p>Layout: {@code xc[j*n + i]} is row i of column j, centered. The constructor copies its
 * inputs; nothing here is mutated after construction.
 */
final class CenteredDesign {

    private static final int TILE = 32;

    final int n;
    final int p;
    /** Column-major centered X, {@code xc[j*n + i]}. */
    final double[] xc;
    /** Centered y. */
    final double[] yc;
    final double[] xMean;
    final double yMean;

    /**
     * @param x row-major n-by-p, {@code x[i*p + j]}; not modified
     * @param y n targets; not modified
     */
    CenteredDesign(double[] x, int n, int p, double[] y) {
        Checks.design(x, n, p, y);
        this.n = n;
        this.p = p;
        xMean = new double[p];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                xMean[j] += x[i * p + j];
            }
        }
        for (int j = 0; j < p; j++) {
            xMean[j] /= n;
        }
        xc = new double[n * p];
        // Transpose in square tiles so both the reads and the writes stay within cache lines.
        for (int i0 = 0; i0 < n; i0 += TILE) {
            int i1 = Math.min(n, i0 + TILE);
            for (int j0 = 0; j0 < p; j0 += TILE) {
                int j1 = Math.min(p, j0 + TILE);
                for (int j = j0; j < j1; j++) {
                    double m = xMean[j];
                    for (int i = i0; i < i1; i++) {
                        xc[j * n + i] = x[i * p + j] - m;
                    }
                }
            }
        }
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += y[i];
        }
        yMean = s / n;
        yc = new double[n];
        for (int i = 0; i < n; i++) {
            yc[i] = y[i] - yMean;
        }
    }

    /** {@code mean(y) − mean(X)·w}: the intercept that goes with coefficients w. */
    double intercept(double[] w) {
        double b = yMean;
        for (int j = 0; j < p; j++) {
            b -= xMean[j] * w[j];
        }
        return b;
    }

    /** {@code ||yc − Xc·w||²}, the residual sum of squares of the centered problem. */
    double residualSumOfSquares(double[] w) {
        double rss = 0;
        for (int i = 0; i < n; i++) {
            double r = yc[i];
            for (int j = 0; j < p; j++) {
                r -= xc[j * n + i] * w[j];
            }
            rss += r * r;
        }
        return rss;
    }
}
