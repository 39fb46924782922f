package reglab.applet.model;

import reglab.core.nn.Sequential;
import reglab.core.nn.train.EarlyStopping;

/**
 * A run's early stopping: the core's {@link EarlyStopping} on {@code val_loss} (Keras' rule), fed
 * one epoch at a time as the run's slices close epochs, plus what the views and the console result
 * show: whether the best weights were put back, and -1 for the best epoch until an epoch was
 * monitored. Mutates the model only when training ends ({@link #finish}).
 */
public final class EarlyStop {

    private final Sequential model;
    private final EarlyStopping monitor;
    private final boolean restoreBest;
    private boolean monitored;
    private boolean restored;

    /** Starts monitoring {@code model}; {@code patience >= 1} is checked by the spec's setting. */
    public EarlyStop(Sequential model, int patience, boolean restoreBest) {
        this.model = model;
        this.restoreBest = restoreBest;
        monitor = new EarlyStopping("val_loss", 0, patience, restoreBest, 0);
        monitor.begin(model);
    }

    /**
     * Records the validation loss after {@code epoch} (counted from 1) and, if training should
     * stop now, {@link #finish}es.
     *
     * @return true if training should stop now
     */
    public boolean epochEnd(int epoch, double validLoss) {
        monitored = true;
        if (monitor.onEpochEnd(epoch, validLoss, model)) {
            finish();
            return true;
        }
        return false;
    }

    /** Training has ended (stopped early or out of epochs): puts back the best weights if asked. */
    public void finish() {
        monitor.end(model);
        restored = restoreBest && monitored;
    }

    /** The epoch with the lowest validation loss so far, or -1 before the first epoch ended. */
    public int bestEpoch() {
        return monitored ? monitor.bestEpoch() : -1;
    }

    /** The lowest validation loss so far. */
    public double bestLoss() {
        return monitor.best();
    }

    /** The epoch training stopped at, or -1 if it has not stopped early. */
    public int stoppedEpoch() {
        return monitor.stoppedEpoch();
    }

    /** Whether the best epoch's weights were put back when training ended. */
    public boolean restored() {
        return restored;
    }

    /** Writes {@code stopped_epoch}, {@code best_epoch}, {@code restored}; null means "off". */
    public static void writeTo(EarlyStop stop, Json json) {
        json.put("stopped_epoch", stop == null ? -1 : stop.stoppedEpoch());
        json.put("best_epoch", stop == null ? -1 : stop.bestEpoch());
        json.put("restored", stop != null && stop.restored());
    }
}
