package reglab.applet.experiment.activity;

import reglab.core.data.Dataset;
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
 */
final class ActivityArm {

    private final Sequential model;
    private final Trainer trainer;
    private final Dataset validation;
    private final ActivationProbe probe;
    private final double[] activations;
    private final double[] zeroFraction;
    private final double[] meanActivation;
    private final double[] valDataLoss;
    private final double[] sums = new double[3];
    private ActivationStatistics latest;
    private int recorded;

    /** @param hidden index of the layer whose activations are read */
    ActivityArm(Sequential model, Trainer trainer, Dataset validation, int hidden, int epochs) {
        this.model = model;
        this.trainer = trainer;
        this.validation = validation;
        this.probe = new ActivationProbe(model, hidden);
        this.activations = new double[validation.rows() * probe.width()];
        zeroFraction = new double[epochs + 1];
        meanActivation = new double[epochs + 1];
        valDataLoss = new double[epochs + 1];
    }

    /** One unit of the trainer's work, then a reading for every epoch it recorded. */
    void step() {
        trainer.step(1);
        while (recorded < trainer.history().size()) {
            read();
        }
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
            zeroFraction[recorded] = latest.zeroFraction();
            meanActivation[recorded] = latest.mean();
        } else {
            zeroFraction[recorded] = Double.NaN;
            meanActivation[recorded] = Double.NaN;
        }
        recorded++;
    }

    boolean finished() {
        return trainer.finished();
    }

    Sequential model() {
        return model;
    }

    Dataset validation() {
        return validation;
    }

    Trainer trainer() {
        return trainer;
    }

    History history() {
        return trainer.history();
    }

    boolean diverged() {
        return trainer.history().stopReason() == StopReason.DIVERGED;
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

    int units() {
        return probe.width();
    }
}
