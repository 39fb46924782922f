package reglab.applet.experiment.dropout;

import reglab.applet.run.ResultJson;
import reglab.applet.run.Run;
import reglab.applet.settings.Config;
import reglab.core.data.Split;
import reglab.core.data.SubspaceClassification;
import reglab.core.nn.Sequential;
import reglab.core.nn.activation.Activations;
import reglab.core.nn.layer.Dense;
import reglab.core.nn.layer.Dropout;
import reglab.core.nn.layer.Layer;
import reglab.core.nn.loss.Losses;
import reglab.core.nn.metric.Accuracy;
import reglab.core.nn.optimizer.Adam;
import reglab.core.nn.penalty.L2;
import reglab.core.nn.train.History;
import reglab.core.nn.train.Trainer;
import reglab.core.random.Rng;

/**
 * The document's Keras model — {@code Dense(64, relu, l2) → Dropout → Dense(64, relu, l2) →
 * Dropout → Dense(10, softmax)}, Adam, categorical cross-entropy — on the core's 100-feature,
 * 10-class {@link SubspaceClassification} with the last {@link #VALIDATION_ROWS} rows held out
 * (Keras' {@code validation_split}), and (optionally) the same network without dropout and L2 from
 * the same initial weights. Each model has its own {@link Trainer}; both draw their row orders
 * from generators seeded alike, so they see the same batches. Both record evaluated curves (an
 * entry before training, the whole training and validation sets after every epoch) in slices of
 * {@link #EVALUATION_ROWS} rows. The two trainers take turns, one unit each, so they finish
 * together; since they share nothing, the order of their units does not change the result.
 */
public final class DropoutRun implements Run {

    public static final int VALIDATION_ROWS = 500;
    /** Rows per evaluation slice: one slice is one unit of work. */
    static final int EVALUATION_ROWS = 100;

    private final Sequential regularized;
    private final Trainer regularizedTrainer;
    private final Trainer plainTrainer;
    private boolean plainTurn;

    public DropoutRun(Config config) {
        int seed = config.integer("seed");
        Rng rng = new Rng(seed);
        int rows = config.integer("samples");
        Split split = Split.lastRows(SubspaceClassification.generate(rows + VALIDATION_ROWS, rng),
                VALIDATION_ROWS);
        double rate = config.number("rate");
        int batch = config.integer("batch");
        int epochs = config.integer("epochs");
        regularized = keras(seed, config.number("dropout"), config.number("l2"), rate);
        regularizedTrainer = trainer(regularized, split, batch, epochs, seed);
        plainTrainer = config.flag("compare")
                ? trainer(keras(seed, 0, 0, rate), split, batch, epochs, seed)
                : null;
    }

    /** The document's model; {@code dropout = 0} and {@code l2 = 0} leave those parts out. */
    private static Sequential keras(int seed, double dropout, double l2, double rate) {
        Sequential m = new Sequential(SubspaceClassification.DEFAULT_FEATURES, seed + 1L);
        m.add(new Dense(64, Activations.RELU, l2 > 0 ? new L2(l2) : null));
        if (dropout > 0) {
            m.add(new Dropout(dropout));
        }
        m.add(new Dense(64, Activations.RELU, l2 > 0 ? new L2(l2) : null));
        if (dropout > 0) {
            m.add(new Dropout(dropout));
        }
        m.add(new Dense(SubspaceClassification.DEFAULT_CLASSES, Activations.SOFTMAX));
        m.compile(new Adam(rate), Losses.CATEGORICAL_CROSSENTROPY, new Accuracy());
        return m;
    }

    private static Trainer trainer(Sequential m, Split s, int batch, int epochs, int seed) {
        return new Trainer(m, s.train(), s.validation(), batch, epochs)
                .evaluateEachEpoch(EVALUATION_ROWS)
                .shuffleWith(new Rng(seed + 7L));
    }

    @Override
    public boolean advance() {
        boolean plainNext = plainTrainer != null && !plainTrainer.finished()
                && (plainTurn || regularizedTrainer.finished());
        if (plainNext) {
            plainTrainer.step(1);
        } else if (!regularizedTrainer.finished()) {
            regularizedTrainer.step(1);
        }
        plainTurn = !plainTurn;
        return !finished();
    }

    @Override
    public boolean finished() {
        return regularizedTrainer.finished() && (plainTrainer == null || plainTrainer.finished());
    }

    public Sequential regularized() {
        return regularized;
    }

    public History regularizedHistory() {
        return regularizedTrainer.history();
    }

    /** History of the network without dropout and L2, or null when not compared. */
    public History plainHistory() {
        return plainTrainer == null ? null : plainTrainer.history();
    }

    /** Epochs the regularized model has completed. */
    public int epoch() {
        return regularizedTrainer.epoch();
    }

    /** The dropout layers of the regularized model, in order (none when the rate is 0). */
    public Dropout[] dropoutLayers() {
        int n = 0;
        for (int i = 0; i < regularized.layerCount(); i++) {
            if (regularized.layer(i) instanceof Dropout) {
                n++;
            }
        }
        Dropout[] out = new Dropout[n];
        n = 0;
        for (int i = 0; i < regularized.layerCount(); i++) {
            Layer l = regularized.layer(i);
            if (l instanceof Dropout) {
                out[n++] = (Dropout) l;
            }
        }
        return out;
    }

    @Override
    public long samples() {
        return regularizedTrainer.samples() + (plainTrainer == null ? 0 : plainTrainer.samples());
    }

    @Override
    public String resultJson() {
        ResultJson json = ResultJson.of(DropoutExperiment.NAME);
        json.put("epochs", regularizedTrainer.epoch());
        json.key("regularized").begin().history(regularizedTrainer.history()).end();
        if (plainTrainer != null) {
            json.key("plain").begin().history(plainTrainer.history()).end();
        }
        return json.end().toString();
    }
}
