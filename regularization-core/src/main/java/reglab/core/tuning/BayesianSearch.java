package reglab.core.tuning;

import reglab.core.check.Checks;
import reglab.core.math.ShortestDecimal;
import reglab.core.random.Rng;
import reglab.core.tuning.bayes.ExpectedImprovement;
import reglab.core.tuning.bayes.GaussianProcess;
import reglab.core.tuning.bayes.Kernel;
import reglab.core.tuning.bayes.LikelihoodGrid;
import reglab.core.tuning.bayes.Matern52;

/**
 * Bayesian optimisation (Jones, Schonlau &amp; Welch, "Efficient Global Optimization of Expensive
 * Black-Box Functions", J. Global Optim. 1998; Snoek, Larochelle &amp; Adams, NIPS 2012): a Gaussian
 * process models the score over the search space's unit cube, and each new trial goes where the
 * expected improvement over the best score so far is largest.
 *
 * <ul>
 * <li>The first {@code initialTrials} trials (and any trial while fewer than two runs have
 * succeeded) are random search's: drawn exactly as {@link SpaceRandomSearch} with the same seed
 * draws them, so the two strategies share their start.</li>
 * <li>Then a Matérn 5/2 process ({@link Matern52}) is fitted to every trial so far, hyperparameters
 * by {@link LikelihoodGrid}. A failed run counts as the worst score seen, so the search learns to
 * avoid its region. A trial still pending counts as the best score seen, the "constant liar"
 * CL-min of Ginsbourger, Le Riche &amp; Carraro ("Kriging is well-suited to parallelize
 * optimization", 2010), so a batch proposed at once spreads out instead of piling onto one spot.</li>
 * <li>The next point maximises {@link ExpectedImprovement} with margin {@code ξ·s} (s the standard
 * deviation of the fitted scores, so ξ is free of the scores' units) over a candidate set drawn
 * afresh for each trial from a generator seeded by the search's seed and the trial number:
 * {@code candidates} uniform points plus a quarter as many Gaussian steps around the best trial,
 * clipped to the cube, alternately with σ = {@link #LOCAL_SPREAD} and a tenth of it per unit side
 * (the small steps let the search close in on a minimum it has found). Ties keep the first
 * candidate; if no candidate has positive EI, the most uncertain one wins.</li>
 * </ul>
 *
 * <p>Deterministic for a seed: see {@link StepwiseSearch} for the proposal/report discipline.
 */
public final class BayesianSearch extends StepwiseSearch {

    /** Uniform candidates per proposal. */
    public static final int DEFAULT_CANDIDATES = 1000;
    /** Exploration margin ξ in standard deviations of the scores (Lizotte, 2008: 0.01). */
    public static final double DEFAULT_XI = 0.01;
    /** Standard deviation of the wider local candidates around the best trial, per unit side. */
    public static final double LOCAL_SPREAD = 0.05;

    private static final long STREAM_STEP = 0x632BE59BD9B4E019L;

    private final long seed;
    private final int initialTrials;
    private final int candidates;
    private final double xi;
    private final Rng initial;
    private final Kernel family = new Matern52(1, 1);
    private GaussianProcess model;

    /** {@link #defaultInitialTrials} random starts, {@link #DEFAULT_CANDIDATES}, {@link #DEFAULT_XI}. */
    public BayesianSearch(SearchSpace space, long seed) {
        this(space, seed, defaultInitialTrials(space.size()), DEFAULT_CANDIDATES, DEFAULT_XI);
    }

    /**
     * @param initialTrials random trials before the model steers, {@code >= 2}
     * @param candidates uniform candidates per proposal, {@code >= 1}
     * @param xi exploration margin ξ, finite, {@code >= 0}
     */
    public BayesianSearch(SearchSpace space, long seed, int initialTrials, int candidates, double xi) {
        super(space);
        this.seed = seed;
        this.initialTrials = Checks.atLeast("initial random trials", initialTrials, 2);
        this.candidates = Checks.atLeast("EI candidates", candidates, 1);
        this.xi = Checks.nonNegative("EI margin xi", xi);
        this.initial = new Rng(seed);
    }

    /** {@code 2·dims + 1} random starts (5 for a plane). */
    public static int defaultInitialTrials(int dims) {
        return 2 * dims + 1;
    }

    public int initialTrials() {
        return initialTrials;
    }

    public int candidates() {
        return candidates;
    }

    public double xi() {
        return xi;
    }

    /**
     * The process behind the last model-guided proposal (inputs in the unit cube, pending trials
     * included as CL-min), or null before the first.
     */
    public GaussianProcess model() {
        return model;
    }

    /**
     * A process fitted to the reported trials only (failed ones at the worst score), inputs in the
     * unit cube ({@link SearchSpace#toUnit}); null while fewer than two runs have succeeded. For
     * drawing what the search believes; a new fit per call.
     */
    public GaussianProcess surrogate() {
        int d = space().size();
        int n = 0;
        for (int t = 0; t < size(); t++) {
            n += isReported(t) ? 1 : 0;
        }
        double[] x = new double[n * d];
        double[] y = new double[n];
        int k = 0;
        for (int t = 0; t < size(); t++) {
            if (isReported(t)) {
                for (int j = 0; j < d; j++) {
                    x[k * d + j] = unit(t, j);
                }
                k++;
            }
        }
        if (!fillScores(size(), y, false)) {
            return null;
        }
        return LikelihoodGrid.fit(family, x, n, d, y);
    }

    /**
     * The scores the model sees for the first {@code n} trials, in trial order: reported finite
     * scores as they are, failed runs at the worst finite score, pending trials (when
     * {@code withPending}) at the best. Writes only the trials it includes.
     *
     * @return false while fewer than two runs have succeeded
     */
    private boolean fillScores(int n, double[] y, boolean withPending) {
        double best = Double.POSITIVE_INFINITY;
        double worst = Double.NEGATIVE_INFINITY;
        int ok = 0;
        for (int t = 0; t < n; t++) {
            if (succeeded(t)) {
                best = Math.min(best, score(t));
                worst = Math.max(worst, score(t));
                ok++;
            }
        }
        if (ok < 2) {
            return false;
        }
        int k = 0;
        for (int t = 0; t < n; t++) {
            if (isReported(t)) {
                y[k++] = succeeded(t) ? score(t) : worst;
            } else if (withPending) {
                y[k++] = best;
            }
        }
        return true;
    }

    @Override
    protected boolean next(int trial, double[] point, double[] unit) {
        double[] guidance = guidance(trial);
        if (guidance == null) {
            space().sample(initial, point);
            space().toUnit(point, unit);
            return true;
        }
        System.arraycopy(guidedUnit(trial, guidance), 0, unit, 0, space().size());
        space().fromUnit(unit, point);
        return true;
    }

    /**
     * What the model needs to propose trial {@code trial} (= {@link #size()}), or null when that
     * trial is a random one (one of the first {@link #initialTrials}, or fewer than two runs have
     * succeeded): the incumbent's trial number, then the first {@code trial} trials' positions in
     * the unit cube ({@code trial × dims}), then the scores the model sees for them (pending trials
     * at the best score, failed ones at the worst). With {@link #guidedUnit} and {@link #adopt}, a
     * proposal can be computed elsewhere (a browser's worker, with a search of the same space and
     * settings) from these numbers alone.
     *
     * @throws IllegalArgumentException unless {@code trial} is the next trial
     */
    public double[] guidance(int trial) {
        if (trial != size()) {
            throw new IllegalArgumentException("guidance is for the next trial, " + size() + "; got " + trial);
        }
        int d = space().size();
        double[] y = new double[trial];
        if (trial < initialTrials || !fillScores(trial, y, true)) {
            return null;
        }
        double[] g = new double[1 + trial * (d + 1)];
        g[0] = bestTrial();
        for (int t = 0; t < trial; t++) {
            for (int j = 0; j < d; j++) {
                g[1 + t * d + j] = unit(t, j);
            }
        }
        System.arraycopy(y, 0, g, 1 + trial * d, trial);
        return g;
    }

    /**
     * The model-guided proposal for trial {@code trial} from its {@link #guidance}: the point in the
     * unit cube. A pure function of the guidance and this search's space and settings (seed,
     * candidates, ξ), so it gives the same point in any search built alike; it also makes
     * {@link #model()} the process it fitted.
     *
     * @throws IllegalArgumentException if the guidance does not hold {@code trial} trials
     */
    public double[] guidedUnit(int trial, double[] guidance) {
        int d = space().size();
        if (trial < 1 || guidance == null || guidance.length != 1 + trial * (d + 1)) {
            throw new IllegalArgumentException("guidance for trial " + trial + " of a " + d
                    + "-dimensional search has " + (1 + trial * (d + 1)) + " numbers; got "
                    + (guidance == null ? "none" : String.valueOf(guidance.length)));
        }
        int incumbent = (int) guidance[0];
        if (incumbent < 0 || incumbent >= trial || incumbent != guidance[0]) {
            throw new IllegalArgumentException("guidance names trial " + ShortestDecimal.text(guidance[0])
                    + " as the best; trials are 0 to " + (trial - 1));
        }
        double[] x = java.util.Arrays.copyOfRange(guidance, 1, 1 + trial * d);
        double[] y = java.util.Arrays.copyOfRange(guidance, 1 + trial * d, guidance.length);
        model = LikelihoodGrid.fit(family, x, trial, d, y);
        double best = Double.POSITIVE_INFINITY;
        double mean = 0;
        for (double v : y) {
            best = Math.min(best, v);
            mean += v;
        }
        mean /= trial;
        double ss = 0;
        for (double v : y) {
            ss += (v - mean) * (v - mean);
        }
        double margin = xi * Math.sqrt(ss / trial);
        Rng rng = new Rng(seed + STREAM_STEP * (trial + 1L));
        int local = candidates / 4;
        double[] c = new double[d];
        double[] ms = new double[2];
        double bestEi = -1;
        double bestStd = -1;
        double[] byEi = new double[d];
        double[] byStd = new double[d];
        for (int i = 0; i < candidates + local; i++) {
            for (int j = 0; j < d; j++) {
                if (i < candidates) {
                    c[j] = rng.nextDouble();
                } else {
                    double spread = (i - candidates) % 2 == 0 ? LOCAL_SPREAD : LOCAL_SPREAD / 10;
                    double v = x[incumbent * d + j] + spread * rng.nextGaussian();
                    c[j] = Math.min(1, Math.max(0, v));
                }
            }
            model.predict(c, 0, ms);
            double ei = ExpectedImprovement.of(ms[0], ms[1], best, margin);
            if (ei > bestEi) {
                bestEi = ei;
                System.arraycopy(c, 0, byEi, 0, d);
            }
            if (ms[1] > bestStd) {
                bestStd = ms[1];
                System.arraycopy(c, 0, byStd, 0, d);
            }
        }
        return (bestEi > 0 ? byEi : byStd).clone();
    }

    /**
     * Proposes the next trial at {@code unit}, a point {@link #guidedUnit} computed elsewhere from
     * this search's {@link #guidance}: the same trial as {@link #propose}{@code (1)} would make here.
     *
     * @return the new trial's number
     * @throws IllegalArgumentException if {@code unit} is not a point of the unit cube
     */
    public int adopt(double[] unit) {
        int d = space().size();
        if (unit == null || unit.length != d) {
            throw new IllegalArgumentException("a proposed point has " + d + " coordinates; got "
                    + (unit == null ? "none" : String.valueOf(unit.length)));
        }
        for (int j = 0; j < d; j++) {
            if (!(unit[j] >= 0 && unit[j] <= 1)) {
                throw new IllegalArgumentException("coordinate " + j + " of a proposed point is "
                        + ShortestDecimal.text(unit[j]) + "; the unit cube's are 0 to 1");
            }
        }
        double[] point = new double[d];
        space().fromUnit(unit.clone(), point);
        return append(point, unit.clone());
    }

    @Override
    public String describe() {
        return "Bayesian (Matern52 GP, expected improvement, " + initialTrials + " random starts)";
    }
}
