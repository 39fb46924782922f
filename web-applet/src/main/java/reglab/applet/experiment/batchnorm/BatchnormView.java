package reglab.applet.experiment.batchnorm;

import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.events.MouseEvent;
import org.teavm.jso.dom.html.HTMLElement;
import reglab.applet.run.Run;
import reglab.applet.settings.Config;
import reglab.applet.settings.Num;
import reglab.applet.settings.UrlState;
import reglab.applet.ui.Dom;
import reglab.applet.ui.ExperimentView;
import reglab.applet.ui.HeatGrid;
import reglab.applet.ui.LineChart;
import reglab.core.nn.train.History;

/**
 * Batch normalization over a grid: the final training loss of every learning rate × initial
 * weight scale, without and with batch normalization, on one shared, labelled colour scale
 * (diverged cells crossed out), and the loss curves of the chosen cell for both. A click on
 * either grid, or the two "Curves for" controls, chooses the cell; that only redraws.
 */
public final class BatchnormView extends ExperimentView {

    private static final int W = 300;
    private static final int H = 200;
    private static final int SCALE_H = 44;
    private static final int CURVES_W = 340;
    private static final int CURVES_H = 185;

    private final HeatGrid plainGrid;
    private final HeatGrid bnGrid;
    private final CanvasRenderingContext2D scale;
    private final LineChart curves;
    private BatchnormRun grid;

    public BatchnormView(HTMLElement root, String id, Config start, Config url) {
        super(root, id, start, url, null);
        HTMLElement charts = Dom.el(pictures, "div", "reglab-charts");
        CanvasRenderingContext2D plainCanvas = Dom.canvas(charts, "reglab-grid-plain", W, H,
                "Final training loss for each learning rate (columns) and initial weight scale (rows),"
                        + " without batch normalization; click a cell, or use the arrow keys, to see its curves");
        CanvasRenderingContext2D bnCanvas = Dom.canvas(charts, "reglab-grid-bn", W, H,
                "Final training loss for each learning rate and initial weight scale, with batch"
                        + " normalization; click a cell, or use the arrow keys, to see its curves");
        plainGrid = new HeatGrid(plainCanvas, W, H);
        bnGrid = new HeatGrid(bnCanvas, W, H);
        scale = Dom.canvas(charts, "reglab-scale", W, SCALE_H,
                "Colour scale of both grids: final training loss, logarithmic; a cross marks a diverged run");
        curves = new LineChart(Dom.canvas(charts, "reglab-curves", CURVES_W, CURVES_H,
                "Training loss by epoch of the chosen cell, with and without batch normalization"),
                CURVES_W, CURVES_H, 2);
        choose(plainCanvas.getCanvas(), plainGrid);
        choose(bnCanvas.getCanvas(), bnGrid);
    }

    /** A click on a cell, or an arrow key while the grid has focus, chooses the cell. */
    private void choose(HTMLElement canvas, HeatGrid heat) {
        canvas.setAttribute("tabindex", "0");
        canvas.addEventListener("click", e -> {
            // The page may show the canvas narrower than it is drawn (max-width: 100%).
            double scale = W / (double) Math.max(1, canvas.getClientWidth());
            MouseEvent m = (MouseEvent) e;
            int[] cell = heat.cellAt(m.getOffsetX() * scale, m.getOffsetY() * scale);
            if (cell != null) {
                chooseCell(cell[0], cell[1]);
            }
        });
        canvas.addEventListener("keydown", e -> {
            String key = ((KeyboardEvent) e).getKey();
            int dr = key.equals("ArrowRight") ? 1 : key.equals("ArrowLeft") ? -1 : 0;
            int dg = key.equals("ArrowDown") ? 1 : key.equals("ArrowUp") ? -1 : 0;
            if (grid == null || dr == 0 && dg == 0) {
                return;
            }
            e.preventDefault();
            chooseCell(Math.max(0, Math.min(grid.gains().length - 1, chosenGain() + dg)),
                    Math.max(0, Math.min(grid.rates().length - 1, chosenRate() + dr)));
        });
    }

    /** The chosen cell's column in the view's current settings (which change without a new run). */
    private int chosenRate() {
        return Math.min(config.integer("rateIndex"), grid.rates().length) - 1;
    }

    private int chosenGain() {
        return Math.min(config.integer("gainIndex"), grid.gains().length) - 1;
    }

    private void chooseCell(int gain, int rate) {
        Config next = config.with("gainIndex", Integer.toString(gain + 1))
                .with("rateIndex", Integer.toString(rate + 1));
        controls().show(next);
        settingsChanged(next, "rateIndex");
    }

    @Override
    protected boolean drawsOnly(String setting) {
        return setting.equals("rateIndex") || setting.equals("gainIndex");
    }

    @Override
    protected int statusLength() {
        return 80; // 70 characters: the finished sentence at the defaults
    }

    @Override
    protected int numbersLength() {
        return 260; // 237 characters once trained at the defaults
    }

    @Override
    protected Run createRun(Config c) {
        grid = new BatchnormRun(c);
        return grid;
    }

    @Override
    public void draw() {
        if (grid == null) {
            return;
        }
        refreshPalette();
        double[] rates = grid.rates();
        double[] gains = grid.gains();
        String[] rateLabels = new String[rates.length];
        String[] gainLabels = new String[gains.length];
        for (int r = 0; r < rates.length; r++) {
            rateLabels[r] = Num.sig(rates[r], 2);
        }
        for (int g = 0; g < gains.length; g++) {
            gainLabels[g] = "×" + Num.sig(gains[g], 2);
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = grid.constantLoss();
        double[][][] values = new double[2][gains.length][rates.length];
        boolean[][][] failed = new boolean[2][gains.length][rates.length];
        for (int k = 0; k < 2; k++) {
            for (int g = 0; g < gains.length; g++) {
                for (int r = 0; r < rates.length; r++) {
                    double v = grid.finalLoss(g, r, k == 1);
                    values[k][g][r] = v;
                    failed[k][g][r] = grid.diverged(g, r, k == 1);
                    if (v > 0) {
                        lo = Math.min(lo, v);
                        hi = Math.max(hi, v);
                    }
                }
            }
        }
        if (!(lo < hi)) {
            lo = hi / 100;
        }
        int cr = chosenRate();
        int cg = chosenGain();
        plainGrid.draw(palette, "Without batch normalization: " + grid.learnedCells(false) + " learned",
                values[0], failed[0], rateLabels, gainLabels, "learning rate", "scale", lo, hi, cg, cr);
        bnGrid.draw(palette, "With batch normalization: " + grid.learnedCells(true) + " learned",
                values[1], failed[1], rateLabels, gainLabels, "learning rate", "scale", lo, hi, cg, cr);
        HeatGrid.scale(scale, W, SCALE_H, palette, lo, hi, "final training loss (log scale)", "diverged");
        drawCurves(cg, cr);
        StringBuilder sb = new StringBuilder();
        sb.append("Cells trained ").append(grid.cellsDone()).append(" of ").append(grid.cellCount())
                .append(" · learned (final loss under half a constant guess's ")
                .append(Num.sig(grid.constantLoss(), 3)).append("): without batch normalization ")
                .append(grid.learnedCells(false)).append(", with ").append(grid.learnedCells(true))
                .append(" of ").append(rates.length * gains.length)
                .append(" · diverged: without ").append(grid.divergedCells(false))
                .append(", with ").append(grid.divergedCells(true))
                .append(" · chosen cell: learning rate ").append(Num.sig(rates[cr], 3))
                .append(", scale ×").append(Num.sig(gains[cg], 3)).append(": final loss without ")
                .append(cellText(cg, cr, false)).append(", with ").append(cellText(cg, cr, true));
        showNumbers(sb.toString());
        root.setAttribute("data-reglab-cells", Integer.toString(grid.cellsDone()));
        root.setAttribute("data-reglab-cell", cg + "," + cr);
    }

    private String cellText(int g, int r, boolean normalized) {
        if (grid.diverged(g, r, normalized)) {
            return "diverged";
        }
        double v = grid.finalLoss(g, r, normalized);
        return Double.isNaN(v) ? "not trained yet" : Num.sig(v, 3);
    }

    private void drawCurves(int g, int r) {
        History plain = grid.history(g, r, false);
        History bn = grid.history(g, r, true);
        int n = Math.max(plain == null ? 0 : plain.size(), bn == null ? 0 : bn.size());
        double top = 0;
        for (History h : new History[] {plain, bn}) {
            if (h != null) {
                for (int i = 0; i < h.size(); i++) {
                    if (Double.isFinite(h.loss(i))) {
                        top = Math.max(top, h.loss(i));
                    }
                }
            }
        }
        curves.begin(palette, 0, Math.max(1, Math.max(n - 1, config.integer("epochs"))), 0,
                top > 0 ? top * 1.05 : 1, false, "epoch", "training loss");
        if (plain != null) {
            curves.series(null, plain.lossSeries(), plain.size(), palette.negative,
                    "without BN", false);
        }
        if (bn != null) {
            curves.series(null, bn.lossSeries(), bn.size(), palette.positive,
                    "with BN", false);
        }
    }

    @Override
    protected void describeFinish() {
        setStatus("Finished " + grid.cellCount() + " runs: " + grid.learnedCells(true) + " cells learned with"
                + " batch normalization, " + grid.learnedCells(false) + " without", "finished");
    }
}
