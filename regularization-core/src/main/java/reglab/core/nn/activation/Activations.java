package reglab.core.nn.activation;

/**
 * The built-in activations and a name registry (Keras' names), so the lab's URL state can map a
 * string to an instance without reflection. The instances are stateless and shared.
 */
public final class Activations {

    public static final Activation RELU = new Relu();
    public static final Activation TANH = new Tanh();
    public static final Activation SIGMOID = new Sigmoid();
    public static final Activation SOFTMAX = new Softmax();
    public static final Activation LINEAR = new Linear();

    private static final Activation[] ALL = {RELU, TANH, SIGMOID, SOFTMAX, LINEAR};

    private Activations() {
    }

    /** The registered names, in a stable order. */
    public static String[] names() {
        String[] names = new String[ALL.length];
        for (int i = 0; i < ALL.length; i++) {
            names[i] = ALL[i].name();
        }
        return names;
    }

    /**
     * The names of the activations that act on each value alone (all but softmax, whose outputs
     * sum to 1 across a layer), which any hidden layer can use; in the registry's order.
     */
    public static String[] elementwiseNames() {
        int n = 0;
        for (Activation a : ALL) {
            n += a instanceof ElementwiseActivation ? 1 : 0;
        }
        String[] names = new String[n];
        n = 0;
        for (Activation a : ALL) {
            if (a instanceof ElementwiseActivation) {
                names[n++] = a.name();
            }
        }
        return names;
    }

    /**
     * The activation called {@code name}.
     *
     * @throws IllegalArgumentException naming the unknown value and the known ones
     */
    public static Activation byName(String name) {
        for (Activation a : ALL) {
            if (a.name().equals(name)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown activation '" + name + "', expected one of "
                + String.join(", ", names()));
    }
}
