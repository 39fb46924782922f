package reglab.core.nn.optimizer;

import reglab.core.check.Checks;
import reglab.core.math.ShortestDecimal;

/**
 * Adam with decoupled weight decay (Loshchilov &amp; Hutter, "Decoupled Weight Decay
 * Regularization", ICLR 2019), in Keras' {@code AdamW} form: each step first shrinks
 * {@code w ← w − lr·λ·w}, then applies the {@link Adam} update from the loss gradient alone, so the
 * decay is not rescaled by Adam's per-weight step sizes (which is what an L2 penalty would suffer).
 * Default λ is Keras' 0.004.
 */
public final class AdamW extends Adam {

    /** Keras' default weight decay for AdamW. */
    public static final double DEFAULT_WEIGHT_DECAY = 0.004;

    private final double weightDecay;

    public AdamW() {
        this(DEFAULT_LEARNING_RATE, DEFAULT_WEIGHT_DECAY);
    }

    /**
     * @param learningRate finite, {@code > 0}
     * @param weightDecay λ, finite, {@code >= 0}
     */
    public AdamW(double learningRate, double weightDecay) {
        this(learningRate, weightDecay, DEFAULT_BETA1, DEFAULT_BETA2, DEFAULT_EPSILON);
    }

    public AdamW(double learningRate, double weightDecay, double beta1, double beta2, double epsilon) {
        super(learningRate, beta1, beta2, epsilon);
        this.weightDecay = Checks.nonNegative("AdamW weight decay", weightDecay);
    }

    public double weightDecay() {
        return weightDecay;
    }

    @Override
    protected void update(int k, double[] w, double[] g) {
        double shrink = learningRate() * weightDecay;
        for (int i = 0; i < w.length; i++) {
            w[i] -= shrink * w[i];
        }
        super.update(k, w, g);
    }

    @Override
    public String describe() {
        return "AdamW(lr " + ShortestDecimal.text(learningRate()) + ", weight decay " + ShortestDecimal.text(weightDecay) + ")";
    }
}
