package reglab.core.nn;

import reglab.core.check.Checks;
import reglab.core.nn.layer.Dense;
import reglab.core.nn.layer.Layer;
import reglab.core.nn.loss.Loss;
import reglab.core.nn.metric.Metric;
import reglab.core.nn.optimizer.Optimizer;
import reglab.core.nn.parameter.Parameter;
import reglab.core.random.Rng;

/**
 * A stack of layers trained by backpropagation, after Keras' {@code Sequential}:
 *
 * <pre>{@code
 * Sequential model = new Sequential(100, seed);
 * model.add(new Dense(64, Activations.RELU, new L2(0.001)));
 * model.add(new Dropout(0.5));
 * model.add(new Dense(10, Activations.SOFTMAX));
 * model.compile(new Adam(), Losses.CATEGORICAL_CROSSENTROPY, new Accuracy());
 * }</pre>
 *
 * <p>Layers are built (and their weights initialised from the model's seeded {@link Rng}) when
 * added. All randomness (initialisation, dropout masks, the trainer's shuffling) is drawn from that
 * one generator, so the same seed and the same calls give the same result.
 *
 * <p>Loss convention (Keras): the reported loss is the mean data loss of the batch plus every weight
 * penalty plus every activity penalty; its gradient drives the update. Buffers are allocated by
 * {@link #reserve} (called automatically when a larger batch arrives); {@link #trainBatch},
 * {@link #predict} and {@link #evaluate} allocate nothing once buffers are big enough.
 */
public final class Sequential {

    private final int inputs;
    private final Rng rng;
    private Layer[] layers = new Layer[0];
    private Parameter[] parameters = new Parameter[0];
    private Optimizer optimizer;
    private Loss loss;
    private Metric metric;
    private boolean fused;

    private int capacity;
    private double[] gradLoss;
    private double[] stageX;
    private double[] stageY;
    private double lastPenalty;
    private double lastMetricSum;
    private final double[] evaluationSums = new double[3];

    /**
     * @param inputs features per example ({@code input_dim}), {@code >= 1}
     * @param seed seed of the model's random generator
     */
    public Sequential(int inputs, long seed) {
        this.inputs = Checks.atLeast("model inputs", inputs, 1);
        this.rng = new Rng(seed);
    }

    /** Appends and builds {@code layer}; not allowed after {@link #compile}. Returns this model. */
    public Sequential add(Layer layer) {
        Checks.notNull("layer", layer);
        if (optimizer != null) {
            throw new IllegalStateException("add layers before compile()");
        }
        layer.build(outputs(), rng);
        Layer[] grown = new Layer[layers.length + 1];
        System.arraycopy(layers, 0, grown, 0, layers.length);
        grown[layers.length] = layer;
        layers = grown;
        Parameter[] lp = layer.parameters();
        Parameter[] all = new Parameter[parameters.length + lp.length];
        System.arraycopy(parameters, 0, all, 0, parameters.length);
        System.arraycopy(lp, 0, all, parameters.length, lp.length);
        parameters = all;
        capacity = 0;
        return this;
    }

    /** Like Keras' {@code compile}; {@code metric} may be null. Attaches the optimizer. */
    public void compile(Optimizer optimizer, Loss loss, Metric metric) {
        if (layers.length == 0) {
            throw new IllegalStateException("add at least one layer before compile()");
        }
        this.optimizer = Checks.notNull("optimizer", optimizer);
        this.loss = Checks.notNull("loss", loss);
        this.metric = metric;
        Layer last = layers[layers.length - 1];
        fused = last instanceof Dense && loss.fusesWith(((Dense) last).activation());
        optimizer.attach(parameters);
    }

    public void compile(Optimizer optimizer, Loss loss) {
        compile(optimizer, loss, null);
    }

    public int inputs() {
        return inputs;
    }

    /** Width of the last layer's output (the input width while there are no layers). */
    public int outputs() {
        return layers.length == 0 ? inputs : layers[layers.length - 1].outputWidth();
    }

    public int layerCount() {
        return layers.length;
    }

    public Layer layer(int index) {
        return layers[index];
    }

    /** Every weight tensor, trainable or not, in layer order (a new array of live parameters). */
    public Parameter[] parameters() {
        return parameters.clone();
    }

    public Optimizer optimizer() {
        return optimizer;
    }

    public Loss loss() {
        return loss;
    }

    /** The metric given to {@link #compile}, or null. */
    public Metric metric() {
        return metric;
    }

    /** The model's generator (shared with the trainer for shuffling and augmentation). */
    public Rng rng() {
        return rng;
    }

    /** Allocates buffers for batches of up to {@code maxRows} rows; a no-op when big enough. */
    public void reserve(int maxRows) {
        Checks.atLeast("batch rows", maxRows, 1);
        if (maxRows <= capacity) {
            return;
        }
        for (Layer l : layers) {
            l.reserve(maxRows);
        }
        capacity = maxRows;
        gradLoss = new double[maxRows * outputs()];
        stageX = new double[maxRows * inputs];
        stageY = new double[maxRows * outputs()];
    }

    private void requireCompiled() {
        if (optimizer == null) {
            throw new IllegalStateException("compile() the model first");
        }
    }

    private double[] forward(double[] x, int rows, boolean training) {
        double[] a = x;
        for (Layer l : layers) {
            a = l.forward(a, rows, training, rng);
        }
        return a;
    }

    private double activityPenalties() {
        double s = 0;
        for (Layer l : layers) {
            s += l.activityPenalty();
        }
        return s;
    }

    /** Σ of the weight penalties at the current weights. */
    public double weightPenalty() {
        double s = 0;
        for (Parameter p : parameters) {
            if (p.penalty() != null) {
                s += p.penalty().value(p.value());
            }
        }
        return s;
    }

    /**
     * One optimizer step on the first {@code rows} rows of {@code x} ({@code [rows × inputs]}) and
     * {@code y} ({@code [rows × outputs]}); neither is modified.
     *
     * @return the batch loss (mean data loss + penalties) at the weights before the step
     */
    public double trainBatch(double[] x, double[] y, int rows) {
        requireCompiled();
        Checks.atLeast("batch rows", rows, 1);
        Checks.holds("batch x", x, rows, inputs);
        Checks.holds("batch y", y, rows, outputs());
        reserve(rows);
        for (Parameter p : parameters) {
            java.util.Arrays.fill(p.grad(), 0.0);
        }
        int out = outputs();
        double[] pred = forward(x, rows, true);
        double dataLoss = loss.sum(pred, y, rows, out) / rows;
        lastMetricSum = metric == null ? Double.NaN : metric.sum(pred, y, rows, out);
        int last = layers.length - 1;
        double[] g;
        if (fused) {
            loss.fusedGradient(pred, y, rows, out, gradLoss);
            g = ((Dense) layers[last]).backwardPreActivation(gradLoss, rows, last > 0);
        } else {
            loss.gradient(pred, y, rows, out, gradLoss);
            g = layers[last].backward(gradLoss, rows, last > 0);
        }
        for (int i = last - 1; i >= 0; i--) {
            g = layers[i].backward(g, rows, i > 0);
        }
        lastPenalty = activityPenalties();
        for (Parameter p : parameters) {
            if (p.penalty() != null) {
                lastPenalty += p.penalty().value(p.value());
                p.penalty().addGradient(p.value(), p.grad());
            }
        }
        optimizer.step();
        return dataLoss + lastPenalty;
    }

    /** The metric summed over the rows of the last {@link #trainBatch} (NaN without a metric). */
    public double lastMetricSum() {
        return lastMetricSum;
    }

    /** The penalties included in the last {@link #trainBatch} loss. */
    public double lastPenalty() {
        return lastPenalty;
    }

    /**
     * Inference-mode predictions for {@code rows} rows of {@code x} into {@code out}
     * ({@code [rows × outputs]}); {@code x} is not modified, dropout masks are left as they were.
     * Larger inputs are processed in slices of the reserved batch size, so after the first call of a
     * given size nothing is allocated (the lab calls this for every heat-map frame).
     */
    public void predict(double[] x, int rows, double[] out) {
        Checks.atLeast("predict rows", rows, 1);
        Checks.holds("predict x", x, rows, inputs);
        Checks.holds("predict out", out, rows, outputs());
        if (layers.length == 0) {
            throw new IllegalStateException("add layers before predict()");
        }
        reserve(Math.min(rows, 1024));
        int w = outputs();
        for (int start = 0; start < rows; start += capacity) {
            int n = Math.min(capacity, rows - start);
            System.arraycopy(x, start * inputs, stageX, 0, n * inputs);
            double[] pred = forward(stageX, n, false);
            System.arraycopy(pred, 0, out, start * w, n * w);
        }
    }

    /**
     * Inference-mode loss and metric over {@code rows} rows, in slices of up to {@code batchSize}
     * rows: {@code result[0]} = mean data loss + weight and activity penalties (what Keras reports
     * as {@code val_loss}), {@code result[1]} = mean metric (NaN without one). Inputs are not
     * modified. The same as {@link #evaluateSlice} over consecutive slices followed by
     * {@link #finishEvaluation}, bit for bit.
     */
    public void evaluate(double[] x, double[] y, int rows, int batchSize, double[] result) {
        requireCompiled();
        Checks.atLeast("evaluate rows", rows, 1);
        Checks.atLeast("batch size", batchSize, 1);
        Checks.holds("evaluate x", x, rows, inputs);
        Checks.holds("evaluate y", y, rows, outputs());
        reserve(Math.min(rows, batchSize));
        int slice = Math.min(capacity, batchSize);
        double[] sums = evaluationSums;
        java.util.Arrays.fill(sums, 0.0);
        for (int start = 0; start < rows; start += slice) {
            evaluateSlice(x, y, start, Math.min(slice, rows - start), sums);
        }
        finishEvaluation(sums, rows, result);
    }

    /**
     * Adds one inference-mode slice, rows {@code first .. first + rows − 1} of {@code x} and
     * {@code y}, to the running sums of an evaluation: {@code sums[0] +=} the data-loss sum,
     * {@code sums[1] +=} the activity penalty times the rows, {@code sums[2] +=} the metric sum
     * (NaN without a metric). {@link #finishEvaluation} turns the sums into the loss and metric.
     * This lets a caller spread one evaluation over several bounded pieces of work (the trainer's
     * slices); only {@code sums} is written, besides the model's scratch buffers.
     */
    public void evaluateSlice(double[] x, double[] y, int first, int rows, double[] sums) {
        requireCompiled();
        reserve(rows);
        int w = outputs();
        System.arraycopy(x, first * inputs, stageX, 0, rows * inputs);
        System.arraycopy(y, first * w, stageY, 0, rows * w);
        double[] pred = forward(stageX, rows, false);
        sums[0] += loss.sum(pred, stageY, rows, w);
        sums[1] += activityPenalties() * rows;
        sums[2] += metric == null ? Double.NaN : metric.sum(pred, stageY, rows, w);
    }

    /**
     * The loss and metric of an evaluation of {@code rows} rows from the sums
     * {@link #evaluateSlice} gathered: {@code result[0]} = (data loss + activity) / rows + the
     * weight penalties at the current weights, {@code result[1]} = metric sum / rows.
     */
    public void finishEvaluation(double[] sums, int rows, double[] result) {
        result[0] = (sums[0] + sums[1]) / rows + weightPenalty();
        result[1] = metric == null ? Double.NaN : sums[2] / rows;
    }

    /** A snapshot buffer shaped like {@link #parameters()}, for {@link #copyWeightsTo}. */
    public double[][] newWeightSnapshot() {
        double[][] s = new double[parameters.length][];
        for (int k = 0; k < parameters.length; k++) {
            s[k] = new double[parameters[k].size()];
        }
        return s;
    }

    /** Copies every parameter's values (moving statistics included, as Keras' get_weights). */
    public void copyWeightsTo(double[][] snapshot) {
        for (int k = 0; k < parameters.length; k++) {
            System.arraycopy(parameters[k].value(), 0, snapshot[k], 0, parameters[k].size());
        }
    }

    /** Restores values saved by {@link #copyWeightsTo}; optimizer state is left as it is. */
    public void setWeights(double[][] snapshot) {
        if (snapshot.length != parameters.length) {
            throw new IllegalArgumentException("weight snapshot has " + snapshot.length
                    + " tensors, the model has " + parameters.length);
        }
        for (int k = 0; k < parameters.length; k++) {
            Checks.sameWidth("weights of " + parameters[k].name(), parameters[k].size(), snapshot[k].length);
            System.arraycopy(snapshot[k], 0, parameters[k].value(), 0, parameters[k].size());
        }
    }
}
