package reglab.cli;

/**
 * A minimal JSON object writer for command output. Numbers are written with
 * {@link Double#toString}, which round-trips exactly; non-finite numbers have no JSON form and are
 * rejected rather than written as invalid JSON.
 */
final class Json {

    private final StringBuilder sb = new StringBuilder("{");
    private boolean first = true;

    /** String escaping is shared with the site generator. */
    private static StringBuilder quote(StringBuilder b, String s) {
        return reglab.site.json.Json.quote(s, b);
    }

    private StringBuilder key(String name) {
        if (!first) {
            sb.append(",\n ");
        }
        first = false;
        return quote(sb, name).append(": ");
    }

    Json field(String name, String value) {
        quote(key(name), value);
        return this;
    }

    Json field(String name, double value) {
        number(key(name), value);
        return this;
    }

    Json field(String name, long value) {
        key(name).append(value);
        return this;
    }

    Json field(String name, double[] values) {
        array(key(name), values);
        return this;
    }

    Json field(String name, String[] values) {
        StringBuilder b = key(name).append('[');
        for (int i = 0; i < values.length; i++) {
            quote(i == 0 ? b : b.append(", "), values[i]);
        }
        b.append(']');
        return this;
    }

    /** A matrix as an array of rows, one row per line. */
    Json field(String name, double[][] rows) {
        StringBuilder b = key(name).append('[');
        for (int k = 0; k < rows.length; k++) {
            array(k == 0 ? b.append("\n  ") : b.append(",\n  "), rows[k]);
        }
        b.append(']');
        return this;
    }

    @Override
    public String toString() {
        return sb + "}";
    }

    private static void array(StringBuilder b, double[] values) {
        b.append('[');
        for (int i = 0; i < values.length; i++) {
            number(i == 0 ? b : b.append(", "), values[i]);
        }
        b.append(']');
    }

    private static void number(StringBuilder b, double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalStateException("non-finite number " + v + " cannot be written as JSON");
        }
        b.append(Double.toString(v));
    }
}
