package reglab.site.json;

/**
 * Writes one JSON object, a field at a time, for command output ({@code ./reglab fit} and
 * {@code path}): one field per line, a matrix one row per line, so a reader can scan it and a
 * program can parse it. Strings and numbers are written by {@link Json}.
 */
public final class JsonObject {

    private final StringBuilder sb = new StringBuilder("{");
    private boolean first = true;

    private StringBuilder key(String name) {
        if (!first) {
            sb.append(",\n ");
        }
        first = false;
        return Json.quote(name, sb).append(": ");
    }

    public JsonObject field(String name, String value) {
        Json.quote(value, key(name));
        return this;
    }

    /** @throws IllegalStateException if {@code value} is not finite (JSON has no NaN or infinity) */
    public JsonObject field(String name, double value) {
        Json.number(value, key(name));
        return this;
    }

    public JsonObject field(String name, long value) {
        key(name).append(value);
        return this;
    }

    public JsonObject field(String name, double[] values) {
        array(values, key(name));
        return this;
    }

    public JsonObject field(String name, String[] values) {
        StringBuilder b = key(name).append('[');
        for (int i = 0; i < values.length; i++) {
            Json.quote(values[i], i == 0 ? b : b.append(", "));
        }
        b.append(']');
        return this;
    }

    /** A matrix as an array of rows, one row per line. */
    public JsonObject field(String name, double[][] rows) {
        StringBuilder b = key(name).append('[');
        for (int k = 0; k < rows.length; k++) {
            array(rows[k], k == 0 ? b.append("\n  ") : b.append(",\n  "));
        }
        b.append(']');
        return this;
    }

    /** The object written so far, closed. */
    @Override
    public String toString() {
        return sb + "}";
    }

    private static void array(double[] values, StringBuilder b) {
        b.append('[');
        for (int i = 0; i < values.length; i++) {
            Json.number(values[i], i == 0 ? b : b.append(", "));
        }
        b.append(']');
    }
}
