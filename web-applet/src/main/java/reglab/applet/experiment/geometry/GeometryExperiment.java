package reglab.applet.experiment.geometry;

import java.util.List;
import org.teavm.jso.dom.html.HTMLElement;
import reglab.applet.experiment.Experiment;
import reglab.applet.run.Run;
import reglab.applet.settings.Config;
import reglab.applet.settings.Schema;
import reglab.applet.settings.Setting;
import reglab.applet.ui.ExperimentView;

/**
 * Geometry of the L1 and L2 constraints: two weights, loss contours, the diamond or the circle.
 * The penalty choice names the constraint's shape, ||w||₁ or ½||w||², solved in closed form here,
 * not one of the core's network penalties.
 */
public final class GeometryExperiment implements Experiment {

    public static final String NAME = "geometry";

    private static final Schema SCHEMA = new Schema(NAME, "Geometry of the L1 and L2 constraints",
            List.of(
                    Setting.choice("penalty", "Penalty", "l1", "l1", "l2"),
                    Setting.logNumber("lambda", "λ (penalty strength)", GeometryRun.PATH_MIN,
                            GeometryRun.PATH_MAX, "1"),
                    Setting.number("w1", "Unpenalized optimum, w₁", -3, 3, "2"),
                    Setting.number("w2", "Unpenalized optimum, w₂", -3, 3, "0.6"),
                    Setting.number("correlation", "Feature correlation", -0.9, 0.9, "0.5")),
            null);

    @Override
    public Schema schema() {
        return SCHEMA;
    }

    @Override
    public Run run(Config config) {
        return new GeometryRun(config);
    }

    @Override
    public ExperimentView view(HTMLElement root, String id, Config start, Config url) {
        return new GeometryView(root, id, start, url);
    }
}
