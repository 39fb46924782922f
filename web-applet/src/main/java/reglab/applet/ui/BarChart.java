package reglab.applet.ui;

import org.teavm.jso.canvas.CanvasRenderingContext2D;
import reglab.applet.settings.Num;

/**
 * Grouped bars for coefficient vectors: one group per coefficient, one bar per series, a zero
 * line, and a mark under every coefficient that is exactly 0 (what L1 produces and L2 does not).
 */
public final class BarChart {

    private final CanvasRenderingContext2D g;
    private final double width;
    private final double height;

    public BarChart(CanvasRenderingContext2D g, double width, double height) {
        this.g = g;
        this.width = width;
        this.height = height;
    }

    /**
     * @param series  coefficient vectors of equal length; a null entry is skipped
     * @param colors  one colour per series
     * @param names   one legend name per series
     * @param outline which series draw as outlines (e.g. the true coefficients)
     */
    public void draw(Palette palette, double[][] series, String[] colors, String[] names,
            boolean[] outline) {
        g.clearRect(0, 0, width, height);
        int p = 0;
        double max = 1e-9;
        for (double[] s : series) {
            if (s != null) {
                p = s.length;
                for (double v : s) {
                    if (!Double.isNaN(v) && !Double.isInfinite(v)) {
                        max = Math.max(max, Math.abs(v));
                    }
                }
            }
        }
        double top = 18;
        double bottom = height - 14;
        double mid = (top + bottom) / 2;
        double half = (bottom - top) / 2;
        double left = 6;
        double group = (width - 2 * left) / Math.max(1, p);
        double bar = Math.max(1, (group - 2) / series.length);
        g.setStrokeStyle(palette.grid);
        g.setLineWidth(1);
        g.beginPath();
        g.moveTo(left, mid);
        g.lineTo(width - left, mid);
        g.stroke();
        for (int k = 0; k < series.length; k++) {
            double[] s = series[k];
            if (s == null) {
                continue;
            }
            for (int j = 0; j < p; j++) {
                double x = left + j * group + 1 + k * bar;
                double v = s[j];
                if (v == 0.0) {
                    if (!outline[k]) {
                        g.setFillStyle(palette.warning);
                        g.fillRect(x, bottom + 3, Math.max(1, bar - 0.5), 4);
                    }
                    continue;
                }
                double h = Math.abs(v) / max * half;
                double y = v > 0 ? mid - h : mid;
                if (outline[k]) {
                    g.setStrokeStyle(colors[k]);
                    g.strokeRect(x + 0.5, y, Math.max(1, bar - 1), h);
                } else {
                    g.setFillStyle(colors[k]);
                    g.fillRect(x, y, Math.max(1, bar - 0.5), h);
                }
            }
        }
        g.setFont("11px sans-serif");
        g.setTextAlign("left");
        double lx = left;
        for (int k = 0; k < series.length; k++) {
            g.setFillStyle(colors[k]);
            g.fillRect(lx, 5, 10, 8);
            g.setFillStyle(palette.foreground);
            g.fillText(names[k], lx + 13, 13);
            lx += 14 + names[k].length() * 6.5 + 10;
        }
        g.setFillStyle(palette.muted);
        g.setTextAlign("right");
        g.fillText("±" + Num.sig(max, 3) + "; red marks: exactly 0", width - left, 13);
    }
}
