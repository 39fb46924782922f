package reglab.core.nn.train;

import reglab.core.math.ShortestDecimal;

/**
 * Per-epoch record of a training run, like the {@code History.history} dict Keras' {@code fit}
 * returns: training loss and metric and validation loss and metric, one entry per epoch. The
 * {@link Trainer} says how they are measured (Keras' running means, or evaluations with an entry
 * 0 before training). Losses include the penalties, as in Keras. Missing values (no validation
 * set, no metric) are NaN.
 *
 * <p>Written only by the {@link Trainer}; the arrays are preallocated for the requested number of
 * epochs, so recording allocates nothing. {@link #toNumbers} and {@link #fromNumbers} carry a
 * history as a flat list of numbers, every bit kept (a run trained elsewhere, e.g. in a Web
 * Worker, hands its history back that way).
 */
public final class History {

    /** Numbers before the metric name in {@link #toNumbers}: five counts and the name's length. */
    private static final int HEADER = 6;

    private final String metricName;
    private final String valMetricName;
    private final double[] loss;
    private final double[] metric;
    private final double[] valLoss;
    private final double[] valMetric;
    private int size;
    private StopReason stopReason = StopReason.RUNNING;
    private int stoppedEpoch = -1;
    private int bestEpoch = -1;
    private String message = "";

    History(int capacity, String metricName) {
        this.metricName = metricName;
        this.valMetricName = metricName == null ? null : "val_" + metricName;
        loss = new double[capacity];
        metric = new double[capacity];
        valLoss = new double[capacity];
        valMetric = new double[capacity];
    }

    void add(double trainLoss, double trainMetric, double validationLoss, double validationMetric) {
        loss[size] = trainLoss;
        metric[size] = trainMetric;
        valLoss[size] = validationLoss;
        valMetric[size] = validationMetric;
        size++;
    }

    void finish(StopReason reason, int stopped, int best, String text) {
        stopReason = reason;
        stoppedEpoch = stopped;
        bestEpoch = best;
        message = text;
    }

    /**
     * This history as numbers, every value exact, in this layout (counts as doubles, text as one
     * number per UTF-16 code unit):
     * {@code [size, capacity, stopReason ordinal, stoppedEpoch, bestEpoch,
     * m = metricName length or -1, m code units, t = message length, t code units,
     * loss[size], metric[size], valLoss[size], valMetric[size]]}.
     */
    public double[] toNumbers() {
        int m = metricName == null ? 0 : metricName.length();
        double[] out = new double[HEADER + m + 1 + message.length() + 4 * size];
        out[0] = size;
        out[1] = loss.length;
        out[2] = stopReason.ordinal();
        out[3] = stoppedEpoch;
        out[4] = bestEpoch;
        int at = HEADER - 1;
        out[at++] = metricName == null ? -1 : m;
        at = putText(metricName == null ? "" : metricName, out, at);
        out[at++] = message.length();
        at = putText(message, out, at);
        for (double[] series : new double[][] {loss, metric, valLoss, valMetric}) {
            System.arraycopy(series, 0, out, at, size);
            at += size;
        }
        return out;
    }

    /**
     * The history {@link #toNumbers} wrote, read from {@code numbers} starting at {@code offset}
     * (not modified); {@link #numbersLength} tells where it ends.
     *
     * @throws IllegalArgumentException if the numbers do not hold a history in that layout
     */
    public static History fromNumbers(double[] numbers, int offset) {
        int size = count(numbers, offset, 0);
        int capacity = count(numbers, offset, 1);
        int reason = count(numbers, offset, 2);
        int m = (int) at(numbers, offset + HEADER - 1);
        if (size > capacity || reason >= StopReason.values().length || m < -1) {
            throw new IllegalArgumentException("not a history at offset " + offset + ": size " + size
                    + ", capacity " + capacity + ", stop reason " + reason + ", metric name length " + m);
        }
        int at = offset + HEADER;
        String metricName = m < 0 ? null : text(numbers, at, m);
        at += Math.max(0, m);
        int t = (int) at(numbers, at++);
        String message = text(numbers, at, t);
        at += t;
        History h = new History(capacity, metricName);
        for (double[] series : new double[][] {h.loss, h.metric, h.valLoss, h.valMetric}) {
            if (at + size > numbers.length) {
                throw new IllegalArgumentException("history at offset " + offset + " is cut short: "
                        + numbers.length + " numbers, " + (at + size) + " needed");
            }
            System.arraycopy(numbers, at, series, 0, size);
            at += size;
        }
        h.size = size;
        h.finish(StopReason.values()[reason], (int) numbers[offset + 3], (int) numbers[offset + 4], message);
        return h;
    }

    /** How many numbers the history {@link #toNumbers} wrote at {@code offset} takes. */
    public static int numbersLength(double[] numbers, int offset) {
        int size = count(numbers, offset, 0);
        int m = Math.max(0, (int) at(numbers, offset + HEADER - 1));
        int t = (int) at(numbers, offset + HEADER + m);
        return HEADER + m + 1 + t + 4 * size;
    }

    private static int count(double[] numbers, int offset, int field) {
        double v = at(numbers, offset + field);
        if (!(v >= 0 && v <= Integer.MAX_VALUE && v == Math.floor(v))) {
            throw new IllegalArgumentException("not a history at offset " + offset + ": field " + field
                    + " is " + ShortestDecimal.text(v) + ", not a count");
        }
        return (int) v;
    }

    private static double at(double[] numbers, int index) {
        if (index < 0 || index >= numbers.length) {
            throw new IllegalArgumentException("history cut short: " + numbers.length
                    + " numbers, index " + index + " needed");
        }
        return numbers[index];
    }

    private static int putText(String text, double[] out, int at) {
        for (int i = 0; i < text.length(); i++) {
            out[at++] = text.charAt(i);
        }
        return at;
    }

    private static String text(double[] numbers, int at, int length) {
        if (length < 0 || at + length > numbers.length) {
            throw new IllegalArgumentException("history text of length " + length + " at " + at
                    + " does not fit in " + numbers.length + " numbers");
        }
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = (char) numbers[at + i];
        }
        return new String(chars);
    }

    /** Number of epochs recorded. */
    public int size() {
        return size;
    }

    public double loss(int epoch) {
        return loss[checked(epoch)];
    }

    public double metric(int epoch) {
        return metric[checked(epoch)];
    }

    public double valLoss(int epoch) {
        return valLoss[checked(epoch)];
    }

    public double valMetric(int epoch) {
        return valMetric[checked(epoch)];
    }

    /** The metric's Keras name (e.g. {@code "accuracy"}), or null without a metric. */
    public String metricName() {
        return metricName;
    }

    /** True if {@code key} names a series of this history ({@link #value} accepts it). */
    public boolean hasKey(String key) {
        return "loss".equals(key) || "val_loss".equals(key)
                || (metricName != null && (metricName.equals(key) || valMetricName.equals(key)));
    }

    /** The history's keys, Keras-style: loss, [metric], val_loss, [val_metric]. */
    public String keys() {
        return metricName == null ? "loss, val_loss"
                : "loss, " + metricName + ", val_loss, " + valMetricName;
    }

    /** The value of series {@code key} ({@code "loss"}, {@code "val_accuracy"}, ...) at an epoch. */
    public double value(String key, int epoch) {
        if ("loss".equals(key)) {
            return loss(epoch);
        }
        if ("val_loss".equals(key)) {
            return valLoss(epoch);
        }
        if (metricName != null && metricName.equals(key)) {
            return metric(epoch);
        }
        if (metricName != null && valMetricName.equals(key)) {
            return valMetric(epoch);
        }
        throw new IllegalArgumentException("no series '" + key + "' in the history; it has " + keys());
    }

    /** The training losses, live (not a copy): valid up to {@link #size()}, read only. */
    public double[] lossSeries() {
        return loss;
    }

    /** The training metric values, live: valid up to {@link #size()}, read only. */
    public double[] metricSeries() {
        return metric;
    }

    /** The validation losses, live: valid up to {@link #size()}, read only. */
    public double[] valLossSeries() {
        return valLoss;
    }

    /** The validation metric values, live: valid up to {@link #size()}, read only. */
    public double[] valMetricSeries() {
        return valMetric;
    }

    private int checked(int epoch) {
        if (epoch < 0 || epoch >= size) {
            throw new IndexOutOfBoundsException("epoch " + epoch + " not in [0, " + size + ")");
        }
        return epoch;
    }

    public StopReason stopReason() {
        return stopReason;
    }

    /** The history index at which early stopping or divergence ended the run, or -1. */
    public int stoppedEpoch() {
        return stoppedEpoch;
    }

    /** The best epoch (history index) of the early-stopping monitor, or -1 without one. */
    public int bestEpoch() {
        return bestEpoch;
    }

    /** A sentence saying how the run ended (empty while running). */
    public String message() {
        return message;
    }
}
