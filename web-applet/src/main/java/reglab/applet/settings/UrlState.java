package reglab.applet.settings;

import java.util.ArrayList;
import java.util.List;

/**
 * An experiment's state in the page URL's query, so a link reproduces it. Each mounted experiment
 * owns the parameters prefixed with its id ({@code ?playground.dataset=spiral&playground.rate=0.1});
 * only values that differ from the page's starting spec are written, and parameters of other
 * experiments or of the site are left alone.
 */
public final class UrlState {

    private UrlState() {
    }

    /**
     * The configuration the URL asks for: {@code start} with every valid {@code id.key=value}
     * parameter applied. Invalid parameters (a hand-edited or stale link) are skipped and described
     * in {@code problems}, so the experiment still mounts.
     */
    public static Config read(String query, String id, Config start, List<String> problems) {
        Config config = start;
        String prefix = id + ".";
        for (String[] pair : split(query)) {
            if (!pair[0].startsWith(prefix)) {
                continue;
            }
            String key = pair[0].substring(prefix.length());
            try {
                config = config.with(key, pair[1]);
            } catch (SpecException e) {
                problems.add("ignored URL parameter " + pair[0] + ": " + e.getMessage());
            }
        }
        return config;
    }

    /**
     * {@code query} with this experiment's parameters replaced by those of {@code config} that
     * differ from {@code start}. The result has no leading {@code ?}; it is empty when nothing is left.
     */
    public static String write(String query, String id, Config start, Config config) {
        String prefix = id + ".";
        StringBuilder sb = new StringBuilder();
        for (String[] pair : split(query)) {
            if (!pair[0].startsWith(prefix)) {
                append(sb, pair[0], pair[1]);
            }
        }
        for (String[] pair : config.pairs()) {
            if (!pair[1].equals(start.get(pair[0]))) {
                append(sb, prefix + pair[0], pair[1]);
            }
        }
        return sb.toString();
    }

    private static void append(StringBuilder sb, String key, String value) {
        if (sb.length() > 0) {
            sb.append('&');
        }
        sb.append(encode(key)).append('=').append(encode(value));
    }

    /** Splits {@code a=1&b=2} (a leading {@code ?} is allowed) into decoded pairs. */
    public static List<String[]> split(String query) {
        List<String[]> out = new ArrayList<>();
        if (query == null) {
            return out;
        }
        String q = query.startsWith("?") ? query.substring(1) : query;
        for (String part : Strings.split(q, '&')) {
            if (part.isEmpty()) {
                continue;
            }
            int eq = part.indexOf('=');
            String key = eq < 0 ? part : part.substring(0, eq);
            String value = eq < 0 ? "" : part.substring(eq + 1);
            out.add(new String[] {decode(key), decode(value)});
        }
        return out;
    }

    /** Percent-encodes everything but letters, digits and {@code - _ . ~ ,} (as UTF-8). */
    public static String encode(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            int c = s.charAt(i);
            boolean safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.' || c == '~' || c == ',';
            if (safe) {
                sb.append((char) c);
            } else if (c < 0x80) {
                hex(sb, c);
            } else if (c < 0x800) {
                hex(sb, 0xC0 | (c >> 6));
                hex(sb, 0x80 | (c & 0x3F));
            } else {
                // BMP only: settings are ASCII, other text just has to survive a round trip
                hex(sb, 0xE0 | (c >> 12));
                hex(sb, 0x80 | ((c >> 6) & 0x3F));
                hex(sb, 0x80 | (c & 0x3F));
            }
        }
        return sb.toString();
    }

    private static void hex(StringBuilder sb, int b) {
        String digits = "0123456789ABCDEF";
        sb.append('%').append(digits.charAt(b >> 4)).append(digits.charAt(b & 15));
    }

    /** Reverses {@link #encode} ({@code +} reads as a space, as browsers write forms). */
    public static String decode(String s) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            int b = byteAt(s, i);
            if (b < 0) {
                char c = s.charAt(i);
                sb.append(c == '+' ? ' ' : c);
                i++;
            } else if (b < 0x80) {
                sb.append((char) b);
                i += 3;
            } else if ((b & 0xE0) == 0xC0 && byteAt(s, i + 3) >= 0) {
                sb.append((char) (((b & 0x1F) << 6) | (byteAt(s, i + 3) & 0x3F)));
                i += 6;
            } else if ((b & 0xF0) == 0xE0 && byteAt(s, i + 3) >= 0 && byteAt(s, i + 6) >= 0) {
                sb.append((char) (((b & 0x0F) << 12) | ((byteAt(s, i + 3) & 0x3F) << 6)
                        | (byteAt(s, i + 6) & 0x3F)));
                i += 9;
            } else {
                sb.append('\uFFFD');
                i += 3;
            }
        }
        return sb.toString();
    }

    /** The byte of a {@code %XY} escape at {@code i}, or -1 if there is none. */
    private static int byteAt(String s, int i) {
        if (i + 2 >= s.length() || s.charAt(i) != '%') {
            return -1;
        }
        int hi = Num.hexDigit(s.charAt(i + 1));
        int lo = Num.hexDigit(s.charAt(i + 2));
        return hi < 0 || lo < 0 ? -1 : hi * 16 + lo;
    }
}
