package reglab.applet.experiment.tuning;

import reglab.applet.run.LabDivergence;
import reglab.applet.run.PartedRun;
import reglab.applet.settings.Config;
import reglab.core.data.DataSets;
import reglab.core.data.Dataset;
import reglab.core.nn.Sequential;
import reglab.core.nn.activation.Activations;
import reglab.core.nn.layer.Dense;
import reglab.core.nn.layer.Dropout;
import reglab.core.nn.loss.Losses;
import reglab.core.nn.metric.Accuracy;
import reglab.core.nn.optimizer.Adam;
import reglab.core.nn.penalty.L2;
import reglab.core.nn.train.StopReason;
import reglab.core.nn.train.Trainer;
import reglab.core.random.Rng;

/**
 * One trial of the search: the network of {@link TuningRun} with an L2 rate and a dropout rate,
 * trained by a {@link Trainer} (one batch per unit, the lab's divergence rule), then scored on
 * the validation set in one more unit. Every trial starts from the same initial weights (seeded
 * by the run's seed, not the point) and draws its batches from a generator seeded alike, so two
 * trials differ only by their hyperparameters.
 *
 * <p>Its result: {score, accuracy}, the mean validation loss without the penalty (Keras'
 * {@code val_loss} would add the L2 term, which grows with the rate being tuned and would
 * punish a large rate for its penalty instead of its predictions) and the validation accuracy
 * (NaN for a regression set); {NaN, NaN} if training diverged.
 */
final class TrialPart implements PartedRun.Part {

    private final Sequential model;
    private final Trainer trainer;
    private final Dataset validation;
    private double[] result;

    TrialPart(Config config, Dataset train, Dataset validation, double l2, double dropout) {
        int seed = config.integer("seed");
        boolean regression = DataSets.isRegression(config.get("dataset"));
        model = new Sequential(2, seed + 1L);
        for (int layer = 0; layer < 2; layer++) {
            model.add(new Dense(TuningRun.UNITS, Activations.RELU, new L2(l2)));
            if (dropout > 0) {
                model.add(new Dropout(dropout));
            }
        }
        model.add(new Dense(1, regression ? Activations.LINEAR : Activations.SIGMOID));
        model.compile(new Adam(TuningRun.LEARNING_RATE),
                regression ? Losses.MEAN_SQUARED_ERROR : Losses.BINARY_CROSSENTROPY,
                regression ? null : new Accuracy());
        trainer = new Trainer(model, train, null, TuningRun.BATCH, config.integer("epochs"))
                .divergence(LabDivergence.RULE)
                .shuffleWith(new Rng(seed + 7L));
        this.validation = validation;
    }

    @Override
    public boolean advance() {
        if (result != null) {
            return false;
        }
        if (!trainer.finished()) {
            trainer.step(1);
            return true;
        }
        if (trainer.history().stopReason() == StopReason.DIVERGED) {
            result = new double[] {Double.NaN, Double.NaN};
            return false;
        }
        double[] sums = new double[3];
        int rows = validation.rows();
        model.evaluateSlice(validation.x(), validation.y(), 0, rows, sums);
        result = new double[] {sums[0] / rows, sums[2] / rows};
        if (!Double.isFinite(result[0])) {
            result[0] = Double.NaN;
        }
        return false;
    }

    @Override
    public boolean finished() {
        return result != null;
    }

    @Override
    public long samples() {
        return trainer.samples();
    }

    @Override
    public double[] result() {
        return result;
    }

    @Override
    public String resultJson() {
        return "{}";
    }
}
