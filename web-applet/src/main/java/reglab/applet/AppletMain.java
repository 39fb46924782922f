package reglab.applet;

import org.teavm.jso.JSExport;
import org.teavm.jso.browser.Performance;
import org.teavm.jso.dom.html.HTMLElement;
import reglab.applet.catalogue.Catalogue;
import reglab.applet.catalogue.SpecText;
import reglab.applet.run.Run;
import reglab.applet.run.Slicer;

/**
 * The module's whole JavaScript surface, kept thin so the exports stay few (each exported class
 * grows the module): the loader ({@code reglab-applet.js}) calls {@link #mount} for each
 * experiment element, and the console API drives runs through the handle functions.
 */
public final class AppletMain {

    private static Run[] runs = new Run[4];
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
        Run run;
        try {
            run = Catalogue.run(SpecText.parseQuery(query));
        } catch (RuntimeException e) {
            lastError = e.getMessage();
            return -1;
        }
        for (int i = 0; i < runs.length; i++) {
            if (runs[i] == null) {
                runs[i] = run;
                return i;
            }
        }
        Run[] bigger = new Run[runs.length * 2];
        System.arraycopy(runs, 0, bigger, 0, runs.length);
        int handle = runs.length;
        bigger[handle] = run;
        runs = bigger;
        return handle;
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
    public static void disposeRun(int handle) {
        if (run(handle) != null) {
            runs[handle] = null;
        }
    }

    @JSExport
    public static String lastError() {
        return lastError;
    }

    private static Run run(int handle) {
        return handle >= 0 && handle < runs.length ? runs[handle] : null;
    }
}
