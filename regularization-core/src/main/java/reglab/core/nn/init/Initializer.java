package reglab.core.nn.init;

import reglab.core.random.Rng;

/**
 * Draws a layer's initial kernel (Keras' {@code kernel_initializer}). Called once, when the layer
 * is built; writes every value of {@code w} and draws only from {@code rng} (the model's
 * generator), so a seed fixes the initial weights.
 */
public interface Initializer {

    /**
     * @param w the kernel to fill, {@code [fanIn × fanOut]} row-major
     * @param fanIn the layer's inputs
     * @param fanOut the layer's units
     */
    void initialize(double[] w, int fanIn, int fanOut, Rng rng);

    /** A short description for the lab, e.g. {@code "glorot_uniform(gain 2.0)"}. */
    String describe();
}
