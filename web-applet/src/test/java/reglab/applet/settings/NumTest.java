package reglab.applet.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Number text for readers, checked against hand-written expectations. */
class NumTest {

    @Test
    void fixedRoundsHalfAwayFromZero() {
        assertEquals("0.13", Num.fixed(0.125, 2));
        assertEquals("-2.50", Num.fixed(-2.5, 2));
        assertEquals("3", Num.fixed(2.5, 0));
        assertEquals("0.0", Num.fixed(-0.01, 1), "no negative zero");
    }

    @Test
    void significantDigitsSwitchToExponentsForTinyAndHugeValues() {
        assertEquals("0.03", Num.sig(0.03, 2));
        assertEquals("1234", Num.sig(1234.4, 4));
        assertEquals("1.2e-5", Num.sig(0.000012, 2));
        assertEquals("2.5e7", Num.sig(25_000_000, 3));
        assertEquals("0", Num.sig(0, 3));
    }

    @Test
    void hexDigitReadsAsciiHexOnly() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            boolean ascii = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            assertEquals(ascii ? Character.digit(c, 16) : -1, Num.hexDigit(c), "char " + (int) c);
        }
    }

    @Test
    void parseAcceptsPlainDecimalsOnly() {
        assertEquals(0.003, Num.parse("0.003"));
        assertEquals(1e-4, Num.parse("1e-4"));
        assertTrue(Double.isNaN(Num.parse("0x10")));
        assertTrue(Double.isNaN(Num.parse("NaN")));
        assertTrue(Double.isNaN(Num.parse("")));
        assertTrue(Double.isNaN(Num.parse("1e999")), "infinite is not a setting");
    }
}
