package reglab.applet.model;

/**
 * Per-epoch training and validation figures of one run, growing as it trains. Entry 0 is measured
 * before the first update. Written only by the run that owns it; views read it between slices.
 */
public final class EpochHistory {

    private double[] trainLoss = new double[64];
    private double[] validLoss = new double[64];
    private double[] trainMetric = new double[64];
    private double[] validMetric = new double[64];
    private int size;

    public void add(double trainLossValue, double validLossValue, double trainMetricValue,
            double validMetricValue) {
        if (size == trainLoss.length) {
            trainLoss = grow(trainLoss);
            validLoss = grow(validLoss);
            trainMetric = grow(trainMetric);
            validMetric = grow(validMetric);
        }
        trainLoss[size] = trainLossValue;
        validLoss[size] = validLossValue;
        trainMetric[size] = trainMetricValue;
        validMetric[size] = validMetricValue;
        size++;
    }

    private static double[] grow(double[] a) {
        double[] b = new double[a.length * 2];
        System.arraycopy(a, 0, b, 0, a.length);
        return b;
    }

    public int size() {
        return size;
    }

    /** Live arrays (not copies), valid up to {@link #size()}; callers must not write them. */
    public double[] trainLoss() {
        return trainLoss;
    }

    public double[] validLoss() {
        return validLoss;
    }

    public double[] trainMetric() {
        return trainMetric;
    }

    public double[] validMetric() {
        return validMetric;
    }

    /** Writes the arrays as members of an open JSON object. */
    public void writeTo(Json json, String prefix) {
        json.put(prefix + "loss", trainLoss, size);
        json.put(prefix + "val_loss", validLoss, size);
        json.put(prefix + "metric", trainMetric, size);
        json.put(prefix + "val_metric", validMetric, size);
    }
}
