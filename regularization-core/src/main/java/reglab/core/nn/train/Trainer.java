package reglab.core.nn.train;

import reglab.core.augment.Augmentation;
import reglab.core.check.Checks;
import reglab.core.data.Dataset;
import reglab.core.math.ShortestDecimal;
import reglab.core.nn.Sequential;
import reglab.core.random.Rng;

/**
 * Runs Keras-style {@code fit} in bounded slices, so a browser can train a few batches per frame:
 * construct, configure, then call {@link #step(int)} until {@link #finished()} (or {@link #run()}
 * to go to the end). Each epoch reshuffles the training rows (Keras' {@code shuffle=True}), trains
 * on consecutive mini-batches (the last may be smaller), records the epoch in the
 * {@link History}, then consults, in this order, the {@link Divergence} rule, early stopping and
 * the epoch limit. When training ends for any reason, early stopping puts back its best weights
 * if asked to (Keras 3's {@code on_train_end}).
 *
 * <p>Two ways to record an epoch:
 * <ul>
 * <li>Keras' (the default): the training loss and metric are running means over the epoch's
 *     batches (dropout active, weights changing), the validation set is evaluated after the
 *     epoch in slices of the batch size; entry k is epoch k, counted from 0.
 * <li>{@link #evaluateEachEpoch(int) evaluated}, as TensorFlow Playground draws its curves: entry 0
 *     is the model before the first step, entry k the model after k epochs, each the
 *     inference-mode loss and metric of the whole training and validation sets.
 * </ul>
 * Epoch numbers the trainer reports (early stopping's, the history's stopped and best epochs)
 * are always indices into the history.
 *
 * <p>Work is budgeted in units: one unit is one optimizer step on a training batch or one slice
 * of an evaluation, so no call runs much longer than its budget however large the data sets.
 * Where the budget boundaries fall never changes the result. Shuffling draws from the model's
 * generator unless {@link #shuffleWith} gives another; augmentation and dropout draw from the
 * model's. The data sets are read, never modified; batches are copied into buffers allocated
 * here, so {@link #step} allocates nothing.
 */
public final class Trainer {

    private static final int TRAINING = 0;
    private static final int EVALUATING_TRAINING_SET = 1;
    private static final int EVALUATING_VALIDATION_SET = 2;
    /** Rows of at most this many values (inputs and targets) are copied without arraycopy. */
    private static final int SHORT_ROW = 8;

    private final Sequential model;
    private final Dataset train;
    private final Dataset validation;
    private final int batchSize;
    private final int epochs;
    private final History history;
    private final int[] order;
    private final double[] batchX;
    private final double[] batchY;
    private EarlyStopping earlyStopping;
    private Augmentation augmentation;
    private StepHook hook;
    private Divergence divergence = Divergence.NON_FINITE;
    private boolean shuffle = true;
    private Rng shuffler;
    private int evaluationChunk;
    private ChunkedEvaluation trainingEvaluation;
    private ChunkedEvaluation validationEvaluation;

    private boolean started;
    private boolean finished;
    private int phase = TRAINING;
    private boolean recordingStart;
    private int epoch;
    private int position;
    private int batchesInEpoch;
    private double lossSum;
    private double metricSum;
    private int seen;
    private long samples;

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
        history = new History(epochs + 1, model.metric() == null ? null : model.metric().name());
        order = new int[train.rows()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        int rows = Math.min(batchSize, train.rows());
        batchX = new double[rows * train.features()];
        batchY = new double[rows * train.outputs()];
        model.reserve(rows);
        shuffler = model.rng();
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

    /** Runs {@code h} around every optimizer step (e.g. {@link L1Clipping}); null for none. */
    public Trainer stepHook(StepHook h) {
        requireNotStarted();
        hook = h;
        return this;
    }

    /** When to give up on the run; {@link Divergence#NON_FINITE} unless set. */
    public Trainer divergence(Divergence rule) {
        requireNotStarted();
        divergence = Checks.notNull("divergence rule", rule);
        return this;
    }

    /** Whether to reshuffle the rows every epoch (default true, as Keras). */
    public Trainer shuffle(boolean on) {
        requireNotStarted();
        shuffle = on;
        return this;
    }

    /**
     * Draws the epochs' row orders from {@code rng} instead of the model's generator, so models
     * compared on the same data (one with dropout, one without) see the same batches in the same
     * order whatever else they draw.
     */
    public Trainer shuffleWith(Rng rng) {
        requireNotStarted();
        shuffler = Checks.notNull("shuffling generator", rng);
        return this;
    }

    /**
     * Records the history by evaluation instead of Keras' running means: entry 0 is the model
     * before the first step, entry k the model after k epochs, each the inference-mode loss and
     * metric of the whole training set and of the validation set, evaluated in slices of
     * {@code chunkRows} rows (each slice one unit of {@link #step}'s budget). The training curve
     * then shows the weights each epoch ended with, as TensorFlow Playground's does.
     *
     * @param chunkRows rows per evaluation slice, {@code >= 1}
     */
    public Trainer evaluateEachEpoch(int chunkRows) {
        requireNotStarted();
        evaluationChunk = Checks.atLeast("evaluation chunk rows", chunkRows, 1);
        return this;
    }

    private void requireNotStarted() {
        if (started) {
            throw new IllegalStateException("configure the trainer before its first step");
        }
    }

    /**
     * Does at most {@code maxUnits} units of work: an optimizer step on one training batch, or
     * one slice of an evaluation.
     *
     * @return the number of optimizer steps (batches) run; 0 once {@link #finished()}
     */
    public int step(int maxUnits) {
        Checks.atLeast("maxUnits", maxUnits, 1);
        if (!started) {
            start();
        }
        int units = 0;
        int batches = 0;
        while (units < maxUnits && !finished) {
            units++;
            if (phase != TRAINING) {
                evaluateSlice();
                continue;
            }
            if (position == 0 && shuffle) {
                shuffler.shuffle(order);
            }
            trainOneBatch();
            batches++;
            if (!finished && position >= order.length) {
                endOfEpochData();
            }
        }
        return batches;
    }

    private void start() {
        started = true;
        if (earlyStopping != null) {
            earlyStopping.begin(model);
        }
        int validationChunk = evaluationChunk > 0 ? evaluationChunk : batchSize;
        if (validation != null) {
            validationEvaluation = new ChunkedEvaluation(model, validationChunk);
        }
        if (evaluationChunk > 0) {
            trainingEvaluation = new ChunkedEvaluation(model, evaluationChunk);
            recordingStart = true;
            beginEvaluations();
        }
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
        if (f + o <= SHORT_ROW) {
            // Element by element: for the playground's 2 + 1 values a call to arraycopy per row
            // costs more than the copy under TeaVM.
            for (int k = 0; k < rows; k++) {
                int r = order[position + k];
                for (int c = 0; c < f; c++) {
                    batchX[k * f + c] = x[r * f + c];
                }
                for (int c = 0; c < o; c++) {
                    batchY[k * o + c] = y[r * o + c];
                }
            }
        } else {
            for (int k = 0; k < rows; k++) {
                int r = order[position + k];
                System.arraycopy(x, r * f, batchX, k * f, f);
                System.arraycopy(y, r * o, batchY, k * o, o);
            }
        }
        if (augmentation != null) {
            augmentation.apply(batchX, batchY, rows, f, o, model.rng());
        }
        if (hook != null) {
            hook.beforeStep();
        }
        double loss = model.trainBatch(batchX, batchY, rows);
        if (hook != null) {
            hook.afterStep();
        }
        position += rows;
        batchesInEpoch++;
        lossSum += loss * rows;
        metricSum += model.lastMetricSum();
        seen += rows;
        samples += rows;
        if (divergence.batchDiverges(loss)) {
            // Keras ends the epoch with the running means so far; an evaluated history has no
            // evaluation for a half-trained epoch.
            if (evaluationChunk == 0) {
                history.add(lossSum / seen, metricSum / seen, Double.NaN, Double.NaN);
            }
            int at = evaluationChunk > 0 ? epoch + 1 : epoch;
            stop(StopReason.DIVERGED, at, "training diverged: the loss became " + ShortestDecimal.text(loss)
                    + " at epoch " + at + ", batch " + (batchesInEpoch - 1)
                    + "; lower the learning rate");
        }
    }

    /** The last batch of an epoch has run: evaluate what the record needs, then close it. */
    private void endOfEpochData() {
        if (evaluationChunk > 0 || validation != null) {
            beginEvaluations();
        } else {
            closeEpoch();
        }
    }

    private void beginEvaluations() {
        if (evaluationChunk > 0) {
            phase = EVALUATING_TRAINING_SET;
            trainingEvaluation.start(train);
        } else {
            phase = EVALUATING_VALIDATION_SET;
            validationEvaluation.start(validation);
        }
    }

    private void evaluateSlice() {
        if (phase == EVALUATING_TRAINING_SET) {
            if (trainingEvaluation.step()) {
                if (validation != null) {
                    phase = EVALUATING_VALIDATION_SET;
                    validationEvaluation.start(validation);
                } else {
                    closeEpoch();
                }
            }
        } else if (validationEvaluation.step()) {
            closeEpoch();
        }
    }

    private void closeEpoch() {
        phase = TRAINING;
        double trainLoss = evaluationChunk > 0 ? trainingEvaluation.loss() : lossSum / seen;
        double trainMetric = evaluationChunk > 0 ? trainingEvaluation.metric() : metricSum / seen;
        double valLoss = validation != null ? validationEvaluation.loss() : Double.NaN;
        double valMetric = validation != null ? validationEvaluation.metric() : Double.NaN;
        history.add(trainLoss, trainMetric, valLoss, valMetric);
        if (recordingStart) {
            recordingStart = false;
            return;
        }
        int index = history.size() - 1;
        epoch++;
        position = 0;
        batchesInEpoch = 0;
        lossSum = 0;
        metricSum = 0;
        seen = 0;
        if (divergence.epochDiverges(trainLoss, history.loss(0))) {
            stop(StopReason.DIVERGED, index, "training diverged: the training loss became "
                    + ShortestDecimal.text(trainLoss) + " at epoch " + index + " (the first was " + ShortestDecimal.text(history.loss(0))
                    + "); lower the learning rate");
            return;
        }
        if (validation != null && !Double.isFinite(valLoss)) {
            stop(StopReason.DIVERGED, index, "training diverged: the validation loss became "
                    + ShortestDecimal.text(valLoss) + " at epoch " + index + "; lower the learning rate");
            return;
        }
        if (earlyStopping != null && earlyStopping.onEpochEnd(index,
                history.value(earlyStopping.monitor(), index), model)) {
            stop(StopReason.EARLY_STOPPED, index, "early stopping at epoch " + index + ": "
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
        if (earlyStopping != null) {
            earlyStopping.end(model);
        }
        history.finish(reason, stoppedEpoch, bestEpoch(), text);
    }

    public boolean finished() {
        return finished;
    }

    public History history() {
        return history;
    }

    /** Epochs completed so far. */
    public int epoch() {
        return epoch;
    }

    /** Batches already run in the epoch in progress. */
    public int batchInEpoch() {
        return batchesInEpoch;
    }

    /** Training rows processed by optimizer steps so far (for samples-per-second figures). */
    public long samples() {
        return samples;
    }

    /**
     * The history index of the best epoch early stopping has seen so far, or -1 without early
     * stopping or before it has monitored an epoch.
     */
    public int bestEpoch() {
        return earlyStopping != null && earlyStopping.monitored() ? earlyStopping.bestEpoch() : -1;
    }

    /** The early stopping given to {@link #earlyStopping(EarlyStopping)}, or null. */
    public EarlyStopping earlyStopping() {
        return earlyStopping;
    }

    public Sequential model() {
        return model;
    }
}
