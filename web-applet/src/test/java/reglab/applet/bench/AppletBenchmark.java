package reglab.applet.bench;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import reglab.applet.browser.HarnessSite;
import reglab.applet.browser.TestBrowser;
import reglab.applet.run.Run;
import reglab.applet.catalogue.Catalogue;
import reglab.applet.page.AppletAssets;
import reglab.applet.catalogue.SpecText;

/**
 * Prints the applet's figures (run by {@code bench/applet.sh}; a benchmark, not a test): training
 * samples per second for the playground network and the document's Keras model — the same
 * {@link Run}s in WasmGC in Chromium, in TeaVM's JavaScript in Chromium, and on this JDK's
 * HotSpot (a fresh JVM per model, warmed up for seconds) — the module's gzipped size, and the time
 * to each experiment's first trained frame: after its section scrolls into view on a long page
 * (issue 10's figure; {@link #firstFrameAfterScroll}), and after navigation start on a page holding
 * it alone, at the top (which includes loading the module). Each samples/s figure is the best of
 * {@link #MEASURED} runs after warm-up; each Keras run trains 15 epochs (about half a second),
 * long enough for V8's optimising tier to settle, which the earlier 4-epoch runs were not. The
 * pages ask for no workers ({@code ?reglab-workers=0}): these are one thread's figures
 * ({@code bench/workers.sh} measures the worker pool); the first-frame pages keep the page's
 * default workers, as a reader's page has them. {@code --first-frame} prints only the first-frame
 * figures.
 */
public final class AppletBenchmark {

    /** The playground network on spiral: 2-8-8-1, tanh, batch 10, SGD. */
    static final String PLAYGROUND = "experiment=playground&dataset=spiral&layers=8,8&epochs=150";
    /** The document's model, 100-64-64-10 with dropout 0.5 and l2(0.001), Adam, batch 32. */
    static final String KERAS = "experiment=dropout&compare=false&samples=2000&epochs=15";

    /** The page address's query that keeps every run on the page's own thread. */
    static final String NO_WORKERS = "reglab-workers=0";

    static final int WARMUPS = 2;
    static final int MEASURED = 3;
    static final double HOTSPOT_WARMUP_SECONDS = 5;

    /** Page loads per first-frame figure. */
    static final int LOADS = 5;
    /**
     * How long a loaded page is left before it counts as idle (then one idle callback more): the
     * module is in, every view mounted, and the worker pool, started at load, has compiled its
     * module copies, so the scroll competes with nothing the page began at load.
     */
    static final int SETTLE_MS = 1500;

    private AppletBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--hotspot")) {
            System.out.println(hotspot(args[1]));
            return;
        }
        if (args.length == 1 && args[0].equals("--first-frame")) {
            try (HarnessSite site = new HarnessSite(); TestBrowser chromium = new TestBrowser()) {
                firstFrames(site, chromium);
            }
            return;
        }
        System.out.println("reglab applet benchmark (samples/s = training examples per second of"
                + " compute, per-epoch evaluation included; best of " + MEASURED + " after "
                + WARMUPS + " warm-ups)");
        double[][] figures = new double[3][2];
        String[] specs = {PLAYGROUND, KERAS};
        for (int k = 0; k < 2; k++) {
            figures[2][k] = hotspotInOwnJvm(specs[k]);
        }
        try (HarnessSite site = new HarnessSite(); TestBrowser chromium = new TestBrowser()) {
            for (int b = 0; b < 2; b++) {
                try (BrowserContext context = chromium.browser().newContext()) {
                    if (b == 1) {
                        context.addInitScript("WebAssembly.validate = () => false;");
                    }
                    Page page = context.newPage();
                    page.navigate(site.url("index.html") + "?" + NO_WORKERS);
                    page.evaluate("() => reglab.ready");
                    String backend = (String) page.evaluate("() => reglab.backend");
                    if (!backend.equals(b == 0 ? "wasm-gc" : "js")) {
                        throw new IllegalStateException("expected the other backend, got " + backend);
                    }
                    // Stop the page's own experiments so they do not compete for the CPU.
                    page.evaluate("() => document.querySelectorAll('button[data-action=play]')"
                            + ".forEach(b => { if (b.getAttribute('aria-pressed') === 'true') b.click(); })");
                    for (int k = 0; k < 2; k++) {
                        figures[b][k] = browser(page, specs[k]);
                    }
                }
            }
            System.out.printf("%-28s %14s %14s%n", "samples/s", "playground", "Keras model");
            String[] names = {"WasmGC in Chromium", "TeaVM JS in Chromium", "HotSpot " + System.getProperty("java.version")};
            for (int r = 0; r < 3; r++) {
                System.out.printf("%-28s %14.0f %14.0f%n", names[r], figures[r][0], figures[r][1]);
            }
            System.out.printf("WasmGC / HotSpot: playground %.2f, Keras %.2f%n",
                    figures[0][0] / figures[2][0], figures[0][1] / figures[2][1]);
            sizes();
            firstFrames(site, chromium);
        }
    }

    private static void firstFrames(HarnessSite site, TestBrowser chromium) throws IOException {
        System.out.println("load average before the first-frame figures: " + loadAverage());
        firstFrameAfterScroll(site, chromium);
        firstFrameAfterNavigation(site, chromium, "index.html");
        // The augmentation page also loads the digits' script and decodes it before training.
        firstFrameAfterNavigation(site, chromium, "augmentation.html");
        firstFrameAfterNavigation(site, chromium, "tuning.html");
        firstFrameAfterNavigation(site, chromium, "transfer.html");
        System.out.println("load average after: " + loadAverage());
    }

    /** The machine's 1-, 5- and 15-minute load averages (timings on a busy machine are slower). */
    private static String loadAverage() throws IOException {
        Path proc = Path.of("/proc/loadavg");
        if (!java.nio.file.Files.isReadable(proc)) {
            return "unknown";
        }
        String[] f = java.nio.file.Files.readString(proc).trim().split(" ");
        return f[0] + " " + f[1] + " " + f[2] + " (" + Runtime.getRuntime().availableProcessors()
                + " cores)";
    }

    /**
     * {@link #hotspot} in a fresh JVM per model: in one JVM the model measured second runs code
     * whose type profiles the first one shaped (tanh and SGD against ReLU, dropout and Adam), which
     * cost HotSpot's Keras figure about a seventh. Each model gets HotSpot at its best.
     */
    private static double hotspotInOwnJvm(String spec) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                AppletBenchmark.class.getName(), "--hotspot", spec)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("the HotSpot run of " + spec + " failed: " + out);
        }
        return Double.parseDouble(out);
    }

    /**
     * HotSpot's figure, warmed up for at least {@link #HOTSPOT_WARMUP_SECONDS} (and
     * {@link #WARMUPS} runs): C2 keeps recompiling the training loops for a few seconds, and a
     * short warm-up left the Keras figure up to a fifth below what it settles at.
     */
    private static double hotspot(String spec) {
        long warmEnd = System.nanoTime() + (long) (HOTSPOT_WARMUP_SECONDS * 1e9);
        for (int rep = 0; rep < WARMUPS || System.nanoTime() < warmEnd; rep++) {
            hotspotRun(spec);
        }
        double best = 0;
        for (int rep = 0; rep < MEASURED; rep++) {
            best = Math.max(best, hotspotRun(spec));
        }
        return best;
    }

    private static double hotspotRun(String spec) {
        Run run = Catalogue.run(SpecText.parseQuery(spec));
        long t0 = System.nanoTime();
        while (run.advance()) {
            // train to the end
        }
        return run.samples() / ((System.nanoTime() - t0) / 1e9);
    }

    private static double browser(Page page, String spec) {
        double best = 0;
        for (int rep = 0; rep < WARMUPS + MEASURED; rep++) {
            double rate = ((Number) page.evaluate("s => reglab.benchmark(s)", spec)).doubleValue();
            if (rep >= WARMUPS) {
                best = Math.max(best, rate);
            }
        }
        return best;
    }

    static void sizes() throws IOException {
        long wasm = gzipped(AppletAssets.WASM_MODULE);
        long runtime = gzipped(AppletAssets.WASM_RUNTIME);
        long loader = gzipped(AppletAssets.LOADER);
        long js = gzipped(AppletAssets.JS_FALLBACK);
        System.out.printf("gzipped: module %d B + runtime %d B = %.1f KB (goal <= 150 KB); loader %d B;"
                + " JS fallback %d B%n", wasm, runtime, (wasm + runtime) / 1024.0, loader, js);
    }

    private static long gzipped(String name) throws IOException {
        try (InputStream in = AppletBenchmark.class.getClassLoader()
                .getResourceAsStream(AppletAssets.RESOURCE_DIR + name)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
                in.transferTo(gz);
            }
            return out.size();
        }
    }

    /**
     * Issue 10's figure: on a page built from the document page's overlay ({@link DocumentSections}:
     * its experiments in its order and settings, each after more than a screen of text, none in
     * view at load; the harness page {@code sections.html}, a copy of it, when the benchmark does
     * not run from the repository), for each
     * experiment and each of {@link #LOADS} fresh page loads: wait until the page is loaded and
     * idle (every view mounted and waiting to be seen, {@link #SETTLE_MS}, one idle callback),
     * scroll the experiment's figure to the top of the viewport, and take the time from just
     * before the scroll to the end of the first frame that trained its run and redrew it
     * ({@code data-reglab-first-frame}); also to when it began to play ({@code data-reglab-seen}:
     * the intersection observer's delay).
     */
    private static void firstFrameAfterScroll(HarnessSite site, TestBrowser chromium) throws IOException {
        String pageName = "sections.html";
        if (java.nio.file.Files.isRegularFile(DocumentSections.OVERLAY)) {
            pageName = "document.html";
            DocumentSections.write(DocumentSections.OVERLAY, site.root(), pageName);
        }
        System.out.println("first trained frame after the section scrolls into view (" + pageName
                + (pageName.equals("document.html") ? " from " + DocumentSections.OVERLAY : "")
                + ", localhost, WasmGC, default workers, " + LOADS + " loads each; goal <= 300 ms):");
        System.out.printf("  %-14s %8s %8s %8s   %s%n", "experiment", "best", "median", "worst",
                "scroll to playing (median)");
        int count = -1;
        for (int i = 0; count < 0 || i < count; i++) {
            double[] frame = new double[LOADS];
            double[] seen = new double[LOADS];
            String id = null;
            for (int rep = 0; rep < LOADS; rep++) {
                try (BrowserContext context = chromium.browser().newContext()) {
                    Page page = context.newPage();
                    page.navigate(site.url(pageName));
                    page.evaluate("() => reglab.ready");
                    count = ((Number) page.evaluate(
                            "() => document.querySelectorAll('.reglab-applet').length")).intValue();
                    page.evaluate("ms => new Promise(r => setTimeout(r, ms))"
                            + ".then(() => new Promise(r => requestIdleCallback(r, {timeout: 5000})))",
                            SETTLE_MS);
                    Object started = page.evaluate("() => [...document.querySelectorAll('.reglab-applet')]"
                            + ".filter(e => e.getAttribute('data-reglab-state') !== 'waiting')"
                            + ".map(e => e.getAttribute('data-reglab-id') + ' ' + e.getAttribute('data-reglab-state'))");
                    if (!((java.util.List<?>) started).isEmpty()) {
                        throw new IllegalStateException("experiments not waiting before any scroll: " + started);
                    }
                    id = (String) page.evaluate("i => document.querySelectorAll('.reglab-applet')[i]"
                            + ".getAttribute('data-reglab-id')", i);
                    double t0 = ((Number) page.evaluate("i => { const f = document"
                            + ".querySelectorAll('.reglab-applet')[i]; const t0 = performance.now();"
                            + " f.scrollIntoView({block: 'start'}); return t0; }", i)).doubleValue();
                    String figure = "[data-reglab-id=" + id + "]";
                    page.waitForFunction("sel => document.querySelector(sel).hasAttribute('data-reglab-first-frame')",
                            figure);
                    frame[rep] = Double.parseDouble(page.locator(figure).getAttribute("data-reglab-first-frame")) - t0;
                    seen[rep] = Double.parseDouble(page.locator(figure).getAttribute("data-reglab-seen")) - t0;
                }
            }
            java.util.Arrays.sort(frame);
            java.util.Arrays.sort(seen);
            System.out.printf("  %-14s %5.0f ms %5.0f ms %5.0f ms   %.0f ms%n", id, frame[0],
                    frame[LOADS / 2], frame[LOADS - 1], seen[LOADS / 2]);
        }
    }

    /**
     * The first trained frame after navigation start, on a page holding the experiment alone at
     * its top (in view at load, so it plays as soon as it is mounted): loading the module, and the
     * digits' script for augmentation, included.
     */
    private static void firstFrameAfterNavigation(HarnessSite site, TestBrowser chromium, String harnessPage) {
        double[] ms = new double[LOADS];
        for (int rep = 0; rep < LOADS; rep++) {
            try (BrowserContext context = chromium.browser().newContext()) {
                Page page = context.newPage();
                page.navigate(site.url(harnessPage));
                page.waitForFunction("() => document.querySelector('.reglab-applet')"
                        + ".hasAttribute('data-reglab-first-frame')");
                ms[rep] = Double.parseDouble(page.locator(".reglab-applet").first()
                        .getAttribute("data-reglab-first-frame"));
            }
        }
        java.util.Arrays.sort(ms);
        System.out.printf("first trained frame of %s after navigation start (localhost, WasmGC, %d loads):"
                + " best %.0f ms, median %.0f ms, worst %.0f ms%n", harnessPage, LOADS, ms[0],
                ms[LOADS / 2], ms[LOADS - 1]);
    }
}
