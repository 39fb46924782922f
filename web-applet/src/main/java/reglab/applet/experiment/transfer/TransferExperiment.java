package reglab.applet.experiment.transfer;

import java.util.List;
import org.teavm.jso.dom.html.HTMLElement;
import reglab.applet.experiment.Experiment;
import reglab.applet.run.Run;
import reglab.applet.settings.Config;
import reglab.applet.settings.Schema;
import reglab.applet.settings.Setting;
import reglab.applet.ui.ExperimentView;
import reglab.core.nn.activation.Activations;
import reglab.core.nn.optimizer.Optimizers;

/**
 * Regularization in transfer learning: a small network pre-trained on a source task (which
 * sector of a disc a point lies in), then fine-tuned on a small target set (the sectors coloured
 * alternately, turned by {@code rotation} degrees) without a penalty, with L2 towards zero, with
 * L2-SP towards the pre-trained weights, and with the pre-trained layers frozen, against training
 * from scratch; target validation accuracy for each number of target samples per class. The
 * chosen size ({@code shown}, a position in {@code samples} counted from 1; past the end means the
 * last) only picks which learning curves and decision maps are drawn.
 */
public final class TransferExperiment implements Experiment {

    public static final String NAME = "transfer";

    private static final Schema SCHEMA = new Schema(NAME,
            "Transfer learning: fine-tuning with L2, L2-SP or frozen features", List.of(
                    Setting.choice("sectors", "Sectors (source classes)", "6", "4", "6", "8", "10"),
                    Setting.integer("rotation", "Target turned against the source (degrees)", 0, 90, "0"),
                    Setting.integer("noise", "Label noise (%)", 0, 50, "10"),
                    Setting.integerList("samples", "Target samples per class", 1, 200, "5,10,20,50,100"),
                    Setting.integer("repeats", "Target sets drawn per size (averaged)", 1, 5, "3"),
                    Setting.logNumber("l2", "L2 rate (towards zero)", 0.00001, 1, "0.03"),
                    Setting.logNumber("l2sp", "L2-SP rate (towards the pre-trained weights)", 0.00001, 1, "0.03"),
                    Setting.integer("units", "Units per hidden layer", 2, 32, "8"),
                    Setting.choice("activation", "Activation", "tanh", Activations.elementwiseNames()),
                    Setting.choice("optimizer", "Optimizer", "adam", Optimizers.names()),
                    Setting.logNumber("rate", "Learning rate", 0.00001, 1, "0.01"),
                    Setting.integer("preEpochs", "Pre-training epochs", 1, 200, "20"),
                    Setting.integer("steps", "Fine-tuning steps", 10, 3000, "300"),
                    Setting.integer("batch", "Batch size", 1, 50, "10"),
                    Setting.integer("shown", "Curves and maps for size (position in the list)", 1,
                            Setting.MAX_LIST_LENGTH, "2"),
                    Setting.seed()),
            null);

    @Override
    public Schema schema() {
        return SCHEMA;
    }

    @Override
    public Run run(Config config) {
        return new TransferRun(config);
    }

    @Override
    public ExperimentView view(HTMLElement root, String id, Config start, Config url) {
        return new TransferView(root, id, start, url);
    }
}
