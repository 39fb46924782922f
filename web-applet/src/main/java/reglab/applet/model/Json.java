package reglab.applet.model;

/**
 * A minimal JSON writer for run results (numbers, strings, arrays, objects); no reflection.
 * Numbers are written exactly, as JavaScript writes them ({@link ShortestDecimal}).
 */
public final class Json {

    private final StringBuilder sb = new StringBuilder();
    private boolean needComma;

    /**
     * Starts a run's result object, whose first member names the experiment (so a console
     * {@code train()} result always says what it is).
     */
    public static Json result(String experiment) {
        Json json = new Json().begin();
        json.put("experiment", experiment);
        return json;
    }

    public Json begin() {
        comma();
        sb.append('{');
        needComma = false;
        return this;
    }

    public Json end() {
        sb.append('}');
        needComma = true;
        return this;
    }

    public Json beginArray(String key) {
        key(key);
        sb.append('[');
        needComma = false;
        return this;
    }

    public Json endArray() {
        sb.append(']');
        needComma = true;
        return this;
    }

    /** Starts an object member named {@code key} whose value follows. */
    public Json key(String key) {
        comma();
        string(key);
        sb.append(':');
        needComma = false;
        return this;
    }

    public Json put(String key, double value) {
        key(key);
        return value(value);
    }

    public Json put(String key, String value) {
        key(key);
        comma();
        string(value);
        needComma = true;
        return this;
    }

    public Json put(String key, boolean value) {
        key(key);
        sb.append(value);
        needComma = true;
        return this;
    }

    /** An array of numbers; NaN and infinities become null (JSON has no such numbers). */
    public Json put(String key, double[] values, int count) {
        beginArray(key);
        for (int i = 0; i < count; i++) {
            value(values[i]);
        }
        return endArray();
    }

    public Json value(double v) {
        comma();
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            sb.append("null");
        } else {
            sb.append(ShortestDecimal.of(v));
        }
        needComma = true;
        return this;
    }

    private void comma() {
        if (needComma) {
            sb.append(',');
        }
    }

    private void string(String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                sb.append(' ');
            } else {
                sb.append(c);
            }
        }
        sb.append('"');
    }

    @Override
    public String toString() {
        return sb.toString();
    }
}
