package reglab.site.links;

import java.util.Locale;
import java.util.Set;
import reglab.site.content.OutputPaths;
import reglab.site.url.PercentEncoding;
import reglab.site.url.Resolved;
import reglab.site.url.SitePaths;
import reglab.site.url.Url;
import reglab.site.url.UrlKind;

/**
 * Resolves a link written in a Markdown page (read by {@link Url}) to the page or file it points at
 * in the output. Relative links to pages may be written as the Markdown file ({@code lab.md}),
 * without extension ({@code LICENSE}, as GitHub repositories link license files) or as a folder
 * ({@code guide/} for {@code guide/index.md}); all become relative links to the page's
 * {@code .html} file, so they work when served and from disk.
 */
public final class SiteLinks {

    /** What a URL resolves to. {@code href} is the rewritten URL; {@code target} the root-relative output path. */
    public record Resolution(Kind kind, String href, String target, String fragment, String problem) {
    }

    public enum Kind { EXTERNAL, INTERNAL, BROKEN }

    private final Set<String> pages;
    private final Set<String> files;
    private final Set<String> drafts;

    /**
     * @param pages content-relative paths of all pages ({@code index.md}, {@code LICENSE.md}, …)
     * @param files content-relative paths of all other files copied to the output
     */
    public SiteLinks(Set<String> pages, Set<String> files) {
        this(pages, files, Set.of());
    }

    /** @param drafts content-relative paths of the drafts, which are not built: a link to one says so */
    public SiteLinks(Set<String> pages, Set<String> files, Set<String> drafts) {
        this.pages = Set.copyOf(pages);
        this.files = Set.copyOf(files);
        this.drafts = Set.copyOf(drafts);
    }

    /** Resolves {@code written}, a URL written in the page at content path {@code fromPage}. */
    public Resolution resolve(String fromPage, String written) {
        Url url = Url.parse(written);
        if (!url.kind().inSite()) {
            return new Resolution(Kind.EXTERNAL, written, null, "", null);
        }
        String fromOutput = OutputPaths.forSource(fromPage);
        if (url.path().isEmpty()) {
            return new Resolution(Kind.INTERNAL, written, fromOutput, url.decodedFragment(), null);
        }
        if (url.kind() == UrlKind.ROOT_ABSOLUTE) {
            return broken("a root-absolute link breaks when the site is opened from disk or served under a sub-path; "
                    + "write it relative to this page");
        }
        Resolved resolved = url.resolve(fromPage);
        if (!resolved.found()) {
            return broken(resolved.problem() == Resolved.Problem.ABOVE_ROOT ? "it points above the content folder"
                    : "it writes a slash as %2F, which no file name holds; separate folders with /");
        }
        String target = targetOf(resolved, pages, files);
        if (target == null) {
            String draft = targetOf(resolved, drafts, Set.of());
            return broken(draft != null ? "'" + draft + "' is a draft (draft: true), which is not built; publish it or "
                    + "remove the link" : "no page or file '" + resolved.path() + "' in the content folder");
        }
        String href = PercentEncoding.encodePath(SitePaths.relative(fromOutput, OutputPaths.forSource(target)))
                + url.fragmentSuffix();
        return new Resolution(Kind.INTERNAL, href, OutputPaths.forSource(target), url.decodedFragment(), null);
    }

    /** The content path of the page (one of {@code pages}) or file {@code found} names, or null. */
    private static String targetOf(Resolved found, Set<String> pages, Set<String> files) {
        if (found.isFolder()) {
            String index = found.file("index.md");
            return pages.contains(index) ? index : null;
        }
        String resolved = found.path();
        if (pages.contains(resolved) || files.contains(resolved)) {
            return resolved;
        }
        if (resolved.toLowerCase(Locale.ROOT).endsWith(".html")) {
            String md = resolved.substring(0, resolved.length() - 5) + ".md";
            if (pages.contains(md)) {
                return md;
            }
        }
        if (pages.contains(resolved + ".md")) {
            return resolved + ".md";
        }
        if (pages.contains(resolved + "/index.md")) {
            return resolved + "/index.md";
        }
        return null;
    }

    private static Resolution broken(String problem) {
        return new Resolution(Kind.BROKEN, null, null, "", problem);
    }
}
