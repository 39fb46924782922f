package reglab.applet.experiment.batchnorm;

import java.util.List;
import org.teavm.jso.dom.html.HTMLElement;
import reglab.applet.experiment.Experiment;
import reglab.applet.run.Run;
import reglab.applet.settings.Config;
import reglab.applet.settings.Schema;
import reglab.applet.settings.Setting;
import reglab.applet.ui.ExperimentView;
import reglab.core.data.DataSets;
import reglab.core.nn.activation.Activations;
import reglab.core.nn.optimizer.Optimizers;

/**
 * Batch normalization's claims, higher learning rates and less sensitivity to initialization: a
 * deep network trained over a grid of learning rates × initial weight scales with and without
 * batch normalization. The chosen cell ({@code rateIndex}, {@code gainIndex}, counted from 1; a
 * number past a list's end chooses its last entry, so shortening a list never makes a spec
 * invalid) only picks which curves are drawn; it does not change the training.
 */
public final class BatchnormExperiment implements Experiment {

    public static final String NAME = "batchnorm";

    private static final Schema SCHEMA = new Schema(NAME,
            "Batch normalization: learning rates and initialization", List.of(
                    Setting.choice("dataset", "Data set", "circle", DataSets.names()),
                    Setting.integer("noise", "Noise (%)", 0, 50, "10"),
                    Setting.integer("layers", "Hidden layers", 2, 6, "5"),
                    Setting.integer("units", "Units per hidden layer", 2, 16, "8"),
                    Setting.choice("activation", "Activation", "relu", Activations.elementwiseNames()),
                    Setting.choice("optimizer", "Optimizer", "sgd", Optimizers.names()),
                    Setting.numberList("rates", "Learning rates (columns)", 0.00001, 10, "0.03,0.1,0.3,1,3"),
                    Setting.numberList("gains", "Initial weight scales, Glorot gain (rows)", 0.05, 20,
                            "0.25,0.5,1,2,4"),
                    Setting.integer("batch", "Batch size", 1, 100, "20"),
                    Setting.integer("epochs", "Epochs per cell", 1, 200, "10"),
                    Setting.integer("rateIndex", "Curves for learning rate (column)", 1,
                            Setting.MAX_LIST_LENGTH, "4"),
                    Setting.integer("gainIndex", "Curves for weight scale (row)", 1,
                            Setting.MAX_LIST_LENGTH, "3"),
                    Setting.seed()),
            null);

    @Override
    public Schema schema() {
        return SCHEMA;
    }

    @Override
    public Run run(Config config) {
        return new BatchnormRun(config);
    }

    @Override
    public ExperimentView view(HTMLElement root, String id, Config start, Config url) {
        return new BatchnormView(root, id, start, url);
    }
}
