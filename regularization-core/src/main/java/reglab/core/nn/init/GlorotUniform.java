package reglab.core.nn.init;

import reglab.core.check.Checks;
import reglab.core.math.ShortestDecimal;
import reglab.core.random.Rng;

/**
 * Glorot (Xavier) uniform initialisation (Glorot &amp; Bengio, "Understanding the difficulty of
 * training deep feedforward neural networks", AISTATS 2010), Keras' default kernel initializer:
 * each weight ~ U(−limit, limit) with {@code limit = gain·√(6 / (fan_in + fan_out))}, drawn in
 * storage order. The gain is PyTorch's {@code xavier_uniform_(w, gain)}; in Keras terms it is
 * {@code VarianceScaling(scale=gain², mode="fan_avg", distribution="uniform")}. A gain other than 1
 * scales every initial weight, the knob for showing how sensitive training is to the initial
 * scale (with batch normalization, much less).
 */
public final class GlorotUniform implements Initializer {

    /** Keras' {@code GlorotUniform()}: gain 1. */
    public static final GlorotUniform DEFAULT = new GlorotUniform(1.0);

    private final double gain;

    /** @param gain factor on the limit, finite, {@code > 0} */
    public GlorotUniform(double gain) {
        this.gain = Checks.positive("GlorotUniform gain", gain);
    }

    public double gain() {
        return gain;
    }

    /** The bound of the draws for a layer with these fans. */
    public double limit(int fanIn, int fanOut) {
        return gain * Math.sqrt(6.0 / (fanIn + fanOut));
    }

    @Override
    public void initialize(double[] w, int fanIn, int fanOut, Rng rng) {
        double limit = limit(fanIn, fanOut);
        for (int i = 0; i < w.length; i++) {
            w[i] = rng.uniform(-limit, limit);
        }
    }

    @Override
    public String describe() {
        return gain == 1.0 ? "glorot_uniform" : "glorot_uniform(gain " + ShortestDecimal.text(gain) + ")";
    }
}
