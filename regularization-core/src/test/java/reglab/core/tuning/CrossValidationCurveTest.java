package reglab.core.tuning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link CrossValidationCurve}'s formulas on cases worked by hand (glmnet's, see the class). */
class CrossValidationCurveTest {

    private static final double[] ALPHAS = {4, 2, 1};

    /**
     * Three folds weighted 2, 1, 1. Means: (2·10 + 12 + 11)/4 = 10.75, (2·6 + 8 + 7)/4 = 6.75,
     * (2·5 + 9 + 7)/4 = 6.5, so α_min = 1. Its standard error: squared deviations
     * 2·1.5² + 2.5² + 0.5² = 11, over the weight 4 is 2.75, over K − 1 = 2 is 1.375, root
     * 1.1726039399558574; 6.75 ≤ 6.5 + 1.17 and 10.75 is not, so α_1se = 2. At α = 4 and α = 2
     * the deviations are −0.75, 1.25, 0.25: 2·0.5625 + 1.5625 + 0.0625 = 2.75, /4/2 = 0.34375.
     * The plain mean would tie α = 2 and α = 1 at 7 and pick α = 2: the weights decide.
     */
    @Test
    void foldWeightedMeanStandardErrorAndOneStandardErrorRuleByHand() {
        double[][] errors = {{10, 6, 5}, {12, 8, 9}, {11, 7, 7}};
        CrossValidationCurve c = new CrossValidationCurve(ALPHAS, errors, new double[] {2, 1, 1});
        assertArrayEquals(new double[] {10.75, 6.75, 6.5}, c.mean(), 1e-15);
        assertArrayEquals(new double[] {Math.sqrt(0.34375), Math.sqrt(0.34375), 1.1726039399558574}, c.standardError(), 1e-15);
        assertEquals(2, c.indexMin());
        assertEquals(1.0, c.alphaMin());
        assertEquals(1, c.indexOneSe());
        assertEquals(2.0, c.alphaOneSe());
        assertArrayEquals(new double[] {12, 8, 9}, c.foldErrors(1), 0.0);
        assertEquals(2, c.foldWeight(0));
    }

    /** Equal weights: the mean is the plain mean and the standard error sd/√K with the sample sd. */
    @Test
    void equalFoldsGiveTheSampleStandardDeviationOverRootK() {
        double[][] errors = {{1, 3, 2}, {2, 5, 2}, {6, 4, 2}, {3, 4, 2}};
        CrossValidationCurve c = new CrossValidationCurve(ALPHAS, errors, new double[] {7, 7, 7, 7});
        assertArrayEquals(new double[] {3, 4, 2}, c.mean(), 1e-15);
        // α = 4: deviations −2, −1, 3, 0: sum of squares 14, sample variance 14/3, se √(14/3)/2.
        assertEquals(Math.sqrt(14.0 / 3) / 2, c.standardError()[0], 1e-15);
        assertEquals(0.0, c.standardError()[2]);
        // The minimum has no spread, so α_1se is α_min itself.
        assertEquals(2, c.indexMin());
        assertEquals(2, c.indexOneSe());
    }

    @Test
    void tiesGoToTheLargestAlphaAsGlmnetTakesMaxLambda() {
        double[][] errors = {{5, 2, 2, 3}, {5, 4, 4, 3}};
        CrossValidationCurve c = new CrossValidationCurve(new double[] {8, 4, 2, 1}, errors, new double[] {1, 1});
        assertEquals(1, c.indexMin());
        assertEquals(1, c.indexOneSe());
        // se at the minimum is 1 (deviations ±1, over K − 1 = 1), so means ≤ 4 qualify: α = 8 (mean 5) does not.
        assertEquals(1.0, c.standardError()[1], 1e-15);
    }

    @Test
    void badShapesAndValuesAreRejected() {
        double[] w = {1, 1};
        String m = assertThrows(IllegalArgumentException.class,
                () -> new CrossValidationCurve(ALPHAS, new double[][] {{1, 2, 3}}, new double[] {1})).getMessage();
        assertTrue(m.contains("number of folds") && m.contains("2"), m);
        m = assertThrows(IllegalArgumentException.class,
                () -> new CrossValidationCurve(ALPHAS, new double[][] {{1, 2, 3}, {1, 2}}, w)).getMessage();
        assertTrue(m.contains("fold 1") && m.contains("3") && m.contains("2"), m);
        m = assertThrows(IllegalArgumentException.class,
                () -> new CrossValidationCurve(new double[] {1, 2, 4}, new double[][] {{1, 2, 3}, {1, 2, 3}}, w)).getMessage();
        assertTrue(m.contains("non-increasing"), m);
        m = assertThrows(IllegalArgumentException.class,
                () -> new CrossValidationCurve(ALPHAS, new double[][] {{1, 2, 3}, {1, Double.NaN, 3}}, w)).getMessage();
        assertTrue(m.contains("fold 1") && m.contains("NaN"), m);
        m = assertThrows(IllegalArgumentException.class,
                () -> new CrossValidationCurve(ALPHAS, new double[][] {{1, 2, 3}, {1, 2, 3}}, new double[] {1, 0})).getMessage();
        assertTrue(m.contains("weight of fold 1") && m.contains("got 0"), m);
        m = assertThrows(IllegalArgumentException.class,
                () -> new CrossValidationCurve(ALPHAS, new double[][] {{1, 2, 3}, {1, 2, 3}}, new double[] {1})).getMessage();
        assertTrue(m.contains("2 folds but 1 fold weights"), m);
    }
}
