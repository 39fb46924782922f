package reglab.core.nn.train;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;
import reglab.core.augment.Mixup;
import reglab.core.data.Split;
import reglab.core.data.SubspaceClassification;
import reglab.core.nn.Sequential;
import reglab.core.nn.activation.Activations;
import reglab.core.nn.layer.BatchNormalization;
import reglab.core.nn.layer.Dense;
import reglab.core.nn.layer.Dropout;
import reglab.core.nn.loss.Losses;
import reglab.core.nn.metric.Accuracy;
import reglab.core.nn.optimizer.Adam;
import reglab.core.nn.penalty.L2;
import reglab.core.random.Rng;

/**
 * The training loop, including epoch ends with validation and early stopping, and the heat-map
 * prediction allocate nothing once warmed up (HotSpot's per-thread allocation counter).
 */
class AllocationTest {

    private static long allocated() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
                .getThreadAllocatedBytes(Thread.currentThread().getId());
    }

    @Test
    void steppingAndPredictingAllocateNothing() {
        Rng rng = new Rng(1);
        Split s = Split.of(SubspaceClassification.generate(400, 20, 3, 2, 1.0, rng), 0.25, rng);
        Sequential m = new Sequential(20, 2);
        m.add(new Dense(16, Activations.RELU, new L2(0.001)));
        m.add(new BatchNormalization());
        m.add(new Dropout(0.3));
        m.add(new Dense(3, Activations.SOFTMAX));
        m.compile(new Adam(), Losses.CATEGORICAL_CROSSENTROPY, new Accuracy());
        Trainer t = new Trainer(m, s.train(), s.validation(), 32, 10000)
                .earlyStopping(new EarlyStopping("val_accuracy", 0.0, 10000, true, 0))
                .augmentation(new Mixup(0.2));
        double[] grid = new double[20 * 500];
        double[] out = new double[3 * 500];
        // Warm-up lets the JIT settle (tier transitions allocate on their own); then take the
        // quietest of several rounds: one object per step would cost over 8 KB in every round.
        t.step(2000);
        m.predict(grid, 500, out);
        long least = Long.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            long base = allocated();
            long overhead = allocated() - base; // the counter's own cost
            long before = allocated();
            t.step(500); // ~35 epochs of 10 batches and 4 validation slices, with early stopping
            m.predict(grid, 500, out);
            least = Math.min(least, allocated() - before - overhead);
        }
        assertTrue(least < 256, "allocated " + least + " bytes in the quietest round");
    }
}
