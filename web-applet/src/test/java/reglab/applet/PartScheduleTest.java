package reglab.applet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import reglab.applet.catalogue.Catalogue;
import reglab.applet.catalogue.SpecText;
import reglab.applet.golden.GoldenRuns;
import reglab.applet.run.Run;
import reglab.applet.run.Slicer;

/**
 * Parts handed out as the page's worker pool hands them — claimed, sent as settings, index and
 * input, run in a fresh run rebuilt from the settings, delivered back as numbers, out of order,
 * one failing and given back — give each parted experiment's recorded golden result bit for bit.
 */
class PartScheduleTest {

    private static final String[] PARTED = {"batchnorm-small-adam-tanh", "batchnorm-regression",
        "dropout-l2-only", "dropout-light", "activity-xor-tanh-sgd", "activity-defaults",
        "tuning-regression-small", "augmentation-flip-noise-sgd", "transfer-turned-relu-sgd"};

    /** What a worker does, through the same calls, with a message instead of a post. */
    private static double[] worker(String query, int index, double[] input) {
        return PartSchedule.runPart(query, index, input);
    }

    @Test
    void partsRunElsewhereInAnyOrderGiveTheGoldenResult() throws Exception {
        for (String name : PARTED) {
            GoldenRuns.Golden g = GoldenRuns.named(name);
            Run run = Catalogue.run(SpecText.parseQuery(g.spec()));
            String query = SpecText.toQuery(SpecText.parseQuery(g.spec()));
            int parts = PartSchedule.parts(run);
            assertTrue(parts >= 1, name + " has parts");
            List<int[]> claimed = new ArrayList<>();
            List<double[]> messages = new ArrayList<>();
            for (int index; (index = PartSchedule.claim(run)) >= 0; ) {
                claimed.add(new int[] {index});
                messages.add(worker(query, index, PartSchedule.input(run, index)));
            }
            assertTrue(claimed.size() >= 1, name + ": a part was ready");
            // The first worker failed: its part goes back and is trained here, the rest arrive last
            // first; parts that wait for earlier parts' results (transfer's fine-tunings wait for
            // its pre-training) are trained here once those arrive.
            PartSchedule.fail(run, claimed.get(0)[0]);
            for (int k = claimed.size() - 1; k >= 1; k--) {
                PartSchedule.deliver(run, claimed.get(k)[0], messages.get(k));
            }
            while (!Slicer.slice(run, () -> 0, 0)) {
                // the given-back part, on this thread
            }
            assertEquals(g.expected(), run.resultJson(), name);
            Run here = Catalogue.run(SpecText.parseQuery(g.spec()));
            while (here.advance()) {
                // every part on this thread
            }
            assertEquals(here.samples(), run.samples(), name + ": samples counted alike");
        }
    }

    @Test
    void badMessagesAndPartsAreRefusedWithAReason() {
        Run run = Catalogue.run(SpecText.parseQuery("experiment=dropout&epochs=1"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PartSchedule.deliver(run, 0, new double[0]));
        assertTrue(e.getMessage().contains("no sample count"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> PartSchedule.deliver(run, 0, new double[] {1, 2.5}));
        assertTrue(e.getMessage().contains("2.5"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> PartSchedule.runPart("experiment=dropout&epochs=1", 2, new double[0]));
        assertTrue(e.getMessage().contains("no part 2"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> PartSchedule.runPart("experiment=sparsity", 0, new double[0]));
        assertTrue(e.getMessage().contains("not made of parts"), e.getMessage());
        assertEquals(-1, PartSchedule.claim(Catalogue.run(SpecText.parseQuery("experiment=sparsity"))));
    }
}
