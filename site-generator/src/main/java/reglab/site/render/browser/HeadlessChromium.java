package reglab.site.render.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import java.nio.file.Path;
import java.util.ArrayList;
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

    /**
     * The features Playwright disables with its own {@code --disable-features} switch (version 1.62,
     * {@code chromiumSwitches.ts}). Chromium keeps only the last value of a repeated switch, so
     * {@link #ARGS}, which must name features of its own, repeats these; {@code HeadlessChromiumTest}
     * reads the running browser's command line and fails when a Playwright upgrade adds one.
     */
    static final List<String> PLAYWRIGHT_DISABLED_FEATURES = List.of("AvoidUnnecessaryBeforeUnloadCheckSync",
            "BoundaryEventDispatchTracksNodeRemoval", "DestroyProfileOnBrowserClose", "DialMediaRouteProvider",
            "GlobalMediaControls", "HttpsUpgrades", "LensOverlay", "MediaRouter", "PaintHolding",
            "ThirdPartyStoragePartitioning", "BlockOriginHeaderModificationOnRedirect", "Translate", "AutoDeElevate",
            "OptimizationHints", "msForceBrowserSignIn", "msEdgeUpdateLaunchServicesPreferredVersion");

    /**
     * Features of the browser's own window that a headless page never shows. Chromium's headless
     * mode is the full browser without a screen: every browser context gets a window whose
     * omnibox popup is a WebUI page, preloaded in a renderer process of its own. That renderer
     * alone took 1.2 s of CPU per launch, about a sixth of all the browser's work for this
     * document's cold build (measured per process from /proc).
     */
    static final List<String> UNUSED_BROWSER_UI = List.of("WebUIOmniboxPopup", "WebUIOmniboxAimPopup");

    /** Command-line switches: headless, no sandbox (we run as root in CI), nothing that phones home. */
    public static final List<String> ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--disable-features=" + String.join(",", PLAYWRIGHT_DISABLED_FEATURES) + "," + String.join(",", UNUSED_BROWSER_UI));

    private final Playwright playwright;
    private final Browser browser;
    private final Path executable;
    /** The profile's context of a {@link #launchWithProfile} browser, else null. */
    private final BrowserContext profileContext;
    /** The blank tab a browser with a profile opens with, until {@link #newProfilePage} hands it out. */
    private Page blankTab;
    /** What to close once the browser is closed ({@link #closeAfterwards}). */
    private final List<AutoCloseable> afterwards = new ArrayList<>();

    private HeadlessChromium(Playwright playwright, Browser browser, Path executable, BrowserContext profileContext) {
        this.playwright = playwright;
        this.browser = browser;
        this.executable = executable;
        this.profileContext = profileContext;
        this.blankTab = profileContext == null || profileContext.pages().isEmpty() ? null : profileContext.pages().get(0);
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
        return launch(executable, List.of());
    }

    /**
     * Launches the given browser executable with {@code extraArgs} after {@link #ARGS} (which they
     * must not repeat: Chromium keeps the last value of a repeated switch).
     *
     * @throws SiteException when Playwright or the browser cannot start, naming the executable
     */
    public static HeadlessChromium launch(Path executable, List<String> extraArgs) {
        return launch(executable, extraArgs, null);
    }

    /**
     * As {@link #launch(Path, List)}, with the profile in {@code profileDir} (created if missing)
     * instead of a throwaway one: its default context ({@link #profileContext()}) keeps the HTTP
     * cache and V8's code cache on disk. Chromium lets one browser at a time use a profile; the
     * caller makes sure of that ({@link RenderProfile}).
     *
     * @throws SiteException when Playwright or the browser cannot start, naming the executable
     */
    static HeadlessChromium launchWithProfile(Path executable, List<String> extraArgs, Path profileDir) {
        return launch(executable, extraArgs, profileDir);
    }

    private static HeadlessChromium launch(Path executable, List<String> extraArgs, Path profileDir) {
        List<String> args = new ArrayList<>(ARGS);
        args.addAll(extraArgs);
        Playwright playwright;
        try {
            playwright = Playwright.create(new Playwright.CreateOptions().setEnv(PlaywrightDriver.environment()));
        } catch (PlaywrightException | IllegalStateException e) {
            throw new SiteException("could not start Playwright's driver: " + firstLine(e.getMessage()));
        }
        try {
            if (profileDir != null) {
                BrowserContext context = playwright.chromium().launchPersistentContext(profileDir,
                        new BrowserType.LaunchPersistentContextOptions()
                                .setExecutablePath(executable)
                                .setHeadless(true)
                                .setArgs(args));
                return new HeadlessChromium(playwright, context.browser(), executable, context);
            }
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(executable)
                    .setHeadless(true)
                    .setArgs(args));
            return new HeadlessChromium(playwright, browser, executable, null);
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

    /** The context of the profile a {@link #launchWithProfile} browser keeps on disk; null for {@link #launch}. */
    BrowserContext profileContext() {
        return profileContext;
    }

    /** A new tab in {@link #profileContext()}: first the blank one the browser opened with. */
    synchronized Page newProfilePage() {
        Page page = blankTab;
        blankTab = null;
        return page != null && !page.isClosed() ? page : profileContext.newPage();
    }

    /** Has {@link #close()} close {@code resource} once the browser is closed (e.g. the profile's lock). */
    synchronized void closeAfterwards(AutoCloseable resource) {
        afterwards.add(resource);
    }

    /** The executable that was launched. */
    public Path executable() {
        return executable;
    }

    @Override
    public void close() {
        try {
            if (profileContext != null) {
                profileContext.close();
            }
            if (browser != null) {
                browser.close();
            }
        } finally {
            try {
                playwright.close();
            } finally {
                closeAfterwards();
            }
        }
    }

    private synchronized void closeAfterwards() {
        for (AutoCloseable resource : afterwards) {
            try {
                resource.close();
            } catch (Exception e) {
                // A lock or server that fails to close has nothing left to undo; the next closes anyway.
            }
        }
        afterwards.clear();
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
