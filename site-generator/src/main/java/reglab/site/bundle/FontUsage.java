package reglab.site.bundle;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 *
 * <p>Within one of KaTeX's families ({@code KaTeX_…}), a bold face ({@code font-weight} 600 or
 * more) is kept only when some rule that can match asks for bold and names that family, or asks
 * for bold naming no family (it then reaches whatever family the text inherits), in the stylesheet
 * that declares the face; or when a page's own markup asks for bold. An italic face likewise.
 * Only KaTeX's: its stylesheet is known to reset weight and style on every formula, and to give
 * each symbol one font class that names the family and the style together ({@code .mathnormal}:
 * KaTeX_Math italic; {@code .mathit}: KaTeX_Main italic), while a theme's own text font takes bold
 * from {@code <strong>} and headings with no rule saying so. KaTeX declares bold and italic faces
 * of its main fonts for {@code \mathbf}, {@code \boldsymbol}, {@code \mathit} and {@code \textit},
 * a third of its fonts' weight, which a page without those commands never shows: its
 * {@code .katex} rule resets weight and style through the {@code font} shorthand, so the page's
 * own bold or italic text does not reach a formula. A document whose variables are italic
 * (KaTeX_Math) thus carries no italic KaTeX_Main.
 */
final class FontUsage {

    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^{}]*)}");
    private static final Pattern FAMILY_DECL = Pattern.compile("font-family\\s*[:=]\\s*([^;}>]+)", Pattern.CASE_INSENSITIVE);
    /** The {@code font} shorthand: its family list follows the size (CSS Fonts 4, section 2.8). */
    private static final Pattern FONT_SHORTHAND = Pattern.compile("(?<![-\\w])font\\s*:\\s*([^;}>]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLASS_ATTR = Pattern.compile("\\sclass\\s*=\\s*(\"[^\"]*\"|'[^']*')");
    private static final Pattern CLASS_SELECTOR = Pattern.compile("\\.(-?[_a-zA-Z][_a-zA-Z0-9-]*)");
    private static final Pattern FACE = Pattern.compile("@font-face\\s*\\{([^}]*)}", Pattern.CASE_INSENSITIVE);
    private static final Pattern BOLD = Pattern.compile(
            "font-weight\\s*[:=]\\s*[\"']?\\s*(bold|bolder|[6-9]00)\\b|(?<![-\\w])font\\s*:[^;}>]*\\b(bold|bolder|[6-9]00)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ITALIC = Pattern.compile(
            "font-style\\s*[:=]\\s*[\"']?\\s*(italic|oblique)\\b|(?<![-\\w])font\\s*:[^;}>]*\\b(italic|oblique)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * What a stylesheet's matching rules (and the pages' own markup) ask of KaTeX's faces: bold or
     * italic for any family (a rule naming none, or the markup), or for the families named.
     */
    private static final class Demand {
        boolean anyBold;
        boolean anyItalic;
        final Set<String> bold = new HashSet<>();
        final Set<String> italic = new HashSet<>();
    }

    private final Set<String> used;
    private final Map<String, Demand> asked;

    private FontUsage(Set<String> used, Map<String, Demand> asked) {
        this.used = used;
        this.asked = asked;
    }

    /** Keeps every font: for callers that cannot tell which are used. */
    static FontUsage all() {
        return new FontUsage(null, Map.of());
    }

    /** The families the pages of {@code site} can show with the stylesheets {@code sheets}. */
    static FontUsage of(BuiltSite site, List<String> sheets) {
        Set<String> classes = new HashSet<>();
        Set<String> used = new HashSet<>();
        boolean bold = false;
        boolean italic = false;
        Map<String, Demand> asked = new HashMap<>();
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
            bold |= BOLD.matcher(html).find();
            italic |= ITALIC.matcher(html).find();
        }
        for (String sheet : sheets) {
            Demand demand = new Demand();
            demand.anyBold = bold;
            demand.anyItalic = italic;
            asked.put(sheet, demand);
            Matcher rule = RULE.matcher(CssReferences.blankComments(site.text(sheet)));
            while (rule.find()) {
                String selectors = rule.group(1).strip();
                if (selectors.startsWith("@") || selectors.endsWith("@font-face")) {
                    continue;
                }
                String declarations = rule.group(2);
                boolean names = FAMILY_DECL.matcher(declarations).find() || FONT_SHORTHAND.matcher(declarations).find();
                boolean asksBold = BOLD.matcher(declarations).find();
                boolean asksItalic = ITALIC.matcher(declarations).find();
                if ((names || asksBold || asksItalic) && anySelectorMatches(selectors, classes)) {
                    Set<String> named = new HashSet<>();
                    addFamilies(declarations, named);
                    used.addAll(named);
                    if (asksBold) {
                        demand.anyBold |= named.isEmpty();
                        demand.bold.addAll(named);
                    }
                    if (asksItalic) {
                        demand.anyItalic |= named.isEmpty();
                        demand.italic.addAll(named);
                    }
                }
            }
        }
        return new FontUsage(used, asked);
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

    private boolean facePossible(String sheet, String family, String descriptors) {
        Demand demand = asked.get(sheet);
        String name = normalize(family);
        if (demand == null || !name.startsWith("katex_")) {
            return true;
        }
        return (demand.anyBold || demand.bold.contains(name) || !BOLD.matcher(descriptors).find())
                && (demand.anyItalic || demand.italic.contains(name) || !ITALIC.matcher(descriptors).find());
    }

    /**
     * The stylesheet {@code sheet}'s text {@code css} without the {@code @font-face} rules of
     * families, and of faces, no page uses.
     */
    String prune(String sheet, String css) {
        if (used == null) {
            return css;
        }
        Matcher face = FACE.matcher(css);
        StringBuilder out = new StringBuilder(css.length());
        while (face.find()) {
            String descriptors = face.group(1);
            Matcher family = FAMILY_DECL.matcher(descriptors);
            boolean keep = !family.find() || uses(family.group(1)) && facePossible(sheet, family.group(1), descriptors);
            face.appendReplacement(out, keep ? Matcher.quoteReplacement(face.group()) : "");
        }
        face.appendTail(out);
        return out.toString();
    }
}
