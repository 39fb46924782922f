package reglab.site.pipeline;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import reglab.site.SiteException;

/**
 * {@code sitemap.xml} per sitemaps.org 0.9. Sitemaps need absolute URLs, so it is written only when
 * the build has a base URL. A page's {@code lastmod} is its front matter's {@code date}, when it has
 * one, never the time of the build, so two builds of the same content are identical.
 */
public final class Sitemap {

    private Sitemap() {
    }

    /** Validates {@code --base-url} and returns it ending in {@code /}. */
    public static String normalizeBaseUrl(String baseUrl) {
        URI uri;
        try {
            uri = URI.create(baseUrl);
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        if (uri == null || uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                || uri.getQuery() != null || uri.getFragment() != null) {
            throw new SiteException("--base-url must be an absolute http(s) URL such as https://example.org/docs/, got '"
                    + baseUrl + "'");
        }
        return baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    }

    /** @param pages root-relative output paths, in the order to list them */
    public static String xml(String baseUrl, List<String> pages) {
        return xml(baseUrl, pages, Map.of());
    }

    /**
     * @param pages   root-relative output paths, in the order to list them
     * @param lastmod the day each page last changed, for the pages that say so
     */
    public static String xml(String baseUrl, List<String> pages, Map<String, LocalDate> lastmod) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String p : pages) {
            String loc = p.equals("index.html") ? baseUrl : baseUrl + p;
            sb.append("  <url><loc>").append(loc.replace("&", "&amp;").replace("<", "&lt;")).append("</loc>");
            if (lastmod.containsKey(p)) {
                sb.append("<lastmod>").append(lastmod.get(p)).append("</lastmod>");
            }
            sb.append("</url>\n");
        }
        return sb.append("</urlset>\n").toString();
    }
}
