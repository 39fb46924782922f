package reglab.applet.experiment.tuning;

import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.events.MouseEvent;
import org.teavm.jso.dom.html.HTMLElement;
import reglab.applet.run.Run;
import reglab.applet.settings.Config;
import reglab.applet.settings.Num;
import reglab.applet.settings.UrlState;
import reglab.applet.ui.BarChart;
import reglab.applet.ui.Dom;
import reglab.applet.ui.ExperimentView;
import reglab.applet.ui.HeatGrid;
import reglab.applet.ui.LineChart;
import reglab.applet.ui.ScorePlane;
import reglab.core.math.PortableMath;
import reglab.core.tuning.CrossValidationCurve;
import reglab.core.tuning.StepwiseSearch;

/**
 * Tuning: glmnet's cross-validation plot (mean validation MSE ± one standard error per λ on a
 * log λ axis, each fold's curve, λ_min and λ_1se as vertical lines), the coefficients refitted at
 * both beside the true ones; then the validation score over the L2 rate × dropout plane with
 * every trial of grid, random and Bayesian search marked (each strategy's best filled), its
 * colour scale, and each strategy's best score so far by trial. The arrow keys on the plane, or a
 * click near a trial, choose the trial to inspect (ringed on the plane, marked on the progress
 * chart, listed in the numbers); that only redraws. {@code data-reglab-epoch} counts the parts
 * finished (folds, trials, map points).
 */
public final class TuningView extends ExperimentView {

    private static final int W = 340;
    private static final int H = 200;
    private static final int SCALE_H = 44;
    private static final double LN10 = 2.302585092994046;
    private static final ScorePlane.Shape[] SHAPES = {
        ScorePlane.Shape.SQUARE, ScorePlane.Shape.CIRCLE, ScorePlane.Shape.TRIANGLE};
    private static final String[] LABELS = {"grid", "random", "Bayesian"};

    private final LineChart cvChart;
    private final BarChart coefChart;
    private final ScorePlane plane;
    private final CanvasRenderingContext2D scale;
    private final LineChart progress;
    private TuningRun tuning;

    public TuningView(HTMLElement root, String id, Config start, Config url) {
        super(root, id, start, url, null);
        HTMLElement charts = Dom.el(pictures, "div", "reglab-charts");
        cvChart = new LineChart(Dom.canvas(charts, "reglab-cv", W, H,
                "Cross-validated mean squared error (log scale) against log10 of lambda, with one standard error bars,"
                        + " each fold's curve, and vertical lines at lambda min and the one-standard-error lambda"),
                W, H, 2);
        coefChart = new BarChart(Dom.canvas(charts, "reglab-coef", W, H,
                "Coefficients refitted on all rows at lambda min and at the one-standard-error lambda,"
                        + " beside the true coefficients (outlined)"), W, H);
        CanvasRenderingContext2D planeCanvas = Dom.canvas(charts, "reglab-plane", W, H + 20,
                "Validation loss over L2 rate (log scale) and dropout rate, with the trials of grid search"
                        + " (squares), random search (circles) and Bayesian optimization (triangles), each"
                        + " strategy's best filled; arrow keys or a click choose the trial to inspect");
        plane = new ScorePlane(planeCanvas, W, H + 20);
        scale = Dom.canvas(charts, "reglab-scale", W, SCALE_H,
                "Colour scale of the plane: validation loss, logarithmic");
        progress = new LineChart(Dom.canvas(charts, "reglab-progress", W, H,
                "Best validation loss so far against trial number, for grid, random and Bayesian search"),
                W, H, 3);
        choose(planeCanvas.getCanvas());
    }

    private void choose(HTMLElement canvas) {
        canvas.setAttribute("tabindex", "0");
        canvas.addEventListener("keydown", e -> {
            String key = ((KeyboardEvent) e).getKey();
            int d = key.equals("ArrowRight") || key.equals("ArrowUp") ? 1
                    : key.equals("ArrowLeft") || key.equals("ArrowDown") ? -1 : 0;
            if (tuning == null || d == 0) {
                return;
            }
            e.preventDefault();
            chooseTrial(Math.max(0, Math.min(tuning.budget() - 1, chosenTrial() + d)));
        });
        canvas.addEventListener("click", e -> {
            if (tuning == null) {
                return;
            }
            // The page may show the canvas narrower than it is drawn (max-width: 100%).
            double k = W / (double) Math.max(1, canvas.getClientWidth());
            MouseEvent m = (MouseEvent) e;
            double[] uv = plane.unitAt(m.getOffsetX() * k, m.getOffsetY() * k);
            if (uv != null) {
                int t = nearestTrial(uv[0], uv[1]);
                if (t >= 0) {
                    chooseTrial(t);
                }
            }
        });
    }

    /** The trial nearest to a unit position, among every strategy's proposed trials, or −1. */
    private int nearestTrial(double u, double v) {
        int best = -1;
        double bestD = 0.08 * 0.08;
        for (int s = 0; s < 3; s++) {
            StepwiseSearch search = tuning.search(s);
            for (int t = 0; t < search.size(); t++) {
                double du = search.unit(t, 0) - u;
                double dv = search.unit(t, 1) - v;
                if (du * du + dv * dv < bestD) {
                    bestD = du * du + dv * dv;
                    best = t;
                }
            }
        }
        return best;
    }

    /** The inspected trial (from 0) in the view's current settings, which change without a new run. */
    private int chosenTrial() {
        return Math.min(config.integer("trial"), tuning.budget()) - 1;
    }

    private void chooseTrial(int t) {
        Config next = config.with("trial", Integer.toString(t + 1));
        controls().show(next);
        settingsChanged(next, "trial");
    }

    @Override
    protected boolean drawsOnly(String setting) {
        return setting.equals("trial");
    }

    @Override
    protected int statusLength() {
        return 110; // 100 characters: the finished sentence at the defaults
    }

    @Override
    protected int numbersLength() {
        return 540; // 500 characters once trained at the defaults
    }

    @Override
    protected Run createRun(Config c) {
        tuning = new TuningRun(c);
        return tuning;
    }

    @Override
    public void draw() {
        if (tuning == null) {
            return;
        }
        refreshPalette();
        StringBuilder sb = new StringBuilder();
        drawCv(sb);
        drawSearch(sb);
        showNumbers(sb.toString());
        root.setAttribute("data-reglab-folds", Integer.toString(foldsIn()));
        root.setAttribute("data-reglab-trials", Integer.toString(
                tuning.trialsIn(TuningRun.GRID) + tuning.trialsIn(TuningRun.RANDOM) + tuning.trialsIn(TuningRun.BAYES)));
        root.setAttribute("data-reglab-trial", Integer.toString(chosenTrial() + 1));
        // The progress counter every view keeps for tests and scripts: here, parts finished
        // (folds, trials and map points), as the run has no epochs of its own.
        root.setAttribute("data-reglab-epoch", Integer.toString(tuning.deliveredCount()));
    }

    private int foldsIn() {
        int n = 0;
        for (int k = 0; k < tuning.folds(); k++) {
            n += tuning.foldErrors(k) == null ? 0 : 1;
        }
        return n;
    }

    private static double log10(double x) {
        return PortableMath.log(x) / LN10;
    }

    private void drawCv(StringBuilder sb) {
        double[] alphas = tuning.alphas();
        int n = alphas.length;
        double[] x = new double[n];
        for (int a = 0; a < n; a++) {
            x[a] = log10(alphas[a]);
        }
        // A log y axis, as the errors span orders of magnitude from α_max down to the minimum.
        CrossValidationCurve curve = tuning.curve();
        double top = 0;
        double bottom = Double.POSITIVE_INFINITY;
        for (int k = 0; k < tuning.folds(); k++) {
            double[] e = tuning.foldErrors(k);
            if (e != null) {
                for (double v : e) {
                    top = Math.max(top, v);
                    bottom = v > 0 ? Math.min(bottom, v) : bottom;
                }
            }
        }
        if (curve != null) {
            double[] m = curve.mean();
            double[] sd = curve.standardError();
            for (int a = 0; a < n; a++) {
                bottom = m[a] - sd[a] > 0 ? Math.min(bottom, m[a] - sd[a]) : bottom;
            }
        }
        if (!(bottom < top)) {
            bottom = top > 0 ? top / 10 : 0.1;
            top = Math.max(top, bottom * 10);
        }
        cvChart.begin(palette, x[n - 1], x[0], bottom * 0.9, top * 1.1, true, "log10 λ",
                "validation MSE (log)");
        // Legend order: the mean first, then the folds (drawn first, so the mean lies on top).
        boolean first = true;
        for (int k = 0; k < tuning.folds(); k++) {
            double[] e = tuning.foldErrors(k);
            if (e != null) {
                cvChart.series(x, e, n, palette.muted, curve == null && first ? "each fold" : null, true);
                first = false;
            }
        }
        if (curve == null) {
            sb.append("Cross-validation: ").append(foldsIn()).append(" of ").append(tuning.folds())
                    .append(" folds fitted");
            coefChart.draw(palette, new double[][] {tuning.trueCoefficients()},
                    new String[] {palette.muted}, new String[] {"true"}, new boolean[] {true});
            return;
        }
        double[] mean = curve.mean();
        double[] se = curve.standardError();
        cvChart.series(x, mean, n, palette.warning, "mean ± 1 SE", false);
        cvChart.series(x, mean, 0, palette.muted, "each fold", true);
        for (int a = 0; a < n; a++) {
            cvChart.errorBar(x[a], mean[a] - se[a], mean[a] + se[a], palette.warning);
            cvChart.dot(x[a], mean[a], palette.warning);
        }
        int iMin = curve.indexMin();
        int i1se = curve.indexOneSe();
        // Labels high in the plot: the curve is at its lowest between the two lines.
        cvChart.marker(x[iMin], palette.negative, "λ_min", 7);
        cvChart.marker(x[i1se], palette.positive, "λ_1se", 8);
        coefChart.draw(palette, new double[][] {tuning.trueCoefficients(), tuning.atMin().coef(),
            tuning.atOneSe().coef()},
                new String[] {palette.muted, palette.negative, palette.positive},
                new String[] {"true", "λ_min", "λ_1se"},
                new boolean[] {true, false, false});
        sb.append("Cross-validation (").append(tuning.folds()).append(" folds): λ_min ")
                .append(Num.sig(curve.alphaMin(), 3)).append(" (MSE ").append(Num.sig(mean[iMin], 3))
                .append(" ± ").append(Num.sig(se[iMin], 2)).append(", ").append(nonZero(tuning.atMin().coef()))
                .append(" non-zero coefficients) · λ_1se ").append(Num.sig(curve.alphaOneSe(), 3))
                .append(" (MSE ").append(Num.sig(mean[i1se], 3)).append(", ")
                .append(nonZero(tuning.atOneSe().coef())).append(" non-zero; truly ")
                .append(nonZero(tuning.trueCoefficients())).append(")");
    }

    private static int nonZero(double[] w) {
        int n = 0;
        for (double v : w) {
            n += v != 0 ? 1 : 0;
        }
        return n;
    }

    private void drawSearch(StringBuilder sb) {
        String[] colors = {palette.negative, palette.positive, palette.accent};
        // The colour range: every score seen, trials and map alike.
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (int s = 0; s < 3; s++) {
            StepwiseSearch search = tuning.search(s);
            for (int t = 0; t < search.size(); t++) {
                if (search.succeeded(t) && search.score(t) > 0) {
                    lo = Math.min(lo, search.score(t));
                    hi = Math.max(hi, search.score(t));
                }
            }
        }
        int m = tuning.mapSide();
        double[][] background;
        if (m > 0) {
            background = new double[m][m];
            for (int j = 0; j < m; j++) {
                for (int i = 0; i < m; i++) {
                    double v = tuning.mapScore(i, j);
                    background[j][i] = v;
                    if (v > 0) {
                        lo = Math.min(lo, v);
                        hi = Math.max(hi, v);
                    }
                }
            }
        } else {
            // Without a map, the grid search's own trials colour the plane.
            StepwiseSearch grid = tuning.search(TuningRun.GRID);
            int side = TuningRun.gridSide(tuning.budget());
            background = new double[side][side];
            for (int t = 0; t < side * side; t++) {
                background[t % side][t / side] = t < grid.size() && grid.succeeded(t) ? grid.score(t) : Double.NaN;
            }
        }
        if (!(lo < hi)) {
            lo = hi > 0 ? hi / 2 : 0.1;
            hi = Math.max(hi, lo * 2);
        }
        String lossName = tuning.regressionSearch() ? "validation MSE" : "validation cross-entropy";
        plane.begin(palette, background, lo, hi, "L2 rate (log scale)",
                new String[] {ScorePlane.label(TuningRun.L2_MIN), ScorePlane.label(TuningRun.L2_MAX)},
                "dropout", new String[] {"0", ScorePlane.label(TuningRun.DROPOUT_MAX)});
        int chosen = chosenTrial();
        for (int s = 0; s < 3; s++) {
            StepwiseSearch search = tuning.search(s);
            int best = search.bestTrial();
            for (int t = 0; t < search.size(); t++) {
                if (search.isReported(t) && !search.succeeded(t)) {
                    plane.cross(search.unit(t, 0), search.unit(t, 1));
                } else if (search.isReported(t)) {
                    plane.marker(search.unit(t, 0), search.unit(t, 1), SHAPES[s], colors[s], t == best);
                }
            }
            if (chosen < search.size() && search.isReported(chosen)) {
                plane.ring(search.unit(chosen, 0), search.unit(chosen, 1));
            }
            plane.legend(SHAPES[s], colors[s], LABELS[s]);
        }
        HeatGrid.scale(scale, W, SCALE_H, palette, lo, hi, lossName + " (log scale)", "diverged trial");
        int budget = tuning.budget();
        double[] trialNumbers = new double[budget];
        double[][] curves = new double[3][budget];
        double top = 0;
        double bottom = Double.POSITIVE_INFINITY;
        for (int s = 0; s < 3; s++) {
            for (int t = 0; t < budget; t++) {
                trialNumbers[t] = t + 1;
                curves[s][t] = tuning.bestAfter(s, t + 1);
                if (Double.isFinite(curves[s][t])) {
                    top = Math.max(top, curves[s][t]);
                    bottom = Math.min(bottom, curves[s][t]);
                }
            }
        }
        if (!(bottom < top)) {
            bottom = top > 0 ? top * 0.9 : 0;
            top = top > 0 ? top * 1.1 : 1;
        }
        double pad = (top - bottom) * 0.05;
        progress.begin(palette, 1, Math.max(2, budget), bottom - pad, top + pad, false, "trial",
                "best loss so far");
        for (int s = 0; s < 3; s++) {
            progress.series(trialNumbers, curves[s], budget, colors[s], LABELS[s], false);
        }
        progress.marker(chosen + 1, palette.foreground, "trial " + (chosen + 1));

        sb.append(" · Search, ").append(budget).append(" trials each: ");
        for (int s = 0; s < 3; s++) {
            StepwiseSearch search = tuning.search(s);
            int best = search.bestTrial();
            sb.append(s == 0 ? "" : "; ").append(LABELS[s]).append(' ').append(tuning.trialsIn(s)).append(" done");
            if (best >= 0) {
                sb.append(", best ").append(Num.sig(search.score(best), 3)).append(" at L2 ")
                        .append(Num.sig(search.value(best, 0), 2)).append(", dropout ")
                        .append(Num.fixed(search.value(best, 1), 2)).append(" (trial ").append(best + 1).append(')');
            }
        }
        sb.append(" · trial ").append(chosen + 1).append(':');
        for (int s = 0; s < 3; s++) {
            StepwiseSearch search = tuning.search(s);
            sb.append(' ').append(LABELS[s]).append(' ');
            if (chosen < search.size() && search.isReported(chosen)) {
                sb.append(search.succeeded(chosen) ? Num.sig(search.score(chosen), 3) : "diverged")
                        .append(" at L2 ").append(Num.sig(search.value(chosen, 0), 2)).append(", dropout ")
                        .append(Num.fixed(search.value(chosen, 1), 2));
            } else {
                sb.append("not run yet");
            }
            sb.append(s < 2 ? ";" : "");
        }
        if (m > 0) {
            sb.append(" · map ").append(tuning.mapIn()).append(" of ").append(m * m).append(" points");
        }
    }

    @Override
    protected void describeFinish() {
        CrossValidationCurve curve = tuning.curve();
        StringBuilder s = new StringBuilder("Finished: λ_min ").append(Num.sig(curve.alphaMin(), 3))
                .append(", λ_1se ").append(Num.sig(curve.alphaOneSe(), 3)).append("; best validation loss: ");
        for (int k = 0; k < 3; k++) {
            StepwiseSearch search = tuning.search(k);
            int b = search.bestTrial();
            s.append(k == 0 ? "" : ", ").append(LABELS[k]).append(' ')
                    .append(b < 0 ? "none" : Num.sig(search.score(b), 3));
        }
        setStatus(s.toString(), "finished");
    }
}
