package reglab.core.tuning;

import reglab.core.check.Checks;

/**
 * Grid search over a {@link SearchSpace}: every combination of evenly spaced values per dimension
 * ({@link SearchDimension#grid}, on each dimension's own scale, ends included), proposed in
 * row-major order, the last dimension changing fastest (as {@code itertools.product}). The
 * n-dimensional, step-wise form of {@link GridSearch}.
 */
public final class SpaceGridSearch extends StepwiseSearch {

    private final double[][] values;
    private final int total;

    /** @param pointsPerDimension one count {@code >= 1} per dimension of {@code space} */
    public SpaceGridSearch(SearchSpace space, int... pointsPerDimension) {
        super(space);
        Checks.notNull("grid points per dimension", pointsPerDimension);
        if (pointsPerDimension.length != space.size()) {
            throw new IllegalArgumentException("grid needs one point count per dimension: " + space.size()
                    + " dimensions, " + pointsPerDimension.length + " counts");
        }
        values = new double[space.size()][];
        long t = 1;
        for (int d = 0; d < values.length; d++) {
            values[d] = space.dimension(d).grid(pointsPerDimension[d]);
            t *= pointsPerDimension[d];
            if (t > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("grid of more than " + Integer.MAX_VALUE + " points");
            }
        }
        total = (int) t;
    }

    /**
     * The largest grid with the same count in every dimension that fits {@code budget} trials:
     * {@code ⌊budget^(1/d)⌋} points per dimension (16 trials in 2-D: 4 × 4).
     */
    public static SpaceGridSearch forBudget(SearchSpace space, int budget) {
        Checks.notNull("search space", space);
        Checks.atLeast("trial budget", budget, 1);
        int d = space.size();
        int k = 1;
        while (power(k + 1, d) <= budget) {
            k++;
        }
        int[] counts = new int[d];
        java.util.Arrays.fill(counts, k);
        return new SpaceGridSearch(space, counts);
    }

    private static long power(int base, int exponent) {
        long p = 1;
        for (int i = 0; i < exponent && p <= Integer.MAX_VALUE; i++) {
            p *= base;
        }
        return p;
    }

    /** Number of grid points, the most trials this search proposes. */
    public int gridSize() {
        return total;
    }

    /** Grid values of dimension {@code d} (a copy). */
    public double[] values(int d) {
        return values[d].clone();
    }

    @Override
    protected boolean next(int trial, double[] point, double[] unit) {
        if (trial >= total) {
            return false;
        }
        int rest = trial;
        for (int d = values.length - 1; d >= 0; d--) {
            int n = values[d].length;
            point[d] = values[d][rest % n];
            rest /= n;
        }
        space().toUnit(point, unit);
        return true;
    }

    @Override
    public String describe() {
        StringBuilder s = new StringBuilder("grid ");
        for (int d = 0; d < values.length; d++) {
            s.append(d == 0 ? "" : " x ").append(values[d].length);
        }
        return s.toString();
    }
}
