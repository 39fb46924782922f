package reglab.site.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds every URL in a page, the one reference scanner of the generator (the link checker and the
 * offline bundle both read pages through it): resource attributes ({@code <img src>},
 * {@code <script src>}, {@code <link href>} of stylesheets and icons, {@code srcset}, SVG
 * {@code <image href>}), links ({@code <a href>}), and {@code url()} in {@code <style>} blocks and
 * {@code style} attributes. Tags are read by {@link HtmlTags}, so script bodies, comments and
 * {@code <textarea>} text are skipped, as a browser would not read URLs from them either, and the
 * offsets let a caller rewrite a value in place.
 */
public final class HtmlReferences {

    /** {@code <link rel>} values whose {@code href} the browser fetches (HTML Living Standard, "link types"). */
    private static final Set<String> FETCHED_LINK_TYPES = Set.of("stylesheet", "icon", "preload", "modulepreload",
            "prefetch", "preconnect", "dns-prefetch", "manifest", "apple-touch-icon", "mask-icon", "shortcut");

    private HtmlReferences() {
    }

    /** All references in {@code html}, the text of the page at site path {@code file}, in order. */
    public static List<Reference> find(String file, String html) {
        List<Reference> out = new ArrayList<>();
        HtmlTags.scan(html, new HtmlTags.Visitor() {
            @Override
            public void startTag(String name, List<Attribute> attributes) {
                addTagReferences(file, name, attributes, out);
            }

            @Override
            public void rawText(String tag, String text, int from, int to) {
                if (tag.equals("style")) {
                    out.addAll(CssReferences.find(file, text, from, to, "<style> url()"));
                }
            }
        });
        return out;
    }

    private static void addTagReferences(String file, String tag, List<Attribute> attrs, List<Reference> out) {
        String rel = " " + valueOf(attrs, "rel").toLowerCase(Locale.ROOT) + " ";
        for (Attribute a : attrs) {
            String context = "<" + tag + " " + a.name() + ">";
            switch (a.name()) {
                case "src", "poster", "data", "background" -> out.add(a.reference(file, context, true));
                case "srcset", "imagesrcset" -> addSrcset(file, context, a, out);
                case "style" -> out.addAll(CssReferences.find(file, a.rawSource(), a.start(), a.end(), context + " url()"));
                case "href", "xlink:href" -> {
                    boolean fetched = switch (tag) {
                        case "link" -> FETCHED_LINK_TYPES.stream().anyMatch(t -> rel.contains(" " + t + " "));
                        case "image", "use", "feimage", "script" -> true;
                        default -> false;
                    };
                    out.add(a.reference(file, context, fetched));
                }
                default -> {
                }
            }
        }
    }

    /** {@code srcset="a.png 1x, b.png 2x"}: one reference per candidate URL. */
    private static void addSrcset(String file, String context, Attribute a, List<Reference> out) {
        String raw = a.rawSource();
        int i = a.start();
        while (i < a.end()) {
            while (i < a.end() && (Character.isWhitespace(raw.charAt(i)) || raw.charAt(i) == ',')) {
                i++;
            }
            int s = i;
            while (i < a.end() && !Character.isWhitespace(raw.charAt(i))) {
                i++;
            }
            int e = i;
            if (e > s && raw.charAt(e - 1) == ',') {
                e--;
            }
            if (e > s) {
                out.add(new Reference(file, context, Attribute.decode(raw.substring(s, e)), s, e, true));
            }
            while (i < a.end() && raw.charAt(i) != ',') {
                i++;
            }
        }
    }

    private static String valueOf(List<Attribute> attrs, String name) {
        for (Attribute a : attrs) {
            if (a.name().equals(name)) {
                return a.value();
            }
        }
        return "";
    }
}
