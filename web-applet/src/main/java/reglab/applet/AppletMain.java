package reglab.applet;

import org.teavm.jso.JSExport;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.browser.Performance;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.typedarrays.Float64Array;
import reglab.applet.catalogue.Catalogue;
import reglab.applet.catalogue.SpecText;
import reglab.applet.run.Run;
import reglab.applet.run.RunHandles;
import reglab.applet.run.Slicer;
import reglab.applet.settings.Config;

/**
 * The module's whole JavaScript surface, kept thin so the exports stay few (each exported class
 * grows the module): the loader ({@code reglab-applet.js}) calls {@link #mount} for each
 * experiment element, and the console API drives runs through the handle functions. A run made
 * of parts can hand them to the loader's worker pool ({@link PartSchedule}): the page claims and
 * delivers parts by handle, and a worker, holding the same module, runs one with {@link #runPart}.
 */
public final class AppletMain {

    private static String lastError = "";

    private AppletMain() {
    }

    public static void main(String[] args) {
        // Nothing to do at start: the loader mounts experiments once the DOM is ready.
    }

    /** Mounts the experiment described by {@code element}'s spec attribute; {@code id} keys its URL state. */
    @JSExport
    public static void mount(HTMLElement element, String id) {
        Mounts.mount(element, id);
    }

    /** Starts a run for a spec in query form; returns its handle, or -1 (see {@link #lastError}). */
    @JSExport
    public static int createRun(String query) {
        try {
            Config config = SpecText.parseQuery(query);
            return RunHandles.open(Catalogue.run(config), config, false);
        } catch (RuntimeException e) {
            lastError = e.getMessage();
            return -1;
        }
    }

    /** Advances a run for about {@code budgetMs}; true once it has finished. */
    @JSExport
    public static boolean stepRun(int handle, double budgetMs) {
        Run run = run(handle);
        return run == null || Slicer.slice(run, Performance::now, budgetMs);
    }

    @JSExport
    public static String runResult(int handle) {
        Run run = run(handle);
        return run == null ? "null" : run.resultJson();
    }

    @JSExport
    public static double runSamples(int handle) {
        Run run = run(handle);
        return run == null ? 0 : run.samples();
    }

    @JSExport
    public static boolean runFinished(int handle) {
        Run run = run(handle);
        return run == null || run.finished();
    }

    @JSExport
    public static void disposeRun(int handle) {
        RunHandles.close(handle);
    }

    /** A JavaScript function of a run's handle. */
    @JSFunctor
    public interface HandleCallback extends JSObject {
        void call(int handle);
    }

    /**
     * The worker pool listens: {@code opened} and {@code closed} are called with the handle of
     * each view's run that has parts, so the pool can take its parts while the view trains.
     */
    @JSExport
    public static void watchSharedRuns(HandleCallback opened, HandleCallback closed) {
        RunHandles.watchShared(opened::call, closed::call);
    }

    /** How many parts the run has; 0 if it is not made of parts (workers have nothing to take). */
    @JSExport
    public static int runParts(int handle) {
        return PartSchedule.parts(run(handle));
    }

    /** The run's settings in query form, from which a worker rebuilds the same run. */
    @JSExport
    public static String runQuery(int handle) {
        Config config = RunHandles.config(handle);
        return config == null ? "" : SpecText.toQuery(config);
    }

    /** Claims the run's next ready part for a worker: its index, or −1 (none ready now). */
    @JSExport
    public static int claimPart(int handle) {
        return RunHandles.held(handle) ? -1 : PartSchedule.claim(run(handle));
    }

    /** The input numbers of a claimed part. */
    @JSExport
    public static Float64Array partInput(int handle, int index) {
        return Float64Array.copyFromJavaArray(PartSchedule.input(run(handle), index));
    }

    /** Delivers a worker's message for a part; false if it was not one (see {@link #lastError}). */
    @JSExport
    public static boolean deliverPart(int handle, int index, Float64Array message) {
        try {
            PartSchedule.deliver(run(handle), index, message.copyToJavaArray());
            return true;
        } catch (RuntimeException e) {
            lastError = e.getMessage();
            return false;
        }
    }

    /** Gives back a part whose worker failed, to run here or in another worker. */
    @JSExport
    public static void failPart(int handle, int index) {
        PartSchedule.fail(run(handle), index);
    }

    /**
     * In a worker: runs part {@code index} of the run {@code query} describes and returns its
     * message (its numbers, then its sample count), or null (see {@link #lastError}).
     */
    @JSExport
    public static Float64Array runPart(String query, int index, Float64Array input) {
        try {
            return Float64Array.copyFromJavaArray(
                    PartSchedule.runPart(query, index, input.copyToJavaArray()));
        } catch (RuntimeException e) {
            lastError = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return null;
        }
    }

    @JSExport
    public static String lastError() {
        return lastError;
    }

    private static Run run(int handle) {
        return RunHandles.run(handle);
    }
}
