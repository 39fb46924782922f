package reglab.applet.experiment.dropout;

import java.util.List;
import org.teavm.jso.dom.html.HTMLElement;
import reglab.applet.experiment.Experiment;
import reglab.applet.run.Run;
import reglab.applet.settings.Config;
import reglab.applet.settings.Schema;
import reglab.applet.settings.Setting;
import reglab.applet.ui.ExperimentView;

/** Dropout and the document's Keras model, with and without dropout and L2. */
public final class DropoutExperiment implements Experiment {

    public static final String NAME = "dropout";

    private static final Schema SCHEMA = new Schema(NAME, "Dropout and the document's Keras model",
            List.of(
                    Setting.number("dropout", "Dropout rate", 0, 0.9, "0.5"),
                    Setting.logNumber("l2", "L2 rate", 0.00001, 1, "0.001"),
                    Setting.flag("compare", "Also train without dropout and L2", "true"),
                    Setting.integer("samples", "Training samples", 100, 5000, "600"),
                    Setting.integer("batch", "Batch size", 8, 256, "32"),
                    Setting.logNumber("rate", "Adam learning rate", 0.00001, 1, "0.001"),
                    Setting.integer("epochs", "Epochs to train", 1, 500, "40"),
                    Setting.seed()),
            null);

    @Override
    public Schema schema() {
        return SCHEMA;
    }

    @Override
    public Run run(Config config) {
        return new DropoutRun(config);
    }

    @Override
    public ExperimentView view(HTMLElement root, String id, Config start, Config url) {
        return new DropoutView(root, id, start, url);
    }
}
