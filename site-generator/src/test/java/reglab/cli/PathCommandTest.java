package reglab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code ./reglab path}, checked against scikit-learn's {@code enet_path} fixtures. */
class PathCommandTest {

    private static final String DIABETES = CliRun.FIXTURES.resolve("diabetes.csv").toString();

    @Test
    void matchesScikitLearnsPath() throws IOException {
        Map<String, double[]> sk = CliRun.expected("path_enet_diabetes");
        CliRun r = CliRun.run("path", "--data", DIABETES, "--target", "target", "--l1-ratio", "0.5", "--tol", "1e-12",
                "--max-iter", "1000000");
        assertEquals(0, r.exit, r.err);
        assertTrue(CliRun.relativeDifference(sk.get("alphas"), r.array("alphas"), 0) < 1e-12, r.out);
        double[][] coefs = r.matrix("coefs");
        assertEquals(100, coefs.length);
        double scale = 1e-4 * Math.sqrt(sq(sk.get("coefs_99")));
        for (int k = 0; k < coefs.length; k++) {
            assertTrue(CliRun.relativeDifference(sk.get("coefs_" + k), coefs[k], scale) < 1e-8, "alpha #" + k);
        }
        assertEquals(100, r.array("intercepts").length);
    }

    private static double sq(double[] v) {
        double s = 0;
        for (double a : v) {
            s += a * a;
        }
        return s;
    }

    @Test
    void gridOptionsShapeTheOutput() {
        CliRun r = CliRun.run("path", "--data", DIABETES, "--target", "target", "--n-alphas", "5", "--eps", "0.01");
        assertEquals(0, r.exit, r.err);
        double[] alphas = r.array("alphas");
        assertEquals(5, alphas.length);
        assertEquals(0.01, alphas[4] / alphas[0], 1e-12);
        assertEquals(5, r.matrix("coefs").length);
    }

    @Test
    void badInputGivesOneClearMessage() {
        String[][] cases = {
            {"--n-alphas", "0", "--n-alphas"},
            {"--eps", "2", "eps"},
            {"--l1-ratio", "0", "(0, 1]"},
            {"--tol", "-1", "tol"},
        };
        for (String[] c : cases) {
            CliRun r = CliRun.run("path", "--data", DIABETES, "--target", "target", c[0], c[1]);
            assertNotEquals(0, r.exit);
            assertTrue(r.err.startsWith("error: ") && r.err.contains(c[2]) && !r.err.contains("Exception"), r.err);
        }
        CliRun r = CliRun.run("path", "--data", DIABETES, "--target", "nope");
        assertNotEquals(0, r.exit);
        assertTrue(r.err.contains("available columns: age"), r.err);
        CliRun help = CliRun.run("path", "--help");
        assertEquals(0, help.exit);
        for (String option : new PathCommand().valuedOptions()) {
            assertTrue(help.out.contains("--" + option + " "), "--" + option + " missing from help");
        }
    }
}
