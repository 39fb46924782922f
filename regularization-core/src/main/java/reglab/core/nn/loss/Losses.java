package reglab.core.nn.loss;

/** The built-in losses and a registry by Keras name; instances are stateless and shared. */
public final class Losses {

    public static final Loss MEAN_SQUARED_ERROR = new MeanSquaredError();
    public static final Loss BINARY_CROSSENTROPY = new BinaryCrossEntropy();
    public static final Loss CATEGORICAL_CROSSENTROPY = new CategoricalCrossEntropy();

    private static final Loss[] ALL = {MEAN_SQUARED_ERROR, BINARY_CROSSENTROPY, CATEGORICAL_CROSSENTROPY};

    private Losses() {
    }

    /**
     * The loss called {@code name}.
     *
     * @throws IllegalArgumentException naming the unknown value and the known ones
     */
    public static Loss byName(String name) {
        StringBuilder known = new StringBuilder();
        for (Loss l : ALL) {
            if (l.name().equals(name)) {
                return l;
            }
            known.append(known.length() == 0 ? "" : ", ").append(l.name());
        }
        throw new IllegalArgumentException("unknown loss '" + name + "', expected one of " + known);
    }
}
