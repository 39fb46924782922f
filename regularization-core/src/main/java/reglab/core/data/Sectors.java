package reglab.core.data;

import reglab.core.check.Checks;
import reglab.core.math.PortableMath;
import reglab.core.math.ShortestDecimal;
import reglab.core.random.Rng;

/**
 * Two related 2-D tasks for transfer learning, on the same points: uniform in the disc of radius
 * {@link #RADIUS} around the origin, cut by {@code sectors} rays from the origin into equal
 * sectors. The source task names each point's sector (a {@code sectors}-class task, one-hot
 * targets for a softmax output); the target task colours the sectors alternately, a pinwheel of
 * two classes (0/1 targets for a sigmoid output), with its rays turned by {@code rotation}
 * radians against the source's. At rotation 0 every boundary of the target is one of the source's,
 * so a network that learned the source has the features the target needs; turning the target
 * moves its boundaries away from them (half a sector, π/sectors, is as far as they get).
 *
 * <p>Noise: each label is replaced with probability {@code noise} by a class drawn uniformly
 * from all classes (so it may stay the same). The angle is drawn first, then the radius, then the
 * noise draws, two per point, whether or not they flip anything, so a point's position never
 * depends on the noise.
 */
public final class Sectors {

    /** Radius of the disc the points fill (within the lab's square of half-width 6). */
    public static final double RADIUS = 5;

    private static final double TWO_PI = 2 * Math.PI;

    private Sectors() {
    }

    /**
     * The source task: {@code n} points, each labelled with its sector {@code floor(θ / (2π/sectors))}
     * as a one-hot row of {@code sectors} columns.
     */
    public static Dataset source(int n, int sectors, double noise, Rng rng) {
        check(n, sectors, noise);
        double[] x = new double[2 * n];
        double[] y = new double[n * sectors];
        for (int i = 0; i < n; i++) {
            double angle = point(x, i, rng);
            int label = noisy(sector(angle, 0, sectors), sectors, noise, rng);
            y[i * sectors + label] = 1;
        }
        return Dataset.wrap(x, y, n, 2, sectors);
    }

    /**
     * The target task: {@code n} points labelled with the parity of their sector counted from a
     * ray turned by {@code rotation} radians (counter-clockwise), 0 or 1 in one column.
     */
    public static Dataset target(int n, int sectors, double rotation, double noise, Rng rng) {
        check(n, sectors, noise);
        if (sectors % 2 != 0) {
            throw new IllegalArgumentException("the target's sectors alternate in colour, so their"
                    + " number must be even, got " + sectors);
        }
        if (!Double.isFinite(rotation)) {
            throw new IllegalArgumentException("rotation must be finite, got " + ShortestDecimal.text(rotation));
        }
        double[] x = new double[2 * n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double angle = point(x, i, rng);
            y[i] = noisy(sector(angle, rotation, sectors) % 2, 2, noise, rng);
        }
        return Dataset.wrap(x, y, n, 2, 1);
    }

    /** Draws point {@code i} into {@code x}; returns its angle in [0, 2π). */
    private static double point(double[] x, int i, Rng rng) {
        double angle = rng.uniform(0, TWO_PI);
        double r = RADIUS * Math.sqrt(rng.nextDouble());
        x[2 * i] = r * PortableMath.cos(angle);
        x[2 * i + 1] = r * PortableMath.sin(angle);
        return angle;
    }

    /** The sector, in [0, sectors), of {@code angle} counted from the ray at {@code rotation}. */
    static int sector(double angle, double rotation, int sectors) {
        double a = (angle - rotation) % TWO_PI;
        if (a < 0) {
            a += TWO_PI;
        }
        int k = (int) (a / (TWO_PI / sectors));
        return Math.min(k, sectors - 1);
    }

    private static int noisy(int label, int classes, double noise, Rng rng) {
        boolean replace = rng.nextDouble() < noise;
        int other = rng.nextInt(classes);
        return replace ? other : label;
    }

    private static void check(int n, int sectors, double noise) {
        Checks.atLeast("number of points", n, 1);
        Checks.atLeast("sectors", sectors, 2);
        if (!(noise >= 0 && noise <= 1)) {
            throw new IllegalArgumentException("label noise must be in [0, 1], got " + ShortestDecimal.text(noise));
        }
    }
}
