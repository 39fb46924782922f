package reglab.core.nn.optimizer;

import reglab.core.check.Checks;
import reglab.core.math.ShortestDecimal;

/**
 * Plain stochastic gradient descent {@code w ← w − lr·(g + λ·w)}. The weight decay λ has PyTorch's
 * {@code SGD(weight_decay=λ)} semantics: {@code λw} is added to the gradient, which for SGD equals
 * an L2 penalty of {@code (λ/2)Σw²} on every parameter, biases included.
 */
public final class Sgd extends Optimizer {

    /** Keras' default learning rate for SGD. */
    public static final double DEFAULT_LEARNING_RATE = 0.01;

    private final double weightDecay;

    /** Keras' default learning rate 0.01, no weight decay. */
    public Sgd() {
        this(DEFAULT_LEARNING_RATE, 0.0);
    }

    public Sgd(double learningRate) {
        this(learningRate, 0.0);
    }

    /**
     * @param learningRate finite, {@code > 0}
     * @param weightDecay λ, finite, {@code >= 0}
     */
    public Sgd(double learningRate, double weightDecay) {
        super(learningRate);
        this.weightDecay = Checks.nonNegative("SGD weight decay", weightDecay);
    }

    public double weightDecay() {
        return weightDecay;
    }

    @Override
    protected void update(int k, double[] w, double[] g) {
        double lr = learningRate();
        for (int i = 0; i < w.length; i++) {
            w[i] -= lr * (g[i] + weightDecay * w[i]);
        }
    }

    @Override
    public String describe() {
        return "SGD(lr " + ShortestDecimal.text(learningRate()) + (weightDecay > 0 ? ", weight decay " + ShortestDecimal.text(weightDecay) : "") + ")";
    }
}
