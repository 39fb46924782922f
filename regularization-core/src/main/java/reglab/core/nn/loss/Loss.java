package reglab.core.nn.loss;

import reglab.core.nn.activation.Activation;

/**
 * A training objective over a batch of predictions and targets, both row-major
 * {@code [rows × width]}. Following Keras, the loss of one sample is averaged over its outputs where
 * Keras does so (mean squared error, binary cross-entropy) and the batch loss is the mean over
 * samples. No method modifies {@code pred} or {@code target}.
 */
public interface Loss {

    /** Keras' name, e.g. {@code "categorical_crossentropy"}. */
    String name();

    /** The sum over the rows of the per-sample loss; divide by {@code rows} for the batch mean. */
    double sum(double[] pred, double[] target, int rows, int width);

    /** Writes d(batch mean loss)/d(pred) into {@code grad}. */
    void gradient(double[] pred, double[] target, int rows, int width, double[] grad);

    /**
     * True when this loss after {@code outputActivation} has the simple pre-activation gradient of
     * {@link #fusedGradient}: softmax with categorical cross-entropy, sigmoid with binary
     * cross-entropy. Fusing avoids dividing by probabilities near 0.
     */
    boolean fusesWith(Activation outputActivation);

    /**
     * Writes d(batch mean loss)/d(pre-activation) into {@code gradZ}, valid only when
     * {@link #fusesWith} holds for the output activation.
     */
    void fusedGradient(double[] pred, double[] target, int rows, int width, double[] gradZ);
}
