package reglab.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs {@link Main#run} in-process and reads numbers back out of its JSON, for the CLI tests. */
final class CliRun {

    /** The scikit-learn fixtures committed with regularization-core (tests run in the module directory). */
    static final Path FIXTURES = Path.of("..", "regularization-core", "src", "test", "resources", "fixtures", "linear");

    final int exit;
    final String out;
    final String err;

    private CliRun(int exit, String out, String err) {
        this.exit = exit;
        this.out = out;
        this.err = err;
    }

    static CliRun run(String... argv) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(argv, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CliRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The flat number array after {@code "key": }. */
    double[] array(String key) {
        int start = out.indexOf("\"" + key + "\": [");
        if (start < 0) {
            throw new AssertionError("no \"" + key + "\" array in output:\n" + out);
        }
        start = out.indexOf('[', start) + 1;
        return numbers(out.substring(start, out.indexOf(']', start)));
    }

    /** The rows of a nested number array after {@code "key": }. */
    double[][] matrix(String key) {
        int start = out.indexOf("\"" + key + "\": [");
        start = out.indexOf('[', start) + 1;
        List<double[]> rows = new ArrayList<>();
        while (true) {
            int open = out.indexOf('[', start);
            int close = out.indexOf(']', start);
            if (open < 0 || close < open) {
                break;
            }
            int end = out.indexOf(']', open);
            rows.add(numbers(out.substring(open + 1, end)));
            start = end + 1;
        }
        return rows.toArray(new double[0][]);
    }

    double number(String key) {
        int start = out.indexOf("\"" + key + "\": ");
        if (start < 0) {
            throw new AssertionError("no \"" + key + "\" in output:\n" + out);
        }
        start += key.length() + 4;
        int end = start;
        while (end < out.length() && ",}\n".indexOf(out.charAt(end)) < 0) {
            end++;
        }
        return Double.parseDouble(out.substring(start, end).trim());
    }

    private static double[] numbers(String s) {
        String[] parts = s.split(",");
        double[] v = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            v[i] = Double.parseDouble(parts[i].trim());
        }
        return v;
    }

    /** A fixture's expected values, keyed as in its .expected.csv file. */
    static Map<String, double[]> expected(String name) throws IOException {
        Map<String, double[]> m = new HashMap<>();
        for (String line : Files.readAllLines(FIXTURES.resolve(name + ".expected.csv"))) {
            String[] parts = line.split(",");
            if (line.startsWith("#") || parts[0].equals("data")) {
                continue;
            }
            double[] v = new double[parts.length - 1];
            for (int k = 1; k < parts.length; k++) {
                v[k - 1] = Double.parseDouble(parts[k]);
            }
            m.put(parts[0], v);
        }
        return m;
    }

    /** ||a − b||₂ / max(||a||₂, floor). */
    static double relativeDifference(double[] a, double[] b, double floor) {
        if (a.length != b.length) {
            return Double.POSITIVE_INFINITY;
        }
        double d = 0;
        double n = 0;
        for (int i = 0; i < a.length; i++) {
            d += (a[i] - b[i]) * (a[i] - b[i]);
            n += a[i] * a[i];
        }
        return Math.sqrt(d) / Math.max(Math.sqrt(n), floor);
    }
}
