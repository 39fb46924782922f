package reglab.core.nn.penalty;

import reglab.core.check.Checks;
import reglab.core.math.ShortestDecimal;

/**
 * Elastic-net penalty {@code λ1 Σ |w| + λ2 Σ w²}, matching Keras {@code l1_l2(l1, l2)} (Zou &amp;
 * Hastie, 2005, without their rescaling). Derivative at zero of the L1 part is 0, as in {@link L1}.
 */
public final class L1L2 extends ElementwisePenalty {

    private final double l1;
    private final double l2;

    /** @param l1 L1 strength, finite and {@code >= 0}; @param l2 L2 strength, finite and {@code >= 0} */
    public L1L2(double l1, double l2) {
        this.l1 = Checks.nonNegative("L1L2 l1", l1);
        this.l2 = Checks.nonNegative("L1L2 l2", l2);
    }

    public double l1() {
        return l1;
    }

    public double l2() {
        return l2;
    }

    @Override
    public double output(double w) {
        return l1 * Math.abs(w) + l2 * w * w;
    }

    @Override
    public double der(double w) {
        double sign = w > 0 ? 1.0 : (w < 0 ? -1.0 : 0.0);
        return l1 * sign + 2 * l2 * w;
    }

    // value and addGradient repeat output/der inline: the same expression per weight, so the same
    // bits, without a virtual call per weight (which TeaVM's WebAssembly cannot inline).
    @Override
    public double value(double[] w) {
        double a = l1;
        double b = l2;
        double s = 0;
        for (int i = 0; i < w.length; i++) {
            double v = w[i];
            s += a * Math.abs(v) + b * v * v;
        }
        return s;
    }

    @Override
    public void addGradient(double[] w, double[] grad) {
        double a = l1;
        double b = l2;
        for (int i = 0; i < w.length; i++) {
            double v = w[i];
            double sign = v > 0 ? 1.0 : (v < 0 ? -1.0 : 0.0);
            grad[i] += a * sign + 2 * b * v;
        }
    }

    @Override
    public String describe() {
        return "l1_l2(" + ShortestDecimal.text(l1) + ", " + ShortestDecimal.text(l2) + ")";
    }
}
