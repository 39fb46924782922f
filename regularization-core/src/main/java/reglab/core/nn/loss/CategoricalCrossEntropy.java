package reglab.core.nn.loss;

import reglab.core.math.PortableMath;
import reglab.core.nn.activation.Activation;
import reglab.core.nn.activation.Softmax;

/**
 * Keras {@code categorical_crossentropy} on probabilities with one-hot (or probability) targets:
 * per sample {@code −Σ_j y_j log p_j} with p clipped to {@code [ε, 1 − ε]}, {@code ε = 1e-7}, then
 * the mean over the batch. After a softmax, and with targets summing to 1 per row, the gradient
 * with respect to the logits is {@code (p − y) / rows}.
 */
public final class CategoricalCrossEntropy implements Loss {

    @Override
    public String name() {
        return "categorical_crossentropy";
    }

    private static double clip(double p) {
        double eps = BinaryCrossEntropy.EPSILON;
        return p < eps ? eps : (p > 1 - eps ? 1 - eps : p);
    }

    @Override
    public double sum(double[] pred, double[] target, int rows, int width) {
        int n = rows * width;
        double s = 0;
        for (int i = 0; i < n; i++) {
            if (target[i] != 0) {
                s -= target[i] * PortableMath.log(clip(pred[i]));
            }
        }
        return s;
    }

    @Override
    public void gradient(double[] pred, double[] target, int rows, int width, double[] grad) {
        int n = rows * width;
        for (int i = 0; i < n; i++) {
            grad[i] = -target[i] / clip(pred[i]) / rows;
        }
    }

    @Override
    public boolean fusesWith(Activation outputActivation) {
        return outputActivation instanceof Softmax;
    }

    @Override
    public void fusedGradient(double[] pred, double[] target, int rows, int width, double[] gradZ) {
        int n = rows * width;
        double scale = 1.0 / rows;
        for (int i = 0; i < n; i++) {
            gradZ[i] = scale * (pred[i] - target[i]);
        }
    }
}
