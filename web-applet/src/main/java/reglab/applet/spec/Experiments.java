package reglab.applet.spec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The registry of experiments the applet can mount, with every setting's range and default. The
 * site generator validates {@code applet} fences against it at build time; the applet builds its
 * controls and reads URL state from it. Names are what authors write, so they never change
 * meaning once published.
 */
public final class Experiments {

    public static final String PLAYGROUND = "playground";
    public static final String SPARSITY = "sparsity";
    public static final String GEOMETRY = "geometry";
    public static final String OVERFITTING = "overfitting";
    public static final String DROPOUT = "dropout";

    private static final List<Experiment> ALL = build();

    private Experiments() {
    }

    public static List<Experiment> all() {
        return ALL;
    }

    /** The experiment called {@code name}, or null. */
    public static Experiment byName(String name) {
        for (Experiment e : ALL) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        return null;
    }

    /** All experiment names, comma-separated, for error messages. */
    public static String names() {
        List<String> names = new ArrayList<>();
        for (Experiment e : ALL) {
            names.add(e.name());
        }
        return String.join(", ", names);
    }

    private static Setting seed() {
        return Setting.integer("seed", "Random seed", 0, 999_999, "1");
    }

    private static List<Experiment> build() {
        List<Experiment> list = new ArrayList<>();
        list.add(new Experiment(PLAYGROUND, "Playground: a small network on 2-D data", List.of(
                Setting.choice("dataset", "Data set", "circle",
                        "circle", "xor", "gauss", "spiral", "reg-plane", "reg-gauss"),
                Setting.integer("noise", "Noise (%)", 0, 50, "0"),
                Setting.integer("trainRatio", "Training data (%)", 10, 90, "50"),
                Setting.integer("batch", "Batch size", 1, 30, "10"),
                Setting.integerList("layers", "Hidden layers (units each)", 1, 8, "4,2"),
                Setting.choice("activation", "Activation", "tanh",
                        "tanh", "relu", "sigmoid", "linear"),
                Setting.choice("optimizer", "Optimizer", "sgd", "sgd", "momentum", "adam"),
                Setting.logNumber("rate", "Learning rate", 0.00001, 10, "0.03"),
                Setting.choice("regularization", "Regularization", "none",
                        "none", "l1", "l2", "elasticnet"),
                Setting.logNumber("regRate", "Regularization rate", 0.00001, 10, "0.001"),
                Setting.numberList("dropout", "Dropout rate per hidden layer", 0, 0.9, "0"),
                Setting.flag("batchNorm", "Batch normalization", "false"),
                Setting.flag("earlyStopping", "Early stopping", "false"),
                Setting.integer("patience", "Patience (epochs)", 1, 200, "10"),
                Setting.flag("restoreBest", "Restore best weights", "true"),
                Setting.number("inputNoise", "Input-noise augmentation (std)", 0, 1, "0"),
                Setting.integer("epochs", "Epochs to train", 1, 5000, "500"),
                seed()), Experiments::checkDropoutPerLayer));
        list.add(new Experiment(SPARSITY, "Sparsity: L1 against L2", List.of(
                Setting.integer("features", "Features", 5, 60, "20"),
                Setting.integer("informative", "Non-zero true coefficients", 1, 60, "5"),
                Setting.integer("samples", "Samples", 20, 500, "100"),
                Setting.number("noise", "Noise (std)", 0, 5, "0.5"),
                Setting.logNumber("lambda", "λ (penalty strength)", 0.0001, 10, "0.1"),
                Setting.number("l1Ratio", "Elastic-net L1 ratio", 0.05, 0.95, "0.5"),
                seed()), c -> {
                    if (c.integer("informative") > c.integer("features")) {
                        throw new SpecException("setting 'informative' is "
                                + c.get("informative") + " but there are only "
                                + c.get("features") + " features; allowed: 1 to features");
                    }
                }));
        list.add(new Experiment(GEOMETRY, "Geometry of the L1 and L2 constraints", List.of(
                Setting.choice("penalty", "Penalty", "l1", "l1", "l2"),
                Setting.logNumber("lambda", "λ (penalty strength)", 0.001, 20, "1"),
                Setting.number("w1", "Unpenalized optimum, w₁", -3, 3, "2"),
                Setting.number("w2", "Unpenalized optimum, w₂", -3, 3, "0.6"),
                Setting.number("correlation", "Feature correlation", -0.9, 0.9, "0.5")), null));
        list.add(new Experiment(OVERFITTING, "Over-fitting, bias and variance, early stopping",
                List.of(
                        Setting.integer("degree", "Polynomial degree", 1, 15, "12"),
                        Setting.integer("samples", "Training samples", 8, 200, "20"),
                        Setting.number("noise", "Noise (std)", 0, 2, "0.3"),
                        Setting.logNumber("lambda", "Ridge λ", 0.00001, 10, "0.00001"),
                        Setting.logNumber("rate", "Learning rate", 0.0001, 10, "0.05"),
                        Setting.integer("patience", "Early-stopping patience", 1, 500, "50"),
                        Setting.integer("epochs", "Epochs to train", 10, 20_000, "3000"),
                        seed()), null));
        list.add(new Experiment(DROPOUT, "Dropout and the document's Keras model", List.of(
                Setting.number("dropout", "Dropout rate", 0, 0.9, "0.5"),
                Setting.logNumber("l2", "L2 rate", 0.00001, 1, "0.001"),
                Setting.flag("compare", "Also train without dropout and L2", "true"),
                Setting.integer("samples", "Training samples", 100, 5000, "600"),
                Setting.integer("batch", "Batch size", 8, 256, "32"),
                Setting.logNumber("rate", "Adam learning rate", 0.00001, 1, "0.001"),
                Setting.integer("epochs", "Epochs to train", 1, 500, "40"),
                seed()), null));
        return Collections.unmodifiableList(list);
    }

    private static void checkDropoutPerLayer(Config c) {
        int layers = c.integers("layers").length;
        int rates = c.numbers("dropout").length;
        if (rates != 1 && rates != layers) {
            throw new SpecException("setting 'dropout' has " + rates + " rates but there are "
                    + layers + " hidden layers; allowed: one rate for all layers, or one per layer");
        }
    }
}
