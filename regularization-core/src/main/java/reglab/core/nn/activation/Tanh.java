package reglab.core.nn.activation;

/** Hyperbolic tangent; f' = 1 − f². */
public final class Tanh extends ElementwiseActivation {

    @Override
    public String name() {
        return "tanh";
    }

    @Override
    public double output(double x) {
        return Math.tanh(x);
    }

    @Override
    public double der(double x, double y) {
        return 1 - y * y;
    }
}
