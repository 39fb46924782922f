package reglab.core.nn.train;

import reglab.core.check.Checks;
import reglab.core.nn.Sequential;

/**
 * Stops training when a monitored quantity stops improving, with the parameters and the logic of
 * Keras 3's {@code keras.callbacks.EarlyStopping}: {@code monitor} (default {@code "val_loss"};
 * mode "auto": maximise if the name contains "acc", else minimise), {@code minDelta} (an
 * improvement must beat the best by more than this), {@code patience} (epochs without improvement
 * before stopping), {@code restoreBestWeights} (at the end of training, put back the weights of the
 * best epoch, including batch-norm moving statistics) and {@code startFromEpoch} (epochs to wait
 * before monitoring at all). As in Keras, the counter of epochs without improvement is incremented
 * before the comparison, and the run is never stopped at epoch 0.
 *
 * <p>Immutable configuration plus per-run state, reset by {@link #begin}.
 */
public final class EarlyStopping {

    private final String monitor;
    private final double minDelta;
    private final int patience;
    private final boolean restoreBestWeights;
    private final int startFromEpoch;
    private final boolean maximize;

    private double best;
    private int wait;
    private int bestEpoch;
    private int stoppedEpoch;
    private double[][] bestWeights;
    private Sequential snapshotOf;
    private boolean haveBestWeights;
    private boolean monitored;
    private boolean restored;

    /**
     * @param monitor a history key: {@code "val_loss"}, {@code "val_accuracy"}, {@code "loss"}, ...
     * @param minDelta finite, {@code >= 0} (Keras takes its absolute value; negative is rejected here)
     * @param patience {@code >= 0}
     * @param restoreBestWeights restore the best epoch's weights when training ends
     * @param startFromEpoch {@code >= 0}
     */
    public EarlyStopping(String monitor, double minDelta, int patience, boolean restoreBestWeights,
            int startFromEpoch) {
        this.monitor = Checks.notNull("EarlyStopping monitor", monitor);
        this.minDelta = Checks.nonNegative("EarlyStopping minDelta", minDelta);
        this.patience = Checks.atLeast("EarlyStopping patience", patience, 0);
        this.restoreBestWeights = restoreBestWeights;
        this.startFromEpoch = Checks.atLeast("EarlyStopping startFromEpoch", startFromEpoch, 0);
        this.maximize = monitor.indexOf("acc") >= 0;
    }

    /** Monitors {@code val_loss} with the given patience, restoring the best weights. */
    public EarlyStopping(int patience) {
        this("val_loss", 0.0, patience, true, 0);
    }

    public String monitor() {
        return monitor;
    }

    public boolean maximize() {
        return maximize;
    }

    /** Resets the state for a new run of {@code model} (allocates the best-weights buffer). */
    public void begin(Sequential model) {
        best = maximize ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        wait = 0;
        bestEpoch = 0;
        stoppedEpoch = -1;
        haveBestWeights = false;
        monitored = false;
        restored = false;
        if (restoreBestWeights && snapshotOf != model) {
            bestWeights = model.newWeightSnapshot();
            snapshotOf = model;
        }
    }

    private boolean improves(double current) {
        return maximize ? current - minDelta > best : current + minDelta < best;
    }

    /**
     * Records epoch {@code epoch}'s monitored value (the model holds that epoch's weights).
     *
     * @return true if training should stop now
     */
    public boolean onEpochEnd(int epoch, double current, Sequential model) {
        if (epoch < startFromEpoch || Double.isNaN(current)) {
            return false;
        }
        monitored = true;
        if (restoreBestWeights && !haveBestWeights) {
            model.copyWeightsTo(bestWeights);
            haveBestWeights = true;
            bestEpoch = epoch;
        }
        wait++;
        if (improves(current)) {
            best = current;
            bestEpoch = epoch;
            if (restoreBestWeights) {
                model.copyWeightsTo(bestWeights);
            }
            wait = 0;
            return false;
        }
        if (wait >= patience && epoch > 0) {
            stoppedEpoch = epoch;
            return true;
        }
        return false;
    }

    /**
     * End of training, whatever ended it (as Keras 3's {@code on_train_end}): restores the best
     * weights if asked to and any were recorded.
     */
    public void end(Sequential model) {
        if (restoreBestWeights && haveBestWeights) {
            model.setWeights(bestWeights);
            restored = true;
        }
    }

    /** Whether an epoch's value has been monitored since {@link #begin}. */
    public boolean monitored() {
        return monitored;
    }

    /** Whether {@link #end} put the best epoch's weights back. */
    public boolean restored() {
        return restored;
    }

    /** The epoch with the best monitored value so far. */
    public int bestEpoch() {
        return bestEpoch;
    }

    /** The best monitored value so far (±infinity before the first monitored epoch). */
    public double best() {
        return best;
    }

    /** The epoch at which this callback stopped training, or -1. */
    public int stoppedEpoch() {
        return stoppedEpoch;
    }
}
