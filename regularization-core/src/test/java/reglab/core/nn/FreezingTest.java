package reglab.core.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import reglab.core.nn.activation.Activations;
import reglab.core.nn.layer.BatchNormalization;
import reglab.core.nn.layer.Dense;
import reglab.core.nn.layer.Dropout;
import reglab.core.nn.loss.Losses;
import reglab.core.nn.optimizer.Adam;
import reglab.core.nn.penalty.L2;
import reglab.core.random.Rng;

/**
 * Training with frozen first layers equals training a model of the remaining layers alone on the
 * frozen layers' outputs (computed naively), and leaves the frozen weights bit for bit.
 */
class FreezingTest {

    private static final int IN = 3;
    private static final int ROWS = 12;

    private static double[] targets(double[] x) {
        double[] y = new double[ROWS * 2];
        for (int r = 0; r < ROWS; r++) {
            y[r * 2 + (x[r * IN] + x[r * IN + 1] > 0 ? 1 : 0)] = 1;
        }
        return y;
    }

    @Test
    void frozenFeaturesStayAndTheHeadTrainsAsIfAlone() {
        Sequential full = new Sequential(IN, 5);
        full.add(new Dense(4, Activations.TANH, new L2(0.01)));
        full.add(new Dropout(0.0));
        full.add(new Dense(2, Activations.SOFTMAX));
        Freezing.freezeFirst(full, 1);
        assertFalse(Freezing.isTrainable(full.layer(0)));
        assertTrue(Freezing.isTrainable(full.layer(1)), "dropout has no weights: trainable, as in Keras");
        assertTrue(Freezing.isTrainable(full.layer(2)));
        full.compile(new Adam(0.05), Losses.CATEGORICAL_CROSSENTROPY);
        Dense base = (Dense) full.layer(0);
        Dense head = (Dense) full.layer(2);
        double[] kernel0 = base.kernel().value().clone();
        double[] bias0 = base.bias().value().clone();

        // The reference: the head alone, same starting weights, fed tanh(x·W + b) computed here.
        double[] x = Numeric.randomArray(ROWS * IN, 6);
        double[] y = targets(x);
        double[] h = new double[ROWS * 4];
        for (int r = 0; r < ROWS; r++) {
            for (int j = 0; j < 4; j++) {
                double s = bias0[j];
                for (int i = 0; i < IN; i++) {
                    s += x[r * IN + i] * kernel0[i * 4 + j];
                }
                h[r * 4 + j] = Math.tanh(s);
            }
        }
        Sequential alone = new Sequential(4, 99);
        alone.add(new Dense(2, Activations.SOFTMAX));
        alone.compile(new Adam(0.05), Losses.CATEGORICAL_CROSSENTROPY);
        Dense aloneHead = (Dense) alone.layer(0);
        System.arraycopy(head.kernel().value(), 0, aloneHead.kernel().value(), 0, 8);
        System.arraycopy(head.bias().value(), 0, aloneHead.bias().value(), 0, 2);

        for (int step = 0; step < 15; step++) {
            full.trainBatch(x, y, ROWS);
            alone.trainBatch(h, y, ROWS);
        }
        assertArrayEquals(kernel0, base.kernel().value(), "frozen kernel unchanged, its L2 penalty notwithstanding");
        assertArrayEquals(bias0, base.bias().value());
        for (int i = 0; i < 8; i++) {
            assertEquals(aloneHead.kernel().value()[i], head.kernel().value()[i], 1e-12, "head kernel " + i);
        }
        for (int i = 0; i < 2; i++) {
            assertEquals(aloneHead.bias().value()[i], head.bias().value()[i], 1e-12, "head bias " + i);
        }
        assertFalse(Arrays.equals(aloneHead.bias().value(), new double[2]), "the head did train");

        Freezing.setTrainable(base, true);
        full.trainBatch(x, y, ROWS);
        assertFalse(Arrays.equals(kernel0, base.kernel().value()), "thawed, the base trains again");
        assertEquals("layers to freeze must be in [0, 3] for this model, got 4",
                assertThrows(IllegalArgumentException.class, () -> Freezing.freezeFirst(full, 4)).getMessage());
    }

    /**
     * Frozen, batch normalization behaves as at inference even in training: the moving statistics
     * normalise and stay put, and the input gradient (checked by finite differences) has no
     * batch-mean terms.
     */
    @Test
    void frozenBatchNormalizationRunsInInferenceMode() {
        BatchNormalization bn = new BatchNormalization();
        bn.build(3, new Rng(0));
        bn.reserve(5);
        double[] mm = {0.5, -1, 2};
        double[] mv = {1.5, 0.2, 4};
        System.arraycopy(mm, 0, bn.movingMean().value(), 0, 3);
        System.arraycopy(mv, 0, bn.movingVariance().value(), 0, 3);
        bn.gamma().value()[1] = 2.5;
        bn.beta().value()[2] = -0.75;
        Freezing.setTrainable(bn, false);
        assertFalse(Freezing.isTrainable(bn));
        double[] x = Numeric.randomArray(15, 7);
        double[] c = Numeric.randomArray(15, 8);
        double[] training = bn.forward(x, 5, true, null).clone();
        double[] inference = bn.forward(x, 5, false, null).clone();
        assertArrayEquals(inference, training);
        assertArrayEquals(mm, bn.movingMean().value(), "moving mean not updated");
        assertArrayEquals(mv, bn.movingVariance().value(), "moving variance not updated");
        bn.forward(x, 5, true, null);
        double[] grad = bn.backward(c, 5, true).clone();
        Numeric.assertGradient("frozen batch normalization input", x, 15, grad, () -> {
            double[] out = bn.forward(x, 5, true, null);
            double s = 0;
            for (int i = 0; i < 15; i++) {
                s += c[i] * out[i];
            }
            return s;
        }, 1e-7);
        Freezing.setTrainable(bn, true);
        bn.forward(x, 5, true, null);
        assertFalse(Arrays.equals(mm, bn.movingMean().value()), "thawed, training updates the statistics");
    }
}
