package reglab.site.bundle;

/**
 * JSON string literals safe to place inside an HTML {@code <script>} element: besides JSON's own
 * escapes, {@code </} and {@code <!--} are escaped so the HTML parser cannot end or re-mode the
 * script early (HTML Living Standard, "restrictions for contents of script elements").
 */
final class Json {

    private Json() {
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        quote(s, sb);
        return sb.toString();
    }

    static void quote(String s, StringBuilder sb) {
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
                case '\u2028' -> sb.append("\\u2028");
                case '\u2029' -> sb.append("\\u2029");
                case '<' -> {
                    if (i + 1 < n && (s.charAt(i + 1) == '/' || s.charAt(i + 1) == '!')) {
                        sb.append("\\u003c");
                    } else {
                        sb.append(c);
                    }
                }
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
