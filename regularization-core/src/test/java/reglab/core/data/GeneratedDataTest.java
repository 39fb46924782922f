package reglab.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import reglab.core.random.Rng;

/** The generators against the geometry of TensorFlow Playground's dataset.ts and their own definitions. */
class GeneratedDataTest {

    private static double radius(Dataset d, int r) {
        return Math.hypot(d.x(r, 0), d.x(r, 1));
    }

    @Test
    void circleWithoutNoiseIsAnInnerDiscAndAnOuterRing() {
        Dataset d = PlaygroundData.circle(400, 0.0, new Rng(1));
        assertEquals(400, d.rows());
        int positives = 0;
        for (int r = 0; r < d.rows(); r++) {
            double rad = radius(d, r);
            if (d.y(r, 0) == 1) {
                positives++;
                assertTrue(rad < 2.5, "inner radius " + rad);
            } else {
                assertTrue(rad >= 3.5 && rad < 5, "outer radius " + rad);
            }
        }
        assertEquals(200, positives);
    }

    @Test
    void circleNoiseFlipsSomeLabelsButMovesNoPoint() {
        Dataset d = PlaygroundData.circle(1000, 0.5, new Rng(2));
        int flipped = 0;
        for (int r = 0; r < d.rows(); r++) {
            assertTrue(radius(d, r) < 5);
            if ((radius(d, r) < 2.5) != (d.y(r, 0) == 1)) {
                flipped++;
            }
        }
        assertTrue(flipped > 50 && flipped < 500, "flipped " + flipped);
    }

    @Test
    void xorLabelsAreTheSignOfTheProductWithAGapAtTheAxes() {
        Dataset d = PlaygroundData.xor(500, 0.0, new Rng(3));
        for (int r = 0; r < d.rows(); r++) {
            double x = d.x(r, 0);
            double y = d.x(r, 1);
            assertTrue(Math.abs(x) >= 0.3 && Math.abs(x) <= 5.3 && Math.abs(y) >= 0.3);
            assertEquals(x * y >= 0 ? 1.0 : 0.0, d.y(r, 0));
        }
    }

    @Test
    void gaussVarianceFollowsThePlaygroundScale() {
        // noise 0 → variance 0.5; noise 0.5 → variance 4.
        for (double[] c : new double[][] {{0.0, 0.5}, {0.5, 4.0}}) {
            Dataset d = PlaygroundData.gauss(20000, c[0], new Rng(4));
            double sum = 0;
            double sq = 0;
            int n = 0;
            for (int r = 0; r < d.rows(); r++) {
                if (d.y(r, 0) == 1) {
                    double v = d.x(r, 0);
                    sum += v;
                    sq += v * v;
                    n++;
                }
            }
            double mean = sum / n;
            assertEquals(2.0, mean, 0.05);
            assertEquals(c[1], sq / n - mean * mean, 0.05 * c[1] + 0.02);
        }
    }

    @Test
    void spiralStaysWithinRadiusFiveWithoutNoise() {
        Dataset d = PlaygroundData.spiral(300, 0.0, new Rng(5));
        for (int r = 0; r < d.rows(); r++) {
            assertTrue(radius(d, r) <= 5.0);
        }
        // The two arms start at opposite angles: first point of arm 2 is the origin too, second mirrored.
        assertEquals(-d.x(1, 0), d.x(151, 0), 1e-12);
        assertEquals(-d.x(1, 1), d.x(151, 1), 1e-12);
    }

    @Test
    void badNoiseAndUnknownNamesAreRejected() {
        assertEquals("noise must be in [0, 0.5], got 0.7", assertThrows(IllegalArgumentException.class,
                () -> PlaygroundData.xor(10, 0.7, new Rng(1))).getMessage());
        assertThrows(IllegalArgumentException.class, () -> DataSets.byName("moons", 10, 0, new Rng(1)));
    }

    @Test
    void sparseRegressionHasExactlyKNonZerosAndNoiselessTargetsAreXBeta() {
        SparseRegression s = SparseRegression.generate(30, 20, 4, 0.0, new Rng(6));
        double[] beta = s.trueCoefficients();
        assertEquals(4, s.support().length);
        for (int j : s.support()) {
            assertTrue(Math.abs(beta[j]) >= 1 && Math.abs(beta[j]) <= 3);
        }
        Dataset d = s.data();
        for (int r = 0; r < d.rows(); r++) {
            double dot = 0;
            for (int c = 0; c < 20; c++) {
                dot += d.x(r, c) * beta[c];
            }
            assertEquals(dot, d.y(r, 0), 1e-12);
        }
        beta[s.support()[0]] = 0;
        assertEquals(4, s.support().length, "trueCoefficients returns a copy");
    }

    @Test
    void subspaceClassificationHasOneHotTargetsOfEveryClass() {
        Dataset d = SubspaceClassification.generate(500, new Rng(7));
        assertEquals(100, d.features());
        assertEquals(10, d.outputs());
        int[] counts = new int[10];
        for (int r = 0; r < d.rows(); r++) {
            double sum = 0;
            for (int c = 0; c < 10; c++) {
                sum += d.y(r, c);
                if (d.y(r, c) == 1) {
                    counts[c]++;
                }
            }
            assertEquals(1.0, sum);
        }
        for (int c : counts) {
            assertTrue(c > 20, "every class present");
        }
    }

    @Test
    void sineRegressionWithoutNoiseLiesOnTheCurve() {
        Dataset d = SineRegression.generate(50, 0.0, new Rng(8));
        for (int r = 0; r < 50; r++) {
            assertTrue(d.x(r, 0) >= 0 && d.x(r, 0) < 1);
            assertEquals(Math.sin(2 * Math.PI * d.x(r, 0)), d.y(r, 0), 1e-15);
        }
    }

    @Test
    void polynomialFeaturesArePowersWithoutCrossTerms() {
        Dataset d = new Dataset(new double[] {2, 3, -1, 0.5}, new double[] {7, 8}, 2, 2, 1);
        Dataset p = PolynomialFeatures.expand(d, 3);
        assertEquals(6, p.features());
        assertArrayEquals(new double[] {2, 4, 8, 3, 9, 27, -1, 1, -1, 0.5, 0.25, 0.125}, p.x());
        assertArrayEquals(new double[] {7, 8}, p.y());
    }

    @Test
    void sameSeedSameData() {
        assertArrayEquals(PlaygroundData.spiral(100, 0.3, new Rng(9)).x(),
                PlaygroundData.spiral(100, 0.3, new Rng(9)).x());
    }
}
