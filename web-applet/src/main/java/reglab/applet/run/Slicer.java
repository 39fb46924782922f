package reglab.applet.run;



/**
 * Runs a {@link Run} for a bounded time slice, the way TeaVM's benchmark sample bounds work per
 * tick: the page gets control back after each slice, so no task runs long (the applet uses a budget
 * of {@link #FRAME_BUDGET_MS} per animation frame, far below the 50 ms long-task threshold).
 */
public final class Slicer {

    /** Training time per animation frame, leaving room for drawing within one 16.7 ms frame. */
    public static final double FRAME_BUDGET_MS = 10;

    private Slicer() {
    }

    /**
     * Advances {@code run} until {@code budgetMs} has passed or it finishes; at least one unit.
     *
     * @return true if the run has finished
     */
    public static boolean slice(Run run, Clock clock, double budgetMs) {
        double end = clock.nowMs() + budgetMs;
        do {
            if (!run.advance()) {
                return true;
            }
            if (run instanceof PartedRun && !((PartedRun) run).hasLocalWork()) {
                return false; // the rest is with the workers: give the page its time back
            }
        } while (clock.nowMs() < end);
        return false;
    }
}
