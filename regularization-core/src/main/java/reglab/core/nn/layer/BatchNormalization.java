package reglab.core.nn.layer;

import reglab.core.check.Checks;
import reglab.core.math.ShortestDecimal;
import reglab.core.nn.parameter.Parameter;
import reglab.core.random.Rng;

/**
 * Batch normalization over the feature axis (Ioffe &amp; Szegedy, 2015) with Keras'
 * {@code BatchNormalization} conventions: defaults momentum 0.99 and epsilon 1e-3; in training the
 * batch mean and biased batch variance normalise the input, and the moving statistics are updated
 * as {@code moving = moving·momentum + batch·(1 − momentum)} (Keras uses the biased variance here
 * too, unlike PyTorch); at inference the moving statistics are used. gamma (init 1) and beta
 * (init 0) are trained; the moving mean (init 0) and variance (init 1) are saved with the weights
 * but not trained. A frozen layer ({@code Freezing.setTrainable(bn, false)}) normalises with its
 * moving statistics and leaves them alone, in training too, as Keras does for
 * {@code trainable = False}.
 */
public final class BatchNormalization implements Layer {

    /** Keras' default momentum of the moving statistics. */
    public static final double DEFAULT_MOMENTUM = 0.99;
    /** Keras' default variance epsilon. */
    public static final double DEFAULT_EPSILON = 1e-3;

    private final double momentum;
    private final double epsilon;
    private int width = -1;
    private Parameter gamma;
    private Parameter beta;
    private Parameter movingMean;
    private Parameter movingVariance;

    private int capacity;
    private double[] xhat;
    private double[] out;
    private double[] gradIn;
    private double[] invStd;
    private boolean lastTraining;

    /** Keras' defaults: momentum 0.99, epsilon 1e-3. */
    public BatchNormalization() {
        this(DEFAULT_MOMENTUM, DEFAULT_EPSILON);
    }

    /**
     * @param momentum weight of the old moving statistics, in {@code [0, 1)}
     * @param epsilon added to the variance, finite and {@code > 0}
     */
    public BatchNormalization(double momentum, double epsilon) {
        this.momentum = Checks.halfOpen("BatchNormalization momentum", momentum, 0.0, 1.0);
        this.epsilon = Checks.positive("BatchNormalization epsilon", epsilon);
    }

    @Override
    public void build(int inputWidth, Rng rng) {
        width = Checks.atLeast("BatchNormalization input width", inputWidth, 1);
        gamma = new Parameter("gamma", 1, width, true);
        beta = new Parameter("beta", 1, width, true);
        movingMean = new Parameter("moving_mean", 1, width, false);
        movingVariance = new Parameter("moving_variance", 1, width, false);
        java.util.Arrays.fill(gamma.value(), 1.0);
        java.util.Arrays.fill(movingVariance.value(), 1.0);
        invStd = new double[width];
    }

    @Override
    public int inputWidth() {
        return width;
    }

    @Override
    public int outputWidth() {
        return width;
    }

    public Parameter gamma() {
        return gamma;
    }

    public Parameter beta() {
        return beta;
    }

    public Parameter movingMean() {
        return movingMean;
    }

    public Parameter movingVariance() {
        return movingVariance;
    }

    @Override
    public void reserve(int maxRows) {
        if (maxRows <= capacity) {
            return;
        }
        capacity = maxRows;
        xhat = new double[maxRows * width];
        out = new double[maxRows * width];
        gradIn = new double[maxRows * width];
    }

    @Override
    public double[] forward(double[] in, int rows, boolean training, Rng rng) {
        // Frozen (Keras: trainable = False), the layer runs in inference mode even in training.
        training = training && !gamma.frozen();
        lastTraining = training;
        double[] g = gamma.value();
        double[] b = beta.value();
        double[] mm = movingMean.value();
        double[] mv = movingVariance.value();
        for (int j = 0; j < width; j++) {
            double mean;
            double var;
            if (training) {
                double s = 0;
                for (int r = 0; r < rows; r++) {
                    s += in[r * width + j];
                }
                mean = s / rows;
                double ss = 0;
                for (int r = 0; r < rows; r++) {
                    double d = in[r * width + j] - mean;
                    ss += d * d;
                }
                var = ss / rows;
                mm[j] = mm[j] * momentum + mean * (1 - momentum);
                mv[j] = mv[j] * momentum + var * (1 - momentum);
            } else {
                mean = mm[j];
                var = mv[j];
            }
            double is = 1 / Math.sqrt(var + epsilon);
            invStd[j] = is;
            for (int r = 0; r < rows; r++) {
                int i = r * width + j;
                double h = (in[i] - mean) * is;
                xhat[i] = h;
                out[i] = g[j] * h + b[j];
            }
        }
        return out;
    }

    @Override
    public double[] backward(double[] gradOut, int rows, boolean needInputGradient) {
        double[] g = gamma.value();
        double[] gg = gamma.grad();
        double[] gb = beta.grad();
        for (int j = 0; j < width; j++) {
            double sumG = 0;
            double sumGX = 0;
            for (int r = 0; r < rows; r++) {
                int i = r * width + j;
                sumG += gradOut[i];
                sumGX += gradOut[i] * xhat[i];
            }
            gg[j] += sumGX;
            gb[j] += sumG;
            if (!needInputGradient) {
                continue;
            }
            double k = g[j] * invStd[j];
            for (int r = 0; r < rows; r++) {
                int i = r * width + j;
                if (lastTraining) {
                    // Batch statistics depend on every row, hence the two mean corrections.
                    gradIn[i] = k * (gradOut[i] - sumG / rows - xhat[i] * sumGX / rows);
                } else {
                    gradIn[i] = k * gradOut[i];
                }
            }
        }
        return needInputGradient ? gradIn : null;
    }

    @Override
    public Parameter[] parameters() {
        return new Parameter[] {gamma, beta, movingMean, movingVariance};
    }

    @Override
    public double activityPenalty() {
        return 0;
    }

    @Override
    public String describe() {
        return "BatchNormalization(momentum " + ShortestDecimal.text(momentum) + ", epsilon " + ShortestDecimal.text(epsilon) + ")";
    }
}
