package reglab.applet.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * What the applet's browser tests share: one harness site and one Chromium per test class (started
 * before its first test, closed after its last, so the suite stays quick), and pages that record
 * their console errors and uncaught exceptions for the tests to assert on.
 */
abstract class HarnessBrowserTest {

    protected static HarnessSite site;
    protected static TestBrowser chromium;

    @BeforeAll
    static void startHarness() throws Exception {
        site = new HarnessSite();
        chromium = new TestBrowser();
    }

    @AfterAll
    static void stopHarness() throws Exception {
        chromium.close();
        site.close();
    }

    /**
     * Page-side: the next animation frame, or 100 ms if none comes first. Headless Chromium can stop
     * producing frames for a page (seen once in CI: a tab whose frames stopped left a loop that
     * awaited only requestAnimationFrame waiting for ever, and the suite with it); a timer still
     * fires, so a waiting loop keeps checking its own time limit and fails with its message.
     */
    static final String NEXT_FRAME = "() => new Promise(r => { requestAnimationFrame(() => r()); setTimeout(r, 100); })";

    /**
     * Scrolls each experiment of the page into view in turn, as a reader scrolling down would, and
     * waits until it has started (views start training when first seen), then back to the top.
     */
    static final String SCROLL_THROUGH_EXPERIMENTS = "async () => { const frame = " + NEXT_FRAME + ";"
            + " for (const e of document.querySelectorAll('.reglab-applet')) {"
            + "   e.scrollIntoView(); const t0 = performance.now();"
            + "   while (e.getAttribute('data-reglab-state') === 'waiting') {"
            + "     if (performance.now() - t0 > 20000) {"
            + "       throw new Error(e.getAttribute('data-reglab-id') + ' did not start when scrolled into view (page '"
            + "         + document.visibilityState + ')'); }"
            + "     await frame(); } }"
            + " scrollTo(0, 0); }";

    /** Starts every experiment of {@code page} the way a reader does: by scrolling to each. */
    protected static void scrollThroughExperiments(Page page) {
        page.evaluate(SCROLL_THROUGH_EXPERIMENTS);
    }

    /** A new page in {@code context} whose console errors and uncaught exceptions go to {@code errors}. */
    protected static Page recordingPage(BrowserContext context, List<String> errors) {
        Page page = context.newPage();
        page.onConsoleMessage(m -> {
            if (m.type().equals("error")) {
                errors.add(m.text());
            }
        });
        page.onPageError(errors::add);
        return page;
    }
}
