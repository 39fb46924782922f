package reglab.core.nn.loss;

import reglab.core.nn.activation.Activation;

/**
 * Keras {@code mean_squared_error}: per sample {@code mean_j (p_j − y_j)²}, then the mean over the
 * batch. Unlike TensorFlow Playground's {@code ½(p − y)²} there is no ½.
 */
public final class MeanSquaredError implements Loss {

    @Override
    public String name() {
        return "mean_squared_error";
    }

    @Override
    public double sum(double[] pred, double[] target, int rows, int width) {
        int n = rows * width;
        double s = 0;
        for (int i = 0; i < n; i++) {
            double d = pred[i] - target[i];
            s += d * d;
        }
        return s / width;
    }

    @Override
    public void gradient(double[] pred, double[] target, int rows, int width, double[] grad) {
        int n = rows * width;
        double scale = 2.0 / n;
        for (int i = 0; i < n; i++) {
            grad[i] = scale * (pred[i] - target[i]);
        }
    }

    @Override
    public boolean fusesWith(Activation outputActivation) {
        return false;
    }

    /**
     * Never called: {@link #fusesWith} is false for every activation, so the model takes the
     * separate loss and activation derivatives instead. Reaching it is a bug in the caller.
     */
    @Override
    public void fusedGradient(double[] pred, double[] target, int rows, int width, double[] gradZ) {
        throw new IllegalStateException("mean squared error fuses with no activation; check fusesWith() first");
    }
}
