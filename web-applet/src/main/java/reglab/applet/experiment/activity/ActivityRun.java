package reglab.applet.experiment.activity;

import reglab.applet.run.LabDivergence;
import reglab.applet.run.PartedRun;
import reglab.applet.run.ResultJson;
import reglab.applet.settings.Config;
import reglab.core.data.DataSets;
import reglab.core.data.Dataset;
import reglab.core.data.Split;
import reglab.core.nn.ActivationStatistics;
import reglab.core.nn.Sequential;
import reglab.core.nn.activation.Activations;
import reglab.core.nn.layer.Dense;
import reglab.core.nn.loss.Losses;
import reglab.core.nn.metric.Accuracy;
import reglab.core.nn.optimizer.Optimizers;
import reglab.core.nn.penalty.L1;
import reglab.core.nn.train.History;
import reglab.core.nn.train.Trainer;
import reglab.core.random.Rng;

/**
 * Activity regularization: the same network, {@code 2 → Dense(units, activation) → Dense(1)}, on
 * a data set from {@link DataSets} split in half by {@link Split}, trained twice — with Keras'
 * {@code activity_regularizer=l1(rate)} on the hidden layer ({@link Dense#activityRegularizer})
 * and without. Both models start from the same weights (same seed, same draws) and their
 * {@link Trainer}s draw row orders from generators seeded alike, so they see the same batches; the
 * only difference is the penalty. Each trainer records evaluated curves and stops on the lab's
 * {@link LabDivergence} rule; after every recorded epoch an {@link ActivityArm} reads the hidden
 * layer's activations on the validation set. Each arm is a part of this {@link PartedRun} (0
 * regularized, 1 plain), so the two can train in two workers at once; on this thread they take
 * turns, one unit each. They share nothing, so where and in which order they run does not change
 * the result.
 */
public final class ActivityRun extends PartedRun {

    /** Points in the data set, half for training, half for validation. */
    public static final int POINTS = 500;
    /** Rows per evaluation slice: each half in one slice. */
    static final int EVALUATION_ROWS = 256;
    /** Bins of the histogram of activations in the result. */
    public static final int BINS = 20;
    /** The probed hidden layer's index in the model. */
    private static final int HIDDEN = 0;

    private static final int REGULARIZED = 0;
    private static final int PLAIN = 1;

    private final Config config;
    private final boolean regression;
    private final Split split;
    /** Delivered arms (their readings) by part index. */
    private final ActivityArm[] arms = new ActivityArm[2];

    public ActivityRun(Config config) {
        super(2, 2);
        this.config = config;
        int seed = config.integer("seed");
        String dataset = config.get("dataset");
        regression = DataSets.isRegression(dataset);
        Rng dataRng = new Rng(seed);
        Dataset all = DataSets.byName(dataset, POINTS, config.integer("noise") / 100.0, dataRng);
        split = Split.of(all, 0.5, dataRng);
    }

    @Override
    public Part newPart(int index, double[] input) {
        return arm(config, split, index == REGULARIZED ? new L1(config.number("activity")) : null);
    }

    @Override
    protected void accept(int index, double[] result) {
        arms[index] = ActivityArm.fromNumbers(result);
    }

    /** Arm {@code index}: delivered, or live while this thread trains it, or null. */
    private ActivityArm arm(int index) {
        return arms[index] != null ? arms[index] : (ActivityArm) localPart(index);
    }

    private ActivityArm arm(Config config, Split split, L1 activity) {
        int seed = config.integer("seed");
        int epochs = config.integer("epochs");
        Sequential model = new Sequential(2, seed + 1L);
        model.add(new Dense(config.integer("units"), Activations.byName(config.get("activation")))
                .activityRegularizer(activity));
        model.add(new Dense(1, regression ? Activations.LINEAR : Activations.SIGMOID));
        model.compile(Optimizers.byName(config.get("optimizer"), config.number("rate")),
                regression ? Losses.MEAN_SQUARED_ERROR : Losses.BINARY_CROSSENTROPY,
                regression ? null : new Accuracy());
        Trainer trainer = new Trainer(model, split.train(), split.validation(),
                config.integer("batch"), epochs)
                .evaluateEachEpoch(EVALUATION_ROWS)
                .divergence(LabDivergence.RULE)
                .shuffleWith(new Rng(seed + 7L));
        return new ActivityArm(model, trainer, split.validation(), HIDDEN, epochs);
    }

    /** The model with the L1 activity regularizer, or null (not started here, not delivered). */
    ActivityArm regularized() {
        return arm(REGULARIZED);
    }

    /** The same model without it, or null. */
    ActivityArm plain() {
        return arm(PLAIN);
    }

    public boolean regression() {
        return regression;
    }

    /**
     * Epochs the regularized model has completed: its history's entries after the one recorded
     * before training.
     */
    public int epoch() {
        ActivityArm a = regularized();
        return a == null ? 0 : Math.max(0, a.history().size() - 1);
    }

    /**
     * The shared range of both models' latest activations, {lo, hi} with lo &lt; hi, for
     * histograms drawn side by side; {0, 1} before any reading.
     */
    public double[] histogramRange() {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (ActivityArm a : new ActivityArm[] {regularized(), plain()}) {
            ActivationStatistics s = a == null ? null : a.latest();
            if (s != null) {
                lo = Math.min(lo, s.min());
                hi = Math.max(hi, s.max());
            }
        }
        if (!(lo <= hi)) {
            return new double[] {0, 1};
        }
        return new double[] {lo, hi > lo ? hi : lo + 1};
    }

    /**
     * Counts of the non-zero activations of {@code s} in {@link #BINS} equal bins over
     * {@code range} ({@link ActivationStatistics#histogram}'s bins with the exact zeros taken out
     * of the bin that holds 0; they are counted apart, as {@link ActivationStatistics#exactZeros}).
     */
    static int[] nonZeroHistogram(ActivationStatistics s, double[] range) {
        int[] counts = s.histogram(range[0], range[1], BINS);
        if (s.exactZeros() > 0) {
            double width = (range[1] - range[0]) / BINS;
            int zeroBin = (int) Math.floor((0 - range[0]) / width);
            counts[Math.max(0, Math.min(BINS - 1, zeroBin))] -= s.exactZeros();
        }
        return counts;
    }

    @Override
    public String resultJson() {
        ResultJson json = ResultJson.of(ActivityExperiment.NAME);
        json.put("epochs", epoch());
        double[] range = histogramRange();
        json.put("histogram_range", range, 2);
        writeArm(json.key("regularized").begin(), regularized(), range);
        writeArm(json.key("plain").begin(), plain(), range);
        return json.end().toString();
    }

    private static void writeArm(ResultJson json, ActivityArm arm, double[] range) {
        if (arm == null) {
            json.end();
            return;
        }
        History h = arm.history();
        json.history(h);
        json.put("diverged", arm.diverged());
        json.put("val_data_loss", arm.valDataLoss(), arm.recorded());
        json.put("zero_fraction", arm.zeroFraction(), arm.recorded());
        json.put("mean_activation", arm.meanActivation(), arm.recorded());
        ActivationStatistics s = arm.latest();
        if (s != null) {
            json.put("unit_means", s.unitMeans(), s.units());
            json.put("silent_units", s.silentUnits());
            json.put("exact_zeros", s.exactZeros());
            json.put("activations", (double) s.rows() * s.units());
            int[] counts = nonZeroHistogram(s, range);
            json.beginArray("histogram");
            for (int c : counts) {
                json.value(c);
            }
            json.endArray();
        }
        json.end();
    }
}
