package reglab.core.tuning;

import reglab.core.random.Rng;

/**
 * Random search over a {@link SearchSpace} (Bergstra &amp; Bengio, JMLR 2012): each trial draws every
 * dimension uniformly on its own scale ({@link SearchSpace#sample}), from a generator seeded once,
 * so trial t is the same point whatever the batch sizes. The n-dimensional, step-wise form of
 * {@link RandomSearch}. Never runs out of points.
 */
public final class SpaceRandomSearch extends StepwiseSearch {

    private final Rng rng;

    public SpaceRandomSearch(SearchSpace space, long seed) {
        super(space);
        this.rng = new Rng(seed);
    }

    @Override
    protected boolean next(int trial, double[] point, double[] unit) {
        space().sample(rng, point);
        space().toUnit(point, unit);
        return true;
    }

    @Override
    public String describe() {
        return "random";
    }
}
