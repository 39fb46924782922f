package reglab.core.nn.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import reglab.core.augment.Augmentation;
import reglab.core.augment.GaussianNoise;
import reglab.core.data.Dataset;
import reglab.core.data.PlaygroundData;
import reglab.core.data.Split;
import reglab.core.nn.Sequential;
import reglab.core.nn.activation.Activations;
import reglab.core.nn.layer.Dense;
import reglab.core.nn.layer.Dropout;
import reglab.core.nn.loss.Losses;
import reglab.core.nn.metric.Accuracy;
import reglab.core.nn.optimizer.Sgd;
import reglab.core.nn.parameter.Parameter;
import reglab.core.nn.penalty.L1;
import reglab.core.random.Rng;

/**
 * What the lab needs from the trainer, each against a plain loop written out here (shuffle,
 * copy the batch, add noise, step, evaluate), so the trainer is checked by something that is not
 * the trainer: the evaluated history with its record before training, evaluation in slices, the
 * divergence rule, the step hook, a separate shuffling generator and the budget in units.
 */
class TrainerOptionsTest {

    private static Sequential model(long seed, double dropout) {
        Sequential m = new Sequential(2, seed);
        m.add(new Dense(6, Activations.TANH, new L1(0.003)));
        if (dropout > 0) {
            m.add(new Dropout(dropout));
        }
        m.add(new Dense(1, Activations.SIGMOID));
        m.compile(new Sgd(0.05), Losses.BINARY_CROSSENTROPY, new Accuracy());
        return m;
    }

    private static Split spiral() {
        Rng rng = new Rng(8);
        return Split.of(PlaygroundData.spiral(300, 0.1, rng), 0.4, rng);
    }

    private static double[] weights(Sequential m) {
        List<Double> all = new ArrayList<>();
        for (Parameter p : m.parameters()) {
            for (double v : p.value()) {
                all.add(v);
            }
        }
        double[] out = new double[all.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = all.get(i);
        }
        return out;
    }

    /** The reference: the lab's old hand-made loop, one epoch at a time. */
    private static final class NaiveLoop {
        final Sequential model;
        final Dataset train;
        final Dataset valid;
        final int batch;
        final double noise;
        final L1Clipping clipping;
        final int[] order;
        final List<double[]> records = new ArrayList<>();

        NaiveLoop(Sequential model, Dataset train, Dataset valid, int batch, double noise) {
            this.model = model;
            this.train = train;
            this.valid = valid;
            this.batch = batch;
            this.noise = noise;
            clipping = new L1Clipping(model.parameters());
            order = new int[train.rows()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            record();
        }

        void record() {
            double[] t = new double[2];
            double[] v = new double[2];
            model.evaluate(train.x(), train.y(), train.rows(), 256, t);
            model.evaluate(valid.x(), valid.y(), valid.rows(), 256, v);
            records.add(new double[] {t[0], t[1], v[0], v[1]});
        }

        void epoch() {
            model.rng().shuffle(order);
            for (int start = 0; start < order.length; start += batch) {
                int rows = Math.min(batch, order.length - start);
                double[] bx = new double[rows * 2];
                double[] by = new double[rows];
                for (int r = 0; r < rows; r++) {
                    bx[2 * r] = train.x(order[start + r], 0);
                    bx[2 * r + 1] = train.x(order[start + r], 1);
                    by[r] = train.y(order[start + r], 0);
                }
                for (int i = 0; i < bx.length; i++) {
                    bx[i] += noise * model.rng().nextGaussian();
                }
                clipping.beforeStep();
                model.trainBatch(bx, by, rows);
                clipping.afterStep();
            }
            record();
        }
    }

    @Test
    void evaluatedHistoryIsTheNaiveLoopsBitForBitWhateverTheBudget() {
        Split s = spiral();
        NaiveLoop naive = new NaiveLoop(model(3, 0), s.train(), s.validation(), 7, 0.1);
        for (int e = 0; e < 12; e++) {
            naive.epoch();
        }
        for (int budget : new int[] {1, 5, Integer.MAX_VALUE}) {
            Sequential m = model(3, 0);
            Trainer t = new Trainer(m, s.train(), s.validation(), 7, 12)
                    .evaluateEachEpoch(256)
                    .augmentation(new GaussianNoise(0.1))
                    .stepHook(new L1Clipping(m.parameters()));
            while (!t.finished()) {
                t.step(budget);
            }
            History h = t.history();
            assertEquals(13, h.size(), "entry 0 before training, then one per epoch");
            for (int e = 0; e <= 12; e++) {
                double[] r = naive.records.get(e);
                assertEquals(r[0], h.loss(e), 0.0, "loss " + e + ", budget " + budget);
                assertEquals(r[1], h.metric(e), 0.0);
                assertEquals(r[2], h.valLoss(e), 0.0);
                assertEquals(r[3], h.valMetric(e), 0.0);
            }
            assertArrayEquals(weights(naive.model), weights(m), 0.0);
            assertEquals(12L * s.train().rows(), t.samples());
        }
    }

    @Test
    void evaluationSlicesGiveEvaluateBitForBit() {
        Split s = spiral();
        Sequential m = model(4, 0);
        double[] whole = new double[2];
        m.evaluate(s.train().x(), s.train().y(), s.train().rows(), 7, whole);
        ChunkedEvaluation chunked = new ChunkedEvaluation(m, 7);
        chunked.start(s.train());
        int slices = 1;
        while (!chunked.step()) {
            slices++;
        }
        assertEquals((s.train().rows() + 6) / 7, slices);
        assertEquals(whole[0], chunked.loss(), 0.0);
        assertEquals(whole[1], chunked.metric(), 0.0);
    }

    @Test
    void aLossThatGrowsPastTheStatedMultipleDiverges() {
        Split s = spiral();
        Sequential m = new Sequential(2, 5);
        m.add(new Dense(8, Activations.RELU));
        m.add(new Dense(1, Activations.SIGMOID));
        m.compile(new Sgd(10), Losses.BINARY_CROSSENTROPY, new Accuracy());
        History h = new Trainer(m, s.train(), s.validation(), 10, 300).evaluateEachEpoch(256)
                .divergence(new Divergence(1e6, 2)).run();
        assertEquals(StopReason.DIVERGED, h.stopReason());
        int last = h.size() - 1;
        assertTrue(h.loss(last) > 2 * h.loss(0), h.loss(last) + " vs " + h.loss(0));
        for (int e = 1; e < last; e++) {
            assertTrue(h.loss(e) <= 2 * h.loss(0), "no earlier epoch passed the rule");
        }
        assertEquals(last, h.stoppedEpoch());
        assertTrue(h.message().startsWith("training diverged: the training loss became"), h.message());
    }

    @Test
    void aBatchLossAtTheLimitStopsAtOnceWithoutAHalfEpochRecord() {
        Rng rng = new Rng(4);
        double[] x = new double[40];
        double[] y = new double[40];
        for (int i = 0; i < 40; i++) {
            x[i] = rng.uniform(-100, 100);
            y[i] = 1000 * x[i];
        }
        Dataset d = new Dataset(x, y, 40, 1, 1);
        Sequential m = new Sequential(1, 1);
        m.add(new Dense(1, Activations.LINEAR));
        m.compile(new Sgd(10), Losses.MEAN_SQUARED_ERROR);
        Trainer t = new Trainer(m, d, d, 8, 100).evaluateEachEpoch(256)
                .divergence(new Divergence(1e6, Double.POSITIVE_INFINITY));
        History h = t.run();
        assertEquals(StopReason.DIVERGED, h.stopReason());
        assertEquals(t.epoch() + 1, h.size(), "only the start and the completed epochs");
        assertTrue(h.message().contains("the loss became"), h.message());
    }

    @Test
    void theHookRunsAroundEveryOptimizerStep() {
        Split s = spiral();
        int[] calls = new int[2];
        StepHook counting = new StepHook() {
            @Override
            public void beforeStep() {
                assertEquals(calls[0], calls[1], "before comes first");
                calls[0]++;
            }

            @Override
            public void afterStep() {
                calls[1]++;
            }
        };
        Trainer t = new Trainer(model(1, 0), s.train(), null, 25, 3).stepHook(counting);
        t.run();
        int perEpoch = (s.train().rows() + 24) / 25;
        assertEquals(3 * perEpoch, calls[0]);
        assertEquals(3 * perEpoch, calls[1]);
    }

    /** Records the first input of every batch the trainer hands it, changing nothing. */
    private static final class BatchRecorder implements Augmentation {
        final List<Double> firsts = new ArrayList<>();

        @Override
        public void reserve(int maxRows, int features, int outputs) {
        }

        @Override
        public void apply(double[] x, double[] y, int rows, int features, int outputs, Rng rng) {
            firsts.add(x[0]);
        }

        @Override
        public String describe() {
            return "recorder";
        }
    }

    @Test
    void aSeparateShufflingGeneratorGivesModelsThatDrawDifferentlyTheSameBatches() {
        Split s = spiral();
        BatchRecorder withDropout = new BatchRecorder();
        BatchRecorder without = new BatchRecorder();
        new Trainer(model(2, 0.5), s.train(), null, 16, 4).shuffleWith(new Rng(99))
                .augmentation(withDropout).run();
        new Trainer(model(2, 0), s.train(), null, 16, 4).shuffleWith(new Rng(99))
                .augmentation(without).run();
        assertEquals(withDropout.firsts, without.firsts);
        BatchRecorder modelShuffled = new BatchRecorder();
        new Trainer(model(2, 0.5), s.train(), null, 16, 4).augmentation(modelShuffled).run();
        assertFalse(modelShuffled.firsts.equals(without.firsts), "dropout's draws move the model's stream");
    }

    @Test
    void earlyStoppingRestoresTheBestWeightsWhenTheEpochsRunOutToo() {
        Split s = spiral();
        Sequential m = model(6, 0);
        EarlyStopping es = new EarlyStopping("val_loss", 0, 500, true, 0);
        Trainer t = new Trainer(m, s.train(), s.validation(), 10, 15).evaluateEachEpoch(256)
                .earlyStopping(es);
        History h = t.run();
        assertEquals(StopReason.COMPLETED, h.stopReason());
        assertTrue(es.restored());
        int best = h.bestEpoch();
        assertEquals(best, t.bestEpoch());
        double[] r = new double[2];
        m.evaluate(s.validation().x(), s.validation().y(), s.validation().rows(), 256, r);
        assertEquals(h.valLoss(best), r[0], 0.0, "the weights of epoch " + best);
    }

    @Test
    void optionsAreSetBeforeTheFirstStep() {
        Split s = spiral();
        Trainer t = new Trainer(model(1, 0), s.train(), null, 10, 2);
        t.step(1);
        assertThrows(IllegalStateException.class, () -> t.evaluateEachEpoch(10));
        assertThrows(IllegalStateException.class, () -> t.divergence(Divergence.NON_FINITE));
        assertEquals("divergence maxGrowth must be >= 1, got 0.5", assertThrows(
                IllegalArgumentException.class, () -> new Divergence(10, 0.5)).getMessage());
    }
}
