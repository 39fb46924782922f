package reglab.applet.experiment.transfer;

import reglab.applet.settings.Config;
import reglab.core.data.Dataset;
import reglab.core.data.Sectors;
import reglab.core.data.StratifiedSplit;
import reglab.core.nn.Sequential;
import reglab.core.nn.activation.Activations;
import reglab.core.nn.layer.Dense;
import reglab.core.nn.loss.Losses;
import reglab.core.nn.metric.Accuracy;
import reglab.core.nn.optimizer.Optimizers;
import reglab.core.random.Rng;

/**
 * The settings turned into the core's objects, the same for the run and for each of its parts
 * (which a worker makes from the settings alone): the data sets and the networks.
 *
 * <p>Data: {@link #SOURCE_POINTS} source points with the label noise, {@link #SOURCE_VALIDATION}
 * noise-free source points to validate the pre-training, a pool of target points with the label
 * noise from which each size's training set is drawn, and {@link #TARGET_VALIDATION} noise-free
 * target points, so validation accuracy measures the boundary learned, not the noise. Target sets
 * are nested: repeat r's set of n per class holds its set of every smaller n, so a curve's steps
 * show more data, not other data.
 *
 * <p>Networks: {@code 2 → Dense(units, activation) → Dense(units, activation) → head}, the head
 * {@code Dense(sectors, softmax)} with categorical cross-entropy for the source and
 * {@code Dense(1, sigmoid)} with binary cross-entropy for the target. Seeds: source data
 * {@code seed}, its validation {@code seed+1}, the pre-training's initial weights {@code seed+2}
 * and batches {@code seed+3}, the target pool {@code seed+4}, its validation {@code seed+5}; for
 * repeat r the target set's draw {@code seed+10+r}, the target network's initial weights
 * {@code seed+20+r} (every variant starts from the same draws: its head, and for training from
 * scratch its hidden layers too) and its batches {@code seed+30+r}.
 */
final class TransferSetup {

    static final int SOURCE_POINTS = 600;
    static final int SOURCE_VALIDATION = 300;
    static final int TARGET_VALIDATION = 500;
    /** Hidden layers: the features transferred. */
    static final int FEATURE_LAYERS = 2;
    /** Rows per evaluation slice (every validation set in one or two). */
    static final int EVALUATION_ROWS = 256;

    final Config config;
    final int sectors;
    final int[] sizes;
    final int repeats;
    final Dataset source;
    final Dataset sourceValidation;
    final Dataset targetPool;
    final Dataset targetValidation;
    private final int[] poolLabels;

    TransferSetup(Config config) {
        this.config = config;
        int seed = config.integer("seed");
        sectors = config.integer("sectors");
        sizes = config.integers("samples");
        repeats = config.integer("repeats");
        double noise = config.integer("noise") / 100.0;
        double rotation = config.integer("rotation") * Math.PI / 180;
        int most = 0;
        for (int n : sizes) {
            most = Math.max(most, n);
        }
        source = Sectors.source(SOURCE_POINTS, sectors, noise, new Rng(seed));
        sourceValidation = Sectors.source(SOURCE_VALIDATION, sectors, 0, new Rng(seed + 1L));
        // Four points per training point of the largest size, so each class has spare rows.
        targetPool = Sectors.target(4 * most + 40, sectors, rotation, noise, new Rng(seed + 4L));
        targetValidation = Sectors.target(TARGET_VALIDATION, sectors, rotation, 0, new Rng(seed + 5L));
        poolLabels = new int[targetPool.rows()];
        for (int i = 0; i < poolLabels.length; i++) {
            poolLabels[i] = (int) targetPool.y(i, 0);
        }
    }

    /** Repeat {@code repeat}'s training set of {@code perClass} points of each class. */
    Dataset targetTrain(int perClass, int repeat) {
        int seed = config.integer("seed");
        return targetPool.select(StratifiedSplit.withRemainder(poolLabels, 2, perClass,
                new Rng(seed + 10L + repeat)).trainRows());
    }

    /** The pre-training network, compiled, with its initial weights. */
    Sequential sourceNetwork() {
        return network(sectors, config.integer("seed") + 2L);
    }

    /** Repeat {@code repeat}'s target network with its initial weights, not yet compiled. */
    Sequential targetNetwork(int repeat) {
        return network(1, config.integer("seed") + 20L + repeat);
    }

    private Sequential network(int outputs, long seed) {
        Sequential model = new Sequential(2, seed);
        for (int l = 0; l < FEATURE_LAYERS; l++) {
            model.add(new Dense(config.integer("units"), Activations.byName(config.get("activation"))));
        }
        model.add(new Dense(outputs, outputs == 1 ? Activations.SIGMOID : Activations.SOFTMAX));
        if (outputs > 1) {
            compile(model);
        }
        return model;
    }

    /** Compiles {@code model} with the settings' optimizer, its loss and accuracy. */
    void compile(Sequential model) {
        model.compile(Optimizers.byName(config.get("optimizer"), config.number("rate")),
                model.outputs() == 1 ? Losses.BINARY_CROSSENTROPY : Losses.CATEGORICAL_CROSSENTROPY,
                new Accuracy());
    }

    /** Values in the feature layers' weight tensors (kernels and biases), in parameter order. */
    int featureValues() {
        int units = config.integer("units");
        return 2 * units + units + units * units + units;
    }
}
