package reglab.core.data;

import reglab.core.check.Checks;
import reglab.core.random.Rng;

/**
 * A seeded training/validation choice with a fixed number of rows per class, for learning from a
 * small, balanced subset (e.g. 20 digits of each kind) and validating on rows it never saw. Each
 * class's rows, in ascending order, are shuffled by Fisher–Yates with the given generator (classes
 * in order 0, 1, ...); the first {@code trainPerClass} go to training, the next ones to
 * validation. The same labels, counts and seed give the same rows. Like scikit-learn's
 * {@code train_test_split(..., stratify=y)} in intent, with exact per-class counts instead of a
 * fraction (and its own random stream, so not its rows).
 *
 * <p>Row lists are returned in ascending order (the trainer shuffles every epoch anyway); the two
 * never overlap. The labels passed in are not modified.
 */
public final class StratifiedSplit {

    private final int[] trainRows;
    private final int[] validationRows;

    private StratifiedSplit(int[] trainRows, int[] validationRows) {
        this.trainRows = trainRows;
        this.validationRows = validationRows;
    }

    /**
     * {@code trainPerClass} training rows and {@code validationPerClass} validation rows of every
     * class.
     *
     * @param labels class of each row, each in {@code [0, classes)}
     * @param classes number of classes, {@code >= 2}; every class must have
     *     {@code trainPerClass + validationPerClass} rows
     * @param trainPerClass {@code >= 1}
     * @param validationPerClass {@code >= 1}
     */
    public static StratifiedSplit of(int[] labels, int classes, int trainPerClass,
            int validationPerClass, Rng rng) {
        Checks.atLeast("validation rows per class", validationPerClass, 1);
        return choose(labels, classes, trainPerClass, validationPerClass, rng);
    }

    /**
     * {@code trainPerClass} training rows of every class; every other row validates.
     *
     * @param classes number of classes, {@code >= 2}; every class must have more than
     *     {@code trainPerClass} rows
     */
    public static StratifiedSplit withRemainder(int[] labels, int classes, int trainPerClass, Rng rng) {
        return choose(labels, classes, trainPerClass, -1, rng);
    }

    /** {@code validationPerClass < 0}: all the rest. */
    private static StratifiedSplit choose(int[] labels, int classes, int trainPerClass,
            int validationPerClass, Rng rng) {
        Checks.notNull("labels", labels);
        Checks.notNull("rng", rng);
        Checks.atLeast("classes", classes, 2);
        Checks.atLeast("training rows per class", trainPerClass, 1);
        int[] perClass = new int[classes];
        for (int i = 0; i < labels.length; i++) {
            int c = labels[i];
            if (c < 0 || c >= classes) {
                throw new IllegalArgumentException("label " + c + " of row " + i + " is outside [0, "
                        + classes + ")");
            }
            perClass[c]++;
        }
        int need = validationPerClass < 0 ? trainPerClass + 1 : trainPerClass + validationPerClass;
        for (int c = 0; c < classes; c++) {
            if (perClass[c] < need) {
                throw new IllegalArgumentException("class " + c + " has " + perClass[c] + " rows, but "
                        + trainPerClass + " training" + (validationPerClass < 0 ? " and at least one validation"
                                : " and " + validationPerClass + " validation") + " rows per class need "
                        + need + "; ask for fewer rows per class");
            }
        }
        boolean[] inTrain = new boolean[labels.length];
        boolean[] inValidation = new boolean[labels.length];
        int trainCount = 0;
        int validationCount = 0;
        for (int c = 0; c < classes; c++) {
            int[] rows = new int[perClass[c]];
            int k = 0;
            for (int i = 0; i < labels.length; i++) {
                if (labels[i] == c) {
                    rows[k++] = i;
                }
            }
            rng.shuffle(rows);
            int v = validationPerClass < 0 ? rows.length - trainPerClass : validationPerClass;
            for (int j = 0; j < trainPerClass; j++) {
                inTrain[rows[j]] = true;
            }
            for (int j = trainPerClass; j < trainPerClass + v; j++) {
                inValidation[rows[j]] = true;
            }
            trainCount += trainPerClass;
            validationCount += v;
        }
        return new StratifiedSplit(marked(inTrain, trainCount), marked(inValidation, validationCount));
    }

    private static int[] marked(boolean[] flags, int count) {
        int[] rows = new int[count];
        int k = 0;
        for (int i = 0; i < flags.length; i++) {
            if (flags[i]) {
                rows[k++] = i;
            }
        }
        return rows;
    }

    /** Training row indices, ascending (a copy). */
    public int[] trainRows() {
        return trainRows.clone();
    }

    /** Validation row indices, ascending (a copy). */
    public int[] validationRows() {
        return validationRows.clone();
    }
}
