package reglab.applet.experiment.batchnorm;

import reglab.applet.run.LabDivergence;
import reglab.applet.run.PartedRun;
import reglab.applet.run.ResultJson;
import reglab.applet.run.TrainerPart;
import reglab.applet.settings.Config;
import reglab.core.data.DataSets;
import reglab.core.data.Dataset;
import reglab.core.math.PortableMath;
import reglab.core.nn.Sequential;
import reglab.core.nn.activation.Activations;
import reglab.core.nn.init.GlorotUniform;
import reglab.core.nn.layer.BatchNormalization;
import reglab.core.nn.layer.Dense;
import reglab.core.nn.loss.Losses;
import reglab.core.nn.metric.Accuracy;
import reglab.core.nn.optimizer.Optimizers;
import reglab.core.nn.train.History;
import reglab.core.nn.train.StopReason;
import reglab.core.nn.train.Trainer;
import reglab.core.random.Rng;

/**
 * Batch normalization's two claims, "allows for higher learning rates and reduces sensitivity to
 * initialization", as a grid: a deep network {@code 2 → [Dense(units, activation)] × layers →
 * Dense(1)} on a data set from {@link DataSets} ({@link #POINTS} points), trained for every learning rate × initial weight
 * scale (the {@link GlorotUniform} gain of every kernel), once plain and once with a
 * {@link BatchNormalization} after each hidden layer. Every cell is its own {@link Trainer} with
 * evaluated curves of the training set (the claims are about optimization, so no validation set
 * is held out or evaluated) and the lab's {@link LabDivergence} rule; all start from the same draws (the
 * gain scales them) and see the same batches. Each cell is a part of this {@link PartedRun}
 * ({@link TrainerPart}), so cells can train in workers side by side; on this thread they train
 * one after another, one unit of a trainer per {@link #advance}, gain by gain, rate by rate, each
 * cell's plain network then its normalized one, so the page fills both grids side by side.
 */
public final class BatchnormRun extends PartedRun {

    /** Points in the training set. */
    public static final int POINTS = 200;
    /** Rows per evaluation slice: the training set in one slice. */
    static final int EVALUATION_ROWS = 256;
    /**
     * Momentum of the moving statistics: PyTorch's default (its 0.1 is Keras' 0.9). Keras' 0.99
     * leaves the moving statistics far from the batch statistics after the few hundred steps a
     * cell trains, so the inference-mode curves would measure that lag, not the network.
     */
    static final double MOMENTUM = 0.9;

    private final Config config;
    private final Dataset train;
    private final double[] rates;
    private final double[] gains;
    /** Finished cells' histories by part index (g · rates + r) · 2 + (0 plain, 1 normalized). */
    private final History[] cells;

    public BatchnormRun(Config config) {
        super(config.numbers("rates").length * config.numbers("gains").length * 2);
        this.config = config;
        int seed = config.integer("seed");
        String dataset = config.get("dataset");
        train = DataSets.byName(dataset, POINTS, config.integer("noise") / 100.0, new Rng(seed));
        rates = config.numbers("rates");
        gains = config.numbers("gains");
        cells = new History[parts()];
    }

    @Override
    public Part newPart(int index, double[] input) {
        int rg = index / 2;
        return new TrainerPart(trainer(rates[rg % rates.length], gains[rg / rates.length], index % 2 == 1));
    }

    @Override
    protected void accept(int index, double[] result) {
        cells[index] = History.fromNumbers(result, 0);
    }

    private Trainer trainer(double rate, double gain, boolean normalize) {
        int seed = config.integer("seed");
        boolean regression = DataSets.isRegression(config.get("dataset"));
        GlorotUniform init = new GlorotUniform(gain);
        Sequential model = new Sequential(2, seed + 1L);
        for (int l = 0; l < config.integer("layers"); l++) {
            model.add(new Dense(config.integer("units"), Activations.byName(config.get("activation")))
                    .kernelInitializer(init));
            if (normalize) {
                model.add(new BatchNormalization(MOMENTUM, BatchNormalization.DEFAULT_EPSILON));
            }
        }
        model.add(new Dense(1, regression ? Activations.LINEAR : Activations.SIGMOID).kernelInitializer(init));
        model.compile(Optimizers.byName(config.get("optimizer"), rate),
                regression ? Losses.MEAN_SQUARED_ERROR : Losses.BINARY_CROSSENTROPY,
                regression ? null : new Accuracy());
        return new Trainer(model, train, null, config.integer("batch"),
                config.integer("epochs"))
                .evaluateEachEpoch(EVALUATION_ROWS)
                .divergence(LabDivergence.RULE)
                .shuffleWith(new Rng(seed + 7L));
    }

    /** Index of the chosen cell's learning rate: {@code rateIndex} − 1, at most the last. */
    public int chosenRate() {
        return Math.min(config.integer("rateIndex"), rates.length) - 1;
    }

    /** Index of the chosen cell's weight scale: {@code gainIndex} − 1, at most the last. */
    public int chosenGain() {
        return Math.min(config.integer("gainIndex"), gains.length) - 1;
    }

    public double[] rates() {
        return rates;
    }

    public double[] gains() {
        return gains;
    }

    /**
     * The history of cell (gain g, rate r): the finished one, or the live one while this thread
     * trains it, or null (not started, or training elsewhere).
     */
    public History history(int g, int r, boolean normalized) {
        int index = (g * rates.length + r) * 2 + (normalized ? 1 : 0);
        if (cells[index] != null) {
            return cells[index];
        }
        Part part = localPart(index);
        return part == null ? null : ((TrainerPart) part).history();
    }

    /** Whether that cell has finished training. */
    public boolean done(int g, int r, boolean normalized) {
        return cells[(g * rates.length + r) * 2 + (normalized ? 1 : 0)] != null;
    }

    /** Whether that cell stopped on the divergence rule. */
    public boolean diverged(int g, int r, boolean normalized) {
        History h = history(g, r, normalized);
        return h != null && h.stopReason() == StopReason.DIVERGED;
    }

    /**
     * The cell's final training loss (the last evaluated entry), or NaN if it diverged or has not
     * finished.
     */
    public double finalLoss(int g, int r, boolean normalized) {
        if (!done(g, r, normalized) || diverged(g, r, normalized)) {
            return Double.NaN;
        }
        History h = history(g, r, normalized);
        return h.loss(h.size() - 1);
    }

    /** The untrained network's loss (the same for every cell of a gain, with or without BN). */
    public double initialLoss(int g, int r, boolean normalized) {
        History h = history(g, r, normalized);
        return h == null || h.size() == 0 ? Double.NaN : h.loss(0);
    }

    /**
     * The training loss of the best constant prediction, the bar a network must clear to have
     * learned anything: the label entropy −(p ln p + (1 − p) ln(1 − p)) of the training set's
     * share p of ones for a classification set, the targets' variance for a regression set.
     */
    public double constantLoss() {
        int n = train.rows();
        double mean = 0;
        for (int i = 0; i < n; i++) {
            mean += train.y(i, 0) / n;
        }
        if (DataSets.isRegression(config.get("dataset"))) {
            double v = 0;
            for (int i = 0; i < n; i++) {
                double d = train.y(i, 0) - mean;
                v += d * d / n;
            }
            return v;
        }
        return mean <= 0 || mean >= 1 ? 0
                : -(mean * PortableMath.log(mean) + (1 - mean) * PortableMath.log(1 - mean));
    }

    /**
     * Cells of one grid that learned: finished without diverging, with a final training loss at
     * most half the {@link #constantLoss()}.
     */
    public int learnedCells(boolean normalized) {
        double bar = 0.5 * constantLoss();
        int n = 0;
        for (int g = 0; g < gains.length; g++) {
            for (int r = 0; r < rates.length; r++) {
                n += finalLoss(g, r, normalized) <= bar ? 1 : 0;
            }
        }
        return n;
    }

    /** Cells of one grid that diverged. */
    public int divergedCells(boolean normalized) {
        int n = 0;
        for (int g = 0; g < gains.length; g++) {
            for (int r = 0; r < rates.length; r++) {
                n += diverged(g, r, normalized) ? 1 : 0;
            }
        }
        return n;
    }

    /** Cells finished, of both grids. */
    public int cellsDone() {
        return deliveredCount();
    }

    public int cellCount() {
        return parts();
    }

    @Override
    public String resultJson() {
        ResultJson json = ResultJson.of(BatchnormExperiment.NAME);
        json.put("rates", rates, rates.length);
        json.put("gains", gains, gains.length);
        grid(json.key("plain").begin(), false);
        grid(json.key("batchnorm").begin(), true);
        int g = chosenGain();
        int r = chosenRate();
        json.key("chosen").begin();
        json.put("rate", rates[r]);
        json.put("gain", gains[g]);
        for (boolean normalized : new boolean[] {false, true}) {
            History h = history(g, r, normalized);
            json.key(normalized ? "batchnorm" : "plain").begin();
            if (h != null) {
                json.put("loss", h.lossSeries(), h.size());
                if (h.metricName() != null) {
                    json.put("metric", h.metricSeries(), h.size());
                }
            }
            json.end();
        }
        json.end();
        return json.end().toString();
    }

    private void grid(ResultJson json, boolean normalized) {
        json.beginArray("final_loss");
        for (int g = 0; g < gains.length; g++) {
            for (int r = 0; r < rates.length; r++) {
                json.value(finalLoss(g, r, normalized));
            }
        }
        json.endArray();
        json.beginArray("diverged");
        for (int g = 0; g < gains.length; g++) {
            for (int r = 0; r < rates.length; r++) {
                json.value(diverged(g, r, normalized) ? 1 : 0);
            }
        }
        json.endArray();
        json.put("learned_cells", learnedCells(normalized));
        json.put("diverged_cells", divergedCells(normalized));
        json.end();
    }
}
