package reglab.core.tuning;

import reglab.core.check.Checks;
import reglab.core.data.Dataset;
import reglab.core.random.Rng;

/**
 * k-fold cross-validation splits, as scikit-learn's {@code KFold(n_splits=k, shuffle=True)}: the
 * rows are shuffled once, cut into k contiguous folds whose sizes differ by at most one (the first
 * {@code rows mod k} folds get the extra row), and fold i serves once as the validation set.
 */
public final class KFold {

    private final Dataset data;
    private final int[] order;
    private final int[] start;

    /**
     * @param k folds, in [2, rows]
     * @param rng shuffles the rows; {@code data} is not modified
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
        rng.shuffle(order);
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
        int[] v = new int[start[i + 1] - start[i]];
        System.arraycopy(order, start[i], v, 0, v.length);
        return v;
    }

    /** Row indices of every other fold, in shuffled order. */
    public int[] trainingRows(int i) {
        int n = order.length - (start[i + 1] - start[i]);
        int[] t = new int[n];
        System.arraycopy(order, 0, t, 0, start[i]);
        System.arraycopy(order, start[i + 1], t, start[i], order.length - start[i + 1]);
        return t;
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
