package reglab.core.linear;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import reglab.core.random.Rng;

/**
 * The unrolled dot-product kernels of {@link CoordinateDescent}: close to a naive one-accumulator
 * sum (an independent reference), and {@code dotPair} bit for bit equal to two {@code dot} calls,
 * which the path solver relies on for results that do not depend on how columns are paired.
 */
class DotKernelsTest {

    @Test
    void dotPairMatchesNaiveSumsAndDotExactly() {
        Rng rng = new Rng(7);
        // Lengths around the unroll width of 8, so both the unrolled loop and the tail run.
        for (int len : new int[] {0, 1, 7, 8, 9, 15, 16, 17, 1001}) {
            double[] a = new double[3 * len + 5];
            double[] b = new double[len];
            for (int i = 0; i < a.length; i++) {
                a[i] = rng.nextGaussian() * (i % 5 == 0 ? 1e6 : 1);
            }
            for (int i = 0; i < len; i++) {
                b[i] = rng.nextGaussian();
            }
            int off1 = 3;
            int off2 = 2 * len + 5;
            double[] out = {Double.NaN, Double.NaN, Double.NaN};
            CoordinateDescent.dotPair(a, off1, off2, b, len, out, 2, 0);
            assertEquals(Double.NaN, out[1], "dotPair writes only the two given slots");
            assertEquals(naive(a, off1, b, len), out[2], 1e-9 * (1 + scale(a, off1, b, len)), "first, len " + len);
            assertEquals(naive(a, off2, b, len), out[0], 1e-9 * (1 + scale(a, off2, b, len)), "second, len " + len);
            assertEquals(CoordinateDescent.dot(a, off1, b, 0, len), out[2], 0.0, "first bit for bit, len " + len);
            assertEquals(CoordinateDescent.dot(a, off2, b, 0, len), out[0], 0.0, "second bit for bit, len " + len);
        }
    }

    private static double naive(double[] a, int off, double[] b, int len) {
        double s = 0;
        for (int i = 0; i < len; i++) {
            s += a[off + i] * b[i];
        }
        return s;
    }

    private static double scale(double[] a, int off, double[] b, int len) {
        double s = 0;
        for (int i = 0; i < len; i++) {
            s += Math.abs(a[off + i] * b[i]);
        }
        return s;
    }
}
