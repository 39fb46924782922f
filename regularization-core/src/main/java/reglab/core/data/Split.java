package reglab.core.data;

import reglab.core.check.Checks;
import reglab.core.math.ShortestDecimal;
import reglab.core.random.Rng;

/**
 * A training/validation partition of a data set: {@link #of} shuffles the rows first with the
 * given generator, because several built-in generators emit examples class by class;
 * {@link #lastRows} takes the last rows unshuffled, as Keras' {@code validation_split} does.
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
            throw new IllegalArgumentException("validation fraction " + ShortestDecimal.text(validationFraction) + " of "
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

    /**
     * Keras' {@code validation_split}: the last {@code validationRows} rows, unshuffled, are the
     * validation set, the rest the training set. For data whose rows already come in random order
     * (e.g. {@link SubspaceClassification}); {@code data} is not modified.
     *
     * @param validationRows in [1, rows − 1]
     */
    public static Split lastRows(Dataset data, int validationRows) {
        int rows = data.rows();
        if (validationRows < 1 || validationRows >= rows) {
            throw new IllegalArgumentException("validation rows must be in [1, " + (rows - 1)
                    + "] for " + rows + " rows, got " + validationRows);
        }
        int[] t = new int[rows - validationRows];
        int[] v = new int[validationRows];
        for (int i = 0; i < t.length; i++) {
            t[i] = i;
        }
        for (int i = 0; i < validationRows; i++) {
            v[i] = t.length + i;
        }
        return new Split(data.select(t), data.select(v));
    }

    public Dataset train() {
        return train;
    }

    public Dataset validation() {
        return validation;
    }
}
