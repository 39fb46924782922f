package reglab.core.nn.activation;

/**
 * An activation applied to each value on its own, given as a value-plus-derivative pair like
 * TensorFlow Playground's {@code ActivationFunction {output, der}}. The derivative also receives the
 * output, because tanh and sigmoid are cheapest written in terms of it.
 *
 * <p>The loops here call {@code output}/{@code der} once per value through a virtual call, which
 * neither WebAssembly GC nor a megamorphic HotSpot call site inlines; the built-in activations
 * therefore override {@link #forward} and {@link #backward} with the same formula written inline
 * (same arithmetic, so the same results), and keep the pair as the per-value definition.
 */
public abstract class ElementwiseActivation implements Activation {

    /** f(x). */
    public abstract double output(double x);

    /** f'(x), where {@code y = f(x)}. */
    public abstract double der(double x, double y);

    @Override
    public void forward(double[] z, double[] a, int rows, int width) {
        int n = rows * width;
        for (int i = 0; i < n; i++) {
            a[i] = output(z[i]);
        }
    }

    @Override
    public void backward(double[] z, double[] a, double[] gradA, double[] gradZ, int rows, int width) {
        int n = rows * width;
        for (int i = 0; i < n; i++) {
            gradZ[i] = gradA[i] * der(z[i], a[i]);
        }
    }
}
