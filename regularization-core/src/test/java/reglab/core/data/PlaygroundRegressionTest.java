package reglab.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import reglab.core.random.Rng;

/** The regression sets against their definitions, computed independently point by point. */
class PlaygroundRegressionTest {

    @Test
    void planeWithoutNoiseIsTheTiltedPlane() {
        Dataset d = PlaygroundRegression.plane(300, 0.0, new Rng(1));
        assertEquals(300, d.rows());
        for (int r = 0; r < d.rows(); r++) {
            double a = d.x(r, 0);
            double b = d.x(r, 1);
            assertTrue(Math.abs(a) <= 6 && Math.abs(b) <= 6, "inside the square: " + a + ", " + b);
            assertEquals((a + b) / 12, d.y(r, 0), 1e-12);
        }
    }

    @Test
    void gaussWithoutNoiseFollowsTheNearestBump() {
        // At a bump's centre the surface is that bump's sign (the others are e^-4 or less there).
        assertEquals(1.0, PlaygroundRegression.bumps(-4, 2.5), 1e-12);
        assertEquals(-1.0, PlaygroundRegression.bumps(0, 2.5), 1e-12);
        assertEquals(-1.0, PlaygroundRegression.bumps(-4, -2.5), 1e-12);
        // Two units from (4, -2.5) along x: exp(-4/4); the neighbour at (0, -2.5) ties, sign +1 first.
        assertEquals(Math.exp(-1), PlaygroundRegression.bumps(2, -2.5), 1e-12);
        Dataset d = PlaygroundRegression.gauss(400, 0.0, new Rng(2));
        for (int r = 0; r < d.rows(); r++) {
            double y = d.y(r, 0);
            assertTrue(y >= -1 && y <= 1, "target in [-1, 1]: " + y);
            assertEquals(PlaygroundRegression.bumps(d.x(r, 0), d.x(r, 1)), y, 0);
        }
    }

    @Test
    void noiseIsAddedToTheTargetWithinItsBound() {
        Dataset d = PlaygroundRegression.plane(2000, 0.5, new Rng(3));
        double maxDev = 0;
        for (int r = 0; r < d.rows(); r++) {
            double dev = Math.abs(d.y(r, 0) - (d.x(r, 0) + d.x(r, 1)) / 12);
            assertTrue(dev <= 0.5 + 1e-12, "noise bound " + dev);
            maxDev = Math.max(maxDev, dev);
        }
        assertTrue(maxDev > 0.45, "noise spreads up to its bound: " + maxDev);
    }

    @Test
    void byNameAndValidation() {
        assertEquals(10, DataSets.byName("reg-gauss", 10, 0.1, new Rng(4)).rows());
        assertTrue(DataSets.isRegression("reg-plane"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DataSets.byName("reg-cube", 10, 0, new Rng(5)));
        assertTrue(e.getMessage().contains("reg-cube"));
        assertThrows(IllegalArgumentException.class,
                () -> PlaygroundRegression.plane(10, 0.6, new Rng(6)));
    }

    @Test
    void theRegistryNamesEverySetOnceInThePlaygroundsOrder() {
        assertEquals("circle, xor, gauss, spiral, reg-plane, reg-gauss", String.join(", ", DataSets.names()));
        for (String name : DataSets.names()) {
            Dataset d = DataSets.byName(name, 20, 0.1, new Rng(3));
            assertEquals(20, d.rows(), name);
            assertEquals(2, d.features(), name);
            assertEquals(name.startsWith("reg-"), DataSets.isRegression(name), name);
        }
        assertArrayEquals(PlaygroundData.spiral(50, 0.2, new Rng(9)).x(),
                DataSets.byName("spiral", 50, 0.2, new Rng(9)).x());
        assertFalse(DataSets.isRegression("circle"));
    }
}
