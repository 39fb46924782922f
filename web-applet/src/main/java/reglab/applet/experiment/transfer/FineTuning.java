package reglab.applet.experiment.transfer;

import reglab.applet.run.LabDivergence;
import reglab.applet.run.PartedRun;
import reglab.core.data.Dataset;
import reglab.core.nn.Freezing;
import reglab.core.nn.Sequential;
import reglab.core.nn.layer.Layer;
import reglab.core.nn.parameter.Parameter;
import reglab.core.nn.penalty.L2;
import reglab.core.nn.penalty.L2SP;
import reglab.core.nn.train.StopReason;
import reglab.core.nn.train.Trainer;
import reglab.core.random.Rng;

/**
 * One fine-tuning part: a target network trained for {@code steps} optimizer steps on one target
 * set ({@code perClass} points of each class, repeat {@code repeat}) in one {@link Variant}, by
 * the core's {@link Trainer}. A fixed number of steps, not epochs, so every size gets the same
 * training (five points per class would otherwise see a twentieth of the updates of a hundred).
 * The target validation accuracy is read at {@link #CHECKPOINTS} evenly spaced steps (and before
 * the first), each reading one unit of work.
 *
 * <p>Penalties (Keras' convention, {@code λΣw²} and {@code λΣ(w−w₀)²}, no ½): L2 towards zero
 * on every kernel and bias, the new output layer included (weight decay); L2-SP on the kernels
 * and biases of the transferred layers only, with the output layer free, as Li et al.'s
 * {@code α/2‖w_S − w⁰_S‖² + β/2‖w_S̄‖²} with β = 0, so L2-SP at rate 0 is exactly fine-tuning
 * without a penalty. Frozen features: the transferred layers frozen by the core's {@link Freezing}.
 *
 * <p>Its result: {@code [0]} the final target validation accuracy, {@code [1]} the validation
 * data loss (binary cross-entropy, without penalties), {@code [2]} the training accuracy,
 * {@code [3]} how far the feature weights moved, √Σ(w − w₀)² over the transferred tensors (NaN
 * from scratch), {@code [4]} 1 if training diverged (or the pre-training did, so nothing was fine-tuned) else 0, {@code [5 .. 5+C]} the validation
 * accuracy at the C + 1 checkpoints, then every weight of the network in parameter order.
 */
final class FineTuning implements PartedRun.Part {

    static final int ACCURACY = 0;
    static final int LOSS = 1;
    static final int TRAIN_ACCURACY = 2;
    static final int DRIFT = 3;
    static final int DIVERGED = 4;
    static final int CURVE = 5;
    /** Validation readings after the first (at step 0). */
    static final int CHECKPOINTS = 20;

    private final Variant variant;
    private final Dataset train;
    private final Dataset validation;
    private final Sequential model;
    private final Trainer trainer;
    private final double[] start;
    private final int steps;
    private final int checkpoints;
    private final double[] curve;
    private final double[] reading = new double[2];
    private int done;
    private int read;
    private boolean finished;
    /** The pre-training diverged, so there are no features to fine-tune: nothing trains. */
    private final boolean skipped;

    /**
     * @param features the pre-trained feature layers' weights ({@link TransferSetup#featureValues}
     *     values), unused from scratch
     * @param l2 rate of L2 towards zero (used by {@link Variant#L2})
     * @param l2sp rate of L2-SP (used by {@link Variant#L2SP})
     */
    FineTuning(TransferSetup setup, Variant variant, int perClass, int repeat, double[] features,
            double l2, double l2sp) {
        this.variant = variant;
        train = setup.targetTrain(perClass, repeat);
        validation = setup.targetValidation;
        model = setup.targetNetwork(repeat);
        skipped = variant != Variant.SCRATCH && !allFinite(features);
        if (variant != Variant.SCRATCH && !skipped) {
            load(features);
        }
        start = flatWeights(model, TransferSetup.FEATURE_LAYERS);
        for (int k = 0; k < model.layerCount(); k++) {
            Layer layer = model.layer(k);
            for (Parameter p : layer.parameters()) {
                if (variant == Variant.L2) {
                    p.setPenalty(new L2(l2));
                } else if (variant == Variant.L2SP && k < TransferSetup.FEATURE_LAYERS && !skipped) {
                    p.setPenalty(new L2SP(l2sp, p.value()));
                }
            }
        }
        if (variant == Variant.FROZEN) {
            Freezing.freezeFirst(model, TransferSetup.FEATURE_LAYERS);
        }
        setup.compile(model);
        steps = setup.config.integer("steps");
        int batch = setup.config.integer("batch");
        int perEpoch = (train.rows() + batch - 1) / batch;
        trainer = new Trainer(model, train, null, batch, (steps + perEpoch - 1) / perEpoch)
                .divergence(LabDivergence.RULE)
                .shuffleWith(new Rng(setup.config.integer("seed") + 30L + repeat));
        checkpoints = Math.min(CHECKPOINTS, steps);
        curve = new double[checkpoints + 1];
        java.util.Arrays.fill(curve, Double.NaN);
        finished = skipped;
    }

    private static boolean allFinite(double[] values) {
        for (double v : values) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    /** Writes the pre-trained values into the feature layers (Keras' {@code set_weights}). */
    private void load(double[] features) {
        int k = 0;
        for (int l = 0; l < TransferSetup.FEATURE_LAYERS; l++) {
            for (Parameter p : model.layer(l).parameters()) {
                System.arraycopy(features, k, p.value(), 0, p.size());
                k += p.size();
            }
        }
    }

    /** The first {@code layers} layers' weights, in parameter order. */
    static double[] flatWeights(Sequential model, int layers) {
        int total = 0;
        for (int l = 0; l < layers; l++) {
            for (Parameter p : model.layer(l).parameters()) {
                total += p.size();
            }
        }
        double[] out = new double[total];
        int k = 0;
        for (int l = 0; l < layers; l++) {
            for (Parameter p : model.layer(l).parameters()) {
                System.arraycopy(p.value(), 0, out, k, p.size());
                k += p.size();
            }
        }
        return out;
    }

    /** The step after which reading {@code j} is taken. */
    private int stepOf(int j) {
        return (int) ((long) j * steps / checkpoints);
    }

    @Override
    public boolean advance() {
        if (finished) {
            return false;
        }
        if (read <= checkpoints && done == stepOf(read)) {
            model.evaluate(validation.x(), validation.y(), validation.rows(), TransferSetup.EVALUATION_ROWS,
                    reading);
            curve[read++] = reading[1];
            finished = read > checkpoints;
        } else {
            trainer.step(1);
            done++;
            finished = trainer.finished() && diverged();
        }
        return !finished;
    }

    private boolean diverged() {
        return skipped || trainer.history().stopReason() == StopReason.DIVERGED;
    }

    @Override
    public boolean finished() {
        return finished;
    }

    @Override
    public long samples() {
        return trainer.samples();
    }

    @Override
    public String resultJson() {
        return "";
    }

    Sequential model() {
        return model;
    }

    @Override
    public double[] result() {
        boolean failed = diverged();
        double[] all = flatWeights(model, model.layerCount());
        double[] out = new double[CURVE + curve.length + all.length];
        double[] r = new double[2];
        model.evaluate(validation.x(), validation.y(), validation.rows(), TransferSetup.EVALUATION_ROWS, r);
        out[ACCURACY] = failed ? Double.NaN : r[1];
        out[LOSS] = failed ? Double.NaN : r[0] - model.weightPenalty();
        model.evaluate(train.x(), train.y(), train.rows(), TransferSetup.EVALUATION_ROWS, r);
        out[TRAIN_ACCURACY] = failed ? Double.NaN : r[1];
        if (variant == Variant.SCRATCH) {
            out[DRIFT] = Double.NaN;
        } else {
            double s = 0;
            for (int i = 0; i < start.length; i++) {
                double d = all[i] - start[i];
                s += d * d;
            }
            out[DRIFT] = Math.sqrt(s);
        }
        out[DIVERGED] = failed ? 1 : 0;
        System.arraycopy(curve, 0, out, CURVE, curve.length);
        System.arraycopy(all, 0, out, CURVE + curve.length, all.length);
        return out;
    }
}
