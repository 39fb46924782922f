package reglab.core.tuning;

import reglab.core.check.Checks;
import reglab.core.data.Dataset;
import reglab.core.random.Rng;

/**
 * k-fold cross-validation splits, as scikit-learn's {@code KFold(n_splits=k)}: the rows, shuffled
 * once ({@code shuffle=True}) or in their own order (the default, {@code shuffle=False}), are cut
 * into k contiguous folds whose sizes differ by at most one (the first {@code rows mod k} folds
 * get the extra row), and fold i serves once as the validation set.
 */
public final class KFold {

    private final Dataset data;
    private final int[] order;
    private final int[] start;

    /**
     * Folds of consecutive rows, as {@code KFold(n_splits=k)} without shuffling: fold i validates
     * on a block of rows and trains on the rows before and after it, in row order.
     *
     * @param k folds, in [2, rows]; {@code data} is not modified
     */
    public KFold(Dataset data, int k) {
        this(data, k, null);
    }

    /**
     * @param k folds, in [2, rows]
     * @param rng shuffles the rows (null: keep their order); {@code data} is not modified
     */
    public KFold(Dataset data, int k, Rng rng) {
        this.data = Checks.notNull("data", data);
        if (k < 2 || k > data.rows()) {
            throw new IllegalArgumentException(
                    "k-fold needs k in [2, " + data.rows() + "] (the row count), got " + k);
        }
        order = new int[data.rows()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        if (rng != null) {
            rng.shuffle(order);
        }
        start = new int[k + 1];
        int base = data.rows() / k;
        int extra = data.rows() % k;
        for (int i = 0; i < k; i++) {
            start[i + 1] = start[i] + base + (i < extra ? 1 : 0);
        }
    }

    public int folds() {
        return start.length - 1;
    }

    /** Row indices (into the original data) of fold {@code i}'s validation part. */
    public int[] validationRows(int i) {
        checkFold(i);
        int[] v = new int[start[i + 1] - start[i]];
        System.arraycopy(order, start[i], v, 0, v.length);
        return v;
    }

    /** Row indices of every other fold, in the order the folds were cut from (row order when unshuffled). */
    public int[] trainingRows(int i) {
        checkFold(i);
        int n = order.length - (start[i + 1] - start[i]);
        int[] t = new int[n];
        System.arraycopy(order, 0, t, 0, start[i]);
        System.arraycopy(order, start[i + 1], t, start[i], order.length - start[i + 1]);
        return t;
    }

    /** The number of rows fold {@code i} validates on. */
    public int validationSize(int i) {
        checkFold(i);
        return start[i + 1] - start[i];
    }

    private void checkFold(int i) {
        if (i < 0 || i >= folds()) {
            throw new IllegalArgumentException("fold must be in [0, " + folds() + "), got " + i);
        }
    }

    public Dataset train(int i) {
        return data.select(trainingRows(i));
    }

    public Dataset validation(int i) {
        return data.select(validationRows(i));
    }

    /** The score of {@code lambda} on every fold, in fold order. */
    public double[] scores(Scorer scorer, double lambda) {
        double[] s = new double[folds()];
        for (int i = 0; i < s.length; i++) {
            s[i] = scorer.score(train(i), validation(i), lambda);
        }
        return s;
    }
}
