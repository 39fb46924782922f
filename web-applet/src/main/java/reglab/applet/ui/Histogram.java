package reglab.applet.ui;

import org.teavm.jso.canvas.CanvasRenderingContext2D;
import reglab.applet.settings.Num;

/**
 * Histograms of several series over one shared range, bars side by side per bin, with a separate
 * column at the left for values that are exactly zero (so the sparsity an L1 activity penalty
 * makes is not hidden in the bin of small values). Heights are shares of each series' values, so
 * series of different sizes compare; the y axis runs from 0 to the largest share drawn.
 */
public final class Histogram {

    private static final double PAD_LEFT = 46;
    private static final double PAD_RIGHT = 10;
    private static final double PAD_BOTTOM = 24;
    private static final double LEGEND_ROW = 13;
    /** Width of the exact-zero column, in bin widths. */
    private static final double ZERO_COLUMN = 1.5;

    private final CanvasRenderingContext2D g;
    private final double width;
    private final double height;

    public Histogram(CanvasRenderingContext2D g, double width, double height) {
        this.g = g;
        this.width = width;
        this.height = height;
    }

    /**
     * @param lo,hi  the range the bins cover (for the axis labels)
     * @param bins   per series, the counts of its non-zero values per bin; a null entry is skipped
     * @param zeros  per series, how many of its values are exactly zero
     * @param totals per series, how many values it has
     * @param colors one colour per series
     * @param names  one legend name per series
     */
    public void draw(Palette palette, double lo, double hi, int[][] bins, int[] zeros, int[] totals,
            String[] colors, String[] names, String xLabel) {
        g.clearRect(0, 0, width, height);
        g.setFont("11px sans-serif");
        int series = bins.length;
        double top = 6 + series * LEGEND_ROW + 8;
        double maxShare = 1e-9;
        int n = 0;
        for (int k = 0; k < series; k++) {
            if (bins[k] == null) {
                continue;
            }
            n = bins[k].length;
            maxShare = Math.max(maxShare, zeros[k] / (double) totals[k]);
            for (int c : bins[k]) {
                maxShare = Math.max(maxShare, c / (double) totals[k]);
            }
        }
        double plotW = width - PAD_LEFT - PAD_RIGHT;
        double plotH = height - top - PAD_BOTTOM;
        double slot = plotW / (n + ZERO_COLUMN + 0.5);
        double zeroSlot = slot * ZERO_COLUMN;
        double binsLeft = PAD_LEFT + zeroSlot + slot * 0.5;
        g.setLineWidth(1);
        g.setStrokeStyle(palette.grid);
        g.strokeRect(PAD_LEFT, top, plotW, plotH);
        for (int k = 0; k < series; k++) {
            if (bins[k] == null) {
                continue;
            }
            g.setFillStyle(colors[k]);
            double zw = zeroSlot * 0.8 / series;
            bar(PAD_LEFT + zeroSlot * 0.1 + k * zw, zw, zeros[k] / (double) totals[k] / maxShare, top, plotH);
            double bw = slot / series;
            for (int b = 0; b < n; b++) {
                bar(binsLeft + b * slot + k * bw, bw, bins[k][b] / (double) totals[k] / maxShare, top, plotH);
            }
        }
        g.setFillStyle(palette.muted);
        g.setTextAlign("right");
        g.fillText(Num.fixed(100 * maxShare, 0) + "%", PAD_LEFT - 4, top + 8);
        g.fillText("0%", PAD_LEFT - 4, height - PAD_BOTTOM);
        g.setTextAlign("center");
        g.fillText("= 0", PAD_LEFT + zeroSlot / 2, height - 8);
        g.setTextAlign("left");
        g.fillText(Num.sig(lo, 3), binsLeft, height - 8);
        g.setTextAlign("right");
        g.fillText(Num.sig(hi, 3), width - PAD_RIGHT, height - 8);
        g.setTextAlign("center");
        g.fillText(xLabel, (binsLeft + width - PAD_RIGHT) / 2, height - 8);
        g.setTextAlign("left");
        g.fillText("share", 4, top - 4);
        for (int k = 0; k < series; k++) {
            double ly = 6 + k * LEGEND_ROW;
            g.setFillStyle(colors[k]);
            g.fillRect(PAD_LEFT + 8, ly, 10, 8);
            g.setFillStyle(palette.foreground);
            g.fillText(names[k], PAD_LEFT + 22, ly + 8);
        }
    }

    private void bar(double x, double w, double t, double top, double plotH) {
        double h = Math.max(0, Math.min(1, t)) * plotH;
        if (h > 0) {
            g.fillRect(x, top + plotH - h, Math.max(1, w - 0.5), Math.max(1, h));
        }
    }
}
