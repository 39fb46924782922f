package reglab.core.tuning.bayes;

import reglab.core.check.Checks;
import reglab.core.linear.Cholesky;
import reglab.core.math.PortableMath;
import reglab.core.math.ShortestDecimal;

/**
 * Gaussian-process regression with fixed hyperparameters (Rasmussen &amp; Williams, <i>Gaussian
 * Processes for Machine Learning</i>, 2006, Algorithm 2.1), as scikit-learn's
 * {@code GaussianProcessRegressor(kernel, alpha=noise, optimizer=None, normalize_y=...)}: with
 * {@code K = k(X, X) + noise·I = L·Lᵀ} (Cholesky) and {@code α = K⁻¹y}, the predictive mean at x is
 * {@code k(x, X)·α} and the predictive variance of the latent function is
 * {@code k(x, x) − |L⁻¹k(X, x)|²} (clipped at 0; the noise is not added). With
 * {@code normalizeY} the targets are first centred and divided by their standard deviation
 * (population, replaced by 1 when below 10 machine epsilons, as scikit-learn does), the kernel
 * models the normalised targets, and predictions are mapped back.
 *
 * <p>Inputs are copied; the process is immutable apart from scratch buffers, so one instance must not
 * predict from two threads at once. {@link LikelihoodGrid} chooses hyperparameters.
 */
public final class GaussianProcess {

    private final Kernel kernel;
    private final double noise;
    private final int rows;
    private final int dims;
    private final double[] x;
    private final double[] chol;
    private final double[] alpha;
    private final double yMean;
    private final double yScale;
    private final double logLikelihood;
    private final double[] kStar;

    private GaussianProcess(Kernel kernel, double noise, int rows, int dims, double[] x, double[] chol,
            double[] alpha, double yMean, double yScale, double logLikelihood) {
        this.kernel = kernel;
        this.noise = noise;
        this.rows = rows;
        this.dims = dims;
        this.x = x;
        this.chol = chol;
        this.alpha = alpha;
        this.yMean = yMean;
        this.yScale = yScale;
        this.logLikelihood = logLikelihood;
        this.kStar = new double[rows];
    }

    /**
     * Conditions the process on {@code rows} observations.
     *
     * @param x inputs, row-major {@code [rows × dims]}, finite
     * @param y targets, {@code rows} finite values
     * @param noise added to the diagonal of the kernel matrix (scikit-learn's {@code alpha}, on the
     *     normalised scale when {@code normalizeY}), finite, {@code >= 0}
     * @throws IllegalArgumentException on bad shapes or values, or when the kernel matrix is not
     *     positive definite (duplicate inputs without noise)
     */
    public static GaussianProcess fit(Kernel kernel, double noise, double[] x, int rows, int dims,
            double[] y, boolean normalizeY) {
        Checks.notNull("kernel", kernel);
        Checks.nonNegative("Gaussian process noise", noise);
        checkData(x, rows, dims, y);
        kernel.checkDims(dims);
        double mean = 0;
        double scale = 1;
        double[] z = new double[rows];
        if (normalizeY) {
            for (int i = 0; i < rows; i++) {
                mean += y[i];
            }
            mean /= rows;
            double ss = 0;
            for (int i = 0; i < rows; i++) {
                ss += (y[i] - mean) * (y[i] - mean);
            }
            scale = Math.sqrt(ss / rows);
            if (scale < 10 * Math.ulp(1.0)) {
                scale = 1;
            }
        }
        for (int i = 0; i < rows; i++) {
            z[i] = (y[i] - mean) / scale;
        }
        double[] xs = new double[rows * dims];
        System.arraycopy(x, 0, xs, 0, rows * dims);
        double[] k = new double[rows * rows];
        matrix(kernel, xs, rows, dims, noise, k);
        if (!Cholesky.factor(k, rows)) {
            throw new IllegalArgumentException("the " + kernel.describe() + " matrix with noise " + ShortestDecimal.text(noise)
                    + " is not positive definite (repeated inputs?); use a larger noise");
        }
        double[] a = z.clone();
        Cholesky.solve(k, rows, a);
        double lml = -0.5 * dot(z, a, rows) - 0.5 * rows * PortableMath.log(2 * Math.PI);
        for (int i = 0; i < rows; i++) {
            lml -= PortableMath.log(k[i * rows + i]);
        }
        return new GaussianProcess(kernel, noise, rows, dims, xs, k, a, mean, scale, lml);
    }

    static void checkData(double[] x, int rows, int dims, double[] y) {
        Checks.atLeast("Gaussian process rows", rows, 1);
        Checks.atLeast("Gaussian process dimensions", dims, 1);
        Checks.holds("Gaussian process inputs", x, rows, dims);
        Checks.holds("Gaussian process targets", y, rows, 1);
        for (int i = 0; i < rows * dims; i++) {
            if (!Double.isFinite(x[i])) {
                throw new IllegalArgumentException("Gaussian process input " + (i / dims) + ", dimension "
                        + (i % dims) + " is " + ShortestDecimal.text(x[i]) + "; inputs must be finite");
            }
        }
        for (int i = 0; i < rows; i++) {
            if (!Double.isFinite(y[i])) {
                throw new IllegalArgumentException("Gaussian process target " + i + " is " + ShortestDecimal.text(y[i])
                        + "; targets must be finite");
            }
        }
    }

    /** Writes {@code k(X, X) + noise·I} into {@code out} ({@code [rows × rows]}, both triangles). */
    static void matrix(Kernel kernel, double[] x, int rows, int dims, double noise, double[] out) {
        for (int i = 0; i < rows; i++) {
            out[i * rows + i] = kernel.variance() + noise;
            for (int j = 0; j < i; j++) {
                double v = kernel.covariance(x, i * dims, x, j * dims, dims);
                out[i * rows + j] = v;
                out[j * rows + i] = v;
            }
        }
    }

    static double dot(double[] a, double[] b, int n) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /**
     * The predictive mean and standard deviation at the point {@code p[offset .. offset + dims)}
     * into {@code meanStd[0]} and {@code meanStd[1]}, in the units of the targets.
     */
    public void predict(double[] p, int offset, double[] meanStd) {
        double m = 0;
        for (int i = 0; i < rows; i++) {
            double k = kernel.covariance(p, offset, x, i * dims, dims);
            kStar[i] = k;
            m += k * alpha[i];
        }
        // v = L⁻¹k* by forward substitution, in place; the variance is k(x, x) − |v|².
        double vv = 0;
        for (int i = 0; i < rows; i++) {
            double s = kStar[i];
            for (int j = 0; j < i; j++) {
                s -= chol[i * rows + j] * kStar[j];
            }
            s /= chol[i * rows + i];
            kStar[i] = s;
            vv += s * s;
        }
        double var = Math.max(kernel.variance() - vv, 0);
        meanStd[0] = yMean + yScale * m;
        meanStd[1] = yScale * Math.sqrt(var);
    }

    /** {@link #predict(double[], int, double[])} for {@code count} points {@code [count × dims]}. */
    public void predict(double[] points, int count, double[] mean, double[] std) {
        Checks.holds("prediction points", points, count, dims);
        Checks.holds("prediction means", mean, count, 1);
        Checks.holds("prediction deviations", std, count, 1);
        double[] ms = new double[2];
        for (int i = 0; i < count; i++) {
            predict(points, i * dims, ms);
            mean[i] = ms[0];
            std[i] = ms[1];
        }
    }

    /**
     * {@code log p(y | X)} of the (normalised, when asked) targets:
     * {@code −½yᵀK⁻¹y − Σ log L_ii − (n/2) log 2π}, scikit-learn's
     * {@code log_marginal_likelihood_value_}.
     */
    public double logMarginalLikelihood() {
        return logLikelihood;
    }

    public Kernel kernel() {
        return kernel;
    }

    public double noise() {
        return noise;
    }

    /** Number of observations conditioned on. */
    public int rows() {
        return rows;
    }

    public int dims() {
        return dims;
    }
}
