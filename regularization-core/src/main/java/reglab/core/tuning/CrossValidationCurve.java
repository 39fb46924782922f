package reglab.core.tuning;

import reglab.core.check.Checks;
import reglab.core.math.ShortestDecimal;

/**
 * The cross-validation error along a grid of penalties, summarized as R's glmnet summarizes it in
 * {@code cv.glmnet} (glmnet 4.1, {@code cvcompute}, {@code cvstats} and {@code getOptcv.glmnet}),
 * with each fold weighted by its number of held-out rows (glmnet's weights for unit observation
 * weights). For K folds with weights {@code w_k} and errors {@code e_k(α)}:
 *
 * <pre>
 *   mean(α) = Σ_k w_k·e_k(α) / Σ_k w_k                                      (glmnet's cvm)
 *   se(α)   = sqrt( [Σ_k w_k·(e_k(α) − mean(α))² / Σ_k w_k] / (K − 1) )       (glmnet's cvsd)
 *   α_min   = the largest α whose mean is the smallest mean                  (lambda.min)
 *   α_1se   = the largest α with mean(α) ≤ mean(α_min) + se(α_min)           (lambda.1se)
 * </pre>
 *
 * <p>With equal folds the mean is the plain average of the fold errors and se is their sample
 * standard deviation over √K. scikit-learn's {@code LassoCV} takes the plain average even when
 * the folds differ in size, so its {@code alpha_} can differ from α_min there; the fold errors
 * themselves are its {@code mse_path_}. The one-standard-error rule is Breiman et al.'s
 * (Classification and Regression Trees, 1984, §3.4.3) as Hastie, Tibshirani &amp; Friedman apply it
 * (The Elements of Statistical Learning, 2nd ed., §7.10).
 *
 * <p>Immutable: the constructor copies its arrays and accessors return copies.
 */
public final class CrossValidationCurve {

    private final double[] alphas;
    /** {@code errors[k][a]}: fold k's error at {@code alphas[a]}. */
    private final double[][] errors;
    private final double[] weights;
    private final double[] mean;
    private final double[] se;
    private final int indexMin;
    private final int indexOneSe;

    /**
     * @param alphas  the grid, non-increasing as a path runs it, at least one value; not modified
     * @param errors  {@code errors[k][a]}: fold k's validation error at {@code alphas[a]}, finite and
     *                ≥ 0; at least two folds; not modified
     * @param weights fold k's weight, finite and &gt; 0 (its number of held-out rows); not modified
     */
    public CrossValidationCurve(double[] alphas, double[][] errors, double[] weights) {
        Checks.notNull("alphas", alphas);
        Checks.notNull("errors", errors);
        Checks.notNull("weights", weights);
        Checks.atLeast("number of alphas", alphas.length, 1);
        Checks.atLeast("number of folds", errors.length, 2);
        if (weights.length != errors.length) {
            throw new IllegalArgumentException("errors: shape mismatch, " + errors.length + " folds but "
                    + weights.length + " fold weights");
        }
        int folds = errors.length;
        int size = alphas.length;
        for (int a = 1; a < size; a++) {
            if (!(alphas[a] <= alphas[a - 1])) {
                throw new IllegalArgumentException("alphas must be non-increasing, got alphas[" + (a - 1) + "] = "
                        + ShortestDecimal.text(alphas[a - 1]) + " and alphas[" + a + "] = " + ShortestDecimal.text(alphas[a]));
            }
        }
        this.alphas = alphas.clone();
        this.errors = new double[folds][];
        this.weights = weights.clone();
        double total = 0;
        for (int k = 0; k < folds; k++) {
            if (Checks.notNull("errors of fold " + k, errors[k]).length != size) {
                throw new IllegalArgumentException("errors of fold " + k + ": shape mismatch, expected " + size
                        + " values (one per alpha) but got " + errors[k].length);
            }
            this.errors[k] = errors[k].clone();
            for (int a = 0; a < size; a++) {
                Checks.nonNegative("error of fold " + k + " at alpha #" + a, errors[k][a]);
            }
            total += Checks.positive("weight of fold " + k, weights[k]);
        }
        mean = new double[size];
        se = new double[size];
        for (int a = 0; a < size; a++) {
            double m = 0;
            for (int k = 0; k < folds; k++) {
                m += weights[k] * errors[k][a];
            }
            m /= total;
            double v = 0;
            for (int k = 0; k < folds; k++) {
                double d = errors[k][a] - m;
                v += weights[k] * d * d;
            }
            mean[a] = m;
            se[a] = Math.sqrt(v / total / (folds - 1));
        }
        // First index of the smallest mean: the largest α among ties, as glmnet's max(lambda[cvm <= min(cvm)]).
        int best = 0;
        for (int a = 1; a < size; a++) {
            if (mean[a] < mean[best]) {
                best = a;
            }
        }
        indexMin = best;
        // The grid decreases, so the first index meeting the bound is the largest α; at worst α_min itself.
        int oneSe = 0;
        while (mean[oneSe] > mean[best] + se[best]) {
            oneSe++;
        }
        indexOneSe = oneSe;
    }

    /** The number of α values. */
    public int size() {
        return alphas.length;
    }

    public int folds() {
        return errors.length;
    }

    public double[] alphas() {
        return alphas.clone();
    }

    /** Fold {@code k}'s validation error at each α (a row of scikit-learn's {@code mse_path_}, transposed). */
    public double[] foldErrors(int k) {
        return errors[k].clone();
    }

    /** The weight fold {@code k} has in {@link #mean()} and {@link #standardError()}. */
    public double foldWeight(int k) {
        return weights[k];
    }

    /** The fold-weighted mean error per α (glmnet's {@code cvm}). */
    public double[] mean() {
        return mean.clone();
    }

    /** Its standard error per α (glmnet's {@code cvsd}). */
    public double[] standardError() {
        return se.clone();
    }

    /** The index of α_min in {@link #alphas()}. */
    public int indexMin() {
        return indexMin;
    }

    /** The index of α_1se in {@link #alphas()}; never after {@link #indexMin()}. */
    public int indexOneSe() {
        return indexOneSe;
    }

    public double alphaMin() {
        return alphas[indexMin];
    }

    public double alphaOneSe() {
        return alphas[indexOneSe];
    }
}
