package reglab.applet.model.data;

import reglab.core.data.Dataset;
import reglab.core.random.Rng;

/**
 * The playground's 2-D data sets from a seed: the four classification sets come from core's
 * {@link reglab.core.data.PlaygroundData} (labels 0/1); the two regression sets Playground also
 * offers (a tilted plane and Gaussian bumps, targets in [-1, 1]) are made here, since core has
 * only the classification ones. Points lie in [-{@link #EXTENT}, {@link #EXTENT}]²; noise is the
 * percentage Playground's slider shows, 0–50.
 */
public final class PlaygroundData {

    /** Half-width of the square the points and the heat map cover. */
    public static final double EXTENT = 6;

    /** Points per data set (Playground's default). */
    public static final int POINTS = 500;

    private PlaygroundData() {
    }

    /** True for the regression sets (linear output, squared error). */
    public static boolean isRegression(String name) {
        return name.startsWith("reg-");
    }

    /**
     * @param name  one of the names in {@code Experiments} ({@code circle, xor, gauss, spiral,
     *              reg-plane, reg-gauss})
     * @param noise 0–50, percent
     * @return {@code {x, y}}: x is {@code [POINTS × 2]} row-major, y is {@code [POINTS × 1]}
     */
    public static double[][] generate(String name, int noise, Rng rng) {
        if (!isRegression(name)) {
            Dataset d = reglab.core.data.PlaygroundData.byName(name, POINTS, noise / 100.0, rng);
            return new double[][] {d.x().clone(), d.y().clone()};
        }
        double[] x = new double[POINTS * 2];
        double[] y = new double[POINTS];
        double n = noise / 100.0;
        for (int i = 0; i < POINTS; i++) {
            double a;
            double b;
            double label;
            switch (name) {
                case "reg-plane": {
                    a = rng.uniform(-EXTENT, EXTENT);
                    b = rng.uniform(-EXTENT, EXTENT);
                    label = (a + b) / (2 * EXTENT) + rng.uniform(-1, 1) * n;
                    break;
                }
                case "reg-gauss": {
                    a = rng.uniform(-EXTENT, EXTENT);
                    b = rng.uniform(-EXTENT, EXTENT);
                    label = bumps(a, b) + rng.uniform(-1, 1) * n;
                    break;
                }
                default:
                    throw new IllegalArgumentException("unknown playground data set '" + name
                            + "'; allowed: circle, xor, gauss, spiral, reg-plane, reg-gauss");
            }
            x[2 * i] = a;
            x[2 * i + 1] = b;
            y[i] = label;
        }
        return new double[][] {x, y};
    }

    /** Three signed Gaussian bumps, a smooth surface in [-1, 1]. */
    private static double bumps(double a, double b) {
        double[][] centres = {{-4, 2.5, 1}, {0, 2.5, -1}, {4, 2.5, 1}, {-4, -2.5, -1},
            {0, -2.5, 1}, {4, -2.5, -1}};
        double best = 0;
        for (double[] c : centres) {
            double d2 = (a - c[0]) * (a - c[0]) + (b - c[1]) * (b - c[1]);
            double v = c[2] * Math.exp(-d2 / 4);
            if (Math.abs(v) > Math.abs(best)) {
                best = v;
            }
        }
        return best;
    }
}
