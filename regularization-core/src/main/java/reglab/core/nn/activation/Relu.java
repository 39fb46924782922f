package reglab.core.nn.activation;

import reglab.core.math.Branchless;

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

    @Override
    public void forward(double[] z, double[] a, int rows, int width) {
        int n = rows * width;
        for (int i = 0; i < n; i++) {
            a[i] = Branchless.relu(z[i]);
        }
    }

    @Override
    public void backward(double[] z, double[] a, double[] gradA, double[] gradZ, int rows, int width) {
        int n = rows * width;
        for (int i = 0; i < n; i++) {
            // An int 0/1 from the comparison (no branch in TeaVM's outputs), then 1.0 or 0.0.
            gradZ[i] = gradA[i] * (double) (z[i] > 0 ? 1 : 0);
        }
    }
}
