package reglab.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import reglab.core.random.Rng;

class DatasetTest {

    @Test
    void nanAndInfinityAreReportedWithRowAndColumn() {
        double[] x = {1, 2, 3, 4, Double.NaN, 6};
        assertEquals("dataset x has NaN at row 2, column 0 (0-based); remove or impute it",
                assertThrows(IllegalArgumentException.class,
                        () -> new Dataset(x, new double[3], 3, 2, 1)).getMessage());
        double[] y = {0, Double.POSITIVE_INFINITY};
        assertEquals("dataset y has Infinity at row 1, column 0 (0-based); remove or impute it",
                assertThrows(IllegalArgumentException.class,
                        () -> new Dataset(new double[4], y, 2, 2, 1)).getMessage());
    }

    @Test
    void lengthMismatchNamesBothShapes() {
        assertEquals("dataset x: shape mismatch, [3 x 2] needs 6 values but the array has 5",
                assertThrows(IllegalArgumentException.class,
                        () -> new Dataset(new double[5], new double[3], 3, 2, 1)).getMessage());
    }

    @Test
    void constructorCopies() {
        double[] x = {1, 2};
        Dataset d = new Dataset(x, new double[] {0}, 1, 2, 1);
        x[0] = 99;
        assertEquals(1.0, d.x(0, 0));
    }

    @Test
    void splitIsADisjointCoverOfTheRows() {
        double[] x = new double[100];
        for (int i = 0; i < 100; i++) {
            x[i] = i;
        }
        Dataset d = new Dataset(x, x, 100, 1, 1);
        Split s = Split.of(d, 0.25, new Rng(1));
        assertEquals(75, s.train().rows());
        assertEquals(25, s.validation().rows());
        double[] all = new double[100];
        System.arraycopy(s.train().x(), 0, all, 0, 75);
        System.arraycopy(s.validation().x(), 0, all, 75, 25);
        Arrays.sort(all);
        assertArrayEquals(x, all);
        assertThrows(IllegalArgumentException.class, () -> Split.of(d, 1.0, new Rng(1)));
    }

    @Test
    void lastRowsSplitsLikeKerasValidationSplit() {
        Dataset d = new Dataset(new double[] {0, 1, 2, 3, 4}, new double[] {5, 6, 7, 8, 9}, 5, 1, 1);
        Split s = Split.lastRows(d, 2);
        assertArrayEquals(new double[] {0, 1, 2}, s.train().x());
        assertArrayEquals(new double[] {8, 9}, s.validation().y());
        assertEquals("validation rows must be in [1, 4] for 5 rows, got 5",
                assertThrows(IllegalArgumentException.class, () -> Split.lastRows(d, 5)).getMessage());
    }
}
