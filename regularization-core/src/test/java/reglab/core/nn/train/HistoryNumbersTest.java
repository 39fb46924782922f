package reglab.core.nn.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import reglab.core.data.PlaygroundData;
import reglab.core.data.Split;
import reglab.core.nn.Sequential;
import reglab.core.nn.activation.Activations;
import reglab.core.nn.layer.Dense;
import reglab.core.nn.loss.Losses;
import reglab.core.nn.metric.Accuracy;
import reglab.core.nn.optimizer.Sgd;
import reglab.core.random.Rng;

/** A history carried as numbers comes back the same, field by field and bit for bit. */
class HistoryNumbersTest {

    private static History sample(String metric) {
        History h = new History(6, metric);
        h.add(0.6931471805599453, 0.5, Double.NaN, -0.0);
        h.add(1e-300, 0.1 + 0.2, Double.POSITIVE_INFINITY, 3);
        h.add(Double.MIN_VALUE, Double.NEGATIVE_INFINITY, 7.25, Math.PI);
        h.finish(StopReason.EARLY_STOPPED, 2, 1, "early stopping at epoch 2: val_loss — ü");
        return h;
    }

    private static void assertSame(History want, History got) {
        assertEquals(want.size(), got.size());
        assertEquals(want.lossSeries().length, got.lossSeries().length, "capacity");
        assertEquals(want.metricName(), got.metricName());
        assertEquals(want.keys(), got.keys());
        assertEquals(want.stopReason(), got.stopReason());
        assertEquals(want.stoppedEpoch(), got.stoppedEpoch());
        assertEquals(want.bestEpoch(), got.bestEpoch());
        assertEquals(want.message(), got.message());
        for (int i = 0; i < want.size(); i++) {
            // raw bits: NaN, −0 and infinities must survive too
            assertEquals(Double.doubleToRawLongBits(want.loss(i)), Double.doubleToRawLongBits(got.loss(i)));
            assertEquals(Double.doubleToRawLongBits(want.metric(i)), Double.doubleToRawLongBits(got.metric(i)));
            assertEquals(Double.doubleToRawLongBits(want.valLoss(i)), Double.doubleToRawLongBits(got.valLoss(i)));
            assertEquals(Double.doubleToRawLongBits(want.valMetric(i)),
                    Double.doubleToRawLongBits(got.valMetric(i)));
        }
    }

    @Test
    void roundTripsEveryFieldAtAnOffset() {
        History h = sample("accuracy");
        double[] numbers = h.toNumbers();
        double[] shifted = new double[numbers.length + 5];
        System.arraycopy(numbers, 0, shifted, 3, numbers.length);
        assertSame(h, History.fromNumbers(shifted, 3));
        assertEquals(numbers.length, History.numbersLength(shifted, 3));
    }

    @Test
    void keepsAMissingMetricAndARunningHistory() {
        History h = new History(4, null);
        h.add(2, Double.NaN, 1, Double.NaN);
        History back = History.fromNumbers(h.toNumbers(), 0);
        assertNull(back.metricName());
        assertEquals(StopReason.RUNNING, back.stopReason());
        assertEquals("", back.message());
        assertSame(h, back);
    }

    @Test
    void aTrainedRunsHistoryRoundTrips() {
        Sequential m = new Sequential(2, 3);
        m.add(new Dense(4, Activations.TANH));
        m.add(new Dense(1, Activations.SIGMOID));
        m.compile(new Sgd(0.1), Losses.BINARY_CROSSENTROPY,
                new Accuracy());
        Rng rng = new Rng(4);
        Split s = Split.of(
                PlaygroundData.circle(60, 0.1, rng), 0.5, rng);
        History h = new Trainer(m, s.train(), s.validation(), 10, 5).evaluateEachEpoch(64).run();
        assertSame(h, History.fromNumbers(h.toNumbers(), 0));
    }

    @Test
    void rejectsNumbersThatAreNoHistoryWithAMessage() {
        double[] numbers = sample("accuracy").toNumbers();
        double[] cut = Arrays.copyOf(numbers, numbers.length - 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> History.fromNumbers(cut, 0));
        assertTrue(e.getMessage().contains("cut short"), e.getMessage());
        double[] bad = numbers.clone();
        bad[0] = 2.5;
        e = assertThrows(IllegalArgumentException.class, () -> History.fromNumbers(bad, 0));
        assertTrue(e.getMessage().contains("2.5"), e.getMessage());
        double[] big = numbers.clone();
        big[0] = 99;
        e = assertThrows(IllegalArgumentException.class, () -> History.fromNumbers(big, 0));
        assertTrue(e.getMessage().contains("size 99"), e.getMessage());
    }
}
