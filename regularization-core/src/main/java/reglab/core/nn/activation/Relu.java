package reglab.core.nn.activation;

/** max(0, x); the derivative at 0 is taken as 0, as TensorFlow does. */
public final class Relu extends ElementwiseActivation {

    @Override
    public String name() {
        return "relu";
    }

    @Override
    public double output(double x) {
        return x > 0 ? x : 0.0;
    }

    @Override
    public double der(double x, double y) {
        return x > 0 ? 1.0 : 0.0;
    }
}
