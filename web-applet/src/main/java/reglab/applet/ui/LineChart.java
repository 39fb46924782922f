package reglab.applet.ui;

import org.teavm.jso.canvas.CanvasRenderingContext2D;
import reglab.applet.settings.Num;

/**
 * A line chart on a canvas: a few series against an index or a shared x array, with axes,
 * a legend above the plot box, optional log-scaled y (and x), optional labelled ticks on the x axis, and vertical
 * markers (the early-stopping epoch, a chosen λ).
 * Non-finite points are skipped so a diverging run draws nothing wild.
 */
public final class LineChart {

    private static final double PAD_LEFT = 46;
    private static final double PAD_RIGHT = 10;
    private static final double PAD_TOP = 18;
    private static final double PAD_BOTTOM = 24;
    /** Horizontal room per legend entry; entries wrap to a new row when the chart is narrow. */
    private static final double LEGEND_WIDTH = 120;
    /** The legend's first row (swatch line) and the height of each row, above the plot box. */
    private static final double LEGEND_Y = 6;
    private static final double LEGEND_ROW = 13;

    private final CanvasRenderingContext2D g;
    private final double width;
    private final double height;
    private final int legendEntries;
    /** Top of the plot box: below the legend band, so no curve ever runs under legend text. */
    private double top = PAD_TOP;
    /** Where the legend's columns start: right of the y-axis label, which shares its first row. */
    private double legendX = PAD_LEFT + 8;
    private double xMin;
    private double xMax;
    private double yMin;
    private double yMax;
    private boolean logY;
    private boolean logX;
    /** x values labelled under the axis instead of its two ends, or null. */
    private double[] ticks;
    private Palette palette;
    /** Named series drawn since {@link #begin}: the next legend slot. */
    private int legendCount;

    /** A chart without a legend. */
    public LineChart(CanvasRenderingContext2D g, double width, double height) {
        this(g, width, height, 0);
    }

    /** A chart whose named series (at most {@code legendEntries}) are listed above the plot. */
    public LineChart(CanvasRenderingContext2D g, double width, double height, int legendEntries) {
        this.g = g;
        this.width = width;
        this.height = height;
        this.legendEntries = legendEntries;
    }

    /** A logarithmic x axis (positive x only) from the next {@link #begin} on; returns this chart. */
    public LineChart logScaleX(boolean on) {
        logX = on;
        return this;
    }

    /**
     * Labels these x values under the axis (the axis title then goes below them) instead of the
     * range's two ends, from the next {@link #begin} on; null for the ends. Returns this chart.
     */
    public LineChart xTicks(double[] values) {
        ticks = values == null ? null : values.clone();
        return this;
    }

    private int perRow() {
        return Math.max(1, (int) ((width - legendX - PAD_RIGHT) / LEGEND_WIDTH));
    }

    /** Clears the chart and fixes its ranges; y ranges on a log axis must be positive. */
    public void begin(Palette palette, double x0, double x1, double y0, double y1, boolean logScaleY,
            String xLabel, String yLabel) {
        this.palette = palette;
        this.logY = logScaleY;
        this.xMin = x0;
        this.xMax = x1 > x0 ? x1 : x0 + 1;
        this.yMin = y0;
        this.yMax = y1 > y0 ? y1 : y0 + 1;
        this.legendCount = 0;
        g.clearRect(0, 0, width, height);
        g.setFont("11px sans-serif");
        legendX = Math.max(PAD_LEFT + 8, 4 + g.measureText(yLabel).getWidth() + 14);
        if (legendEntries > 0) {
            int rows = (legendEntries + perRow() - 1) / perRow();
            top = Math.max(PAD_TOP, LEGEND_Y + rows * LEGEND_ROW + 4);
        }
        g.setLineWidth(1);
        g.setStrokeStyle(palette.grid);
        g.strokeRect(PAD_LEFT, top, width - PAD_LEFT - PAD_RIGHT, height - top - PAD_BOTTOM);
        g.setFillStyle(palette.muted);
        g.setFont("11px sans-serif");
        g.setTextAlign("right");
        g.fillText(Num.sig(yMax, 3), PAD_LEFT - 4, top + 8);
        g.fillText(Num.sig(yMin, 3), PAD_LEFT - 4, height - PAD_BOTTOM);
        if (ticks != null) {
            g.setFont("10px sans-serif");
            g.setTextAlign("center");
            for (double t : ticks) {
                g.fillRect(px(t) - 0.5, height - PAD_BOTTOM, 1, 3);
                g.fillText(Num.sig(t, 3), px(t), height - PAD_BOTTOM + 12);
            }
            g.setFont("11px sans-serif");
            g.fillText(xLabel, (PAD_LEFT + width - PAD_RIGHT) / 2, height - 3);
        } else {
            g.setTextAlign("left");
            g.fillText(Num.sig(xMin, 3), PAD_LEFT, height - 8);
            g.setTextAlign("right");
            g.fillText(Num.sig(xMax, 3), width - PAD_RIGHT, height - 8);
            g.setTextAlign("center");
            g.fillText(xLabel, (PAD_LEFT + width - PAD_RIGHT) / 2, height - 8);
        }
        g.setTextAlign("left");
        g.fillText(yLabel, 4, 12);
    }

    public double px(double x) {
        double t = logX ? Math.log(x / xMin) / Math.log(xMax / xMin) : (x - xMin) / (xMax - xMin);
        return PAD_LEFT + t * (width - PAD_LEFT - PAD_RIGHT);
    }

    /** The data x at canvas position {@code px} (for dragging a marker). */
    public double xAt(double pxValue) {
        double t = Math.max(0, Math.min(1, (pxValue - PAD_LEFT) / (width - PAD_LEFT - PAD_RIGHT)));
        return logX ? xMin * Math.pow(xMax / xMin, t) : xMin + t * (xMax - xMin);
    }

    public double py(double y) {
        double t;
        if (logY) {
            t = (Math.log(Math.max(y, yMin)) - Math.log(yMin)) / (Math.log(yMax) - Math.log(yMin));
        } else {
            t = (y - yMin) / (yMax - yMin);
        }
        t = Math.max(-0.02, Math.min(1.02, t));
        return height - PAD_BOTTOM - t * (height - top - PAD_BOTTOM);
    }

    /** Draws {@code y[i]} against {@code x[i]} (or against i when {@code x} is null). */
    public void series(double[] x, double[] y, int count, String color, String name,
            boolean thin) {
        g.setStrokeStyle(color);
        g.setLineWidth(thin ? 1.2 : 2);
        g.beginPath();
        boolean pen = false;
        for (int i = 0; i < count; i++) {
            double xv = x == null ? i : x[i];
            double yv = y[i];
            if (Double.isNaN(yv) || Double.isInfinite(yv) || (logY && yv <= 0)) {
                pen = false;
                continue;
            }
            if (pen) {
                g.lineTo(px(xv), py(yv));
            } else {
                g.moveTo(px(xv), py(yv));
                pen = true;
            }
        }
        g.stroke();
        if (name != null && legendCount < legendEntries) {
            // The legend band is outside the plot box, so an entry drawn once stays uncovered.
            int k = legendCount++;
            double lx = legendX + (k % perRow()) * LEGEND_WIDTH;
            double ly = LEGEND_Y + (k / perRow()) * LEGEND_ROW;
            g.setFillStyle(color);
            g.fillRect(lx, ly, 12, 3);
            g.setFillStyle(palette.foreground);
            g.setTextAlign("left");
            g.fillText(name, lx + 16, ly + 5);
        }
    }

    /** A vertical marker at {@code x} with a short label. */
    public void marker(double x, String color, String label) {
        marker(x, color, label, 0);
    }

    /** A vertical marker whose label sits {@code row} text rows higher (so two close markers' labels do not overlap). */
    public void marker(double x, String color, String label, int row) {
        double p = px(x);
        g.setStrokeStyle(color);
        g.setLineWidth(1.5);
        g.beginPath();
        g.moveTo(p, top);
        g.lineTo(p, height - PAD_BOTTOM);
        g.stroke();
        g.setFillStyle(color);
        g.setTextAlign(p > width / 2 ? "right" : "left");
        g.fillText(label, p + (p > width / 2 ? -4 : 4), height - PAD_BOTTOM - 6 - 13 * row);
    }

    /** A vertical error bar from {@code lo} to {@code hi} at {@code x}, with short caps. */
    public void errorBar(double x, double lo, double hi, String color) {
        double p = px(x);
        g.setStrokeStyle(color);
        g.setLineWidth(1);
        g.beginPath();
        g.moveTo(p, py(lo));
        g.lineTo(p, py(hi));
        g.moveTo(p - 2.5, py(lo));
        g.lineTo(p + 2.5, py(lo));
        g.moveTo(p - 2.5, py(hi));
        g.lineTo(p + 2.5, py(hi));
        g.stroke();
    }

    /** A filled dot at a data point. */
    public void dot(double x, double y, String color) {
        g.setFillStyle(color);
        g.beginPath();
        g.arc(px(x), py(y), 3.5, 0, 2 * Math.PI);
        g.fill();
    }
}
