package reglab.applet.experiment.playground;

import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.canvas.ImageData;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.typedarrays.Uint8ClampedArray;
import reglab.applet.run.Run;
import reglab.applet.settings.Config;
import reglab.applet.settings.Num;
import reglab.applet.ui.Dom;
import reglab.applet.ui.ExperimentView;
import reglab.applet.ui.LineChart;
import reglab.core.data.DataSets;
import reglab.core.data.Dataset;
import reglab.core.nn.parameter.Parameter;
import reglab.core.nn.train.History;

/**
 * The playground: a decision-boundary heat map with training points (filled) and test points
 * (ringed), training and test loss curves with the early-stopping point, and every kernel weight's
 * magnitude with exact zeros marked.
 */
public final class PlaygroundView extends ExperimentView {

    /** Heat-map cells per side. */
    private static final int GRID = 40;
    private static final int MAP = 260;
    private static final int CHART_W = 320;
    private static final int CHART_H = 160;
    private static final int WEIGHTS_H = 110;

    private final CanvasRenderingContext2D map;
    private final LineChart losses;
    private final CanvasRenderingContext2D weights;
    private final double[] gridXY = new double[GRID * GRID * 2];
    private final double[] gridOut = new double[GRID * GRID];
    private final HTMLCanvasElement cellCanvas;
    private final CanvasRenderingContext2D cellContext;
    private final ImageData cells;
    private PlaygroundRun playground;

    public PlaygroundView(HTMLElement root, String id, Config start, Config url) {
        super(root, id, start, url, null);
        map = Dom.canvas(pictures, "reglab-map", MAP, MAP,
                "Decision boundary: the network's output over the plane, with the data points");
        HTMLElement charts = Dom.el(pictures, "div", "reglab-charts");
        losses = new LineChart(Dom.canvas(charts, "reglab-loss", CHART_W, CHART_H,
                "Training and test loss by epoch"), CHART_W, CHART_H, 2);
        weights = Dom.canvas(charts, "reglab-weights", CHART_W, WEIGHTS_H,
                "Magnitude of every weight; exact zeros marked");
        cellCanvas = (HTMLCanvasElement) HTMLDocument.current().createElement("canvas");
        cellCanvas.setWidth(GRID);
        cellCanvas.setHeight(GRID);
        cellContext = (CanvasRenderingContext2D) cellCanvas.getContext("2d");
        cells = cellContext.createImageData(GRID, GRID);
        double step = 2 * DataSets.EXTENT / GRID;
        for (int r = 0; r < GRID; r++) {
            for (int c = 0; c < GRID; c++) {
                int k = r * GRID + c;
                gridXY[2 * k] = -DataSets.EXTENT + (c + 0.5) * step;
                gridXY[2 * k + 1] = DataSets.EXTENT - (r + 0.5) * step;
            }
        }
    }

    @Override
    protected int statusLength() {
        return 85; // a stopped-early sentence with "(weights restored)" (~80)
    }

    @Override
    protected int numbersLength() {
        return 110; // 98 characters once trained at the defaults
    }

    @Override
    protected Run createRun(Config c) {
        playground = new PlaygroundRun(c);
        return playground;
    }

    @Override
    public void draw() {
        if (playground == null) {
            return;
        }
        refreshPalette();
        drawMap();
        drawLosses();
        drawWeights();
        History h = playground.history();
        int last = h.size() - 1;
        if (last < 0) {
            return; // the first evaluation has not run yet
        }
        int zeros = playground.exactZeros();
        StringBuilder sb = new StringBuilder();
        sb.append("Epoch ").append(playground.epoch())
                .append(" · training loss ").append(Num.sig(h.loss(last), 4))
                .append(" · test loss ").append(Num.sig(h.valLoss(last), 4));
        if (!playground.regression()) {
            sb.append(" · test accuracy ").append(Num.fixed(100 * h.valMetric(last), 1)).append('%');
        }
        sb.append(" · exact zeros ").append(zeros).append(" of ").append(playground.kernelWeights());
        showNumbers(sb.toString());
        root.setAttribute("data-reglab-epoch", Integer.toString(playground.epoch()));
        root.setAttribute("data-reglab-zeros", Integer.toString(zeros));
    }

    private void drawMap() {
        boolean diverged = playground.diverged();
        if (!diverged) {
            playground.predict(gridXY, GRID * GRID, gridOut);
        }
        // One pixel per cell on a small canvas, scaled up with smoothing: a handful of calls into
        // the browser per frame instead of one styled rectangle per cell.
        Uint8ClampedArray px = cells.getData();
        int[] bg = palette.backgroundRgb;
        for (int k = 0; k < GRID * GRID; k++) {
            double v = gridOut[k];
            double t = playground.regression() ? v : 2 * v - 1;
            int[] rgb = t >= 0 ? palette.positiveRgb : palette.negativeRgb;
            double s = diverged || Double.isNaN(t) ? 0 : Math.min(1, Math.abs(t)) * 0.6;
            px.set(4 * k, (int) (bg[0] + (rgb[0] - bg[0]) * s));
            px.set(4 * k + 1, (int) (bg[1] + (rgb[1] - bg[1]) * s));
            px.set(4 * k + 2, (int) (bg[2] + (rgb[2] - bg[2]) * s));
            px.set(4 * k + 3, 255);
        }
        cellContext.putImageData(cells, 0, 0);
        map.drawImage(cellCanvas, 0, 0, MAP, MAP);
        points(playground.train(), false);
        points(playground.test(), true);
    }

    /** Draws one split's points, one path per class so colours are set twice, not per point. */
    private void points(Dataset split, boolean test) {
        double[] xy = split.x();
        double[] y = split.y();
        int count = split.rows();
        double scale = MAP / (2 * DataSets.EXTENT);
        map.setLineWidth(test ? 1.5 : 0.8);
        for (int side = 0; side < 2; side++) {
            boolean positive = side == 0;
            map.beginPath();
            for (int i = 0; i < count; i++) {
                double t = playground.regression() ? y[i] : 2 * y[i] - 1;
                if ((t >= 0) != positive) {
                    continue;
                }
                double sx = (xy[2 * i] + DataSets.EXTENT) * scale;
                double sy = (DataSets.EXTENT - xy[2 * i + 1]) * scale;
                map.moveTo(sx + 2.6, sy);
                map.arc(sx, sy, 2.6, 0, 2 * Math.PI);
            }
            String color = positive ? palette.positive : palette.negative;
            if (test) {
                map.setStrokeStyle(color);
                map.stroke();
            } else {
                map.setFillStyle(color);
                map.fill();
                map.setStrokeStyle(palette.background);
                map.stroke();
            }
        }
    }

    private void drawLosses() {
        History h = playground.history();
        int n = h.size();
        double hi = 0;
        for (int i = 0; i < n; i++) {
            hi = Math.max(hi, finite(h.loss(i)));
            hi = Math.max(hi, finite(h.valLoss(i)));
        }
        losses.begin(palette, 0, Math.max(1, n - 1), 0, hi > 0 ? hi * 1.05 : 1, false, "epoch",
                "loss");
        losses.series(null, h.lossSeries(), n, palette.positive, "training", false);
        losses.series(null, h.valLossSeries(), n, palette.negative, "test", true);
        int best = playground.bestEpoch();
        if (best >= 0 && (playground.finished() || best < n - 1)) {
            losses.marker(best, palette.accent, playground.restored()
                    ? "restored epoch " + best : "best epoch " + best);
        }
    }

    private static double finite(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) || v > 1e6 ? 0 : v;
    }

    private void drawWeights() {
        weights.clearRect(0, 0, CHART_W, WEIGHTS_H);
        Parameter[] params = playground.model().parameters();
        int total = 0;
        double max = 1e-12;
        for (Parameter p : params) {
            if (p.name().equals("kernel")) {
                total += p.size();
                for (double w : p.value()) {
                    max = Math.max(max, finite(Math.abs(w)));
                }
            }
        }
        double bar = Math.max(1, (CHART_W - 8.0) / Math.max(1, total));
        double base = WEIGHTS_H - 16;
        double x = 4;
        weights.setFont("11px sans-serif");
        for (Parameter p : params) {
            if (!p.name().equals("kernel")) {
                continue;
            }
            for (double w : p.value()) {
                if (w == 0.0) {
                    weights.setFillStyle(palette.warning);
                    weights.fillRect(x, base + 2, Math.max(1, bar - 1), 4);
                } else {
                    double hgt = finite(Math.abs(w)) / max * (base - 14);
                    weights.setFillStyle(w > 0 ? palette.positive : palette.negative);
                    weights.fillRect(x, base - hgt, Math.max(1, bar - 1), hgt);
                }
                x += bar;
            }
            x += 2;
        }
        weights.setFillStyle(palette.muted);
        weights.setTextAlign("left");
        weights.fillText("|weight| by layer (max " + Num.sig(max, 3) + "); exact zeros in red below the line",
                4, WEIGHTS_H - 2);
    }

    @Override
    protected void describeFinish() {
        if (playground == null) {
            return;
        }
        if (playground.diverged()) {
            setStatus("Diverged at epoch " + playground.epoch()
                    + ": the loss blew up, so training stopped. Try a smaller learning rate.",
                    "diverged");
        } else if (playground.stoppedEpoch() >= 0) {
            setStatus("Stopped early at epoch " + playground.stoppedEpoch() + "; best test loss at epoch "
                    + playground.bestEpoch() + (playground.restored() ? " (weights restored)" : ""),
                    "stopped-early");
        } else {
            setStatus("Finished " + playground.epoch() + " epochs", "finished");
        }
    }
}
