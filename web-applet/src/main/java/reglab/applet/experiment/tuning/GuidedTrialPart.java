package reglab.applet.experiment.tuning;

import reglab.applet.run.PartedRun;
import reglab.applet.settings.Config;
import reglab.core.data.Dataset;
import reglab.core.tuning.BayesianSearch;

/**
 * A Bayesian trial the model steers: its first unit makes the proposal from the trials before it
 * ({@link BayesianSearch#guidedUnit}, a Gaussian-process fit and its expected improvement over
 * some 1,250 candidates), the rest train a {@link TrialPart} at that point. So the proposal runs
 * where the trial runs, in a worker when there is one, and the page's thread only packs the
 * earlier trials' positions and scores ({@link BayesianSearch#guidance}).
 *
 * <p>Its result: the trial's {score, accuracy}, then the proposed point in the unit cube, which
 * the run adopts as the trial ({@link BayesianSearch#adopt}).
 */
final class GuidedTrialPart implements PartedRun.Part {

    /** The proposal happens here; only the search's settings (seed, space) are read. */
    private final BayesianSearch search;
    private final int trial;
    private final double[] guidance;
    private final Config config;
    private final Dataset train;
    private final Dataset validation;
    private double[] unit;
    private TrialPart trainer;

    GuidedTrialPart(BayesianSearch search, int trial, double[] guidance, Config config, Dataset train,
            Dataset validation) {
        this.search = search;
        this.trial = trial;
        this.guidance = guidance;
        this.config = config;
        this.train = train;
        this.validation = validation;
    }

    @Override
    public boolean advance() {
        if (trainer == null) {
            unit = search.guidedUnit(trial, guidance);
            double[] point = new double[unit.length];
            search.space().fromUnit(unit.clone(), point);
            trainer = new TrialPart(config, train, validation, point[0], point[1]);
            return true;
        }
        return trainer.advance();
    }

    @Override
    public boolean finished() {
        return trainer != null && trainer.finished();
    }

    @Override
    public long samples() {
        return trainer == null ? 0 : trainer.samples();
    }

    @Override
    public double[] result() {
        double[] r = trainer.result();
        return new double[] {r[0], r[1], unit[0], unit[1]};
    }

    @Override
    public String resultJson() {
        return "{}";
    }
}
