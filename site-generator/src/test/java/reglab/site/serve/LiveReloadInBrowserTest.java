package reglab.site.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reglab.site.render.browser.HeadlessChromium;

/**
 * Live reload as a reader sees it, in real Chromium: an open page reloads by itself when the
 * content changes, and shows a failed rebuild's error over the page until it is fixed. One browser
 * for the class; each test gets a fresh server and page.
 */
class LiveReloadInBrowserTest {

    private static final double WAIT_MILLIS = 20_000;

    static HeadlessChromium chromium;

    @TempDir
    Path tmp;
    Path content;
    DevServer server;
    BrowserContext context;
    Page page;
    final List<String> consoleErrors = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void launch() {
        chromium = HeadlessChromium.launch();
    }

    @AfterAll
    static void closeBrowser() {
        chromium.close();
    }

    @BeforeEach
    void openPage() throws IOException {
        content = Files.createDirectories(tmp.resolve("content"));
        Path out = tmp.resolve("site");
        Files.writeString(content.resolve("index.html"), html("version one"));
        server = DevServer.start(content, out, 0, DevServer.DEFAULT_QUIET, new CopyingRebuilder(content, out),
                new PrintStream(PrintStream.nullOutputStream()));
        context = chromium.browser().newContext();
        // Records the page's EventSources, so a test can see whether the stream is open.
        context.addInitScript("(() => { const Native = window.EventSource; window.reglabSources = [];"
                + " window.EventSource = function (url) { const s = new Native(url); window.reglabSources.push(s); return s; };"
                + " })();");
        page = context.newPage();
        page.onConsoleMessage(m -> {
            if (m.type().equals("error")) {
                consoleErrors.add(m.text());
            }
        });
        page.navigate(server.url());
        page.waitForFunction("() => document.querySelector('p').textContent === 'version one'");
        // The page is live once its event stream is open; the test then changes files.
        page.waitForFunction("() => performance.getEntriesByType('resource')"
                + ".some(e => e.name.endsWith('/__reglab/livereload.js'))");
        waitForListener();
    }

    @AfterEach
    void close() {
        context.close();
        server.close();
    }

    private static String html(String text) {
        return "<!doctype html><html><head><meta charset=\"utf-8\"><title>t</title>"
                + "<link rel=\"icon\" href=\"data:,\"></head><body><p>" + text
                + "</p></body></html>";
    }

    private void waitForListener() {
        page.waitForCondition(() -> server.openPages() > 0, new Page.WaitForConditionOptions().setTimeout(WAIT_MILLIS));
    }

    @Test
    void anOpenPageReloadsWithTheNewTextWhenTheContentChanges() throws IOException {
        page.evaluate("() => { window.reglabTestMarker = 'before'; }");
        Files.writeString(content.resolve("index.html"), html("version two"));
        page.waitForFunction("() => document.querySelector('p').textContent === 'version two'", null,
                new Page.WaitForFunctionOptions().setTimeout(WAIT_MILLIS));
        assertEquals(true, page.evaluate("() => window.reglabTestMarker === undefined"), "the page was reloaded, not patched");
        assertEquals(List.of(), consoleErrors);
    }

    @Test
    void aHiddenTabClosesItsStreamAndCatchesUpWhenShownAgain() throws IOException, InterruptedException {
        assertEquals(true, page.evaluate("() => window.reglabSources.length === 1 && window.reglabSources[0].readyState === 1"));
        setHidden(true);
        assertEquals(true, page.evaluate("() => window.reglabSources.every(s => s.readyState === 2)"), "closed when hidden");
        page.evaluate("() => { window.reglabTestMarker = 'before'; }");
        try (StateEvents events = new StateEvents(server.url())) {
            events.next(20);
            Files.writeString(content.resolve("index.html"), html("version two"));
            events.next(20);
        }
        assertEquals("before", page.evaluate("() => window.reglabTestMarker"), "a hidden tab does not reload");
        setHidden(false);
        page.waitForFunction("() => document.querySelector('p').textContent === 'version two'", null,
                new Page.WaitForFunctionOptions().setTimeout(WAIT_MILLIS));
        assertEquals(true, page.evaluate("() => window.reglabTestMarker === undefined"), "the page was reloaded");
    }

    /** Emulates switching tabs: headless pages are always visible, so override what the page reads. */
    private void setHidden(boolean hidden) {
        page.evaluate("hidden => {"
                + " Object.defineProperty(document, 'hidden', {configurable: true, get: () => hidden});"
                + " document.dispatchEvent(new Event('visibilitychange')); }", hidden);
    }

    @Test
    void aFailedRebuildShowsItsErrorOverThePageUntilFixed() throws IOException {
        Files.writeString(content.resolve("notes.md"), "ok\nBROKEN\n");
        Locator overlay = page.locator("#reglab-error-overlay");
        overlay.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE).setTimeout(WAIT_MILLIS));
        assertTrue(overlay.innerText().contains("notes.md:2: this line is broken"), overlay.innerText());
        assertEquals("alert", overlay.getAttribute("role"));
        assertEquals("version one", page.locator("p").textContent(), "the old page stays underneath");

        Files.writeString(content.resolve("notes.md"), "ok\nfixed\n");
        Files.writeString(content.resolve("index.html"), html("version three"));
        page.waitForFunction("() => document.querySelector('p').textContent === 'version three'", null,
                new Page.WaitForFunctionOptions().setTimeout(WAIT_MILLIS));
        assertFalse(page.locator("#reglab-error-overlay").isVisible());
        assertEquals(List.of(), consoleErrors);
    }
}
