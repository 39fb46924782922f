package reglab.core.linear;

/**
 * Validation of hyperparameters and shapes, so that every model rejects bad values when it is
 * made, with a message naming the value and the allowed range (never deep inside a solver).
 */
final class Hyper {

    private Hyper() {
    }

    /** {@code value} must be finite and at least 0. */
    static double nonNegative(String name, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number >= 0, got " + value);
        }
        return value;
    }

    /** {@code value} must be finite and greater than 0. */
    static double positive(String name, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number > 0, got " + value);
        }
        return value;
    }

    /** {@code value} must lie in [0, 1]. */
    static double unitInterval(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1], got " + value);
        }
        return value;
    }

    /** {@code value} must lie in (0, 1]. */
    static double openClosedUnit(String name, double value) {
        if (!(value > 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be in (0, 1], got " + value);
        }
        return value;
    }

    static int atLeast(String name, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be an integer >= " + min + ", got " + value);
        }
        return value;
    }

    /**
     * Checks that {@code x} holds an n-by-p row-major matrix, that {@code y} has n entries, and
     * that every value is finite; messages name both shapes.
     */
    static void design(double[] x, int n, int p, double[] y) {
        if (x == null || y == null) {
            throw new IllegalArgumentException("X and y must not be null");
        }
        if (n < 1 || p < 1) {
            throw new IllegalArgumentException("X must have at least one row and one column, got shape (" + n + ", " + p + ")");
        }
        if ((long) n * p != x.length) {
            throw new IllegalArgumentException("X has " + x.length + " values, which does not match shape (" + n + ", " + p + ")");
        }
        if (y.length != n) {
            throw new IllegalArgumentException("X has shape (" + n + ", " + p + ") but y has shape (" + y.length
                    + "); they need the same number of rows");
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i])) {
                throw new IllegalArgumentException("X[" + (i / p) + ", " + (i % p) + "] is " + x[i] + "; all values must be finite");
            }
        }
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(y[i])) {
                throw new IllegalArgumentException("y[" + i + "] is " + y[i] + "; all values must be finite");
            }
        }
    }
}
