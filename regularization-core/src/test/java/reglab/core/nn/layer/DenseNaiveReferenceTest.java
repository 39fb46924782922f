package reglab.core.nn.layer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import reglab.core.nn.Numeric;
import reglab.core.nn.activation.Activations;
import reglab.core.random.Rng;

/**
 * Dense's blocked and zero-skipping loops ({@link DenseKernels}) against the textbook triple loops
 * written here, bit for bit: the fast paths promise the same terms in the same order. The inputs
 * mix fully dense rows, rows with some zeros and all-zero rows, in orders that exercise the paired
 * dense-row forward next to the single-row one, and dLoss/dz both mostly zero (the sparse backward)
 * and dense (the blocked backward). Widths 7 and 6 leave remainders after the blocks of four.
 */
class DenseNaiveReferenceTest {

    private static final int IN = 7;
    private static final int UNITS = 6;
    private static final int ROWS = 9;

    /** Zero patterns per row: 'd' dense, 's' some zeros, 'z' all zeros. */
    private static double[] input(String pattern, long seed) {
        double[] x = Numeric.randomArray(ROWS * IN, seed);
        for (int r = 0; r < ROWS; r++) {
            char kind = pattern.charAt(r);
            for (int i = 0; i < IN; i++) {
                if (kind == 'z' || (kind == 's' && (i + r) % 3 == 0)) {
                    x[r * IN + i] = 0.0;
                }
            }
        }
        return x;
    }

    private static double[] gradient(boolean mostlyZero, long seed) {
        double[] g = Numeric.randomArray(ROWS * UNITS, seed);
        if (mostlyZero) {
            for (int k = 0; k < g.length; k++) {
                if (k % 4 != 1) {
                    g[k] = 0.0;
                }
            }
        }
        return g;
    }

    private static void check(String pattern, boolean mostlyZeroGradient) {
        Dense dense = new Dense(UNITS, Activations.LINEAR);
        dense.build(IN, new Rng(5));
        dense.reserve(ROWS);
        double[] w = dense.kernel().value();
        double[] b = dense.bias().value();
        double[] bias = Numeric.randomArray(UNITS, 8);
        System.arraycopy(bias, 0, b, 0, UNITS);
        double[] x = input(pattern, 6);
        double[] g = gradient(mostlyZeroGradient, 7);

        double[] z = new double[ROWS * UNITS];
        double[] gw = new double[IN * UNITS];
        double[] gb = new double[UNITS];
        double[] gx = new double[ROWS * IN];
        for (int r = 0; r < ROWS; r++) {
            for (int j = 0; j < UNITS; j++) {
                double s = b[j];
                for (int i = 0; i < IN; i++) {
                    s += x[r * IN + i] * w[i * UNITS + j];
                }
                z[r * UNITS + j] = s;
                gb[j] += g[r * UNITS + j];
            }
            for (int i = 0; i < IN; i++) {
                for (int j = 0; j < UNITS; j++) {
                    gw[i * UNITS + j] += x[r * IN + i] * g[r * UNITS + j];
                }
                double s = 0;
                for (int j = 0; j < UNITS; j++) {
                    s += g[r * UNITS + j] * w[i * UNITS + j];
                }
                gx[r * IN + i] = s;
            }
        }

        String what = pattern + (mostlyZeroGradient ? ", sparse dz" : ", dense dz");
        double[] out = dense.forward(x, ROWS, true, new Rng(1));
        assertArrayEquals(z, Arrays.copyOf(out, z.length), what + ": forward");
        Arrays.fill(dense.kernel().grad(), 0.0);
        Arrays.fill(dense.bias().grad(), 0.0);
        double[] in = dense.backward(g, ROWS, true);
        assertArrayEquals(gw, dense.kernel().grad(), what + ": kernel gradient");
        assertArrayEquals(gb, dense.bias().grad(), what + ": bias gradient");
        assertArrayEquals(gx, Arrays.copyOf(in, gx.length), what + ": input gradient");
    }

    @Test
    void sameBitsAsTheNaiveLoopsForEveryZeroPattern() {
        for (String pattern : new String[] {"ddddddddd", "dsdzddsdd", "sdddzdsds", "zzzzzzzzz"}) {
            check(pattern, false);
            check(pattern, true);
        }
    }

    @Test
    void firstLayerSkipsTheInputGradient() {
        Dense dense = new Dense(UNITS, Activations.TANH);
        dense.build(IN, new Rng(5));
        dense.reserve(ROWS);
        dense.forward(input("ddddddddd", 6), ROWS, true, new Rng(1));
        assertEquals(null, dense.backward(gradient(true, 7), ROWS, false));
        assertEquals(null, dense.backward(gradient(false, 7), ROWS, false));
    }
}
