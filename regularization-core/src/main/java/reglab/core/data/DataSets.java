package reglab.core.data;

import reglab.core.random.Rng;

/**
 * The data sets a reader picks by name, the one place a name maps to a generator (the lab's
 * settings are built from {@link #names()}): TensorFlow Playground's four 2-D classification sets
 * ({@link PlaygroundData}, labels 0/1) and its two regression sets ({@link PlaygroundRegression},
 * targets in about [−1, 1]). All have two features and one target, points within
 * [−{@link #EXTENT}, {@link #EXTENT}]², and noise in [0, {@link PlaygroundData#MAX_NOISE}].
 */
public final class DataSets {

    /** Half-width of the square every set's points lie in (the regression sets' square). */
    public static final double EXTENT = PlaygroundRegression.RADIUS;

    /** Makes {@code n} points with the given noise from {@code rng}. */
    private interface Generator {
        Dataset generate(int n, double noise, Rng rng);
    }

    private static final String[] NAMES = {"circle", "xor", "gauss", "spiral", "reg-plane", "reg-gauss"};
    private static final boolean[] REGRESSION = {false, false, false, false, true, true};
    private static final Generator[] GENERATORS = {
        PlaygroundData::circle,
        PlaygroundData::xor,
        PlaygroundData::gauss,
        PlaygroundData::spiral,
        PlaygroundRegression::plane,
        PlaygroundRegression::gauss,
    };

    private DataSets() {
    }

    /** The registered names, in the order the lab lists them. */
    public static String[] names() {
        return NAMES.clone();
    }

    /**
     * Whether the set called {@code name} is a regression set (linear output, squared error)
     * rather than a 0/1 classification set.
     *
     * @throws IllegalArgumentException for an unknown name
     */
    public static boolean isRegression(String name) {
        return REGRESSION[index(name)];
    }

    /**
     * The set called {@code name}: {@code n >= 2} points, noise in [0, 0.5], from {@code rng}.
     *
     * @throws IllegalArgumentException naming an unknown set, or a bad size or noise
     */
    public static Dataset byName(String name, int n, double noise, Rng rng) {
        return GENERATORS[index(name)].generate(n, noise, rng);
    }

    private static int index(String name) {
        for (int i = 0; i < NAMES.length; i++) {
            if (NAMES[i].equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("unknown data set '" + name + "', expected one of "
                + String.join(", ", NAMES));
    }
}
