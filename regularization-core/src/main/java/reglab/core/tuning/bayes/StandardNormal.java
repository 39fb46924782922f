package reglab.core.tuning.bayes;

import reglab.core.math.PortableMath;

/**
 * The standard normal density and distribution function to near double precision (Java has no
 * {@code erf}). For {@code |x| < 2.5} the distribution function is
 * {@code ½ + φ(x)·(x + x³/3 + x⁵/(3·5) + …)}, a series of terms of one sign; beyond, the tail is
 * {@code φ(t)·m(t)} with Mills' ratio {@code m(t) = 1/(t + 1/(t + 2/(t + 3/(t + …))))} (Laplace's
 * continued fraction; Abramowitz &amp; Stegun 26.2.14), evaluated from 80 terms backwards, which
 * needs no subtraction and so keeps its relative accuracy far into the tail.
 */
public final class StandardNormal {

    private static final double INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);
    /** Where the series hands over to the continued fraction. */
    private static final double SERIES_LIMIT = 2.5;
    /** Continued-fraction depth: relative error about 1e-16 from t = 2.5 on. */
    private static final int FRACTION_TERMS = 80;

    private StandardNormal() {
    }

    /** φ(x) = exp(−x²/2)/√(2π). */
    public static double pdf(double x) {
        return INV_SQRT_2PI * PortableMath.exp(-0.5 * x * x);
    }

    /** Φ(x) = P(Z ≤ x). */
    public static double cdf(double x) {
        if (x <= -SERIES_LIMIT) {
            return upperTail(-x);
        }
        if (x >= SERIES_LIMIT) {
            return 1 - upperTail(x);
        }
        double term = x;
        double sum = x;
        double x2 = x * x;
        for (int n = 1; Math.abs(term) > 1e-17 * Math.abs(sum); n++) {
            term *= x2 / (2 * n + 1);
            sum += term;
        }
        return 0.5 + pdf(x) * sum;
    }

    /** 1 − Φ(t) for {@code t >= 2.5}, as φ(t)·m(t). */
    private static double upperTail(double t) {
        return pdf(t) / (t + millsTail(t));
    }

    /**
     * {@code c(t) = 1/(t + 2/(t + 3/(t + …)))}, the part of Mills' ratio after its first level:
     * {@code m(t) = 1/(t + c(t))}; for {@code t >= 2.5}.
     */
    static double millsTail(double t) {
        double d = t;
        for (int k = FRACTION_TERMS; k >= 2; k--) {
            d = t + k / d;
        }
        return 1 / d;
    }

    /** Whether {@code x} is in the range where {@link #millsTail} is accurate. */
    static boolean inTail(double x) {
        return x >= SERIES_LIMIT;
    }
}
