package reglab.core.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link ShortestDecimal} against an independent reference: the exact value of each double as a
 * {@link BigDecimal}, rounded to fewer and to as many digits, read back with the JDK's correctly
 * rounded {@code Double.parseDouble}; and the layout against strings V8 prints (the browser test
 * {@code ExactResultsBrowserTest} compares it with Chromium on random doubles too).
 */
class ShortestDecimalTest {

    @Test
    void layoutIsJavaScripts() {
        assertEquals("0", ShortestDecimal.of(0.0));
        assertEquals("0", ShortestDecimal.of(-0.0));
        assertEquals("100", ShortestDecimal.of(100));
        assertEquals("-2.5", ShortestDecimal.of(-2.5));
        assertEquals("0.1", ShortestDecimal.of(0.1));
        assertEquals("0.30000000000000004", ShortestDecimal.of(0.1 + 0.2));
        assertEquals("0.000001", ShortestDecimal.of(1e-6));
        assertEquals("1e-7", ShortestDecimal.of(1e-7));
        assertEquals("1.5e-7", ShortestDecimal.of(1.5e-7));
        assertEquals("123456789012345680000", ShortestDecimal.of(123456789012345678901.0));
        assertEquals("1e+21", ShortestDecimal.of(1e21));
        assertEquals("9007199254740992", ShortestDecimal.of(9007199254740992.0));
        assertEquals("9007199254740994", ShortestDecimal.of(9007199254740994.0));
        assertEquals("5e-324", ShortestDecimal.of(Double.MIN_VALUE));
        assertEquals("1.7976931348623157e+308", ShortestDecimal.of(Double.MAX_VALUE));
        assertEquals("2.2250738585072014e-308", ShortestDecimal.of(Double.MIN_NORMAL));
        assertEquals("1e+23", ShortestDecimal.of(1e23));
        assertEquals("0.002", ShortestDecimal.of(2e-3));
    }

    @Test
    void nanAndInfinitiesHaveNoDecimal() {
        assertThrows(IllegalArgumentException.class, () -> ShortestDecimal.of(Double.NaN));
        assertThrows(IllegalArgumentException.class,
                () -> ShortestDecimal.of(Double.POSITIVE_INFINITY));
    }

    @Test
    void randomDoublesAreShortestClosestAndReadBack() {
        SplittableRandom random = new SplittableRandom(20240611);
        for (int i = 0; i < 200_000; i++) {
            double v;
            switch (i % 4) {
                case 0:
                    v = Double.longBitsToDouble(random.nextLong() & Long.MAX_VALUE);
                    break;
                case 1:
                    v = random.nextDouble();
                    break;
                case 2:
                    v = Math.pow(2, random.nextInt(-1074, 1024)); // the asymmetric neighbours
                    break;
                default:
                    v = random.nextDouble() * Math.pow(10, random.nextInt(-12, 12));
                    break;
            }
            if (Double.isNaN(v) || Double.isInfinite(v) || v == 0) {
                continue;
            }
            check(v);
        }
    }

    @Test
    void powersOfTenAndTheirNeighbours() {
        for (int e = -323; e <= 308; e++) {
            double v = Double.parseDouble("1e" + e);
            check(v);
            check(Math.nextUp(v));
            check(Math.nextDown(v));
        }
    }

    private static void check(double v) {
        String text = ShortestDecimal.of(v);
        assertEquals(v, Double.parseDouble(text), 0.0, "reads back: " + text);
        BigDecimal exact = new BigDecimal(v);
        BigDecimal written = new BigDecimal(text);
        int digits = written.stripTrailingZeros().precision();
        if (digits > 1) {
            for (RoundingMode mode : new RoundingMode[] {RoundingMode.FLOOR, RoundingMode.CEILING}) {
                BigDecimal shorter = exact.round(new MathContext(digits - 1, mode));
                assertNotEquals(v, shorter.doubleValue(), v + " has a shorter decimal "
                        + shorter + " than " + text);
            }
        }
        BigDecimal nearest = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
        if (nearest.doubleValue() == v) {
            assertEquals(0, nearest.compareTo(written), v + ": the closest " + digits
                    + "-digit decimal is " + nearest + ", not " + text);
        } else {
            // The closest decimal of that length misses v (only beside a power of two, where the
            // lower neighbour is nearer): the one on the other side must have been written.
            assertTrue(exact.compareTo(written) != 0, text);
        }
    }
}
