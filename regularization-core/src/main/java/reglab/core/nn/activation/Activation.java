package reglab.core.nn.activation;

/**
 * A layer's activation function over a batch stored row-major {@code [rows × width]}. Most are
 * element-wise ({@link ElementwiseActivation}); {@link Softmax} couples the units of a row.
 *
 * <p>{@code forward} reads {@code z} and writes {@code a}; {@code backward} reads {@code z},
 * {@code a} and {@code gradA} and writes {@code gradZ}. No method modifies its inputs.
 */
public interface Activation {

    /** Keras' name for it: {@code "relu"}, {@code "tanh"}, ... */
    String name();

    /** {@code a = f(z)} for the first {@code rows × width} values. */
    void forward(double[] z, double[] a, int rows, int width);

    /** {@code gradZ = (∂a/∂z)ᵀ gradA} given the values of the matching forward call. */
    void backward(double[] z, double[] a, double[] gradA, double[] gradZ, int rows, int width);
}
