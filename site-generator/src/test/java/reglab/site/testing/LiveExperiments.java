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
            + "   for (let s; !(s = e.getAttribute('data-reglab-state')) || s === 'waiting';) {"
            + "     if (performance.now() - t0 > 60000) {"
            + "       throw new Error((e.getAttribute('data-reglab-id') ?? e.getAttribute('data-reglab-spec'))"
            + "         + (s ? ' did not start when scrolled into view' : ' was not mounted') + ' within 60 s'); }"
            + "     await new Promise(r => requestAnimationFrame(r)); } }"
            + " scrollTo(0, 0); }";

    private LiveExperiments() {
    }

    /**
     * Scrolls each experiment of {@code frame} into view, waits until it is mounted (the page's
     * module may still be loading: an experiment without a state is not mounted yet, and scrolling
     * past it would leave it waiting) and has started, then scrolls back up.
     */
    public static void scrollThrough(Frame frame) {
        frame.evaluate(SCROLL_THROUGH);
    }
}
