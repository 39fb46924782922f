package reglab.site.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the URLs a stylesheet makes the browser fetch: {@code url(...)} (fonts, images) and
 * {@code @import "..."}. Comments are blanked first so a commented-out URL is not reported;
 * offsets stay those of the original text.
 */
public final class CssReferences {

    private static final Pattern URL = Pattern.compile(
            "url\\(\\s*(?:\"([^\"]*)\"|'([^']*)'|([^)\\s\"']*))\\s*\\)|@import\\s+(?:\"([^\"]*)\"|'([^']*)')",
            Pattern.CASE_INSENSITIVE);

    private CssReferences() {
    }

    /** References in the whole stylesheet {@code css}, the text of the site file {@code file}. */
    public static List<Reference> find(String file, String css) {
        return find(file, css, 0, css.length(), "url()");
    }

    /** References in {@code text[from, to)}, a {@code <style>} body or {@code style} attribute. */
    public static List<Reference> find(String file, String text, int from, int to, String context) {
        String region = blankComments(text.substring(from, to));
        List<Reference> out = new ArrayList<>();
        Matcher m = URL.matcher(region);
        while (m.find()) {
            for (int g = 1; g <= 5; g++) {
                if (m.group(g) != null) {
                    String value = Attribute.decode(m.group(g)).strip();
                    if (!value.isEmpty()) {
                        out.add(new Reference(file, g >= 4 ? "@import" : context, value,
                                from + m.start(g), from + m.end(g), true));
                    }
                }
            }
        }
        return out;
    }

    /** Replaces every {@code /* ... *\/} comment with spaces of the same length. */
    public static String blankComments(String css) {
        StringBuilder sb = new StringBuilder(css);
        int i = 0;
        while ((i = sb.indexOf("/*", i)) >= 0) {
            int end = sb.indexOf("*/", i + 2);
            end = end < 0 ? sb.length() : end + 2;
            for (int k = i; k < end; k++) {
                if (sb.charAt(k) != '\n') {
                    sb.setCharAt(k, ' ');
                }
            }
            i = end;
        }
        return sb.toString();
    }
}
