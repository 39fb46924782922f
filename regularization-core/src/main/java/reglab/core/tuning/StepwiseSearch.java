package reglab.core.tuning;

import reglab.core.check.Checks;
import reglab.core.math.ShortestDecimal;

/**
 * A hyperparameter search run as "ask, then tell", so that trials can be scored anywhere (a
 * browser's workers, one at a time on the main thread) and a search can be shown as it goes:
 *
 * <pre>{@code
 * StepwiseSearch search = new BayesianSearch(space, seed);   // or SpaceGridSearch, SpaceRandomSearch
 * int[] batch = search.propose(4);              // trial numbers 0..3; search.point(t) is each one's values
 * search.report(batch[2], 0.31);                // scores arrive in any order
 * ...                                           // report all four, then propose the next batch
 * }</pre>
 *
 * <p>Trials are numbered 0, 1, 2, ... in the order proposed. A score is reported once per trial
 * (lower is better); NaN or ∞ marks a failed run, which never counts as the best. What a search
 * proposes may depend on the scores reported so far (Bayesian search) and on the trials still
 * pending, never on the order in which scores arrived: with the same seed, proposing in the same
 * batch sizes and reporting each batch completely before the next proposal gives the same trials
 * however the batch's runs were scheduled.
 *
 * <p>Subclasses implement {@link #next}; everything else is bookkeeping shared by all strategies.
 * {@link SearchResult}, the λ-only result of {@link GridSearch}, is not used: its candidates carry
 * k-fold means and spreads, these trials one score each.
 */
public abstract class StepwiseSearch {

    private final SearchSpace space;
    private final int dims;
    private double[] points = new double[0];
    private double[] units = new double[0];
    private double[] scores = new double[0];
    private boolean[] reported = new boolean[0];
    private int size;
    private int reportedCount;

    protected StepwiseSearch(SearchSpace space) {
        this.space = Checks.notNull("search space", space);
        this.dims = space.size();
    }

    /**
     * Writes the point of the new trial number {@code trial} (= {@link #size()}) into
     * {@code point} (values) and {@code unit} (the same point in the unit cube,
     * {@link SearchSpace#toUnit}).
     *
     * @return false when the strategy has no further point (a finished grid)
     */
    protected abstract boolean next(int trial, double[] point, double[] unit);

    /** A short description for the lab, e.g. {@code "grid 4 x 4"}. */
    public abstract String describe();

    public final SearchSpace space() {
        return space;
    }

    /**
     * Proposes up to {@code count} new trials; each becomes pending until {@link #report}ed.
     *
     * @param count {@code >= 1}
     * @return the new trial numbers, consecutive; fewer than {@code count} (possibly none) only when
     *     the strategy has run out of points
     */
    public final int[] propose(int count) {
        Checks.atLeast("trials to propose", count, 1);
        double[] p = new double[dims];
        double[] u = new double[dims];
        int made = 0;
        while (made < count && next(size, p, u)) {
            append(p, u);
            made++;
        }
        int[] ids = new int[made];
        for (int i = 0; i < made; i++) {
            ids[i] = size - made + i;
        }
        return ids;
    }

    /**
     * Appends a new pending trial at {@code p} (values) and {@code u} (the same point in the unit
     * cube): for a subclass that takes a proposal made elsewhere. Returns its number.
     */
    protected final int append(double[] p, double[] u) {
        if (size == scores.length) {
            int grown = Math.max(16, 2 * size);
            points = java.util.Arrays.copyOf(points, grown * dims);
            units = java.util.Arrays.copyOf(units, grown * dims);
            scores = java.util.Arrays.copyOf(scores, grown);
            reported = java.util.Arrays.copyOf(reported, grown);
        }
        System.arraycopy(p, 0, points, size * dims, dims);
        System.arraycopy(u, 0, units, size * dims, dims);
        scores[size] = Double.NaN;
        return size++;
    }

    /**
     * Records the score of a pending trial: lower is better; NaN or ±∞ for a failed run.
     *
     * @throws IllegalArgumentException for a trial never proposed
     * @throws IllegalStateException if the trial already has a score
     */
    public final void report(int trial, double score) {
        checkTrial(trial);
        if (reported[trial]) {
            throw new IllegalStateException("trial " + trial + " already has a score (" + ShortestDecimal.text(scores[trial]) + ")");
        }
        reported[trial] = true;
        scores[trial] = score;
        reportedCount++;
    }

    private void checkTrial(int trial) {
        if (trial < 0 || trial >= size) {
            throw new IllegalArgumentException("trial " + trial + " was never proposed; trials are 0 to "
                    + (size - 1));
        }
    }

    /** Trials proposed so far. */
    public final int size() {
        return size;
    }

    /** Trials proposed and not yet reported. */
    public final int pending() {
        return size - reportedCount;
    }

    /** A copy of trial {@code trial}'s values, one per dimension. */
    public final double[] point(int trial) {
        checkTrial(trial);
        double[] p = new double[dims];
        System.arraycopy(points, trial * dims, p, 0, dims);
        return p;
    }

    /** Trial {@code trial}'s value in dimension {@code dim}. */
    public final double value(int trial, int dim) {
        checkTrial(trial);
        return points[trial * dims + dim];
    }

    /** Trial {@code trial}'s position in dimension {@code dim} of the unit cube. */
    public final double unit(int trial, int dim) {
        checkTrial(trial);
        return units[trial * dims + dim];
    }

    public final boolean isReported(int trial) {
        checkTrial(trial);
        return reported[trial];
    }

    /** The reported score, NaN while pending (and for a failed run reported as NaN). */
    public final double score(int trial) {
        checkTrial(trial);
        return scores[trial];
    }

    /** Whether trial {@code trial} is reported with a finite score. */
    public final boolean succeeded(int trial) {
        checkTrial(trial);
        return reported[trial] && Double.isFinite(scores[trial]);
    }

    /** The trial with the lowest finite score (the earliest among equals), or -1 if none. */
    public final int bestTrial() {
        return bestAmong(size);
    }

    /** The lowest finite score among the first {@code trials} trials, NaN if none: a search's progress curve. */
    public final double bestScoreAfter(int trials) {
        if (trials < 0 || trials > size) {
            throw new IllegalArgumentException("trials must be in [0, " + size + "], got " + trials);
        }
        int b = bestAmong(trials);
        return b < 0 ? Double.NaN : scores[b];
    }

    private int bestAmong(int n) {
        int b = -1;
        for (int t = 0; t < n; t++) {
            if (reported[t] && Double.isFinite(scores[t]) && (b < 0 || scores[t] < scores[b])) {
                b = t;
            }
        }
        return b;
    }

    /**
     * Runs the search on the calling thread until {@code budget} trials exist (or the strategy runs
     * out): proposes {@code batch} trials at a time and scores them in order with {@code scorer}.
     * The same trials as a page that proposes batches of the same size and reports each batch
     * fully before the next.
     *
     * @return this search
     */
    public final StepwiseSearch run(int budget, int batch, TrialScorer scorer) {
        Checks.atLeast("trial budget", budget, 1);
        Checks.atLeast("batch size", batch, 1);
        Checks.notNull("scorer", scorer);
        while (size < budget) {
            int[] ids = propose(Math.min(batch, budget - size));
            if (ids.length == 0) {
                break;
            }
            for (int id : ids) {
                report(id, scorer.score(id, point(id)));
            }
        }
        return this;
    }
}
