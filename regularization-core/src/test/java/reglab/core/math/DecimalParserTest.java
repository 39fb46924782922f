package reglab.core.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link DecimalParser} against an independent reference, the JDK's correctly rounded
 * {@code Double.parseDouble}: bit for bit on random digit strings over the whole exponent range,
 * on every double's shortest and full decimal, and on the hard cases, the exact halfway points
 * between neighbouring doubles (where ties go to the even one) and a digit either side of them.
 */
class DecimalParserTest {

    private static void same(String s) {
        long expected = Double.doubleToRawLongBits(Double.parseDouble(s));
        long actual = Double.doubleToRawLongBits(DecimalParser.parse(s));
        assertEquals(expected, actual, () -> "'" + s + "': expected " + Double.parseDouble(s)
                + ", got " + DecimalParser.parse(s));
    }

    @Test
    void plainDecimals() {
        for (String s : new String[] {"0", "-0", "+0", "0.0", "1", "-2", "0.003", "1e-4", "2.5E+3", ".5",
            "5.", "-.5e1", "0.1", "0.30000000000000004", "123456789012345678901234567890", "007",
            "1e23", "8.98846567431158e307", "4.9e-324", "5e-324", "2.4703282292062328e-324",
            "2.4703282292062327e-324", "1.7976931348623157e308", "1.7976931348623158e308",
            "1.7976931348623159e308", "2.2250738585072011e-308", "2.2250738585072012e-308",
            "1e-400", "1e400", "0e999999999999", "1e-99999999999999", "1e99999999999999",
            "9007199254740993", "9007199254740995", "Infinity", "-Infinity", "+Infinity"}) {
            same(s);
        }
        assertTrue(Double.isNaN(DecimalParser.parse("NaN")));
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(DecimalParser.parse("-0.000e5")));
    }

    @Test
    void notDecimalsAreRefusedByName() {
        for (String s : new String[] {"", "-", ".", "e5", "1e", "1e+", "1.2.3", " 1", "1 ", "0x1p3", "1d",
            "1f", "abc", "1,5", "--1", "Infinityx", "nan"}) {
            NumberFormatException e = assertThrows(NumberFormatException.class, () -> DecimalParser.parse(s), s);
            assertTrue(e.getMessage().contains("'" + s + "'"), e.getMessage());
        }
    }

    @Test
    void randomDigitStrings() {
        SplittableRandom random = new SplittableRandom(20261204);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 300_000; i++) {
            sb.setLength(0);
            if (random.nextBoolean()) {
                sb.append('-');
            }
            int digits = 1 + random.nextInt(i % 3 == 0 ? 40 : 19);
            int point = random.nextInt(digits + 1);
            for (int d = 0; d < digits; d++) {
                if (d == point) {
                    sb.append('.');
                }
                sb.append((char) ('0' + random.nextInt(10)));
            }
            if (random.nextInt(4) > 0) {
                sb.append('e').append(random.nextInt(-345, 330));
            }
            same(sb.toString());
        }
    }

    @Test
    void everyDoublesDecimals() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 100_000; i++) {
            double v = Double.longBitsToDouble(random.nextLong() & Long.MAX_VALUE);
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                continue;
            }
            same(ShortestDecimal.of(v));
            same(Double.toString(v));
            same(new BigDecimal(v).toString());
        }
    }

    @Test
    void halfwayPointsAndTheirNeighbours() {
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 30_000; i++) {
            double v;
            switch (i % 3) {
                case 0:
                    v = Double.longBitsToDouble(random.nextLong(1, 0x7fefffffffffffffL));
                    break;
                case 1:
                    v = Double.longBitsToDouble(random.nextLong(1, 1L << 52)); // subnormal
                    break;
                default:
                    v = Math.pow(2, random.nextInt(-1074, 1023)); // neighbours at unequal distances
                    break;
            }
            BigDecimal here = new BigDecimal(v);
            for (double next : new double[] {Math.nextUp(v), Math.nextDown(v)}) {
                BigDecimal half = here.add(new BigDecimal(next)).divide(BigDecimal.valueOf(2));
                same(half.toString());
                BigDecimal unit = BigDecimal.ONE.movePointLeft(half.scale() + 1);
                same(half.add(unit).toString());
                same(half.subtract(unit).toString());
            }
        }
        BigDecimal max = new BigDecimal(Double.MAX_VALUE);
        BigDecimal aboveMax = max.add(max.subtract(new BigDecimal(Math.nextDown(Double.MAX_VALUE))).divide(BigDecimal.valueOf(2)));
        same(aboveMax.toString());
        same(aboveMax.subtract(BigDecimal.ONE).toString());
        same(new BigDecimal(Double.MIN_VALUE).divide(BigDecimal.valueOf(2)).toString());
    }
}
