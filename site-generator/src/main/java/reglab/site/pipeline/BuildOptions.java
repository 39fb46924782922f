package reglab.site.pipeline;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import reglab.site.markdown.DocumentTransform;
import reglab.site.theme.PageAssets;

/**
 * What one build reads and writes.
 *
 * @param content        the content folder
 * @param contentDisplay how messages name the content folder (e.g. {@code content})
 * @param out            the output folder (replaced as a whole)
 * @param baseUrl        the site's public URL for {@code sitemap.xml} and the 404 page's links, or null
 *                       to skip the sitemap
 * @param transforms     document transforms, in order
 * @param assets         page assets
 * @param offline        the output is not served at the base URL's path (the offline editions, which
 *                       no host serves, and {@code serve}'s local server): the 404 page keeps
 *                       relative links even with a base URL
 */
public record BuildOptions(Path content, String contentDisplay, Path out, String baseUrl,
                           List<DocumentTransform> transforms, List<PageAssets> assets, boolean offline) {

    public BuildOptions {
        transforms = List.copyOf(transforms);
        assets = List.copyOf(assets);
        baseUrl = baseUrl == null ? null : Sitemap.normalizeBaseUrl(baseUrl);
    }

    /** A build with the registered {@link SitePlugins}, for a site to be hosted (or served). */
    public static BuildOptions of(Path content, Path out, String baseUrl) {
        return new BuildOptions(content, displayName(content), out, baseUrl, SitePlugins.transforms(), SitePlugins.assets(),
                false);
    }

    /**
     * This build with {@code siteBaseUrl} (the site file's {@code base_url}) as its base URL when
     * the command gave none.
     */
    public BuildOptions withDefaultBaseUrl(String siteBaseUrl) {
        return baseUrl != null || siteBaseUrl == null ? this
                : new BuildOptions(content, contentDisplay, out, siteBaseUrl, transforms, assets, offline);
    }

    /** The same build for the offline editions. */
    public BuildOptions forOffline() {
        return new BuildOptions(content, contentDisplay, out, baseUrl, transforms, assets, true);
    }

    /**
     * The prefix of the 404 page's links. A host serves that page for a missing path at any depth
     * (e.g. {@code /a/b/missing}), where links relative to the site root would break, so with a
     * base URL they start from its path ({@code https://example.org/docs/} gives {@code /docs/}).
     * Without one, or offline, they stay relative ({@code ""}); {@code serve} then adds a
     * {@code <base>} to the 404 response instead.
     */
    public String notFoundRoot() {
        return baseUrl == null || offline ? "" : URI.create(baseUrl).getRawPath();
    }

    /** The folder as the user would name it: relative to the working directory when inside it. */
    static String displayName(Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        return abs.startsWith(cwd) && !abs.equals(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }
}
