package reglab.core.tuning.bayes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import reglab.core.ExpectedValues;

/**
 * Φ and the closed form of expected improvement against mpmath at 50 digits (fixture from
 * {@code src/test/python/make_bayes_fixtures.py}), tails included.
 */
class ExpectedImprovementTest {

    private static final ExpectedValues MPMATH = ExpectedValues.load("bayes/normal.expected.csv");

    private static void assertRelative(double expected, double actual, double tolerance, String what) {
        if (expected == 0) {
            assertEquals(0.0, actual, 1e-300, what);
        } else {
            assertEquals(expected, actual, tolerance * Math.abs(expected), what);
        }
    }

    @Test
    void distributionFunctionIsAccurateToTheLastDigitsAndInTheTails() {
        double[] xs = MPMATH.doubles("cdf_x");
        double[] cdf = MPMATH.doubles("cdf");
        for (int i = 0; i < xs.length; i++) {
            // Relative accuracy where Φ is small; for Φ near 1 its absolute accuracy is what matters.
            double tolerance = xs[i] < 0 ? 1e-13 : 1e-15;
            assertRelative(cdf[i], StandardNormal.cdf(xs[i]), tolerance, "Phi(" + xs[i] + ")");
        }
    }

    @Test
    void expectedImprovementMatchesTheClosedFormFarIntoTheTail() {
        int n = MPMATH.ints("ei_cases")[0];
        for (int i = 0; i < n; i++) {
            double[] c = MPMATH.doubles("ei_" + i);
            assertRelative(c[4], ExpectedImprovement.of(c[0], c[1], c[2], c[3]), 1e-12, "EI case " + i);
        }
    }

    @Test
    void zeroDeviationGivesThePlainImprovementAndEiFallsWithTheMean() {
        assertEquals(0.3, ExpectedImprovement.of(0.2, 0, 0.5, 0), 1e-15);
        assertEquals(0.0, ExpectedImprovement.of(0.7, 0, 0.5, 0), 0.0);
        double previous = Double.POSITIVE_INFINITY;
        for (double mean = -3; mean <= 30; mean += 0.25) {
            double ei = ExpectedImprovement.of(mean, 1, 0, 0.01);
            assertTrue(ei >= 0 && ei < previous || ei == 0, "EI at mean " + mean + " is " + ei);
            previous = ei;
        }
    }
}
