package reglab.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import reglab.site.bundle.BundleResult;
import reglab.site.bundle.Bundler;
import reglab.site.bundle.OfflineEditions;
import reglab.site.render.browser.BrowserLocator;
import reglab.site.render.browser.BrowserRenderer;
import reglab.site.render.browser.HeadlessChromium;

/**
 * {@code ./reglab bundle}: the site's offline editions (one self-contained HTML file, a zip of the
 * multi-page site, a PDF). A thin adapter over {@link OfflineEditions}.
 */
public final class BundleCommand implements Command {

    /** Output folder, relative to the repository root. */
    public static final String DEFAULT_OUT = "dist";

    @Override
    public String name() {
        return "bundle";
    }

    @Override
    public String summary() {
        return "build the site and write its offline editions: one HTML file, a zip and a PDF";
    }

    @Override
    public String help() {
        return String.join("\n",
                SiteOptions.usage(name()),
                "",
                "Builds the site from the content (as ./reglab build does) and writes, in the output folder:",
                "  " + Bundler.SINGLE_FILE + "      every page in one self-contained HTML file (open it from disk)",
                "  " + Bundler.ZIP + "  the multi-page site; unpack it and open " + Bundler.ZIP_FOLDER + "/index.html",
                "  " + Bundler.PDF + "       the document printed by the browser, with contents and page numbers",
                "None of them makes a network request. A remote image, stylesheet or script that the build",
                "cannot replace, or a missing file, stops the bundle with a message naming it and the page.",
                "",
                "Options:",
                SiteOptions.contentHelp(),
                SiteOptions.outHelp(DEFAULT_OUT),
                SiteOptions.baseUrlHelp("the site's public URL; the PDF's experiment notes link to its lab page"),
                SiteOptions.browserHelp(),
                "",
                "Example: ./reglab bundle --out /tmp/reglab && xdg-open /tmp/reglab/" + Bundler.SINGLE_FILE);
    }

    @Override
    public Set<String> valuedOptions() {
        return SiteOptions.ALL;
    }

    @Override
    public int run(Args args, PrintStream out) throws UserError {
        SiteOptions.noPositional(name(), args);
        Path root = SiteOptions.repositoryRoot();
        Path content = SiteOptions.content(args, root);
        Path dist = SiteOptions.out(args, root, DEFAULT_OUT);
        Path browser = new BrowserLocator().locate(SiteOptions.browser(args));
        BundleResult r;
        try (HeadlessChromium chromium = HeadlessChromium.launch(browser)) {
            r = OfflineEditions.make(content, dist, SiteOptions.baseUrl(args), BrowserRenderer.defaultCacheDir(root),
                    chromium, out);
        }
        out.printf(Locale.ROOT, "bundle: %d pages in each edition%n", r.pages().size());
        out.printf(Locale.ROOT, "  %s  %s, gzipped %s%n", r.singleFile(), size(r.singleFileBytes()), size(r.singleFileGzipped()));
        out.printf(Locale.ROOT, "  %s  %s%n", r.zip(), size(r.zipBytes()));
        out.printf(Locale.ROOT, "  %s  %s, %d headings in its contents%n", r.pdf(), size(r.pdfBytes()), r.tocEntries());
        return 0;
    }

    static String size(long bytes) {
        return String.format(Locale.ROOT, "%.2f MB (%,d bytes)", bytes / 1e6, bytes);
    }
}
