package reglab.core.tuning;

import reglab.core.check.Checks;
import reglab.core.math.PortableMath;
import reglab.core.math.ShortestDecimal;
import reglab.core.random.Rng;

/**
 * One hyperparameter of a {@link SearchSpace}: a name and a closed range, searched on a linear
 * scale (e.g. a dropout rate) or a logarithmic one (e.g. an L2 rate, which matters by its order of
 * magnitude). Searches also see it through the unit interval: {@link #toUnit} maps the range onto
 * [0, 1], linearly in the value or in its logarithm. Immutable.
 */
public final class SearchDimension {

    private final String name;
    private final double lo;
    private final double hi;
    private final boolean log;

    private SearchDimension(String name, double lo, double hi, boolean log) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("a search dimension needs a name");
        }
        if (!Double.isFinite(lo) || !Double.isFinite(hi) || !(lo < hi)) {
            throw new IllegalArgumentException("search dimension '" + name + "' needs finite bounds lo < hi, got ["
                    + ShortestDecimal.text(lo) + ", " + ShortestDecimal.text(hi) + "]");
        }
        if (log) {
            Checks.positive("lower bound of log-scaled search dimension '" + name + "'", lo);
        }
        this.name = name;
        this.lo = lo;
        this.hi = hi;
        this.log = log;
    }

    /** A dimension searched evenly in its value. */
    public static SearchDimension linear(String name, double lo, double hi) {
        return new SearchDimension(name, lo, hi, false);
    }

    /** A dimension searched evenly in the logarithm of its value; {@code lo > 0}. */
    public static SearchDimension log(String name, double lo, double hi) {
        return new SearchDimension(name, lo, hi, true);
    }

    public String name() {
        return name;
    }

    public double lo() {
        return lo;
    }

    public double hi() {
        return hi;
    }

    public boolean logScale() {
        return log;
    }

    /** The position of {@code value} in the range, 0 at {@code lo} and 1 at {@code hi}. */
    public double toUnit(double value) {
        if (log) {
            return (PortableMath.log(value) - PortableMath.log(lo)) / (PortableMath.log(hi) - PortableMath.log(lo));
        }
        return (value - lo) / (hi - lo);
    }

    /** The value at position {@code u} of the range; exactly {@code lo} at 0 and {@code hi} at 1. */
    public double fromUnit(double u) {
        if (u == 0) {
            return lo;
        }
        if (u == 1) {
            return hi;
        }
        if (log) {
            double a = PortableMath.log(lo);
            return PortableMath.exp(a + (PortableMath.log(hi) - a) * u);
        }
        return lo + (hi - lo) * u;
    }

    /**
     * A uniform draw on the dimension's scale: {@link RandomSearch#logUniform} for a log scale,
     * {@link Rng#uniform} otherwise (one draw from {@code rng} either way).
     */
    public double sample(Rng rng) {
        return log ? RandomSearch.logUniform(lo, hi, rng) : rng.uniform(lo, hi);
    }

    /**
     * {@code count} values evenly spaced on the dimension's scale, ends included
     * ({@link GridSearch#logSpace} for a log scale); a single value is the middle of the range.
     */
    public double[] grid(int count) {
        Checks.atLeast("grid points of '" + name + "'", count, 1);
        if (count == 1) {
            return new double[] {fromUnit(0.5)};
        }
        if (log) {
            return GridSearch.logSpace(lo, hi, count);
        }
        double[] g = new double[count];
        for (int i = 0; i < count; i++) {
            g[i] = fromUnit(i / (double) (count - 1));
        }
        return g;
    }

    @Override
    public String toString() {
        return name + " in [" + ShortestDecimal.text(lo) + ", " + ShortestDecimal.text(hi) + "]" + (log ? " (log scale)" : "");
    }
}
