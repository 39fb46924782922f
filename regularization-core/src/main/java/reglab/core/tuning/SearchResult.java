package reglab.core.tuning;

/**
 * The outcome of a search over regularization strengths: for each candidate λ (in the order tried)
 * the mean and standard deviation of its k-fold scores, and the best (lowest mean) candidate; a NaN
 * mean never wins.
 */
public final class SearchResult {

    private final double[] lambdas;
    private final double[] means;
    private final double[] stds;
    private final int best;

    SearchResult(double[] lambdas, double[][] foldScores) {
        this.lambdas = lambdas.clone();
        means = new double[lambdas.length];
        stds = new double[lambdas.length];
        int b = -1;
        for (int i = 0; i < lambdas.length; i++) {
            double[] s = foldScores[i];
            double m = 0;
            for (double v : s) {
                m += v;
            }
            m /= s.length;
            double ss = 0;
            for (double v : s) {
                ss += (v - m) * (v - m);
            }
            means[i] = m;
            stds[i] = Math.sqrt(ss / s.length);
            if (!Double.isNaN(m) && (b < 0 || m < means[b])) {
                b = i;
            }
        }
        best = b;
    }

    public int size() {
        return lambdas.length;
    }

    public double lambda(int i) {
        return lambdas[i];
    }

    public double meanScore(int i) {
        return means[i];
    }

    /** Population standard deviation of the fold scores. */
    public double stdScore(int i) {
        return stds[i];
    }

    /** Index of the lowest mean score, or -1 if every mean is NaN. */
    public int bestIndex() {
        return best;
    }

    /** The λ with the lowest mean score (NaN if none). */
    public double bestLambda() {
        return best < 0 ? Double.NaN : lambdas[best];
    }
}
