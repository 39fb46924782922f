package reglab.core.tuning;

import reglab.core.check.Checks;
import reglab.core.math.PortableMath;
import reglab.core.math.ShortestDecimal;

/**
 * Exhaustive search over given λ values with k-fold cross-validation; every candidate is scored on
 * the same folds, so differences come from λ alone (scikit-learn's {@code GridSearchCV} with one
 * parameter).
 */
public final class GridSearch {

    private GridSearch() {
    }

    /**
     * @param lambdas candidates, each finite and {@code >= 0}, at least one
     * @return mean and spread of the fold scores per candidate, and the best
     */
    public static SearchResult run(KFold folds, double[] lambdas, Scorer scorer) {
        Checks.notNull("folds", folds);
        Checks.notNull("scorer", scorer);
        if (lambdas == null || lambdas.length == 0) {
            throw new IllegalArgumentException("grid search needs at least one lambda");
        }
        for (double l : lambdas) {
            Checks.nonNegative("grid lambda", l);
        }
        double[][] scores = new double[lambdas.length][];
        for (int i = 0; i < lambdas.length; i++) {
            scores[i] = folds.scores(scorer, lambdas[i]);
        }
        return new SearchResult(lambdas, scores);
    }

    /** {@code count} values spaced evenly in log10 from {@code lo} to {@code hi} inclusive. */
    public static double[] logSpace(double lo, double hi, int count) {
        Checks.positive("lowest lambda", lo);
        Checks.positive("highest lambda", hi);
        Checks.atLeast("grid size", count, 1);
        if (hi < lo) {
            throw new IllegalArgumentException("lambda range [" + ShortestDecimal.text(lo) + ", " + ShortestDecimal.text(hi) + "] is reversed");
        }
        double[] g = new double[count];
        double a = PortableMath.log(lo);
        double b = PortableMath.log(hi);
        for (int i = 1; i < count - 1; i++) {
            g[i] = PortableMath.exp(a + (b - a) * i / (count - 1));
        }
        // The ends exactly as given: exp(log(v)) may differ from v in the last bit.
        g[0] = lo;
        g[count - 1] = count == 1 ? lo : hi;
        return g;
    }
}
