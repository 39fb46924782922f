package reglab.core.tuning.bayes;

/**
 * Expected improvement for minimisation (Jones, Schonlau &amp; Welch, "Efficient Global Optimization
 * of Expensive Black-Box Functions", J. Global Optim. 13, 1998, eq. 15), with the exploration margin
 * ξ of Lizotte (2008): for a Gaussian prediction with mean μ and standard deviation σ, the best score
 * so far f* and {@code u = (f* − μ − ξ)/σ},
 * {@code EI = σ·(u·Φ(u) + φ(u))}, and {@code max(f* − μ − ξ, 0)} when σ = 0.
 *
 * <p>For {@code u < −2.5} the bracket is computed as {@code φ(u)·c/(t + c)} with {@code t = −u} and
 * c from Mills' ratio ({@link StandardNormal#millsTail}), an identity that avoids the cancellation
 * between {@code uΦ(u)} and {@code φ(u)}; so far from the incumbent EI stays positive and ordered
 * instead of dissolving into rounding noise.
 */
public final class ExpectedImprovement {

    private ExpectedImprovement() {
    }

    /**
     * @param mean predictive mean μ
     * @param std predictive standard deviation σ, {@code >= 0}
     * @param best lowest score observed so far f*
     * @param xi exploration margin ξ, {@code >= 0}, in the units of the scores
     */
    public static double of(double mean, double std, double best, double xi) {
        double gain = best - mean - xi;
        if (!(std > 0)) {
            return Math.max(gain, 0);
        }
        double u = gain / std;
        if (StandardNormal.inTail(-u)) {
            double t = -u;
            double c = StandardNormal.millsTail(t);
            return std * StandardNormal.pdf(t) * c / (t + c);
        }
        return std * (u * StandardNormal.cdf(u) + StandardNormal.pdf(u));
    }
}
