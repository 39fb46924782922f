package reglab.core.linear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import reglab.core.data.CsvException;
import reglab.core.data.CsvReader;
import reglab.core.data.CsvTable;

/**
 * A reference case written by {@code src/test/python/make_linear_fixtures.py} or
 * {@code make_cv_fixtures.py}: the data set (target column last) and the expected values, keyed as
 * in the .expected.csv file. Public for the tests of {@code reglab.core.tuning}.
 */
public final class Fixture {

    public final double[] x;
    public final double[] y;
    public final int n;
    public final int p;
    private final Map<String, double[]> expected;

    private Fixture(CsvTable table, Map<String, double[]> expected) {
        int t = table.cols() - 1;
        this.x = table.valuesWithout(t);
        this.y = table.column(t);
        this.n = table.rows();
        this.p = t;
        this.expected = expected;
    }

    public static Fixture load(String name) {
        Map<String, double[]> expected = new LinkedHashMap<>();
        String data = null;
        for (String line : read(name + ".expected.csv").split("\n")) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split(",");
            if (parts[0].equals("data")) {
                data = parts[1];
                continue;
            }
            double[] v = new double[parts.length - 1];
            for (int k = 1; k < parts.length; k++) {
                v[k - 1] = Double.parseDouble(parts[k]);
            }
            expected.put(parts[0], v);
        }
        try {
            return new Fixture(CsvReader.parse(read(data + ".csv"), data + ".csv"), expected);
        } catch (CsvException e) {
            throw new AssertionError(e.getMessage());
        }
    }

    public double[] get(String key) {
        double[] v = expected.get(key);
        if (v == null) {
            fail("fixture has no '" + key + "'");
        }
        return v;
    }

    public double scalar(String key) {
        return get(key)[0];
    }

    public boolean has(String key) {
        return expected.containsKey(key);
    }

    private static String read(String file) {
        try (InputStream in = Fixture.class.getResourceAsStream("/fixtures/linear/" + file)) {
            if (in == null) {
                throw new AssertionError("missing fixture " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** ||actual − expected||₂ ≤ rel·max(||expected||₂, floor), with a message showing both. */
    public static void assertClose(double[] expected, double[] actual, double rel, double floor, String what) {
        assertEquals(expected.length, actual.length, what + ": length");
        double diff = 0;
        double norm = 0;
        for (int i = 0; i < expected.length; i++) {
            diff += (expected[i] - actual[i]) * (expected[i] - actual[i]);
            norm += expected[i] * expected[i];
        }
        diff = Math.sqrt(diff);
        norm = Math.max(Math.sqrt(norm), floor);
        assertTrue(diff <= rel * norm, what + ": relative difference " + diff / norm + " > " + rel
                + "\n expected " + java.util.Arrays.toString(expected) + "\n actual   " + java.util.Arrays.toString(actual));
    }

    public static void assertClose(double expected, double actual, double rel, double floor, String what) {
        assertClose(new double[] {expected}, new double[] {actual}, rel, floor, what);
    }
}
