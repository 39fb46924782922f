package reglab.site.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A small HTML tokenizer for the pages the generator builds: each start tag with its attributes,
 * in document order, with their offsets in the text. Comments are skipped, and the bodies of
 * {@code <script>}, {@code <style>} and {@code <textarea>} are handed over as raw text, since a
 * browser reads no tags in them either. Not a DOM parser, so that a caller that rewrites attribute
 * values keeps every other byte of the page (inline SVG diagrams, KaTeX markup) exactly as built.
 */
public final class HtmlTags {

    /** What a scan reports, in document order. */
    public interface Visitor {

        /** A start tag: its lower-cased name and its attributes as written. */
        void startTag(String name, List<Attribute> attributes);

        /** The body of a {@code <script>}, {@code <style>} or {@code <textarea>} element: {@code html[from, to)}. */
        default void rawText(String tag, String html, int from, int to) {
        }
    }

    private HtmlTags() {
    }

    public static void scan(String html, Visitor visitor) {
        int i = 0;
        int n = html.length();
        while (i < n) {
            int lt = html.indexOf('<', i);
            if (lt < 0 || lt + 1 >= n) {
                break;
            }
            if (html.startsWith("<!--", lt)) {
                int close = html.indexOf("-->", lt + 4);
                i = close < 0 ? n : close + 3;
                continue;
            }
            int p = lt + 1;
            if (!Character.isLetter(html.charAt(p))) {
                i = p;
                continue;
            }
            int nameEnd = p;
            while (nameEnd < n && !Character.isWhitespace(html.charAt(nameEnd)) && html.charAt(nameEnd) != '>'
                    && html.charAt(nameEnd) != '/') {
                nameEnd++;
            }
            String tag = html.substring(p, nameEnd).toLowerCase(Locale.ROOT);
            List<Attribute> attributes = new ArrayList<>();
            int tagEnd = Attribute.parse(html, nameEnd, attributes);
            visitor.startTag(tag, attributes);
            i = tagEnd;
            if (tag.equals("script") || tag.equals("style") || tag.equals("textarea")) {
                int close = indexOfIgnoreCase(html, "</" + tag, tagEnd);
                int bodyEnd = close < 0 ? n : close;
                visitor.rawText(tag, html, tagEnd, bodyEnd);
                i = bodyEnd;
            }
        }
    }

    /** The {@code id} attribute values of a page: the anchors a link's fragment can name. */
    public static Set<String> ids(String html) {
        Set<String> ids = new HashSet<>();
        scan(html, (tag, attributes) -> {
            for (Attribute a : attributes) {
                if (a.name().equals("id")) {
                    ids.add(a.value());
                }
            }
        });
        return ids;
    }

    private static int indexOfIgnoreCase(String s, String needle, int from) {
        int max = s.length() - needle.length();
        for (int i = from; i <= max; i++) {
            if (s.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }
}
