package reglab.core.nn.activation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import reglab.core.nn.Numeric;

class ActivationGradientTest {

    private static final int ROWS = 3;
    private static final int WIDTH = 4;

    /** Objective Σ c·f(z) with fixed random c, so backward(c) must equal its gradient in z. */
    private static void check(Activation act) {
        double[] z = Numeric.randomArray(ROWS * WIDTH, 11);
        for (int i = 0; i < z.length; i++) {
            z[i] *= 3; // reach the saturated parts of tanh and sigmoid
            if (Math.abs(z[i]) < 1e-3) {
                z[i] = 0.5; // keep relu away from its kink
            }
        }
        double[] c = Numeric.randomArray(ROWS * WIDTH, 12);
        double[] a = new double[z.length];
        act.forward(z, a, ROWS, WIDTH);
        double[] gradZ = new double[z.length];
        double[] zCopy = z.clone();
        double[] cCopy = c.clone();
        act.backward(z, a, c, gradZ, ROWS, WIDTH);
        assertEquals(java.util.Arrays.toString(zCopy), java.util.Arrays.toString(z), "z modified");
        assertEquals(java.util.Arrays.toString(cCopy), java.util.Arrays.toString(c), "gradA modified");
        double[] tmp = new double[z.length];
        Numeric.assertGradient(act.name(), z, z.length, gradZ, () -> {
            act.forward(z, tmp, ROWS, WIDTH);
            double s = 0;
            for (int i = 0; i < tmp.length; i++) {
                s += c[i] * tmp[i];
            }
            return s;
        }, 1e-6);
    }

    @Test
    void everyActivationMatchesFiniteDifferences() {
        for (String name : Activations.names()) {
            check(Activations.byName(name));
        }
    }

    @Test
    void knownValues() {
        double[] z = {-2, 0, 3};
        double[] a = new double[3];
        Activations.RELU.forward(z, a, 1, 3);
        assertEquals(0.0, a[0]);
        assertEquals(3.0, a[2]);
        Activations.SIGMOID.forward(new double[] {0, -800, 800}, a, 1, 3);
        assertEquals(0.5, a[0]);
        assertEquals(0.0, a[1], 1e-300);
        assertEquals(1.0, a[2]);
        Activations.SOFTMAX.forward(new double[] {1000, 1000, 1000}, a, 1, 3);
        assertEquals(1.0 / 3, a[0], 1e-15);
        Activations.SOFTMAX.forward(new double[] {0, Math.log(2), Math.log(5)}, a, 1, 3);
        assertEquals(0.125, a[0], 1e-15);
        assertEquals(0.625, a[2], 1e-15);
    }

    @Test
    void unknownNameIsRejectedWithTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Activations.byName("gelu"));
        assertEquals("unknown activation 'gelu', expected one of relu, tanh, sigmoid, softmax, linear",
                e.getMessage());
    }

    @Test
    void everyActivationButSoftmaxActsOnEachValueAlone() {
        assertEquals("relu, tanh, sigmoid, linear", String.join(", ", Activations.elementwiseNames()));
    }
}
