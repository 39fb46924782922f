package reglab.applet.experiment.sparsity;

import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.events.MouseEvent;
import org.teavm.jso.dom.html.HTMLElement;
import reglab.applet.run.Run;
import reglab.applet.settings.Config;
import reglab.applet.settings.Num;
import reglab.applet.settings.Setting;
import reglab.applet.settings.UrlState;
import reglab.applet.ui.BarChart;
import reglab.applet.ui.Dom;
import reglab.applet.ui.ExperimentView;
import reglab.applet.ui.LineChart;
import reglab.core.math.DecimalParser;

/**
 * Sparsity, L1 against L2: coefficient bars (truth, lasso, ridge, elastic net) with exact zeros
 * marked, the lasso path against log λ with a λ marker that can be dragged (or set with the λ
 * slider from the keyboard), and the document's sign-rule update against the proximal step.
 */
public final class SparsityView extends ExperimentView {

    private static final int W = 520;
    private static final int BARS_H = 170;
    private static final int PATH_H = 190;
    private static final int GD_H = 140;

    private final BarChart bars;
    private final LineChart pathChart;
    private final CanvasRenderingContext2D pathCanvas;
    private final BarChart gdBars;
    private SparsityRun sparsity;
    private boolean dragging;

    public SparsityView(HTMLElement root, String id, Config start, Config url) {
        super(root, id, start, url, null);
        HTMLElement charts = Dom.el(pictures, "div", "reglab-charts");
        bars = new BarChart(Dom.canvas(charts, "reglab-bars", W, BARS_H,
                "Coefficients: true values, lasso, ridge and elastic net at the chosen lambda"),
                W, BARS_H);
        pathCanvas = Dom.canvas(charts, "reglab-path", W, PATH_H,
                "Lasso path: every coefficient against log10 lambda; drag to choose lambda");
        pathChart = new LineChart(pathCanvas, W, PATH_H);
        gdBars = new BarChart(Dom.canvas(charts, "reglab-gd", W, GD_H,
                "Gradient descent with the sign-rule L1 update and with the proximal step"),
                W, GD_H);
        HTMLElement canvas = pathCanvas.getCanvas();
        canvas.addEventListener("mousedown", e -> {
            dragging = true;
            dragTo((MouseEvent) e);
        });
        canvas.addEventListener("mousemove", e -> {
            if (dragging) {
                dragTo((MouseEvent) e);
            }
        });
        canvas.addEventListener("mouseup", e -> {
            dragging = false;
            commitLambda();
        });
        canvas.addEventListener("mouseleave", e -> {
            if (dragging) {
                dragging = false;
                commitLambda();
            }
        });
    }

    @Override
    protected int numbersLength() {
        return 145; // 131 characters once trained at the defaults
    }

    @Override
    protected Run createRun(Config c) {
        sparsity = new SparsityRun(c);
        return sparsity;
    }

    @Override
    protected void settingsChanged(Config updated, String setting) {
        if (sparsity != null && (setting.equals("lambda") || setting.equals("l1Ratio"))) {
            config = updated;
            Dom.replaceQuery(UrlState.write(Dom.locationSearch(), id, start, config));
            sparsity.setLambda(config.number("lambda"), config.number("l1Ratio"));
            resume();
            return;
        }
        super.settingsChanged(updated, setting);
    }

    private void dragTo(MouseEvent e) {
        if (sparsity == null || sparsity.pathSize() == 0) {
            return;
        }
        Setting s = config.schema().setting("lambda");
        double lambda = Math.pow(10, pathChart.xAt(e.getOffsetX()));
        lambda = Math.max(s.min(), Math.min(s.max(), DecimalParser.parse(Num.sig(lambda, 2))));
        sparsity.setLambda(lambda, sparsity.l1Ratio());
        resume();
    }

    private void commitLambda() {
        if (sparsity == null) {
            return;
        }
        Config next = config.with("lambda", Num.sig(sparsity.lambda(), 2));
        controls().show(next);
        config = next;
        Dom.replaceQuery(UrlState.write(Dom.locationSearch(), id, start, config));
    }

    @Override
    public void draw() {
        if (sparsity == null) {
            return;
        }
        refreshPalette();
        double[] truth = sparsity.truth();
        int p = truth.length;
        double[] lasso = sparsity.lasso() == null ? null : sparsity.lasso().coef();
        double[] ridge = sparsity.ridge() == null ? null : sparsity.ridge().coef();
        double[] enet = sparsity.elasticNet() == null ? null : sparsity.elasticNet().coef();
        bars.draw(palette, new double[][] {truth, lasso, ridge, enet},
                new String[] {palette.muted, palette.positive, palette.negative, palette.accent},
                new String[] {"truth", "lasso (L1)", "ridge (L2)", "elastic net"},
                new boolean[] {true, false, false, false});
        drawPath();
        double[] signW = sparsity.signRule() == null ? null : sparsity.signRule().theta();
        double[] proxW = sparsity.proximal() == null ? null : sparsity.proximal().theta();
        gdBars.draw(palette, new double[][] {truth, signW, proxW},
                new String[] {palette.muted, palette.negative, palette.positive},
                new String[] {"truth", "sign rule", "proximal"},
                new boolean[] {true, false, false});
        StringBuilder sb = new StringBuilder();
        sb.append("λ = ").append(Num.sig(sparsity.lambda(), 3));
        if (lasso != null) {
            int lz = SparsityRun.zeros(lasso);
            int rz = SparsityRun.zeros(ridge);
            int ez = SparsityRun.zeros(enet);
            sb.append(" · exact zeros: lasso ").append(lz).append(" of ").append(p)
                    .append(", elastic net ").append(ez).append(", ridge ").append(rz)
                    .append(" (truth ").append(SparsityRun.zeros(truth)).append(')');
            root.setAttribute("data-reglab-lasso-zeros", Integer.toString(lz));
            root.setAttribute("data-reglab-ridge-zeros", Integer.toString(rz));
        }
        if (signW != null) {
            sb.append(" · after ").append(sparsity.signRule().stepsTaken())
                    .append(" descent steps: sign rule ").append(sparsity.signRule().exactZeros())
                    .append(" zeros, proximal ").append(sparsity.proximal().exactZeros());
        }
        showNumbers(sb.toString());
    }

    private void drawPath() {
        int m = sparsity.pathSize();
        if (m == 0) {
            return;
        }
        int p = sparsity.features();
        double[] logL = new double[m];
        double[][] coefs = new double[p][m];
        double lo = 0;
        double hi = 0;
        for (int k = 0; k < m; k++) {
            logL[k] = Math.log10(sparsity.pathLambda(k));
            double[] c = sparsity.pathCoef(k);
            for (int j = 0; j < p; j++) {
                coefs[j][k] = c[j];
                lo = Math.min(lo, c[j]);
                hi = Math.max(hi, c[j]);
            }
        }
        double x0 = Math.min(Math.log10(sparsity.pathLambda(SparsityRun.PATH_POINTS - 1)),
                Math.log10(sparsity.lambda()));
        double x1 = Math.max(logL[0], Math.log10(sparsity.lambda()));
        pathChart.begin(palette, x0, x1, lo, hi, false, "log10 λ", "lasso coefficient");
        double[] truth = sparsity.truth();
        for (int j = 0; j < p; j++) {
            pathChart.series(logL, coefs[j], m, truth[j] != 0 ? palette.positive : palette.muted,
                    null, truth[j] == 0);
        }
        pathChart.marker(Math.log10(sparsity.lambda()), palette.accent,
                "λ = " + Num.sig(sparsity.lambda(), 2));
    }

    @Override
    protected void describeFinish() {
        setStatus("Done: fits at λ = " + Num.sig(sparsity.lambda(), 3) + ", "
                + SparsityRun.GD_STEPS + " descent steps", "finished");
    }
}
