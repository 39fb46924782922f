package reglab.cli;

import java.nio.file.Path;
import java.util.Set;
import reglab.site.render.browser.BrowserLocator;
import reglab.site.render.browser.BrowserRenderer;

/**
 * The options {@code build}, {@code bundle} and {@code serve} share ({@code --content},
 * {@code --out}, {@code --base-url}, {@code --browser}): their help lines and how their values
 * are read, in one place. Relative defaults are resolved against the repository root.
 */
final class SiteOptions {

    /** Content folder, relative to the repository root. */
    static final String DEFAULT_CONTENT = "content";

    static final String CONTENT = "content";
    static final String OUT = "out";
    static final String BASE_URL = "base-url";
    static final String BROWSER = "browser";
    /** All four, for a command that takes nothing else. */
    static final Set<String> ALL = Set.of(CONTENT, OUT, BASE_URL, BROWSER);
    /** How many browser pages render in parallel ({@code build} and {@code serve}). */
    static final String RENDER_PAGES = "render-pages";
    /** The most {@value #RENDER_PAGES} a user may ask for: each page is a renderer process of about 200 MB. */
    static final int MAX_RENDER_PAGES = 16;

    private SiteOptions() {
    }

    /** The usage line of a command that takes the four options and nothing else. */
    static String usage(String command) {
        return "Usage: ./reglab " + command + " [--content DIR] [--out DIR] [--base-url URL] [--browser PATH]";
    }

    static String contentHelp() {
        return "  --content DIR   the Markdown content folder (default: " + DEFAULT_CONTENT + "/ in the repository)";
    }

    /** @param defaultOut the command's output folder, relative to the repository root */
    static String outHelp(String defaultOut) {
        return "  --out DIR       the output folder (default: " + defaultOut + "/ in the repository)";
    }

    /** @param use what the command does with the URL */
    static String baseUrlHelp(String use) {
        return "  --base-url URL  " + use;
    }

    static String browserHelp() {
        return "  --browser PATH  the Chromium executable (default: $" + BrowserLocator.ENV
                + ", then chromium on the PATH, then Playwright's)";
    }

    static String renderPagesHelp() {
        return "  --render-pages N  browser pages that render diagrams in parallel, 1-" + MAX_RENDER_PAGES + " (default: "
                + BrowserRenderer.defaultPages() + " here, one per core up to 4;\n"
                + "                  a build opens one per six diagrams' worth of work to render, up to N)";
    }

    /** The {@code --render-pages} value, else {@link BrowserRenderer#defaultPages()}. */
    static int renderPages(Args args) throws UserError {
        return args.getInt(RENDER_PAGES, BrowserRenderer.defaultPages(), 1, MAX_RENDER_PAGES);
    }

    /** Refuses positional arguments: these commands take options only. */
    static void noPositional(String command, Args args) throws UserError {
        if (!args.positional().isEmpty()) {
            throw new UserError(command + ": unexpected argument '" + args.positional().get(0) + "' (see ./reglab " + command
                    + " --help)", 2);
        }
    }

    /** The repository root the launcher passes as {@code -Dreglab.root}, else the working directory. */
    static Path repositoryRoot() {
        String root = System.getProperty("reglab.root");
        return (root == null || root.isBlank() ? Path.of("") : Path.of(root)).toAbsolutePath();
    }

    static Path content(Args args, Path root) {
        return folder(args, CONTENT, root, DEFAULT_CONTENT);
    }

    /** @param defaultOut the command's output folder, relative to {@code root} */
    static Path out(Args args, Path root, String defaultOut) {
        return folder(args, OUT, root, defaultOut);
    }

    static String baseUrl(Args args) {
        return args.get(BASE_URL, null);
    }

    /** The {@code --browser} value, or null to let {@link BrowserLocator} search. */
    static String browser(Args args) {
        return args.get(BROWSER, null);
    }

    /** A folder option: as given, made absolute against the working directory; else the default in the repository. */
    private static Path folder(Args args, String option, Path root, String defaultRelative) {
        return args.has(option) ? Path.of(args.get(option, null)).toAbsolutePath() : root.resolve(defaultRelative);
    }
}
