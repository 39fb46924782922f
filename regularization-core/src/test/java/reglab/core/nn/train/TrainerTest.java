package reglab.core.nn.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import reglab.core.data.Dataset;
import reglab.core.data.PlaygroundData;
import reglab.core.data.Split;
import reglab.core.nn.Sequential;
import reglab.core.nn.activation.Activations;
import reglab.core.nn.layer.BatchNormalization;
import reglab.core.nn.layer.Dense;
import reglab.core.nn.layer.Dropout;
import reglab.core.nn.loss.Losses;
import reglab.core.nn.metric.Accuracy;
import reglab.core.nn.optimizer.Adam;
import reglab.core.nn.optimizer.Sgd;
import reglab.core.nn.penalty.L2;
import reglab.core.random.Rng;

class TrainerTest {

    private static Sequential playgroundModel(long seed) {
        Sequential m = new Sequential(2, seed);
        m.add(new Dense(8, Activations.TANH, new L2(0.001)));
        m.add(new BatchNormalization());
        m.add(new Dropout(0.1));
        m.add(new Dense(8, Activations.TANH));
        m.add(new Dense(1, Activations.SIGMOID));
        m.compile(new Adam(0.03), Losses.BINARY_CROSSENTROPY, new Accuracy());
        return m;
    }

    private static Split circle() {
        Rng rng = new Rng(5);
        return Split.of(PlaygroundData.circle(200, 0.0, rng), 0.5, rng);
    }

    @Test
    void learnsTheCircleAndRecordsEveryEpoch() {
        Split s = circle();
        History h = new Trainer(playgroundModel(1), s.train(), s.validation(), 10, 40).run();
        assertEquals(40, h.size());
        assertEquals(StopReason.COMPLETED, h.stopReason());
        assertTrue(h.valMetric(39) >= 0.9, "validation accuracy " + h.valMetric(39));
        assertTrue(h.loss(39) < h.loss(0));
        assertEquals(h.valLoss(3), h.value("val_loss", 3));
        assertEquals(h.metric(3), h.value("accuracy", 3));
    }

    @Test
    void sameSeedSameResultAndStepSlicesDoNotMatter() {
        Split s = circle();
        double[] trainX = s.train().x().clone();
        double[] trainY = s.train().y().clone();
        Sequential a = playgroundModel(9);
        Sequential b = playgroundModel(9);
        History ha = new Trainer(a, s.train(), s.validation(), 10, 5).run();
        Trainer tb = new Trainer(b, s.train(), s.validation(), 10, 5);
        int batches = 0;
        while (!tb.finished()) {
            batches += tb.step(3);
        }
        assertEquals(50, batches);
        History hb = tb.history();
        for (int e = 0; e < 5; e++) {
            assertEquals(ha.loss(e), hb.loss(e), 0.0);
            assertEquals(ha.valLoss(e), hb.valLoss(e), 0.0);
        }
        for (int k = 0; k < a.parameters().length; k++) {
            assertArrayEquals(a.parameters()[k].value(), b.parameters()[k].value(), 0.0);
        }
        assertArrayEquals(trainX, s.train().x(), "training inputs modified");
        assertArrayEquals(trainY, s.train().y(), "training targets modified");
    }

    @Test
    void trainEpochRunsExactlyOneEpoch() {
        Split s = circle();
        Trainer t = new Trainer(playgroundModel(2), s.train(), s.validation(), 30, 3);
        assertEquals(4, t.trainEpoch()); // 100 rows in batches of 30: 30, 30, 30, 10
        assertEquals(1, t.epoch());
        assertEquals(1, t.history().size());
    }

    @Test
    void earlyStoppingEndsTheRunAndReportsBestAndStopEpochs() {
        Split s = circle();
        Sequential m = playgroundModel(3);
        History h = new Trainer(m, s.train(), s.validation(), 10, 200)
                .earlyStopping(new EarlyStopping("val_loss", 0.0, 3, true, 0)).run();
        assertEquals(StopReason.EARLY_STOPPED, h.stopReason());
        assertEquals(h.size() - 1, h.stoppedEpoch());
        assertEquals(h.stoppedEpoch() - 3, h.bestEpoch());
        double[] r = new double[2];
        m.evaluate(s.validation().x(), s.validation().y(), s.validation().rows(), 10, r);
        assertEquals(h.valLoss(h.bestEpoch()), r[0], 1e-12, "best weights restored");
    }

    @Test
    void divergenceStopsWithTheReasonInTheHistory() {
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
        History h = new Trainer(m, d, null, 8, 100).run();
        assertEquals(StopReason.DIVERGED, h.stopReason());
        assertTrue(h.size() < 100);
        assertTrue(!Double.isFinite(h.loss(h.size() - 1)));
        assertTrue(h.message().startsWith("training diverged: the loss became "), h.message());
    }

    @Test
    void monitoringASeriesThatIsNotRecordedIsRejected() {
        Split s = circle();
        Trainer t = new Trainer(playgroundModel(1), s.train(), null, 10, 2);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> t.earlyStopping(new EarlyStopping(2)));
        assertEquals("early stopping monitors 'val_loss', which this run will not record;"
                + " available: loss, accuracy", e.getMessage());
    }

    @Test
    void dataOfTheWrongWidthNamesBothShapes() {
        Dataset d = new Dataset(new double[6], new double[2], 2, 3, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Trainer(playgroundModel(1), d, null, 10, 2));
        assertEquals("training data: shape mismatch, the data has 3 features and 1 outputs, the model"
                + " takes 2 inputs and gives 1 outputs", e.getMessage());
    }

    @Test
    void predictLeavesInputsAndDropoutMasksAlone() {
        Split s = circle();
        Sequential m = playgroundModel(6);
        new Trainer(m, s.train(), null, 10, 1).run();
        Dropout dropout = (Dropout) m.layer(2);
        boolean[] mask = new boolean[8];
        for (int u = 0; u < 8; u++) {
            mask[u] = dropout.dropped(0, u);
        }
        double[] grid = new double[2 * 2500];
        for (int i = 0; i < grid.length; i++) {
            grid[i] = (i % 50) / 5.0 - 5;
        }
        double[] before = grid.clone();
        double[] out = new double[2500];
        m.predict(grid, 2500, out);
        assertArrayEquals(before, grid);
        for (int u = 0; u < 8; u++) {
            assertEquals(mask[u], dropout.dropped(0, u));
        }
        double[] one = new double[1];
        m.predict(new double[] {grid[2 * 1234], grid[2 * 1234 + 1]}, 1, one);
        assertEquals(out[1234], one[0], 1e-15, "slicing does not change predictions");
    }
}
