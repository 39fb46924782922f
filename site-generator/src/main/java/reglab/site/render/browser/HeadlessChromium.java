package reglab.site.render.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import reglab.site.SiteException;
import reglab.site.files.FileTrees;

/**
 * The one way the project starts a headless Chromium: the browser that {@link BrowserLocator}
 * found (never one Playwright downloads), started by this JVM with the switches Playwright would
 * give it plus ours ({@link #ARGS}), spoken to over the DevTools pipe ({@link DevToolsPipe}).
 * The build's render pages ({@link RenderPage}) use the pipe alone, so a build never starts
 * Playwright's Node.js driver: about 0.7 s of wall and CPU time off every cold build
 * (bench/browser-start.sh). Code that wants Playwright's API on the same browser (the PDF
 * printer, the browser tests) asks for {@link #browser()}: a browser from {@link #launch} also
 * listens on a loopback DevTools port, and Playwright connects to it when first asked.
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
     * compares them with a browser Playwright launched and fails when a Playwright upgrade adds one.
     */
    static final List<String> PLAYWRIGHT_DISABLED_FEATURES = List.of("AvoidUnnecessaryBeforeUnloadCheckSync",
            "BoundaryEventDispatchTracksNodeRemoval", "DestroyProfileOnBrowserClose", "DialMediaRouteProvider",
            "GlobalMediaControls", "HttpsUpgrades", "LensOverlay", "MediaRouter", "PaintHolding",
            "ThirdPartyStoragePartitioning", "BlockOriginHeaderModificationOnRedirect", "Translate", "AutoDeElevate",
            "OptimizationHints", "msForceBrowserSignIn", "msEdgeUpdateLaunchServicesPreferredVersion");

    /**
     * The other switches Playwright 1.62 gives a headless Chromium it launches (read from such a
     * browser's command line; {@code HeadlessChromiumTest} compares them): no background timer
     * throttling or renderer backgrounding (several render pages work at once, all but one in the
     * background), no hang monitor, no first-run and update machinery, sRGB colours.
     */
    static final List<String> PLAYWRIGHT_SWITCHES = List.of("--disable-field-trial-config",
            "--disable-background-timer-throttling", "--disable-backgrounding-occluded-windows",
            "--disable-back-forward-cache", "--disable-breakpad", "--disable-client-side-phishing-detection",
            "--disable-component-extensions-with-background-pages", "--no-default-browser-check",
            "--disable-default-apps", "--disable-dev-shm-usage", "--disable-extensions", "--allow-pre-commit-input",
            "--disable-hang-monitor", "--disable-ipc-flooding-protection", "--disable-popup-blocking",
            "--disable-prompt-on-repost", "--disable-renderer-backgrounding", "--force-color-profile=srgb",
            "--metrics-recording-only", "--password-store=basic", "--use-mock-keychain", "--no-service-autorun",
            "--export-tagged-pdf", "--disable-search-engine-choice-screen", "--disable-infobars", "--disable-edgeupdater",
            "--disable-updater-scheduler", "--unsafely-disable-devtools-self-xss-warnings", "--edge-skip-compat-layer-relaunch",
            "--enable-unsafe-swiftshader", "--hide-scrollbars", "--mute-audio",
            "--enable-features=CDPScreenshotNewSurface",
            "--blink-settings=primaryHoverType=2,availableHoverTypes=2,primaryPointerType=4,availablePointerTypes=4");

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

    /** How long the browser may take to answer its first command. */
    private static final long START_SECONDS = 60;

    private final Process process;
    private final DevToolsPipe devTools;
    private final Path executable;
    private final Path userDataDir;
    /** True when {@link #userDataDir} is a lasting profile ({@link RenderProfile}), false for a throwaway one. */
    private final boolean profile;
    private final boolean attachable;
    private final Deque<String> stderrTail;
    private Playwright playwright;
    private Browser browser;
    /** What to close once the browser is closed ({@link #closeAfterwards}). */
    private final List<AutoCloseable> afterwards = new ArrayList<>();

    private HeadlessChromium(Process process, DevToolsPipe devTools, Path executable, Path userDataDir, boolean profile,
                             boolean attachable, Deque<String> stderrTail) {
        this.process = process;
        this.devTools = devTools;
        this.executable = executable;
        this.userDataDir = userDataDir;
        this.profile = profile;
        this.attachable = attachable;
        this.stderrTail = stderrTail;
    }

    /** Launches the browser {@link BrowserLocator} finds with its defaults (may install chromium as root on Debian). */
    public static HeadlessChromium launch() {
        return launch(new BrowserLocator().locate(null));
    }

    /**
     * Launches the given browser executable, ready for {@link #browser()}.
     *
     * @throws SiteException when the browser cannot start, naming the executable
     */
    public static HeadlessChromium launch(Path executable) {
        return launch(executable, List.of());
    }

    /**
     * Launches the given browser executable with {@code extraArgs} after {@link #ARGS} (which they
     * must not repeat: Chromium keeps the last value of a repeated switch), ready for {@link #browser()}.
     *
     * @throws SiteException when the browser cannot start, naming the executable
     */
    public static HeadlessChromium launch(Path executable, List<String> extraArgs) {
        return start(executable, extraArgs, null, true);
    }

    /**
     * A browser for render pages alone: no DevTools port, so {@link #browser()} is not available.
     *
     * @param profileDir a lasting profile (created if missing) whose default context keeps the HTTP
     *                   cache and V8's code cache on disk, or null for a throwaway one. Chromium lets
     *                   one browser at a time use a profile; the caller makes sure of that ({@link RenderProfile}).
     * @throws SiteException when the browser cannot start, naming the executable
     */
    static HeadlessChromium launchForRendering(Path executable, List<String> extraArgs, Path profileDir) {
        return start(executable, extraArgs, profileDir, false);
    }

    private static HeadlessChromium start(Path executable, List<String> extraArgs, Path profileDir, boolean attachable) {
        Path dataDir;
        try {
            dataDir = profileDir != null ? Files.createDirectories(profileDir) : Files.createTempDirectory("reglab-chromium-");
        } catch (IOException e) {
            throw new SiteException("could not create the browser's profile folder: " + e.getMessage());
        }
        // Chromium's DevTools pipe is its descriptors 3 (commands in) and 4 (messages out): the shell
        // moves this process's pipes there and closes the standard ones.
        List<String> command = new ArrayList<>(List.of("/bin/sh", "-c", "exec \"$0\" \"$@\" 3<&0 4>&1 </dev/null >/dev/null",
                executable.toString()));
        command.addAll(PLAYWRIGHT_SWITCHES);
        command.addAll(ARGS);
        command.addAll(extraArgs);
        command.add("--user-data-dir=" + dataDir);
        command.add("--remote-debugging-pipe");
        if (attachable) {
            command.add("--remote-debugging-port=0");
        }
        command.add("--no-startup-window");
        Process process;
        try {
            process = new ProcessBuilder(command).start();
        } catch (IOException e) {
            if (profileDir == null) {
                FileTrees.deleteQuietly(dataDir);
            }
            throw new SiteException("could not launch the browser " + executable + ": " + e.getMessage()
                    + " (name another with --browser PATH or " + BrowserLocator.ENV + ")");
        }
        Deque<String> tail = keepTail(process);
        DevToolsPipe pipe = new DevToolsPipe(process.getInputStream(), process.getOutputStream());
        HeadlessChromium chromium = new HeadlessChromium(process, pipe, executable, dataDir, profileDir != null, attachable, tail);
        try {
            pipe.send(null, "Browser.getVersion", null).get(START_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            String why = e.getCause() instanceof DevToolsException d ? d.getMessage() : "it did not answer within " + START_SECONDS + " s";
            chromium.close();
            throw new SiteException("could not launch the browser " + executable + ": " + why
                    + (tail.isEmpty() ? "" : "; it said: " + String.join(" | ", tail))
                    + " (name another with --browser PATH or " + BrowserLocator.ENV + ")");
        }
        return chromium;
    }

    /** Keeps the last lines the browser writes to its standard error, for a launch's error message. */
    private static Deque<String> keepTail(Process process) {
        Deque<String> tail = new ArrayDeque<>();
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    synchronized (tail) {
                        tail.addLast(line.strip());
                        if (tail.size() > 5) {
                            tail.removeFirst();
                        }
                    }
                }
            } catch (IOException e) {
                // The browser exited.
            }
        }, "reglab-chromium-stderr");
        t.setDaemon(true);
        t.start();
        return tail;
    }

    /** The browser's DevTools pipe. */
    DevToolsPipe devTools() {
        return devTools;
    }

    /** Whether the browser runs on a lasting profile (its default context keeps its caches on disk). */
    boolean hasProfile() {
        return profile;
    }

    /**
     * Playwright's API on this browser: Playwright's driver starts and connects to the browser's
     * DevTools port the first time it is asked for.
     *
     * @throws IllegalStateException for a browser from {@link #launchForRendering}
     * @throws SiteException         when Playwright cannot start or connect
     */
    public synchronized Browser browser() {
        if (browser == null) {
            if (!attachable) {
                throw new IllegalStateException("this browser was launched for rendering only; use HeadlessChromium.launch");
            }
            String endpoint = "http://127.0.0.1:" + debuggingPort();
            try {
                playwright = Playwright.create(new Playwright.CreateOptions().setEnv(PlaywrightDriver.environment()));
            } catch (PlaywrightException | IllegalStateException e) {
                throw new SiteException("could not start Playwright's driver: " + firstLine(e.getMessage()));
            }
            try {
                browser = playwright.chromium().connectOverCDP(endpoint);
            } catch (PlaywrightException e) {
                playwright.close();
                playwright = null;
                throw new SiteException("could not connect Playwright to the browser at " + endpoint + ": " + firstLine(e.getMessage()));
            }
        }
        return browser;
    }

    /** The Playwright instance behind {@link #browser()}. */
    public synchronized Playwright playwright() {
        browser();
        return playwright;
    }

    /** The port Chromium chose for {@code --remote-debugging-port=0}: the first line of DevToolsActivePort in its profile. */
    private int debuggingPort() {
        Path file = userDataDir.resolve("DevToolsActivePort");
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_SECONDS);
        while (System.nanoTime() - end < 0) {
            try {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                if (!lines.isEmpty() && !lines.get(0).isBlank()) {
                    return Integer.parseInt(lines.get(0).strip());
                }
            } catch (IOException | NumberFormatException e) {
                // Not written yet.
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new SiteException("the browser " + executable + " did not open its DevTools port (no " + file + ")");
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
            closePlaywright();
            if (process.isAlive() && devTools.closedBecause() == null) {
                devTools.send(null, "Browser.close", null);
            }
            try {
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly();
                    process.waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
            devTools.close();
            if (!profile) {
                FileTrees.deleteQuietly(userDataDir);
            }
        } finally {
            closeAfterwards();
        }
    }

    private synchronized void closePlaywright() {
        if (playwright == null) {
            return;
        }
        try {
            playwright.close();
        } catch (PlaywrightException e) {
            // The browser is closed next in any case.
        }
        playwright = null;
        browser = null;
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
