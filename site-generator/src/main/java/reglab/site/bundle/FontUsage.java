package reglab.site.bundle;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import reglab.site.html.CssReferences;

/**
 * Which font families the pages can show, so that the bundle embeds only those fonts (KaTeX alone
 * declares twenty faces; a page of formulas uses a handful). A family counts as used when a style
 * rule names it and one of that rule's selectors can match: every class the selector names occurs
 * in some page's markup. Element, attribute and pseudo-class parts are not evaluated, so the test
 * errs on the side of keeping a font. Families named in the pages themselves (inline styles, SVG
 * {@code font-family} attributes, {@code <style>} blocks) always count.
 */
final class FontUsage {

    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^{}]*)}");
    private static final Pattern FAMILY_DECL = Pattern.compile("font-family\\s*[:=]\\s*([^;}>]+)", Pattern.CASE_INSENSITIVE);
    /** The {@code font} shorthand: its family list follows the size (CSS Fonts 4, section 2.8). */
    private static final Pattern FONT_SHORTHAND = Pattern.compile("(?<![-\\w])font\\s*:\\s*([^;}>]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLASS_ATTR = Pattern.compile("\\sclass\\s*=\\s*(\"[^\"]*\"|'[^']*')");
    private static final Pattern CLASS_SELECTOR = Pattern.compile("\\.(-?[_a-zA-Z][_a-zA-Z0-9-]*)");
    private static final Pattern FACE = Pattern.compile("@font-face\\s*\\{([^}]*)}", Pattern.CASE_INSENSITIVE);

    private final Set<String> used;

    private FontUsage(Set<String> used) {
        this.used = used;
    }

    /** Keeps every font: for callers that cannot tell which are used. */
    static FontUsage all() {
        return new FontUsage(null);
    }

    /** The families the pages of {@code site} can show with the stylesheets {@code sheets}. */
    static FontUsage of(BuiltSite site, List<String> sheets) {
        Set<String> classes = new HashSet<>();
        Set<String> used = new HashSet<>();
        for (String page : site.pages()) {
            String html = site.text(page);
            Matcher c = CLASS_ATTR.matcher(html);
            while (c.find()) {
                String v = c.group(1);
                for (String name : v.substring(1, v.length() - 1).split("\\s+")) {
                    classes.add(name);
                }
            }
            addFamilies(html, used);
        }
        for (String sheet : sheets) {
            Matcher rule = RULE.matcher(CssReferences.blankComments(site.text(sheet)));
            while (rule.find()) {
                String selectors = rule.group(1).strip();
                if (selectors.startsWith("@") || selectors.endsWith("@font-face")) {
                    continue;
                }
                String declarations = rule.group(2);
                boolean names = FAMILY_DECL.matcher(declarations).find() || FONT_SHORTHAND.matcher(declarations).find();
                if (names && anySelectorMatches(selectors, classes)) {
                    addFamilies(rule.group(2), used);
                }
            }
        }
        return new FontUsage(used);
    }

    private static boolean anySelectorMatches(String selectors, Set<String> classes) {
        for (String selector : CssInliner.splitTopLevel(selectors)) {
            Matcher m = CLASS_SELECTOR.matcher(selector);
            boolean all = true;
            while (m.find()) {
                all &= classes.contains(m.group(1));
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private static void addFamilies(String text, Set<String> into) {
        Matcher m = FAMILY_DECL.matcher(text);
        while (m.find()) {
            for (String family : m.group(1).split(",")) {
                into.add(normalize(family));
            }
        }
        Matcher shorthand = FONT_SHORTHAND.matcher(text);
        while (shorthand.find()) {
            String[] parts = shorthand.group(1).split(",");
            // "normal 1.21em KaTeX_Main": the first family is the last word of the first part
            // (or its last quoted name); a family name with spaces is kept whole by the quotes.
            String first = parts[0].strip();
            int quote = first.endsWith("\"") || first.endsWith("'") ? first.lastIndexOf(first.charAt(first.length() - 1),
                    first.length() - 2) : -1;
            into.add(normalize(quote >= 0 ? first.substring(quote) : first.substring(first.lastIndexOf(' ') + 1)));
            for (int i = 1; i < parts.length; i++) {
                into.add(normalize(parts[i]));
            }
        }
    }

    static String normalize(String family) {
        return family.replace("\"", "").replace("'", "").replace("&quot;", "").strip().toLowerCase(Locale.ROOT);
    }

    boolean uses(String family) {
        return used == null || used.contains(normalize(family));
    }

    /** {@code css} without the {@code @font-face} rules of families no page uses. */
    String prune(String css) {
        if (used == null) {
            return css;
        }
        Matcher face = FACE.matcher(css);
        StringBuilder out = new StringBuilder(css.length());
        while (face.find()) {
            Matcher family = FAMILY_DECL.matcher(face.group(1));
            boolean keep = !family.find() || uses(family.group(1));
            face.appendReplacement(out, keep ? Matcher.quoteReplacement(face.group()) : "");
        }
        face.appendTail(out);
        return out.toString();
    }
}
