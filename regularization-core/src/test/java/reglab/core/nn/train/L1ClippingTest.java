package reglab.core.nn.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import reglab.core.nn.parameter.Parameter;
import reglab.core.nn.penalty.L1;
import reglab.core.nn.penalty.L1L2;
import reglab.core.nn.penalty.L2;
import reglab.core.nn.penalty.Penalty;

/** The playground's rule checked weight by weight against steps written out by hand. */
class L1ClippingTest {

    private static Parameter parameter(Penalty penalty, double... values) {
        Parameter p = new Parameter("w", 1, values.length, true);
        System.arraycopy(values, 0, p.value(), 0, values.length);
        p.setPenalty(penalty);
        return p;
    }

    /** One hand-made "optimizer step": adds {@code delta} to the values. */
    private static void step(Parameter p, double... delta) {
        for (int i = 0; i < delta.length; i++) {
            p.value()[i] += delta[i];
        }
    }

    @Test
    void aWeightWhoseStepCrossesZeroBecomesExactlyZero() {
        Parameter w = parameter(new L1(0.1), 0.5, -0.5, 0.2, 0.0, -0.1);
        L1Clipping clipping = new L1Clipping(new Parameter[] {w});
        assertTrue(clipping.active());
        clipping.beforeStep();
        // crosses, crosses, stays positive, leaves 0 (no crossing), lands on 0 (no crossing)
        step(w, -0.7, 0.6, -0.1, 0.3, 0.1);
        clipping.afterStep();
        assertArrayEquals(new double[] {0, 0, 0.1, 0.3, 0}, w.value(), 1e-15);
    }

    @Test
    void onlyParametersWithAnL1PartAreClipped() {
        Parameter l2 = parameter(new L2(0.1), 0.5);
        Parameter none = parameter(null, 0.5);
        Parameter l2Only = parameter(new L1L2(0, 0.1), 0.5);
        Parameter both = parameter(new L1L2(0.1, 0.1), 0.5);
        Parameter frozen = new Parameter("f", 1, 1, false);
        frozen.value()[0] = 0.5;
        frozen.setPenalty(new L1(0.1));
        L1Clipping clipping = new L1Clipping(new Parameter[] {l2, none, l2Only, both, frozen});
        clipping.beforeStep();
        for (Parameter p : new Parameter[] {l2, none, l2Only, both, frozen}) {
            step(p, -1);
        }
        clipping.afterStep();
        assertArrayEquals(new double[] {-0.5}, l2.value(), 1e-15);
        assertArrayEquals(new double[] {-0.5}, none.value(), 1e-15);
        assertArrayEquals(new double[] {-0.5}, l2Only.value(), 1e-15);
        assertArrayEquals(new double[] {0}, both.value(), 0);
        assertArrayEquals(new double[] {-0.5}, frozen.value(), 1e-15);
    }

    @Test
    void inactiveWithoutL1() {
        assertFalse(new L1Clipping(new Parameter[] {parameter(new L2(0.1), 1)}).active());
    }
}
