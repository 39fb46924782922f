package reglab.core.tuning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import reglab.core.random.Rng;
import reglab.core.tuning.bayes.GaussianProcess;

class StepwiseSearchTest {

    private static final SearchSpace PLANE = new SearchSpace(SearchDimension.log("l2", 1e-5, 1e-1),
            SearchDimension.linear("dropout", 0, 0.6));

    /** Branin–Hoo on [−5, 10] × [0, 15], three global minima of 0.397887 (Dixon &amp; Szegő, 1978). */
    private static double branin(double[] p) {
        double b = 5.1 / (4 * Math.PI * Math.PI);
        double c = 5 / Math.PI;
        double t = 1 / (8 * Math.PI);
        double u = p[1] - b * p[0] * p[0] + c * p[0] - 6;
        return u * u + 10 * (1 - t) * Math.cos(p[0]) + 10;
    }

    private static final double BRANIN_MIN = 0.397887;
    private static final SearchSpace BRANIN = new SearchSpace(SearchDimension.linear("x1", -5, 10),
            SearchDimension.linear("x2", 0, 15));

    @Test
    void dimensionsMapTheirRangeOntoTheUnitIntervalOnTheirScale() {
        SearchDimension l2 = PLANE.dimension(0);
        assertEquals(0.5, l2.toUnit(1e-3), 1e-15);
        assertEquals(1e-5, l2.fromUnit(0), 0.0);
        assertEquals(1e-1, l2.fromUnit(1), 0.0);
        assertEquals(1e-3, l2.fromUnit(0.5), 1e-18);
        assertArrayEquals(GridSearch.logSpace(1e-5, 1e-1, 5), l2.grid(5));
        assertArrayEquals(new double[] {0, 0.2, 0.4, 0.6}, PLANE.dimension(1).grid(4), 1e-15);
        assertArrayEquals(new double[] {0.3}, PLANE.dimension(1).grid(1), 1e-15);
        // A draw is random search's log-uniform draw, from the same stream.
        Rng a = new Rng(3);
        Rng b = new Rng(3);
        assertEquals(RandomSearch.logUniform(1e-5, 1e-1, a), l2.sample(b), 0.0);
        assertEquals("search dimension 'x' needs finite bounds lo < hi, got [1, 1]",
                assertThrows(IllegalArgumentException.class, () -> SearchDimension.linear("x", 1, 1)).getMessage());
        assertEquals("lower bound of log-scaled search dimension 'l2' must be a finite number > 0, got 0",
                assertThrows(IllegalArgumentException.class, () -> SearchDimension.log("l2", 0, 1)).getMessage());
        assertEquals("search dimension 'a' is given twice", assertThrows(IllegalArgumentException.class,
                () -> new SearchSpace(SearchDimension.linear("a", 0, 1), SearchDimension.linear("a", 0, 2))).getMessage());
        assertEquals("dropout must be in [0, 0.6], got 0.7", assertThrows(IllegalArgumentException.class,
                () -> PLANE.check(new double[] {1e-3, 0.7})).getMessage());
    }

    @Test
    void gridProposesEveryCombinationLastDimensionFastestThenRunsOut() {
        SpaceGridSearch g = SpaceGridSearch.forBudget(PLANE, 17);
        assertEquals(16, g.gridSize());
        assertEquals("grid 4 x 4", g.describe());
        int[] first = g.propose(5);
        assertArrayEquals(new int[] {0, 1, 2, 3, 4}, first);
        assertEquals(1e-5, g.value(0, 0), 0.0);
        assertEquals(0.0, g.value(0, 1), 0.0);
        assertEquals(1e-5, g.value(3, 0), 0.0);
        assertEquals(0.6, g.value(3, 1), 1e-15);
        assertEquals(GridSearch.logSpace(1e-5, 1e-1, 4)[1], g.value(4, 0), 0.0);
        assertEquals(0.0, g.value(4, 1), 0.0);
        assertEquals(11, g.propose(20).length);
        assertEquals(0, g.propose(1).length);
        assertEquals(16, g.size());
        assertEquals(1.0, g.unit(15, 0), 1e-15);
        assertEquals(1.0, g.unit(15, 1), 1e-15);
        assertEquals(3, SpaceGridSearch.forBudget(new SearchSpace(SearchDimension.linear("a", 0, 1),
                SearchDimension.linear("b", 0, 1), SearchDimension.linear("c", 0, 1)), 63).values(0).length);
    }

    @Test
    void bookkeepingFindsTheBestFiniteScoreAndRejectsMisuse() {
        StepwiseSearch s = new SpaceRandomSearch(PLANE, 1);
        int[] t = s.propose(4);
        assertEquals(4, s.pending());
        s.report(t[2], 0.5);
        s.report(t[0], Double.NaN);
        s.report(t[3], 0.2);
        assertEquals(1, s.pending());
        assertEquals(3, s.bestTrial());
        assertEquals(0.5, s.bestScoreAfter(3), 0.0);
        assertTrue(Double.isNaN(s.bestScoreAfter(2)));
        assertFalse(s.succeeded(0));
        assertTrue(s.isReported(0));
        assertTrue(Double.isNaN(s.score(1)));
        assertEquals("trial 2 already has a score (0.5)",
                assertThrows(IllegalStateException.class, () -> s.report(2, 0.1)).getMessage());
        assertEquals("trial 4 was never proposed; trials are 0 to 3",
                assertThrows(IllegalArgumentException.class, () -> s.report(4, 0.1)).getMessage());
        assertEquals("trials to propose must be >= 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> s.propose(0)).getMessage());
    }

    @Test
    void randomTrialsDoNotDependOnBatchSizes() {
        StepwiseSearch one = new SpaceRandomSearch(PLANE, 9).run(12, 1, (t, p) -> p[1]);
        StepwiseSearch five = new SpaceRandomSearch(PLANE, 9).run(12, 5, (t, p) -> p[1]);
        for (int t = 0; t < 12; t++) {
            assertArrayEquals(one.point(t), five.point(t));
            PLANE.check(one.point(t));
        }
    }

    @Test
    void bayesianSearchStartsWithRandomSearchsTrialsThenDeparts() {
        StepwiseSearch random = new SpaceRandomSearch(BRANIN, 4).run(12, 1, (t, p) -> branin(p));
        BayesianSearch bayes = new BayesianSearch(BRANIN, 4);
        assertNull(bayes.model());
        bayes.run(12, 1, (t, p) -> branin(p));
        assertNotNull(bayes.model());
        for (int t = 0; t < 5; t++) {
            assertArrayEquals(random.point(t), bayes.point(t), "trial " + t);
        }
        assertFalse(java.util.Arrays.equals(random.point(5), bayes.point(5)));
        for (int t = 0; t < 12; t++) {
            BRANIN.check(bayes.point(t));
        }
    }

    @Test
    void aBayesianProposalMadeInAnotherSearchFromItsGuidanceIsTheSameTrial() {
        BayesianSearch reference = new BayesianSearch(BRANIN, 4);
        reference.run(14, 1, (t, p) -> t == 6 ? Double.NaN : branin(p)); // a failed run among them
        BayesianSearch page = new BayesianSearch(BRANIN, 4);
        BayesianSearch worker = new BayesianSearch(BRANIN, 4);
        int guided = 0;
        for (int t = 0; t < 14; t++) {
            double[] guidance = page.guidance(t);
            int trial = guidance == null ? page.propose(1)[0] : page.adopt(worker.guidedUnit(t, guidance));
            guided += guidance == null ? 0 : 1;
            assertEquals(t, trial);
            assertArrayEquals(reference.point(t), page.point(t), "trial " + t);
            for (int d = 0; d < 2; d++) {
                assertEquals(reference.unit(t, d), page.unit(t, d), 0.0, "trial " + t + ", dimension " + d);
            }
            page.report(t, t == 6 ? Double.NaN : branin(page.point(t)));
        }
        assertEquals(9, guided);
        assertNotNull(worker.model());
        assertNull(page.model(), "the page fitted nothing itself");
    }

    @Test
    void guidanceAndAdoptedPointsAreChecked() {
        BayesianSearch s = new BayesianSearch(PLANE, 3);
        assertNull(s.guidance(0), "the first trials are random");
        assertEquals("guidance is for the next trial, 0; got 1",
                assertThrows(IllegalArgumentException.class, () -> s.guidance(1)).getMessage());
        s.run(6, 1, (t, p) -> p[0] + p[1]);
        double[] g = s.guidance(6);
        assertEquals(1 + 6 * 3, g.length);
        assertEquals("guidance for trial 7 of a 2-dimensional search has 22 numbers; got 19",
                assertThrows(IllegalArgumentException.class, () -> s.guidedUnit(7, g)).getMessage());
        double[] badBest = g.clone();
        badBest[0] = 6;
        assertEquals("guidance names trial 6 as the best; trials are 0 to 5",
                assertThrows(IllegalArgumentException.class, () -> s.guidedUnit(6, badBest)).getMessage());
        assertEquals("coordinate 1 of a proposed point is 1.5; the unit cube's are 0 to 1",
                assertThrows(IllegalArgumentException.class, () -> s.adopt(new double[] {0.5, 1.5})).getMessage());
        assertEquals("a proposed point has 2 coordinates; got 1",
                assertThrows(IllegalArgumentException.class, () -> s.adopt(new double[] {0.5})).getMessage());
        assertEquals(6, s.adopt(s.guidedUnit(6, g)));
    }

    @Test
    void bayesianProposalsAreReproducibleWhateverOrderABatchsScoresArriveIn() {
        BayesianSearch inOrder = new BayesianSearch(PLANE, 21);
        BayesianSearch reversed = new BayesianSearch(PLANE, 21);
        TrialScorer bowl = (t, p) -> Math.pow(Math.log10(p[0]) + 3, 2) + Math.pow(p[1] - 0.2, 2) * 10;
        for (int round = 0; round < 4; round++) {
            int[] a = inOrder.propose(3);
            int[] b = reversed.propose(3);
            assertArrayEquals(a, b);
            for (int i = 0; i < a.length; i++) {
                assertArrayEquals(inOrder.point(a[i]), reversed.point(b[i]), "round " + round);
                inOrder.report(a[i], bowl.score(a[i], inOrder.point(a[i])));
            }
            for (int i = b.length - 1; i >= 0; i--) {
                reversed.report(b[i], bowl.score(b[i], reversed.point(b[i])));
            }
        }
    }

    @Test
    void aBatchProposedAtOnceSpreadsOutInsteadOfRepeatingOnePoint() {
        BayesianSearch s = new BayesianSearch(BRANIN, 5);
        s.run(8, 8, (t, p) -> branin(p));
        int[] batch = s.propose(4);
        for (int i = 0; i < batch.length; i++) {
            for (int j = 0; j < i; j++) {
                double dx = s.unit(batch[i], 0) - s.unit(batch[j], 0);
                double dy = s.unit(batch[i], 1) - s.unit(batch[j], 1);
                assertTrue(Math.sqrt(dx * dx + dy * dy) > 0.01, "trials " + batch[i] + " and " + batch[j] + " coincide");
            }
        }
    }

    @Test
    void failedRunsCountAsTheWorstScoreAndSurrogateFollowsTheData() {
        BayesianSearch s = new BayesianSearch(PLANE, 8);
        s.run(10, 2, (t, p) -> p[1] > 0.45 ? Double.NaN : p[1]);
        assertEquals(10, s.size());
        GaussianProcess g = s.surrogate();
        assertNotNull(g);
        double[] ms = new double[2];
        g.predict(new double[] {0.5, 0.0}, 0, ms);
        double low = ms[0];
        g.predict(new double[] {0.5, 0.6}, 0, ms);
        assertTrue(ms[0] > low, "the model rises towards larger dropout and the failures");
        BayesianSearch fresh = new BayesianSearch(PLANE, 8);
        fresh.propose(2);
        assertNull(fresh.surrogate());
    }

    private static int evaluationsToReach(StepwiseSearch s, double target) {
        for (int k = 1; k <= s.size(); k++) {
            if (s.bestScoreAfter(k) <= target) {
                return k;
            }
        }
        return s.size() + 1;
    }

    /**
     * Over eight seeds, Bayesian search gets within 0.1 of Branin's minimum in 21 trials on average,
     * random search in 554 (it needs a draw inside a region covering about 1/520th
     * of the box): the assertion asks for a quarter, and for every Bayesian run to get there
     * within 40 trials. Seeded, so the outcome is fixed; the margins make it independent of the
     * last bits of the platform's Math.log.
     */
    @Test
    void bayesianSearchFindsBraninsMinimumInFarFewerTrialsThanRandomSearch() {
        double target = BRANIN_MIN + 0.1;
        double bayesTotal = 0;
        double randomTotal = 0;
        int seeds = 8;
        for (long seed = 1; seed <= seeds; seed++) {
            StepwiseSearch bayes = new BayesianSearch(BRANIN, seed).run(40, 1, (t, p) -> branin(p));
            StepwiseSearch random = new SpaceRandomSearch(BRANIN, seed).run(3000, 100, (t, p) -> branin(p));
            int b = evaluationsToReach(bayes, target);
            assertTrue(b <= 40, "seed " + seed + ": Bayesian search not within 0.1 after 40 trials");
            bayesTotal += b;
            randomTotal += evaluationsToReach(random, target);
        }
        assertTrue(bayesTotal < randomTotal / 4, "mean trials: Bayesian " + bayesTotal / seeds
                + ", random " + randomTotal / seeds);
    }
}
