package reglab.applet.experiment.playground;

import reglab.applet.run.LabDivergence;
import reglab.applet.run.ResultJson;
import reglab.applet.run.Run;
import reglab.applet.settings.Config;
import reglab.core.augment.GaussianNoise;
import reglab.core.data.DataSets;
import reglab.core.data.Dataset;
import reglab.core.data.Split;
import reglab.core.nn.Sequential;
import reglab.core.nn.activation.Activations;
import reglab.core.nn.layer.BatchNormalization;
import reglab.core.nn.layer.Dense;
import reglab.core.nn.layer.Dropout;
import reglab.core.nn.loss.Losses;
import reglab.core.nn.metric.Accuracy;
import reglab.core.nn.optimizer.Optimizers;
import reglab.core.nn.parameter.Parameter;
import reglab.core.nn.penalty.Penalties;
import reglab.core.nn.train.EarlyStopping;
import reglab.core.nn.train.History;
import reglab.core.nn.train.L1Clipping;
import reglab.core.nn.train.StopReason;
import reglab.core.nn.train.Trainer;
import reglab.core.random.Rng;

/**
 * The playground's settings turned into the core's objects, and the core's results into what the
 * view draws and the console API returns. The data set comes from {@link DataSets}, split by
 * {@link Split}; the network is {@code 2 → [Dense → (BatchNormalization) → (Dropout)] × layers →
 * Dense(1)} (sigmoid and binary cross-entropy with accuracy, or linear and squared error for the
 * regression sets), trained by a {@link Trainer} that records evaluated curves (an entry before
 * training, then the whole training and test sets after every epoch), stops on the lab's
 * {@link LabDivergence} rule or {@link EarlyStopping}, adds input noise ({@link GaussianNoise}) and
 * clips L1 weights to exact zeros ({@link L1Clipping}). One unit of work is one unit of the
 * trainer's budget: a mini-batch or an evaluation slice.
 */
public final class PlaygroundRun implements Run {

    /** Points per data set (TensorFlow Playground's default). */
    public static final int POINTS = 500;

    /** Rows per evaluation slice: each split (at most 450 rows) in one or two slices. */
    static final int EVALUATION_ROWS = 256;

    private final boolean regression;
    private final Dataset train;
    private final Dataset test;
    private final Sequential model;
    private final Trainer trainer;

    public PlaygroundRun(Config config) {
        int seed = config.integer("seed");
        String dataset = config.get("dataset");
        regression = DataSets.isRegression(dataset);
        Rng dataRng = new Rng(seed);
        Dataset all = DataSets.byName(dataset, POINTS, config.integer("noise") / 100.0, dataRng);
        Split split = Split.of(all, (100 - config.integer("trainRatio")) / 100.0, dataRng);
        train = split.train();
        test = split.validation();
        model = network(config, regression, seed);
        L1Clipping clipping = new L1Clipping(model.parameters());
        double inputNoise = config.number("inputNoise");
        trainer = new Trainer(model, train, test, config.integer("batch"), config.integer("epochs"))
                .evaluateEachEpoch(EVALUATION_ROWS)
                .divergence(LabDivergence.RULE)
                .stepHook(clipping.active() ? clipping : null)
                .augmentation(inputNoise > 0 ? new GaussianNoise(inputNoise) : null)
                .earlyStopping(config.flag("earlyStopping")
                        ? new EarlyStopping("val_loss", 0, config.integer("patience"),
                                config.flag("restoreBest"), 0)
                        : null);
    }

    private static Sequential network(Config config, boolean regression, int seed) {
        Sequential model = new Sequential(2, seed + 1L);
        int[] units = config.integers("layers");
        double[] drop = config.numbers("dropout");
        String penalty = config.get("regularization");
        double penaltyRate = config.number("regRate");
        for (int l = 0; l < units.length; l++) {
            model.add(new Dense(units[l], Activations.byName(config.get("activation")),
                    Penalties.byName(penalty, penaltyRate)));
            if (config.flag("batchNorm")) {
                model.add(new BatchNormalization());
            }
            double rate = drop.length == 1 ? drop[0] : drop[l];
            if (rate > 0) {
                model.add(new Dropout(rate));
            }
        }
        model.add(new Dense(1, regression ? Activations.LINEAR : Activations.SIGMOID,
                Penalties.byName(penalty, penaltyRate)));
        model.compile(Optimizers.byName(config.get("optimizer"), config.number("rate")),
                regression ? Losses.MEAN_SQUARED_ERROR : Losses.BINARY_CROSSENTROPY,
                regression ? null : new Accuracy());
        return model;
    }

    @Override
    public boolean advance() {
        trainer.step(1);
        return !trainer.finished();
    }

    @Override
    public boolean finished() {
        return trainer.finished();
    }

    /** Predictions at {@code count} points {@code xy} ({@code [count × 2]}) into {@code out}. */
    public void predict(double[] xy, int count, double[] out) {
        model.predict(xy, count, out);
    }

    public Sequential model() {
        return model;
    }

    public boolean regression() {
        return regression;
    }

    /** The evaluated curves: entry 0 before training, then one per epoch. */
    public History history() {
        return trainer.history();
    }

    /** Epochs completed. */
    public int epoch() {
        return trainer.epoch();
    }

    public boolean diverged() {
        return trainer.history().stopReason() == StopReason.DIVERGED;
    }

    /** Whether early stopping was asked for. */
    public boolean earlyStopping() {
        return trainer.earlyStopping() != null;
    }

    /** The epoch early stopping ended the run at, or -1. */
    public int stoppedEpoch() {
        return trainer.earlyStopping() == null ? -1 : trainer.earlyStopping().stoppedEpoch();
    }

    /** The epoch with the lowest test loss so far, or -1 (no early stopping, or none yet). */
    public int bestEpoch() {
        return trainer.bestEpoch();
    }

    /** Whether the best epoch's weights were put back when training ended. */
    public boolean restored() {
        return trainer.earlyStopping() != null && trainer.earlyStopping().restored();
    }

    public Dataset train() {
        return train;
    }

    public Dataset test() {
        return test;
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
        return trainer.samples();
    }

    @Override
    public String resultJson() {
        ResultJson json = ResultJson.of(PlaygroundExperiment.NAME);
        json.put("epochs", trainer.epoch());
        json.history(trainer.history());
        json.put("diverged", diverged());
        json.earlyStopping(trainer);
        json.put("exact_zeros", exactZeros());
        json.put("kernel_weights", kernelWeights());
        return json.end().toString();
    }
}
