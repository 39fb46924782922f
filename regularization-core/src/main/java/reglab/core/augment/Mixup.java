package reglab.core.augment;

import reglab.core.check.Checks;
import reglab.core.math.ShortestDecimal;
import reglab.core.random.Rng;

/**
 * mixup (Zhang, Cisse, Dauphin &amp; Lopez-Paz, "mixup: Beyond Empirical Risk Minimization", ICLR
 * 2018): each batch is blended with a shuffled copy of itself,
 * {@code x̃ = λx_i + (1 − λ)x_j}, {@code ỹ = λy_i + (1 − λ)y_j}, with one {@code λ ~ Beta(α, α)} per
 * batch as in the paper's reference code. Targets become soft labels, which the cross-entropy losses
 * accept.
 */
public final class Mixup implements Augmentation {

    private final double alpha;
    private int[] partner = new int[0];
    private double[] copyX = new double[0];
    private double[] copyY = new double[0];

    /** @param alpha Beta shape α, finite, {@code > 0} (the paper uses 0.1–0.4 on ImageNet) */
    public Mixup(double alpha) {
        this.alpha = Checks.positive("mixup alpha", alpha);
    }

    public double alpha() {
        return alpha;
    }

    @Override
    public void reserve(int maxRows, int features, int outputs) {
        if (partner.length < maxRows || copyX.length < maxRows * features
                || copyY.length < maxRows * outputs) {
            partner = new int[maxRows];
            copyX = new double[maxRows * features];
            copyY = new double[maxRows * outputs];
        }
    }

    @Override
    public void apply(double[] x, double[] y, int rows, int features, int outputs, Rng rng) {
        if (partner.length < rows) {
            reserve(rows, features, outputs);
        }
        double lambda = GammaSampler.beta(alpha, alpha, rng);
        for (int i = 0; i < rows; i++) {
            partner[i] = i;
        }
        // Shuffle only the first `rows` entries: Rng.shuffle works on whole arrays.
        for (int i = rows - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = partner[i];
            partner[i] = partner[j];
            partner[j] = t;
        }
        System.arraycopy(x, 0, copyX, 0, rows * features);
        System.arraycopy(y, 0, copyY, 0, rows * outputs);
        double mu = 1 - lambda;
        for (int i = 0; i < rows; i++) {
            int j = partner[i];
            for (int c = 0; c < features; c++) {
                x[i * features + c] = lambda * copyX[i * features + c] + mu * copyX[j * features + c];
            }
            for (int c = 0; c < outputs; c++) {
                y[i * outputs + c] = lambda * copyY[i * outputs + c] + mu * copyY[j * outputs + c];
            }
        }
    }

    @Override
    public String describe() {
        return "mixup(alpha " + ShortestDecimal.text(alpha) + ")";
    }
}
