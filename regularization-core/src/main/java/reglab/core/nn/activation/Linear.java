package reglab.core.nn.activation;

/** The identity (Keras' {@code "linear"}), used for regression outputs. */
public final class Linear extends ElementwiseActivation {

    @Override
    public String name() {
        return "linear";
    }

    @Override
    public double output(double x) {
        return x;
    }

    @Override
    public double der(double x, double y) {
        return 1.0;
    }
}
