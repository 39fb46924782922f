package reglab.site.links;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import reglab.site.content.OutputPaths;

/**
 * Resolves a URL written in a page to where it points in the output. Relative links to pages may
 * be written as the Markdown file ({@code lab.md}), without extension ({@code LICENSE}, as GitHub
 * repositories link license files) or as a folder ({@code guide/} for {@code guide/index.md}); all
 * become relative links to the page's {@code .html} file, so they work when served and from disk.
 */
public final class SiteLinks {

    /** What a URL resolves to. {@code href} is the rewritten URL; {@code target} the root-relative output path. */
    public record Resolution(Kind kind, String href, String target, String fragment, String problem) {
    }

    public enum Kind { EXTERNAL, INTERNAL, BROKEN }

    private final Set<String> pages;
    private final Set<String> files;

    /**
     * @param pages content-relative paths of all pages ({@code index.md}, {@code LICENSE.md}, …)
     * @param files content-relative paths of all other files copied to the output
     */
    public SiteLinks(Set<String> pages, Set<String> files) {
        this.pages = Set.copyOf(pages);
        this.files = Set.copyOf(files);
    }

    /** True for URLs that leave the site (a scheme such as {@code https:} or {@code mailto:}, or {@code //host}). */
    public static boolean isExternal(String url) {
        if (url.startsWith("//")) {
            return true;
        }
        int colon = url.indexOf(':');
        int slash = url.indexOf('/');
        return colon > 0 && (slash < 0 || colon < slash) && url.substring(0, colon).matches("[A-Za-z][A-Za-z0-9+.-]*");
    }

    /** Resolves {@code url} written in the page at content path {@code fromPage}. */
    public Resolution resolve(String fromPage, String url) {
        if (isExternal(url)) {
            return new Resolution(Kind.EXTERNAL, url, null, "", null);
        }
        String fromOutput = OutputPaths.forSource(fromPage);
        int hash = url.indexOf('#');
        String fragment = hash >= 0 ? url.substring(hash + 1) : "";
        String rest = hash >= 0 ? url.substring(0, hash) : url;
        int q = rest.indexOf('?');
        String path = q >= 0 ? rest.substring(0, q) : rest;
        fragment = decode(fragment);
        if (path.isEmpty()) {
            return new Resolution(Kind.INTERNAL, url, fromOutput, fragment, null);
        }
        if (path.startsWith("/")) {
            return broken("a root-absolute link breaks when the site is opened from disk or served under a sub-path; "
                    + "write it relative to this page");
        }
        String resolved = OutputPaths.resolve(fromPage, decode(path));
        if (resolved == null) {
            return broken("it points above the content folder");
        }
        String target = targetOf(resolved);
        if (target == null) {
            return broken("no page or file '" + resolved + "' in the content folder");
        }
        String href = encode(OutputPaths.relative(fromOutput, OutputPaths.forSource(target)))
                + (hash >= 0 ? "#" + url.substring(hash + 1) : "");
        return new Resolution(Kind.INTERNAL, href, OutputPaths.forSource(target), fragment, null);
    }

    private String targetOf(String resolved) {
        if (resolved.isEmpty() || resolved.endsWith("/")) {
            String index = resolved + "index.md";
            return pages.contains(index) ? index : null;
        }
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

    /** Percent-decodes a URL part ({@code +} stays a plus: it is a path, not a form). */
    private static String decode(String s) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    private static String encode(String path) {
        return path.replace("%", "%25").replace(" ", "%20").replace("#", "%23").replace("?", "%3F");
    }
}
