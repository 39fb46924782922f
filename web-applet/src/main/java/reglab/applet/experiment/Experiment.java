package reglab.applet.experiment;

import org.teavm.jso.dom.html.HTMLElement;
import reglab.applet.run.Run;
import reglab.applet.settings.Config;
import reglab.applet.settings.Schema;
import reglab.applet.ui.ExperimentView;

/**
 * One live experiment, everything about it in one place: its settings, the run its settings
 * define, and the view that draws the run. Each experiment's package holds its implementation,
 * its run and its view; {@code reglab.applet.catalogue.Catalogue} lists the implementations.
 *
 * <p>Only {@link #view} touches the browser. The site generator reads {@link #schema} on the JVM,
 * where the browser classes are absent, so implementations name their view class only inside
 * {@code view}'s body.
 */
public interface Experiment {

    /** The experiment's name, title and settings (ranges, defaults, choices from the core's registries). */
    Schema schema();

    /**
     * A new run of {@code config}, which must be of this experiment's schema. A run is a pure
     * function of its config: seeded, no shared state, so the same config gives the same result
     * bit for bit, in the page, in a worker or on the JVM.
     */
    Run run(Config config);

    /**
     * Builds this experiment's view into {@code root}, starting from {@code start} (the page's
     * spec) with {@code url} (the page address's changes) applied; {@code id} prefixes its URL
     * parameters.
     */
    ExperimentView view(HTMLElement root, String id, Config start, Config url);
}
