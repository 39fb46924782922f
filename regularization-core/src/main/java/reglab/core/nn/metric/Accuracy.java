package reglab.core.nn.metric;

/**
 * Keras' {@code "accuracy"} as it resolves for the loss in use: with several outputs, categorical
 * accuracy (argmax of the prediction equals argmax of the target; ties go to the first index, as
 * NumPy's argmax); with one output, binary accuracy (prediction {@code > 0.5} equals target
 * {@code > 0.5}, Keras' default threshold).
 */
public final class Accuracy implements Metric {

    /** Keras' default threshold for binary accuracy. */
    public static final double THRESHOLD = 0.5;

    @Override
    public String name() {
        return "accuracy";
    }

    @Override
    public double sum(double[] pred, double[] target, int rows, int width) {
        int correct = 0;
        if (width == 1) {
            for (int r = 0; r < rows; r++) {
                if ((pred[r] > THRESHOLD) == (target[r] > THRESHOLD)) {
                    correct++;
                }
            }
            return correct;
        }
        for (int r = 0; r < rows; r++) {
            int o = r * width;
            if (argmax(pred, o, width) == argmax(target, o, width)) {
                correct++;
            }
        }
        return correct;
    }

    private static int argmax(double[] a, int offset, int width) {
        int best = 0;
        for (int j = 1; j < width; j++) {
            if (a[offset + j] > a[offset + best]) {
                best = j;
            }
        }
        return best;
    }
}
