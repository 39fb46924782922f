package reglab.applet.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every golden run, trained on the JVM, gives the recorded result bit for bit (the JSON text,
 * every number written exactly). The recordings were made before the runs moved onto the core's
 * Trainer; a change here is a change in what readers see, to be made on purpose and explained.
 * {@code -Dreglab.golden.update=true} rewrites the files instead of comparing.
 */
class GoldenResultsTest {

    private static final boolean UPDATE = Boolean.getBoolean("reglab.golden.update");

    @TestFactory
    Stream<DynamicTest> everyGoldenRunGivesItsRecordedResult() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (GoldenRuns.Golden g : GoldenRuns.all()) {
            tests.add(DynamicTest.dynamicTest(g.name(), () -> {
                String actual = GoldenRuns.jvmResult(g.spec());
                if (UPDATE) {
                    GoldenRuns.write(g.name(), actual);
                    return;
                }
                assertNotNull(g.expected(), "no recorded result " + g.name() + ".json");
                assertEquals(g.expected(), actual, g.name() + ": " + g.spec());
            }));
        }
        return tests.stream();
    }

    @Test
    void everyExperimentHasItsDefaultsAndTwoOtherSettingsRecorded() throws IOException {
        for (String experiment : new String[] {"playground", "sparsity", "geometry", "overfitting", "activity", "batchnorm",
                "dropout", "tuning", "augmentation", "transfer"}) {
            long runs = GoldenRuns.all().stream()
                    .filter(g -> g.spec().equals("experiment=" + experiment)
                            || g.spec().startsWith("experiment=" + experiment + "&"))
                    .count();
            assertTrue(runs >= 3, experiment + " has " + runs + " golden runs");
            assertTrue(GoldenRuns.all().stream()
                    .anyMatch(g -> g.spec().equals("experiment=" + experiment)), experiment + " defaults");
        }
    }
}
