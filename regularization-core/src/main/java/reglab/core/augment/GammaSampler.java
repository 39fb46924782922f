package reglab.core.augment;

import reglab.core.check.Checks;
import reglab.core.math.PortableMath;
import reglab.core.random.Rng;

/**
 * Gamma and Beta deviates from an {@link Rng}. Gamma(a, 1) uses Marsaglia &amp; Tsang's squeeze
 * method ("A Simple Method for Generating Gamma Variables", ACM TOMS 2000) for {@code a >= 1} and
 * their boost {@code Gamma(a) = Gamma(a + 1)·U^(1/a)} for {@code a < 1}; Beta(a, b) is
 * {@code X / (X + Y)} with {@code X ~ Gamma(a)}, {@code Y ~ Gamma(b)}.
 */
public final class GammaSampler {

    private GammaSampler() {
    }

    /** A Gamma(shape, 1) deviate; {@code shape} finite and {@code > 0}. */
    public static double gamma(double shape, Rng rng) {
        Checks.positive("gamma shape", shape);
        if (shape < 1) {
            double u = rng.nextDouble();
            while (u == 0) {
                u = rng.nextDouble();
            }
            // u^(1/shape) through exp and log: JDK 17's PortableMath.pow allocates when not inlined
            return gamma(shape + 1, rng) * PortableMath.exp(PortableMath.log(u) / shape);
        }
        double d = shape - 1.0 / 3.0;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x;
            double v;
            do {
                x = rng.nextGaussian();
                v = 1 + c * x;
            } while (v <= 0);
            v = v * v * v;
            double u = rng.nextDouble();
            double x2 = x * x;
            if (u < 1 - 0.0331 * x2 * x2) {
                return d * v;
            }
            if (u > 0 && PortableMath.log(u) < 0.5 * x2 + d * (1 - v + PortableMath.log(v))) {
                return d * v;
            }
        }
    }

    /** A Beta(a, b) deviate in [0, 1]; both shapes finite and {@code > 0}. */
    public static double beta(double a, double b, Rng rng) {
        double x = gamma(a, rng);
        double y = gamma(b, rng);
        double s = x + y;
        // Both can underflow to 0 for tiny shapes; the limit splits the mass by the shapes.
        if (s == 0) {
            return rng.nextDouble() < a / (a + b) ? 1.0 : 0.0;
        }
        return x / s;
    }
}
