package reglab.core.nn.layer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import reglab.core.nn.Sequential;
import reglab.core.nn.activation.Activations;
import reglab.core.nn.init.GlorotUniform;
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

    @Test
    void aGainScalesTheLimitAndEveryDraw() {
        Sequential m = new Sequential(5, 42);
        m.add(new Dense(7, Activations.RELU).kernelInitializer(new GlorotUniform(0.1)));
        m.add(new Dense(3, Activations.SOFTMAX).kernelInitializer(new GlorotUniform(4)));
        Rng reference = new Rng(42);
        double[] small = ((Dense) m.layer(0)).kernel().value();
        double[] expected = glorot(reference, 5, 7, 0.1);
        double limit = 0.1 * Math.sqrt(6.0 / 12);
        for (int i = 0; i < small.length; i++) {
            assertEquals(expected[i], small[i], 1e-17);
            assertTrue(Math.abs(small[i]) <= limit);
        }
        // A power of two scales exactly: four times the default draws, bit for bit.
        double[] big = glorot(reference, 7, 3, 1);
        for (int i = 0; i < big.length; i++) {
            big[i] *= 4;
        }
        assertArrayEquals(big, ((Dense) m.layer(1)).kernel().value());
        assertEquals(limit, new GlorotUniform(0.1).limit(5, 7), 1e-17);
    }

    @Test
    void badGainsAndLateInitializersAreRejected() {
        assertEquals("GlorotUniform gain must be a finite number > 0, got 0",
                assertThrows(IllegalArgumentException.class, () -> new GlorotUniform(0)).getMessage());
        Dense d = new Dense(2, Activations.RELU);
        new Sequential(3, 1).add(d);
        assertEquals("set the kernel initializer before adding the layer to a model",
                assertThrows(IllegalStateException.class, () -> d.kernelInitializer(GlorotUniform.DEFAULT)).getMessage());
    }
}
