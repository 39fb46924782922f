package reglab.core.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Central finite differences, the independent reference for every gradient test. */
public final class Numeric {

    /** A scalar function of the current contents of some array. */
    public interface Objective {
        double value();
    }

    private Numeric() {
    }

    /**
     * Central difference of {@code f} with respect to every element of {@code x} (perturbed in place
     * and restored), compared with {@code analytic}.
     */
    public static void assertGradient(String what, double[] x, int n, double[] analytic,
            Objective f, double tolerance) {
        double h = 1e-6;
        for (int i = 0; i < n; i++) {
            double keep = x[i];
            x[i] = keep + h;
            double up = f.value();
            x[i] = keep - h;
            double down = f.value();
            x[i] = keep;
            double numeric = (up - down) / (2 * h);
            double scale = Math.max(1.0, Math.abs(numeric));
            assertEquals(numeric, analytic[i], tolerance * scale, what + " [" + i + "]");
        }
    }

    /** A deterministic array of uniform values in (-1, 1). */
    public static double[] randomArray(int n, long seed) {
        reglab.core.random.Rng rng = new reglab.core.random.Rng(seed);
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = rng.uniform(-1, 1);
        }
        return a;
    }
}
