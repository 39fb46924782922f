package reglab.applet.experiment.playground;

import java.util.List;
import org.teavm.jso.dom.html.HTMLElement;
import reglab.applet.experiment.Experiment;
import reglab.applet.run.Run;
import reglab.applet.settings.Config;
import reglab.applet.settings.Schema;
import reglab.applet.settings.Setting;
import reglab.applet.settings.SpecException;
import reglab.applet.ui.ExperimentView;
import reglab.core.data.DataSets;
import reglab.core.nn.activation.Activations;
import reglab.core.nn.optimizer.Optimizers;
import reglab.core.nn.penalty.Penalties;

/**
 * The playground: a small network on 2-D data, TensorFlow Playground's experiment with every
 * regularizer the document discusses. The data sets, activations, optimizers and penalties a
 * reader can choose are the core's registries ({@link DataSets}, {@link Activations},
 * {@link Optimizers}, {@link Penalties}), so one registered there is a choice here.
 */
public final class PlaygroundExperiment implements Experiment {

    public static final String NAME = "playground";

    private static final Schema SCHEMA = new Schema(NAME, "Playground: a small network on 2-D data",
            List.of(
                    Setting.choice("dataset", "Data set", "circle", DataSets.names()),
                    Setting.integer("noise", "Noise (%)", 0, 50, "0"),
                    Setting.integer("trainRatio", "Training data (%)", 10, 90, "50"),
                    Setting.integer("batch", "Batch size", 1, 30, "10"),
                    Setting.integerList("layers", "Hidden layers (units each)", 1, 8, "4,2"),
                    Setting.choice("activation", "Activation", "tanh", Activations.elementwiseNames()),
                    Setting.choice("optimizer", "Optimizer", "sgd", Optimizers.names()),
                    Setting.logNumber("rate", "Learning rate", 0.00001, 10, "0.03"),
                    Setting.choice("regularization", "Regularization", "none", Penalties.names()),
                    Setting.logNumber("regRate", "Regularization rate", 0.00001, 10, "0.001"),
                    Setting.numberList("dropout", "Dropout rate per hidden layer", 0, 0.9, "0"),
                    Setting.flag("batchNorm", "Batch normalization", "false"),
                    Setting.flag("earlyStopping", "Early stopping", "false"),
                    Setting.integer("patience", "Patience (epochs)", 1, 200, "10"),
                    Setting.flag("restoreBest", "Restore best weights", "true"),
                    Setting.number("inputNoise", "Input-noise augmentation (std)", 0, 1, "0"),
                    Setting.integer("epochs", "Epochs to train", 1, 5000, "500"),
                    Setting.seed()),
            PlaygroundExperiment::checkDropoutPerLayer);

    private static void checkDropoutPerLayer(Config c) {
        int layers = c.integers("layers").length;
        int rates = c.numbers("dropout").length;
        if (rates != 1 && rates != layers) {
            throw new SpecException("setting 'dropout' has " + rates + " rates but there are "
                    + layers + " hidden layers; allowed: one rate for all layers, or one per layer");
        }
    }

    @Override
    public Schema schema() {
        return SCHEMA;
    }

    @Override
    public Run run(Config config) {
        return new PlaygroundRun(config);
    }

    @Override
    public ExperimentView view(HTMLElement root, String id, Config start, Config url) {
        return new PlaygroundView(root, id, start, url);
    }
}
