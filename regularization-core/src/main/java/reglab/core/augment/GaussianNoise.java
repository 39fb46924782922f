package reglab.core.augment;

import reglab.core.check.Checks;
import reglab.core.math.ShortestDecimal;
import reglab.core.random.Rng;

/**
 * Input-noise injection: adds {@code N(0, σ²)} independently to every input value of a training
 * batch, as Keras' {@code GaussianNoise(stddev)} layer does in training. For a linear model this is
 * equivalent in expectation to an L2 penalty (Bishop, "Training with Noise is Equivalent to Tikhonov
 * Regularization", 1995). Targets are left alone.
 */
public final class GaussianNoise implements Augmentation {

    private final double sigma;

    /** @param sigma standard deviation, finite, {@code >= 0} */
    public GaussianNoise(double sigma) {
        this.sigma = Checks.nonNegative("noise sigma", sigma);
    }

    public double sigma() {
        return sigma;
    }

    @Override
    public void reserve(int maxRows, int features, int outputs) {
    }

    @Override
    public void apply(double[] x, double[] y, int rows, int features, int outputs, Rng rng) {
        int n = rows * features;
        for (int i = 0; i < n; i++) {
            x[i] += sigma * rng.nextGaussian();
        }
    }

    @Override
    public String describe() {
        return "noise(sigma " + ShortestDecimal.text(sigma) + ")";
    }
}
