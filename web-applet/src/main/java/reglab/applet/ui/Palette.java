package reglab.applet.ui;

import org.teavm.jso.dom.html.HTMLElement;
import reglab.applet.settings.Num;

/**
 * Colours for canvas drawing, read from CSS custom properties on the experiment element
 * ({@code reglab-applet.css} defines them from the site's light/dark theme), so pictures follow
 * the theme the reader chose. Read again whenever a view redraws after a theme change.
 */
public final class Palette {

    public final String foreground;
    public final String muted;
    public final String grid;
    public final String background;
    /** Class 1 / positive values / the first series. */
    public final String positive;
    /** Class 0 / negative values / the second series. */
    public final String negative;
    public final String accent;
    public final String warning;
    public final int[] positiveRgb;
    public final int[] negativeRgb;
    public final int[] backgroundRgb;

    public Palette(HTMLElement element) {
        foreground = read(element, "--reglab-fg", "#1f2328");
        muted = read(element, "--reglab-muted", "#6e7781");
        grid = read(element, "--reglab-grid", "#d0d7de");
        background = read(element, "--reglab-bg", "#ffffff");
        positive = read(element, "--reglab-pos", "#d9730d");
        negative = read(element, "--reglab-neg", "#0969da");
        accent = read(element, "--reglab-accent", "#8250df");
        warning = read(element, "--reglab-warn", "#cf222e");
        positiveRgb = rgb(positive);
        negativeRgb = rgb(negative);
        backgroundRgb = rgb(background);
    }

    private static String read(HTMLElement element, String name, String fallback) {
        String v = Dom.cssVariable(element, name);
        return v == null || v.isEmpty() ? fallback : v;
    }

    /** {@code #rrggbb} to {r, g, b}; anything else reads as mid grey. */
    static int[] rgb(String hex) {
        if (hex.length() != 7 || hex.charAt(0) != '#') {
            return new int[] {128, 128, 128};
        }
        int[] rgb = new int[3];
        for (int k = 0; k < 6; k++) {
            int d = Num.hexDigit(hex.charAt(k + 1));
            if (d < 0) {
                return new int[] {128, 128, 128};
            }
            rgb[k / 2] = rgb[k / 2] * 16 + d;
        }
        return rgb;
    }

    /** A CSS colour between the background ({@code t = 0}) and {@code rgb} ({@code t = 1}). */
    public String blend(int[] rgb, double t) {
        double s = Math.max(0, Math.min(1, t));
        int r = (int) (backgroundRgb[0] + (rgb[0] - backgroundRgb[0]) * s);
        int g = (int) (backgroundRgb[1] + (rgb[1] - backgroundRgb[1]) * s);
        int b = (int) (backgroundRgb[2] + (rgb[2] - backgroundRgb[2]) * s);
        return "rgb(" + r + "," + g + "," + b + ")";
    }
}
