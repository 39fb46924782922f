package reglab.core.nn.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import reglab.core.nn.Sequential;
import reglab.core.nn.activation.Activations;
import reglab.core.nn.layer.Dense;

/**
 * Early stopping on scripted monitor sequences. Before each epoch's call the model's weights are
 * set to the epoch number, so the restored weights reveal which epoch was kept. Expected stop
 * epochs are traced by hand through Keras 3's {@code EarlyStopping.on_epoch_end}.
 */
class EarlyStoppingTest {

    private static final double[] VAL_LOSS = {1.0, 0.8, 0.85, 0.7, 0.72, 0.71, 0.75, 0.6};

    private static Sequential model() {
        Sequential m = new Sequential(1, 1);
        m.add(new Dense(1, Activations.LINEAR));
        return m;
    }

    private static void setAllWeights(Sequential m, double v) {
        java.util.Arrays.fill(m.parameters()[0].value(), v);
        java.util.Arrays.fill(m.parameters()[1].value(), v);
    }

    /** Runs the script; returns the epoch at which it stopped, or -1. */
    private static int script(EarlyStopping es, Sequential m, double[] values) {
        es.begin(m);
        for (int epoch = 0; epoch < values.length; epoch++) {
            setAllWeights(m, epoch);
            if (es.onEpochEnd(epoch, values[epoch], m)) {
                es.end(m);
                return epoch;
            }
        }
        es.end(m);
        return -1;
    }

    @Test
    void patienceTwoStopsTwoEpochsAfterTheBestAndRestoresIt() {
        // best 1.0@0, 0.8@1, wait 1 @2, 0.7@3, wait 1 @4, wait 2 @5 → stop at 5, best 3
        Sequential m = model();
        EarlyStopping es = new EarlyStopping("val_loss", 0.0, 2, true, 0);
        assertEquals(5, script(es, m, VAL_LOSS));
        assertEquals(3, es.bestEpoch());
        assertEquals(0.7, es.best());
        assertEquals(3.0, m.parameters()[0].value()[0], "weights of the best epoch restored");
    }

    @Test
    void withoutRestoreTheLastWeightsStay() {
        Sequential m = model();
        EarlyStopping es = new EarlyStopping("val_loss", 0.0, 2, false, 0);
        assertEquals(5, script(es, m, VAL_LOSS));
        assertEquals(5.0, m.parameters()[0].value()[0]);
    }

    @Test
    void minDeltaDemandsALargerImprovement() {
        // min_delta 0.12: 0.8@1 improves (0.8 + 0.12 < 1.0), 0.85 no (wait 1), 0.7 no (0.82 ≥ 0.8,
        // wait 2) → patience 2 stops at epoch 3 with best 1
        Sequential m = model();
        EarlyStopping es = new EarlyStopping("val_loss", 0.12, 2, true, 0);
        assertEquals(3, script(es, m, VAL_LOSS));
        assertEquals(1, es.bestEpoch());
        assertEquals(1.0, m.parameters()[0].value()[0]);
    }

    @Test
    void startFromEpochIgnoresTheFirstEpochs() {
        // epochs 0–3 ignored; 0.72@4 best, 0.71@5 improves, 0.75@6 wait 1 → patience 1 stops at 6
        Sequential m = model();
        EarlyStopping es = new EarlyStopping("val_loss", 0.0, 1, true, 4);
        assertEquals(6, script(es, m, VAL_LOSS));
        assertEquals(5, es.bestEpoch());
        assertEquals(5.0, m.parameters()[0].value()[0]);
    }

    @Test
    void patienceZeroStopsAtTheFirstNonImprovementButNeverAtEpochZero() {
        Sequential m = model();
        EarlyStopping es = new EarlyStopping("val_loss", 0.0, 0, false, 0);
        assertEquals(2, script(es, m, VAL_LOSS));
    }

    @Test
    void accuracyIsMaximised() {
        Sequential m = model();
        EarlyStopping es = new EarlyStopping("val_accuracy", 0.0, 1, true, 0);
        // 0.5, 0.6 (best), 0.55 → stop at 2, restore epoch 1
        assertEquals(2, script(es, m, new double[] {0.5, 0.6, 0.55, 0.9}));
        assertEquals(1, es.bestEpoch());
        assertEquals(1.0, m.parameters()[0].value()[0]);
    }

    @Test
    void badParametersAreRejected() {
        assertEquals("EarlyStopping patience must be >= 0, got -1",
                assertThrows(IllegalArgumentException.class,
                        () -> new EarlyStopping("val_loss", 0, -1, false, 0)).getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new EarlyStopping("val_loss", -0.1, 1, false, 0));
    }
}
