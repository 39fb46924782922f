package reglab.applet.experiment.overfitting;

import java.util.List;
import org.teavm.jso.dom.html.HTMLElement;
import reglab.applet.experiment.Experiment;
import reglab.applet.run.Run;
import reglab.applet.settings.Config;
import reglab.applet.settings.Schema;
import reglab.applet.settings.Setting;
import reglab.applet.ui.ExperimentView;

/** Over-fitting, bias and variance, early stopping: polynomial fits of Bishop's sine curve. */
public final class OverfittingExperiment implements Experiment {

    public static final String NAME = "overfitting";

    private static final Schema SCHEMA = new Schema(NAME,
            "Over-fitting, bias and variance, early stopping", List.of(
                    Setting.integer("degree", "Polynomial degree", 1, OverfittingRun.MAX_DEGREE, "12"),
                    Setting.integer("samples", "Training samples", 8, 200, "20"),
                    Setting.number("noise", "Noise (std)", 0, 2, "0.3"),
                    Setting.logNumber("lambda", "Ridge λ", 0.00001, 10, "0.00001"),
                    Setting.logNumber("rate", "Learning rate", 0.0001, 10, "0.05"),
                    Setting.integer("patience", "Early-stopping patience", 1, 500, "50"),
                    Setting.integer("epochs", "Epochs to train", 10, 20_000, "3000"),
                    Setting.seed()),
            null);

    @Override
    public Schema schema() {
        return SCHEMA;
    }

    @Override
    public Run run(Config config) {
        return new OverfittingRun(config);
    }

    @Override
    public ExperimentView view(HTMLElement root, String id, Config start, Config url) {
        return new OverfittingView(root, id, start, url);
    }
}
