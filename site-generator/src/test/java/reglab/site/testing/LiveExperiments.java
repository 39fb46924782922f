package reglab.site.testing;

import com.microsoft.playwright.Frame;

/**
 * Starts a page's live experiments the way a reader does. A view starts training when it first
 * comes into view, not at load, so a test that needs every experiment of a long page training
 * scrolls to each in turn.
 */
public final class LiveExperiments {

    /**
     * Page-side: the next animation frame, or 100 ms if none comes first. Headless Chromium can stop
     * producing frames for a page (seen once in CI); a timer still fires, so a loop that waits for
     * frames keeps checking its own time limit and fails with its message instead of waiting for ever.
     */
    public static final String NEXT_FRAME = "() => new Promise(r => { requestAnimationFrame(() => r()); setTimeout(r, 100); })";

    private static final String SCROLL_THROUGH = "async () => { const frame = " + NEXT_FRAME + ";"
            + " for (const e of document.querySelectorAll('.reglab-applet')) {"
            + "   e.scrollIntoView(); const t0 = performance.now();"
            + "   for (let s; !(s = e.getAttribute('data-reglab-state')) || s === 'waiting';) {"
            + "     if (performance.now() - t0 > 60000) {"
            + "       throw new Error((e.getAttribute('data-reglab-id') ?? e.getAttribute('data-reglab-spec'))"
            + "         + (s ? ' did not start when scrolled into view' : ' was not mounted') + ' within 60 s (page '"
            + "         + document.visibilityState + ')'); }"
            + "     await frame(); } }"
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
