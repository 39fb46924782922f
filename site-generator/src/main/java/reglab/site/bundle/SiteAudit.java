package reglab.site.bundle;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import reglab.site.SiteException;
import reglab.site.html.CssReferences;
import reglab.site.html.HtmlReferences;
import reglab.site.html.Reference;
import reglab.site.url.Resolved;
import reglab.site.url.Url;
import reglab.site.url.UrlKind;

/**
 * The first bundle stage: proves a built site can travel. Every resource a page or stylesheet makes
 * the browser fetch must be a file of the site (or a {@code data:}/{@code blob:} URL), and every
 * local link must point at a file that exists. The site build replaces the document's remote
 * badges with local images; anything remote that is left, or any missing file, stops the bundle
 * with one line per problem naming the reference and the page.
 */
final class SiteAudit {

    /**
     * What the audit found in a site that can be bundled.
     *
     * @param references    every reference, pages first, then the stylesheets they load
     * @param stylesheets   site paths of the stylesheets the pages load (directly or by
     *                      {@code @import}), in discovery order
     * @param externalLinks links to other sites a reader may follow (not requests), deduplicated
     */
    record Result(List<Reference> references, List<String> stylesheets, List<String> externalLinks) {
    }

    private SiteAudit() {
    }

    static Result run(BuiltSite site) {
        List<Reference> all = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<String> external = new LinkedHashSet<>();
        Set<String> sheets = new LinkedHashSet<>();
        Deque<String> sheetQueue = new ArrayDeque<>();
        for (String page : site.pages()) {
            check(site, HtmlReferences.find(page, site.text(page)), all, problems, external, sheets, sheetQueue);
        }
        while (!sheetQueue.isEmpty()) {
            String css = sheetQueue.removeFirst();
            // A browser takes the first font source it supports: WOFF2 (all current browsers) before
            // the WOFF and TrueType fallbacks KaTeX's stylesheet also names, which are never fetched.
            check(site, CssReferences.find(css, CssInliner.woff2Only(site.text(css))), all, problems, external, sheets,
                    sheetQueue);
        }
        if (!problems.isEmpty()) {
            throw new SiteException("bundle: the built site cannot be bundled offline (" + problems.size()
                    + " problem" + (problems.size() == 1 ? "" : "s") + "):\n  " + String.join("\n  ", problems));
        }
        return new Result(List.copyOf(all), List.copyOf(sheets), List.copyOf(external));
    }

    private static void check(BuiltSite site, List<Reference> refs, List<Reference> all, List<String> problems,
            Set<String> external, Set<String> sheets, Deque<String> sheetQueue) {
        for (Reference r : refs) {
            all.add(r);
            Url url = r.url();
            if (url.kind() == UrlKind.SAME_DOCUMENT) {
                continue;
            }
            if (!url.kind().offline()) {
                if (r.resource()) {
                    problems.add("remote resource " + r.describe() + " cannot be bundled: the bundle makes no"
                            + " network requests; replace it with a file in the content folder");
                } else if (url.kind() == UrlKind.FILE) {
                    problems.add("link " + r.describe() + " points into the build machine's disk; use a relative link");
                } else {
                    external.add(r.value());
                }
                continue;
            }
            if (!url.kind().inSite()) {
                continue;
            }
            Resolved resolved = url.resolve(r.file());
            String target = resolved.file("index.html");
            if (resolved.problem() == Resolved.Problem.ABOVE_ROOT) {
                problems.add("missing asset: " + r.describe() + " points outside the site folder");
            } else if (resolved.problem() == Resolved.Problem.ENCODED_SLASH) {
                problems.add("missing asset: " + r.describe() + " writes a slash as %2F, which no file name holds");
            } else if (!site.exists(target)) {
                problems.add("missing asset: " + r.describe() + " names " + target + ", which the built site does not have");
            } else if (r.resource() && target.endsWith(".css") && sheets.add(target)) {
                sheetQueue.addLast(target);
            }
        }
    }
}
