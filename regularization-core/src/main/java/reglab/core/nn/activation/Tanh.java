package reglab.core.nn.activation;

import reglab.core.math.PortableMath;

/**
 * Hyperbolic tangent; f' = 1 − f². Computed by {@link PortableMath#tanh}, the same bits on the
 * JVM and in the page (TeaVM's {@code Math.tanh} is {@code (eˣ − e⁻ˣ)/(eˣ + e⁻ˣ)}, NaN beyond
 * |x| ≈ 710).
 */
public final class Tanh extends ElementwiseActivation {

    @Override
    public String name() {
        return "tanh";
    }

    @Override
    public double output(double x) {
        return PortableMath.tanh(x);
    }

    @Override
    public double der(double x, double y) {
        return 1 - y * y;
    }

    @Override
    public void forward(double[] z, double[] a, int rows, int width) {
        int n = rows * width;
        for (int i = 0; i < n; i++) {
            a[i] = PortableMath.tanh(z[i]);
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
