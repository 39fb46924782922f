package reglab.applet.experiment.transfer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reglab.applet.catalogue.SpecText;
import reglab.applet.run.PartedRun;
import reglab.applet.settings.Config;

/**
 * The transfer experiment shows what it exists to show at its defaults (six sectors, the target
 * not turned, 10% label noise, three target sets per size): with few target samples, L2-SP and
 * frozen features beat fine-tuning without a penalty and training from scratch, and L2 towards
 * zero, which pulls the transferred weights away from what was learned, does worse than L2-SP. The
 * variants' definitions are checked on single parts, and the result does not depend on where or
 * in which order parts run.
 */
class TransferRunTest {

    private static TransferRun defaults;

    private static TransferRun trained(String spec) {
        TransferRun run = new TransferRun(SpecText.parseQuery(spec));
        while (run.advance()) {
            // every part here, in index order, as the page does without workers
        }
        return run;
    }

    @BeforeAll
    static void trainDefaults() {
        defaults = trained("experiment=transfer");
    }

    @Test
    void pretrainingLearnsTheSourceTask() {
        assertTrue(defaults.finished());
        assertEquals(1 + 5 * 3 * 5, defaults.parts());
        assertTrue(defaults.sourceAccuracy() > 0.95, "source accuracy " + defaults.sourceAccuracy());
        assertEquals(0, defaults.divergedParts());
    }

    @Test
    void withFewSamplesL2SpAndFrozenFeaturesBeatNoPenaltyAndScratch() {
        for (int s = 0; s < 2; s++) { // 5 and 10 per class
            double scratch = defaults.accuracy(s, Variant.SCRATCH);
            double none = defaults.accuracy(s, Variant.NONE);
            double l2 = defaults.accuracy(s, Variant.L2);
            double l2sp = defaults.accuracy(s, Variant.L2SP);
            double frozen = defaults.accuracy(s, Variant.FROZEN);
            String all = defaults.sizes()[s] + " per class: scratch " + scratch + ", none " + none + ", l2 " + l2
                    + ", l2sp " + l2sp + ", frozen " + frozen;
            assertTrue(l2sp > none + 0.02 && l2sp > scratch + 0.02, all);
            assertTrue(frozen > none + 0.02 && frozen > scratch + 0.02, all);
            assertTrue(l2sp > l2, all);
        }
    }

    @Test
    void withManySamplesEveryFineTuningComesClose() {
        int last = defaults.sizes().length - 1;
        for (Variant v : new Variant[] {Variant.NONE, Variant.L2SP, Variant.FROZEN}) {
            assertTrue(defaults.accuracy(last, v) > 0.93, v + " " + defaults.accuracy(last, v));
        }
    }

    @Test
    void l2SpHoldsTheFeaturesNearThePretrainedWeights() {
        for (int s = 0; s < defaults.sizes().length; s++) {
            double none = defaults.mean(s, Variant.NONE, FineTuning.DRIFT);
            double l2sp = defaults.mean(s, Variant.L2SP, FineTuning.DRIFT);
            assertTrue(l2sp < none, "size " + defaults.sizes()[s] + ": drift l2sp " + l2sp + ", none " + none);
            assertEquals(0.0, defaults.mean(s, Variant.FROZEN, FineTuning.DRIFT));
        }
    }

    /** A fine-tuning part of the default run, made as a worker makes it. */
    private static double[] part(Variant v, double l2sp, double[] features) {
        TransferSetup setup = new TransferSetup(SpecText.parseQuery("experiment=transfer"));
        return PartedRun.runPart(new FineTuning(setup, v, 10, 1, features, 0.03, l2sp));
    }

    private static double[] pretrained() {
        TransferRun run = new TransferRun(SpecText.parseQuery("experiment=transfer"));
        run.deliver(0, PartedRun.runPart(run.newPart(0, run.input(0))), 0);
        return run.input(1);
    }

    @Test
    void l2SpAtRateZeroIsFineTuningWithoutAPenalty() {
        double[] features = pretrained();
        double[] none = part(Variant.NONE, 0.03, features);
        assertArrayEquals(none, part(Variant.L2SP, 0, features));
        assertFalse(Arrays.equals(none, part(Variant.L2SP, 0.03, features)));
    }

    @Test
    void frozenFeaturesStayBitForBitAndTheHeadTrains() {
        double[] features = pretrained();
        double[] frozen = part(Variant.FROZEN, 0.03, features);
        int weights = FineTuning.CURVE + FineTuning.CHECKPOINTS + 1;
        assertArrayEquals(features, Arrays.copyOfRange(frozen, weights, weights + features.length));
        assertEquals(0.0, frozen[FineTuning.DRIFT]);
        // the head did train: the final accuracy differs from the untrained one
        assertNotEquals(frozen[FineTuning.CURVE], frozen[FineTuning.CURVE + FineTuning.CHECKPOINTS]);
        double[] none = part(Variant.NONE, 0.03, features);
        assertFalse(Arrays.equals(features, Arrays.copyOfRange(none, weights, weights + features.length)));
    }

    @Test
    void fineTuningStartsFromThePretrainedFeatures() {
        double[] features = pretrained();
        TransferRun run = new TransferRun(SpecText.parseQuery("experiment=transfer"));
        run.deliver(0, PartedRun.runPart(run.newPart(0, run.input(0))), 0);
        assertArrayEquals(FineTuning.flatWeights(run.sourceNetwork(), 2), features,
                "the input is the pre-trained network's two hidden layers");
        // the reading before the first step: the transferred network, not a fresh one
        double[] scratch = part(Variant.SCRATCH, 0.03, features);
        double[] none = part(Variant.NONE, 0.03, features);
        assertNotEquals(scratch[FineTuning.CURVE], none[FineTuning.CURVE]);
        assertEquals(none[FineTuning.CURVE], part(Variant.FROZEN, 0.03, features)[FineTuning.CURVE]);
    }

    @Test
    void partsRunAnywhereInAnyOrderGiveTheSameResult() {
        String spec = "experiment=transfer&samples=3,8&repeats=2&steps=40&preEpochs=3";
        String inOrder = trained(spec).resultJson();
        Config config = SpecText.parseQuery(spec);
        TransferRun run = new TransferRun(config);
        assertEquals(0, run.nextReady());
        run.claim(0);
        assertEquals(-1, run.nextReady()); // fine-tuning waits for the pre-training
        run.deliver(0, PartedRun.runPart(new TransferRun(config).newPart(0, run.input(0))), 0);
        for (int i = run.parts() - 1; i >= 1; i -= 2) { // a "worker" takes every other part, last first
            run.claim(i);
            run.deliver(i, PartedRun.runPart(new TransferRun(config).newPart(i, run.input(i))), 0);
        }
        while (run.advance()) {
            // the rest here
        }
        assertEquals(inOrder, run.resultJson());
    }

    @Test
    void choosingASizeChangesOnlyWhatIsShown() {
        String spec = "experiment=transfer&samples=3,8&repeats=1&steps=40&preEpochs=3";
        String a = trained(spec + "&shown=1").resultJson();
        String b = trained(spec + "&shown=2").resultJson();
        assertEquals(a.substring(0, a.indexOf("\"chosen\"")), b.substring(0, b.indexOf("\"chosen\"")));
        assertTrue(b.contains("\"chosen\":{\"samples\":8"), b);
    }

    @Test
    void turningTheTargetAwayFromTheSourceHurtsFrozenFeaturesMost() {
        // Half a sector (30°): no target boundary is a source boundary any more.
        TransferRun turned = trained("experiment=transfer&rotation=30&samples=5,50&repeats=2");
        double frozen = turned.accuracy(1, Variant.FROZEN);
        double none = turned.accuracy(1, Variant.NONE);
        double scratch = turned.accuracy(1, Variant.SCRATCH);
        assertTrue(frozen < none - 0.05 && frozen < scratch - 0.05,
                "50 per class: frozen " + frozen + ", none " + none + ", scratch " + scratch);
        assertTrue(frozen < defaults.accuracy(3, Variant.FROZEN) - 0.1, "frozen, turned " + frozen
                + ", not turned " + defaults.accuracy(3, Variant.FROZEN));
    }

    @Test
    void withoutPretrainedFeaturesNothingIsFineTuned() {
        TransferSetup setup = new TransferSetup(SpecText.parseQuery("experiment=transfer"));
        double[] features = new double[setup.featureValues()];
        features[3] = Double.NaN; // what a diverged pre-training delivers
        FineTuning part = new FineTuning(setup, Variant.L2SP, 5, 0, features, 0.03, 0.03);
        assertTrue(part.finished());
        double[] r = PartedRun.runPart(part);
        assertEquals(1.0, r[FineTuning.DIVERGED]);
        assertTrue(Double.isNaN(r[FineTuning.ACCURACY]));
        assertEquals(0, part.samples());
    }
}
