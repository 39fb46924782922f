package reglab.applet.experiment.augmentation;

import reglab.core.nn.train.History;
import reglab.core.nn.train.StopReason;

/**
 * One model's evaluated curves, entry 0 before training and entry k after k epochs: training and
 * validation loss and accuracy, and whether it stopped on the divergence rule. This is what a part
 * of the run hands back, as plain numbers ({@link #pack}), whether it trained on this thread or in
 * a worker: {@code {entries, diverged (0 or 1), loss…, accuracy…, val_loss…, val_accuracy…}}.
 */
final class DigitCurves {

    final int entries;
    final boolean diverged;
    final double[] loss;
    final double[] accuracy;
    final double[] valLoss;
    final double[] valAccuracy;

    private DigitCurves(int entries, boolean diverged, double[] loss, double[] accuracy,
            double[] valLoss, double[] valAccuracy) {
        this.entries = entries;
        this.diverged = diverged;
        this.loss = loss;
        this.accuracy = accuracy;
        this.valLoss = valLoss;
        this.valAccuracy = valAccuracy;
    }

    /** The curves a trainer has recorded so far (copied). */
    static DigitCurves of(History h) {
        int n = h.size();
        return new DigitCurves(n, h.stopReason() == StopReason.DIVERGED, copy(h.lossSeries(), n),
                copy(h.metricSeries(), n), copy(h.valLossSeries(), n), copy(h.valMetricSeries(), n));
    }

    double[] pack() {
        double[] p = new double[2 + 4 * entries];
        p[0] = entries;
        p[1] = diverged ? 1 : 0;
        System.arraycopy(loss, 0, p, 2, entries);
        System.arraycopy(accuracy, 0, p, 2 + entries, entries);
        System.arraycopy(valLoss, 0, p, 2 + 2 * entries, entries);
        System.arraycopy(valAccuracy, 0, p, 2 + 3 * entries, entries);
        return p;
    }

    /**
     * @throws IllegalArgumentException if {@code p} is not what {@link #pack} writes
     */
    static DigitCurves unpack(double[] p) {
        int n = p.length < 2 ? -1 : (int) p[0];
        if (n < 0 || p.length != 2 + 4 * n) {
            throw new IllegalArgumentException("a model's curves need 2 + 4 × entries numbers, got "
                    + p.length);
        }
        double[] loss = new double[n];
        double[] accuracy = new double[n];
        double[] valLoss = new double[n];
        double[] valAccuracy = new double[n];
        System.arraycopy(p, 2, loss, 0, n);
        System.arraycopy(p, 2 + n, accuracy, 0, n);
        System.arraycopy(p, 2 + 2 * n, valLoss, 0, n);
        System.arraycopy(p, 2 + 3 * n, valAccuracy, 0, n);
        return new DigitCurves(n, p[1] != 0, loss, accuracy, valLoss, valAccuracy);
    }

    /** Validation accuracy of the last entry, or NaN before the first. */
    double finalValAccuracy() {
        return entries == 0 ? Double.NaN : valAccuracy[entries - 1];
    }

    /** The highest validation accuracy of any entry, or NaN before the first. */
    double bestValAccuracy() {
        double best = Double.NaN;
        for (int i = 0; i < entries; i++) {
            if (Double.isNaN(best) || valAccuracy[i] > best) {
                best = valAccuracy[i];
            }
        }
        return best;
    }

    private static double[] copy(double[] a, int n) {
        double[] c = new double[n];
        System.arraycopy(a, 0, c, 0, n);
        return c;
    }
}
