package reglab.core.data;

import reglab.core.check.Checks;
import reglab.core.random.Rng;

/**
 * A many-feature, many-class classification set for the document's Keras model (100 inputs, 10
 * softmax outputs): each class c has a mean {@code μ_c = A·u_c} lying in a random low-dimensional
 * subspace ({@code A} is {@code [features × latent]} with N(0, 1/latent) entries, {@code u_c ~ N(0,
 * separation²·I)}), and an example is {@code μ_c + N(0, I)} noise in every feature. Most features
 * therefore carry only noise once projected off the subspace, so a wide network can over-fit a small
 * training set, while the classes stay learnable. Targets are one-hot; classes are drawn uniformly.
 */
public final class SubspaceClassification {

    public static final int DEFAULT_FEATURES = 100;
    public static final int DEFAULT_CLASSES = 10;
    public static final int DEFAULT_LATENT = 5;
    public static final double DEFAULT_SEPARATION = 0.35;

    private SubspaceClassification() {
    }

    /**
     * The document's shape: 100 features, 10 classes, 5 latent dimensions, separation 0.35 (the
     * Keras model reaches about 70% validation accuracy from 2,100 training rows; chance is 10%).
     */
    public static Dataset generate(int rows, Rng rng) {
        return generate(rows, DEFAULT_FEATURES, DEFAULT_CLASSES, DEFAULT_LATENT, DEFAULT_SEPARATION, rng);
    }

    /**
     * @param rows examples, {@code >= 1}
     * @param features {@code >= 1}
     * @param classes {@code >= 2}
     * @param latent subspace dimension, in [1, features]
     * @param separation scale of the class means, finite, {@code > 0}
     */
    public static Dataset generate(int rows, int features, int classes, int latent, double separation,
            Rng rng) {
        Checks.atLeast("rows", rows, 1);
        Checks.atLeast("features", features, 1);
        Checks.atLeast("classes", classes, 2);
        if (latent < 1 || latent > features) {
            throw new IllegalArgumentException("latent dimension must be in [1, " + features
                    + "], got " + latent);
        }
        Checks.positive("separation", separation);
        double[] basis = new double[features * latent];
        double scale = 1 / Math.sqrt(latent);
        for (int i = 0; i < basis.length; i++) {
            basis[i] = scale * rng.nextGaussian();
        }
        double[] means = new double[classes * features];
        double[] u = new double[latent];
        for (int c = 0; c < classes; c++) {
            for (int l = 0; l < latent; l++) {
                u[l] = separation * rng.nextGaussian();
            }
            for (int f = 0; f < features; f++) {
                double s = 0;
                for (int l = 0; l < latent; l++) {
                    s += basis[f * latent + l] * u[l];
                }
                means[c * features + f] = s;
            }
        }
        double[] x = new double[rows * features];
        double[] y = new double[rows * classes];
        for (int r = 0; r < rows; r++) {
            int c = rng.nextInt(classes);
            y[r * classes + c] = 1;
            for (int f = 0; f < features; f++) {
                x[r * features + f] = means[c * features + f] + rng.nextGaussian();
            }
        }
        return Dataset.wrap(x, y, rows, features, classes);
    }
}
