package reglab.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import reglab.core.ExpectedValues;

/**
 * The decoded asset against scikit-learn's {@code load_digits()} (fixture written by
 * {@code src/test/python/make_digits_fixtures.py} from scikit-learn's arrays, not from the asset).
 */
class DigitsTest {

    private static final Digits DIGITS = DigitsResource.load();
    private static final ExpectedValues SKLEARN = ExpectedValues.load("digits/digits.expected.csv");

    @Test
    void decodedImagesAndLabelsEqualScikitLearns() throws NoSuchAlgorithmException {
        int[] shape = SKLEARN.ints("shape");
        assertEquals(shape[0], DIGITS.count());
        assertEquals(shape[1], DIGITS.height());
        assertEquals(shape[2], DIGITS.width());
        int[] counts = new int[Digits.CLASSES];
        long sum = 0;
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (int i = 0; i < DIGITS.count(); i++) {
            counts[DIGITS.label(i)]++;
            for (int r = 0; r < 8; r++) {
                for (int c = 0; c < 8; c++) {
                    int v = DIGITS.pixel(i, r, c);
                    sum += v;
                    sha.update((byte) v);
                }
            }
        }
        for (int i = 0; i < DIGITS.count(); i++) {
            sha.update((byte) DIGITS.label(i));
        }
        assertArrayEquals(SKLEARN.ints("class_counts"), counts);
        assertEquals((long) SKLEARN.number("pixel_sum"), sum);
        assertEquals(SKLEARN.text("sha256"), hex(sha.digest()));
        for (int row : new int[] {0, 1, 2, 100, 1000, 1796}) {
            int[] expected = SKLEARN.ints("row_" + row);
            assertEquals(expected[0], DIGITS.label(row), "label of row " + row);
            for (int p = 0; p < 64; p++) {
                assertEquals(expected[p + 1], DIGITS.pixel(row, p / 8, p % 8), "row " + row + " pixel " + p);
            }
        }
        assertArrayEquals(new int[] {0, 1, 2}, Arrays.copyOf(DIGITS.labels(), 3));
    }

    private static String hex(byte[] bytes) {
        StringBuilder s = new StringBuilder();
        for (byte b : bytes) {
            s.append(Character.forDigit((b >> 4) & 15, 16)).append(Character.forDigit(b & 15, 16));
        }
        return s.toString();
    }

    @Test
    void datasetScalesPixelsToTheUnitIntervalAndOneHotEncodesLabels() {
        Dataset d = DIGITS.dataset(new int[] {100, 0, 100});
        assertEquals(3, d.rows());
        assertEquals(64, d.features());
        assertEquals(10, d.outputs());
        int[] row100 = SKLEARN.ints("row_100");
        for (int p = 0; p < 64; p++) {
            assertEquals(row100[p + 1] / 16.0, d.x(0, p), 0.0);
            assertEquals(row100[p + 1] / 16.0, d.x(2, p), 0.0);
        }
        for (int c = 0; c < 10; c++) {
            assertEquals(c == 4 ? 1.0 : 0.0, d.y(0, c), 0.0);
            assertEquals(c == 0 ? 1.0 : 0.0, d.y(1, c), 0.0);
        }
        Dataset all = DIGITS.dataset();
        assertEquals(1797, all.rows());
        double max = 0;
        for (double v : all.x()) {
            max = Math.max(max, v);
        }
        assertEquals(1.0, max, 0.0);
        assertThrows(IllegalArgumentException.class, () -> DIGITS.dataset(new int[] {1797}));
        assertThrows(IllegalArgumentException.class, () -> DIGITS.dataset(new int[0]));
    }

    private static String message(String payload) {
        return assertThrows(IllegalArgumentException.class, () -> Digits.decode(payload)).getMessage();
    }

    @Test
    void decoderAcceptsCrLfAndNamesTheLineAndColumnOfBadInput() {
        Digits tiny = Digits.decode("reglab-digits 1 1 2 2\r\n0g3\r\n957\r\n");
        assertEquals(2, tiny.count());
        assertEquals(16, tiny.pixel(0, 0, 1));
        assertEquals(3, tiny.label(0));
        assertEquals(9, tiny.pixel(1, 0, 0));
        assertEquals(7, tiny.label(1));
        assertEquals(2, Digits.decode("reglab-digits 1 1 2 2\n0g3\n957").count());

        assertEquals("digits line 1: expected 'reglab-digits 1 <height> <width> <count>', got 'digits 1 1 2 2'",
                message("digits 1 1 2 2\n0g3\n957\n"));
        assertEquals("digits line 1: format version 2 is not supported (this decoder reads version 1)",
                message("reglab-digits 2 1 2 2\n0g3\n957\n"));
        assertEquals("digits line 1: height must be a whole number >= 1, got 'x'",
                message("reglab-digits 1 x 2 2\n0g3\n957\n"));
        assertEquals("digits line 1: width must be a whole number >= 1, got '+2'",
                message("reglab-digits 1 1 +2 2\n0g3\n957\n"), "ASCII digits only, no sign");
        assertEquals("digits line 1: count must be a whole number >= 1, got '9999999999'",
                message("reglab-digits 1 1 2 9999999999\n0g3\n957\n"));
        assertEquals("digits line 3, column 2: 'h' is not a pixel value (0-9 for 0..9, a-g for 10..16)",
                message("reglab-digits 1 1 2 2\n0g3\n9h7\n"));
        assertEquals("digits line 2, column 3: 'a' is not a label (0-9)",
                message("reglab-digits 1 1 2 2\n0ga\n957\n"));
        assertEquals("digits line 3: expected 2 pixel characters and a label, got 4 characters",
                message("reglab-digits 1 1 2 2\n0g3\n9571\n"));
        assertEquals("digits: the header announces 3 images but the data ends after 2",
                message("reglab-digits 1 1 2 3\n0g3\n957\n"));
        assertEquals("digits line 1: 100000 images of 100000 x 100000 pixels need 1000000000100000 "
                + "characters, the data has 45", message("reglab-digits 1 100000 100000 100000\n0g3\n957\n"));
        assertEquals("digits line 4: data after the 2 images the header announces",
                message("reglab-digits 1 1 2 2\n0g3\n957\n111\n"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Digits.fromScript("var x = 1;"))
                .getMessage().startsWith("digits script: no globalThis.reglabDigits = `"));
    }
}
