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

    @Override
    public void forward(double[] z, double[] a, int rows, int width) {
        int n = rows * width;
        for (int i = 0; i < n; i++) {
            a[i] = Math.tanh(z[i]);
        }
    }

    @Override
    public void backward(double[] z, double[] a, double[] gradA, double[] gradZ, int rows, int width) {
        int n = rows * width;
        for (int i = 0; i < n; i++) {
            double y = a[i];
            gradZ[i] = gradA[i] * (1 - y * y);
        }
    }
}
