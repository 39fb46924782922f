package reglab.core.nn.train;

/**
 * Per-epoch record of a training run, like the {@code History.history} dict Keras' {@code fit}
 * returns: training loss and metric and validation loss and metric, one entry per epoch. The
 * {@link Trainer} says how they are measured (Keras' running means, or evaluations with an entry
 * 0 before training). Losses include the penalties, as in Keras. Missing values (no validation
 * set, no metric) are NaN.
 *
 * <p>Written only by the {@link Trainer}; the arrays are preallocated for the requested number of
 * epochs, so recording allocates nothing.
 */
public final class History {

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
