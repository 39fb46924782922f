package reglab.site.links;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import reglab.site.SiteException;
import reglab.site.html.HtmlReferences;
import reglab.site.html.HtmlTags;
import reglab.site.html.Reference;
import reglab.site.url.PercentEncoding;
import reglab.site.url.Resolved;
import reglab.site.url.Url;
import reglab.site.url.UrlKind;

/**
 * Checks the finished site: every anchor a content link names exists on its target page, every
 * reference into the site in every page (theme included; read by {@link HtmlReferences}, as the
 * offline bundle reads them) leads to a file of the output, and nothing a page loads (images,
 * scripts, styles) comes from another host.
 */
public final class LinkChecker {

    private LinkChecker() {
    }

    /**
     * @param links content links recorded by {@link LinkRewriter}
     * @param pages every output HTML page: root-relative path to its HTML
     * @param files every other output path
     * @return how many references the pages hold (each checked)
     * @throws SiteException naming the content file:line (or the output page) of the first problem
     */
    public static int check(List<InternalLink> links, Map<String, String> pages, Set<String> files) {
        return check(links, pages, files, "");
    }

    /**
     * @param hostRoot the site's path on its host (e.g. {@code /docs/}), or {@code ""}: links that
     *                 start with it resolve from the site root (the 404 page's links, see
     *                 {@code BuildOptions.notFoundRoot()})
     */
    public static int check(List<InternalLink> links, Map<String, String> pages, Set<String> files, String hostRoot) {
        Map<String, Set<String>> idsByPage = new HashMap<>();
        // Each page read once (the caller's map may decode pages as they are read): its ids and
        // its references, which are checked once every page's ids are known.
        Map<String, List<Reference>> referencesByPage = new TreeMap<>();
        pages.forEach((path, html) -> {
            idsByPage.put(path, HtmlTags.ids(html));
            referencesByPage.put(path, HtmlReferences.find(path, html));
        });
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
        int references = 0;
        for (Map.Entry<String, List<Reference>> page : referencesByPage.entrySet()) {
            references += checkPage(page.getKey(), page.getValue(), idsByPage, files, hostRoot);
        }
        return references;
    }

    private static int checkPage(String path, List<Reference> references, Map<String, Set<String>> idsByPage, Set<String> files,
            String hostRoot) {
        for (Reference r : references) {
            Url url = r.url();
            if (!url.kind().inSite()) {
                if (r.resource() && !url.kind().offline()) {
                    throw new SiteException(path + ": " + r.context() + " '" + url.written() + "' would load from a "
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
        return references.size();
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
