package reglab.core.data;

import reglab.core.nn.Checks;
import reglab.core.random.Rng;

/**
 * A training/validation partition of a data set. Unlike Keras' {@code validation_split}, which takes
 * the last rows unshuffled, the rows are shuffled first with the given generator, because the
 * built-in generators emit examples class by class.
 */
public final class Split {

    private final Dataset train;
    private final Dataset validation;

    private Split(Dataset train, Dataset validation) {
        this.train = train;
        this.validation = validation;
    }

    /**
     * Shuffles the rows of {@code data} (not modified) and puts {@code round(fraction × rows)} of
     * them in the validation set.
     *
     * @param validationFraction in (0, 1); both parts must end up with at least one row
     */
    public static Split of(Dataset data, double validationFraction, Rng rng) {
        Checks.open("validation fraction", validationFraction, 0.0, 1.0);
        int rows = data.rows();
        int nVal = (int) Math.floor(validationFraction * rows + 0.5);
        if (nVal < 1 || nVal >= rows) {
            throw new IllegalArgumentException("validation fraction " + validationFraction + " of "
                    + rows + " rows leaves an empty part; use more rows or another fraction");
        }
        int[] order = new int[rows];
        for (int i = 0; i < rows; i++) {
            order[i] = i;
        }
        rng.shuffle(order);
        int[] t = new int[rows - nVal];
        int[] v = new int[nVal];
        System.arraycopy(order, 0, t, 0, t.length);
        System.arraycopy(order, t.length, v, 0, nVal);
        return new Split(data.select(t), data.select(v));
    }

    public Dataset train() {
        return train;
    }

    public Dataset validation() {
        return validation;
    }
}
