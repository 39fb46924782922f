package reglab.site.html;

import java.util.List;
import java.util.Locale;

/**
 * One attribute of a start tag as written in the page: its lower-cased name and where its raw value
 * sits in the page text, so the value can be replaced without touching anything else.
 *
 * @param name      lower-cased attribute name
 * @param rawSource the whole page text the offsets refer to
 * @param start     offset of the value's first character (after any quote)
 * @param end       offset just past the value (before any closing quote)
 */
public record Attribute(String name, String rawSource, int start, int end) {

    /** The value with the HTML character references a URL may contain decoded. */
    public String value() {
        return decode(rawSource.substring(start, end));
    }

    Reference reference(String file, String context, boolean resource) {
        return new Reference(file, context, value().strip(), start, end, resource);
    }

    /**
     * Parses the attributes of a start tag whose name ends at {@code from}, adding them to
     * {@code out}; returns the offset just past the tag's {@code >} (HTML tokenizer rules,
     * simplified: unquoted values end at white space or {@code >}).
     */
    static int parse(String html, int from, List<Attribute> out) {
        int n = html.length();
        int i = from;
        while (i < n) {
            char c = html.charAt(i);
            if (c == '>') {
                return i + 1;
            }
            if (Character.isWhitespace(c) || c == '/') {
                i++;
                continue;
            }
            int nameStart = i;
            while (i < n && !Character.isWhitespace(html.charAt(i)) && "=>/".indexOf(html.charAt(i)) < 0) {
                i++;
            }
            String name = html.substring(nameStart, i).toLowerCase(Locale.ROOT);
            int j = i;
            while (j < n && Character.isWhitespace(html.charAt(j))) {
                j++;
            }
            if (j < n && html.charAt(j) == '=') {
                j++;
                while (j < n && Character.isWhitespace(html.charAt(j))) {
                    j++;
                }
                if (j < n && (html.charAt(j) == '"' || html.charAt(j) == '\'')) {
                    char q = html.charAt(j);
                    int close = html.indexOf(q, j + 1);
                    close = close < 0 ? n : close;
                    out.add(new Attribute(name, html, j + 1, close));
                    i = Math.min(n, close + 1);
                } else {
                    int s = j;
                    while (j < n && !Character.isWhitespace(html.charAt(j)) && html.charAt(j) != '>') {
                        j++;
                    }
                    out.add(new Attribute(name, html, s, j));
                    i = j;
                }
            } else {
                out.add(new Attribute(name, html, i, i));
            }
        }
        return n;
    }

    /** Decodes the character references that occur in URLs ({@code &amp;}, numeric references, quotes). */
    public static String decode(String raw) {
        if (raw.indexOf('&') < 0) {
            return raw;
        }
        StringBuilder sb = new StringBuilder(raw.length());
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            int semi = raw.indexOf(';', i);
            if (c == '&' && semi > i + 1 && semi - i <= 10) {
                String ent = raw.substring(i + 1, semi);
                String rep = switch (ent) {
                    case "amp" -> "&";
                    case "quot" -> "\"";
                    case "apos" -> "'";
                    case "lt" -> "<";
                    case "gt" -> ">";
                    default -> numeric(ent);
                };
                if (rep != null) {
                    sb.append(rep);
                    i = semi + 1;
                    continue;
                }
            }
            sb.append(c);
            i++;
        }
        return sb.toString();
    }

    private static String numeric(String ent) {
        try {
            if (ent.startsWith("#x") || ent.startsWith("#X")) {
                return new String(Character.toChars(Integer.parseInt(ent.substring(2), 16)));
            }
            if (ent.startsWith("#")) {
                return new String(Character.toChars(Integer.parseInt(ent.substring(1))));
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return null;
    }
}
