package reglab.core.nn.loss;

import reglab.core.math.PortableMath;
import reglab.core.nn.activation.Activation;
import reglab.core.nn.activation.Sigmoid;

/**
 * Keras {@code binary_crossentropy} on probabilities: per sample
 * {@code mean_j −[y log p + (1 − y) log(1 − p)]} with p clipped to {@code [ε, 1 − ε]},
 * {@code ε = 1e-7} (Keras' {@code backend.epsilon()}), then the mean over the batch. After a
 * sigmoid the gradient with respect to the logit is {@code (p − y) / (rows × width)}.
 */
public final class BinaryCrossEntropy implements Loss {

    /** Keras' fuzz factor, used to clip probabilities away from 0 and 1. */
    public static final double EPSILON = 1e-7;

    @Override
    public String name() {
        return "binary_crossentropy";
    }

    private static double clip(double p) {
        return p < EPSILON ? EPSILON : (p > 1 - EPSILON ? 1 - EPSILON : p);
    }

    @Override
    public double sum(double[] pred, double[] target, int rows, int width) {
        int n = rows * width;
        double s = 0;
        for (int i = 0; i < n; i++) {
            double p = clip(pred[i]);
            double y = target[i];
            // For a 0/1 label one of the terms is 0·(a finite log), exactly ±0, so one log gives
            // the same bits as two (and the loss is computed for every batch).
            s -= y == 1 ? PortableMath.log(p) : y == 0 ? PortableMath.log(1 - p)
                    : y * PortableMath.log(p) + (1 - y) * PortableMath.log(1 - p);
        }
        return s / width;
    }

    @Override
    public void gradient(double[] pred, double[] target, int rows, int width, double[] grad) {
        int n = rows * width;
        for (int i = 0; i < n; i++) {
            double p = clip(pred[i]);
            grad[i] = (p - target[i]) / (p * (1 - p)) / n;
        }
    }

    @Override
    public boolean fusesWith(Activation outputActivation) {
        return outputActivation instanceof Sigmoid;
    }

    @Override
    public void fusedGradient(double[] pred, double[] target, int rows, int width, double[] gradZ) {
        int n = rows * width;
        double scale = 1.0 / n;
        for (int i = 0; i < n; i++) {
            gradZ[i] = scale * (pred[i] - target[i]);
        }
    }
}
