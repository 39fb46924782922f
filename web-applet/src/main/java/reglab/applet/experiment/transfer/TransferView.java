package reglab.applet.experiment.transfer;

import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.canvas.ImageData;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.events.MouseEvent;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.typedarrays.Uint8ClampedArray;
import reglab.applet.run.Run;
import reglab.applet.settings.Config;
import reglab.applet.settings.Num;
import reglab.applet.settings.UrlState;
import reglab.applet.ui.Dom;
import reglab.applet.ui.ExperimentView;
import reglab.applet.ui.LineChart;
import reglab.core.data.Dataset;
import reglab.core.data.Sectors;
import reglab.core.nn.Sequential;

/**
 * Transfer learning: target validation accuracy against the number of target samples per class
 * for every variant (log scale), the validation accuracy by fine-tuning step at the chosen size,
 * and decision maps: the pre-trained network's sectors on the source task, then each variant's
 * network at the chosen size with its training points. A click on the accuracy chart, the arrow
 * keys while it has focus, or the "Curves and maps for size" control choose the size; that only
 * redraws.
 */
public final class TransferView extends ExperimentView {

    private static final int W = 340;
    private static final int H = 220;
    /** Map side in pixels, the caption band above it, and heat-map cells per side. */
    private static final int MAP = 112;
    private static final int CAPTION = 28;
    private static final int GRID = 32;
    /** The maps show the disc's square, a little beyond its radius. */
    private static final double EXTENT = Sectors.RADIUS * 1.1;

    private final LineChart accuracy;
    private final LineChart curves;
    private final CanvasRenderingContext2D[] maps = new CanvasRenderingContext2D[1 + Variant.ALL.length];
    private final double[] gridXY = new double[GRID * GRID * 2];
    private final double[] gridOut = new double[GRID * GRID * 10];
    private final HTMLCanvasElement cellCanvas;
    private final CanvasRenderingContext2D cellContext;
    private final ImageData cells;
    private TransferRun transfer;
    /** What the maps were last drawn for: parts delivered, chosen size, palette; redrawn on change. */
    private String mapsDrawn = "";
    /** The same for the source map, and the epoch of a pre-training running here. */
    private String sourceMapDrawn = "";

    public TransferView(HTMLElement root, String id, Config start, Config url) {
        super(root, id, start, url, null);
        HTMLElement charts = Dom.el(pictures, "div", "reglab-charts");
        CanvasRenderingContext2D acc = Dom.canvas(charts, "reglab-accuracy", W, H,
                "Target validation accuracy against target samples per class (log scale) for training from"
                        + " scratch and four ways of fine-tuning; click a size, or use the arrow keys, to"
                        + " choose the size the other pictures show");
        accuracy = new LineChart(acc, W, H, Variant.ALL.length).logScaleX(true);
        curves = new LineChart(Dom.canvas(charts, "reglab-curves", W, H,
                "Target validation accuracy by fine-tuning step at the chosen size, for every variant"),
                W, H, Variant.ALL.length);
        HTMLElement row = Dom.el(pictures, "div", "reglab-maps");
        maps[0] = Dom.canvas(row, "reglab-map-source", MAP, MAP + CAPTION,
                "Source task: the pre-trained network's sector for every point of the plane, with the"
                        + " source points");
        for (Variant v : Variant.ALL) {
            maps[1 + v.ordinal()] = Dom.canvas(row, "reglab-map-" + v.key, MAP, MAP + CAPTION,
                    "Target task at the chosen size: the network's output over the plane, " + v.label
                            + ", with its training points");
        }
        cellCanvas = (HTMLCanvasElement) HTMLDocument.current().createElement("canvas");
        cellCanvas.setWidth(GRID);
        cellCanvas.setHeight(GRID);
        cellContext = (CanvasRenderingContext2D) cellCanvas.getContext("2d");
        cells = cellContext.createImageData(GRID, GRID);
        double step = 2 * EXTENT / GRID;
        for (int r = 0; r < GRID; r++) {
            for (int c = 0; c < GRID; c++) {
                int k = r * GRID + c;
                gridXY[2 * k] = -EXTENT + (c + 0.5) * step;
                gridXY[2 * k + 1] = EXTENT - (r + 0.5) * step;
            }
        }
        choose(acc.getCanvas());
    }

    /** A click near a size, or an arrow key while the chart has focus, chooses that size. */
    private void choose(HTMLElement canvas) {
        canvas.setAttribute("tabindex", "0");
        canvas.addEventListener("click", e -> {
            if (transfer == null) {
                return;
            }
            double scale = W / (double) Math.max(1, canvas.getClientWidth());
            double x = ((MouseEvent) e).getOffsetX() * scale;
            int[] sizes = transfer.sizes();
            int best = 0;
            for (int s = 1; s < sizes.length; s++) {
                if (Math.abs(accuracy.px(sizes[s]) - x) < Math.abs(accuracy.px(sizes[best]) - x)) {
                    best = s;
                }
            }
            chooseSize(best);
        });
        canvas.addEventListener("keydown", e -> {
            String key = ((KeyboardEvent) e).getKey();
            int d = key.equals("ArrowRight") || key.equals("ArrowUp") ? 1
                    : key.equals("ArrowLeft") || key.equals("ArrowDown") ? -1 : 0;
            if (transfer == null || d == 0) {
                return;
            }
            e.preventDefault();
            chooseSize(Math.max(0, Math.min(transfer.sizes().length - 1, chosen() + d)));
        });
    }

    /** The chosen size's index in the view's current settings (which change without a new run). */
    private int chosen() {
        return Math.min(config.integer("shown"), transfer.sizes().length) - 1;
    }

    private void chooseSize(int s) {
        Config next = config.with("shown", Integer.toString(s + 1));
        controls().show(next);
        settingsChanged(next, "shown");
    }

    @Override
    protected boolean drawsOnly(String setting) {
        return setting.equals("shown");
    }

    @Override
    protected int statusLength() {
        return 60; // 47 characters: the finished sentence at the defaults
    }

    @Override
    protected int numbersLength() {
        return 380; // 349 characters once trained at the defaults
    }

    @Override
    protected Run createRun(Config c) {
        transfer = new TransferRun(c);
        mapsDrawn = "";
        sourceMapDrawn = "";
        return transfer;
    }

    private String color(Variant v) {
        switch (v) {
            case SCRATCH:
                return palette.muted;
            case NONE:
                return palette.negative;
            case L2:
                return palette.warning;
            case L2SP:
                return palette.positive;
            default:
                return palette.accent;
        }
    }

    @Override
    public void draw() {
        if (transfer == null) {
            return;
        }
        refreshPalette();
        int chosen = chosen();
        drawAccuracy(chosen);
        drawCurves(chosen);
        String key = transfer.deliveredCount() + "/" + chosen + "/" + palette.background + palette.positive;
        // While the pre-training runs here the source map is redrawn after each of its epochs, so
        // the first frames already show the source network learning its sectors.
        String sourceKey = key + "/" + transfer.pretrainingEpoch();
        if (!sourceKey.equals(sourceMapDrawn)) {
            sourceMapDrawn = sourceKey;
            drawSourceMap();
        }
        if (!key.equals(mapsDrawn)) {
            mapsDrawn = key;
            for (Variant v : Variant.ALL) {
                drawTargetMap(v, chosen);
            }
        }
        showNumbers(summary(chosen));
        root.setAttribute("data-reglab-parts", Integer.toString(transfer.deliveredCount()));
        root.setAttribute("data-reglab-chosen", Integer.toString(transfer.sizes()[chosen]));
    }

    private void drawAccuracy(int chosen) {
        int[] sizes = transfer.sizes();
        double[] x = new double[sizes.length];
        for (int s = 0; s < sizes.length; s++) {
            x[s] = sizes[s];
        }
        double lo = 1;
        for (Variant v : Variant.ALL) {
            for (int s = 0; s < sizes.length; s++) {
                double a = transfer.accuracy(s, v);
                if (Double.isFinite(a)) {
                    lo = Math.min(lo, a);
                }
            }
        }
        lo = Math.max(0, Math.min(0.5, Math.floor(lo * 10) / 10));
        // Half a step of room beyond the first and last size, so their dots sit inside the box.
        double x0 = sizes.length > 1 ? x[0] / Math.sqrt(x[1] / x[0]) : x[0] / 2;
        double x1 = sizes.length > 1 ? x[sizes.length - 1] * Math.sqrt(x[sizes.length - 1] / x[sizes.length - 2])
                : x[0] * 2;
        if (!(x1 > x0)) {
            x0 = x[0] / 2;
            x1 = x[0] * 2;
        }
        accuracy.xTicks(x);
        accuracy.begin(palette, x0, x1, lo, 1, false, "target samples per class (log scale)",
                "accuracy");
        accuracy.marker(x[chosen], palette.grid, "shown");
        for (Variant v : Variant.ALL) {
            double[] y = new double[sizes.length];
            for (int s = 0; s < sizes.length; s++) {
                y[s] = transfer.accuracy(s, v);
            }
            accuracy.series(x, y, sizes.length, color(v), v.label, v == Variant.SCRATCH);
            for (int s = 0; s < sizes.length; s++) {
                if (Double.isFinite(y[s])) {
                    accuracy.dot(x[s], y[s], color(v));
                }
            }
        }
    }

    private void drawCurves(int chosen) {
        double[] steps = transfer.curveSteps();
        double lo = 1;
        double[][] ys = new double[Variant.ALL.length][];
        for (Variant v : Variant.ALL) {
            ys[v.ordinal()] = transfer.curve(chosen, v);
            for (double a : ys[v.ordinal()]) {
                if (Double.isFinite(a)) {
                    lo = Math.min(lo, a);
                }
            }
        }
        lo = Math.max(0, Math.min(0.5, Math.floor(lo * 10) / 10));
        curves.begin(palette, 0, steps[steps.length - 1], lo, 1, false,
                "fine-tuning step (" + transfer.sizes()[chosen] + " per class)", "accuracy");
        for (Variant v : Variant.ALL) {
            curves.series(steps, ys[v.ordinal()], steps.length, color(v), v.label, v == Variant.SCRATCH);
        }
    }

    private void drawSourceMap() {
        CanvasRenderingContext2D g = maps[0];
        g.clearRect(0, 0, MAP, MAP + CAPTION);
        Sequential model = transfer.pretrained() ? transfer.sourceNetwork() : transfer.pretrainingNetwork();
        int k = transfer.sectors();
        if (model != null && !transfer.sourceDiverged()) {
            model.predict(gridXY, GRID * GRID, gridOut);
            Uint8ClampedArray px = cells.getData();
            int[] bg = palette.backgroundRgb;
            for (int c = 0; c < GRID * GRID; c++) {
                int best = 0;
                for (int j = 1; j < k; j++) {
                    if (gridOut[c * k + j] > gridOut[c * k + best]) {
                        best = j;
                    }
                }
                // Sectors alternate between the two class colours, deeper as the index grows,
                // so neighbours always differ and each sector has its own shade.
                int[] rgb = best % 2 == 0 ? palette.positiveRgb : palette.negativeRgb;
                double s = 0.2 + 0.45 * (best / 2) / Math.max(1, (k - 1) / 2);
                pixel(px, c, bg, rgb, s);
            }
            blit(g);
        }
        Dataset src = transfer.source();
        g.setFillStyle(palette.foreground);
        double scale = MAP / (2 * EXTENT);
        g.beginPath();
        for (int i = 0; i < src.rows(); i += 3) {
            double sx = (src.x(i, 0) + EXTENT) * scale;
            double sy = CAPTION + (EXTENT - src.x(i, 1)) * scale;
            g.moveTo(sx + 1, sy);
            g.arc(sx, sy, 1, 0, 2 * Math.PI);
        }
        g.fill();
        caption(g, "source: " + k + " sectors",
                transfer.pretrained() ? (transfer.sourceDiverged() ? "diverged"
                        : "accuracy " + pct(transfer.sourceAccuracy())) : pretrainingCaption());
    }

    /**
     * The source map's caption while pre-training: the epoch and its validation accuracy if it
     * runs here (short: the map is 112 pixels wide).
     */
    private String pretrainingCaption() {
        int e = transfer.pretrainingEpoch();
        double a = transfer.pretrainingAccuracy();
        return e < 0 ? "pre-training…" : "epoch " + e + (Double.isFinite(a) ? ": " + pct(a) : "");
    }

    private void drawTargetMap(Variant v, int chosen) {
        CanvasRenderingContext2D g = maps[1 + v.ordinal()];
        g.clearRect(0, 0, MAP, MAP + CAPTION);
        Sequential model = transfer.fineTuned(chosen, v);
        if (model != null) {
            model.predict(gridXY, GRID * GRID, gridOut);
            Uint8ClampedArray px = cells.getData();
            int[] bg = palette.backgroundRgb;
            for (int c = 0; c < GRID * GRID; c++) {
                double t = 2 * gridOut[c] - 1;
                pixel(px, c, bg, t >= 0 ? palette.positiveRgb : palette.negativeRgb,
                        Double.isNaN(t) ? 0 : Math.min(1, Math.abs(t)) * 0.6);
            }
            blit(g);
        }
        Dataset train = transfer.targetTrain(chosen);
        double scale = MAP / (2 * EXTENT);
        g.setLineWidth(0.8);
        for (int side = 0; side < 2; side++) {
            g.beginPath();
            for (int i = 0; i < train.rows(); i++) {
                if ((train.y(i, 0) == 1) != (side == 0)) {
                    continue;
                }
                double sx = (train.x(i, 0) + EXTENT) * scale;
                double sy = CAPTION + (EXTENT - train.x(i, 1)) * scale;
                g.moveTo(sx + 2.4, sy);
                g.arc(sx, sy, 2.4, 0, 2 * Math.PI);
            }
            g.setFillStyle(side == 0 ? palette.positive : palette.negative);
            g.fill();
            g.setStrokeStyle(palette.background);
            g.stroke();
        }
        double a = transfer.accuracy(chosen, v);
        caption(g, v.label, model == null ? "training…" : "accuracy " + pct(a));
    }

    private static void pixel(Uint8ClampedArray px, int c, int[] bg, int[] rgb, double s) {
        px.set(4 * c, (int) (bg[0] + (rgb[0] - bg[0]) * s));
        px.set(4 * c + 1, (int) (bg[1] + (rgb[1] - bg[1]) * s));
        px.set(4 * c + 2, (int) (bg[2] + (rgb[2] - bg[2]) * s));
        px.set(4 * c + 3, 255);
    }

    private void blit(CanvasRenderingContext2D g) {
        cellContext.putImageData(cells, 0, 0);
        g.drawImage(cellCanvas, 0, CAPTION, MAP, MAP);
    }

    private void caption(CanvasRenderingContext2D g, String title, String detail) {
        g.setTextAlign("left");
        g.setFont("11px sans-serif");
        g.setFillStyle(palette.foreground);
        g.fillText(title, 2, 11);
        g.setFillStyle(palette.muted);
        g.fillText(detail, 2, 24);
    }

    private static String pct(double v) {
        return Double.isFinite(v) ? Num.fixed(100 * v, 1) + "%" : "–";
    }

    private String summary(int chosen) {
        StringBuilder sb = new StringBuilder();
        sb.append("Runs done ").append(transfer.deliveredCount()).append(" of ").append(transfer.parts());
        if (!transfer.pretrained()) {
            int e = transfer.pretrainingEpoch();
            sb.append(" · pre-training on the source task").append(e >= 0 ? ", epoch " + e : "");
            return sb.toString();
        }
        sb.append(" · source accuracy ").append(pct(transfer.sourceAccuracy()))
                .append(" · target validation accuracy at ").append(transfer.sizes()[chosen])
                .append(" per class (mean of ").append(transfer.repeats()).append(" draws):");
        String sep = " ";
        for (Variant v : Variant.ALL) {
            sb.append(sep).append(v.label).append(' ').append(pct(transfer.accuracy(chosen, v)));
            sep = ", ";
        }
        sb.append(" · feature weights moved (√Σ(w−w₀)²):");
        sep = " ";
        for (Variant v : Variant.ALL) {
            if (v != Variant.SCRATCH) {
                double d = transfer.mean(chosen, v, FineTuning.DRIFT);
                sb.append(sep).append(v.label).append(' ').append(Double.isFinite(d) ? Num.sig(d, 3) : "–");
                sep = ", ";
            }
        }
        if (transfer.divergedParts() > 0) {
            sb.append(" · ").append(transfer.divergedParts()).append(" runs diverged");
        }
        return sb.toString();
    }

    @Override
    protected void describeFinish() {
        if (transfer.sourceDiverged()) {
            setStatus("Pre-training diverged: the loss blew up, so there was nothing to transfer. Try a"
                    + " smaller learning rate.", "diverged");
        } else {
            setStatus("Finished: pre-training and " + (transfer.parts() - 1) + " fine-tuning runs", "finished");
        }
    }
}
