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

    @Override
    public void forward(double[] z, double[] a, int rows, int width) {
        int n = rows * width;
        for (int i = 0; i < n; i++) {
            a[i] = z[i];
        }
    }

    @Override
    public void backward(double[] z, double[] a, double[] gradA, double[] gradZ, int rows, int width) {
        int n = rows * width;
        for (int i = 0; i < n; i++) {
            gradZ[i] = gradA[i];
        }
    }
}
