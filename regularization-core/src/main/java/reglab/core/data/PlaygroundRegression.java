package reglab.core.data;

import reglab.core.check.Checks;
import reglab.core.math.PortableMath;
import reglab.core.math.ShortestDecimal;
import reglab.core.random.Rng;

/**
 * TensorFlow Playground's two 2-D regression sets (its {@code src/dataset.ts},
 * {@code regressPlane} and {@code regressGaussian}), from a seeded {@link Rng}: a tilted plane and
 * six signed Gaussian bumps at the playground's centres. Points are uniform in
 * [−{@link #RADIUS}, {@link #RADIUS}]², as in the playground; targets lie in about [−1, 1].
 *
 * <p>The target formulas are this project's smooth variants, not the playground's exact ones: the
 * plane is {@code (x + y) / (2 · RADIUS)}, each bump is {@code sign · exp(−d² / 4)} (the largest in
 * magnitude wins, as in the playground), and noise is added to the target as
 * {@code noise × U(−1, 1)} rather than displacing the point before labelling. Noise is in
 * [0, {@link PlaygroundData#MAX_NOISE}] like the classification sets'. {@link DataSets} finds them
 * by name.
 */
public final class PlaygroundRegression {

    /** Half-width of the square the points cover (the playground's regression radius). */
    public static final double RADIUS = 6;

    /** The bumps: centre x, centre y, sign (the playground's {@code regressGaussian} list). */
    private static final double[][] BUMPS = {{-4, 2.5, 1}, {0, 2.5, -1}, {4, 2.5, 1},
        {-4, -2.5, -1}, {0, -2.5, 1}, {4, -2.5, -1}};

    private PlaygroundRegression() {
    }

    /** Target {@code (x + y) / (2 · RADIUS)} plus noise (playground "reg-plane"). */
    public static Dataset plane(int n, double noise, Rng rng) {
        check(n, noise);
        double[] x = new double[2 * n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double a = rng.uniform(-RADIUS, RADIUS);
            double b = rng.uniform(-RADIUS, RADIUS);
            x[2 * i] = a;
            x[2 * i + 1] = b;
            y[i] = (a + b) / (2 * RADIUS) + rng.uniform(-1, 1) * noise;
        }
        return Dataset.wrap(x, y, n, 2, 1);
    }

    /** Target: the strongest of six signed Gaussian bumps, plus noise (playground "reg-gauss"). */
    public static Dataset gauss(int n, double noise, Rng rng) {
        check(n, noise);
        double[] x = new double[2 * n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double a = rng.uniform(-RADIUS, RADIUS);
            double b = rng.uniform(-RADIUS, RADIUS);
            x[2 * i] = a;
            x[2 * i + 1] = b;
            y[i] = bumps(a, b) + rng.uniform(-1, 1) * noise;
        }
        return Dataset.wrap(x, y, n, 2, 1);
    }

    /** The noiseless reg-gauss surface at (a, b): the bump of largest magnitude there. */
    public static double bumps(double a, double b) {
        double best = 0;
        for (double[] c : BUMPS) {
            double d2 = (a - c[0]) * (a - c[0]) + (b - c[1]) * (b - c[1]);
            double v = c[2] * PortableMath.exp(-d2 / 4);
            if (Math.abs(v) > Math.abs(best)) {
                best = v;
            }
        }
        return best;
    }

    private static void check(int n, double noise) {
        Checks.atLeast("number of points", n, 2);
        if (!(noise >= 0 && noise <= PlaygroundData.MAX_NOISE)) {
            throw new IllegalArgumentException("noise must be in [0, " + ShortestDecimal.text(PlaygroundData.MAX_NOISE)
                    + "], got " + ShortestDecimal.text(noise));
        }
    }
}
