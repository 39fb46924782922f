package reglab.core.nn.penalty;

import reglab.core.check.Checks;
import reglab.core.math.ShortestDecimal;

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

    // value and addGradient repeat output/der inline: the same expression per weight, so the same
    // bits, without a virtual call per weight (which TeaVM's WebAssembly cannot inline).
    @Override
    public double value(double[] w) {
        double lam = lambda;
        double s = 0;
        for (int i = 0; i < w.length; i++) {
            double v = w[i];
            s += lam * v * v;
        }
        return s;
    }

    @Override
    public void addGradient(double[] w, double[] grad) {
        double lam = lambda;
        for (int i = 0; i < w.length; i++) {
            grad[i] += 2 * lam * w[i];
        }
    }

    @Override
    public String describe() {
        return "l2(" + ShortestDecimal.text(lambda) + ")";
    }
}
