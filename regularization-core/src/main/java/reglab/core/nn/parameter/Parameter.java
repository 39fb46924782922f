package reglab.core.nn.parameter;

import reglab.core.check.Checks;
import reglab.core.nn.penalty.Penalty;

/**
 * One weight tensor of a layer, stored flat and row-major: element {@code (r, c)} is
 * {@code value[r * cols + c]}. A dense kernel has {@code rows = inputs} and {@code cols = units}
 * (Keras' layout), a bias has {@code rows = 1}.
 *
 * <p>Who mutates what: the owning layer writes {@code grad} during backward (it adds, the model
 * zeroes it before each batch); the optimizer writes {@code value}; batch normalization writes the
 * values of its non-trainable moving statistics. Readers (the lab's weight views) may read both
 * arrays at any time between steps and must not write them.
 */
public final class Parameter {

    private final String name;
    private final int rows;
    private final int cols;
    private final double[] value;
    private final double[] grad;
    private final boolean trainable;
    private boolean frozen;
    private Penalty penalty;

    public Parameter(String name, int rows, int cols, boolean trainable) {
        this.name = name;
        this.rows = Checks.atLeast(name + " rows", rows, 1);
        this.cols = Checks.atLeast(name + " cols", cols, 1);
        this.value = new double[rows * cols];
        this.grad = new double[rows * cols];
        this.trainable = trainable;
    }

    public String name() {
        return name;
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    public int size() {
        return value.length;
    }

    /** The live values (not a copy); see the class comment for who may write them. */
    public double[] value() {
        return value;
    }

    /** The live gradient dLoss/dValue of the last batch (not a copy). */
    public double[] grad() {
        return grad;
    }

    /** False for statistics that are saved and restored with the weights but never trained. */
    public boolean trainable() {
        return trainable;
    }

    /**
     * True while the optimizer must leave this tensor alone (transfer learning's frozen features;
     * see {@link Freezing}). Its gradient may still be computed and its penalty still counts in the
     * loss, as with a Keras layer whose {@code trainable} is False.
     */
    public boolean frozen() {
        return frozen;
    }

    /** Freezes or thaws this tensor; takes effect at the next optimizer step. */
    public void setFrozen(boolean frozen) {
        this.frozen = frozen;
    }

    /** The weight penalty added to the loss for this tensor, or null. */
    public Penalty penalty() {
        return penalty;
    }

    /**
     * Attaches a penalty (or removes it with null). The penalty's own shape check runs here, so an
     * L2-SP reference of the wrong size is rejected naming both sizes.
     */
    public void setPenalty(Penalty penalty) {
        if (penalty != null) {
            penalty.checkSize(name, value.length);
        }
        this.penalty = penalty;
    }

    /** Number of values that are exactly zero (what L1 produces and L2 does not). */
    public int exactZeros() {
        int n = 0;
        for (double v : value) {
            if (v == 0.0) {
                n++;
            }
        }
        return n;
    }
}
