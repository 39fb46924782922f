package reglab.core.augment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import reglab.core.random.Rng;

class AugmentationTest {

    /** Sample mean and variance against the closed forms (tolerances ≈ 5 standard errors). */
    @Test
    void gammaAndBetaMomentsMatchTheirDistributions() {
        Rng rng = new Rng(1);
        int n = 100_000;
        for (double shape : new double[] {0.3, 1.0, 4.5}) {
            double s = 0;
            double ss = 0;
            for (int i = 0; i < n; i++) {
                double g = GammaSampler.gamma(shape, rng);
                assertTrue(g >= 0);
                s += g;
                ss += g * g;
            }
            double mean = s / n;
            assertEquals(shape, mean, 5 * Math.sqrt(shape / n), "Gamma mean, shape " + shape);
            assertEquals(shape, ss / n - mean * mean, 0.05 * shape, "Gamma variance, shape " + shape);
        }
        for (double a : new double[] {0.2, 2.0}) {
            double s = 0;
            double ss = 0;
            for (int i = 0; i < n; i++) {
                double b = GammaSampler.beta(a, a, rng);
                assertTrue(b >= 0 && b <= 1);
                s += b;
                ss += b * b;
            }
            double mean = s / n;
            double variance = 1 / (4 * (2 * a + 1));
            assertEquals(0.5, mean, 0.005);
            assertEquals(variance, ss / n - mean * mean, 0.03 * variance);
        }
    }

    @Test
    void mixupBlendsInputsAndTargetsWithTheSameWeights() {
        // x is a copy of the one-hot y, so any consistent blend keeps x == y exactly.
        int rows = 16;
        int k = 4;
        double[] x = new double[rows * k];
        for (int r = 0; r < rows; r++) {
            x[r * k + r % k] = 1;
        }
        double[] y = x.clone();
        Mixup m = new Mixup(0.4);
        m.reserve(rows, k, k);
        m.apply(x, y, rows, k, k, new Rng(3));
        boolean changed = false;
        for (int i = 0; i < x.length; i++) {
            assertEquals(x[i], y[i], 1e-15);
            changed |= x[i] != 0 && x[i] != 1;
        }
        for (int r = 0; r < rows; r++) {
            double sum = 0;
            for (int c = 0; c < k; c++) {
                sum += y[r * k + c];
            }
            assertEquals(1.0, sum, 1e-12, "mixed targets stay a distribution");
        }
        assertTrue(changed);
    }

    @Test
    void gaussianNoiseHasTheRequestedSpreadAndLeavesTargets() {
        int n = 50_000;
        double[] x = new double[n];
        double[] y = {1, 2};
        new GaussianNoise(0.3).apply(x, y, n, 1, 0, new Rng(4));
        double ss = 0;
        for (double v : x) {
            ss += v * v;
        }
        assertEquals(0.3, Math.sqrt(ss / n), 0.005);
        assertEquals(1.0, y[0]);
    }

    @Test
    void badParametersAreRejected() {
        assertEquals("mixup alpha must be a finite number > 0, got 0",
                assertThrows(IllegalArgumentException.class, () -> new Mixup(0)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new GaussianNoise(-1));
        assertThrows(IllegalArgumentException.class, () -> GammaSampler.gamma(Double.NaN, new Rng(1)));
    }
}
