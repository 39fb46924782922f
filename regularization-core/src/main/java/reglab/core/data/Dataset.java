package reglab.core.data;

import reglab.core.math.ShortestDecimal;

/**
 * A fixed table of examples: inputs {@code x} of shape {@code [rows × features]} and targets
 * {@code y} of shape {@code [rows × outputs]}, both flat row-major ({@code x[r * features + c]}).
 * Classification targets are one-hot rows, or a single 0/1 column for two classes.
 *
 * <p>Immutable: the constructor copies and validates its arrays (every value finite, lengths
 * matching the shape); {@link #x()} and {@link #y()} return the internal arrays without copying, for
 * speed, and callers must not write them.
 */
public final class Dataset {

    private final double[] x;
    private final double[] y;
    private final int rows;
    private final int features;
    private final int outputs;

    /**
     * @throws IllegalArgumentException on a non-positive size, a length that does not match the
     *     shape (both named), or a NaN/infinite value (its row and column named)
     */
    public Dataset(double[] x, double[] y, int rows, int features, int outputs) {
        this(check(x, "x", rows, features).clone(), check(y, "y", rows, outputs).clone(),
                rows, features, outputs, true);
    }

    private Dataset(double[] x, double[] y, int rows, int features, int outputs, boolean trusted) {
        this.x = x;
        this.y = y;
        this.rows = rows;
        this.features = features;
        this.outputs = outputs;
    }

    /** Wraps arrays this package has just made (already finite and of the right size). */
    static Dataset wrap(double[] x, double[] y, int rows, int features, int outputs) {
        return new Dataset(x, y, rows, features, outputs, true);
    }

    private static double[] check(double[] a, String name, int rows, int cols) {
        if (rows < 1 || cols < 1) {
            throw new IllegalArgumentException("dataset shape must be at least [1 x 1], got " + name
                    + " [" + rows + " x " + cols + "]");
        }
        if (a == null) {
            throw new IllegalArgumentException("dataset " + name + " must not be null");
        }
        if (a.length != (long) rows * cols) {
            throw new IllegalArgumentException("dataset " + name + ": shape mismatch, [" + rows
                    + " x " + cols + "] needs " + ((long) rows * cols) + " values but the array has "
                    + a.length);
        }
        for (int i = 0; i < a.length; i++) {
            if (!Double.isFinite(a[i])) {
                throw new IllegalArgumentException("dataset " + name + " has " + ShortestDecimal.text(a[i]) + " at row "
                        + (i / cols) + ", column " + (i % cols) + " (0-based); remove or impute it");
            }
        }
        return a;
    }

    public int rows() {
        return rows;
    }

    public int features() {
        return features;
    }

    public int outputs() {
        return outputs;
    }

    /** The inputs, row-major {@code [rows × features]}; read only. */
    public double[] x() {
        return x;
    }

    /** The targets, row-major {@code [rows × outputs]}; read only. */
    public double[] y() {
        return y;
    }

    public double x(int row, int feature) {
        return x[row * features + feature];
    }

    public double y(int row, int output) {
        return y[row * outputs + output];
    }

    /**
     * A new dataset of the given rows, in the given order (repeats allowed).
     *
     * @throws IllegalArgumentException if an index is out of range or none is given
     */
    public Dataset select(int[] indices) {
        if (indices.length == 0) {
            throw new IllegalArgumentException("select needs at least one row index");
        }
        double[] sx = new double[indices.length * features];
        double[] sy = new double[indices.length * outputs];
        for (int k = 0; k < indices.length; k++) {
            int r = indices[k];
            if (r < 0 || r >= rows) {
                throw new IllegalArgumentException("row index " + r + " out of range [0, " + rows + ")");
            }
            System.arraycopy(x, r * features, sx, k * features, features);
            System.arraycopy(y, r * outputs, sy, k * outputs, outputs);
        }
        return new Dataset(sx, sy, indices.length, features, outputs, true);
    }
}
