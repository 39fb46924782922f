package reglab.core.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import reglab.core.nn.activation.Activations;
import reglab.core.nn.layer.BatchNormalization;
import reglab.core.nn.layer.Dense;
import reglab.core.nn.layer.Dropout;
import reglab.core.nn.loss.Losses;
import reglab.core.nn.optimizer.Adam;
import reglab.core.nn.penalty.L1;

/** Hidden activations against a naive forward pass written from the parameters. */
class ActivationProbeTest {

    private static final int IN = 4;

    private static Sequential trainedModel() {
        Sequential m = new Sequential(IN, 3);
        m.add(new Dense(6, Activations.RELU).activityRegularizer(new L1(0.01)));
        m.add(new Dropout(0.4));
        m.add(new BatchNormalization());
        m.add(new Dense(3, Activations.TANH));
        m.add(new Dense(2, Activations.SOFTMAX));
        m.compile(new Adam(0.01), Losses.CATEGORICAL_CROSSENTROPY);
        double[] x = Numeric.randomArray(20 * IN, 4);
        double[] y = new double[20 * 2];
        for (int r = 0; r < 20; r++) {
            y[r * 2 + (x[r * IN] > 0 ? 1 : 0)] = 1;
        }
        for (int i = 0; i < 30; i++) {
            m.trainBatch(x, y, 20);
        }
        return m;
    }

    private static double[] dense(Dense d, double[] in, int rows, boolean relu) {
        int n = d.outputWidth();
        int m = d.inputWidth();
        double[] w = d.kernel().value();
        double[] b = d.bias().value();
        double[] out = new double[rows * n];
        for (int r = 0; r < rows; r++) {
            for (int j = 0; j < n; j++) {
                double s = b[j];
                for (int i = 0; i < m; i++) {
                    s += in[r * m + i] * w[i * n + j];
                }
                out[r * n + j] = relu ? Math.max(0, s) : Math.tanh(s);
            }
        }
        return out;
    }

    @Test
    void hiddenOutputsEqualANaiveInferencePass() {
        Sequential m = trainedModel();
        int rows = 300; // more than one slice
        double[] x = Numeric.randomArray(rows * IN, 5);
        double[] xCopy = x.clone();
        double[] h0 = dense((Dense) m.layer(0), x, rows, true);
        BatchNormalization bn = (BatchNormalization) m.layer(2);
        double[] h2 = new double[rows * 6];
        for (int r = 0; r < rows; r++) {
            for (int j = 0; j < 6; j++) {
                double mean = bn.movingMean().value()[j];
                double var = bn.movingVariance().value()[j];
                h2[r * 6 + j] = bn.gamma().value()[j] * (h0[r * 6 + j] - mean)
                        / Math.sqrt(var + BatchNormalization.DEFAULT_EPSILON) + bn.beta().value()[j];
            }
        }
        double[] h3 = dense((Dense) m.layer(3), h2, rows, false);
        double[][] expected = {h0, h0, h2, h3};
        for (int k = 0; k < 4; k++) {
            ActivationProbe p = new ActivationProbe(m, k);
            double[] out = new double[rows * p.width()];
            p.read(x, rows, out);
            for (int i = 0; i < out.length; i++) {
                assertEquals(expected[k][i], out[i], 1e-12, "layer " + k + " value " + i);
            }
        }
        assertArrayEquals(xCopy, x);
        double[] moving = bn.movingMean().value().clone();
        new ActivationProbe(m, 4).read(x, rows, new double[rows * 2]);
        assertArrayEquals(moving, bn.movingMean().value(), "inference leaves the moving statistics");
        assertEquals("layer index must be in [0, 5) for this model, got 5",
                assertThrows(IllegalArgumentException.class, () -> new ActivationProbe(m, 5)).getMessage());
    }

    @Test
    void statisticsCountZerosMeansAndBinsNaively() {
        double[] a = {0, 1.5, 0, -0.0, 2, 0.25, 3, 0, 0.5};
        ActivationStatistics s = new ActivationStatistics(a, 3, 3);
        assertEquals(4, s.exactZeros());
        assertEquals(4 / 9.0, s.zeroFraction(), 1e-15);
        assertArrayEquals(new double[] {1, 3.5 / 3, 0.25}, s.unitMeans(), 1e-15);
        assertEquals(2, s.unitZeros(0));
        assertEquals(0, s.silentUnits());
        assertEquals(7.25 / 9, s.mean(), 1e-15);
        assertEquals(3, s.max(), 0.0);
        // Bins of width 1 over [0, 2]: 3 falls in the last, the 0s in the first.
        assertArrayEquals(new int[] {6, 3}, s.histogram(0, 2, 2));
        assertArrayEquals(new int[] {6, 1, 1, 1}, s.histogram(0, 4, 4));
        int total = 0;
        for (int c : s.histogram(-1, 1, 7)) {
            total += c;
        }
        assertEquals(9, total);
        assertEquals(1, new ActivationStatistics(new double[] {0, 1, 0, 2}, 2, 2).silentUnits());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> s.histogram(1, 1, 3)).getMessage()
                .startsWith("histogram range must be finite with lo < hi"));
    }
}
