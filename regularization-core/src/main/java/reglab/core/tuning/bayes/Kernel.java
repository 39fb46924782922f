package reglab.core.tuning.bayes;

import reglab.core.check.Checks;
import reglab.core.math.ShortestDecimal;

/**
 * A stationary covariance function {@code k(a, b) = σ²·ρ(r)} of the scaled distance
 * {@code r = √(Σ_d ((a_d − b_d)/ℓ_d)²)}, with signal variance σ² and one length scale ℓ_d per input
 * dimension (scikit-learn's {@code ConstantKernel(σ²) * Matern(length_scale=[ℓ...])}; a single length
 * scale applies to every dimension). Immutable.
 */
public abstract class Kernel {

    private final double variance;
    private final double[] lengthScales;

    /**
     * @param variance σ², finite, {@code > 0}
     * @param lengthScales one ℓ for all dimensions or one per dimension, each finite and {@code > 0};
     *     copied
     */
    protected Kernel(String name, double variance, double[] lengthScales) {
        Checks.positive(name + " variance", variance);
        if (lengthScales == null || lengthScales.length == 0) {
            throw new IllegalArgumentException(name + " needs at least one length scale");
        }
        for (int d = 0; d < lengthScales.length; d++) {
            Checks.positive(name + " length scale " + d, lengthScales[d]);
        }
        this.variance = variance;
        this.lengthScales = lengthScales.clone();
    }

    /** The correlation ρ(r) at scaled distance {@code r >= 0}, with ρ(0) = 1. */
    protected abstract double correlation(double r);

    /** A kernel of the same family with other hyperparameters. */
    public abstract Kernel with(double variance, double[] lengthScales);

    /** Family name for descriptions, e.g. {@code "Matern52"}. */
    public abstract String family();

    /** σ², which is also {@code k(a, a)}. */
    public final double variance() {
        return variance;
    }

    /** Number of length scales given (1 means one for every dimension). */
    public final int lengthScaleCount() {
        return lengthScales.length;
    }

    /** The length scale of dimension {@code d}. */
    public final double lengthScale(int d) {
        return lengthScales[lengthScales.length == 1 ? 0 : d];
    }

    /**
     * {@code k(a, b)} for the points {@code a[aOffset .. aOffset + dims)} and
     * {@code b[bOffset .. bOffset + dims)}; reads only.
     */
    public final double covariance(double[] a, int aOffset, double[] b, int bOffset, int dims) {
        double s = 0;
        for (int d = 0; d < dims; d++) {
            double t = (a[aOffset + d] - b[bOffset + d]) / lengthScale(d);
            s += t * t;
        }
        return variance * correlation(Math.sqrt(s));
    }

    /** Requires one length scale, or one per dimension. */
    final void checkDims(int dims) {
        if (lengthScales.length != 1 && lengthScales.length != dims) {
            throw new IllegalArgumentException(family() + " has " + lengthScales.length
                    + " length scales for " + dims + "-dimensional points; give 1 or " + dims);
        }
    }

    public String describe() {
        StringBuilder s = new StringBuilder(family()).append("(variance ").append(ShortestDecimal.text(variance))
                .append(", length scales");
        for (double l : lengthScales) {
            s.append(' ').append(ShortestDecimal.text(l));
        }
        return s.append(')').toString();
    }
}
