package reglab.core.nn.layer;

import reglab.core.nn.parameter.Parameter;
import reglab.core.random.Rng;

/**
 * One stage of a {@code Sequential} model working on batches stored row-major
 * {@code [rows × width]}.
 *
 * <p>Call order (the model does this): {@link #build} once; {@link #reserve} whenever a larger batch
 * is coming (the only method that allocates); then per batch {@link #forward} followed, in training,
 * by {@link #backward}. Buffers returned by {@code forward} and {@code backward} belong to the layer
 * and stay valid until its next call of the same method; callers must not write them. A layer
 * keeps a reference to the input of its last {@code forward} and reads it in {@code backward}, so
 * the caller must not change that input in between.
 */
public interface Layer {

    /** Fixes the input width, creates and initialises the parameters from {@code rng}. */
    void build(int inputWidth, Rng rng);

    int inputWidth();

    int outputWidth();

    /** Ensures buffers for batches of up to {@code maxRows} rows. */
    void reserve(int maxRows);

    /**
     * Computes the output for the first {@code rows} rows of {@code in} (not modified).
     *
     * @param training true for the training behaviour (dropout active, batch statistics)
     * @param rng randomness for dropout; layers without randomness ignore it
     */
    double[] forward(double[] in, int rows, boolean training, Rng rng);

    /**
     * Given dLoss/dOutput for the last forward, adds dLoss/dParameter into each parameter's
     * {@code grad} and, when {@code needInputGradient}, returns dLoss/dInput (else may return null).
     */
    double[] backward(double[] gradOut, int rows, boolean needInputGradient);

    /** The tensors saved and restored with the model's weights (trainable or not); never null. */
    Parameter[] parameters();

    /** The activity penalty the last forward added to the loss (0 for layers without one). */
    double activityPenalty();

    /** A short description for the lab, e.g. {@code "Dense(64, relu, l2(0.001))"}. */
    String describe();
}
