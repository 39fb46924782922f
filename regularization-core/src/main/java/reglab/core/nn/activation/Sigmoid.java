package reglab.core.nn.activation;

import reglab.core.math.PortableMath;

/** Logistic function 1 / (1 + e^−x), written to avoid overflow for large |x|; f' = f(1 − f). */
public final class Sigmoid extends ElementwiseActivation {

    @Override
    public String name() {
        return "sigmoid";
    }

    @Override
    public double output(double x) {
        if (x >= 0) {
            return 1 / (1 + PortableMath.exp(-x));
        }
        double e = PortableMath.exp(x);
        return e / (1 + e);
    }

    @Override
    public double der(double x, double y) {
        return y * (1 - y);
    }

    @Override
    public void forward(double[] z, double[] a, int rows, int width) {
        int n = rows * width;
        for (int i = 0; i < n; i++) {
            a[i] = output(z[i]);
        }
    }

    @Override
    public void backward(double[] z, double[] a, double[] gradA, double[] gradZ, int rows, int width) {
        int n = rows * width;
        for (int i = 0; i < n; i++) {
            double y = a[i];
            gradZ[i] = gradA[i] * (y * (1 - y));
        }
    }
}
