package reglab.applet.experiment.overfitting;

import org.teavm.jso.dom.html.HTMLElement;
import reglab.applet.run.Run;
import reglab.applet.settings.Config;
import reglab.applet.settings.Num;
import reglab.applet.ui.Dom;
import reglab.applet.ui.ExperimentView;
import reglab.applet.ui.LineChart;
import reglab.core.data.SineRegression;
import reglab.core.nn.train.History;

/**
 * Over-fitting: error against polynomial degree (training falls, validation turns up: bias
 * against variance), the fitted curves over the data, and gradient descent's training and
 * validation curves with the early-stopping point and the restored weights.
 */
public final class OverfittingView extends ExperimentView {

    private static final int W = 320;
    private static final int H = 185;
    private static final int CURVE_POINTS = 101;

    private final LineChart byDegree;
    private final LineChart fits;
    private final LineChart curves;
    private OverfittingRun over;

    public OverfittingView(HTMLElement root, String id, Config start, Config url) {
        super(root, id, start, url, null);
        HTMLElement charts = Dom.el(pictures, "div", "reglab-charts");
        byDegree = new LineChart(Dom.canvas(charts, "reglab-degree", W, H,
                "Training and validation error against polynomial degree"), W, H, 2);
        fits = new LineChart(Dom.canvas(charts, "reglab-fit", W, H,
                "The data, the true curve and the fitted polynomials"), W, H, 3);
        curves = new LineChart(Dom.canvas(pictures, "reglab-curves", W, H,
                "Gradient descent: training and validation error by epoch, with early stopping"), W, H, 2);
    }

    @Override
    protected int statusLength() {
        return 75; // "Stopped early at epoch 71; weights of epoch 21 restored" (56), or a finished sentence
    }

    @Override
    protected int numbersLength() {
        return 115; // 103 characters once trained at the defaults
    }

    @Override
    protected Run createRun(Config c) {
        over = new OverfittingRun(c);
        return over;
    }

    @Override
    public void draw() {
        if (over == null) {
            return;
        }
        refreshPalette();
        int done = over.degreesDone();
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        double[] degrees = new double[OverfittingRun.MAX_DEGREE + 1];
        for (int d = 1; d <= done; d++) {
            degrees[d] = d;
            lo = Math.min(lo, Math.min(over.degreeTrain()[d], over.degreeValid()[d]));
            hi = Math.max(hi, Math.max(over.degreeTrain()[d], over.degreeValid()[d]));
        }
        if (done > 0) {
            byDegree.begin(palette, 1, OverfittingRun.MAX_DEGREE, Math.max(lo, 1e-6), Math.max(hi, 1e-5),
                    true, "polynomial degree", "mean squared error (log)");
            byDegree.series(tail(degrees), tail(over.degreeTrain()), done, palette.positive, "training", false);
            byDegree.series(tail(degrees), tail(over.degreeValid()), done, palette.negative, "validation", true);
            byDegree.marker(over.degree(), palette.accent, "degree " + over.degree());
        }
        drawFits();
        History h = over.history();
        int n = h.size();
        if (n > 0) {
            double clo = Double.POSITIVE_INFINITY;
            double chi = 0;
            for (int i = 0; i < n; i++) {
                clo = Math.min(clo, Math.min(h.loss(i), h.valLoss(i)));
                chi = Math.max(chi, Math.max(h.loss(i), h.valLoss(i)));
            }
            curves.begin(palette, 0, Math.max(1, n - 1), Math.max(clo, 1e-6), Math.max(chi, 1e-5), true,
                    "epoch", "mean squared error (log)");
            curves.series(null, h.lossSeries(), n, palette.positive, "training", false);
            curves.series(null, h.valLossSeries(), n, palette.negative, "validation", true);
            int best = over.bestEpoch();
            if (best >= 0 && over.finished()) {
                curves.marker(best, palette.accent, (over.restored() ? "restored " : "best ")
                        + "epoch " + best);
            }
            StringBuilder sb = new StringBuilder();
            sb.append("Degree ").append(over.degree()).append(" · epoch ").append(over.epoch())
                    .append(" · training error ").append(Num.sig(h.lossSeries()[n - 1], 3))
                    .append(" · validation error ").append(Num.sig(h.valLossSeries()[n - 1], 3));
            if (best >= 0) {
                sb.append(" · best validation ").append(Num.sig(over.bestLoss(), 3))
                        .append(" at epoch ").append(best);
            }
            showNumbers(sb.toString());
            root.setAttribute("data-reglab-epoch", Integer.toString(over.epoch()));
        } else {
            showNumbers("Fitting degrees 1 to " + OverfittingRun.MAX_DEGREE + "… (" + done + " done)");
        }
    }

    /** {@code a} without its unused index 0. */
    private static double[] tail(double[] a) {
        double[] b = new double[a.length - 1];
        System.arraycopy(a, 1, b, 0, b.length);
        return b;
    }

    private void drawFits() {
        double[] xs = new double[CURVE_POINTS];
        double[] truth = new double[CURVE_POINTS];
        double[] ridge = new double[CURVE_POINTS];
        double[] model = new double[CURVE_POINTS];
        for (int i = 0; i < CURVE_POINTS; i++) {
            xs[i] = i / (CURVE_POINTS - 1.0);
            truth[i] = SineRegression.truth(xs[i]);
            ridge[i] = over.degreesDone() >= over.degree() ? over.predictRidge(over.degree(), xs[i]) : Double.NaN;
            model[i] = over.history().size() > 0 ? over.predictModel(xs[i]) : Double.NaN;
        }
        fits.begin(palette, 0, 1, -1.8, 1.8, false, "x", "y");
        fits.series(xs, truth, CURVE_POINTS, palette.muted, "sin(2πx)", true);
        fits.series(xs, ridge, CURVE_POINTS, palette.negative, "closed-form ridge", false);
        fits.series(xs, model, CURVE_POINTS, palette.positive, "gradient descent", false);
        for (int i = 0; i < over.train().rows(); i++) {
            fits.dot(over.train().x()[i], over.train().y()[i], palette.foreground);
        }
    }

    @Override
    protected void describeFinish() {
        if (over.stoppedEpoch() >= 0) {
            setStatus("Stopped early at epoch " + over.stoppedEpoch() + "; weights of epoch "
                    + over.bestEpoch() + " restored", "stopped-early");
        } else {
            setStatus("Finished " + over.epoch() + " epochs; best weights (epoch " + over.bestEpoch()
                    + ") restored", "finished");
        }
    }
}
