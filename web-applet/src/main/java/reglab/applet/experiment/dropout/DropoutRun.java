package reglab.applet.experiment.dropout;

import reglab.applet.run.PartedRun;
import reglab.applet.run.ResultJson;
import reglab.applet.run.TrainerPart;
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
 * {@link #EVALUATION_ROWS} rows. Each model is a part of this {@link PartedRun}
 * ({@link TrainerPart}: 0 regularized, 1 plain), so the two can train in two workers at once; on
 * this thread they take turns, one unit each, so their curves grow together. They share nothing,
 * so where and in which order their units run does not change the result.
 */
public final class DropoutRun extends PartedRun {

    public static final int VALIDATION_ROWS = 500;
    /** Rows per evaluation slice: one slice is one unit of work. */
    static final int EVALUATION_ROWS = 100;

    private static final int REGULARIZED = 0;
    private static final int PLAIN = 1;

    private final Config config;
    private final Split split;
    private final History[] histories;
    /** The regularized model while or after this thread trains it; null if it trained elsewhere. */
    private Sequential regularized;

    public DropoutRun(Config config) {
        super(config.flag("compare") ? 2 : 1, 2);
        this.config = config;
        int rows = config.integer("samples");
        split = Split.lastRows(SubspaceClassification.generate(rows + VALIDATION_ROWS,
                new Rng(config.integer("seed"))), VALIDATION_ROWS);
        histories = new History[parts()];
    }

    @Override
    public Part newPart(int index, double[] input) {
        int seed = config.integer("seed");
        double rate = config.number("rate");
        Sequential model = index == REGULARIZED
                ? keras(seed, config.number("dropout"), config.number("l2"), rate)
                : keras(seed, 0, 0, rate);
        if (index == REGULARIZED) {
            regularized = model;
        }
        return new TrainerPart(trainer(model, split, config.integer("batch"), config.integer("epochs"), seed));
    }

    @Override
    protected void accept(int index, double[] result) {
        histories[index] = History.fromNumbers(result, 0);
    }

    /** Part {@code index}'s history: finished, live while this thread trains it, or null. */
    private History history(int index) {
        if (histories[index] != null) {
            return histories[index];
        }
        Part part = localPart(index);
        return part == null ? null : ((TrainerPart) part).history();
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

    /** The regularized model if this thread trains or trained it, else null (it trained in a worker). */
    public Sequential regularized() {
        return regularized;
    }

    /** History of the network with dropout and L2, or null before it starts here or arrives. */
    public History regularizedHistory() {
        return history(REGULARIZED);
    }

    /** History of the network without dropout and L2, or null when not compared, not started or not arrived. */
    public History plainHistory() {
        return parts() > PLAIN ? history(PLAIN) : null;
    }

    /**
     * Epochs the regularized model has completed: its history's entries after the one recorded
     * before training.
     */
    public int epoch() {
        History h = regularizedHistory();
        return h == null ? 0 : Math.max(0, h.size() - 1);
    }

    /**
     * The dropout layers of the regularized model, in order (none when the rate is 0, or when the
     * model trained in a worker: see {@link #regularized()}).
     */
    public Dropout[] dropoutLayers() {
        if (regularized == null) {
            return new Dropout[0];
        }
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
    public String resultJson() {
        ResultJson json = ResultJson.of(DropoutExperiment.NAME);
        json.put("epochs", epoch());
        historyMember(json, "regularized", regularizedHistory());
        if (parts() > PLAIN) {
            historyMember(json, "plain", plainHistory());
        }
        return json.end().toString();
    }

    private static void historyMember(ResultJson json, String key, History h) {
        json.key(key).begin();
        if (h != null) {
            json.history(h);
        }
        json.end();
    }
}
