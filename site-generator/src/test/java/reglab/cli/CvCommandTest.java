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
import reglab.core.data.CsvException;
import reglab.core.data.CsvReader;
import reglab.core.data.CsvTable;
import reglab.core.data.Dataset;
import reglab.core.linear.ElasticNetPath;
import reglab.core.tuning.CrossValidationCurve;
import reglab.core.tuning.ElasticNetCV;

/**
 * {@code ./reglab cv} against the scikit-learn and glmnet fixtures of regularization-core (the core's
 * ElasticNetCVTest explains the tolerances; here the point is that the command passes the numbers
 * through, in the documented fields), and its error messages.
 */
class CvCommandTest {

    private static final String DIABETES = CliRun.FIXTURES.resolve("diabetes.csv").toString();

    @Test
    void lassoMatchesScikitLearnsLassoCV() throws IOException {
        Map<String, double[]> sk = CliRun.expected("cv_lasso_diabetes");
        CliRun r = CliRun.run("cv", "--model", "lasso", "--data", DIABETES, "--target", "target", "--folds", "5",
                "--tol", "1e-12", "--max-iter", "1000000");
        assertEquals(0, r.exit, r.err);
        double[] alphas = r.array("alphas");
        assertTrue(CliRun.relativeDifference(sk.get("alphas"), alphas, 0) < 1e-12, r.out);
        double[][] path = r.matrix("mse_path");
        assertEquals(100, path.length);
        for (int a = 0; a < path.length; a++) {
            assertEquals(5, path[a].length);
            assertTrue(CliRun.relativeDifference(sk.get("mse_path_" + a), path[a], 0) < 1e-8, "mse_path_ row " + a);
        }
        assertEquals(sk.get("alpha")[0], r.number("alpha_min"), 1e-12 * sk.get("alpha")[0]);
        assertEquals(alphas[(int) r.number("index_min")], r.number("alpha_min"), 0.0);
        assertTrue(CliRun.relativeDifference(sk.get("coef"), r.array("coef_min"), 1e-12) < 1e-8, r.out);
        assertEquals(sk.get("intercept")[0], r.number("intercept_min"), 1e-8 * Math.abs(sk.get("intercept")[0]));
        assertEquals(5, r.number("folds"));
        assertEquals(442, r.number("rows"));
        assertTrue(r.out.contains("\"model\": \"lasso\"") && r.out.contains("\"features\": [\"age\", \"sex\""), r.out);
    }

    @Test
    void oneStandardErrorRuleMatchesGlmnetsCvGlmnet() throws IOException {
        Map<String, double[]> g = CliRun.expected("cv_glmnet_lasso_diabetes");
        CliRun r = CliRun.run("cv", "--model", "lasso", "--data", DIABETES, "--target", "target", "--folds", "10",
                "--tol", "1e-12", "--max-iter", "1000000");
        assertEquals(0, r.exit, r.err);
        assertTrue(CliRun.relativeDifference(g.get("cvm"), r.array("mse_mean"), 0) < 1e-5, r.out);
        assertTrue(CliRun.relativeDifference(g.get("cvsd"), r.array("mse_se"), 0) < 1e-5, r.out);
        assertEquals(g.get("lambda_1se")[0], r.number("alpha_1se"), 1e-12 * g.get("lambda_1se")[0]);
        assertEquals(g.get("index_1se")[0], r.number("index_1se"));
        assertEquals(g.get("index_min")[0], r.number("index_min"));
        assertEquals(10, r.array("coef_1se").length);
    }

    /** The folds run on a thread pool; the numbers must be those of the core computing them in order. */
    @Test
    void elasticNetIsTheCoresSequentialResultBitForBit() throws IOException, CsvException {
        CliRun r = CliRun.run("cv", "--model", "elasticnet", "--l1-ratio", "0.7", "--data", DIABETES, "--target", "target",
                "--folds", "7", "--n-alphas", "30", "--eps", "0.01");
        assertEquals(0, r.exit, r.err);
        CliRun again = CliRun.run("cv", "--model", "elasticnet", "--l1-ratio", "0.7", "--data", DIABETES, "--target", "target",
                "--folds", "7", "--n-alphas", "30", "--eps", "0.01");
        assertEquals(r.out, again.out, "repeatable");
        CsvTable t = CsvReader.parse(Files.readString(Path.of(DIABETES)), DIABETES);
        ElasticNetCV.Result core = new ElasticNetCV(new ElasticNetPath(0.7, 30, 0.01, 1000, 1e-4), 7)
                .fit(new Dataset(t.valuesWithout(10), t.column(10), t.rows(), 10, 1));
        CrossValidationCurve c = core.curve();
        assertArrayEquals(c.alphas(), r.array("alphas"), 0.0);
        assertArrayEquals(c.mean(), r.array("mse_mean"), 0.0);
        assertArrayEquals(c.standardError(), r.array("mse_se"), 0.0);
        double[][] path = r.matrix("mse_path");
        for (int k = 0; k < 7; k++) {
            for (int a = 0; a < 30; a++) {
                assertEquals(c.foldErrors(k)[a], path[a][k], 0.0);
            }
        }
        assertEquals(c.alphaOneSe(), r.number("alpha_1se"), 0.0);
        assertArrayEquals(core.atMin().coef(), r.array("coef_min"), 0.0);
        assertArrayEquals(core.atOneSe().coef(), r.array("coef_1se"), 0.0);
        assertEquals(core.atOneSe().intercept(), r.number("intercept_1se"), 0.0);
        assertEquals(0.7, r.number("l1_ratio"));
    }

    private static void assertUserError(CliRun r, String... fragments) {
        assertNotEquals(0, r.exit, "exit code");
        assertEquals("", r.out, "nothing on stdout");
        assertTrue(r.err.startsWith("error: cv: "), r.err);
        assertEquals(1, r.err.strip().split("\n").length, "one line: " + r.err);
        assertFalse(r.err.contains("Exception") || r.err.contains("\tat "), "no stack trace: " + r.err);
        for (String f : fragments) {
            assertTrue(r.err.contains(f), "'" + f + "' missing from: " + r.err);
        }
    }

    @Test
    void badInputGivesOneClearMessage(@TempDir Path dir) throws IOException {
        assertUserError(CliRun.run("cv", "--data", DIABETES, "--target", "target"), "--model");
        assertUserError(CliRun.run("cv", "--model", "ridge", "--data", DIABETES, "--target", "target"), "'ridge'", "lasso or elasticnet");
        assertUserError(CliRun.run("cv", "--model", "lasso", "--l1-ratio", "0.5", "--data", DIABETES, "--target", "target"),
                "--l1-ratio", "elasticnet");
        assertUserError(CliRun.run("cv", "--model", "elasticnet", "--l1-ratio", "0", "--data", DIABETES, "--target", "target"),
                "l1_ratio", "(0, 1]", "got 0");
        assertUserError(CliRun.run("cv", "--model", "lasso", "--folds", "1", "--data", DIABETES, "--target", "target"),
                "--folds", "'1'");
        assertUserError(CliRun.run("cv", "--model", "lasso", "--folds", "500", "--data", DIABETES, "--target", "target"),
                "--folds 500", "[2, 442]");
        assertUserError(CliRun.run("cv", "--model", "lasso", "--eps", "2", "--data", DIABETES, "--target", "target"), "eps", "got 2");
        assertUserError(CliRun.run("cv", "--model", "lasso", "--tol", "0", "--data", DIABETES, "--target", "target"), "tol", "> 0");
        assertUserError(CliRun.run("cv", "--model", "lasso", "--n-alphas", "x", "--data", DIABETES, "--target", "target"),
                "--n-alphas", "'x'");
        assertUserError(CliRun.run("cv", "--model", "lasso", "--data", dir.resolve("none.csv").toString(), "--target", "y"),
                "none.csv", "does not exist");
        assertUserError(CliRun.run("cv", "--model", "lasso", "--data", DIABETES, "--target", "Target"),
                "no column 'Target'", "available columns: age");
        Path nan = dir.resolve("nan.csv");
        Files.writeString(nan, "a,b,y\n1,2,3\n4,5,6\n7,nan,9\n");
        assertUserError(CliRun.run("cv", "--model", "lasso", "--folds", "3", "--data", nan.toString(), "--target", "y"),
                "line 4", "column 'b'", "'nan'");
        Path latin1 = dir.resolve("latin1.csv");
        Files.write(latin1, new byte[] {'a', ',', 'y', '\n', '1', ',', '2', '\n', (byte) 0xE9, ',', '3', '\n'});
        assertUserError(CliRun.run("cv", "--model", "lasso", "--folds", "2", "--data", latin1.toString(), "--target", "y"),
                "latin1.csv", "not UTF-8");
        CliRun unknown = CliRun.run("cv", "--model", "lasso", "--alpha", "1", "--data", DIABETES, "--target", "target");
        assertTrue(unknown.exit != 0 && unknown.err.contains("unknown option --alpha") && unknown.err.contains("--folds"), unknown.err);
    }

    @Test
    void utf8ColumnNamesAreRead(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("names.csv");
        Files.writeString(csv, "\u00e2ge,poids,y\n1,0,1\n2,1,3\n3,0,3\n4,1,5\n5,0,5\n6,1,7\n");
        CliRun r = CliRun.run("cv", "--model", "lasso", "--folds", "3", "--n-alphas", "4", "--data", csv.toString(), "--target", "y");
        assertEquals(0, r.exit, r.err);
        assertTrue(r.out.contains("\"features\": [\"\u00e2ge\", \"poids\"]"), r.out);
    }

    @Test
    void helpDescribesEveryOptionAndTheLauncherListsTheCommand() {
        CliRun r = CliRun.run("cv", "--help");
        assertEquals(0, r.exit);
        for (String option : new CvCommand().valuedOptions()) {
            assertTrue(r.out.contains("--" + option + " "), "--" + option + " missing from help");
        }
        for (String field : new String[] {"alphas", "mse_mean", "mse_se", "mse_path", "alpha_min", "alpha_1se", "coef_min",
                "intercept_min", "coef_1se", "intercept_1se"}) {
            assertTrue(r.out.contains(field), field + " missing from help");
        }
        CliRun all = CliRun.run("--help");
        assertTrue(all.out.contains("  cv "), all.out);
    }
}
