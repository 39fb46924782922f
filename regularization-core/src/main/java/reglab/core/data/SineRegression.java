package reglab.core.data;

import reglab.core.check.Checks;
import reglab.core.math.PortableMath;
import reglab.core.random.Rng;

/**
 * Noisy 1-D regression for showing polynomial over-fitting, the classic curve-fitting example
 * (Bishop, "Pattern Recognition and Machine Learning", 2006, §1.1): {@code x ~ U(0, 1)},
 * {@code y = sin(2πx) + ε}, {@code ε ~ N(0, σ²)}. Expand x with {@link PolynomialFeatures} and fit
 * a high degree to few points to over-fit; a penalty tames it.
 */
public final class SineRegression {

    private SineRegression() {
    }

    /** The noise-free target sin(2πx), for drawing the true curve. */
    public static double truth(double x) {
        return PortableMath.sin(2 * Math.PI * x);
    }

    /**
     * @param n points, {@code >= 1}
     * @param sigma noise standard deviation, finite, {@code >= 0}
     */
    public static Dataset generate(int n, double sigma, Rng rng) {
        Checks.atLeast("number of points", n, 1);
        Checks.nonNegative("noise sigma", sigma);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = rng.nextDouble();
            y[i] = truth(x[i]) + sigma * rng.nextGaussian();
        }
        return Dataset.wrap(x, y, n, 1, 1);
    }
}
