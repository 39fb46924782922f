package reglab.core.nn.layer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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

    /**
     * The integer threshold keeps exactly the units the textbook test {@code nextDouble() >= rate}
     * keeps, on the same stream, for rates whose product with 2⁵³ is and is not an integer.
     */
    @Test
    void keepsExactlyWhereTheUniformDrawIsAtLeastTheRate() {
        int rows = 40;
        int width = 25;
        for (double rate : new double[] {0.5, 0.3, 0.1, 1e-9, 0.9, 0.25 + 0x1.0p-53}) {
            Dropout d = new Dropout(rate);
            d.build(width, new Rng(1));
            d.reserve(rows);
            double[] x = new double[rows * width];
            java.util.Arrays.fill(x, -1.5);
            double[] out = d.forward(x, rows, true, new Rng(11));
            Rng reference = new Rng(11);
            for (int i = 0; i < rows * width; i++) {
                boolean kept = reference.nextDouble() >= rate;
                assertEquals(!kept, d.dropped(i / width, i % width), "rate " + rate + ", value " + i);
                assertEquals(Double.doubleToRawLongBits(kept ? -1.5 * (1.0 / (1.0 - rate)) : 0.0),
                        Double.doubleToRawLongBits(out[i]), "rate " + rate + ", value " + i);
            }
        }
    }

    @Test
    void rateZeroDrawsNothing() {
        Dropout d = new Dropout(0.0);
        d.build(3, new Rng(1));
        d.reserve(2);
        Rng rng = new Rng(4);
        double[] out = d.forward(new double[] {1, -2, 3, -4, 5, -6}, 2, true, rng);
        assertArrayEquals(new double[] {1, -2, 3, -4, 5, -6}, java.util.Arrays.copyOf(out, 6));
        assertEquals(new Rng(4).nextLong(), rng.nextLong());
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
        assertEquals("Dropout rate must be in [0, 1), got 1",
                assertThrows(IllegalArgumentException.class, () -> new Dropout(1.0)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Dropout(-0.1));
        assertThrows(IllegalArgumentException.class, () -> new Dropout(Double.NaN));
        assertTrue(new Dropout(0.0).rate() == 0.0);
    }
}
