package reglab.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;
import reglab.site.build.BuildOptions;
import reglab.site.build.BuildReport;
import reglab.site.build.LoadedSite;
import reglab.site.build.SiteBuilder;
import reglab.site.render.browser.BrowserLocator;
import reglab.site.render.browser.BrowserRenderer;

/**
 * {@code ./reglab build}: content folder in, static site out. A thin adapter over
 * {@link SiteBuilder} with the browser renderer.
 */
public final class BuildCommand implements Command {

    /** Content folder, relative to the repository root. */
    public static final String DEFAULT_CONTENT = "content";
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
                "Usage: ./reglab build [--content DIR] [--out DIR] [--base-url URL] [--browser PATH]",
                "",
                "Builds the documentation site: every Mermaid diagram, formula and code block is rendered at",
                "build time in headless Chromium, so pages need no JavaScript for them and work offline.",
                "The output folder is replaced as a whole only when the build succeeds.",
                "",
                "Options:",
                "  --content DIR   the Markdown content folder (default: " + DEFAULT_CONTENT + "/ in the repository)",
                "  --out DIR       the output folder (default: " + DEFAULT_OUT + "/ in the repository)",
                "  --base-url URL  the site's public URL, e.g. https://example.org/reglab/; writes sitemap.xml",
                "  --browser PATH  the Chromium executable (default: $" + BrowserLocator.ENV
                        + ", then chromium on the PATH, then Playwright's)",
                "",
                "Example: ./reglab build --out /tmp/site && xdg-open /tmp/site/index.html");
    }

    @Override
    public Set<String> valuedOptions() {
        return Set.of("content", "out", "base-url", "browser");
    }

    @Override
    public int run(Args args, PrintStream out) throws UserError {
        if (!args.positional().isEmpty()) {
            throw new UserError("build: unexpected argument '" + args.positional().get(0) + "' (see ./reglab build --help)", 2);
        }
        Path root = repositoryRoot();
        Path content = args.has("content") ? Path.of(args.get("content", null)).toAbsolutePath() : root.resolve(DEFAULT_CONTENT);
        Path outDir = args.has("out") ? Path.of(args.get("out", null)).toAbsolutePath() : root.resolve(DEFAULT_OUT);
        BuildOptions options = BuildOptions.of(content, outDir, args.get("base-url", null));
        long start = System.nanoTime();
        SiteBuilder builder = new SiteBuilder(options, out);
        LoadedSite site = builder.load();
        Path browser = new BrowserLocator().locate(args.get("browser", null));
        try (BrowserRenderer renderer = new BrowserRenderer(BrowserRenderer.defaultCacheDir(root), browser)) {
            renderer.prelaunchIfCold();
            BuildReport report = builder.build(site, renderer);
            out.printf("reglab: built %d page(s) in %.1f s; open %s%n", report.pages().size(),
                    (System.nanoTime() - start) / 1e9, outDir.resolve("index.html"));
        }
        return 0;
    }

    /** The repository root the launcher passes as {@code -Dreglab.root}, else the working directory. */
    static Path repositoryRoot() {
        String root = System.getProperty("reglab.root");
        return (root == null || root.isBlank() ? Path.of("") : Path.of(root)).toAbsolutePath();
    }
}
