package reglab.site.build;

import java.nio.file.Path;
import java.util.List;
import reglab.site.markdown.DocumentTransform;

/**
 * What one build reads and writes.
 *
 * @param content        the content folder
 * @param contentDisplay how messages name the content folder (e.g. {@code content})
 * @param out            the output folder (replaced as a whole)
 * @param baseUrl        the site's public URL for {@code sitemap.xml}, or null to skip the sitemap
 * @param transforms     document transforms, in order
 * @param assets         page assets
 */
public record BuildOptions(Path content, String contentDisplay, Path out, String baseUrl,
                           List<DocumentTransform> transforms, List<PageAssets> assets) {

    public BuildOptions {
        transforms = List.copyOf(transforms);
        assets = List.copyOf(assets);
        baseUrl = baseUrl == null ? null : Sitemap.normalizeBaseUrl(baseUrl);
    }

    /** A build with the registered {@link SitePlugins}. */
    public static BuildOptions of(Path content, Path out, String baseUrl) {
        return new BuildOptions(content, displayName(content), out, baseUrl, SitePlugins.transforms(), SitePlugins.assets());
    }

    /** The folder as the user would name it: relative to the working directory when inside it. */
    static String displayName(Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        return abs.startsWith(cwd) && !abs.equals(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }
}
