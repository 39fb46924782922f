package reglab.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import reglab.core.random.Rng;

/** Per-class counts, disjointness and reproducibility, counted naively on the real digit labels. */
class StratifiedSplitTest {

    private static final int[] LABELS = DigitsResource.load().labels();

    @Test
    void stratifiedSplitTakesExactCountsPerClassReproduciblyAndWithoutOverlap() {
        int[] labels = LABELS;
        StratifiedSplit s = StratifiedSplit.of(labels, 10, 20, 50, new Rng(7));
        int[] train = s.trainRows();
        int[] val = s.validationRows();
        assertEquals(200, train.length);
        assertEquals(500, val.length);
        int[] perTrain = new int[10];
        int[] perVal = new int[10];
        boolean[] used = new boolean[labels.length];
        for (int r : train) {
            perTrain[labels[r]]++;
            assertFalse(used[r]);
            used[r] = true;
        }
        for (int r : val) {
            perVal[labels[r]]++;
            assertFalse(used[r], "row " + r + " is in both parts");
            used[r] = true;
        }
        int[] twenty = new int[10];
        Arrays.fill(twenty, 20);
        int[] fifty = new int[10];
        Arrays.fill(fifty, 50);
        assertArrayEquals(twenty, perTrain);
        assertArrayEquals(fifty, perVal);
        int[] sorted = train.clone();
        Arrays.sort(sorted);
        assertArrayEquals(sorted, train);

        assertArrayEquals(train, StratifiedSplit.of(labels, 10, 20, 50, new Rng(7)).trainRows());
        assertArrayEquals(val, StratifiedSplit.of(labels, 10, 20, 50, new Rng(7)).validationRows());
        assertFalse(Arrays.equals(train, StratifiedSplit.of(labels, 10, 20, 50, new Rng(8)).trainRows()));

        StratifiedSplit rest = StratifiedSplit.withRemainder(labels, 10, 10, new Rng(7));
        assertEquals(100, rest.trainRows().length);
        assertEquals(1697, rest.validationRows().length);

        assertEquals("class 8 has 174 rows, but 100 training and 75 validation rows per class need 175; "
                + "ask for fewer rows per class", assertThrows(IllegalArgumentException.class,
                        () -> StratifiedSplit.of(labels, 10, 100, 75, new Rng(1))).getMessage());
        assertEquals("label 10 of row 0 is outside [0, 10)", assertThrows(IllegalArgumentException.class,
                () -> StratifiedSplit.of(new int[] {10, 0}, 10, 1, 1, new Rng(1))).getMessage());
        assertEquals("training rows per class must be >= 1, got 0", assertThrows(IllegalArgumentException.class,
                () -> StratifiedSplit.withRemainder(labels, 10, 0, new Rng(1))).getMessage());
    }
}
