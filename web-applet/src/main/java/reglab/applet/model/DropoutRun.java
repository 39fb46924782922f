package reglab.applet.model;

import reglab.applet.spec.Config;
import reglab.applet.spec.Experiments;
import reglab.core.data.Dataset;
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
import reglab.core.random.Rng;

/**
 * The document's Keras model — {@code Dense(64, relu, l2) → Dropout → Dense(64, relu, l2) →
 * Dropout → Dense(10, softmax)}, Adam, categorical cross-entropy — on core's 100-feature,
 * 10-class {@link SubspaceClassification}, and (optionally) the same network without dropout and
 * L2 from the same initial weights, trained side by side: a unit is one mini-batch of one model.
 * Epochs end with an evaluation of both splits for both models, {@link #EVAL_ROWS} rows per unit,
 * so no unit grows long in the browser.
 */
public final class DropoutRun implements Run {

    public static final int VALIDATION_ROWS = 500;
    /** Rows evaluated per unit of work. */
    public static final int EVAL_ROWS = 100;

    private final Dataset train;
    private final Dataset valid;
    private final Sequential regularized;
    private final Sequential plain;
    private final EpochHistory regHistory = new EpochHistory();
    private final EpochHistory plainHistory = new EpochHistory();
    private final int batch;
    private final int maxEpochs;
    private final int[] order;
    private final double[] bx;
    private final double[] by;
    private final double[] eval = new double[2];
    private final Rng shuffle;
    private int cursor;
    private int epoch;
    /** 0: training; 1–4: the four evaluations that close an epoch. */
    private int closing;
    private final double[] pending = new double[4];
    private final double[] ex;
    private final double[] ey;
    private int evalRow;
    private double lossSum;
    private double metricSum;
    private boolean plainTurn;
    private long samples;
    private boolean finished;

    public DropoutRun(Config config) {
        int seed = config.integer("seed");
        Rng rng = new Rng(seed);
        int rows = config.integer("samples");
        Dataset all = SubspaceClassification.generate(rows + VALIDATION_ROWS, rng);
        int[] first = new int[rows];
        int[] rest = new int[VALIDATION_ROWS];
        for (int i = 0; i < rows; i++) {
            first[i] = i;
        }
        for (int i = 0; i < VALIDATION_ROWS; i++) {
            rest[i] = rows + i;
        }
        train = all.select(first);
        valid = all.select(rest);
        double rate = config.number("rate");
        regularized = keras(seed, config.number("dropout"), config.number("l2"), rate);
        plain = config.flag("compare") ? keras(seed, 0, 0, rate) : null;
        batch = Math.min(config.integer("batch"), rows);
        maxEpochs = config.integer("epochs");
        order = new int[rows];
        for (int i = 0; i < rows; i++) {
            order[i] = i;
        }
        shuffle = new Rng(seed + 7L);
        shuffle.shuffle(order);
        bx = new double[batch * train.features()];
        by = new double[batch * train.outputs()];
        ex = new double[EVAL_ROWS * train.features()];
        ey = new double[EVAL_ROWS * train.outputs()];
        closing = 1;
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

    @Override
    public boolean advance() {
        if (finished) {
            return false;
        }
        if (closing > 0) {
            closeEpoch();
            return !finished;
        }
        int rows = Math.min(batch, train.rows() - cursor);
        int f = train.features();
        int o = train.outputs();
        for (int r = 0; r < rows; r++) {
            int i = order[cursor + r];
            System.arraycopy(train.x(), i * f, bx, r * f, f);
            System.arraycopy(train.y(), i * o, by, r * o, o);
        }
        if (plainTurn) {
            plain.trainBatch(bx, by, rows);
            samples += rows;
            plainTurn = false;
            cursor += rows;
        } else {
            regularized.trainBatch(bx, by, rows);
            samples += rows;
            if (plain != null) {
                plainTurn = true;
                return true;
            }
            cursor += rows;
        }
        if (cursor >= train.rows()) {
            cursor = 0;
            epoch++;
            shuffle.shuffle(order);
            closing = 1;
        }
        return true;
    }

    /**
     * Evaluates up to {@link #EVAL_ROWS} rows of the current (model, split) pair; when the pair is
     * done moves to the next, and after the fourth records both histories. Sequential.evaluate's
     * loss includes the weight penalty once per call, so the row-weighted mean of chunk losses is
     * the mean data loss plus the penalty, as one call over all rows would give.
     */
    private void closeEpoch() {
        Sequential m = closing <= 2 ? regularized : plain;
        Dataset d = closing % 2 == 1 ? train : valid;
        if (m != null) {
            int rows = Math.min(EVAL_ROWS, d.rows() - evalRow);
            int f = d.features();
            int o = d.outputs();
            System.arraycopy(d.x(), evalRow * f, ex, 0, rows * f);
            System.arraycopy(d.y(), evalRow * o, ey, 0, rows * o);
            m.evaluate(ex, ey, rows, EVAL_ROWS, eval);
            lossSum += eval[0] * rows;
            metricSum += eval[1] * rows;
            evalRow += rows;
            if (evalRow < d.rows()) {
                return;
            }
            pending[2 * ((closing - 1) % 2)] = lossSum / d.rows();
            pending[2 * ((closing - 1) % 2) + 1] = metricSum / d.rows();
        }
        evalRow = 0;
        lossSum = 0;
        metricSum = 0;
        if (closing == 2) {
            regHistory.add(pending[0], pending[2], pending[1], pending[3]);
        }
        if (closing == 4) {
            if (plain != null) {
                plainHistory.add(pending[0], pending[2], pending[1], pending[3]);
            }
            closing = 0;
            if (epoch >= maxEpochs) {
                finished = true;
            }
            return;
        }
        closing++;
    }

    public Sequential regularized() {
        return regularized;
    }

    public EpochHistory regularizedHistory() {
        return regHistory;
    }

    /** History of the network without dropout and L2; empty when not compared. */
    public EpochHistory plainHistory() {
        return plainHistory;
    }

    public boolean compared() {
        return plain != null;
    }

    public int epoch() {
        return epoch;
    }

    @Override
    public boolean finished() {
        return finished;
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
        return samples;
    }

    @Override
    public String resultJson() {
        Json json = Json.result(Experiments.DROPOUT);
        json.put("epochs", epoch);
        json.key("regularized").begin();
        regHistory.writeTo(json, "");
        json.end();
        if (plain != null) {
            json.key("plain").begin();
            plainHistory.writeTo(json, "");
            json.end();
        }
        return json.end().toString();
    }
}
