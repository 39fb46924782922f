package reglab.core.nn;

import reglab.core.check.Checks;
import reglab.core.math.ShortestDecimal;

/**
 * Summary of a layer's activations for a batch ({@code [rows × units]}, e.g. from
 * {@link ActivationProbe}): the share of values that are exactly zero (what ReLU with an L1 activity
 * penalty produces more of), each unit's mean, and a histogram. Computed once at construction; the
 * array is read, not kept.
 */
public final class ActivationStatistics {

    private final int rows;
    private final int units;
    private final int zeros;
    private final double[] unitMeans;
    private final int[] unitZeros;
    private final double mean;
    private final double min;
    private final double max;
    private final double[] values;

    /** @param a activations {@code [rows × units]}, finite */
    public ActivationStatistics(double[] a, int rows, int units) {
        Checks.atLeast("activation rows", rows, 1);
        Checks.atLeast("activation units", units, 1);
        Checks.holds("activations", a, rows, units);
        this.rows = rows;
        this.units = units;
        unitMeans = new double[units];
        unitZeros = new int[units];
        values = new double[rows * units];
        System.arraycopy(a, 0, values, 0, rows * units);
        int z = 0;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        double total = 0;
        for (int r = 0; r < rows; r++) {
            for (int j = 0; j < units; j++) {
                double v = a[r * units + j];
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("activation at row " + r + ", unit " + j + " is " + ShortestDecimal.text(v));
                }
                if (v == 0) {
                    z++;
                    unitZeros[j]++;
                }
                unitMeans[j] += v;
                total += v;
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        for (int j = 0; j < units; j++) {
            unitMeans[j] /= rows;
        }
        zeros = z;
        mean = total / (rows * (double) units);
        min = lo;
        max = hi;
    }

    public int rows() {
        return rows;
    }

    public int units() {
        return units;
    }

    /** Number of activations exactly 0 (negative zero included). */
    public int exactZeros() {
        return zeros;
    }

    /** {@link #exactZeros()} over all {@code rows × units} values. */
    public double zeroFraction() {
        return zeros / (rows * (double) units);
    }

    /** Mean activation of unit {@code j} over the rows. */
    public double unitMean(int j) {
        return unitMeans[j];
    }

    /** Every unit's mean (a copy). */
    public double[] unitMeans() {
        return unitMeans.clone();
    }

    /** Rows in which unit {@code j} is exactly 0. */
    public int unitZeros(int j) {
        return unitZeros[j];
    }

    /** Units that are 0 for every row ("dead" on this batch). */
    public int silentUnits() {
        int n = 0;
        for (int z : unitZeros) {
            n += z == rows ? 1 : 0;
        }
        return n;
    }

    /** Mean of all activations. */
    public double mean() {
        return mean;
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    /**
     * Counts of the activations in {@code bins} equal-width bins over {@code [lo, hi]}: bin i holds
     * {@code lo + i·width <= v < lo + (i + 1)·width}, the last bin includes {@code hi}; values outside
     * the range go to the first or last bin, so the counts always add up to {@code rows × units}.
     *
     * @param lo finite; {@code hi} finite and {@code > lo}; {@code bins >= 1}
     */
    public int[] histogram(double lo, double hi, int bins) {
        Checks.atLeast("histogram bins", bins, 1);
        if (!Double.isFinite(lo) || !Double.isFinite(hi) || !(lo < hi)) {
            throw new IllegalArgumentException("histogram range must be finite with lo < hi, got [" + ShortestDecimal.text(lo) + ", "
                    + ShortestDecimal.text(hi) + "]");
        }
        int[] counts = new int[bins];
        double width = (hi - lo) / bins;
        for (double v : values) {
            int b = (int) Math.floor((v - lo) / width);
            counts[Math.max(0, Math.min(bins - 1, b))]++;
        }
        return counts;
    }
}
