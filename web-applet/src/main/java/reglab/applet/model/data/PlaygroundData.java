package reglab.applet.model.data;

import reglab.core.random.Rng;

/**
 * The 2-D data sets of TensorFlow Playground (four classification sets and two regression sets),
 * generated from a seed. Points lie in [-{@link #EXTENT}, {@link #EXTENT}]²; classification labels
 * are 0/1 (for a sigmoid output and binary cross-entropy), regression targets lie in [-1, 1].
 * The shapes follow Playground's descriptions (circle inside a ring, XOR quadrants, two Gaussian
 * blobs, two interleaved spirals, a tilted plane, Gaussian bumps); noise is the percentage
 * Playground's slider shows, 0–50.
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
        double[] x = new double[POINTS * 2];
        double[] y = new double[POINTS];
        double n = noise / 100.0;
        for (int i = 0; i < POINTS; i++) {
            double a;
            double b;
            double label;
            switch (name) {
                case "circle": {
                    double radius = 5;
                    boolean inside = i < POINTS / 2;
                    double r = inside ? rng.uniform(0, radius * 0.5) : rng.uniform(radius * 0.7, radius);
                    double angle = rng.uniform(0, 2 * Math.PI);
                    a = r * Math.sin(angle) + rng.uniform(-radius, radius) * n;
                    b = r * Math.cos(angle) + rng.uniform(-radius, radius) * n;
                    label = inside ? 1 : 0;
                    break;
                }
                case "xor": {
                    double pad = 0.3;
                    a = rng.uniform(-5, 5);
                    a += a > 0 ? pad : -pad;
                    b = rng.uniform(-5, 5);
                    b += b > 0 ? pad : -pad;
                    label = a * b >= 0 ? 1 : 0;
                    a += rng.uniform(-5, 5) * n;
                    b += rng.uniform(-5, 5) * n;
                    break;
                }
                case "gauss": {
                    boolean positive = i < POINTS / 2;
                    double spread = 0.5 + 3.5 * n; // Playground maps noise 0..0.5 to variance 0.5..4
                    a = (positive ? 2 : -2) + rng.nextGaussian() * Math.sqrt(spread);
                    b = (positive ? 2 : -2) + rng.nextGaussian() * Math.sqrt(spread);
                    label = positive ? 1 : 0;
                    break;
                }
                case "spiral": {
                    int half = POINTS / 2;
                    boolean positive = i < half;
                    int k = positive ? i : i - half;
                    double r = (double) k / half * 5;
                    double t = 1.75 * k / half * 2 * Math.PI + (positive ? 0 : Math.PI);
                    a = r * Math.sin(t) + rng.uniform(-1, 1) * n * 5;
                    b = r * Math.cos(t) + rng.uniform(-1, 1) * n * 5;
                    label = positive ? 1 : 0;
                    break;
                }
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
