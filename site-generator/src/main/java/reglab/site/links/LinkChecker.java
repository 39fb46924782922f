package reglab.site.links;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import reglab.site.SiteException;
import reglab.site.url.PercentEncoding;
import reglab.site.url.Resolved;
import reglab.site.url.Url;
import reglab.site.url.UrlKind;

/**
 * Checks the finished site: every anchor a content link names exists on its target page, every
 * relative {@code href}/{@code src} in every page (theme included) leads to a file of the output,
 * and nothing a page loads (images, scripts, styles) comes from another host.
 */
public final class LinkChecker {

    private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]+)\"");
    private static final Pattern URL_ATTR = Pattern.compile("<(\\w+)\\b[^>]*?\\s(href|src)=\"([^\"]*)\"");

    private LinkChecker() {
    }

    /** The {@code id} attributes of an HTML page (unescaped as far as ids need). */
    public static Set<String> ids(String html) {
        Set<String> ids = new HashSet<>();
        Matcher m = ID.matcher(html);
        while (m.find()) {
            ids.add(m.group(1).replace("&amp;", "&").replace("&quot;", "\""));
        }
        return ids;
    }

    /**
     * @param links content links recorded by {@link LinkRewriter}
     * @param pages every output HTML page: root-relative path to its HTML
     * @param files every other output path
     * @throws SiteException naming the content file:line (or the output page) of the first problem
     */
    public static void check(List<InternalLink> links, Map<String, String> pages, Set<String> files) {
        check(links, pages, files, "");
    }

    /**
     * @param hostRoot the site's path on its host (e.g. {@code /docs/}), or {@code ""}: links that
     *                 start with it resolve from the site root (the 404 page's links, see
     *                 {@code BuildOptions.notFoundRoot()})
     */
    public static void check(List<InternalLink> links, Map<String, String> pages, Set<String> files, String hostRoot) {
        Map<String, Set<String>> idsByPage = new java.util.HashMap<>();
        pages.forEach((path, html) -> idsByPage.put(path, ids(html)));
        for (InternalLink link : links) {
            if (link.fragment().isEmpty()) {
                continue;
            }
            Set<String> ids = idsByPage.get(link.targetOutput());
            if (ids != null && !ids.contains(link.fragment())) {
                throw new SiteException(link.where() + ": broken link '" + link.written() + "': page "
                        + link.targetOutput() + " has no anchor #" + link.fragment()
                        + "; heading anchors are the heading text in lower case with hyphens for spaces");
            }
        }
        for (Map.Entry<String, String> page : new java.util.TreeMap<>(pages).entrySet()) {
            checkPage(page.getKey(), page.getValue(), idsByPage, files, hostRoot);
        }
    }

    private static void checkPage(String path, String html, Map<String, Set<String>> idsByPage, Set<String> files,
            String hostRoot) {
        Matcher m = URL_ATTR.matcher(html);
        while (m.find()) {
            String tag = m.group(1).toLowerCase(java.util.Locale.ROOT);
            String attr = m.group(2);
            Url url = Url.parse(m.group(3).replace("&amp;", "&"));
            boolean loads = attr.equals("src") || tag.equals("link");
            if (!url.kind().inSite()) {
                if (loads && !url.kind().offline()) {
                    throw new SiteException(path + ": <" + tag + " " + attr + "=\"" + url.written() + "\"> would load from a "
                            + "third party; the site must work offline and without third-party requests");
                }
                continue;
            }
            String target = target(path, url, hostRoot);
            if (target == null || (!idsByPage.containsKey(target) && !files.contains(target))) {
                throw new SiteException(path + ": link to '" + url.written() + "' leads to no file of the site");
            }
            if (url.fragment() != null && !url.fragment().isEmpty() && idsByPage.containsKey(target)
                    && !indicates(idsByPage.get(target), url)) {
                throw new SiteException(path + ": link to '" + url.written() + "': no anchor #" + url.fragment() + " on "
                        + target);
            }
        }
    }

    /**
     * The site path {@code url} in the page at {@code page} names, or null. A root-absolute path
     * names a site file only when it starts with the site's path on its host ({@code hostRoot});
     * a folder is no file (from disk a browser shows a listing, not its index).
     */
    private static String target(String page, Url url, String hostRoot) {
        Resolved resolved = url.resolve(page);
        if (!resolved.found()) {
            return null;
        }
        if (url.kind() != UrlKind.ROOT_ABSOLUTE) {
            return resolved.path();
        }
        if (hostRoot.isEmpty()) {
            return null;
        }
        String sitePrefix = PercentEncoding.decode(hostRoot.substring(1));
        return resolved.path().startsWith(sitePrefix) ? resolved.path().substring(sitePrefix.length()) : null;
    }

    /**
     * Whether a page with these ids has the element {@code url}'s fragment indicates: an id equal
     * to the fragment as written, else to it percent-decoded (HTML Living Standard, "find a
     * potential indicated element").
     */
    private static boolean indicates(Set<String> ids, Url url) {
        return ids.contains(url.fragment()) || ids.contains(url.decodedFragment());
    }
}
