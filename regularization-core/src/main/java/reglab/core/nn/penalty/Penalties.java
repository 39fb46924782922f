package reglab.core.nn.penalty;

/**
 * The weight penalties that one rate defines, by name: {@code none} (no penalty, Keras'
 * {@code None}), {@code l1} and {@code l2} (Keras' {@code l1(rate)}, {@code l2(rate)}) and
 * {@code elasticnet} (Keras' {@code l1_l2(rate/2, rate/2)}: the rate split evenly). The one place
 * a name maps to a penalty; the lab's settings are built from {@link #names()}. {@link L2SP} needs
 * reference weights besides a rate, so it is made directly.
 */
public final class Penalties {

    /** Makes a penalty at a rate; null for no penalty. */
    private interface Factory {
        Penalty make(double rate);
    }

    private static final String[] NAMES = {"none", "l1", "l2", "elasticnet"};
    private static final Factory[] FACTORIES = {
        rate -> null,
        L1::new,
        L2::new,
        rate -> new L1L2(rate / 2, rate / 2),
    };

    private Penalties() {
    }

    /** The registered names, in the order the lab lists them. */
    public static String[] names() {
        return NAMES.clone();
    }

    /**
     * The penalty called {@code name} at {@code rate}, or null for {@code none}.
     *
     * @throws IllegalArgumentException naming the unknown value and the known ones, or a bad rate
     */
    public static Penalty byName(String name, double rate) {
        for (int i = 0; i < NAMES.length; i++) {
            if (NAMES[i].equals(name)) {
                return FACTORIES[i].make(rate);
            }
        }
        throw new IllegalArgumentException("unknown penalty '" + name + "', expected one of "
                + String.join(", ", NAMES));
    }
}
