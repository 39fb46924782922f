package reglab.applet.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How the applet loads: one backend per page (WasmGC, or TeaVM's JavaScript when WasmGC is
 * hidden), once however many experiments the page holds, from http and from file://, and with no
 * long task while training.
 */
class LoadingBrowserTest {

    /** Makes the browser look like one without WebAssembly GC: validating a GC module fails. */
    private static final String HIDE_WASM_GC = "(() => { const v = WebAssembly.validate;"
            + " WebAssembly.validate = b => { const a = new Uint8Array(b.buffer || b);"
            + " return a.length === 15 && a[11] === 0x5f ? false : v(b); }; })();";

    private static HarnessSite site;
    private static TestBrowser chromium;

    @BeforeAll
    static void start() throws Exception {
        site = new HarnessSite();
        chromium = new TestBrowser();
    }

    @AfterAll
    static void stop() throws Exception {
        chromium.close();
        site.close();
    }

    /** Opens a page, records errors and requested URLs, waits until every experiment mounted. */
    private static Page open(BrowserContext context, String url, List<String> errors,
            List<String> requests) {
        Page page = context.newPage();
        page.onConsoleMessage(m -> {
            if (m.type().equals("error")) {
                errors.add(m.text());
            }
        });
        page.onPageError(errors::add);
        page.onRequest(r -> requests.add(r.url()));
        page.navigate(url);
        page.waitForFunction("() => window.reglab && window.reglab.backend");
        page.evaluate("() => window.reglab.ready");
        return page;
    }

    private static long count(List<String> requests, String suffix) {
        return requests.stream().filter(u -> u.endsWith(suffix)).count();
    }

    @Test
    void wasmGcIsLoadedOnceForSeveralExperiments() {
        List<String> errors = new ArrayList<>();
        List<String> requests = new ArrayList<>();
        try (BrowserContext context = chromium.browser().newContext()) {
            Page page = open(context, site.url("all.html"), errors, requests);
            assertEquals("wasm-gc", page.evaluate("() => reglab.backend"));
            int experiments = page.locator(".reglab-applet").count();
            assertTrue(experiments >= 2, "the page holds several experiments");
            assertEquals(experiments, page.locator(".reglab-applet[data-reglab-id]").count(),
                    "all mounted");
            assertEquals(1, count(requests, "reglab-applet.wasm"));
            assertEquals(0, count(requests, "reglab-applet-js.js"), "never both backends");
        }
        assertEquals(List.of(), errors);
    }

    @Test
    void javascriptFallbackWhenWasmGcIsUnavailable() {
        List<String> errors = new ArrayList<>();
        List<String> requests = new ArrayList<>();
        try (BrowserContext context = chromium.browser().newContext()) {
            context.addInitScript(HIDE_WASM_GC);
            Page page = open(context, site.url("index.html"), errors, requests);
            assertEquals("js", page.evaluate("() => reglab.backend"));
            assertEquals(0, count(requests, ".wasm"), "no WebAssembly fetched");
            assertEquals(1, count(requests, "reglab-applet-js.js"));
            @SuppressWarnings("unchecked")
            Map<String, Object> h = (Map<String, Object>) page.evaluate(
                    "() => reglab.train('experiment=playground&dataset=xor&epochs=30')");
            List<?> loss = (List<?>) h.get("loss");
            assertTrue(((Number) loss.get(loss.size() - 1)).doubleValue()
                    < 0.6 * ((Number) loss.get(0)).doubleValue(), "loss falls: " + loss);
            page.waitForFunction("() => +document.querySelector('.reglab-applet')"
                    + ".getAttribute('data-reglab-epoch') >= 3");
        }
        assertEquals(List.of(), errors);
    }

    @Test
    void worksFromFileUrlsWithEmbeddedBytes() {
        List<String> errors = new ArrayList<>();
        List<String> requests = new ArrayList<>();
        try (BrowserContext context = chromium.browser().newContext()) {
            Page page = open(context, site.fileUrl("index.html"), errors, requests);
            assertEquals("wasm-gc", page.evaluate("() => reglab.backend"));
            assertEquals(1, count(requests, "reglab-applet-bytes.js"));
            assertEquals(0, count(requests, "reglab-applet.wasm"), "no fetch of the .wasm");
            page.waitForFunction("() => +document.querySelector('.reglab-applet')"
                    + ".getAttribute('data-reglab-epoch') >= 3");
        }
        assertEquals(List.of(), errors);
    }

    @Test
    void noLongTaskWhileTraining() {
        List<String> errors = new ArrayList<>();
        List<String> requests = new ArrayList<>();
        try (BrowserContext context = chromium.browser().newContext()) {
            Page page = open(context, site.url("all.html"), errors, requests);
            // Observe only after loading: compiling the module is not training.
            Object longest = page.evaluate("() => new Promise(resolve => {"
                    + " const seen = [];"
                    + " const obs = new PerformanceObserver(list => list.getEntries()"
                    + "   .forEach(e => seen.push(e.duration)));"
                    + " obs.observe({type: 'longtask'});"
                    + " setTimeout(() => { obs.disconnect(); resolve(seen); }, 3000); })");
            assertEquals(List.of(), longest, "tasks over 50 ms while training (ms)");
            int epoch = Integer.parseInt(page.locator(".reglab-applet").first()
                    .getAttribute("data-reglab-epoch"));
            assertTrue(epoch > 0, "it was training meanwhile");
        }
        assertEquals(List.of(), errors);
    }
}
