package reglab.core.nn.train;

import reglab.core.augment.Augmentation;
import reglab.core.check.Checks;
import reglab.core.data.Dataset;
import reglab.core.nn.Sequential;
import reglab.core.random.Rng;

/**
 * Runs Keras-style {@code fit} in bounded slices, so a browser can train a few batches per frame:
 * construct, configure, then call {@link #step(int)} until {@link #finished()} (or {@link #run()} to
 * go to the end). Each epoch reshuffles the training rows (Keras' {@code shuffle=True}) with the
 * model's generator, trains on consecutive mini-batches (the last may be smaller), then evaluates
 * the validation set and records both in the {@link History}; early stopping is consulted after
 * each epoch. A batch or validation loss that is NaN or infinite ends the run with
 * {@link StopReason#DIVERGED} and says so in the history.
 *
 * <p>The data sets are read, never modified; batches are copied into buffers allocated here, so
 * {@link #step} allocates nothing.
 */
public final class Trainer {

    private final Sequential model;
    private final Dataset train;
    private final Dataset validation;
    private final int batchSize;
    private final int epochs;
    private final History history;
    private final int[] order;
    private final double[] batchX;
    private final double[] batchY;
    private final double[] evalResult = new double[2];
    private EarlyStopping earlyStopping;
    private Augmentation augmentation;
    private boolean shuffle = true;

    private boolean started;
    private boolean finished;
    private int epoch;
    private int position;
    private int batchesInEpoch;
    private double lossSum;
    private double metricSum;
    private int seen;

    /**
     * @param model a compiled model whose input and output widths match the data
     * @param train training data
     * @param validation validation data, or null
     * @param batchSize rows per optimizer step, {@code >= 1}
     * @param epochs maximum number of epochs, {@code >= 1}
     */
    public Trainer(Sequential model, Dataset train, Dataset validation, int batchSize, int epochs) {
        this.model = Checks.notNull("model", model);
        this.train = Checks.notNull("training data", train);
        this.validation = validation;
        this.batchSize = Checks.atLeast("batch size", batchSize, 1);
        this.epochs = Checks.atLeast("epochs", epochs, 1);
        if (model.loss() == null) {
            throw new IllegalStateException("compile() the model before training");
        }
        checkWidths("training data", train);
        if (validation != null) {
            checkWidths("validation data", validation);
        }
        history = new History(epochs, model.metric() == null ? null : model.metric().name());
        order = new int[train.rows()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        int rows = Math.min(batchSize, train.rows());
        batchX = new double[rows * train.features()];
        batchY = new double[rows * train.outputs()];
        model.reserve(rows);
    }

    private void checkWidths(String what, Dataset d) {
        if (d.features() != model.inputs() || d.outputs() != model.outputs()) {
            throw new IllegalArgumentException(what + ": shape mismatch, the data has "
                    + d.features() + " features and " + d.outputs() + " outputs, the model takes "
                    + model.inputs() + " inputs and gives " + model.outputs() + " outputs");
        }
    }

    /** Stops early as {@code es} decides; set before the first step. Null for none. */
    public Trainer earlyStopping(EarlyStopping es) {
        requireNotStarted();
        if (es != null) {
            String key = es.monitor();
            if (!history.hasKey(key) || (key.startsWith("val_") && validation == null)) {
                throw new IllegalArgumentException("early stopping monitors '" + key
                        + "', which this run will not record; available: "
                        + (validation == null ? "loss" + (history.metricName() == null ? ""
                                : ", " + history.metricName()) : history.keys()));
            }
        }
        earlyStopping = es;
        return this;
    }

    /** Augments each training batch; set before the first step. Null for none. */
    public Trainer augmentation(Augmentation a) {
        requireNotStarted();
        augmentation = a;
        if (a != null) {
            a.reserve(batchX.length / train.features(), train.features(), train.outputs());
        }
        return this;
    }

    /** Whether to reshuffle the rows every epoch (default true, as Keras). */
    public Trainer shuffle(boolean on) {
        requireNotStarted();
        shuffle = on;
        return this;
    }

    private void requireNotStarted() {
        if (started) {
            throw new IllegalStateException("configure the trainer before its first step");
        }
    }

    /**
     * Runs at most {@code maxBatches} optimizer steps (each epoch's validation pass runs right after
     * its last batch, within the same call).
     *
     * @return the number of batches run; 0 once {@link #finished()}
     */
    public int step(int maxBatches) {
        Checks.atLeast("maxBatches", maxBatches, 1);
        if (!started) {
            started = true;
            if (earlyStopping != null) {
                earlyStopping.begin(model);
            }
        }
        int done = 0;
        while (done < maxBatches && !finished) {
            if (position == 0 && shuffle) {
                model.rng().shuffle(order);
            }
            trainOneBatch();
            done++;
            if (finished) {
                break;
            }
            if (position >= order.length) {
                endEpoch();
            }
        }
        return done;
    }

    /** Runs to the end of the current epoch (or of training). Returns the batches run. */
    public int trainEpoch() {
        int start = epoch;
        int done = 0;
        while (!finished && epoch == start) {
            done += step(1);
        }
        return done;
    }

    /** Trains until finished and returns the history. */
    public History run() {
        while (!finished) {
            step(Integer.MAX_VALUE);
        }
        return history;
    }

    private void trainOneBatch() {
        int rows = Math.min(batchX.length / train.features(), order.length - position);
        int f = train.features();
        int o = train.outputs();
        double[] x = train.x();
        double[] y = train.y();
        for (int k = 0; k < rows; k++) {
            int r = order[position + k];
            System.arraycopy(x, r * f, batchX, k * f, f);
            System.arraycopy(y, r * o, batchY, k * o, o);
        }
        if (augmentation != null) {
            augmentation.apply(batchX, batchY, rows, f, o, model.rng());
        }
        double loss = model.trainBatch(batchX, batchY, rows);
        position += rows;
        batchesInEpoch++;
        lossSum += loss * rows;
        metricSum += model.lastMetricSum();
        seen += rows;
        if (!Double.isFinite(loss)) {
            history.add(lossSum / seen, metricSum / seen, Double.NaN, Double.NaN);
            stop(StopReason.DIVERGED, epoch, "training diverged: the loss became " + loss
                    + " at epoch " + epoch + ", batch " + (batchesInEpoch - 1)
                    + "; lower the learning rate");
        }
    }

    private void endEpoch() {
        double valLoss = Double.NaN;
        double valMetric = Double.NaN;
        if (validation != null) {
            model.evaluate(validation.x(), validation.y(), validation.rows(), batchSize, evalResult);
            valLoss = evalResult[0];
            valMetric = evalResult[1];
        }
        history.add(lossSum / seen, metricSum / seen, valLoss, valMetric);
        int ended = epoch;
        epoch++;
        position = 0;
        batchesInEpoch = 0;
        lossSum = 0;
        metricSum = 0;
        seen = 0;
        if (validation != null && !Double.isFinite(valLoss)) {
            stop(StopReason.DIVERGED, ended, "training diverged: the validation loss became "
                    + valLoss + " at epoch " + ended + "; lower the learning rate");
            return;
        }
        if (earlyStopping != null && earlyStopping.onEpochEnd(ended,
                history.value(earlyStopping.monitor(), ended), model)) {
            stop(StopReason.EARLY_STOPPED, ended, "early stopping at epoch " + ended + ": "
                    + earlyStopping.monitor() + " has not improved since epoch "
                    + earlyStopping.bestEpoch());
            return;
        }
        if (epoch >= epochs) {
            stop(StopReason.COMPLETED, -1, "completed " + epochs + " epochs");
        }
    }

    private void stop(StopReason reason, int stoppedEpoch, String text) {
        finished = true;
        int best = -1;
        if (earlyStopping != null) {
            earlyStopping.end(model);
            best = earlyStopping.bestEpoch();
        }
        history.finish(reason, stoppedEpoch, best, text);
    }

    public boolean finished() {
        return finished;
    }

    public History history() {
        return history;
    }

    /** The epoch in progress (0-based); equals the number of completed epochs. */
    public int epoch() {
        return epoch;
    }

    /** Batches already run in the epoch in progress. */
    public int batchInEpoch() {
        return batchesInEpoch;
    }

    public Sequential model() {
        return model;
    }
}
