package reglab.core.nn.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import reglab.core.random.Rng;

class DropoutTest {

    @Test
    void trainingPreservesTheMeanAndScalesSurvivors() {
        int rows = 2000;
        int width = 50;
        Dropout d = new Dropout(0.3);
        d.build(width, new Rng(1));
        d.reserve(rows);
        double[] x = new double[rows * width];
        java.util.Arrays.fill(x, 2.0);
        double[] out = d.forward(x, rows, true, new Rng(5));
        double sum = 0;
        int dropped = 0;
        for (int r = 0; r < rows; r++) {
            for (int u = 0; u < width; u++) {
                double v = out[r * width + u];
                sum += v;
                if (d.dropped(r, u)) {
                    dropped++;
                    assertEquals(0.0, v);
                } else {
                    assertEquals(2.0 / 0.7, v, 1e-15);
                }
            }
        }
        int n = rows * width;
        // 100,000 Bernoulli(0.3) draws: standard error of the fraction is about 0.0015.
        assertEquals(0.3, (double) dropped / n, 0.008);
        assertEquals(2.0, sum / n, 0.03);
    }

    @Test
    void inferenceIsTheIdentityAndKeepsTheLastMask() {
        Dropout d = new Dropout(0.5);
        d.build(4, new Rng(1));
        d.reserve(2);
        d.forward(new double[] {1, 1, 1, 1, 1, 1, 1, 1}, 2, true, new Rng(3));
        boolean first = d.dropped(1, 2);
        double[] x = {1, 2, 3, 4, 5, 6, 7, 8};
        double[] y = d.forward(x, 2, false, new Rng(4));
        assertSame(x, y);
        assertEquals(first, d.dropped(1, 2));
        assertEquals(2, d.maskRows());
    }

    @Test
    void rateOutsideTheHalfOpenUnitIntervalIsRejected() {
        assertEquals("Dropout rate must be in [0.0, 1.0), got 1.0",
                assertThrows(IllegalArgumentException.class, () -> new Dropout(1.0)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Dropout(-0.1));
        assertThrows(IllegalArgumentException.class, () -> new Dropout(Double.NaN));
        assertTrue(new Dropout(0.0).rate() == 0.0);
    }
}
