package reglab.site.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import reglab.site.SiteException;

/**
 * The {@code ---}-delimited block at the top of a Markdown file: {@code key: value} lines, kept in
 * full and in file order (all keys, including {@code license(s)}), so the site can show them as
 * page metadata. This is the YAML subset Jekyll/Zola front matter uses in practice (scalars,
 * optionally quoted); nested YAML is rejected with a message rather than guessed at.
 */
public final class FrontMatter {

    /** Front matter of a file that has none. */
    public static final FrontMatter EMPTY = new FrontMatter(Map.of(), 0);

    private final Map<String, String> values;
    private final int lineCount;

    private FrontMatter(Map<String, String> values, int lineCount) {
        this.values = Collections.unmodifiableMap(values);
        this.lineCount = lineCount;
    }

    /** All keys and values, in file order. */
    public Map<String, String> values() {
        return values;
    }

    /** The value of {@code key}, or {@code fallback}. */
    public String get(String key, String fallback) {
        return values.getOrDefault(key, fallback);
    }

    /** The licenses the file declares under {@code license}, {@code licenses} or {@code license(s)}; empty if none. */
    public String licenses() {
        for (String key : new String[] {"license(s)", "licenses", "license"}) {
            if (values.containsKey(key)) {
                return values.get(key);
            }
        }
        return "";
    }

    /** Lines the block occupies, delimiters included (0 without front matter). */
    public int lineCount() {
        return lineCount;
    }

    /**
     * Splits {@code text} into front matter and body.
     *
     * @param text    the whole file
     * @param display the file's name for error messages
     * @return the front matter; {@link #lineCount()} tells how many leading lines it used
     * @throws SiteException naming {@code display}:line when the block is malformed
     */
    public static FrontMatter parse(String text, String display) {
        String[] lines = text.split("\r?\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            return EMPTY;
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            int lineNo = i + 1;
            if (line.strip().equals("---")) {
                return new FrontMatter(values, i + 1);
            }
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            if (Character.isWhitespace(line.charAt(0)) || line.stripLeading().startsWith("- ")) {
                throw new SiteException(display + ":" + lineNo + ": front matter: nested values are not supported ('"
                        + line.strip() + "'); write each setting as one 'key: value' line");
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new SiteException(display + ":" + lineNo + ": front matter: expected 'key: value', got '"
                        + line.strip() + "'. Did you forget the closing '---' line after the front matter?");
            }
            String key = line.substring(0, colon).strip();
            String value = unquote(line.substring(colon + 1).strip(), display, lineNo);
            if (values.containsKey(key)) {
                throw new SiteException(display + ":" + lineNo + ": front matter: key '" + key
                        + "' appears twice; keep one");
            }
            values.put(key, value);
        }
        throw new SiteException(display + ":1: front matter starts with '---' but has no closing '---' line; "
                + "add one after the last 'key: value' line");
    }

    private static String unquote(String value, String display, int lineNo) {
        if (value.length() >= 1 && (value.charAt(0) == '"' || value.charAt(0) == '\'')) {
            char quote = value.charAt(0);
            if (value.length() < 2 || value.charAt(value.length() - 1) != quote) {
                throw new SiteException(display + ":" + lineNo + ": front matter: unclosed " + quote
                        + " quote in value " + value);
            }
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
