package reglab.core.nn.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import reglab.core.nn.Numeric;
import reglab.core.nn.activation.Activations;

class LossGradientTest {

    private static final int ROWS = 4;

    private static double[] probabilities(int width, long seed) {
        double[] z = Numeric.randomArray(ROWS * width, seed);
        double[] p = new double[z.length];
        if (width == 1) {
            Activations.SIGMOID.forward(z, p, ROWS, width);
        } else {
            Activations.SOFTMAX.forward(z, p, ROWS, width);
        }
        return p;
    }

    private static double[] oneHot(int width) {
        double[] y = new double[ROWS * width];
        for (int r = 0; r < ROWS; r++) {
            y[r * width + (r % width)] = 1;
        }
        return y;
    }

    private static void checkPredictionGradient(Loss loss, double[] pred, double[] y, int width) {
        double[] grad = new double[pred.length];
        loss.gradient(pred, y, ROWS, width, grad);
        Numeric.assertGradient(loss.name(), pred, pred.length, grad,
                () -> loss.sum(pred, y, ROWS, width) / ROWS, 1e-6);
    }

    @Test
    void gradientsWithRespectToPredictionsMatchFiniteDifferences() {
        checkPredictionGradient(Losses.MEAN_SQUARED_ERROR, Numeric.randomArray(ROWS * 3, 1),
                Numeric.randomArray(ROWS * 3, 2), 3);
        checkPredictionGradient(Losses.BINARY_CROSSENTROPY, probabilities(1, 3),
                new double[] {0, 1, 1, 0}, 1);
        checkPredictionGradient(Losses.CATEGORICAL_CROSSENTROPY, probabilities(3, 4), oneHot(3), 3);
    }

    /** The fused gradient must equal d(loss ∘ activation)/dz computed numerically. */
    @Test
    void fusedGradientsMatchFiniteDifferencesThroughTheActivation() {
        double[] y = oneHot(3);
        double[] z = Numeric.randomArray(ROWS * 3, 5);
        double[] p = new double[z.length];
        Activations.SOFTMAX.forward(z, p, ROWS, 3);
        double[] g = new double[z.length];
        Loss cce = Losses.CATEGORICAL_CROSSENTROPY;
        cce.fusedGradient(p, y, ROWS, 3, g);
        Numeric.assertGradient("softmax+cce", z, z.length, g, () -> {
            Activations.SOFTMAX.forward(z, p, ROWS, 3);
            return cce.sum(p, y, ROWS, 3) / ROWS;
        }, 1e-6);

        double[] yb = {1, 0, 0.3, 1, 0, 1, 0, 0};
        double[] zb = Numeric.randomArray(ROWS * 2, 6);
        double[] pb = new double[zb.length];
        Activations.SIGMOID.forward(zb, pb, ROWS, 2);
        double[] gb = new double[zb.length];
        Loss bce = Losses.BINARY_CROSSENTROPY;
        bce.fusedGradient(pb, yb, ROWS, 2, gb);
        Numeric.assertGradient("sigmoid+bce", zb, zb.length, gb, () -> {
            Activations.SIGMOID.forward(zb, pb, ROWS, 2);
            return bce.sum(pb, yb, ROWS, 2) / ROWS;
        }, 1e-6);
    }

    @Test
    void valuesFollowKerasConventions() {
        // MSE averages over outputs: row (1, 3) vs (0, 0) gives (1 + 9) / 2.
        assertEquals(5.0, Losses.MEAN_SQUARED_ERROR.sum(new double[] {1, 3}, new double[] {0, 0}, 1, 2));
        // CCE of p = 0.25 on the true class is ln 4.
        assertEquals(Math.log(4), Losses.CATEGORICAL_CROSSENTROPY.sum(
                new double[] {0.25, 0.75}, new double[] {1, 0}, 1, 2), 1e-15);
        // BCE clips p = 0 to 1e-7: −ln(1e-7).
        assertEquals(-Math.log(1e-7), Losses.BINARY_CROSSENTROPY.sum(
                new double[] {0}, new double[] {1}, 1, 1), 1e-9);
    }
}
