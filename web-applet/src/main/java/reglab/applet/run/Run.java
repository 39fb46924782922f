package reglab.applet.run;



/**
 * A running experiment, advanced in small units of work so the browser can interleave drawing
 * and input between them (see {@link Slicer}). Plain Java: the same runs execute in the browser
 * (WasmGC or JavaScript) and on HotSpot for the tests and the benchmark.
 *
 * <p>A run is a pure function of the settings it was made from: seeded, holding no global
 * state, so the same settings give the same result bit for bit however its work is sliced and
 * wherever it runs, and independent runs (folds, trials, compared models) can run side by side.
 * Its result is JSON ({@link ResultJson}), every number exact.
 *
 * <p>Call order: {@link #advance} until it returns false; {@link #resultJson} at any time.
 */
public interface Run {

    /**
     * Does one unit of work — one mini-batch, one slice of an evaluation, one point of a path —
     * small enough that a slice of a few milliseconds holds at least one.
     *
     * @return false once the run is finished (converged, stopped early, diverged or out of epochs)
     */
    boolean advance();

    /** Whether the run has finished; a view's Play button then starts a fresh run. */
    boolean finished();

    /** Training examples processed so far (for samples-per-second figures). */
    long samples();

    /** What the run has produced so far, as JSON (the console API's {@code train} result). */
    String resultJson();
}
