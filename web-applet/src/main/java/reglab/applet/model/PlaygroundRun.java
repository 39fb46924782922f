package reglab.applet.model;

import reglab.applet.model.data.PlaygroundData;
import reglab.applet.spec.Config;
import reglab.applet.spec.Experiments;
import reglab.core.nn.Sequential;
import reglab.core.nn.activation.Activations;
import reglab.core.nn.layer.BatchNormalization;
import reglab.core.nn.layer.Dense;
import reglab.core.nn.layer.Dropout;
import reglab.core.nn.loss.Losses;
import reglab.core.nn.metric.Accuracy;
import reglab.core.nn.parameter.Parameter;
import reglab.core.nn.train.L1Clipping;
import reglab.core.random.Rng;

/**
 * The playground experiment: a small fully connected network on one of Playground's 2-D data
 * sets, trained one mini-batch per {@link #advance}. An epoch ends with an evaluation of the
 * training and test split (recorded in {@link #history()}), the early-stopping check and the
 * divergence check. Hidden layers are {@code Dense → [BatchNormalization] → [Dropout]}.
 */
public final class PlaygroundRun implements Run {

    /** A batch loss above this (or not finite) counts as diverged: the run stops and says so. */
    public static final double DIVERGED_LOSS = 1e6;

    /**
     * An epoch's training loss above this multiple of the untrained network's loss also counts as
     * diverged. Cross-entropy is clipped (Keras' ε), so an exploding classifier's loss stays
     * finite; a loss that doubles instead of falling is the visible sign of a learning rate too big.
     */
    public static final double DIVERGED_GROWTH = 2;

    private final Config config;
    private final boolean regression;
    private final Sequential model;
    private final L1Clipping clipping;
    private final EarlyStop stopping;
    private final double inputNoise;
    private final int maxEpochs;
    private final int batch;
    private final double[] trainX;
    private final double[] trainY;
    private final double[] testX;
    private final double[] testY;
    private final int nTrain;
    private final int nTest;
    private final int[] order;
    private final double[] bx;
    private final double[] by;
    private final double[] eval = new double[2];
    private final EpochHistory history = new EpochHistory();
    private final Rng rng;

    private int epoch;
    private int cursor;
    private long samples;
    private boolean diverged;
    private boolean finished;

    public PlaygroundRun(Config config) {
        this.config = config;
        int seed = config.integer("seed");
        String dataset = config.get("dataset");
        regression = PlaygroundData.isRegression(dataset);
        Rng dataRng = new Rng(seed);
        double[][] data = PlaygroundData.generate(dataset, config.integer("noise"), dataRng);
        int n = PlaygroundData.POINTS;
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        dataRng.shuffle(idx);
        nTrain = Math.max(1, n * config.integer("trainRatio") / 100);
        nTest = n - nTrain;
        trainX = new double[nTrain * 2];
        trainY = new double[nTrain];
        testX = new double[nTest * 2];
        testY = new double[nTest];
        for (int i = 0; i < n; i++) {
            int j = idx[i];
            if (i < nTrain) {
                trainX[2 * i] = data[0][2 * j];
                trainX[2 * i + 1] = data[0][2 * j + 1];
                trainY[i] = data[1][j];
            } else {
                int k = i - nTrain;
                testX[2 * k] = data[0][2 * j];
                testX[2 * k + 1] = data[0][2 * j + 1];
                testY[k] = data[1][j];
            }
        }
        model = build(config, regression, seed);
        clipping = new L1Clipping(model.parameters());
        stopping = config.flag("earlyStopping")
                ? new EarlyStop(model, config.integer("patience"), config.flag("restoreBest"))
                : null;
        inputNoise = config.number("inputNoise");
        maxEpochs = config.integer("epochs");
        batch = Math.min(config.integer("batch"), nTrain);
        order = new int[nTrain];
        for (int i = 0; i < nTrain; i++) {
            order[i] = i;
        }
        bx = new double[batch * 2];
        by = new double[batch];
        rng = model.rng();
        rng.shuffle(order);
        recordEpoch();
    }

    private static Sequential build(Config config, boolean regression, int seed) {
        Sequential model = new Sequential(2, seed + 1L);
        int[] units = config.integers("layers");
        double[] drop = config.numbers("dropout");
        boolean batchNorm = config.flag("batchNorm");
        for (int l = 0; l < units.length; l++) {
            Dense dense = new Dense(units[l], Activations.byName(config.get("activation")));
            dense.kernelRegularizer(NetworkFactory.penalty(config.get("regularization"),
                    config.number("regRate")));
            model.add(dense);
            if (batchNorm) {
                model.add(new BatchNormalization());
            }
            double rate = drop.length == 1 ? drop[0] : drop[l];
            if (rate > 0) {
                model.add(new Dropout(rate));
            }
        }
        Dense out = new Dense(1, regression ? Activations.LINEAR : Activations.SIGMOID);
        out.kernelRegularizer(NetworkFactory.penalty(config.get("regularization"),
                config.number("regRate")));
        model.add(out);
        model.compile(NetworkFactory.optimizer(config.get("optimizer"), config.number("rate")),
                regression ? Losses.MEAN_SQUARED_ERROR : Losses.BINARY_CROSSENTROPY,
                regression ? null : new Accuracy());
        return model;
    }

    @Override
    public boolean advance() {
        if (finished) {
            return false;
        }
        if (cursor >= nTrain) {
            endEpoch();
            return !finished;
        }
        int rows = Math.min(batch, nTrain - cursor);
        for (int r = 0; r < rows; r++) {
            int i = order[cursor + r];
            bx[2 * r] = trainX[2 * i];
            bx[2 * r + 1] = trainX[2 * i + 1];
            by[r] = trainY[i];
            if (inputNoise > 0) {
                bx[2 * r] += inputNoise * rng.nextGaussian();
                bx[2 * r + 1] += inputNoise * rng.nextGaussian();
            }
        }
        if (clipping.active()) {
            clipping.beforeStep();
        }
        double loss = model.trainBatch(bx, by, rows);
        if (clipping.active()) {
            clipping.afterStep();
        }
        cursor += rows;
        samples += rows;
        if (!(loss < DIVERGED_LOSS)) {
            diverged = true;
            finished = true;
        }
        return !finished;
    }

    private void endEpoch() {
        epoch++;
        cursor = 0;
        rng.shuffle(order);
        recordEpoch();
        int last = history.size() - 1;
        double loss = history.trainLoss()[last];
        if (!(loss < DIVERGED_LOSS) || loss > DIVERGED_GROWTH * history.trainLoss()[0]) {
            diverged = true;
            finished = true;
            return;
        }
        if (stopping != null && stopping.epochEnd(epoch, history.validLoss()[last])) {
            finished = true;
        }
        if (epoch >= maxEpochs) {
            finished = true;
        }
    }

    private void recordEpoch() {
        model.evaluate(trainX, trainY, nTrain, 256, eval);
        double trainLoss = eval[0];
        double trainMetric = eval[1];
        double testLoss = Double.NaN;
        double testMetric = Double.NaN;
        if (nTest > 0) {
            model.evaluate(testX, testY, nTest, 256, eval);
            testLoss = eval[0];
            testMetric = eval[1];
        }
        history.add(trainLoss, testLoss, trainMetric, testMetric);
    }

    /** Predictions at {@code count} points {@code xy} ({@code [count × 2]}) into {@code out}. */
    public void predict(double[] xy, int count, double[] out) {
        model.predict(xy, count, out);
    }

    public Sequential model() {
        return model;
    }

    public Config config() {
        return config;
    }

    public boolean regression() {
        return regression;
    }

    public EpochHistory history() {
        return history;
    }

    public int epoch() {
        return epoch;
    }

    public boolean diverged() {
        return diverged;
    }

    @Override
    public boolean finished() {
        return finished;
    }

    /** The early-stopping monitor, or null when early stopping is off. */
    public EarlyStop stopping() {
        return stopping;
    }

    public boolean restored() {
        return stopping != null && stopping.restored();
    }

    public double[] trainX() {
        return trainX;
    }

    public double[] trainY() {
        return trainY;
    }

    public double[] testX() {
        return testX;
    }

    public double[] testY() {
        return testY;
    }

    public int trainCount() {
        return nTrain;
    }

    public int testCount() {
        return nTest;
    }

    /** Number of weights (kernels only) that are exactly zero. */
    public int exactZeros() {
        int zeros = 0;
        for (Parameter p : model.parameters()) {
            if (p.name().equals("kernel")) {
                zeros += p.exactZeros();
            }
        }
        return zeros;
    }

    /** Number of kernel weights. */
    public int kernelWeights() {
        int n = 0;
        for (Parameter p : model.parameters()) {
            if (p.name().equals("kernel")) {
                n += p.size();
            }
        }
        return n;
    }

    @Override
    public long samples() {
        return samples;
    }

    @Override
    public String resultJson() {
        Json json = Json.result(Experiments.PLAYGROUND);
        json.put("epochs", epoch);
        history.writeTo(json, "");
        json.put("diverged", diverged);
        EarlyStop.writeTo(stopping, json);
        json.put("exact_zeros", exactZeros());
        json.put("kernel_weights", kernelWeights());
        return json.end().toString();
    }
}
