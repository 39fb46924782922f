package reglab.applet.experiment.sparsity;

import java.util.List;
import org.teavm.jso.dom.html.HTMLElement;
import reglab.applet.experiment.Experiment;
import reglab.applet.run.Run;
import reglab.applet.settings.Config;
import reglab.applet.settings.Schema;
import reglab.applet.settings.Setting;
import reglab.applet.settings.SpecException;
import reglab.applet.ui.ExperimentView;

/** Sparsity, L1 against L2: lasso, ridge and elastic net on sparse data with known coefficients. */
public final class SparsityExperiment implements Experiment {

    public static final String NAME = "sparsity";

    private static final Schema SCHEMA = new Schema(NAME, "Sparsity: L1 against L2", List.of(
            Setting.integer("features", "Features", 5, 60, "20"),
            Setting.integer("informative", "Non-zero true coefficients", 1, 60, "5"),
            Setting.integer("samples", "Samples", 20, 500, "100"),
            Setting.number("noise", "Noise (std)", 0, 5, "0.5"),
            Setting.logNumber("lambda", "λ (penalty strength)", 0.0001, 10, "0.1"),
            Setting.number("l1Ratio", "Elastic-net L1 ratio", 0.05, 0.95, "0.5"),
            Setting.seed()),
            SparsityExperiment::checkInformative);

    private static void checkInformative(Config c) {
        if (c.integer("informative") > c.integer("features")) {
            throw new SpecException("setting 'informative' is " + c.get("informative")
                    + " but there are only " + c.get("features") + " features; allowed: 1 to features");
        }
    }

    @Override
    public Schema schema() {
        return SCHEMA;
    }

    @Override
    public Run run(Config config) {
        return new SparsityRun(config);
    }

    @Override
    public ExperimentView view(HTMLElement root, String id, Config start, Config url) {
        return new SparsityView(root, id, start, url);
    }
}
