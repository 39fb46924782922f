package reglab.core.linear;

/**
 * A fitted linear model {@code f(x) = coef·x + intercept}: the coefficients (one per column of
 * X, in column order), the unpenalized intercept, the value of the model's own objective at the
 * solution, and the number of solver iterations (passes over the coordinates for coordinate
 * descent, Newton steps for logistic regression, 1 for closed forms).
 *
 * <p>Immutable: {@link #coef()} returns a copy.
 */
public final class LinearFit {

    private final double[] coef;
    private final double intercept;
    private final double objective;
    private final int iterations;

    public LinearFit(double[] coef, double intercept, double objective, int iterations) {
        this.coef = coef.clone();
        this.intercept = intercept;
        this.objective = objective;
        this.iterations = iterations;
    }

    /** A copy of the coefficients, in the column order of X. */
    public double[] coef() {
        return coef.clone();
    }

    public double coef(int j) {
        return coef[j];
    }

    public int numFeatures() {
        return coef.length;
    }

    public double intercept() {
        return intercept;
    }

    /** The objective this model minimizes (see the model's Javadoc), evaluated at the fit. */
    public double objective() {
        return objective;
    }

    public int iterations() {
        return iterations;
    }

    /**
     * Predictions {@code X·coef + intercept} for an m-by-p row-major matrix.
     *
     * @param x row-major, {@code x[i*p + j]}; not modified
     */
    public double[] predict(double[] x, int m) {
        int p = coef.length;
        if ((long) m * p != x.length) {
            throw new IllegalArgumentException("X has " + x.length + " values, which does not match shape (" + m + ", " + p + ")");
        }
        double[] out = new double[m];
        for (int i = 0; i < m; i++) {
            double s = intercept;
            for (int j = 0; j < p; j++) {
                s += x[i * p + j] * coef[j];
            }
            out[i] = s;
        }
        return out;
    }
}
