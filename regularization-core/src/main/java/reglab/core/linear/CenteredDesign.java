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
        this(x, n, p, y, null);
    }

    /**
     * The rows {@code rows} of x and y, in that order, bit for bit as if they had been copied into
     * arrays of their own first (the same sums in the same order) — without that copy, which for a
     * cross-validation fold is nearly the size of the data.
     *
     * @param x    row-major n-by-p, {@code x[i*p + j]}; not modified
     * @param y    n targets; not modified
     * @param rows indices in [0, n), at least one (checked by the caller); null for all rows
     */
    CenteredDesign(double[] x, int n, int p, double[] y, int[] rows) {
        Checks.design(x, n, p, y);
        int[] row = rows == null ? allRows(n) : rows;
        int m = row.length;
        this.n = m;
        this.p = p;
        xMean = columnMeans(x, p, row);
        xc = new double[m * p];
        // Transpose in square tiles so both the reads and the writes stay within cache lines.
        for (int i0 = 0; i0 < m; i0 += TILE) {
            int i1 = Math.min(m, i0 + TILE);
            for (int j0 = 0; j0 < p; j0 += TILE) {
                int j1 = Math.min(p, j0 + TILE);
                for (int j = j0; j < j1; j++) {
                    double mj = xMean[j];
                    for (int i = i0; i < i1; i++) {
                        xc[j * m + i] = x[row[i] * p + j] - mj;
                    }
                }
            }
        }
        double s = 0;
        for (int i = 0; i < m; i++) {
            s += y[row[i]];
        }
        yMean = s / m;
        yc = new double[m];
        for (int i = 0; i < m; i++) {
            yc[i] = y[row[i]] - yMean;
        }
    }

    /**
     * {@code Xcᵀ·yc} without building the column-major copy, bit for bit equal to what
     * {@link CoordinateDescent} computes from a {@code CenteredDesign} of the same data (the same
     * means, and each sum taken over the rows in the same order).
     *
     * @param x row-major n-by-p, {@code x[i*p + j]}; not modified
     * @param y n targets; not modified
     */
    static double[] centeredXty(double[] x, int n, int p, double[] y) {
        double[] mean = columnMeans(x, p, allRows(n));
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += y[i];
        }
        double yMean = s / n;
        double[] xty = new double[p];
        for (int i = 0; i < n; i++) {
            double yi = y[i] - yMean;
            for (int j = 0; j < p; j++) {
                xty[j] += (x[i * p + j] - mean[j]) * yi;
            }
        }
        return xty;
    }

    private static int[] allRows(int n) {
        int[] row = new int[n];
        for (int i = 0; i < n; i++) {
            row[i] = i;
        }
        return row;
    }

    /** Column means of the rows {@code row}, summed in the order given. */
    private static double[] columnMeans(double[] x, int p, int[] row) {
        double[] mean = new double[p];
        for (int r : row) {
            for (int j = 0; j < p; j++) {
                mean[j] += x[r * p + j];
            }
        }
        for (int j = 0; j < p; j++) {
            mean[j] /= row.length;
        }
        return mean;
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
