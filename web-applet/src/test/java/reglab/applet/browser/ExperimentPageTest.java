package reglab.applet.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A test of one experiment on its harness page ({@code EXPERIMENT.html}): a fresh browser context
 * and page per test, which must end without console errors, and the page's experiment box,
 * found by {@code data-reglab-id}.
 */
abstract class ExperimentPageTest extends HarnessBrowserTest {

    /** How long a default run may take to finish on a slow machine. */
    private static final double FINISH_TIMEOUT_MS = 300_000;

    private final String experiment;
    protected BrowserContext context;
    protected Page page;
    protected final List<String> errors = new ArrayList<>();

    protected ExperimentPageTest(String experiment) {
        this.experiment = experiment;
    }

    @BeforeEach
    void openPage() {
        context = chromium.browser().newContext();
        page = recordingPage(context, errors);
    }

    @AfterEach
    void closePage() {
        context.close();
        assertEquals(List.of(), errors, "console errors");
    }

    /** Opens the experiment's harness page with {@code query} and waits for the module. */
    protected void load(String query) {
        page.navigate(site.url(experiment + ".html" + query));
        page.evaluate("() => window.reglab.ready");
    }

    /** Waits until the experiment's box is in {@code state} (its {@code data-reglab-state}). */
    protected void waitForState(String state) {
        page.waitForFunction("([id, s]) => document.querySelector('[data-reglab-id=' + id + ']')"
                + ".getAttribute('data-reglab-state') === s", List.of(experiment, state),
                new Page.WaitForFunctionOptions().setTimeout(FINISH_TIMEOUT_MS));
    }

    protected void waitForFinished() {
        waitForState("finished");
    }
}
