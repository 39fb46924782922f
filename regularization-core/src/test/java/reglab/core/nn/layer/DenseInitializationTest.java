package reglab.core.nn.layer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import reglab.core.nn.Sequential;
import reglab.core.nn.activation.Activations;
import reglab.core.random.Rng;

/**
 * Kernels are Glorot-uniform draws from the model's generator, layer after layer, bit for bit as
 * written out here: {@code U(−limit, limit)}, {@code limit = √(6/(fan_in + fan_out))}, biases zero.
 */
class DenseInitializationTest {

    private static double[] glorot(Rng rng, int fanIn, int fanOut, double gain) {
        double limit = gain * Math.sqrt(6.0 / (fanIn + fanOut));
        double[] w = new double[fanIn * fanOut];
        for (int i = 0; i < w.length; i++) {
            w[i] = rng.uniform(-limit, limit);
        }
        return w;
    }

    @Test
    void defaultKernelsAreGlorotUniformDrawsInLayerOrder() {
        Sequential m = new Sequential(5, 42);
        m.add(new Dense(7, Activations.RELU));
        m.add(new Dense(3, Activations.SOFTMAX));
        Rng reference = new Rng(42);
        assertArrayEquals(glorot(reference, 5, 7, 1), ((Dense) m.layer(0)).kernel().value());
        assertArrayEquals(glorot(reference, 7, 3, 1), ((Dense) m.layer(1)).kernel().value());
        assertArrayEquals(new double[7], ((Dense) m.layer(0)).bias().value());
        assertEquals(reference.nextLong(), m.rng().nextLong(), "the model's stream is where the draws left it");
    }
}
