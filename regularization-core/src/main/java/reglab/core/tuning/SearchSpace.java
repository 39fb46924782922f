package reglab.core.tuning;

import reglab.core.check.Checks;
import reglab.core.math.ShortestDecimal;
import reglab.core.random.Rng;

/**
 * The box of hyperparameter values a {@link StepwiseSearch} explores: one {@link SearchDimension}
 * per hyperparameter, e.g. an L2 rate on a log scale × a dropout rate. A point is a
 * {@code double[]} with one value per dimension, in the dimensions' order. Immutable.
 */
public final class SearchSpace {

    private final SearchDimension[] dims;

    /** @param dimensions at least one, none null, distinct names; the array is copied */
    public SearchSpace(SearchDimension... dimensions) {
        Checks.notNull("search dimensions", dimensions);
        if (dimensions.length == 0) {
            throw new IllegalArgumentException("a search space needs at least one dimension");
        }
        for (int i = 0; i < dimensions.length; i++) {
            Checks.notNull("search dimension " + i, dimensions[i]);
            for (int j = 0; j < i; j++) {
                if (dimensions[j].name().equals(dimensions[i].name())) {
                    throw new IllegalArgumentException("search dimension '" + dimensions[i].name()
                            + "' is given twice");
                }
            }
        }
        this.dims = dimensions.clone();
    }

    /** Number of dimensions. */
    public int size() {
        return dims.length;
    }

    public SearchDimension dimension(int i) {
        return dims[i];
    }

    /** Draws a point, dimension by dimension ({@link SearchDimension#sample}), into {@code point}. */
    public void sample(Rng rng, double[] point) {
        for (int d = 0; d < dims.length; d++) {
            point[d] = dims[d].sample(rng);
        }
    }

    /** Maps {@code point} to the unit cube, into {@code unit}. */
    public void toUnit(double[] point, double[] unit) {
        for (int d = 0; d < dims.length; d++) {
            unit[d] = dims[d].toUnit(point[d]);
        }
    }

    /** Maps {@code unit} (in the unit cube) back to values, into {@code point}. */
    public void fromUnit(double[] unit, double[] point) {
        for (int d = 0; d < dims.length; d++) {
            point[d] = dims[d].fromUnit(unit[d]);
        }
    }

    /**
     * Requires {@code point} to have one value per dimension, each within its bounds; the message
     * names the dimension and value.
     */
    public void check(double[] point) {
        Checks.notNull("point", point);
        if (point.length != dims.length) {
            throw new IllegalArgumentException("a point of this search space has " + dims.length
                    + " values, got " + point.length);
        }
        for (int d = 0; d < dims.length; d++) {
            if (!(point[d] >= dims[d].lo() && point[d] <= dims[d].hi())) {
                throw new IllegalArgumentException(dims[d].name() + " must be in [" + ShortestDecimal.text(dims[d].lo()) + ", "
                        + ShortestDecimal.text(dims[d].hi()) + "], got " + ShortestDecimal.text(point[d]));
            }
        }
    }
}
