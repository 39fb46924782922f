package reglab.applet.experiment.activity;

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
 * Activity regularization (Keras' {@code activity_regularizer}): a hidden layer's activations with
 * and without an L1 penalty on them. The data sets, activations and optimizers are the core's
 * registries. ReLU is the default because only it produces activations that are exactly zero,
 * the sparsity the penalty promotes.
 */
public final class ActivityExperiment implements Experiment {

    public static final String NAME = "activity";

    private static final Schema SCHEMA = new Schema(NAME,
            "Activity regularization: sparse activations", List.of(
                    Setting.choice("dataset", "Data set", "circle", DataSets.names()),
                    Setting.integer("noise", "Noise (%)", 0, 50, "10"),
                    Setting.logNumber("activity", "L1 activity rate", 0.00001, 1, "0.01"),
                    Setting.choice("activation", "Activation", "relu", Activations.elementwiseNames()),
                    Setting.integer("units", "Hidden units", 2, 32, "16"),
                    Setting.choice("optimizer", "Optimizer", "adam", Optimizers.names()),
                    Setting.logNumber("rate", "Learning rate", 0.00001, 10, "0.01"),
                    Setting.integer("batch", "Batch size", 1, 50, "10"),
                    Setting.integer("epochs", "Epochs to train", 1, 1000, "60"),
                    Setting.seed()),
            null);

    @Override
    public Schema schema() {
        return SCHEMA;
    }

    @Override
    public Run run(Config config) {
        return new ActivityRun(config);
    }

    @Override
    public ExperimentView view(HTMLElement root, String id, Config start, Config url) {
        return new ActivityView(root, id, start, url);
    }
}
