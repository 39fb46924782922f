package reglab.site.markdown.applet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reglab.site.pipeline.BuildOptions;
import reglab.site.pipeline.SiteBuilder;
import reglab.site.render.browser.BrowserRenderer;
import reglab.site.render.browser.HeadlessChromium;
import reglab.site.testing.LiveExperiments;

/**
 * The experiments on the built site: the real content built with the real renderer, then the
 * licensed page (experiments from the overlay) and the Lab page read in Chromium over http and
 * from file://. Every experiment mounts and trains, with no console errors, on both backends.
 */
class AppletsOnSiteTest {

    private static final List<String> IDS = List.of("overfitting", "sparsity", "dropout",
            "geometry", "playground");

    @TempDir
    static Path tmp;
    static Path out;
    static HeadlessChromium chromium;
    static HttpServer server;

    @BeforeAll
    static void build() throws IOException {
        chromium = HeadlessChromium.launch();
        out = tmp.resolve("site");
        try (BrowserRenderer renderer = new BrowserRenderer(null, chromium)) {
            new SiteBuilder(BuildOptions.of(Path.of("..", "content"), out, null),
                    new PrintStream(new ByteArrayOutputStream())).build(renderer);
        }
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            Path file = out.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
            if (!file.startsWith(out) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            String name = file.toString();
            exchange.getResponseHeaders().set("Content-Type", name.endsWith(".wasm") ? "application/wasm"
                    : name.endsWith(".js") ? "text/javascript" : name.endsWith(".css") ? "text/css"
                    : name.endsWith(".svg") ? "image/svg+xml" : "text/html; charset=utf-8");
            byte[] body = Files.readAllBytes(file);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream o = exchange.getResponseBody()) {
                o.write(body);
            }
        });
        server.start();
    }

    @AfterAll
    static void close() {
        if (server != null) {
            server.stop(0);
        }
        if (chromium != null) {
            chromium.close();
        }
    }

    private static String http(String page) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + page;
    }

    /** Opens a page, waits for every experiment to mount and the playground to train 3 epochs. */
    private static void check(String url, String backend, String initScript) {
        List<String> errors = new ArrayList<>();
        try (BrowserContext context = chromium.browser().newContext()) {
            if (initScript != null) {
                context.addInitScript(initScript);
            }
            Page page = context.newPage();
            page.onConsoleMessage(m -> {
                if (m.type().equals("error")) {
                    errors.add(m.text() + " at " + m.location());
                }
            });
            page.onPageError(errors::add);
            page.navigate(url);
            page.evaluate("() => window.reglab.ready");
            assertEquals(backend, page.evaluate("() => reglab.backend"), url);
            LiveExperiments.scrollThrough(page.mainFrame());
            for (String id : IDS) {
                String state = page.locator("[data-reglab-id=" + id + "]")
                        .getAttribute("data-reglab-state");
                assertTrue(List.of("training", "finished", "stopped-early").contains(state),
                        url + " " + id + ": " + state);
            }
            page.waitForFunction("() => +document.querySelector('[data-reglab-id=playground]')"
                    + ".getAttribute('data-reglab-epoch') >= 3");
            @SuppressWarnings("unchecked")
            Map<String, Object> h = (Map<String, Object>) page.evaluate(
                    "() => reglab.train({experiment: 'playground', dataset: 'circle', epochs: 20})");
            List<?> loss = (List<?>) h.get("loss");
            assertTrue(((Number) loss.get(loss.size() - 1)).doubleValue()
                    < ((Number) loss.get(0)).doubleValue(), "loss falls on " + url);
        }
        assertEquals(List.of(), errors, url);
    }

    @Test
    void licensedPageShowsEveryExperimentBesideItsSection() throws IOException {
        String html = Files.readString(out.resolve("index.html"));
        int heading = html.indexOf("Comparison of L1 and L2 Regularization");
        int sparsity = html.indexOf("data-reglab-spec=\"experiment=sparsity\"");
        assertTrue(heading > 0 && sparsity > heading, "sparsity follows its section");
        // Each new experiment sits in its section: after its heading, before the next one.
        String[][] placed = {
            {"id=\"activity-regularization\"", "experiment=activity\"", "id=\"1-data-augmentation\""},
            {"id=\"2-early-stopping\"", "experiment=overfitting&amp;samples=15", "id=\"3-batch-normalization\""},
            {"id=\"3-batch-normalization\"", "experiment=batchnorm\"", "id=\"visual-comparison-of-regularization-effects\""},
            {"id=\"typical-usage\"", "experiment=tuning\"", "id=\"advanced-regularization-techniques\""},
            {"id=\"1-data-augmentation\"", "experiment=augmentation\"", "id=\"2-early-stopping\""},
            {"id=\"industry-trends-and-best-practices\"", "experiment=transfer\"", "id=\"mathematical-intuition-behind-regularization\""},
        };
        for (String[] p : placed) {
            int start = html.indexOf(p[0]);
            int at = html.indexOf("data-reglab-spec=\"" + p[1]);
            int next = html.indexOf(p[2]);
            assertTrue(start > 0 && at > start && next > at, p[1] + " between '" + p[0] + "' (" + start
                    + ") and '" + p[2] + "' (" + next + "): " + at);
        }
        check(http("index.html"), "wasm-gc", null);
    }

    @Test
    void labPageTrainsOverHttpFromFileAndWithTheJavaScriptFallback() {
        check(http("lab.html"), "wasm-gc", null);
        check(out.resolve("lab.html").toUri().toString(), "wasm-gc", null);
        check(http("lab.html"), "js", "WebAssembly.validate = () => false;");
    }

    /**
     * An experiment starts training when its reader scrolls to it, and training fills in its line
     * of numbers: the page below must not move when it does (no layout shift, at a desktop and a
     * phone width). Each experiment of the licensed page is scrolled into view and trained to its
     * end while the browser's layout-shift entries are summed. The negative control hides the
     * sizers that reserve the status line's and the numbers' room (SteadyText), and sees the page move.
     */
    @Test
    void experimentsDoNotMoveThePageWhenTheyStartTraining() {
        for (int width : new int[] {1280, 390}) {
            try (BrowserContext context = chromium.browser().newContext(
                    new Browser.NewContextOptions().setViewportSize(width, 800))) {
                Page page = context.newPage();
                page.navigate(http("index.html"));
                page.evaluate("() => window.reglab.ready");
                assertEquals(List.of(), shiftsWhileTraining(page, 100), "width " + width + ": elements moved by training");
            }
        }
        try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 800))) {
            Page page = context.newPage();
            page.navigate(http("index.html"));
            page.evaluate("() => window.reglab.ready");
            page.addStyleTag(new Page.AddStyleTagOptions().setContent(".reglab-steady-sizer { display: none; }"));
            assertFalse(shiftsWhileTraining(page, 3).isEmpty(), "without the sizer, training moves the page");
        }
    }

    /**
     * Scrolls each of the first {@code limit} experiments into view and waits until it has
     * trained; returns the layout shifts (not caused by input) seen meanwhile, each as the
     * experiment it happened at and its score.
     */
    @SuppressWarnings("unchecked")
    private static List<String> shiftsWhileTraining(Page page, int limit) {
        return (List<String>) page.evaluate("async limit => { const shifts = []; let at = '';"
                + " new PerformanceObserver(l => l.getEntries().forEach(e => { if (!e.hadRecentInput) shifts.push(at + ': ' + e.value.toFixed(4)); }))"
                + "   .observe({ type: 'layout-shift' });"
                + " const frame = " + LiveExperiments.NEXT_FRAME + ";"
                + " for (const e of [...document.querySelectorAll('.reglab-applet')].slice(0, limit)) {"
                + "   at = e.getAttribute('data-reglab-id'); e.scrollIntoView(); const t0 = performance.now();"
                + "   while ([null, 'waiting', 'training'].includes(e.getAttribute('data-reglab-state'))) {"
                + "     if (performance.now() - t0 > 60000) throw new Error(at + ' did not finish training in 60 s');"
                + "     await frame(); }"
                + "   await frame(); await frame(); }"
                + " return shifts; }", limit);
    }
}
