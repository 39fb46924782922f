package reglab.site.bundle;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import reglab.site.files.MimeTypes;
import reglab.site.html.CssReferences;
import reglab.site.html.Reference;
import reglab.site.url.Url;

/**
 * Makes a stylesheet self-contained: every {@code url()} and {@code @import} of a site file becomes
 * a {@code data:} URI. Before that, each {@code @font-face} keeps only its WOFF2 sources when it has
 * any: every browser that runs the site's WebAssembly reads WOFF2 (caniuse "woff2"), and the older
 * formats would triple the fonts' share of the bundle. Rules for font families no page uses are
 * dropped by {@link FontUsage}.
 */
final class CssInliner {

    private static final Pattern FONT_FACE = Pattern.compile("@font-face\\s*\\{[^}]*}", Pattern.CASE_INSENSITIVE);
    private static final Pattern SRC = Pattern.compile("(?<![-\\w])src\\s*:([^;}]*)", Pattern.CASE_INSENSITIVE);

    private final BuiltSite site;

    CssInliner(BuiltSite site) {
        this.site = site;
    }

    /** The stylesheet at site path {@code file}, self-contained. */
    String inlineFile(String file, FontUsage fonts) {
        return inline(file, fonts.prune(file, site.text(file)));
    }

    /**
     * {@code css} (the text of, or a block within, the site file {@code file}, whose location its
     * relative URLs are resolved against) with every site file it references as a data URI.
     */
    String inline(String file, String css) {
        String pruned = woff2Only(css);
        List<Reference> refs = CssReferences.find(file, pruned);
        StringBuilder sb = new StringBuilder(pruned.length() + 1024);
        int at = 0;
        for (Reference r : refs) {
            Url url = r.url();
            if (!url.kind().namesFile()) {
                continue;
            }
            String target = url.resolve(file).file("index.html");
            sb.append(pruned, at, r.start());
            sb.append(dataUri(target, target.endsWith(".css") ? inline(target, site.text(target)).getBytes(
                    java.nio.charset.StandardCharsets.UTF_8) : site.bytes(target)));
            sb.append(url.fragmentSuffix());
            at = r.end();
        }
        sb.append(pruned, at, pruned.length());
        return sb.toString();
    }

    static String dataUri(String sitePath, byte[] bytes) {
        String mime = MimeTypes.of(sitePath).replace(" ", "");
        return "data:" + mime + ";base64," + Base64.getEncoder().encodeToString(bytes);
    }

    /** Each {@code @font-face} with a WOFF2 source loses its other sources. */
    static String woff2Only(String css) {
        Matcher face = FONT_FACE.matcher(css);
        StringBuilder out = new StringBuilder(css.length());
        while (face.find()) {
            String rule = face.group();
            Matcher src = SRC.matcher(rule);
            String replaced = rule;
            if (src.find()) {
                List<String> keep = new ArrayList<>();
                for (String candidate : splitTopLevel(src.group(1))) {
                    if (candidate.toLowerCase(java.util.Locale.ROOT).contains("woff2")) {
                        keep.add(candidate.strip());
                    }
                }
                if (!keep.isEmpty()) {
                    replaced = rule.substring(0, src.start(1)) + String.join(",", keep) + rule.substring(src.end(1));
                }
            }
            face.appendReplacement(out, Matcher.quoteReplacement(replaced));
        }
        face.appendTail(out);
        return out.toString();
    }

    /** Splits a declaration value on the commas that are not inside parentheses or quotes. */
    static List<String> splitTopLevel(String value) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        char quote = 0;
        int start = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(value.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(value.substring(start));
        return parts;
    }
}
