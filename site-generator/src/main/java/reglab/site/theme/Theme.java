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
            "site.js", "assets/site.js");

    /** Ids the template uses, which headings must not take. */
    public static final java.util.List<String> RESERVED_IDS = java.util.List.of(
            "content", "site-nav", "search-input", "search-results");

    private final Template page;
    private final String siteTitle;
    private final String lang;

    /**
     * @param siteTitle shown in the top bar and in every page title
     * @param lang      the content's language tag
     */
    public Theme(String siteTitle, String lang) {
        this.page = new Template("page.html", new String(resource("page.html"), StandardCharsets.UTF_8));
        this.siteTitle = siteTitle;
        this.lang = lang;
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
        v.put("lang", lang);
        v.put("root", Theme.escape(root));
        String title = view.title().equals(siteTitle) ? siteTitle : view.title() + " · " + siteTitle;
        v.put("title", escape(title));
        v.put("siteTitle", escape(siteTitle));
        v.put("description", escape(view.description()));
        v.put("head", view.headHtml());
        v.put("nav", view.navHtml());
        v.put("meta", view.metaHtml());
        v.put("content", view.contentHtml());
        v.put("toc", view.tocHtml());
        v.put("attribution", view.footerHtml());
        v.put("bodyEnd", view.bodyEndHtml());
        return page.fill(v);
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
