package reglab.core.nn.penalty;

/**
 * A weight penalty added to the training loss, as a value-plus-derivative pair in the manner of
 * TensorFlow Playground's {@code RegularizationFunction {output, der}}. The strength is part of the
 * penalty (as in Keras' {@code l2(0.001)}), so {@link #value} is exactly the amount added to the
 * reported loss and {@link #addGradient} exactly its derivative.
 *
 * <p>Neither method modifies {@code w}; {@code addGradient} adds into {@code grad}.
 */
public interface Penalty {

    /** The penalty of the whole tensor {@code w}. */
    double value(double[] w);

    /** Adds dPenalty/dw to {@code grad} element by element (both of the same length). */
    void addGradient(double[] w, double[] grad);

    /** A short label for the lab, e.g. {@code "l2(0.001)"}. */
    String describe();

    /**
     * Rejects use on a tensor of the wrong size; the default accepts any size. Called when the
     * penalty is attached to a parameter.
     */
    default void checkSize(String parameterName, int size) {
    }
}
