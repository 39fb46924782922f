package reglab.core.nn.metric;

/**
 * A per-sample score summed over a batch, so it can be accumulated over many batches without state
 * and divided by the sample count at the end (as Keras' running mean over an epoch does).
 * Reads {@code pred} and {@code target} (row-major {@code [rows × width]}), modifies nothing.
 */
public interface Metric {

    /** Keras' name, used in the history: {@code "accuracy"} gives {@code "val_accuracy"}. */
    String name();

    /** Σ over rows of the per-sample score. */
    double sum(double[] pred, double[] target, int rows, int width);
}
