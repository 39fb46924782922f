package reglab.core.linear;

import reglab.core.check.Checks;
import reglab.core.math.ShortestDecimal;

/**
 * The data term of binary logistic regression in scikit-learn's {@code C} convention,
 * {@code C·Σᵢ [log(1 + e^{zᵢ}) − yᵢ·zᵢ]} with {@code z = X·w + b} and yᵢ ∈ {0, 1}, plus the
 * pieces its Newton-type solvers need (probabilities, curvature weights, gradient).
 *
 * <p>Layout: {@link #xc} is X column by column, {@code xc[j*n + i]}, copied at construction. The
 * solvers own the scratch arrays ({@link #z}, {@link #prob}, {@link #weight}) and mutate them.
 */
final class LogisticLoss {

    final int n;
    final int p;
    final double c;
    /** Column-major X, {@code xc[j*n + i]}; never mutated. */
    final double[] xc;
    final double[] y;
    /** Linear predictor X·w + b for the current parameters. */
    final double[] z;
    /** σ(z). */
    final double[] prob;
    /** σ(z)·(1 − σ(z)), the curvature weight of each row. */
    final double[] weight;

    /**
     * @param x row-major n-by-p; not modified
     * @param y n labels, each 0 or 1 and both present; not modified
     */
    LogisticLoss(double[] x, int n, int p, double[] y, double c) {
        Checks.design(x, n, p, y);
        boolean zero = false;
        boolean one = false;
        for (int i = 0; i < n; i++) {
            if (y[i] == 0) {
                zero = true;
            } else if (y[i] == 1) {
                one = true;
            } else {
                throw new IllegalArgumentException("y[" + i + "] is " + ShortestDecimal.text(y[i]) + "; logistic regression needs labels 0 or 1");
            }
        }
        if (!zero || !one) {
            throw new IllegalArgumentException("y holds only the label " + (one ? 1 : 0) + "; logistic regression needs both 0 and 1");
        }
        this.n = n;
        this.p = p;
        this.c = c;
        this.y = y.clone();
        xc = new double[n * p];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                xc[j * n + i] = x[i * p + j];
            }
        }
        z = new double[n];
        prob = new double[n];
        weight = new double[n];
    }

    /** {@code out = X·v + b}. */
    void linear(double[] v, double b, double[] out) {
        java.util.Arrays.fill(out, b);
        for (int j = 0; j < p; j++) {
            double vj = v[j];
            if (vj != 0) {
                int off = j * n;
                for (int i = 0; i < n; i++) {
                    out[i] += vj * xc[off + i];
                }
            }
        }
    }

    /** The data term at linear predictor {@code zz}: C·Σ log(1 + e^z) − y·z, computed stably. */
    double loss(double[] zz) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            double v = zz[i];
            double softplus = v > 0 ? v + Math.log1p(Math.exp(-v)) : Math.log1p(Math.exp(v));
            s += softplus - y[i] * v;
        }
        return c * s;
    }

    /** The data term at {@code z + t·u} (a point on a search line). {@code scratch} is overwritten. */
    double lossAlong(double[] u, double t, double[] scratch) {
        for (int i = 0; i < n; i++) {
            scratch[i] = z[i] + t * u[i];
        }
        return loss(scratch);
    }

    /** Refreshes {@link #prob} and {@link #weight} from {@link #z}. */
    void refresh() {
        for (int i = 0; i < n; i++) {
            double v = z[i];
            double s = v >= 0 ? 1 / (1 + Math.exp(-v)) : Math.exp(v) / (1 + Math.exp(v));
            prob[i] = s;
            weight[i] = s * (1 - s);
        }
    }

    /** Gradient of the data term: {@code g[j] = C·Σ x_ij (prob_i − y_i)}, and returns the intercept's. */
    double gradient(double[] g) {
        for (int j = 0; j < p; j++) {
            int off = j * n;
            double s = 0;
            for (int i = 0; i < n; i++) {
                s += xc[off + i] * (prob[i] - y[i]);
            }
            g[j] = c * s;
        }
        double gb = 0;
        for (int i = 0; i < n; i++) {
            gb += prob[i] - y[i];
        }
        return c * gb;
    }
}
