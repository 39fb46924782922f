package reglab.core.nn.optimizer;

/**
 * The optimizers by name, the one place a name maps to an optimizer (the lab's settings are built
 * from {@link #names()}, so an optimizer registered here appears in the page's choices): an
 * explicit table, no reflection, as TeaVM needs. Names are Keras' class names in lower case;
 * each optimizer is made with its defaults (Keras') and the given learning rate.
 */
public final class Optimizers {

    /** Makes an optimizer at a learning rate. */
    private interface Factory {
        Optimizer make(double learningRate);
    }

    private static final String[] NAMES = {"sgd", "momentum", "adam", "adamw"};
    private static final Factory[] FACTORIES = {
        Sgd::new, // plain SGD, no weight decay
        Momentum::new, // SGD with momentum 0.9
        Adam::new,
        rate -> new AdamW(rate, AdamW.DEFAULT_WEIGHT_DECAY),
    };

    private Optimizers() {
    }

    /** The registered names, in the order the lab lists them. */
    public static String[] names() {
        return NAMES.clone();
    }

    /**
     * A new optimizer called {@code name} at {@code learningRate}.
     *
     * @throws IllegalArgumentException naming the unknown value and the known ones, or a bad rate
     */
    public static Optimizer byName(String name, double learningRate) {
        for (int i = 0; i < NAMES.length; i++) {
            if (NAMES[i].equals(name)) {
                return FACTORIES[i].make(learningRate);
            }
        }
        throw new IllegalArgumentException("unknown optimizer '" + name + "', expected one of "
                + String.join(", ", NAMES));
    }
}
