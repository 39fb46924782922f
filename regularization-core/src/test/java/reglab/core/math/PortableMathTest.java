package reglab.core.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * {@link PortableMath} against fdlibm ({@code StrictMath}, itself within 1 ulp of the true value)
 * on a million arguments per function, and its splitting constants against 40-digit values of
 * ln 2 and π.
 */
class PortableMathTest {

    private static final BigDecimal LN2 = new BigDecimal("0.6931471805599453094172321214581765680755");
    private static final BigDecimal HALF_PI = new BigDecimal("1.5707963267948966192313216916397514420986");

    private static double ulps(double actual, double expected) {
        if (actual == expected) {
            return 0;
        }
        return Math.abs(actual - expected) / Math.ulp(expected);
    }

    private static double worst(DoubleUnaryOperator ours, DoubleUnaryOperator fdlibm,
            DoubleUnaryOperator argument) {
        SplittableRandom random = new SplittableRandom(42);
        double worst = 0;
        for (int i = 0; i < 1_000_000; i++) {
            double x = argument.applyAsDouble(random.nextDouble());
            worst = Math.max(worst, ulps(ours.applyAsDouble(x), fdlibm.applyAsDouble(x)));
        }
        return worst;
    }

    @Test
    void expIsWithinOneUlpOfFdlibm() {
        assertTrue(worst(PortableMath::exp, StrictMath::exp, u -> (u - 0.5) * 40) <= 1);
        assertTrue(worst(PortableMath::exp, StrictMath::exp, u -> (u - 0.5) * 1400) <= 1);
        assertTrue(worst(PortableMath::exp, StrictMath::exp, u -> (u - 0.5) * 1e-6) <= 1);
        assertTrue(worst(PortableMath::exp, StrictMath::exp, u -> -708 - u * 37) <= 1, "subnormal results");
    }

    @Test
    void logIsWithinOneUlpOfFdlibm() {
        assertTrue(worst(PortableMath::log, StrictMath::log, u -> u) <= 1);
        assertTrue(worst(PortableMath::log, StrictMath::log, u -> 0.5 + u) <= 1);
        assertTrue(worst(PortableMath::log, StrictMath::log, u -> StrictMath.pow(10, (u - 0.5) * 600)) <= 1);
        assertTrue(worst(PortableMath::log, StrictMath::log, u -> u * 1e-310) <= 1, "subnormals");
        assertTrue(worst(PortableMath::log, StrictMath::log, u -> 1 + (u - 0.5) * 1e-6) <= 1, "near 1");
    }

    @Test
    void sinAndCosAreWithinTwoUlpOfFdlibm() {
        for (double range : new double[] {1, 7, 30, 1e5}) {
            double r = range;
            assertTrue(worst(PortableMath::sin, StrictMath::sin, u -> (u - 0.5) * 2 * r) <= 2, "sin " + r);
            assertTrue(worst(PortableMath::cos, StrictMath::cos, u -> (u - 0.5) * 2 * r) <= 2, "cos " + r);
        }
    }

    @Test
    void tanhIsWithinTwoUlpOfFdlibm() {
        assertTrue(worst(PortableMath::tanh, StrictMath::tanh, u -> (u - 0.5) * 50) <= 2);
        assertTrue(worst(PortableMath::tanh, StrictMath::tanh, u -> (u - 0.5) * 2) <= 2);
        assertTrue(worst(PortableMath::tanh, StrictMath::tanh, u -> u * 1e-9) <= 2);
    }

    @Test
    void specialValues() {
        assertEquals(1.0, PortableMath.exp(0));
        assertEquals(Double.POSITIVE_INFINITY, PortableMath.exp(710));
        assertEquals(0.0, PortableMath.exp(-746));
        assertEquals(0.0, PortableMath.exp(Double.NEGATIVE_INFINITY));
        assertTrue(Double.isNaN(PortableMath.exp(Double.NaN)));
        assertEquals(StrictMath.exp(-740), PortableMath.exp(-740), Math.ulp(StrictMath.exp(-740)));
        assertEquals(0.0, PortableMath.log(1));
        assertEquals(Double.NEGATIVE_INFINITY, PortableMath.log(0));
        assertTrue(Double.isNaN(PortableMath.log(-1)));
        assertEquals(Double.POSITIVE_INFINITY, PortableMath.log(Double.POSITIVE_INFINITY));
        assertEquals(StrictMath.log(Double.MIN_VALUE), PortableMath.log(Double.MIN_VALUE));
        assertEquals(0.0, PortableMath.sin(0.0));
        assertEquals(1.0, PortableMath.cos(0.0));
        assertTrue(Double.isNaN(PortableMath.sin(Double.POSITIVE_INFINITY)));
        assertEquals(1.0, PortableMath.tanh(800));
        assertEquals(-1.0, PortableMath.tanh(Double.NEGATIVE_INFINITY));
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(PortableMath.tanh(-0.0)));
    }

    @Test
    void splittingConstantsAreExactPartsOfLn2AndHalfPi() {
        MathContext mc = MathContext.DECIMAL128;
        BigDecimal ln2 = new BigDecimal(PortableMath.LN2_HI).add(new BigDecimal(PortableMath.LN2_LO));
        assertTrue(ln2.subtract(LN2).abs().compareTo(new BigDecimal("1e-25")) < 0, ln2.toString());
        BigDecimal halfPi = new BigDecimal(PortableMath.PIO2_1).add(new BigDecimal(PortableMath.PIO2_2))
                .add(new BigDecimal(PortableMath.PIO2_3), mc);
        assertTrue(halfPi.subtract(HALF_PI).abs().compareTo(new BigDecimal("1e-33")) < 0, halfPi.toString());
        // The high parts have at most 33 significant bits, so k·part is exact for |k| < 2^20.
        for (double part : new double[] {PortableMath.LN2_HI, PortableMath.PIO2_1, PortableMath.PIO2_2}) {
            long mantissa = Double.doubleToRawLongBits(part) & 0x000fffffffffffffL;
            assertTrue(Long.numberOfTrailingZeros(mantissa) >= 20, part + " has too many bits");
        }
    }
}
