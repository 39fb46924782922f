package reglab.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import reglab.core.random.Rng;

/** The sector tasks against their definition, with the angle recomputed by Math.atan2. */
class SectorsTest {

    /** Sector of (x, y) counted counter-clockwise from the ray at {@code rotation}, by atan2. */
    private static int sectorOf(double x, double y, double rotation, int sectors) {
        double a = Math.atan2(y, x) - rotation;
        a = ((a % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI);
        return (int) Math.floor(a / (2 * Math.PI / sectors));
    }

    /** Whether a point lies so close to a ray that rounding may put it in either sector. */
    private static boolean onARay(double x, double y, double rotation, int sectors) {
        double a = Math.atan2(y, x) - rotation;
        double width = 2 * Math.PI / sectors;
        double rem = ((a % width) + width) % width;
        return rem < 1e-9 || width - rem < 1e-9;
    }

    @Test
    void sourceLabelsArePointsSectorsOneHot() {
        Dataset d = Sectors.source(600, 6, 0, new Rng(1));
        assertEquals(6, d.outputs());
        int[] counts = new int[6];
        for (int r = 0; r < d.rows(); r++) {
            double x = d.x(r, 0);
            double y = d.x(r, 1);
            assertTrue(Math.hypot(x, y) <= Sectors.RADIUS + 1e-12);
            double sum = 0;
            int label = -1;
            for (int k = 0; k < 6; k++) {
                sum += d.y(r, k);
                if (d.y(r, k) == 1) {
                    label = k;
                }
            }
            assertEquals(1.0, sum);
            if (!onARay(x, y, 0, 6)) {
                assertEquals(sectorOf(x, y, 0, 6), label, "row " + r);
            }
            counts[label]++;
        }
        for (int c : counts) {
            assertTrue(c > 60 && c < 140, "sector counts " + java.util.Arrays.toString(counts));
        }
    }

    @Test
    void targetIsThePinwheelOfTheTurnedSectors() {
        double rotation = 0.3;
        Dataset d = Sectors.target(500, 6, rotation, 0, new Rng(2));
        int ones = 0;
        for (int r = 0; r < d.rows(); r++) {
            double x = d.x(r, 0);
            double y = d.x(r, 1);
            if (!onARay(x, y, rotation, 6)) {
                assertEquals(sectorOf(x, y, rotation, 6) % 2, (int) d.y(r, 0), "row " + r);
            }
            ones += (int) d.y(r, 0);
        }
        assertTrue(ones > 200 && ones < 300, "ones " + ones);
    }

    @Test
    void pointsRadiiFillTheDiscUniformly() {
        Dataset d = Sectors.target(4000, 4, 0, 0, new Rng(3));
        int inner = 0;
        for (int r = 0; r < d.rows(); r++) {
            inner += Math.hypot(d.x(r, 0), d.x(r, 1)) < Sectors.RADIUS / 2 ? 1 : 0;
        }
        // uniform in area: a quarter of the points within half the radius
        assertEquals(0.25, inner / 4000.0, 0.03);
    }

    @Test
    void noiseReplacesLabelsButMovesNoPoint() {
        Dataset clean = Sectors.source(2000, 4, 0, new Rng(4));
        Dataset noisy = Sectors.source(2000, 4, 0.4, new Rng(4));
        assertArrayEquals(clean.x(), noisy.x());
        int changed = 0;
        for (int r = 0; r < clean.rows(); r++) {
            for (int k = 0; k < 4; k++) {
                if (clean.y(r, k) != noisy.y(r, k)) {
                    changed++;
                    break;
                }
            }
        }
        // replaced with probability 0.4 by one of 4 classes: changed with probability 0.3
        assertEquals(0.3, changed / 2000.0, 0.04);
    }

    @Test
    void badSettingsAreNamed() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Sectors.target(10, 5, 0, 0, new Rng(1)))
                .getMessage().contains("even, got 5"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Sectors.source(10, 4, 1.5, new Rng(1)))
                .getMessage().contains("1.5"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Sectors.source(10, 1, 0, new Rng(1)))
                .getMessage().contains("sectors"));
    }
}
