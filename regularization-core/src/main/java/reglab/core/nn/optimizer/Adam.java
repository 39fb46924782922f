package reglab.core.nn.optimizer;

import reglab.core.check.Checks;
import reglab.core.math.PortableMath;
import reglab.core.math.ShortestDecimal;
import reglab.core.nn.parameter.Parameter;

/**
 * Adam (Kingma &amp; Ba, ICLR 2015) in the form Keras implements, with Keras' defaults lr 0.001,
 * β1 0.9, β2 0.999, ε 1e-7. At step t: {@code m ← β1·m + (1−β1)·g},
 * {@code v ← β2·v + (1−β2)·g²}, {@code α = lr·√(1−β2ᵗ)/(1−β1ᵗ)},
 * {@code w ← w − α·m/(√v + ε)} (the paper's "more efficient" ordering, ε outside the bias
 * correction).
 */
public class Adam extends Optimizer {

    public static final double DEFAULT_LEARNING_RATE = 0.001;
    public static final double DEFAULT_BETA1 = 0.9;
    public static final double DEFAULT_BETA2 = 0.999;
    public static final double DEFAULT_EPSILON = 1e-7;

    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private double[][] m;
    private double[][] v;

    /** Keras' defaults. */
    public Adam() {
        this(DEFAULT_LEARNING_RATE);
    }

    public Adam(double learningRate) {
        this(learningRate, DEFAULT_BETA1, DEFAULT_BETA2, DEFAULT_EPSILON);
    }

    /**
     * @param learningRate finite, {@code > 0}
     * @param beta1 in {@code [0, 1)}
     * @param beta2 in {@code [0, 1)}
     * @param epsilon finite, {@code > 0}
     */
    public Adam(double learningRate, double beta1, double beta2, double epsilon) {
        super(learningRate);
        this.beta1 = Checks.halfOpen("Adam beta1", beta1, 0.0, 1.0);
        this.beta2 = Checks.halfOpen("Adam beta2", beta2, 0.0, 1.0);
        this.epsilon = Checks.positive("Adam epsilon", epsilon);
    }

    @Override
    protected void createState(Parameter[] trainable) {
        m = new double[trainable.length][];
        v = new double[trainable.length][];
        for (int k = 0; k < trainable.length; k++) {
            m[k] = new double[trainable[k].size()];
            v[k] = new double[trainable[k].size()];
        }
    }

    @Override
    protected void update(int k, double[] w, double[] g) {
        int t = iterations();
        double alpha = learningRate() * Math.sqrt(1 - power(beta2, t)) / (1 - power(beta1, t));
        double[] mk = m[k];
        double[] vk = v[k];
        // Fields and constants in locals: WebAssembly GC re-reads object fields on every use.
        double b1 = beta1;
        double b2 = beta2;
        double oneMinusB1 = 1 - b1;
        double oneMinusB2 = 1 - b2;
        double eps = epsilon;
        int n = w.length;
        for (int i = 0; i < n; i++) {
            double gi = g[i];
            double mi = b1 * mk[i] + oneMinusB1 * gi;
            double vi = b2 * vk[i] + oneMinusB2 * gi * gi;
            mk[i] = mi;
            vk[i] = vi;
            w[i] -= alpha * mi / (Math.sqrt(vi) + eps);
        }
    }

    /**
     * {@code base^exponent} as {@code exp(exponent·ln base)} in {@link PortableMath}: the same bits
     * on HotSpot and in the page, whose {@code Math.pow} implementations differ in the last place;
     * within (2·|exponent·ln base| + 3) ulp of the exact power.
     */
    static double power(double base, int exponent) {
        return PortableMath.exp(exponent * PortableMath.log(base));
    }

    @Override
    public String describe() {
        return "Adam(lr " + ShortestDecimal.text(learningRate()) + ")";
    }
}
