package reglab.core.nn.penalty;

import reglab.core.nn.Checks;

/**
 * Ridge / weight-decay penalty {@code λ Σ w²}, matching Keras {@code l2(λ)}: no factor ½ (unlike
 * TensorFlow Playground's {@code 0.5·w²}), so the derivative is {@code 2λw}.
 */
public final class L2 extends ElementwisePenalty {

    private final double lambda;

    /** @param lambda strength, finite and {@code >= 0} */
    public L2(double lambda) {
        this.lambda = Checks.nonNegative("L2 lambda", lambda);
    }

    public double lambda() {
        return lambda;
    }

    @Override
    public double output(double w) {
        return lambda * w * w;
    }

    @Override
    public double der(double w) {
        return 2 * lambda * w;
    }

    @Override
    public String describe() {
        return "l2(" + lambda + ")";
    }
}
