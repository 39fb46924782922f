package reglab.core.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import reglab.core.nn.activation.Activations;
import reglab.core.nn.layer.Dense;
import reglab.core.nn.loss.Loss;
import reglab.core.nn.loss.Losses;
import reglab.core.nn.optimizer.Sgd;
import reglab.core.nn.parameter.Parameter;
import reglab.core.nn.penalty.L1;
import reglab.core.nn.penalty.L2;
import reglab.core.nn.penalty.L2SP;

/**
 * The whole model's gradient (data loss + weight and activity penalties, fused or not) against
 * finite differences of {@code evaluate}'s loss. For layers without dropout or batch norm,
 * inference and training forward agree, so evaluate is the training objective; SGD with learning
 * rate 1 turns the gradient into the observed weight change.
 */
class SequentialGradientTest {

    private static final int ROWS = 6;

    private static void check(String what, Loss loss, Dense out, double[] y) {
        Sequential m = new Sequential(3, 17);
        m.add(new Dense(4, Activations.TANH, new L2(0.05)).biasRegularizer(new L1(0.02))
                .activityRegularizer(new L2(0.01)));
        m.add(new Dense(5, Activations.RELU)
                .kernelRegularizer(new L2SP(0.1, Numeric.randomArray(20, 8))));
        m.add(out);
        m.compile(new Sgd(1.0), loss);
        double[] x = Numeric.randomArray(ROWS * 3, 9);
        double[] xBefore = x.clone();
        double[] yBefore = y.clone();
        Parameter[] params = m.parameters();
        double[][] before = m.newWeightSnapshot();
        m.copyWeightsTo(before);
        double[] result = new double[2];
        m.evaluate(x, y, ROWS, ROWS, result);
        double reported = m.trainBatch(x, y, ROWS);
        assertEquals(result[0], reported, 1e-12, what + ": trainBatch reports evaluate's loss");
        assertArrayEquals(xBefore, x, "x modified");
        assertArrayEquals(yBefore, y, "y modified");
        double[][] after = m.newWeightSnapshot();
        m.copyWeightsTo(after);
        m.setWeights(before);
        for (int k = 0; k < params.length; k++) {
            double[] g = new double[params[k].size()];
            for (int i = 0; i < g.length; i++) {
                g[i] = before[k][i] - after[k][i];
            }
            Numeric.assertGradient(what + " " + k + " " + params[k].name(), params[k].value(),
                    params[k].size(), g, () -> {
                        m.evaluate(x, y, ROWS, ROWS, result);
                        return result[0];
                    }, 1e-6);
        }
    }

    @Test
    void meanSquaredErrorWithLinearOutput() {
        check("mse", Losses.MEAN_SQUARED_ERROR, new Dense(2, Activations.LINEAR),
                Numeric.randomArray(ROWS * 2, 10));
    }

    @Test
    void fusedSoftmaxCrossEntropy() {
        double[] y = new double[ROWS * 3];
        for (int r = 0; r < ROWS; r++) {
            y[r * 3 + r % 3] = 1;
        }
        check("softmax cce", Losses.CATEGORICAL_CROSSENTROPY, new Dense(3, Activations.SOFTMAX), y);
    }

    @Test
    void fusedSigmoidBinaryCrossEntropy() {
        check("sigmoid bce", Losses.BINARY_CROSSENTROPY, new Dense(1, Activations.SIGMOID),
                new double[] {0, 1, 1, 0, 1, 0});
    }

    @Test
    void crossEntropyAfterSigmoidTakesTheUnfusedPath() {
        check("sigmoid cce", Losses.CATEGORICAL_CROSSENTROPY, new Dense(2, Activations.SIGMOID),
                new double[] {0, 1, 1, 0, 1, 0, 0, 1, 1, 0, 0, 1});
    }

    @Test
    void shapeMismatchesNameBothShapes() {
        Sequential m = new Sequential(3, 1);
        m.add(new Dense(2, Activations.LINEAR));
        m.compile(new Sgd(), Losses.MEAN_SQUARED_ERROR);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> m.trainBatch(new double[5], new double[4], 2));
        assertEquals("batch x: shape mismatch, [2 x 3] needs 6 values but the array has 5", e.getMessage());
        assertEquals("Dense units must be >= 1, got 0",
                assertThrows(IllegalArgumentException.class,
                        () -> new Dense(0, Activations.RELU)).getMessage());
    }
}
