package reglab.core.nn.layer;

import reglab.core.check.Checks;
import reglab.core.nn.activation.Activation;
import reglab.core.nn.init.GlorotUniform;
import reglab.core.nn.init.Initializer;
import reglab.core.nn.parameter.Parameter;
import reglab.core.nn.penalty.ElementwisePenalty;
import reglab.core.nn.penalty.Penalty;
import reglab.core.random.Rng;

/**
 * Fully connected layer {@code a = f(x·W + b)}, Keras' {@code Dense}. The kernel W is
 * {@code [inputs × units]} row-major ({@code W[i * units + j]}), the bias {@code [1 × units]}.
 * Initialisation matches Keras' defaults: Glorot-uniform kernel, limit
 * {@code √(6 / (fan_in + fan_out))} (Glorot &amp; Bengio, 2010; {@link GlorotUniform}, another
 * {@link Initializer} may be set), zero bias.
 *
 * <p>Kernel and bias regularizers are attached to the parameters (the model adds their value to the
 * loss and their derivative to the gradients). The activity regularizer penalises the layer's
 * output and, as in tf.keras 2 ({@code Layer._handle_activity_regularization}), is divided by the
 * batch size.
 */
public final class Dense implements Layer {

    /**
     * Backward skips the zero entries of dLoss/dz when fewer than 1/this of them are non-zero. A
     * speed choice only (both paths give identical results): the indexed loops cost about twice the
     * contiguous ones per term, so they pay off once half the terms are skipped; not tuned further.
     */
    private static final int SPARSE_GRADIENT_DIVISOR = 2;

    private final int units;
    private final Activation activation;
    private Penalty kernelRegularizer;
    private Penalty biasRegularizer;
    private ElementwisePenalty activityRegularizer;
    private Initializer kernelInitializer = GlorotUniform.DEFAULT;

    private int inputs = -1;
    private Parameter kernel;
    private Parameter bias;

    private int capacity;
    private double[] lastInput;
    private double[] z;
    private double[] a;
    private double[] gradA;
    private double[] gradZ;
    private double[] gradIn;
    /** Scratch for {@link DenseKernels#nonZeros}: indices of the non-zero inputs of a row or column. */
    private int[] active;
    /** Scratch for {@link DenseKernels#nonZeros}: indices of the non-zero dLoss/dz of a row. */
    private int[] activeUnits;
    /** The kernel transposed, {@code [units × inputs]}, refreshed by forward when a dense row pair needs it. */
    private double[] kernelT;
    private double lastActivityPenalty;

    /**
     * @param units output width, {@code >= 1}
     * @param activation applied after the affine map; not null
     */
    public Dense(int units, Activation activation) {
        this.units = Checks.atLeast("Dense units", units, 1);
        this.activation = Checks.notNull("Dense activation", activation);
    }

    /** Keras' {@code Dense(units, activation=..., kernel_regularizer=...)}. */
    public Dense(int units, Activation activation, Penalty kernelRegularizer) {
        this(units, activation);
        this.kernelRegularizer = kernelRegularizer;
    }

    /** Sets (or with null clears) the kernel penalty; may be changed between training steps. */
    public Dense kernelRegularizer(Penalty penalty) {
        kernelRegularizer = penalty;
        if (kernel != null) {
            kernel.setPenalty(penalty);
        }
        return this;
    }

    /** Sets (or with null clears) the bias penalty; may be changed between training steps. */
    public Dense biasRegularizer(Penalty penalty) {
        biasRegularizer = penalty;
        if (bias != null) {
            bias.setPenalty(penalty);
        }
        return this;
    }

    /**
     * Sets how the kernel is drawn (default {@link GlorotUniform#DEFAULT}, Keras'); only before the
     * layer is added to a model, which builds it.
     */
    public Dense kernelInitializer(Initializer initializer) {
        Checks.notNull("Dense kernel initializer", initializer);
        if (kernel != null) {
            throw new IllegalStateException("set the kernel initializer before adding the layer to a model");
        }
        kernelInitializer = initializer;
        return this;
    }

    /** Sets (or with null clears) the penalty on this layer's output. */
    public Dense activityRegularizer(ElementwisePenalty penalty) {
        activityRegularizer = penalty;
        return this;
    }

    @Override
    public void build(int inputWidth, Rng rng) {
        if (kernel != null) {
            throw new IllegalStateException("Dense layer is already built");
        }
        inputs = Checks.atLeast("Dense input width", inputWidth, 1);
        kernel = new Parameter("kernel", inputs, units, true);
        bias = new Parameter("bias", 1, units, true);
        kernelInitializer.initialize(kernel.value(), inputs, units, rng);
        kernel.setPenalty(kernelRegularizer);
        bias.setPenalty(biasRegularizer);
    }

    @Override
    public int inputWidth() {
        return inputs;
    }

    @Override
    public int outputWidth() {
        return units;
    }

    public Activation activation() {
        return activation;
    }

    /** The kernel {@code [inputs × units]}; null before {@link #build}. */
    public Parameter kernel() {
        return kernel;
    }

    /** The bias {@code [1 × units]}; null before {@link #build}. */
    public Parameter bias() {
        return bias;
    }

    @Override
    public void reserve(int maxRows) {
        if (maxRows <= capacity) {
            return;
        }
        capacity = maxRows;
        z = new double[maxRows * units];
        a = new double[maxRows * units];
        gradA = new double[maxRows * units];
        gradZ = new double[maxRows * units];
        gradIn = new double[maxRows * inputs];
        active = new int[Math.max(maxRows, inputs)];
        activeUnits = new int[units];
        if (kernelT == null) {
            kernelT = new double[inputs * units];
        }
    }

    @Override
    public double[] forward(double[] in, int rows, boolean training, Rng rng) {
        lastInput = in;
        int n = units;
        int m = inputs;
        double[] w = kernel.value();
        double[] b = bias.value();
        double[] out = z;
        int[] index = active;
        boolean transposed = false;
        int r = 0;
        while (r < rows) {
            int zo = r * n;
            int xo = r * m;
            int count = DenseKernels.nonZeros(in, xo, 1, m, index);
            if (count == m && r + 1 < rows && DenseKernels.noZeros(in, xo + m, m)) {
                if (!transposed) {
                    DenseKernels.transpose(w, m, n, kernelT);
                    transposed = true;
                }
                DenseKernels.biasPlusProductPair(out, zo, zo + n, b, in, xo, xo + m, kernelT, m, n);
                r += 2;
            } else {
                System.arraycopy(b, 0, out, zo, n);
                DenseKernels.addCombination(out, zo, n, in, xo, 1, index, count, w);
                r++;
            }
        }
        activation.forward(z, a, rows, units);
        lastActivityPenalty = 0;
        if (activityRegularizer != null) {
            int size = rows * n;
            double s = 0;
            for (int i = 0; i < size; i++) {
                s += activityRegularizer.output(a[i]);
            }
            lastActivityPenalty = s / rows;
        }
        return a;
    }

    @Override
    public double[] backward(double[] gradOut, int rows, boolean needInputGradient) {
        double[] g = gradOut;
        if (activityRegularizer != null) {
            int n = rows * units;
            for (int i = 0; i < n; i++) {
                gradA[i] = gradOut[i] + activityRegularizer.der(a[i]) / rows;
            }
            g = gradA;
        }
        activation.backward(z, a, g, gradZ, rows, units);
        return backwardPreActivation(gradZ, rows, needInputGradient);
    }

    /**
     * Backward from dLoss/dz (the pre-activation), used when the loss fuses with this layer's
     * activation. Reads {@code gradPre} without modifying it.
     */
    public double[] backwardPreActivation(double[] gradPre, int rows, boolean needInputGradient) {
        int n = units;
        int m = inputs;
        double[] x = lastInput;
        double[] gw = kernel.grad();
        double[] gb = bias.grad();
        int nonZeroGrad = 0;
        for (int r = 0; r < rows; r++) {
            int go = r * n;
            for (int j = 0; j < n; j++) {
                double g = gradPre[go + j];
                gb[j] += g;
                nonZeroGrad += g != 0.0 ? 1 : 0;
            }
        }
        // Behind ReLU and dropout most of dLoss/dz is zero; then skipping those columns beats the
        // contiguous loops. Both paths add the same non-zero terms in the same order.
        if (nonZeroGrad * SPARSE_GRADIENT_DIVISOR < rows * n) {
            return backwardSparse(gradPre, rows, needInputGradient);
        }
        int[] index = active;
        for (int i = 0; i < m; i++) {
            int count = DenseKernels.nonZeros(x, i, m, rows, index);
            DenseKernels.addCombination(gw, i * n, n, x, i, m, index, count, gradPre);
        }
        if (!needInputGradient) {
            return null;
        }
        double[] w = kernel.value();
        double[] out = gradIn;
        for (int r = 0; r < rows; r++) {
            DenseKernels.timesTranspose(gradPre, r * n, w, n, m, out, r * m);
        }
        return out;
    }

    /** The kernel and input gradients row by row over the non-zero x and dz values only. */
    private double[] backwardSparse(double[] gradPre, int rows, boolean needInputGradient) {
        int n = units;
        int m = inputs;
        double[] x = lastInput;
        double[] w = kernel.value();
        double[] gw = kernel.grad();
        double[] out = gradIn;
        int[] inputIndex = active;
        int[] unitIndex = activeUnits;
        for (int r = 0; r < rows; r++) {
            int go = r * n;
            int xo = r * m;
            int live = DenseKernels.nonZeros(gradPre, go, 1, n, unitIndex);
            int count = DenseKernels.nonZeros(x, xo, 1, m, inputIndex);
            DenseKernels.addOuter(gw, n, x, xo, inputIndex, count, gradPre, go, unitIndex, live);
            if (needInputGradient) {
                DenseKernels.timesTransposeAt(gradPre, go, unitIndex, live, w, n, m, out, xo);
            }
        }
        return needInputGradient ? out : null;
    }

    /** The pre-activation values z of the last forward (layer-owned, read only). */
    public double[] lastPreActivation() {
        return z;
    }

    @Override
    public Parameter[] parameters() {
        return new Parameter[] {kernel, bias};
    }

    @Override
    public double activityPenalty() {
        return lastActivityPenalty;
    }

    @Override
    public String describe() {
        String s = "Dense(" + units + ", " + activation.name();
        if (kernelRegularizer != null) {
            s += ", kernel " + kernelRegularizer.describe();
        }
        if (biasRegularizer != null) {
            s += ", bias " + biasRegularizer.describe();
        }
        if (activityRegularizer != null) {
            s += ", activity " + activityRegularizer.describe();
        }
        return s + ")";
    }
}
