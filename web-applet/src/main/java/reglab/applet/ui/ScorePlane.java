package reglab.applet.ui;

import org.teavm.jso.canvas.CanvasRenderingContext2D;
import reglab.applet.settings.Num;

/**
 * Scores over a plane of two hyperparameters, both mapped to [0, 1] (a log-scaled one by its
 * logarithm): a coloured background of scored points on a regular grid (each point's cell,
 * coloured by {@link HeatGrid#strength} on a shared logarithmic range, low scores strongest),
 * trial markers in several shapes, one chosen point outlined, the ends of both axes labelled, and
 * a legend of the marker shapes above the plane.
 */
public final class ScorePlane {

    /** Marker shapes, one per strategy. */
    public enum Shape {
        SQUARE, CIRCLE, TRIANGLE
    }

    private static final double PAD_LEFT = 46;
    private static final double PAD_RIGHT = 10;
    private static final double PAD_TOP = 34;
    private static final double PAD_BOTTOM = 26;
    private static final double LEGEND_WIDTH = 96;

    private final CanvasRenderingContext2D g;
    private final double width;
    private final double height;
    private int legendCount;
    private Palette palette;

    public ScorePlane(CanvasRenderingContext2D g, double width, double height) {
        this.g = g;
        this.width = width;
        this.height = height;
    }

    /**
     * Clears the plane and draws the background.
     *
     * @param scores   {@code scores[row][col]}: the point at x = col/(cols − 1), y = row/(rows − 1);
     *                 NaN for a point not scored (left empty); null or empty for no background
     * @param lo,hi    the colour range (positive, lo &lt; hi)
     * @param xEnds    labels of the x axis's two ends; likewise {@code yEnds}
     */
    public void begin(Palette palette, double[][] scores, double lo, double hi, String xLabel,
            String[] xEnds, String yLabel, String[] yEnds) {
        this.palette = palette;
        legendCount = 0;
        g.clearRect(0, 0, width, height);
        g.setFont("11px sans-serif");
        int rows = scores == null ? 0 : scores.length;
        int cols = rows == 0 ? 0 : scores[0].length;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double v = scores[r][c];
                if (Double.isNaN(v)) {
                    continue;
                }
                double x0 = px(cols == 1 ? 0 : (c - 0.5) / (cols - 1));
                double x1 = px(cols == 1 ? 1 : (c + 0.5) / (cols - 1));
                double y0 = py(rows == 1 ? 1 : (r + 0.5) / (rows - 1));
                double y1 = py(rows == 1 ? 0 : (r - 0.5) / (rows - 1));
                g.setFillStyle(palette.blend(palette.negativeRgb, 0.85 * HeatGrid.strength(v, lo, hi)));
                g.fillRect(x0, y0, x1 - x0 + 0.5, y1 - y0 + 0.5);
            }
        }
        g.setStrokeStyle(palette.grid);
        g.setLineWidth(1);
        g.strokeRect(PAD_LEFT, PAD_TOP, width - PAD_LEFT - PAD_RIGHT, height - PAD_TOP - PAD_BOTTOM);
        g.setFillStyle(palette.muted);
        g.setTextAlign("left");
        g.fillText(xEnds[0], PAD_LEFT, height - 8);
        g.setTextAlign("right");
        g.fillText(xEnds[1], width - PAD_RIGHT, height - 8);
        g.setTextAlign("center");
        g.fillText(xLabel, (PAD_LEFT + width - PAD_RIGHT) / 2, height - 8);
        g.setTextAlign("right");
        g.fillText(yEnds[1], PAD_LEFT - 4, PAD_TOP + 8);
        g.fillText(yEnds[0], PAD_LEFT - 4, height - PAD_BOTTOM);
        g.setTextAlign("left");
        g.fillText(yLabel, 4, PAD_TOP - 6);
    }

    /** Canvas x of the unit position {@code u}; the plane's edges are a little outside 0 and 1. */
    private double px(double u) {
        double inner = width - PAD_LEFT - PAD_RIGHT;
        return PAD_LEFT + inner * (0.04 + 0.92 * Math.max(-0.0435, Math.min(1.0435, u)));
    }

    private double py(double v) {
        double inner = height - PAD_TOP - PAD_BOTTOM;
        return height - PAD_BOTTOM - inner * (0.04 + 0.92 * Math.max(-0.0435, Math.min(1.0435, v)));
    }

    /** A trial at unit position (u, v); {@code strong} draws it filled (the strategy's best). */
    public void marker(double u, double v, Shape shape, String color, boolean strong) {
        shape(px(u), py(v), strong ? 5.5 : 4, shape, color, strong);
    }

    private void shape(double x, double y, double r, Shape shape, String color, boolean filled) {
        g.setStrokeStyle(color);
        g.setFillStyle(color);
        g.setLineWidth(1.6);
        g.beginPath();
        if (shape == Shape.SQUARE) {
            g.rect(x - r, y - r, 2 * r, 2 * r);
        } else if (shape == Shape.CIRCLE) {
            g.arc(x, y, r, 0, 2 * Math.PI);
        } else {
            g.moveTo(x, y - r * 1.2);
            g.lineTo(x + r * 1.1, y + r * 0.8);
            g.lineTo(x - r * 1.1, y + r * 0.8);
            g.closePath();
        }
        if (filled) {
            g.fill();
        }
        g.stroke();
    }

    /** A failed (diverged) trial at (u, v): a cross in the warning colour, as {@link HeatGrid} marks one. */
    public void cross(double u, double v) {
        double x = px(u);
        double y = py(v);
        g.setStrokeStyle(palette.warning);
        g.setLineWidth(2);
        g.beginPath();
        g.moveTo(x - 4, y - 4);
        g.lineTo(x + 4, y + 4);
        g.moveTo(x + 4, y - 4);
        g.lineTo(x - 4, y + 4);
        g.stroke();
    }

    /** An outline around the point at (u, v): the chosen trial. */
    public void ring(double u, double v) {
        g.setStrokeStyle(palette.foreground);
        g.setLineWidth(1.5);
        g.beginPath();
        g.arc(px(u), py(v), 9, 0, 2 * Math.PI);
        g.stroke();
    }

    /** A legend entry above the plane: the shape in its colour and a name. */
    public void legend(Shape shape, String color, String name) {
        double x = PAD_LEFT + legendCount * LEGEND_WIDTH;
        legendCount++;
        shape(x + 4, 8, 3.5, shape, color, false);
        g.setFillStyle(palette.foreground);
        g.setTextAlign("left");
        g.fillText(name, x + 12, 12);
    }

    /** The unit position (u, v) under canvas position (x, y), or null outside the plane. */
    public double[] unitAt(double x, double y) {
        double u = ((x - PAD_LEFT) / (width - PAD_LEFT - PAD_RIGHT) - 0.04) / 0.92;
        double v = ((height - PAD_BOTTOM - y) / (height - PAD_TOP - PAD_BOTTOM) - 0.04) / 0.92;
        if (u < -0.05 || u > 1.05 || v < -0.05 || v > 1.05) {
            return null;
        }
        return new double[] {u, v};
    }

    /** A short label for a number on an axis end. */
    public static String label(double x) {
        return Num.sig(x, 2);
    }
}
