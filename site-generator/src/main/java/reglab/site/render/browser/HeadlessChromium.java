package reglab.site.render.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import java.nio.file.Path;
import java.util.List;
import reglab.site.SiteException;

/**
 * The one way the project starts a headless Chromium: Playwright for Java driving the browser that
 * {@link BrowserLocator} found, never a browser Playwright downloads. Used by the build-time
 * renderer, the PDF bundler and the browser tests. Not thread-safe (Playwright is not); close it
 * on the thread that uses it.
 *
 * <pre>{@code
 * try (HeadlessChromium chromium = HeadlessChromium.launch()) {
 *     Page page = chromium.browser().newPage();
 *     ...
 * }
 * }</pre>
 */
public final class HeadlessChromium implements AutoCloseable {

    /** Command-line switches: headless, no sandbox (we run as root in CI), nothing that phones home. */
    public static final List<String> ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");

    private final Playwright playwright;
    private final Browser browser;
    private final Path executable;

    private HeadlessChromium(Playwright playwright, Browser browser, Path executable) {
        this.playwright = playwright;
        this.browser = browser;
        this.executable = executable;
    }

    /** Launches the browser {@link BrowserLocator} finds with its defaults (may install chromium as root on Debian). */
    public static HeadlessChromium launch() {
        return launch(new BrowserLocator().locate(null));
    }

    /**
     * Launches the given browser executable.
     *
     * @throws SiteException when Playwright or the browser cannot start, naming the executable
     */
    public static HeadlessChromium launch(Path executable) {
        Playwright playwright;
        try {
            playwright = Playwright.create(new Playwright.CreateOptions().setEnv(PlaywrightDriver.environment()));
        } catch (PlaywrightException | IllegalStateException e) {
            throw new SiteException("could not start Playwright's driver: " + firstLine(e.getMessage()));
        }
        try {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(executable)
                    .setHeadless(true)
                    .setArgs(ARGS));
            return new HeadlessChromium(playwright, browser, executable);
        } catch (PlaywrightException e) {
            playwright.close();
            throw new SiteException("could not launch the browser " + executable + ": " + firstLine(e.getMessage())
                    + " (name another with --browser PATH or " + BrowserLocator.ENV + ")");
        }
    }

    public Playwright playwright() {
        return playwright;
    }

    public Browser browser() {
        return browser;
    }

    /** The executable that was launched. */
    public Path executable() {
        return executable;
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            playwright.close();
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "(no message)";
        }
        String m = message.strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
