package reglab.applet.experiment.activity;

import java.util.Arrays;
import reglab.applet.run.PartedRun;
import reglab.applet.run.ResultJson;
import reglab.core.data.Dataset;
import reglab.core.math.ShortestDecimal;
import reglab.core.nn.ActivationProbe;
import reglab.core.nn.ActivationStatistics;
import reglab.core.nn.Sequential;
import reglab.core.nn.train.History;
import reglab.core.nn.train.StopReason;
import reglab.core.nn.train.Trainer;

/**
 * One of the activity experiment's two models with its {@link Trainer}, and what is read from
 * its hidden layer after every recorded epoch: an {@link ActivationProbe} on the validation set
 * gives the {@link ActivationStatistics} (share of exact zeros, mean activation, per-unit means),
 * and an inference-mode evaluation of the validation set gives its data loss alone, without the
 * activity penalty that Keras' {@code val_loss} includes, so the two models' curves compare like
 * with like. Reading happens between training steps and changes nothing the trainer uses.
 *
 * <p>An arm is a part of the {@link ActivityRun} ({@link PartedRun.Part}): its {@link #result()}
 * holds the history and every reading as numbers, and {@link #fromNumbers} rebuilds the readings
 * from them (an arm trained elsewhere, with no model or trainer here).
 */
final class ActivityArm implements PartedRun.Part {

    private final Sequential model;
    private final Trainer trainer;
    private final Dataset validation;
    private final ActivationProbe probe;
    private final double[] activations;
    private final History history;
    private final double[] zeroFraction;
    private final double[] meanActivation;
    private final double[] valDataLoss;
    private final double[] sums = new double[3];
    /** The activations of the last finite reading (what {@link #latest} summarizes), or null. */
    private double[] latestActivations;
    private ActivationStatistics latest;
    private int recorded;

    /** @param hidden index of the layer whose activations are read */
    ActivityArm(Sequential model, Trainer trainer, Dataset validation, int hidden, int epochs) {
        this.model = model;
        this.trainer = trainer;
        this.validation = validation;
        this.probe = new ActivationProbe(model, hidden);
        this.activations = new double[validation.rows() * probe.width()];
        this.history = trainer.history();
        zeroFraction = new double[epochs + 1];
        meanActivation = new double[epochs + 1];
        valDataLoss = new double[epochs + 1];
    }

    private ActivityArm(History history, int recorded, double[] zeroFraction, double[] meanActivation,
            double[] valDataLoss, double[] latestActivations, int rows, int units) {
        this.model = null;
        this.trainer = null;
        this.validation = null;
        this.probe = null;
        this.activations = null;
        this.history = history;
        this.recorded = recorded;
        this.zeroFraction = zeroFraction;
        this.meanActivation = meanActivation;
        this.valDataLoss = valDataLoss;
        this.latestActivations = latestActivations;
        this.latest = latestActivations == null ? null : new ActivationStatistics(latestActivations, rows, units);
    }

    /** One unit of the trainer's work, then a reading for every epoch it recorded. */
    @Override
    public boolean advance() {
        if (trainer == null || trainer.finished()) {
            return false;
        }
        trainer.step(1);
        while (recorded < trainer.history().size()) {
            read();
        }
        return !trainer.finished();
    }

    private void read() {
        int rows = validation.rows();
        probe.read(validation.x(), rows, activations);
        boolean finite = true;
        for (double a : activations) {
            finite &= Double.isFinite(a);
        }
        sums[0] = 0;
        sums[1] = 0;
        sums[2] = 0;
        model.evaluateSlice(validation.x(), validation.y(), 0, rows, sums);
        valDataLoss[recorded] = sums[0] / rows;
        if (finite) {
            latest = new ActivationStatistics(activations, rows, probe.width());
            latestActivations = activations.clone();
            zeroFraction[recorded] = latest.zeroFraction();
            meanActivation[recorded] = latest.mean();
        } else {
            zeroFraction[recorded] = Double.NaN;
            meanActivation[recorded] = Double.NaN;
        }
        recorded++;
    }

    /**
     * The history and readings as numbers: the history ({@link History#toNumbers}), then
     * {@code recorded}, the three per-epoch series ({@code recorded} values each: zero fraction,
     * mean activation, validation data loss), then {@code rows, units} and the latest finite
     * activations {@code [rows × units]} ({@code 0, 0} and nothing before any).
     */
    @Override
    public double[] result() {
        double[] h = history.toNumbers();
        int rows = latest == null ? 0 : latest.rows();
        int units = latest == null ? 0 : latest.units();
        double[] out = new double[h.length + 1 + 3 * recorded + 2 + rows * units];
        System.arraycopy(h, 0, out, 0, h.length);
        int at = h.length;
        out[at++] = recorded;
        for (double[] series : new double[][] {zeroFraction, meanActivation, valDataLoss}) {
            System.arraycopy(series, 0, out, at, recorded);
            at += recorded;
        }
        out[at++] = rows;
        out[at++] = units;
        if (latest != null) {
            System.arraycopy(latestActivations, 0, out, at, rows * units);
        }
        return out;
    }

    /** The readings {@link #result()} wrote (the numbers are not modified). */
    static ActivityArm fromNumbers(double[] numbers) {
        History history = History.fromNumbers(numbers, 0);
        int at = History.numbersLength(numbers, 0);
        int recorded = count(numbers, at++);
        double[][] series = new double[3][history.lossSeries().length];
        for (double[] s : series) {
            if (at + recorded > numbers.length || recorded > s.length) {
                throw new IllegalArgumentException("activity readings cut short: " + recorded
                        + " readings at " + at + " of " + numbers.length + " numbers");
            }
            System.arraycopy(numbers, at, s, 0, recorded);
            at += recorded;
        }
        int rows = count(numbers, at++);
        int units = count(numbers, at++);
        if (at + (long) rows * units != numbers.length) {
            throw new IllegalArgumentException("activity readings: " + rows + " × " + units
                    + " activations do not fill the " + (numbers.length - at) + " numbers left");
        }
        double[] latest = rows == 0 ? null : Arrays.copyOfRange(numbers, at, numbers.length);
        return new ActivityArm(history, recorded, series[0], series[1], series[2], latest, rows, units);
    }

    private static int count(double[] numbers, int at) {
        double v = at < numbers.length ? numbers[at] : Double.NaN;
        if (!(v >= 0 && v == Math.floor(v) && v <= Integer.MAX_VALUE)) {
            throw new IllegalArgumentException("activity readings: number " + at + " is " + ShortestDecimal.text(v)
                    + ", not a count");
        }
        return (int) v;
    }

    @Override
    public boolean finished() {
        return trainer == null || trainer.finished();
    }

    @Override
    public long samples() {
        return trainer == null ? 0 : trainer.samples();
    }

    @Override
    public String resultJson() {
        return ResultJson.of("part").history(history).end().toString();
    }

    /** The model, or null for an arm trained elsewhere. */
    Sequential model() {
        return model;
    }

    /** The validation set, or null for an arm trained elsewhere. */
    Dataset validation() {
        return validation;
    }

    History history() {
        return history;
    }

    boolean diverged() {
        return history.stopReason() == StopReason.DIVERGED;
    }

    /** Readings taken so far: one per history entry. */
    int recorded() {
        return recorded;
    }

    /** Share of the hidden layer's validation activations exactly 0, per history entry (live). */
    double[] zeroFraction() {
        return zeroFraction;
    }

    /** Mean hidden activation over the validation set, per history entry (live). */
    double[] meanActivation() {
        return meanActivation;
    }

    /** Validation loss without penalties (cross-entropy or squared error), per entry (live). */
    double[] valDataLoss() {
        return valDataLoss;
    }

    /** The statistics of the last finite reading, or null before the first. */
    ActivationStatistics latest() {
        return latest;
    }
}
