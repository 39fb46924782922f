package reglab.site.theme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import reglab.site.url.SitePaths;

/**
 * The site's look: the page template and its static files, read from the class path
 * ({@code /reglab/theme/}). Stateless after construction.
 */
public final class Theme {

    private static final String BASE = "/reglab/theme/";
    /** Static files of the theme: class-path name to output path. */
    private static final Map<String, String> STATIC = Map.of(
            "site.css", "assets/site.css",
            "site.js", "assets/site.js",
            "search.js", "assets/search.js",
            "search-options.js", "assets/search-options.js");

    /** Ids the template uses, which headings must not take. */
    public static final java.util.List<String> RESERVED_IDS = java.util.List.of(
            "content", "site-nav", "search-input", "search-results", "search-status");

    /** A link to source code: two angle brackets (our own drawing, 24×24). */
    private static final String REPOSITORY_ICON = "<svg viewBox=\"0 0 24 24\" aria-hidden=\"true\"><path d=\"M8.7 6.3 3 12l5.7 5.7 "
            + "1.4-1.4L5.8 12l4.3-4.3zm6.6 0-1.4 1.4 4.3 4.3-4.3 4.3 1.4 1.4L21 12z\"/></svg>";

    private final Template page;
    private final String siteTitle;
    private final String lang;
    private final String repository;
    private final String footer;

    /**
     * @param siteTitle shown in the top bar and in every page title
     * @param lang      the content's language tag
     */
    public Theme(String siteTitle, String lang) {
        this(siteTitle, lang, null, null);
    }

    /**
     * @param repository the source repository's URL, linked from the top bar, or null
     * @param footer     a line of text for every page's footer, or null
     */
    public Theme(String siteTitle, String lang, String repository, String footer) {
        this.page = new Template("page.html", new String(resource("page.html"), StandardCharsets.UTF_8));
        this.siteTitle = siteTitle;
        this.lang = lang;
        this.repository = repository;
        this.footer = footer;
    }

    /** The theme's static files by output path. */
    public static Map<String, byte[]> staticFiles() {
        Map<String, byte[]> out = new TreeMap<>();
        STATIC.forEach((name, path) -> out.put(path, resource(name)));
        return out;
    }

    /** The complete HTML document of one page, its links to site files relative to it. */
    public String render(PageView view) {
        return render(view, SitePaths.rootPrefix(view.outputPath()));
    }

    /**
     * The complete HTML document of one page.
     *
     * @param root the prefix of its links to site files (stylesheet, scripts, home, search results)
     */
    public String render(PageView view, String root) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("lang", escape(view.lang() != null ? view.lang() : lang));
        v.put("root", Theme.escape(root));
        String title = view.title().equals(siteTitle) ? siteTitle : view.title() + " · " + siteTitle;
        v.put("title", escape(title));
        v.put("siteTitle", escape(siteTitle));
        v.put("description", escape(view.description()));
        v.put("head", view.headHtml());
        v.put("nav", view.navHtml());
        v.put("breadcrumbs", view.breadcrumbsHtml());
        v.put("meta", view.metaHtml());
        v.put("content", view.contentHtml());
        v.put("toc", view.tocHtml());
        v.put("attribution", view.footerHtml());
        v.put("siteFooter", footer == null ? "" : "<p class=\"site-footer-text\">" + escape(footer) + "</p>\n");
        v.put("repository", repository == null ? "" : repositoryLink());
        v.put("bodyEnd", view.bodyEndHtml());
        return page.fill(v);
    }

    private String repositoryLink() {
        String host = java.net.URI.create(repository).getHost();
        String where = host == null ? "" : " on " + host.replaceFirst("^www\\.", "");
        return "\n  <a class=\"icon-button repo-link\" href=\"" + escape(repository) + "\" aria-label=\"Source repository" + escape(where)
                + "\" title=\"Source repository" + escape(where) + "\">" + REPOSITORY_ICON + "</a>";
    }

    /** HTML-escapes text for element content and attribute values. */
    public static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static byte[] resource(String name) {
        try (InputStream in = Theme.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("theme file " + BASE + name + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
