package reglab.applet.experiment.tuning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reglab.applet.catalogue.SpecText;
import reglab.applet.run.PartedRun;
import reglab.applet.settings.SpecException;
import reglab.core.data.SparseRegression;
import reglab.core.linear.ElasticNetPath;
import reglab.core.random.Rng;
import reglab.core.tuning.BayesianSearch;
import reglab.core.tuning.CrossValidationCurve;
import reglab.core.tuning.ElasticNetCV;
import reglab.core.tuning.StepwiseSearch;

/**
 * What the tuning experiment exists to show, at its defaults: cross-validation's curve is the
 * mean of the fold curves drawn under it, the one-standard-error λ is never below λ_min and picks
 * sparser models, nearer the true support; the parted run gives the core's cross-validation bit
 * for bit and the same result in whatever order its parts finish; and Bayesian optimization,
 * after its random start, spends its trials where the validation loss is low.
 */
class TuningRunTest {

    private static TuningRun defaults;

    private static TuningRun trained(String spec) {
        TuningRun run = new TuningRun(SpecText.parseQuery(spec));
        while (run.advance()) {
            // to the end, as the page's slices do
        }
        return run;
    }

    /** Only the folds (parts come in index order, folds first), for the cross-validation checks. */
    private static TuningRun foldsOnly(String spec) {
        TuningRun run = new TuningRun(SpecText.parseQuery(spec));
        while (run.curve() == null) {
            run.advance();
        }
        return run;
    }

    @BeforeAll
    static void trainDefaults() {
        defaults = trained("experiment=tuning");
    }

    @Test
    void thePlottedMeanIsTheMeanOfTheFoldCurvesAndTheOneSeLambdaIsNotBelowLambdaMin() {
        CrossValidationCurve c = defaults.curve();
        int folds = defaults.folds();
        double[] mean = c.mean();
        double[] se = c.standardError();
        for (int a = 0; a < c.size(); a++) {
            // 100 rows in 5 folds of 20: the plain mean and sample standard deviation over √5.
            double m = 0;
            for (int k = 0; k < folds; k++) {
                m += defaults.foldErrors(k)[a];
            }
            m /= folds;
            double ss = 0;
            for (int k = 0; k < folds; k++) {
                ss += (defaults.foldErrors(k)[a] - m) * (defaults.foldErrors(k)[a] - m);
            }
            assertEquals(m, mean[a], 1e-12 * m, "mean at alpha #" + a);
            assertEquals(Math.sqrt(ss / (folds - 1) / folds), se[a], 1e-9 * se[a] + 1e-15, "se at alpha #" + a);
        }
        assertTrue(c.alphaOneSe() >= c.alphaMin());
        assertTrue(c.indexMin() > 0 && c.indexMin() < c.size() - 1,
                "at the defaults the minimum is inside the path, index " + c.indexMin());
        assertTrue(mean[c.indexOneSe()] <= mean[c.indexMin()] + se[c.indexMin()]);
        assertTrue(c.indexOneSe() == 0 || mean[c.indexOneSe() - 1] > mean[c.indexMin()] + se[c.indexMin()],
                "λ_1se is the largest λ within one standard error");
    }

    @Test
    void thePartedRunGivesTheCoresCrossValidationBitForBit() {
        SparseRegression problem = SparseRegression.generate(100, 20, 5, 1, new Rng(1));
        ElasticNetCV cv = new ElasticNetCV(new ElasticNetPath(1, 30, ElasticNetPath.DEFAULT_EPS, 1000, 1e-4), 5);
        ElasticNetCV.Result core = cv.fit(problem.data());
        assertArrayEquals(core.curve().alphas(), defaults.alphas(), 0);
        for (int k = 0; k < 5; k++) {
            assertArrayEquals(core.curve().foldErrors(k), defaults.foldErrors(k), 0, "fold " + k);
        }
        assertArrayEquals(core.atMin().coef(), defaults.atMin().coef(), 0);
        assertArrayEquals(core.atOneSe().coef(), defaults.atOneSe().coef(), 0);
        assertArrayEquals(problem.trueCoefficients(), defaults.trueCoefficients(), 0);
    }

    /**
     * Over eight seeds the one-standard-error rule keeps on average 6.4 coefficients and λ_min
     * 11 (5 are truly non-zero): the assertion asks that the 1se model is never the less sparse,
     * and is nearer the truth on average.
     */
    @Test
    void theOneSeRuleChoosesSparserModelsNearerTheTrueSupport() {
        double offMin = 0;
        double offOneSe = 0;
        for (int seed = 1; seed <= 8; seed++) {
            TuningRun run = foldsOnly("experiment=tuning&seed=" + seed);
            int min = nonZero(run.atMin().coef());
            int oneSe = nonZero(run.atOneSe().coef());
            assertTrue(oneSe <= min, "seed " + seed + ": " + oneSe + " > " + min);
            offMin += Math.abs(min - 5);
            offOneSe += Math.abs(oneSe - 5);
        }
        assertTrue(offOneSe < offMin / 2, "distance from 5 non-zero: 1se " + offOneSe + ", min " + offMin);
    }

    private static int nonZero(double[] w) {
        int n = 0;
        for (double v : w) {
            n += v != 0 ? 1 : 0;
        }
        return n;
    }

    @Test
    void everyStrategySpendsTheSameBudgetAndTheGridIsTheGrid() {
        for (int s = 0; s < 3; s++) {
            assertEquals(16, defaults.search(s).size());
            assertEquals(16, defaults.trialsIn(s));
        }
        StepwiseSearch grid = defaults.search(TuningRun.GRID);
        assertEquals(TuningRun.L2_MIN, grid.value(0, 0));
        assertEquals(0, grid.value(0, 1));
        assertEquals(TuningRun.L2_MAX, grid.value(15, 0));
        assertEquals(TuningRun.DROPOUT_MAX, grid.value(15, 1));
        // Bayesian optimization starts where random search starts (the same seed), then steers.
        StepwiseSearch random = defaults.search(TuningRun.RANDOM);
        StepwiseSearch bayes = defaults.search(TuningRun.BAYES);
        for (int t = 0; t < 5; t++) {
            assertArrayEquals(random.point(t), bayes.point(t), 0);
            assertEquals(random.score(t), bayes.score(t), 0, "same point, same training, same score");
        }
        assertFalse(Arrays.equals(random.point(5), bayes.point(5)));
    }

    /**
     * The search's point, honestly: on this plane the best scores of all three strategies lie
     * within a few percent (seed 1: grid 0.214, random 0.1995, Bayesian 0.198), but once its model
     * steers, Bayesian optimization puts its trials where the loss is lower: the median score of
     * its trials 6–16 is below random search's same trials in 7 of seeds 1–8 (by 4–15%; seed 8
     * is the exception, 0.194 against 0.191). Asserted for seeds 1–3.
     */
    @Test
    void bayesianOptimizationSpendsItsTrialsWhereTheLossIsLow() {
        double bayesBest = defaults.search(TuningRun.BAYES).score(defaults.search(TuningRun.BAYES).bestTrial());
        double randomBest = defaults.search(TuningRun.RANDOM).score(defaults.search(TuningRun.RANDOM).bestTrial());
        double gridBest = defaults.search(TuningRun.GRID).score(defaults.search(TuningRun.GRID).bestTrial());
        assertTrue(bayesBest <= randomBest && bayesBest <= gridBest,
                "defaults: Bayesian " + bayesBest + ", random " + randomBest + ", grid " + gridBest);
        for (int seed = 1; seed <= 3; seed++) {
            TuningRun run = seed == 1 ? defaults : trained("experiment=tuning&map=0&seed=" + seed);
            double bayes = medianAfterStart(run.search(TuningRun.BAYES));
            double random = medianAfterStart(run.search(TuningRun.RANDOM));
            assertTrue(bayes < random, "seed " + seed + ": median of steered trials " + bayes
                    + ", random search's same trials " + random);
        }
    }

    private static double medianAfterStart(StepwiseSearch s) {
        double[] v = new double[s.size() - 5];
        for (int t = 5; t < s.size(); t++) {
            v[t - 5] = s.succeeded(t) ? s.score(t) : Double.POSITIVE_INFINITY;
        }
        Arrays.sort(v);
        return v[v.length / 2];
    }

    /** The map is the plane's truth: no search finds a point much better than its best point. */
    @Test
    void theMapShowsWhereTheBottomIs() {
        double mapBest = Double.POSITIVE_INFINITY;
        for (int i = 0; i < defaults.mapSide(); i++) {
            for (int j = 0; j < defaults.mapSide(); j++) {
                mapBest = Math.min(mapBest, defaults.mapScore(i, j));
            }
        }
        assertEquals(49, defaults.mapIn());
        for (int s = 0; s < 3; s++) {
            StepwiseSearch search = defaults.search(s);
            assertTrue(search.score(search.bestTrial()) > 0.9 * mapBest, "strategy " + s);
        }
        // Overfitting at the weakest L2 without dropout, underfitting at the strongest.
        assertTrue(defaults.mapScore(0, 0) > 1.5 * mapBest);
        assertTrue(defaults.mapScore(6, 0) > 2 * mapBest);
    }

    /** Parts run elsewhere and delivered in reverse order give the same result, bit for bit. */
    @Test
    void theResultDoesNotDependOnWhereOrInWhichOrderPartsFinish() {
        String spec = "experiment=tuning&samples=60&features=10&informative=3&folds=3&alphas=10"
                + "&trials=9&epochs=5&map=3&seed=4";
        String inOrder = trained(spec).resultJson();
        TuningRun run = new TuningRun(SpecText.parseQuery(spec));
        TuningRun worker = new TuningRun(SpecText.parseQuery(spec));
        int guided = 0;
        while (!run.finished()) {
            // Claim every ready part, then run and deliver them last-first, as slow workers might.
            int[] batch = new int[run.parts()];
            int n = 0;
            for (int i = run.nextReady(); i >= 0; i = run.nextReady()) {
                run.claim(i);
                batch[n++] = i;
            }
            double[][] inputs = new double[n][];
            for (int k = 0; k < n; k++) {
                inputs[k] = run.input(batch[k]);
                guided += inputs[k].length > 2 ? 1 : 0;
            }
            for (int k = n - 1; k >= 0; k--) {
                run.deliver(batch[k], PartedRun.runPart(worker.newPart(batch[k], inputs[k])), 0);
            }
        }
        assertEquals(inOrder, run.resultJson());
        // The four trials the model steers (after five random ones) were proposed by the worker's
        // copy of the run, from the guidance it was sent; the page's run fitted no process.
        assertEquals(4, guided);
        assertEquals(null, ((BayesianSearch) run.search(TuningRun.BAYES)).model());
        assertTrue(((BayesianSearch) worker.search(TuningRun.BAYES)).model() != null);
    }

    @Test
    void aBayesianTrialWaitsForTheTrialsBeforeIt() {
        TuningRun run = new TuningRun(SpecText.parseQuery("experiment=tuning&trials=9&map=0"));
        int folds = run.folds();
        int bayesSixth = folds + 3 * 5 + TuningRun.BAYES;
        for (int i = run.nextReady(); i >= 0; i = run.nextReady()) {
            run.claim(i);
        }
        // Every fold, grid and random trial and the first five Bayesian ones were ready at once.
        assertFalse(run.hasLocalWork());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> run.input(bayesSixth));
        assertTrue(e.getMessage().contains("waits for the earlier trials"), e.getMessage());
    }

    @Test
    void settingsThatCannotMakeAFairComparisonAreRejectedWithTheRule() {
        SpecException e = assertThrows(SpecException.class,
                () -> SpecText.parseQuery("experiment=tuning&trials=10"));
        assertTrue(e.getMessage().contains("'trials' is 10 but must be a square (9, 16, 25 or 36)"), e.getMessage());
        e = assertThrows(SpecException.class, () -> SpecText.parseQuery("experiment=tuning&informative=30"));
        assertTrue(e.getMessage().contains("only 20 features"), e.getMessage());
        e = assertThrows(SpecException.class, () -> SpecText.parseQuery("experiment=tuning&map=2"));
        assertTrue(e.getMessage().contains("allowed: 0"), e.getMessage());
        e = assertThrows(SpecException.class, () -> SpecText.parseQuery("experiment=tuning&samples=20&folds=30"));
        assertTrue(e.getMessage().contains("'folds'"), e.getMessage());
    }
}
