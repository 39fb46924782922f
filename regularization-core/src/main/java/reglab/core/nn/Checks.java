package reglab.core.nn;

/**
 * Construction-time validation of hyperparameters and shapes. Every message names the offending
 * value and the allowed range, so a bad setting in the lab or a test reads as a sentence.
 */
public final class Checks {

    private Checks() {
    }

    /** Requires a finite {@code value > 0}. */
    public static double positive(String name, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number > 0, got " + value);
        }
        return value;
    }

    /** Requires a finite {@code value >= 0}. */
    public static double nonNegative(String name, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number >= 0, got " + value);
        }
        return value;
    }

    /** Requires {@code lo <= value < hi}. */
    public static double halfOpen(String name, double value, double lo, double hi) {
        if (!(value >= lo && value < hi)) {
            throw new IllegalArgumentException(
                    name + " must be in [" + lo + ", " + hi + "), got " + value);
        }
        return value;
    }

    /** Requires {@code lo < value < hi}. */
    public static double open(String name, double value, double lo, double hi) {
        if (!(value > lo && value < hi)) {
            throw new IllegalArgumentException(
                    name + " must be in (" + lo + ", " + hi + "), got " + value);
        }
        return value;
    }

    /** Requires an integer {@code value >= min}. */
    public static int atLeast(String name, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be >= " + min + ", got " + value);
        }
        return value;
    }

    /** Requires a non-null reference. */
    public static <T> T notNull(String name, T value) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }

    /** Requires two widths to agree; the message names both shapes. */
    public static void sameWidth(String what, int expected, int actual) {
        if (expected != actual) {
            throw new IllegalArgumentException(what + ": shape mismatch, expected width "
                    + expected + " but got " + actual);
        }
    }

    /**
     * Requires {@code array} to hold at least {@code rows × cols} values; names both shapes.
     */
    public static void holds(String what, double[] array, int rows, int cols) {
        if (array == null) {
            throw new IllegalArgumentException(what + " must not be null");
        }
        long need = (long) rows * cols;
        if (array.length < need) {
            throw new IllegalArgumentException(what + ": shape mismatch, [" + rows + " x " + cols
                    + "] needs " + need + " values but the array has " + array.length);
        }
    }
}
