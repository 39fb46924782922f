package reglab.site.json;

/**
 * JSON literals, the one JSON escaper of the generator and the CLI: strings (RFC 8259, section 7)
 * and numbers (section 6). Besides JSON's required escapes, line breaks are written as
 * {@code \n}, {@code \r}, so a literal always stays on one line (a server-sent event's data field
 * ends at a line break), and U+2028 / U+2029 are escaped because JavaScript before ES2019 ends a
 * string at them. {@link JsonObject} writes whole objects with these literals.
 */
public final class Json {

    private Json() {
    }

    /** {@code s} as a quoted JSON string. */
    public static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        quote(s, sb, false);
        return sb.toString();
    }

    /** Appends {@code s} as a quoted JSON string to {@code sb}; returns {@code sb}. */
    public static StringBuilder quote(String s, StringBuilder sb) {
        return quote(s, sb, false);
    }

    /**
     * {@code s} as a quoted JSON string safe inside an HTML {@code <script>} element or a
     * {@code .js} file: {@code </} and {@code <!} are also escaped, so the HTML parser cannot end
     * or re-mode the script early (HTML Living Standard, "restrictions for contents of script
     * elements"). Other {@code <} stay as they are, which keeps embedded HTML pages small.
     */
    public static String quoteForScript(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        quote(s, sb, true);
        return sb.toString();
    }

    /** {@link #quoteForScript(String)} appended to {@code sb}; returns {@code sb}. */
    public static StringBuilder quoteForScript(String s, StringBuilder sb) {
        return quote(s, sb, true);
    }

    private static StringBuilder quote(String s, StringBuilder sb, boolean forScript) {
        sb.append('"');
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '<' -> {
                    boolean opensTag = i + 1 < n && (s.charAt(i + 1) == '/' || s.charAt(i + 1) == '!');
                    sb.append(forScript && opensTag ? "\\u003c" : "<");
                }
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        String hex = Integer.toHexString(c);
                        sb.append("\\u").append("0000", hex.length(), 4).append(hex);
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"');
    }

    /**
     * Appends {@code v} as a JSON number to {@code sb}; returns {@code sb}. {@link Double#toString}
     * round-trips exactly; non-finite numbers have no JSON form and are rejected rather than written
     * as invalid JSON.
     *
     * @throws IllegalStateException if {@code v} is NaN or infinite
     */
    public static StringBuilder number(double v, StringBuilder sb) {
        if (!Double.isFinite(v)) {
            throw new IllegalStateException("non-finite number " + v + " cannot be written as JSON");
        }
        return sb.append(Double.toString(v));
    }
}
