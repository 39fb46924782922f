package reglab.core.nn.penalty;

import reglab.core.check.Checks;
import reglab.core.math.ShortestDecimal;

/**
 * L2-SP penalty {@code λ Σ (w − w₀)²}: pulls weights toward a reference (starting point) instead of
 * toward zero (Li, Grandvalet &amp; Davoine, "Explicit Inductive Bias for Transfer Learning with
 * Convolutional Networks", ICML 2018). Like {@link L2} there is no ½, so the derivative is
 * {@code 2λ(w − w₀)}.
 *
 * <p>The reference is copied at construction; the caller's array is not kept or modified.
 */
public final class L2SP implements Penalty {

    private final double lambda;
    private final double[] reference;

    /**
     * @param lambda strength, finite and {@code >= 0}
     * @param reference w₀, same length as the tensor it will be attached to; every value finite
     */
    public L2SP(double lambda, double[] reference) {
        this.lambda = Checks.nonNegative("L2SP lambda", lambda);
        Checks.notNull("L2SP reference", reference);
        this.reference = reference.clone();
        for (int i = 0; i < this.reference.length; i++) {
            if (!Double.isFinite(this.reference[i])) {
                throw new IllegalArgumentException("L2SP reference[" + i + "] must be finite, got "
                        + ShortestDecimal.text(this.reference[i]));
            }
        }
    }

    public double lambda() {
        return lambda;
    }

    /** A copy of w₀. */
    public double[] reference() {
        return reference.clone();
    }

    @Override
    public double value(double[] w) {
        double s = 0;
        for (int i = 0; i < w.length; i++) {
            double d = w[i] - reference[i];
            s += d * d;
        }
        return lambda * s;
    }

    @Override
    public void addGradient(double[] w, double[] grad) {
        double twoLambda = 2 * lambda;
        for (int i = 0; i < w.length; i++) {
            grad[i] += twoLambda * (w[i] - reference[i]);
        }
    }

    @Override
    public void checkSize(String parameterName, int size) {
        if (size != reference.length) {
            throw new IllegalArgumentException("L2SP reference for " + parameterName
                    + ": shape mismatch, the parameter has " + size
                    + " values but the reference has " + reference.length);
        }
    }

    @Override
    public String describe() {
        return "l2_sp(" + ShortestDecimal.text(lambda) + ")";
    }
}
