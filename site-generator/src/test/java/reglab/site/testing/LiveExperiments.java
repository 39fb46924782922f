package reglab.site.testing;

import com.microsoft.playwright.Frame;

/**
 * Starts a page's live experiments the way a reader does. A view starts training when it first
 * comes into view, not at load, so a test that needs every experiment of a long page training
 * scrolls to each in turn.
 */
public final class LiveExperiments {

    private static final String SCROLL_THROUGH = "async () => {"
            + " for (const e of document.querySelectorAll('.reglab-applet')) {"
            + "   e.scrollIntoView(); const t0 = performance.now();"
            + "   while (e.getAttribute('data-reglab-state') === 'waiting') {"
            + "     if (performance.now() - t0 > 20000) {"
            + "       throw new Error(e.getAttribute('data-reglab-id') + ' did not start when scrolled into view'); }"
            + "     await new Promise(r => requestAnimationFrame(r)); } }"
            + " scrollTo(0, 0); }";

    private LiveExperiments() {
    }

    /** Scrolls each experiment of {@code frame} into view, waits until it has started, then back up. */
    public static void scrollThrough(Frame frame) {
        frame.evaluate(SCROLL_THROUGH);
    }
}
