package reglab.core.tuning;

import reglab.core.check.Checks;
import reglab.core.math.PortableMath;
import reglab.core.math.ShortestDecimal;
import reglab.core.random.Rng;

/**
 * Random search over λ drawn log-uniformly from {@code [lo, hi]} (Bergstra &amp; Bengio, "Random
 * Search for Hyper-Parameter Optimization", JMLR 2012; log-uniform because a strength matters by its
 * order of magnitude), each candidate scored by k-fold cross-validation on the same folds.
 */
public final class RandomSearch {

    private RandomSearch() {
    }

    /** One log-uniform draw: {@code exp(U(ln lo, ln hi))}. */
    public static double logUniform(double lo, double hi, Rng rng) {
        return PortableMath.exp(rng.uniform(PortableMath.log(lo), PortableMath.log(hi)));
    }

    /**
     * @param lo lowest λ, finite, {@code > 0}
     * @param hi highest λ, finite, {@code >= lo}
     * @param trials candidates to draw, {@code >= 1}
     */
    public static SearchResult run(KFold folds, double lo, double hi, int trials, Scorer scorer, Rng rng) {
        Checks.positive("lowest lambda", lo);
        Checks.positive("highest lambda", hi);
        if (hi < lo) {
            throw new IllegalArgumentException("lambda range [" + ShortestDecimal.text(lo) + ", " + ShortestDecimal.text(hi) + "] is reversed");
        }
        Checks.atLeast("trials", trials, 1);
        double[] lambdas = new double[trials];
        for (int i = 0; i < trials; i++) {
            lambdas[i] = logUniform(lo, hi, rng);
        }
        return GridSearch.run(folds, lambdas, scorer);
    }
}
