package reglab.core.tuning.bayes;

import reglab.core.math.PortableMath;

/**
 * The squared-exponential (RBF) kernel {@code ρ(r) = exp(−r²/2)} (Rasmussen &amp; Williams, 2006,
 * eq. 4.9; scikit-learn's {@code RBF}): infinitely smooth sample paths.
 */
public final class SquaredExponential extends Kernel {

    /** @see Kernel#Kernel */
    public SquaredExponential(double variance, double... lengthScales) {
        super("SquaredExponential", variance, lengthScales);
    }

    @Override
    protected double correlation(double r) {
        return PortableMath.exp(-0.5 * r * r);
    }

    @Override
    public Kernel with(double variance, double[] lengthScales) {
        return new SquaredExponential(variance, lengthScales);
    }

    @Override
    public String family() {
        return "SquaredExponential";
    }
}
