package reglab.applet.run;

import reglab.core.math.ShortestDecimal;
import reglab.core.nn.train.EarlyStopping;
import reglab.core.nn.train.History;
import reglab.core.nn.train.Trainer;

/**
 * Writes a run's result, what the console API's {@code reglab.train(spec)} resolves to, as JSON:
 * numbers, strings, arrays and objects, and the pieces every training run shares (its
 * {@link #history}, its {@link #earlyStopping} fields). Numbers are written exactly, as
 * JavaScript writes them ({@link ShortestDecimal}), so a result read back (or passed from a
 * worker) holds every bit; NaN and infinities become null. No reflection.
 */
public final class ResultJson {

    private final StringBuilder sb = new StringBuilder();
    private boolean needComma;

    /**
     * Starts a run's result object, whose first member names the experiment (so a console
     * {@code train()} result always says what it is).
     */
    public static ResultJson of(String experiment) {
        ResultJson json = new ResultJson().begin();
        json.put("experiment", experiment);
        return json;
    }

    public ResultJson begin() {
        comma();
        sb.append('{');
        needComma = false;
        return this;
    }

    public ResultJson end() {
        sb.append('}');
        needComma = true;
        return this;
    }

    public ResultJson beginArray(String key) {
        key(key);
        sb.append('[');
        needComma = false;
        return this;
    }

    public ResultJson endArray() {
        sb.append(']');
        needComma = true;
        return this;
    }

    /** Starts an object member named {@code key} whose value follows. */
    public ResultJson key(String key) {
        comma();
        string(key);
        sb.append(':');
        needComma = false;
        return this;
    }

    public ResultJson put(String key, double value) {
        key(key);
        return value(value);
    }

    public ResultJson put(String key, String value) {
        key(key);
        comma();
        string(value);
        needComma = true;
        return this;
    }

    public ResultJson put(String key, boolean value) {
        key(key);
        sb.append(value);
        needComma = true;
        return this;
    }

    /** An array of numbers; NaN and infinities become null (JSON has no such numbers). */
    public ResultJson put(String key, double[] values, int count) {
        beginArray(key);
        for (int i = 0; i < count; i++) {
            value(values[i]);
        }
        return endArray();
    }

    public ResultJson value(double v) {
        comma();
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            sb.append("null");
        } else {
            sb.append(ShortestDecimal.of(v));
        }
        needComma = true;
        return this;
    }

    private void comma() {
        if (needComma) {
            sb.append(',');
        }
    }

    private void string(String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                sb.append(' ');
            } else {
                sb.append(c);
            }
        }
        sb.append('"');
    }

    /**
     * The four series of a training history as members {@code loss}, {@code val_loss},
     * {@code metric}, {@code val_metric} (Keras' keys, the metric named generically), each with
     * one entry per record.
     */
    public ResultJson history(History h) {
        put("loss", h.lossSeries(), h.size());
        put("val_loss", h.valLossSeries(), h.size());
        put("metric", h.metricSeries(), h.size());
        return put("val_metric", h.valMetricSeries(), h.size());
    }

    /**
     * {@code stopped_epoch} (-1 unless early stopping ended the run), {@code best_epoch} (-1
     * without early stopping or before an epoch was monitored) and {@code restored} (whether the
     * best epoch's weights were put back), all as history indices.
     */
    public ResultJson earlyStopping(Trainer trainer) {
        EarlyStopping es = trainer.earlyStopping();
        put("stopped_epoch", es == null ? -1 : es.stoppedEpoch());
        put("best_epoch", trainer.bestEpoch());
        return put("restored", es != null && es.restored());
    }

    @Override
    public String toString() {
        return sb.toString();
    }
}
