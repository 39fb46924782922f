package reglab.core.math;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import reglab.core.random.Rng;

/**
 * Every branch-free form against the plain Java expression it replaces, compared as raw bits, on
 * the values where they could part: signed zeros, subnormals, infinities, NaNs with either sign and
 * payload, the neighbours of zero and of the NaN boundary, and a million random bit patterns.
 */
class BranchlessTest {

    private static void check(double v) {
        String what = v + " (0x" + Long.toHexString(Double.doubleToRawLongBits(v)) + ")";
        assertEquals(Double.doubleToRawLongBits(v > 0 ? v : 0.0),
                Double.doubleToRawLongBits(Branchless.relu(v)), "relu " + what);
        assertEquals(v > 0 ? -1L : 0L, Branchless.positiveMask(v), "positiveMask " + what);
        assertEquals(Double.doubleToRawLongBits(v), Double.doubleToRawLongBits(Branchless.select(v, -1L)));
        assertEquals(0L, Double.doubleToRawLongBits(Branchless.select(v, 0L)));
    }

    @Test
    void sameBitsAsThePlainExpressions() {
        long[] bits = {0L, Long.MIN_VALUE, 1L, Long.MIN_VALUE + 1, 0x000FFFFFFFFFFFFFL,
            0x7FEFFFFFFFFFFFFFL, 0x7FF0000000000000L, 0xFFF0000000000000L, 0x7FF0000000000001L,
            0x7FF8000000000000L, 0x7FFFFFFFFFFFFFFFL, 0xFFF0000000000001L, 0xFFF8000000000000L,
            0xFFFFFFFFFFFFFFFFL, Double.doubleToRawLongBits(1.0), Double.doubleToRawLongBits(-1.0),
            Double.doubleToRawLongBits(Double.MIN_NORMAL), Double.doubleToRawLongBits(-Double.MIN_NORMAL)};
        for (long b : bits) {
            check(Double.longBitsToDouble(b));
        }
        Rng rng = new Rng(3);
        for (int i = 0; i < 1_000_000; i++) {
            check(Double.longBitsToDouble(rng.nextLong()));
            check(rng.uniform(-1, 1));
        }
    }
}
