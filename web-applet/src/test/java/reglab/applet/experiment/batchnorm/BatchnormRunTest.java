package reglab.applet.experiment.batchnorm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reglab.applet.catalogue.SpecText;
import reglab.applet.run.PartedRun;
import reglab.applet.run.TrainerPart;
import reglab.core.nn.layer.Dense;

/**
 * The batchnorm experiment shows both claims of the document at its defaults (a 5-hidden-layer
 * ReLU network, plain SGD, learning rates 0.03–3 × Glorot gains 0.25–4): with batch normalization
 * the network learns at higher learning rates, and at more initial weight scales.
 */
class BatchnormRunTest {

    private static BatchnormRun defaults;

    private static BatchnormRun trained(String spec) {
        BatchnormRun run = new BatchnormRun(SpecText.parseQuery(spec));
        while (run.advance()) {
            // to the end, as the page's slices do
        }
        return run;
    }

    @BeforeAll
    static void trainDefaults() {
        defaults = trained("experiment=batchnorm");
    }

    private static int index(double[] values, double v) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == v) {
                return i;
            }
        }
        throw new AssertionError(v + " not in the grid");
    }

    /** Whether cell (g, r) learned: finished, and under half the constant guess's loss. */
    private static boolean learned(BatchnormRun run, int g, int r, boolean bn) {
        return run.finalLoss(g, r, bn) <= 0.5 * run.constantLoss();
    }

    @Test
    void batchNormalizationLearnsInMoreCells() {
        int cells = defaults.rates().length * defaults.gains().length;
        assertEquals(2 * cells, defaults.cellsDone());
        assertTrue(defaults.learnedCells(true) >= defaults.learnedCells(false) + 10,
                "learned with BN " + defaults.learnedCells(true) + ", without " + defaults.learnedCells(false));
    }

    @Test
    void batchNormalizationAllowsHigherLearningRates() {
        int g = index(defaults.gains(), 1);
        int highestPlain = -1;
        int highestBn = -1;
        for (int r = 0; r < defaults.rates().length; r++) {
            highestPlain = learned(defaults, g, r, false) ? r : highestPlain;
            highestBn = learned(defaults, g, r, true) ? r : highestBn;
        }
        assertTrue(highestBn > highestPlain, "at gain 1 the highest learning rate that learned: with BN "
                + defaults.rates()[highestBn] + ", without " + (highestPlain < 0 ? "none" : defaults.rates()[highestPlain]));
    }

    @Test
    void batchNormalizationIsLessSensitiveToTheInitialScale() {
        int r = index(defaults.rates(), 0.1);
        int plain = 0;
        int bn = 0;
        for (int g = 0; g < defaults.gains().length; g++) {
            plain += learned(defaults, g, r, false) ? 1 : 0;
            bn += learned(defaults, g, r, true) ? 1 : 0;
        }
        assertEquals(defaults.gains().length, bn, "with BN every scale learns at learning rate 0.1");
        assertTrue(plain <= defaults.gains().length - 2, "without BN " + plain + " scales learn");
    }

    /**
     * The gain only scales the initial draws: every cell of a row starts from the first row's
     * kernels times the gain ratio (a power of two here, so exactly), with or without batch
     * normalization, which draws nothing.
     */
    @Test
    void everyCellStartsFromTheSameDrawsScaledByItsGain() {
        BatchnormRun run = new BatchnormRun(SpecText.parseQuery(
                "experiment=batchnorm&rates=0.1&gains=0.5,2&epochs=1&layers=2"));
        // parts are cells (gain · rates + rate) · 2 + (0 plain, 1 normalized), untrained when made
        double[] first = kernel(run.newPart(0, new double[0]));
        double[] scaled = kernel(run.newPart(3, new double[0])); // gain 2 (row 1), normalized
        for (int i = 0; i < first.length; i++) {
            assertEquals(4 * first[i], scaled[i], 0.0, "weight " + i);
        }
    }

    private static double[] kernel(PartedRun.Part cell) {
        return ((Dense) ((TrainerPart) cell).trainer().model().layer(0)).kernel().value();
    }

    @Test
    void theChosenCellPicksCurvesAndChangesNoTraining() {
        String spec = "experiment=batchnorm&rates=0.1,1&gains=0.5,2&epochs=3&layers=3";
        String a = trained(spec).resultJson();
        String b = trained(spec + "&rateIndex=2&gainIndex=1").resultJson();
        assertEquals(a.substring(0, a.indexOf("\"chosen\"")), b.substring(0, b.indexOf("\"chosen\"")));
        assertFalse(a.equals(b), "the chosen cell's curves differ");
    }
}
