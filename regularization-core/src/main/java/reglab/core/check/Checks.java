package reglab.core.check;

import reglab.core.math.ShortestDecimal;


/**
 * Construction-time validation of hyperparameters and shapes, for every package of the core: each
 * model, layer, optimizer, data set and search rejects a bad value when it is made, with a
 * message naming the value and the allowed range (never deep inside a solver or a training loop,
 * where in WebAssembly a failure would be a trap nothing can catch). Depends on nothing.
 */
public final class Checks {

    private Checks() {
    }

    /** Requires a finite {@code value > 0}. */
    public static double positive(String name, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number > 0, got " + ShortestDecimal.text(value));
        }
        return value;
    }

    /** Requires a finite {@code value >= 0}. */
    public static double nonNegative(String name, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number >= 0, got " + ShortestDecimal.text(value));
        }
        return value;
    }

    /** Requires {@code lo <= value < hi}. */
    public static double halfOpen(String name, double value, double lo, double hi) {
        if (!(value >= lo && value < hi)) {
            throw new IllegalArgumentException(
                    name + " must be in [" + ShortestDecimal.text(lo) + ", " + ShortestDecimal.text(hi) + "), got " + ShortestDecimal.text(value));
        }
        return value;
    }

    /** Requires {@code lo < value < hi}. */
    public static double open(String name, double value, double lo, double hi) {
        if (!(value > lo && value < hi)) {
            throw new IllegalArgumentException(
                    name + " must be in (" + ShortestDecimal.text(lo) + ", " + ShortestDecimal.text(hi) + "), got " + ShortestDecimal.text(value));
        }
        return value;
    }

    /** Requires {@code 0 <= value <= 1}. */
    public static double unitInterval(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1], got " + ShortestDecimal.text(value));
        }
        return value;
    }

    /** Requires {@code 0 < value <= 1}. */
    public static double openClosedUnit(String name, double value) {
        if (!(value > 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be in (0, 1], got " + ShortestDecimal.text(value));
        }
        return value;
    }

    /** Requires an integer {@code value >= min}. */
    public static int atLeast(String name, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be >= " + min + ", got " + ShortestDecimal.text(value));
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

    /**
     * Requires {@code x} to hold an n-by-p row-major matrix ({@code x[i * p + j]}), {@code y} n
     * entries, and every value to be finite (a linear model's design); messages name both shapes
     * or the first bad entry.
     */
    public static void design(double[] x, int n, int p, double[] y) {
        if (x == null || y == null) {
            throw new IllegalArgumentException("X and y must not be null");
        }
        if (n < 1 || p < 1) {
            throw new IllegalArgumentException("X must have at least one row and one column, got shape ("
                    + n + ", " + p + ")");
        }
        if ((long) n * p != x.length) {
            throw new IllegalArgumentException("X has " + x.length
                    + " values, which does not match shape (" + n + ", " + p + ")");
        }
        if (y.length != n) {
            throw new IllegalArgumentException("X has shape (" + n + ", " + p + ") but y has shape ("
                    + y.length + "); they need the same number of rows");
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i])) {
                throw new IllegalArgumentException("X[" + (i / p) + ", " + (i % p) + "] is " + ShortestDecimal.text(x[i])
                        + "; all values must be finite");
            }
        }
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(y[i])) {
                throw new IllegalArgumentException("y[" + i + "] is " + ShortestDecimal.text(y[i]) + "; all values must be finite");
            }
        }
    }
}
