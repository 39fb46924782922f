package reglab.core.nn.optimizer;

import reglab.core.check.Checks;
import reglab.core.math.ShortestDecimal;
import reglab.core.nn.parameter.Parameter;

/**
 * SGD with (heavy-ball) momentum in Keras' {@code SGD(momentum=μ)} form:
 * {@code v ← μv − lr·(g + λw); w ← w + v}, velocity starting at 0. With a constant learning rate
 * this is the same trajectory as PyTorch's {@code b ← μb + g; w ← w − lr·b} (there
 * {@code v = −lr·b}); they differ only when the learning rate changes mid-run. The optional weight
 * decay λ is PyTorch's (added to the gradient), as in {@link Sgd}.
 */
public final class Momentum extends Optimizer {

    /** A common momentum (Keras has no default other than 0, which would be plain SGD). */
    public static final double DEFAULT_MOMENTUM = 0.9;

    private final double momentum;
    private final double weightDecay;
    private double[][] velocity;

    public Momentum(double learningRate) {
        this(learningRate, DEFAULT_MOMENTUM, 0.0);
    }

    /**
     * @param learningRate finite, {@code > 0}
     * @param momentum μ in {@code [0, 1)}
     * @param weightDecay λ, finite, {@code >= 0}
     */
    public Momentum(double learningRate, double momentum, double weightDecay) {
        super(learningRate);
        this.momentum = Checks.halfOpen("momentum", momentum, 0.0, 1.0);
        this.weightDecay = Checks.nonNegative("momentum weight decay", weightDecay);
    }

    public double momentum() {
        return momentum;
    }

    @Override
    protected void createState(Parameter[] trainable) {
        velocity = new double[trainable.length][];
        for (int k = 0; k < trainable.length; k++) {
            velocity[k] = new double[trainable[k].size()];
        }
    }

    @Override
    protected void update(int k, double[] w, double[] g) {
        double lr = learningRate();
        double[] v = velocity[k];
        for (int i = 0; i < w.length; i++) {
            v[i] = momentum * v[i] - lr * (g[i] + weightDecay * w[i]);
            w[i] += v[i];
        }
    }

    @Override
    public String describe() {
        return "Momentum(lr " + ShortestDecimal.text(learningRate()) + ", momentum " + ShortestDecimal.text(momentum)
                + (weightDecay > 0 ? ", weight decay " + ShortestDecimal.text(weightDecay) : "") + ")";
    }
}
