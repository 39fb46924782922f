package reglab.core.nn.penalty;

import reglab.core.check.Checks;
import reglab.core.math.ShortestDecimal;

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

    // value and addGradient repeat output/der inline: the same expression per weight, so the same
    // bits, without a virtual call per weight (which TeaVM's WebAssembly cannot inline).
    @Override
    public double value(double[] w) {
        double lam = lambda;
        double s = 0;
        for (int i = 0; i < w.length; i++) {
            s += lam * Math.abs(w[i]);
        }
        return s;
    }

    @Override
    public void addGradient(double[] w, double[] grad) {
        double lam = lambda;
        for (int i = 0; i < w.length; i++) {
            double v = w[i];
            grad[i] += v > 0 ? lam : (v < 0 ? -lam : 0.0);
        }
    }

    @Override
    public String describe() {
        return "l1(" + ShortestDecimal.text(lambda) + ")";
    }
}
