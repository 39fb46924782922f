package reglab.applet.experiment.dropout;

import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.html.HTMLElement;
import reglab.applet.run.Run;
import reglab.applet.settings.Config;
import reglab.applet.settings.Num;
import reglab.applet.ui.Dom;
import reglab.applet.ui.ExperimentView;
import reglab.applet.ui.LineChart;
import reglab.core.nn.layer.Dropout;
import reglab.core.nn.train.History;

/**
 * Dropout and the document's Keras model: training against validation accuracy with dropout and
 * L2 and, for comparison, without; the loss curves; and which hidden units the last training step
 * dropped (first example of the batch, one row of cells per dropout layer).
 */
public final class DropoutView extends ExperimentView {

    private static final int W = 340;
    private static final int H = 185;
    private static final int MASK_H = 70;

    private final LineChart accuracy;
    private final LineChart loss;
    private final CanvasRenderingContext2D mask;
    private DropoutRun drop;

    public DropoutView(HTMLElement root, String id, Config start, Config url) {
        super(root, id, start, url, null);
        HTMLElement charts = Dom.el(pictures, "div", "reglab-charts");
        accuracy = new LineChart(Dom.canvas(charts, "reglab-accuracy", W, H,
                "Training and validation accuracy by epoch, with and without dropout and L2"), W, H, 4);
        loss = new LineChart(Dom.canvas(charts, "reglab-loss", W, H,
                "Training and validation loss by epoch"), W, H, 2);
        mask = Dom.canvas(charts, "reglab-mask", W, MASK_H,
                "Hidden units dropped in the last training step");
    }

    @Override
    protected int numbersLength() {
        return 130; // 118 characters once trained at the defaults
    }

    @Override
    protected Run createRun(Config c) {
        drop = new DropoutRun(c);
        return drop;
    }

    @Override
    public void draw() {
        if (drop == null) {
            return;
        }
        refreshPalette();
        History r = drop.regularizedHistory();
        History p = drop.plainHistory();
        int n = r == null ? 0 : r.size();
        int m = p == null ? 0 : p.size();
        if (n == 0) {
            return;
        }
        int x1 = Math.max(1, n - 1);
        accuracy.begin(palette, 0, x1, 0, 1, false, "epoch", "accuracy");
        accuracy.series(null, r.metricSeries(), n, palette.positive, "dropout+L2 train", false);
        accuracy.series(null, r.valMetricSeries(), n, palette.positive, "validation", true);
        double hi = 0;
        for (int i = 0; i < n; i++) {
            hi = Math.max(hi, Math.max(r.lossSeries()[i], r.valLossSeries()[i]));
        }
        if (m > 0) {
            accuracy.series(null, p.metricSeries(), m, palette.negative, "plain train", false);
            accuracy.series(null, p.valMetricSeries(), m, palette.negative, "validation", true);
            for (int i = 0; i < m; i++) {
                hi = Math.max(hi, Math.max(p.lossSeries()[i], p.valLossSeries()[i]));
            }
        }
        loss.begin(palette, 0, x1, 0, hi > 0 ? hi * 1.05 : 1, false, "epoch", "loss");
        loss.series(null, r.lossSeries(), n, palette.positive, "dropout+L2", false);
        loss.series(null, r.valLossSeries(), n, palette.positive, null, true);
        if (m > 0) {
            loss.series(null, p.lossSeries(), m, palette.negative, "plain", false);
            loss.series(null, p.valLossSeries(), m, palette.negative, null, true);
        }
        drawMask();
        StringBuilder sb = new StringBuilder();
        sb.append("Epoch ").append(drop.epoch()).append(" · with dropout and L2: training accuracy ")
                .append(pct(r.metricSeries()[n - 1])).append(", validation ").append(pct(r.valMetricSeries()[n - 1]));
        if (m > 0) {
            sb.append(" · without: training ").append(pct(p.metricSeries()[m - 1]))
                    .append(", validation ").append(pct(p.valMetricSeries()[m - 1]));
        }
        showNumbers(sb.toString());
        root.setAttribute("data-reglab-epoch", Integer.toString(drop.epoch()));
    }

    private static String pct(double v) {
        return Num.fixed(100 * v, 1) + "%";
    }

    private void drawMask() {
        mask.clearRect(0, 0, W, MASK_H);
        Dropout[] layers = drop.dropoutLayers();
        mask.setFont("11px sans-serif");
        mask.setTextAlign("left");
        if (layers.length == 0 || layers[0].maskRows() == 0) {
            mask.setFillStyle(palette.muted);
            mask.fillText(drop.regularized() == null ? "Trained in a worker: no mask to show"
                    : layers.length == 0 ? "No dropout (rate 0)" : "No training step yet", 4, 14);
            return;
        }
        int dropped = 0;
        int total = 0;
        for (int l = 0; l < layers.length; l++) {
            int units = layers[l].outputWidth();
            double cell = (W - 60.0) / units;
            double y = 6 + l * 24;
            mask.setFillStyle(palette.muted);
            mask.fillText("layer " + (l + 1), 2, y + 12);
            for (int u = 0; u < units; u++) {
                boolean off = layers[l].dropped(0, u);
                mask.setFillStyle(off ? palette.warning : palette.negative);
                mask.fillRect(56 + u * cell, y, Math.max(1, cell - 1), 16);
                dropped += off ? 1 : 0;
                total++;
            }
        }
        mask.setFillStyle(palette.muted);
        mask.fillText(dropped + " of " + total + " units dropped (red), first example of the last batch",
                2, MASK_H - 6);
    }

    @Override
    protected void describeFinish() {
        setStatus("Finished " + drop.epoch() + " epochs", "finished");
    }
}
