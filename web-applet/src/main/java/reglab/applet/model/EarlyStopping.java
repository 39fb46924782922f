package reglab.applet.model;

import reglab.core.nn.Sequential;

/**
 * Keras' {@code EarlyStopping(monitor="val_loss", patience=p, restore_best_weights=r)}: stop once
 * the validation loss has not improved for {@code patience} epochs, optionally putting back the
 * weights of the best epoch. Owns a weight snapshot; mutates the model only in {@link #restore}.
 */
public final class EarlyStopping {

    private final int patience;
    private final boolean restoreBest;
    private final double[][] best;
    private double bestLoss = Double.POSITIVE_INFINITY;
    private int bestEpoch = -1;
    private int wait;
    private int stoppedEpoch = -1;

    public EarlyStopping(Sequential model, int patience, boolean restoreBest) {
        if (patience < 1) {
            throw new IllegalArgumentException("patience must be >= 1, got " + patience);
        }
        this.patience = patience;
        this.restoreBest = restoreBest;
        this.best = model.newWeightSnapshot();
    }

    /**
     * Records the validation loss after {@code epoch}.
     *
     * @return true if training should stop now
     */
    public boolean update(Sequential model, int epoch, double validLoss) {
        if (validLoss < bestLoss) {
            bestLoss = validLoss;
            bestEpoch = epoch;
            wait = 0;
            model.copyWeightsTo(best);
            return false;
        }
        wait++;
        if (wait >= patience) {
            stoppedEpoch = epoch;
            return true;
        }
        return false;
    }

    /** Puts back the best weights if asked to; returns whether it did. */
    public boolean restore(Sequential model) {
        if (restoreBest && bestEpoch >= 0) {
            model.setWeights(best);
            return true;
        }
        return false;
    }

    public int bestEpoch() {
        return bestEpoch;
    }

    public double bestLoss() {
        return bestLoss;
    }

    /** The epoch training stopped at, or -1 if it has not stopped early. */
    public int stoppedEpoch() {
        return stoppedEpoch;
    }
}
