package reglab.applet.model.data;

import reglab.core.data.DataSets;
import reglab.core.data.Dataset;
import reglab.core.random.Rng;

/**
 * The playground's 2-D data sets from a seed, all from the core: the four classification sets of
 * {@link reglab.core.data.PlaygroundData} (labels 0/1) and the two regression sets of
 * {@link reglab.core.data.PlaygroundRegression} (targets in about [-1, 1]). Points lie in
 * [-{@link #EXTENT}, {@link #EXTENT}]²; noise is the percentage Playground's slider shows, 0–50.
 */
public final class PlaygroundData {

    /** Half-width of the square the points and the heat map cover (the regression sets' square). */
    public static final double EXTENT = DataSets.EXTENT;

    /** Points per data set (Playground's default). */
    public static final int POINTS = 500;

    private PlaygroundData() {
    }

    /** True for the regression sets (linear output, squared error). */
    public static boolean isRegression(String name) {
        return DataSets.isRegression(name);
    }

    /**
     * @param name  one of the names in {@code Experiments} ({@code circle, xor, gauss, spiral,
     *              reg-plane, reg-gauss})
     * @param noise 0–50, percent
     * @return {@code {x, y}}: x is {@code [POINTS × 2]} row-major, y is {@code [POINTS × 1]}
     */
    public static double[][] generate(String name, int noise, Rng rng) {
        Dataset d = DataSets.byName(name, POINTS, noise / 100.0, rng);
        return new double[][] {d.x().clone(), d.y().clone()};
    }
}
