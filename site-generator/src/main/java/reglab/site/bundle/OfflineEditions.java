package reglab.site.bundle;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import reglab.site.files.FileTrees;
import reglab.site.links.RemoteImages;
import reglab.site.pipeline.BuildOptions;
import reglab.site.pipeline.LoadedSite;
import reglab.site.pipeline.BuildReport;
import reglab.site.pipeline.SiteBuilder;
import reglab.site.render.browser.BrowserRenderer;
import reglab.site.render.browser.HeadlessChromium;

/**
 * {@code ./reglab bundle} as a library call: builds the site from the content with the same
 * {@link SiteBuilder} as {@code ./reglab build}, into a temporary folder, then runs the
 * {@link Bundler} stages over it. One browser renders the build and prints the PDF.
 */
public final class OfflineEditions {

    private OfflineEditions() {
    }

    /**
     * @param content  the content folder
     * @param outDir   where the three editions go
     * @param baseUrl  the site's public URL (sitemap, and the PDF's link to the online lab), or null for
     *                 the site file's {@code base_url}, if any
     * @param cacheDir the build's render cache, or null
     * @param chromium the browser for rendering and printing (left open)
     */
    public static BundleResult make(Path content, Path outDir, String baseUrl, Path cacheDir, HeadlessChromium chromium,
            PrintStream progress) {
        Path work;
        try {
            work = Files.createTempDirectory("reglab-bundle-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Path site = work.resolve("site");
            BuildReport report;
            String publicUrl;
            try (BrowserRenderer renderer = new BrowserRenderer(cacheDir, chromium)) {
                SiteBuilder builder = new SiteBuilder(BuildOptions.of(content, site, baseUrl).forOffline(), progress);
                LoadedSite loaded = builder.load();
                publicUrl = baseUrl != null ? baseUrl : loaded.config().baseUrl();
                report = builder.build(loaded, renderer);
            }
            progress.println("bundle: the build replaced " + report.replacements().size() + " remote reference(s):");
            for (RemoteImages.Replacement r : report.replacements()) {
                progress.println("  " + r.where() + ": " + r.remoteUrl() + " -> " + r.localPath());
            }
            return Bundler.bundle(site, outDir, chromium, labHref(site, publicUrl), progress);
        } finally {
            FileTrees.deleteQuietly(work);
        }
    }

    /** The online lab page for the PDF's notes: the built site's lab page under {@code baseUrl}. */
    static String labHref(Path site, String baseUrl) {
        if (baseUrl == null) {
            return null;
        }
        String base = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        for (String page : new String[] {"lab.html", "lab/index.html"}) {
            if (Files.exists(site.resolve(page))) {
                return base + page;
            }
        }
        return base;
    }
}
