package reglab.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import reglab.site.SiteException;
import reglab.site.pipeline.BuildOptions;
import reglab.site.pipeline.BuildProgress;
import reglab.site.pipeline.BuildReport;
import reglab.site.pipeline.LoadedSite;
import reglab.site.pipeline.SiteBuilder;
import reglab.site.render.OneBatchRenderer;
import reglab.site.render.browser.BrowserLocator;
import reglab.site.render.browser.BrowserRenderer;

/**
 * {@code ./reglab build}: content folder in, static site out. A thin adapter over
 * {@link SiteBuilder} with the browser renderer.
 */
public final class BuildCommand implements Command {

    /** Output folder, relative to the repository root. */
    public static final String DEFAULT_OUT = "site";

    @Override
    public String name() {
        return "build";
    }

    @Override
    public String summary() {
        return "build the static site from the Markdown content (diagrams and math rendered at build time)";
    }

    @Override
    public String help() {
        return String.join("\n",
                SiteOptions.usage(name()) + " [--render-pages N]",
                "",
                "Builds the documentation site: every Mermaid diagram, formula and code block is rendered at",
                "build time in headless Chromium, so pages need no JavaScript for them and work offline.",
                "The output folder is replaced as a whole only when the build succeeds.",
                "",
                "Options:",
                SiteOptions.contentHelp(),
                SiteOptions.outHelp(DEFAULT_OUT),
                SiteOptions.baseUrlHelp("the site's public URL, e.g. https://example.org/reglab/; writes sitemap.xml"),
                SiteOptions.browserHelp(),
                SiteOptions.renderPagesHelp(),
                "",
                "Example: ./reglab build --out /tmp/site && xdg-open /tmp/site/index.html");
    }

    @Override
    public Set<String> valuedOptions() {
        Set<String> options = new HashSet<>(SiteOptions.ALL);
        options.add(SiteOptions.RENDER_PAGES);
        return Set.copyOf(options);
    }

    @Override
    public int run(Args args, PrintStream out) throws UserError {
        SiteOptions.noPositional(name(), args);
        Path root = SiteOptions.repositoryRoot();
        Path outDir = SiteOptions.out(args, root, DEFAULT_OUT);
        BuildOptions options = BuildOptions.of(SiteOptions.content(args, root), outDir, SiteOptions.baseUrl(args));
        int renderPages = SiteOptions.renderPages(args);
        long start = System.nanoTime();
        SiteBuilder builder = new SiteBuilder(options, BuildProgress.forConsole(out));
        String browserOption = SiteOptions.browser(args);
        Path cacheDir = BrowserRenderer.defaultCacheDir(root);
        // An installed browser starts while the content loads; one that must be installed first
        // (BrowserLocator may run apt-get) waits until the content has loaded without error.
        Path installed = installedBrowser(browserOption);
        BrowserRenderer early = installed == null ? null : BrowserRenderer.forOneBuild(cacheDir, installed, renderPages);
        LoadedSite site;
        try {
            if (early != null) {
                early.launchIfCold();
            }
            site = builder.load();
        } catch (RuntimeException e) {
            if (early != null) {
                early.close();
            }
            throw e;
        }
        BrowserRenderer renderer = early != null ? early
                : BrowserRenderer.forOneBuild(cacheDir, new BrowserLocator().locate(browserOption), renderPages);
        // The browser closes in the background once the diagrams are drawn, while the pages are
        // assembled and written; closing oneBatch waits for it.
        try (OneBatchRenderer oneBatch = new OneBatchRenderer(renderer)) {
            renderer.prelaunchIfCold(site.mayHoldDiagrams());
            BuildReport report = builder.build(site, oneBatch);
            out.printf("reglab: built %d page(s) in %.1f s; open %s%n", report.pages().size(),
                    (System.nanoTime() - start) / 1e9, outDir.resolve("index.html"));
        }
        return 0;
    }

    /** The browser {@link BrowserLocator} finds without installing one, or null. */
    private static Path installedBrowser(String browserOption) {
        try {
            return new BrowserLocator(System.getenv(), System.err, false).locate(browserOption);
        } catch (SiteException e) {
            return null;
        }
    }
}
