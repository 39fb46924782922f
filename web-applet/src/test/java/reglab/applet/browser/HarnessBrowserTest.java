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
