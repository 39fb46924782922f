package reglab.core.tuning.bayes;

import reglab.core.math.PortableMath;

/**
 * The Matérn kernel with ν = 5/2, {@code ρ(r) = (1 + √5·r + 5r²/3)·exp(−√5·r)} (Rasmussen &amp;
 * Williams, <i>Gaussian Processes for Machine Learning</i>, 2006, eq. 4.17; scikit-learn's
 * {@code Matern(nu=2.5)}): twice differentiable sample paths, rougher than the squared
 * exponential, the usual choice for Bayesian optimisation (Snoek, Larochelle &amp; Adams, 2012).
 */
public final class Matern52 extends Kernel {

    private static final double SQRT5 = Math.sqrt(5);

    /** @see Kernel#Kernel */
    public Matern52(double variance, double... lengthScales) {
        super("Matern52", variance, lengthScales);
    }

    @Override
    protected double correlation(double r) {
        double s = SQRT5 * r;
        return (1 + s + s * s / 3) * PortableMath.exp(-s);
    }

    @Override
    public Kernel with(double variance, double[] lengthScales) {
        return new Matern52(variance, lengthScales);
    }

    @Override
    public String family() {
        return "Matern52";
    }
}
