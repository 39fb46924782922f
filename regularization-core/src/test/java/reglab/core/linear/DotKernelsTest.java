package reglab.core.linear;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import reglab.core.random.Rng;

/**
 * The unrolled dot-product kernels of {@link CoordinateDescent}: close to a naive one-accumulator
 * sum (an independent reference), and {@code dotFour} bit for bit equal to four {@code dot} calls,
 * which the path solver relies on for results that do not depend on how columns are batched.
 */
class DotKernelsTest {

    @Test
    void dotFourMatchesNaiveSumsAndDotExactly() {
        Rng rng = new Rng(7);
        // Lengths around the unroll width of 8, so both the unrolled loop and the tail run.
        for (int n : new int[] {0, 1, 7, 8, 9, 15, 16, 17, 1001}) {
            int p = 6;
            double[] x = new double[n * p];
            double[] r = new double[n];
            for (int i = 0; i < x.length; i++) {
                x[i] = rng.nextGaussian() * (i % 5 == 0 ? 1e6 : 1);
            }
            for (int i = 0; i < n; i++) {
                r[i] = rng.nextGaussian();
            }
            int[] cols = {9, 4, 0, 5, 2, 9};
            double[] out = new double[p];
            java.util.Arrays.fill(out, Double.NaN);
            CoordinateDescent.dotFour(x, n, cols, 1, r, out);
            assertEquals(Double.NaN, out[1], "dotFour writes only the four given columns' entries");
            assertEquals(Double.NaN, out[3], "dotFour writes only the four given columns' entries");
            for (int q = 1; q <= 4; q++) {
                int c = cols[q];
                double naive = 0;
                double scale = 0;
                for (int i = 0; i < n; i++) {
                    naive += x[c * n + i] * r[i];
                    scale += Math.abs(x[c * n + i] * r[i]);
                }
                assertEquals(naive, out[c], 1e-12 * (1 + scale), "column " + c + ", n " + n);
                assertEquals(CoordinateDescent.dot(x, c * n, r, 0, n), out[c], 0.0, "bit for bit, column " + c + ", n " + n);
            }
        }
    }
}
