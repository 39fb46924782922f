package reglab.applet.experiment.activity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import reglab.applet.catalogue.SpecText;
import reglab.applet.run.PartedRun;
import reglab.core.data.Dataset;
import reglab.core.nn.ActivationStatistics;
import reglab.core.nn.layer.Dense;

/**
 * The activity experiment shows what it exists to show: Keras' L1 activity regularizer makes a
 * ReLU layer's activations sparse (more exact zeros, a lower mean, silent units) at little cost in
 * validation loss; and what it reads off the hidden layer agrees with a naive forward pass written
 * here from the weights.
 */
class ActivityRunTest {

    private static ActivityRun trained(String spec) {
        ActivityRun run = new ActivityRun(SpecText.parseQuery(spec));
        while (run.advance()) {
            // to the end, as the page's slices do
        }
        return run;
    }

    private static double last(double[] series, int count) {
        return series[count - 1];
    }

    @Test
    void theL1ActivityPenaltyMakesTheHiddenLayerSparser() {
        ActivityRun run = trained("experiment=activity");
        ActivityArm reg = run.regularized();
        ActivityArm plain = run.plain();
        assertFalse(reg.diverged() || plain.diverged());
        assertEquals(61, reg.recorded(), "one reading before training and one per epoch");
        // Same seed, same initial weights: before training the two are the same network.
        assertEquals(plain.zeroFraction()[0], reg.zeroFraction()[0], 0.0);
        assertEquals(plain.valDataLoss()[0], reg.valDataLoss()[0], 0.0);
        double zerosReg = last(reg.zeroFraction(), reg.recorded());
        double zerosPlain = last(plain.zeroFraction(), plain.recorded());
        assertTrue(zerosReg > zerosPlain + 0.2, "exact zeros " + zerosReg + " vs " + zerosPlain);
        double meanReg = last(reg.meanActivation(), reg.recorded());
        double meanPlain = last(plain.meanActivation(), plain.recorded());
        assertTrue(meanReg < 0.5 * meanPlain, "mean activation " + meanReg + " vs " + meanPlain);
        assertTrue(reg.latest().silentUnits() > plain.latest().silentUnits(), "silent units");
        // ... while both still learn the circle: the penalty costs little validation loss.
        double lossReg = last(reg.valDataLoss(), reg.recorded());
        double lossPlain = last(plain.valDataLoss(), plain.recorded());
        assertTrue(lossReg < 0.2 * reg.valDataLoss()[0] && lossPlain < 0.2 * plain.valDataLoss()[0],
                "validation loss falls: " + lossReg + ", " + lossPlain);
        assertTrue(reg.history().valMetric(60) > 0.9, "validation accuracy " + reg.history().valMetric(60));
    }

    @Test
    void aStrongerPenaltyGivesSparserActivations() {
        double previous = -1;
        for (String rate : new String[] {"0.001", "0.01", "0.1"}) {
            ActivityArm reg = trained("experiment=activity&epochs=30&activity=" + rate).regularized();
            double zeros = last(reg.zeroFraction(), reg.recorded());
            assertTrue(zeros > previous, "rate " + rate + ": " + zeros + " after " + previous);
            previous = zeros;
        }
    }

    /**
     * The readings after training against a forward pass computed here with plain loops from the
     * layer's weights: exact zeros and unit means of ReLU(x·W + b) over the validation set, and the
     * validation loss Keras reports ({@code val_loss}: binary cross-entropy with ε = 1e-7, plus
     * the activity penalty rate · Σ|a| over the rows, divided by the rows).
     */
    @Test
    void readingsAgreeWithANaiveForwardPass() {
        double rate = 0.01;
        ActivityRun run = trained("experiment=activity&epochs=15&activity=" + rate);
        ActivityArm reg = run.regularized();
        // The same part trained on its own keeps its model; what it delivers is what the run holds.
        ActivityArm live = (ActivityArm) run.newPart(0, new double[0]);
        PartedRun.runPart(live);
        assertArrayEquals(live.result(), reg.result());
        Dataset v = live.validation();
        Dense hidden = (Dense) live.model().layer(0);
        Dense out = (Dense) live.model().layer(1);
        int units = hidden.outputWidth();
        double[] w = hidden.kernel().value();
        double[] b = hidden.bias().value();
        double[] w2 = out.kernel().value();
        double b2 = out.bias().value()[0];
        int zeros = 0;
        double[] means = new double[units];
        double crossEntropy = 0;
        double activity = 0;
        for (int r = 0; r < v.rows(); r++) {
            double logit = b2;
            for (int j = 0; j < units; j++) {
                double z = b[j] + v.x(r, 0) * w[j] + v.x(r, 1) * w[units + j];
                double a = Math.max(0, z);
                zeros += a == 0 ? 1 : 0;
                means[j] += a / v.rows();
                activity += rate * a;
                logit += a * w2[j];
            }
            double p = Math.min(1 - 1e-7, Math.max(1e-7, 1 / (1 + Math.exp(-logit))));
            double y = v.y(r, 0);
            crossEntropy -= y * Math.log(p) + (1 - y) * Math.log(1 - p);
        }
        crossEntropy /= v.rows();
        ActivationStatistics s = reg.latest();
        assertEquals(zeros, s.exactZeros());
        assertArrayEquals(means, s.unitMeans(), 1e-12);
        assertEquals(crossEntropy, last(reg.valDataLoss(), reg.recorded()), 1e-9);
        assertEquals(crossEntropy + activity / v.rows(), reg.history().valLoss(15), 1e-9,
                "Keras' val_loss includes the activity penalty");
        int[] bins = ActivityRun.nonZeroHistogram(s, run.histogramRange());
        int counted = s.exactZeros();
        for (int c : bins) {
            assertTrue(c >= 0);
            counted += c;
        }
        assertEquals(v.rows() * units, counted, "the histogram and the zeros hold every activation");
    }

    @Test
    void theSameSettingsGiveTheSameResultBitForBit() {
        String spec = "experiment=activity&dataset=xor&units=8&epochs=5&seed=9";
        assertEquals(trained(spec).resultJson(), trained(spec).resultJson());
    }
}
