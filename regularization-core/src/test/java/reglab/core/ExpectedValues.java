package reglab.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A reference file written by a script under {@code src/test/python}: one quantity per line,
 * {@code key,v1,v2,...}; lines starting with {@code #} are comments.
 */
public final class ExpectedValues {

    private final String name;
    private final Map<String, String[]> values;

    private ExpectedValues(String name, Map<String, String[]> values) {
        this.name = name;
        this.values = values;
    }

    /** Reads the classpath resource {@code fixtures/<path>}. */
    public static ExpectedValues load(String path) {
        String resource = "fixtures/" + path;
        String text;
        try (InputStream in = ExpectedValues.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError("missing test resource " + resource);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("cannot read " + resource + ": " + e.getMessage());
        }
        Map<String, String[]> values = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split(",", -1);
            String[] v = new String[parts.length - 1];
            System.arraycopy(parts, 1, v, 0, v.length);
            values.put(parts[0], v);
        }
        return new ExpectedValues(resource, values);
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    public String[] strings(String key) {
        String[] v = values.get(key);
        if (v == null) {
            throw new AssertionError(name + " has no key '" + key + "'");
        }
        return v;
    }

    public String text(String key) {
        return strings(key)[0];
    }

    public double[] doubles(String key) {
        String[] s = strings(key);
        double[] d = new double[s.length];
        for (int i = 0; i < s.length; i++) {
            d[i] = Double.parseDouble(s[i]);
        }
        return d;
    }

    public double number(String key) {
        return doubles(key)[0];
    }

    public int[] ints(String key) {
        String[] s = strings(key);
        int[] d = new int[s.length];
        for (int i = 0; i < s.length; i++) {
            d[i] = Integer.parseInt(s[i]);
        }
        return d;
    }
}
