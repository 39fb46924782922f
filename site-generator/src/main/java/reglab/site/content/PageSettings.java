package reglab.site.content;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import reglab.site.SiteException;
import reglab.site.yaml.YamlNode;

/**
 * The front-matter keys the generator reads, with their types; a key given with the wrong type
 * stops the build at its line and column. All but {@code date} configure the site rather than
 * describe the document, so they are not shown in the page's metadata box ({@link #HIDDEN});
 * every other key is, as written.
 *
 * <ul>
 *   <li>{@code title} (text): the page title, in the browser tab, the navigation and search; default
 *       the page's first heading</li>
 *   <li>{@code description} (text): the meta description; default the first paragraph</li>
 *   <li>{@code weight} (whole number): order among the pages of its folder, smaller first; default 0
 *       (the folder's {@code index.md} comes first)</li>
 *   <li>{@code nav} (text, or {@code false}): the page's label in the navigation, breadcrumbs and
 *       previous/next links when it should be shorter than the title; {@code false} leaves the page
 *       out of the navigation (it is still built, linked and found by search)</li>
 *   <li>{@code draft} ({@code true}/{@code false}): a draft is not built; a link to it is an error</li>
 *   <li>{@code lang} (a language tag such as {@code en} or {@code pt-BR}): the page's language</li>
 *   <li>{@code date} (a date, {@code 2025-02-18}, optionally with a time, {@code 2025-02-18 05:31:26}
 *       or {@code 2025-02-18T05:31:26Z}): shown as written, and the page's {@code lastmod} in the
 *       sitemap. YAML 1.2 has no date type, so the text is checked here.</li>
 * </ul>
 *
 * @param title       the title, or null for the first heading
 * @param description the description, or null for the first paragraph
 * @param weight      the weight, or null when not given
 * @param navLabel    the navigation label, or null for the title
 * @param inNav       false when {@code nav: false}
 * @param draft       true for a draft
 * @param lang        the language tag, or null for the site's
 * @param date        the day of {@code date}, or null
 */
public record PageSettings(String title, String description, Integer weight, String navLabel, boolean inNav, boolean draft,
                           String lang, LocalDate date) {

    /** The keys that configure the site, which the metadata box leaves out. */
    public static final List<String> HIDDEN = List.of("title", "description", "weight", "nav", "draft", "lang");

    /** A page without settings. */
    public static final PageSettings NONE = new PageSettings(null, null, null, null, true, false, null, null);

    private static final Pattern DATE = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})(?:[Tt ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:[Zz]|[+-]\\d{2}:?\\d{2})?)?");

    /**
     * Reads the keys from a page's front matter.
     *
     * @throws SiteException naming file:line:column for a key with a value of the wrong type
     */
    static PageSettings of(YamlNode.Mapping frontMatter) {
        String title = text(frontMatter, "title");
        String description = text(frontMatter, "description");
        Integer weight = null;
        YamlNode w = frontMatter.get("weight");
        if (w != null) {
            if (!(w instanceof YamlNode.Scalar s && s.value() instanceof Long n) || n < Integer.MIN_VALUE || n > Integer.MAX_VALUE) {
                throw wrong(w, "weight", "a whole number, e.g. weight: 10");
            }
            weight = n.intValue();
        }
        String navLabel = null;
        boolean inNav = true;
        YamlNode nav = frontMatter.get("nav");
        if (nav != null) {
            if (nav instanceof YamlNode.Scalar s && Boolean.FALSE.equals(s.value())) {
                inNav = false;
            } else if (nav instanceof YamlNode.Scalar s && s.value() instanceof String label && !label.isBlank()) {
                navLabel = label.strip();
            } else {
                throw wrong(nav, "nav", "the page's label in the navigation, or false to leave the page out of it");
            }
        }
        boolean draft = false;
        YamlNode d = frontMatter.get("draft");
        if (d != null) {
            if (!(d instanceof YamlNode.Scalar s && s.value() instanceof Boolean b)) {
                throw wrong(d, "draft", "true or false");
            }
            draft = b;
        }
        String lang = text(frontMatter, "lang");
        if (lang != null && !lang.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*")) {
            throw new SiteException(frontMatter.get("lang").at() + ": front matter: lang must be a language tag such as en, "
                    + "de or pt-BR, got '" + lang + "'");
        }
        return new PageSettings(title, description, weight, navLabel, inNav, draft, lang, date(frontMatter));
    }

    private static LocalDate date(YamlNode.Mapping frontMatter) {
        YamlNode node = frontMatter.get("date");
        if (node == null) {
            return null;
        }
        Matcher m = node instanceof YamlNode.Scalar s && s.value() instanceof String t ? DATE.matcher(t.strip()) : null;
        if (m != null && m.matches()) {
            try {
                return LocalDate.parse(m.group(1));
            } catch (DateTimeParseException e) {
                throw new SiteException(node.at() + ": front matter: date " + m.group(1) + " is not a day of the calendar");
            }
        }
        throw wrong(node, "date", "a date such as 2025-02-18, optionally with a time (2025-02-18 05:31 or 2025-02-18T05:31:26Z)");
    }

    /** A text key: any scalar but null, as written (so {@code title: 2024} is the text 2024). */
    private static String text(YamlNode.Mapping frontMatter, String key) {
        YamlNode node = frontMatter.get(key);
        if (node == null) {
            return null;
        }
        if (!(node instanceof YamlNode.Scalar s) || s.value() == null || s.text().isBlank()) {
            throw wrong(node, key, "text");
        }
        return s.text().strip();
    }

    private static SiteException wrong(YamlNode node, String key, String expected) {
        String got = node.describe();
        String hint = node instanceof YamlNode.Scalar s && s.value() instanceof String t
                && t.matches("(?i)yes|no|on|off|y|n") && expected.startsWith("true") ? " (YAML 1.2 reads " + t + " as text)" : "";
        return new SiteException(node.at() + ": front matter: " + key + " must be " + expected + ", got " + got + hint);
    }
}
