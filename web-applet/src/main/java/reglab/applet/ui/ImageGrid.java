package reglab.applet.ui;

import org.teavm.jso.canvas.CanvasRenderingContext2D;

/**
 * Small grey-level images in a grid on a canvas (the augmentation experiment's digits): each
 * image a block of squares, ink in the theme's foreground colour on its background, so a picture
 * reads the same in light and dark themes; a label left of each row and a title above.
 * Values are drawn clamped to [0, 1].
 */
public final class ImageGrid {

    private static final double TITLE_H = 18;
    private static final double GAP = 6;

    private final CanvasRenderingContext2D g;
    private final double width;
    private final double height;
    private final double labelWidth;

    /** @param labelWidth room left of the images for the row labels */
    public ImageGrid(CanvasRenderingContext2D g, double width, double height, double labelWidth) {
        this.g = g;
        this.width = width;
        this.height = height;
        this.labelWidth = labelWidth;
    }

    /**
     * Draws {@code rowLabels.length × columns} images of {@code h × w} pixels, image
     * {@code (row, col)}'s pixel {@code (r, c)} at {@code pixels[((row·columns + col)·h + r)·w + c]},
     * sized to fill the canvas.
     */
    public void draw(Palette palette, String title, double[] pixels, int columns, int h, int w,
            String[] rowLabels) {
        int rows = rowLabels.length;
        g.clearRect(0, 0, width, height);
        g.setFont("11px sans-serif");
        g.setTextAlign("left");
        g.setFillStyle(palette.foreground);
        g.fillText(title, 4, 12);
        double cell = Math.min((width - labelWidth) / columns, (height - TITLE_H) / rows);
        double px = Math.floor((cell - GAP) / Math.max(h, w));
        int[] ink = Palette.rgb(palette.foreground);
        for (int row = 0; row < rows; row++) {
            double y0 = TITLE_H + row * cell;
            g.setFillStyle(palette.muted);
            g.setTextAlign("right");
            g.fillText(rowLabels[row], labelWidth - 6, y0 + (h * px) / 2 + 4);
            for (int col = 0; col < columns; col++) {
                double x0 = labelWidth + col * cell;
                int base = (row * columns + col) * h * w;
                g.setStrokeStyle(palette.grid);
                g.setLineWidth(1);
                g.strokeRect(x0 - 0.5, y0 - 0.5, w * px + 1, h * px + 1);
                for (int r = 0; r < h; r++) {
                    for (int c = 0; c < w; c++) {
                        double v = pixels[base + r * w + c];
                        if (v > 0.02) {
                            g.setFillStyle(palette.blend(ink, v));
                            g.fillRect(x0 + c * px, y0 + r * px, px, px);
                        }
                    }
                }
            }
        }
    }
}
