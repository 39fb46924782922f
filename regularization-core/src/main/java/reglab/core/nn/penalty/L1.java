package reglab.core.nn.penalty;

import reglab.core.nn.Checks;

/**
 * Lasso penalty {@code λ Σ |w|}, matching Keras {@code l1(λ)}. The derivative at exactly zero is
 * taken as 0, the subgradient TensorFlow's {@code sign} gives; away from zero it is {@code λ·sign(w)}.
 */
public final class L1 extends ElementwisePenalty {

    private final double lambda;

    /** @param lambda strength, finite and {@code >= 0} */
    public L1(double lambda) {
        this.lambda = Checks.nonNegative("L1 lambda", lambda);
    }

    public double lambda() {
        return lambda;
    }

    @Override
    public double output(double w) {
        return lambda * Math.abs(w);
    }

    @Override
    public double der(double w) {
        return w > 0 ? lambda : (w < 0 ? -lambda : 0.0);
    }

    @Override
    public String describe() {
        return "l1(" + lambda + ")";
    }
}
