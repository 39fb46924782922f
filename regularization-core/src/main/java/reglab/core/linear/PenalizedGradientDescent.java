package reglab.core.linear;

import reglab.core.check.Checks;

/**
 * Gradient descent on a penalized least-squares loss, one step at a time, with the document's own
 * update rules (content/index.md, "Gradient Descent Update Rules") and the proximal alternative,
 * so the lab can show how each treats coefficients near zero:
 *
 * <pre>  L2:           θᵢ ← θᵢ − α·(∂J/∂θᵢ + 2λ·θᵢ)
 *   L1 (sign):    θᵢ ← θᵢ − α·(∂J/∂θᵢ + λ·sign(θᵢ))        (sign(0) = 0)
 *   L1 (proximal): θᵢ ← S(θᵢ − α·∂J/∂θᵢ, α·λ),  S(v, t) = sign(v)·max(|v| − t, 0)</pre>
 *
 * with {@code J(θ, b) = 1/(2n)·||y − X·θ − b||²} and the intercept b updated by plain gradient
 * descent (unpenalized). The sign rule is a subgradient step: it jitters around zero and lands on
 * exactly 0 only by accident, while the proximal step (ISTA; Beck &amp; Teboulle 2009, "A fast
 * iterative shrinkage-thresholding algorithm", SIAM J. Imaging Sci. 2(1)) sets small coefficients
 * to exactly 0 and converges to the lasso {@code 1/(2n)||y − Xθ − b||² + λ||θ||₁} (scikit-learn's
 * {@code Lasso(alpha=λ)}) for α ≤ 1/L. The L2 rule converges to scikit-learn's
 * {@code Ridge(alpha=2nλ)}.
 *
 * <p>The constructor copies X and y; {@link #step()} mutates only this object's θ and b and
 * allocates nothing.
 */
public final class PenalizedGradientDescent {

    /** Which update rule {@link #step()} applies. */
    public enum Rule {
        L2,
        L1_SIGN,
        L1_PROXIMAL
    }

    private final double[] x;
    private final double[] y;
    private final int n;
    private final int p;
    private final Rule rule;
    private final double learningRate;
    private final double lambda;
    private final double[] theta;
    private final double[] residual;
    private double intercept;
    private int steps;

    /**
     * @param x            row-major n-by-p, {@code x[i*p + j]}; copied
     * @param y            n targets; copied
     * @param learningRate α, finite and &gt; 0 (at most {@link #safeLearningRate} for guaranteed descent)
     * @param lambda       λ, finite and ≥ 0
     */
    public PenalizedGradientDescent(double[] x, int n, int p, double[] y, Rule rule, double learningRate, double lambda) {
        Checks.design(x, n, p, y);
        if (rule == null) {
            throw new IllegalArgumentException("rule must be L2, L1_SIGN or L1_PROXIMAL, got null");
        }
        this.learningRate = Checks.positive("learning rate", learningRate);
        this.lambda = Checks.nonNegative("lambda", lambda);
        this.x = x.clone();
        this.y = y.clone();
        this.n = n;
        this.p = p;
        this.rule = rule;
        theta = new double[p];
        residual = new double[n];
    }

    /**
     * {@code 1/L} for the bound {@code L = trace([X, 1]ᵀ[X, 1]) / n} on the Lipschitz constant of
     * ∇J; plain gradient and proximal steps of this size never increase the objective.
     */
    public static double safeLearningRate(double[] x, int n, int p) {
        double trace = n;
        for (int k = 0; k < n * p; k++) {
            trace += x[k] * x[k];
        }
        return n / trace;
    }

    /** Applies one update of the chosen rule to θ and b. */
    public void step() {
        computeResidual();
        double gb = 0;
        for (int i = 0; i < n; i++) {
            gb += residual[i];
        }
        for (int j = 0; j < p; j++) {
            double g = 0;
            for (int i = 0; i < n; i++) {
                g += x[i * p + j] * residual[i];
            }
            g /= n;
            double t = theta[j];
            switch (rule) {
                case L2:
                    theta[j] = t - learningRate * (g + 2 * lambda * t);
                    break;
                case L1_SIGN:
                    theta[j] = t - learningRate * (g + lambda * Math.signum(t));
                    break;
                default:
                    double v = t - learningRate * g;
                    double mag = Math.abs(v) - learningRate * lambda;
                    theta[j] = mag > 0 ? Math.copySign(mag, v) : 0;
                    break;
            }
        }
        intercept -= learningRate * gb / n;
        steps++;
    }

    /** Applies {@code k} updates (a bounded slice of work for the lab's animation). */
    public void steps(int k) {
        for (int s = 0; s < k; s++) {
            step();
        }
    }

    /** {@code residual = X·θ + b − y}. */
    private void computeResidual() {
        for (int i = 0; i < n; i++) {
            double s = intercept - y[i];
            for (int j = 0; j < p; j++) {
                s += x[i * p + j] * theta[j];
            }
            residual[i] = s;
        }
    }

    /** J(θ, b) = 1/(2n)·||y − X·θ − b||². */
    public double loss() {
        computeResidual();
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += residual[i] * residual[i];
        }
        return s / (2.0 * n);
    }

    /** J plus this rule's penalty: λ·||θ||² for L2, λ·||θ||₁ for both L1 rules. */
    public double objective() {
        double pen = 0;
        for (double t : theta) {
            pen += rule == Rule.L2 ? t * t : Math.abs(t);
        }
        return loss() + lambda * pen;
    }

    /** A copy of θ. */
    public double[] theta() {
        return theta.clone();
    }

    public double intercept() {
        return intercept;
    }

    public int stepsTaken() {
        return steps;
    }

    /** How many coefficients are exactly 0.0. */
    public int exactZeros() {
        int z = 0;
        for (double t : theta) {
            if (t == 0) {
                z++;
            }
        }
        return z;
    }
}
