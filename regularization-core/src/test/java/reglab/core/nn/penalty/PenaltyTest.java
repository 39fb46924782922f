package reglab.core.nn.penalty;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import reglab.core.nn.Numeric;
import reglab.core.nn.parameter.Parameter;

class PenaltyTest {

    private static void checkGradient(Penalty p) {
        double[] w = Numeric.randomArray(7, 21);
        double[] before = w.clone();
        double[] grad = new double[w.length];
        p.addGradient(w, grad);
        assertArrayEquals(before, w, "weights modified");
        Numeric.assertGradient(p.describe(), w, w.length, grad, () -> p.value(w), 1e-7);
    }

    @Test
    void gradientsMatchFiniteDifferences() {
        checkGradient(new L1(0.3));
        checkGradient(new L2(0.3));
        checkGradient(new L1L2(0.2, 0.7));
        checkGradient(new L2SP(0.4, Numeric.randomArray(7, 22)));
    }

    @Test
    void valuesByHand() {
        double[] w = {1, -2, 0};
        assertEquals(0.001 * (1 + 4), new L2(0.001).value(w), 1e-18); // Keras l2: no ½
        assertEquals(0.5 * 3, new L1(0.5).value(w), 1e-15);
        assertEquals(0.5 * 3 + 0.001 * 5, new L1L2(0.5, 0.001).value(w), 1e-15);
        assertEquals(2 * ((1 - 1) * (1 - 1) + 9 + 4), new L2SP(2, new double[] {1, 1, 2}).value(w), 1e-12);
        assertEquals(0.0, new L1(1).der(0.0)); // TensorFlow's sign(0) = 0
    }

    @Test
    void addGradientAccumulates() {
        double[] grad = {1, 1};
        new L2(0.5).addGradient(new double[] {2, -1}, grad);
        assertArrayEquals(new double[] {1 + 2, 1 - 1}, grad);
    }

    @Test
    void badStrengthsAreRejectedNamingTheValue() {
        assertEquals("L2 lambda must be a finite number >= 0, got -0.1",
                assertThrows(IllegalArgumentException.class, () -> new L2(-0.1)).getMessage());
        assertEquals("L1 lambda must be a finite number >= 0, got NaN",
                assertThrows(IllegalArgumentException.class, () -> new L1(Double.NaN)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new L1L2(0.1, Double.POSITIVE_INFINITY));
    }

    @Test
    void l2spReferenceOfTheWrongSizeNamesBothSizes() {
        Parameter p = new Parameter("kernel", 2, 3, true);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> p.setPenalty(new L2SP(0.1, new double[4])));
        assertEquals("L2SP reference for kernel: shape mismatch, the parameter has 6 values but the"
                + " reference has 4", e.getMessage());
    }

    @Test
    void theRegistryMakesEachPenaltyByNameFromOneRate() {
        assertEquals("none, l1, l2, elasticnet", String.join(", ", Penalties.names()));
        assertNull(Penalties.byName("none", 0.1));
        double[] w = {0.5, -2};
        assertEquals(new L1(0.1).value(w), Penalties.byName("l1", 0.1).value(w));
        assertEquals(new L2(0.1).value(w), Penalties.byName("l2", 0.1).value(w));
        assertEquals(new L1L2(0.05, 0.05).value(w), Penalties.byName("elasticnet", 0.1).value(w),
                "Keras' l1_l2 with the rate split evenly");
        assertThrows(IllegalArgumentException.class, () -> Penalties.byName("l3", 0.1));
    }
}
