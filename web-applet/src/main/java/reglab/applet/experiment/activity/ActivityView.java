package reglab.applet.experiment.activity;

import org.teavm.jso.dom.html.HTMLElement;
import reglab.applet.run.Run;
import reglab.applet.settings.Config;
import reglab.applet.settings.Num;
import reglab.applet.ui.BarChart;
import reglab.applet.ui.Dom;
import reglab.applet.ui.ExperimentView;
import reglab.applet.ui.Histogram;
import reglab.applet.ui.LineChart;
import reglab.core.nn.ActivationStatistics;

/**
 * Activity regularization: the hidden layer's activations on the validation set for the model
 * with the L1 activity penalty and the one without — their histogram with the exact zeros apart,
 * each unit's mean activation, the share of exact zeros by epoch — and both models' validation
 * loss (the data term, without the penalty).
 */
public final class ActivityView extends ExperimentView {

    private static final int W = 340;
    private static final int H = 185;

    private final Histogram histogram;
    private final BarChart units;
    private final LineChart zeros;
    private final LineChart loss;
    private ActivityRun activity;

    public ActivityView(HTMLElement root, String id, Config start, Config url) {
        super(root, id, start, url, null);
        HTMLElement charts = Dom.el(pictures, "div", "reglab-charts");
        histogram = new Histogram(Dom.canvas(charts, "reglab-histogram", W, H,
                "Histogram of the hidden layer's activations on the validation set, with and without"
                        + " the L1 activity penalty; exact zeros in their own column"), W, H);
        units = new BarChart(Dom.canvas(charts, "reglab-units", W, H,
                "Mean activation of each hidden unit, with and without the L1 activity penalty"), W, H);
        zeros = new LineChart(Dom.canvas(charts, "reglab-zeros", W, H,
                "Share of hidden activations exactly zero by epoch, with and without the penalty"), W, H, 2);
        loss = new LineChart(Dom.canvas(charts, "reglab-loss", W, H,
                "Validation loss by epoch (data term, without the penalty), with and without it"), W, H, 2);
    }

    @Override
    protected int numbersLength() {
        return 250; // 230 characters once trained at the defaults
    }

    @Override
    protected Run createRun(Config c) {
        activity = new ActivityRun(c);
        return activity;
    }

    @Override
    public void draw() {
        if (activity == null) {
            return;
        }
        refreshPalette();
        ActivityArm reg = activity.regularized();
        ActivityArm plain = activity.plain();
        if (reg == null || plain == null) {
            return;
        }
        ActivationStatistics rs = reg.latest();
        ActivationStatistics ps = plain.latest();
        if (rs == null || ps == null) {
            return;
        }
        String[] colors = {palette.positive, palette.negative};
        double[] range = activity.histogramRange();
        histogram.draw(palette, range[0], range[1],
                new int[][] {ActivityRun.nonZeroHistogram(rs, range), ActivityRun.nonZeroHistogram(ps, range)},
                new int[] {rs.exactZeros(), ps.exactZeros()},
                new int[] {rs.rows() * rs.units(), ps.rows() * ps.units()}, colors,
                new String[] {"L1 activity: " + pct(rs.zeroFraction()) + " exactly 0",
                    "none: " + pct(ps.zeroFraction()) + " exactly 0"},
                "activation");
        units.draw(palette, new double[][] {rs.unitMeans(), ps.unitMeans()}, colors,
                new String[] {"L1 activity", "none"}, new boolean[] {false, false});
        int n = Math.min(reg.recorded(), plain.recorded());
        int x1 = Math.max(1, n - 1);
        zeros.begin(palette, 0, x1, 0, 1, false, "epoch", "share exactly 0");
        zeros.series(null, reg.zeroFraction(), reg.recorded(), palette.positive, "L1 activity", false);
        zeros.series(null, plain.zeroFraction(), plain.recorded(), palette.negative, "none", false);
        double hi = 0;
        for (ActivityArm a : new ActivityArm[] {reg, plain}) {
            for (int i = 0; i < a.recorded(); i++) {
                if (Double.isFinite(a.valDataLoss()[i])) {
                    hi = Math.max(hi, a.valDataLoss()[i]);
                }
            }
        }
        String lossName = activity.regression() ? "validation MSE" : "validation cross-entropy";
        loss.begin(palette, 0, x1, 0, hi > 0 ? hi * 1.05 : 1, false, "epoch", lossName);
        loss.series(null, reg.valDataLoss(), reg.recorded(), palette.positive, "L1 activity", false);
        loss.series(null, plain.valDataLoss(), plain.recorded(), palette.negative, "none", false);
        StringBuilder sb = new StringBuilder();
        sb.append("Epoch ").append(activity.epoch())
                .append(" · with the L1 activity penalty: ").append(pct(rs.zeroFraction()))
                .append(" of activations exactly 0, mean activation ").append(Num.sig(rs.mean(), 3))
                .append(", ").append(rs.silentUnits()).append(" of ").append(rs.units())
                .append(" units silent, ").append(lossName).append(' ')
                .append(Num.sig(reg.valDataLoss()[reg.recorded() - 1], 3))
                .append(" · without: ").append(pct(ps.zeroFraction()))
                .append(" exactly 0, mean ").append(Num.sig(ps.mean(), 3)).append(", ")
                .append(ps.silentUnits()).append(" silent, ").append(lossName).append(' ')
                .append(Num.sig(plain.valDataLoss()[plain.recorded() - 1], 3));
        showNumbers(sb.toString());
        root.setAttribute("data-reglab-epoch", Integer.toString(activity.epoch()));
    }

    private static String pct(double v) {
        return Num.fixed(100 * v, 1) + "%";
    }

    @Override
    protected void describeFinish() {
        if (activity.regularized().diverged() || activity.plain().diverged()) {
            setStatus("Diverged at epoch " + activity.epoch()
                    + ": the loss blew up, so training stopped. Try a smaller learning rate.", "diverged");
        } else {
            setStatus("Finished " + activity.epoch() + " epochs", "finished");
        }
    }
}
