package reglab.core.nn.activation;

import reglab.core.math.PortableMath;

/**
 * Row-wise softmax {@code a_j = exp(z_j − max z) / Σ_k exp(z_k − max z)}; subtracting the row's
 * maximum avoids overflow without changing the result. Backward is the Jacobian-vector product
 * {@code gradZ_j = a_j (gradA_j − Σ_k gradA_k a_k)}. Paired with categorical cross-entropy the
 * model skips this and uses the fused gradient (see {@code CategoricalCrossEntropy}).
 */
public final class Softmax implements Activation {

    @Override
    public String name() {
        return "softmax";
    }

    @Override
    public void forward(double[] z, double[] a, int rows, int width) {
        for (int r = 0; r < rows; r++) {
            int o = r * width;
            double max = z[o];
            for (int j = 1; j < width; j++) {
                max = Math.max(max, z[o + j]);
            }
            double sum = 0;
            for (int j = 0; j < width; j++) {
                double e = PortableMath.exp(z[o + j] - max);
                a[o + j] = e;
                sum += e;
            }
            double inv = 1 / sum;
            for (int j = 0; j < width; j++) {
                a[o + j] *= inv;
            }
        }
    }

    @Override
    public void backward(double[] z, double[] a, double[] gradA, double[] gradZ, int rows, int width) {
        for (int r = 0; r < rows; r++) {
            int o = r * width;
            double dot = 0;
            for (int j = 0; j < width; j++) {
                dot += gradA[o + j] * a[o + j];
            }
            for (int j = 0; j < width; j++) {
                gradZ[o + j] = a[o + j] * (gradA[o + j] - dot);
            }
        }
    }
}
