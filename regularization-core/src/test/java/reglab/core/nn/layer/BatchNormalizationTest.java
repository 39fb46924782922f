package reglab.core.nn.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import reglab.core.random.Rng;

class BatchNormalizationTest {

    /**
     * One column [1, 2, 6]: batch mean 3, biased variance (4 + 1 + 9) / 3 = 14/3. Keras' update with
     * momentum 0.99 from the initial (0, 1): moving mean 0.03, moving variance
     * 0.99 + 0.01·14/3 = 1.036666…
     */
    @Test
    void trainingUsesBatchStatisticsAndUpdatesMovingOnesLikeKeras() {
        BatchNormalization bn = new BatchNormalization();
        bn.build(1, new Rng(0));
        bn.reserve(3);
        double[] out = bn.forward(new double[] {1, 2, 6}, 3, true, null).clone();
        double sd = Math.sqrt(14.0 / 3 + 1e-3);
        assertEquals(-2 / sd, out[0], 1e-12);
        assertEquals(-1 / sd, out[1], 1e-12);
        assertEquals(3 / sd, out[2], 1e-12);
        assertEquals(0.03, bn.movingMean().value()[0], 1e-15);
        assertEquals(0.99 + 0.01 * 14.0 / 3, bn.movingVariance().value()[0], 1e-15);

        double[] inf = bn.forward(new double[] {1, 2, 6}, 3, false, null);
        double msd = Math.sqrt(0.99 + 0.01 * 14.0 / 3 + 1e-3);
        assertEquals((1 - 0.03) / msd, inf[0], 1e-12);
        assertEquals((6 - 0.03) / msd, inf[2], 1e-12);
        assertEquals(0.03, bn.movingMean().value()[0], 1e-15, "inference must not update");
    }

    @Test
    void gammaAndBetaScaleAndShift() {
        BatchNormalization bn = new BatchNormalization(0.5, 1e-3);
        bn.build(2, new Rng(0));
        bn.reserve(2);
        bn.gamma().value()[1] = 3;
        bn.beta().value()[1] = -1;
        double[] out = bn.forward(new double[] {0, 0, 4, 2}, 2, true, null);
        double sd = Math.sqrt(1 + 1e-3); // column 1 is [0, 2]: mean 1, variance 1
        assertEquals(3 * -1 / sd - 1, out[1], 1e-12);
        assertEquals(3 * 1 / sd - 1, out[3], 1e-12);
        assertEquals(0.5, bn.movingMean().value()[1], 1e-15);
    }

    @Test
    void badHyperparametersAreRejected() {
        assertEquals("BatchNormalization momentum must be in [0, 1), got 1.5",
                assertThrows(IllegalArgumentException.class,
                        () -> new BatchNormalization(1.5, 1e-3)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new BatchNormalization(0.9, 0));
    }
}
