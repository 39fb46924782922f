package reglab.core.data;

import reglab.core.check.Checks;
import reglab.core.math.PortableMath;
import reglab.core.math.ShortestDecimal;
import reglab.core.random.Rng;

/**
 * TensorFlow Playground's four 2-D classification sets, generated as its {@code src/dataset.ts}
 * does (coordinates within radius 5–6 of the origin, same noise semantics) but from a seeded
 * {@link Rng}. Each example has features {@code (x, y)} and one target; the playground's labels
 * +1/−1 are stored as 1/0 so they suit a sigmoid output with binary cross-entropy.
 *
 * <p>Noise: for circle and xor, the label is computed at the point displaced by
 * {@code noise × U(−radius, radius)} in each coordinate (the stored point is not displaced), so
 * noise flips labels near the boundary; for gauss, noise in [0, 0.5] maps linearly to the variance
 * [0.5, 4]; for spiral, the point itself is displaced by {@code noise × U(−1, 1)}. The playground's
 * slider gives noise in [0, 0.5]. Points come in generation order (class by class for circle,
 * gauss and spiral); {@link Split} shuffles. {@link DataSets} finds them by name.
 */
public final class PlaygroundData {

    /** The playground's largest noise setting (its slider's 50%). */
    public static final double MAX_NOISE = 0.5;

    private PlaygroundData() {
    }

    private static void check(int n, double noise) {
        Checks.atLeast("number of points", n, 2);
        if (!(noise >= 0 && noise <= MAX_NOISE)) {
            throw new IllegalArgumentException("noise must be in [0, " + ShortestDecimal.text(MAX_NOISE) + "], got " + ShortestDecimal.text(noise));
        }
    }

    /** Inner disc r < 2.5 labelled 1, ring 3.5 ≤ r < 5 labelled 0 (playground "circle"). */
    public static Dataset circle(int n, double noise, Rng rng) {
        check(n, noise);
        double radius = 5;
        double[] x = new double[2 * n];
        double[] y = new double[n];
        int inner = (n + 1) / 2;
        for (int i = 0; i < n; i++) {
            double r = i < inner ? rng.uniform(0, radius * 0.5) : rng.uniform(radius * 0.7, radius);
            double angle = rng.uniform(0, 2 * Math.PI);
            double px = r * PortableMath.sin(angle);
            double py = r * PortableMath.cos(angle);
            double nx = rng.uniform(-radius, radius) * noise;
            double ny = rng.uniform(-radius, radius) * noise;
            double dx = px + nx;
            double dy = py + ny;
            x[2 * i] = px;
            x[2 * i + 1] = py;
            y[i] = Math.sqrt(dx * dx + dy * dy) < radius * 0.5 ? 1 : 0;
        }
        return Dataset.wrap(x, y, n, 2, 1);
    }

    /** Quadrants: label 1 where x·y ≥ 0, with a 0.3 gap along the axes (playground "xor"). */
    public static Dataset xor(int n, double noise, Rng rng) {
        check(n, noise);
        double padding = 0.3;
        double[] x = new double[2 * n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double px = rng.uniform(-5, 5);
            px += px > 0 ? padding : -padding;
            double py = rng.uniform(-5, 5);
            py += py > 0 ? padding : -padding;
            double nx = rng.uniform(-5, 5) * noise;
            double ny = rng.uniform(-5, 5) * noise;
            x[2 * i] = px;
            x[2 * i + 1] = py;
            y[i] = (px + nx) * (py + ny) >= 0 ? 1 : 0;
        }
        return Dataset.wrap(x, y, n, 2, 1);
    }

    /** Two Gaussian blobs at (2, 2) labelled 1 and (−2, −2) labelled 0 (playground "gauss"). */
    public static Dataset gauss(int n, double noise, Rng rng) {
        check(n, noise);
        double variance = 0.5 + (4 - 0.5) * noise / 0.5;
        double sd = Math.sqrt(variance);
        double[] x = new double[2 * n];
        double[] y = new double[n];
        int positive = (n + 1) / 2;
        for (int i = 0; i < n; i++) {
            double c = i < positive ? 2 : -2;
            x[2 * i] = c + sd * rng.nextGaussian();
            x[2 * i + 1] = c + sd * rng.nextGaussian();
            y[i] = i < positive ? 1 : 0;
        }
        return Dataset.wrap(x, y, n, 2, 1);
    }

    /** Two interleaved spirals of radius 5 and 1.75 turns (playground "spiral"). */
    public static Dataset spiral(int n, double noise, Rng rng) {
        check(n, noise);
        double[] x = new double[2 * n];
        double[] y = new double[n];
        int half = (n + 1) / 2;
        int k = 0;
        for (int arm = 0; arm < 2; arm++) {
            int count = arm == 0 ? half : n - half;
            double deltaT = arm == 0 ? 0 : Math.PI;
            for (int i = 0; i < count; i++) {
                double r = (double) i / count * 5;
                double t = 1.75 * i / count * 2 * Math.PI + deltaT;
                x[2 * k] = r * PortableMath.sin(t) + rng.uniform(-1, 1) * noise;
                x[2 * k + 1] = r * PortableMath.cos(t) + rng.uniform(-1, 1) * noise;
                y[k] = arm == 0 ? 1 : 0;
                k++;
            }
        }
        return Dataset.wrap(x, y, n, 2, 1);
    }
}
