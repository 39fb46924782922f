package reglab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./reglab fit}, checked against the scikit-learn fixtures and for its error messages. */
class FitCommandTest {

    private static final String DIABETES = CliRun.FIXTURES.resolve("diabetes.csv").toString();
    private static final String CANCER = CliRun.FIXTURES.resolve("cancer.csv").toString();

    @Test
    void lassoMatchesScikitLearnAtDefaultToleranceAndRepeats() throws IOException {
        Map<String, double[]> sk = CliRun.expected("lasso_diabetes");
        byte[] before = Files.readAllBytes(Path.of(DIABETES));
        CliRun r = CliRun.run("fit", "--model", "lasso", "--alpha", "0.1", "--data", DIABETES, "--target", "target");
        assertEquals(0, r.exit, r.err);
        assertTrue(CliRun.relativeDifference(sk.get("default_coef"), r.array("coef"), 1e-12) < 1e-8, r.out);
        assertEquals((int) sk.get("default_n_iter")[0], (int) r.number("iterations"));
        assertTrue(r.out.contains("\"features\": [\"age\", \"sex\", \"bmi\""), r.out);
        assertTrue(Double.isFinite(r.number("intercept")) && r.number("objective") > 0, r.out);
        assertEquals(r.out, CliRun.run("fit", "--model", "lasso", "--alpha", "0.1", "--data", DIABETES, "--target", "target").out);
        assertArrayEquals(before, Files.readAllBytes(Path.of(DIABETES)), "the data file is left as it was");
    }

    @Test
    void ridgeAndElasticNetAndLogisticMatchScikitLearn() throws IOException {
        CliRun ridge = CliRun.run("fit", "--model", "ridge", "--data", DIABETES, "--target", "target");
        assertTrue(CliRun.relativeDifference(CliRun.expected("ridge_diabetes").get("coef"), ridge.array("coef"), 1e-12) < 1e-8,
                ridge.out + ridge.err);
        CliRun enet = CliRun.run("fit", "--model", "elasticnet", "--alpha", "0.01", "--l1-ratio", "0.5", "--tol", "1e-12",
                "--max-iter", "1000000", "--data", DIABETES, "--target", "target");
        assertTrue(CliRun.relativeDifference(CliRun.expected("enet_diabetes").get("coef"), enet.array("coef"), 1e-12) < 1e-8,
                enet.out + enet.err);
        for (String penalty : new String[] {"l1", "l2"}) {
            Map<String, double[]> sk = CliRun.expected("logistic_" + penalty + "_cancer");
            CliRun r = CliRun.run("fit", "--model", "logistic", "--penalty", penalty, "--C", Double.toString(sk.get("C")[0]),
                    "--data", CANCER, "--target", "target");
            assertEquals(0, r.exit, r.err);
            assertTrue(CliRun.relativeDifference(sk.get("coef"), r.array("coef"), 1e-12) < 1e-8, r.out);
            assertEquals(sk.get("intercept")[0], r.number("intercept"), 1e-8 * Math.abs(sk.get("intercept")[0]));
        }
    }

    @Test
    void coefficientsFollowTheCsvColumnOrderWithTheTargetInTheMiddle(@TempDir Path dir) throws IOException {
        // y = 3 + 2a − b exactly: a tiny ridge penalty recovers (2, −1) in the order a, b.
        Path csv = dir.resolve("mid.csv");
        Files.writeString(csv, "a,y,b\n0,4,-1\n1,5,0\n2,8,-1\n3,7,2\n4,10,1\n");
        CliRun r = CliRun.run("fit", "--model", "ridge", "--alpha", "1e-12", "--data", csv.toString(), "--target", "y");
        assertArrayEquals(new double[] {2, -1}, r.array("coef"), 1e-9, r.out + r.err);
        assertEquals(3, r.number("intercept"), 1e-9);
    }

    private static void assertUserError(CliRun r, String... fragments) {
        assertNotEquals(0, r.exit, "exit code");
        assertEquals("", r.out, "nothing on stdout");
        assertTrue(r.err.startsWith("error: "), r.err);
        assertEquals(1, r.err.strip().split("\n").length, "one line: " + r.err);
        assertFalse(r.err.contains("Exception") || r.err.contains("\tat "), "no stack trace: " + r.err);
        for (String f : fragments) {
            assertTrue(r.err.contains(f), "'" + f + "' missing from: " + r.err);
        }
    }

    @Test
    void badInputGivesOneClearMessage(@TempDir Path dir) throws IOException {
        assertUserError(CliRun.run("fit", "--model", "lasso", "--data", dir.resolve("none.csv").toString(), "--target", "y"),
                "none.csv", "does not exist");
        assertUserError(CliRun.run("fit", "--model", "lasso", "--data", DIABETES, "--target", "Target"),
                "no column 'Target'", "available columns: age, sex, bmi, bp, s1, s2, s3, s4, s5, s6, target");
        assertUserError(CliRun.run("fit", "--model", "lasso", "--alpha", "x1", "--data", DIABETES, "--target", "target"),
                "--alpha", "'x1'");
        assertUserError(CliRun.run("fit", "--model", "ridge", "--alpha", "-2", "--data", DIABETES, "--target", "target"),
                "alpha", "got -2", ">= 0");
        assertUserError(CliRun.run("fit", "--model", "elasticnet", "--l1-ratio", "1.5", "--data", DIABETES, "--target", "target"),
                "l1_ratio", "1.5", "[0, 1]");
        assertUserError(CliRun.run("fit", "--model", "logistic", "--C", "0", "--data", CANCER, "--target", "target"),
                "C", "got 0", "> 0");
        assertUserError(CliRun.run("fit", "--model", "lasso", "--l1-ratio", "0.5", "--data", DIABETES, "--target", "target"),
                "--l1-ratio", "elasticnet");
        assertUserError(CliRun.run("fit", "--model", "svm", "--data", DIABETES, "--target", "target"), "'svm'");
        assertUserError(CliRun.run("fit", "--model", "logistic", "--penalty", "l3", "--data", CANCER, "--target", "target"), "'l3'");
        assertUserError(CliRun.run("fit", "--model", "logistic", "--data", DIABETES, "--target", "target"), "two values");
        assertUserError(CliRun.run("fit", "--data", DIABETES, "--target", "target"), "--model");

        Path nan = dir.resolve("nan.csv");
        Files.writeString(nan, "a,b,y\n1,2,3\n4,nan,6\n");
        assertUserError(CliRun.run("fit", "--model", "ridge", "--data", nan.toString(), "--target", "y"),
                "line 3", "column 'b'", "'nan'");
        Path text = dir.resolve("text.csv");
        Files.writeString(text, "a,b,y\n1,2,3\n4,5,six\n");
        assertUserError(CliRun.run("fit", "--model", "ridge", "--data", text.toString(), "--target", "y"),
                "line 3", "column 'y'", "'six' is not a number");
        Path dup = dir.resolve("dup.csv");
        Files.writeString(dup, "a,b,y\n1,1,3\n2,2,6\n3,3,7\n");
        assertUserError(CliRun.run("fit", "--model", "ridge", "--alpha", "0", "--data", dup.toString(), "--target", "y"),
                "singular", "alpha > 0");
    }

    @Test
    void helpDescribesEveryOption() {
        CliRun r = CliRun.run("fit", "--help");
        assertEquals(0, r.exit);
        for (String option : new FitCommand().valuedOptions()) {
            assertTrue(r.out.contains("--" + option + " "), "--" + option + " missing from help");
        }
    }
}
