package reglab.applet.ui;

import org.teavm.jso.canvas.CanvasRenderingContext2D;
import reglab.applet.settings.Num;

/**
 * A grid of cells coloured by value on a logarithmic scale shared with other grids (the caller
 * fixes the range), with column and row labels, a title, cells marked as failed (a cross in the
 * warning colour), cells not computed yet left empty, and one chosen cell outlined. Also maps a
 * canvas position back to its cell, for choosing a cell with the mouse.
 */
public final class HeatGrid {

    private static final double PAD_LEFT = 44;
    private static final double PAD_RIGHT = 6;
    private static final double PAD_TOP = 20;
    private static final double PAD_BOTTOM = 30;

    private final CanvasRenderingContext2D g;
    private final double width;
    private final double height;
    private int rows = 1;
    private int cols = 1;

    public HeatGrid(CanvasRenderingContext2D g, double width, double height) {
        this.g = g;
        this.width = width;
        this.height = height;
    }

    /**
     * @param values    {@code values[row][col]}; NaN for a cell without a value
     * @param failed    {@code failed[row][col]}: drawn as a cross
     * @param lo,hi     the shared colour range (positive, lo &lt; hi); low values draw strongest
     * @param chosenRow the outlined cell's row and column, or -1
     */
    public void draw(Palette palette, String title, double[][] values, boolean[][] failed,
            String[] colLabels, String[] rowLabels, String xLabel, String yLabel, double lo,
            double hi, int chosenRow, int chosenCol) {
        rows = values.length;
        cols = colLabels.length;
        g.clearRect(0, 0, width, height);
        g.setFont("11px sans-serif");
        g.setFillStyle(palette.foreground);
        g.setTextAlign("left");
        g.fillText(title, 4, 13);
        double cw = cellWidth();
        double ch = cellHeight();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double x = PAD_LEFT + c * cw;
                double y = PAD_TOP + r * ch;
                if (failed[r][c]) {
                    g.setStrokeStyle(palette.warning);
                    g.setLineWidth(2);
                    g.beginPath();
                    g.moveTo(x + 6, y + 6);
                    g.lineTo(x + cw - 6, y + ch - 6);
                    g.moveTo(x + cw - 6, y + 6);
                    g.lineTo(x + 6, y + ch - 6);
                    g.stroke();
                } else if (!Double.isNaN(values[r][c])) {
                    g.setFillStyle(palette.blend(palette.negativeRgb, strength(values[r][c], lo, hi)));
                    g.fillRect(x + 1, y + 1, cw - 2, ch - 2);
                    g.setFillStyle(strength(values[r][c], lo, hi) > 0.55 ? palette.background : palette.foreground);
                    g.setTextAlign("center");
                    g.fillText(Num.sig(values[r][c], 2), x + cw / 2, y + ch / 2 + 4);
                }
                g.setStrokeStyle(palette.grid);
                g.setLineWidth(1);
                g.strokeRect(x + 0.5, y + 0.5, cw - 1, ch - 1);
            }
        }
        if (chosenRow >= 0 && chosenCol >= 0) {
            g.setStrokeStyle(palette.foreground);
            g.setLineWidth(2.5);
            g.strokeRect(PAD_LEFT + chosenCol * cw + 1.5, PAD_TOP + chosenRow * ch + 1.5, cw - 3, ch - 3);
        }
        g.setFillStyle(palette.muted);
        g.setTextAlign("center");
        for (int c = 0; c < cols; c++) {
            g.fillText(colLabels[c], PAD_LEFT + (c + 0.5) * cw, height - PAD_BOTTOM + 12);
        }
        g.fillText(xLabel, PAD_LEFT + cols * cw / 2, height - 4);
        g.setTextAlign("right");
        for (int r = 0; r < rows; r++) {
            g.fillText(rowLabels[r], PAD_LEFT - 4, PAD_TOP + (r + 0.5) * ch + 4);
        }
        g.setTextAlign("left");
        g.fillText(yLabel, 4, height - 4);
    }

    /** How strongly a value is coloured: 1 at {@code lo}, 0 at {@code hi}, on a log scale. */
    public static double strength(double v, double lo, double hi) {
        double t = (Math.log(Math.max(v, lo)) - Math.log(lo)) / (Math.log(hi) - Math.log(lo));
        return 1 - Math.max(0, Math.min(1, t));
    }

    private double cellWidth() {
        return (width - PAD_LEFT - PAD_RIGHT) / cols;
    }

    private double cellHeight() {
        return (height - PAD_TOP - PAD_BOTTOM) / rows;
    }

    /** The {row, col} under canvas position (x, y), or null outside the cells. */
    public int[] cellAt(double x, double y) {
        int c = (int) Math.floor((x - PAD_LEFT) / cellWidth());
        int r = (int) Math.floor((y - PAD_TOP) / cellHeight());
        if (c < 0 || c >= cols || r < 0 || r >= rows) {
            return null;
        }
        return new int[] {r, c};
    }

    /**
     * A colour bar for the shared scale of several grids on its own canvas: the range from
     * {@code lo} (strongest) to {@code hi}, labelled at both ends and in the middle, the quantity's
     * name, and the cross that marks failed cells.
     */
    public static void scale(CanvasRenderingContext2D g, double width, double height, Palette palette,
            double lo, double hi, String quantity, String failedLabel) {
        g.clearRect(0, 0, width, height);
        g.setFont("11px sans-serif");
        double x0 = 44;
        double x1 = width * 0.62;
        int steps = 48;
        for (int i = 0; i < steps; i++) {
            double v = Math.exp(Math.log(lo) + (Math.log(hi) - Math.log(lo)) * i / (steps - 1));
            g.setFillStyle(palette.blend(palette.negativeRgb, strength(v, lo, hi)));
            g.fillRect(x0 + (x1 - x0) * i / steps, 16, (x1 - x0) / steps + 0.5, 10);
        }
        g.setStrokeStyle(palette.grid);
        g.setLineWidth(1);
        g.strokeRect(x0 + 0.5, 16.5, x1 - x0, 10);
        g.setFillStyle(palette.foreground);
        g.setTextAlign("left");
        g.fillText(quantity, x0, 11);
        g.setFillStyle(palette.muted);
        g.fillText(Num.sig(lo, 2), x0, 39);
        g.setTextAlign("center");
        g.fillText(Num.sig(Math.sqrt(lo * hi), 2), (x0 + x1) / 2, 39);
        g.setTextAlign("right");
        g.fillText(Num.sig(hi, 2), x1, 39);
        double cx = x1 + 18;
        g.setStrokeStyle(palette.warning);
        g.setLineWidth(2);
        g.beginPath();
        g.moveTo(cx, 16);
        g.lineTo(cx + 10, 26);
        g.moveTo(cx + 10, 16);
        g.lineTo(cx, 26);
        g.stroke();
        g.setFillStyle(palette.foreground);
        g.setTextAlign("left");
        g.fillText(failedLabel, cx + 16, 25);
    }
}
