package reglab.core.tuning.bayes;

import reglab.core.math.PortableMath;
import reglab.core.linear.Cholesky;
import reglab.core.check.Checks;

/**
 * Chooses a Gaussian process's hyperparameters by maximising the log marginal likelihood over a
 * fixed grid, for inputs scaled to the unit cube: deterministic, bounded and cheap for the few
 * dozen trials of a search, where a gradient optimiser with restarts (scikit-learn's default) would
 * gain little.
 *
 * <p>The targets are normalised (mean 0, standard deviation 1) and modelled as
 * {@code K = σ²·(C + g·I)}, with C the kernel family's correlation matrix and g a noise-to-signal
 * ratio. For given length scales and g the likelihood is maximised by
 * {@code σ² = yᵀ(C + gI)⁻¹y / n} in closed form (the "concentrated" likelihood of Jones, Schonlau
 * &amp; Welch, "Efficient Global Optimization of Expensive Black-Box Functions", J. Global Optim.
 * 1998), so the search runs over the length scales and g only:
 * <ol>
 * <li>every g in {@link #noiseRatios()} × one length scale for all dimensions from
 * {@link #lengthScales()};</li>
 * <li>then, with that g, {@link #SWEEPS} sweeps over the dimensions, each trying every grid value for
 * that dimension's length scale with the others held.</li>
 * </ol>
 * Ties keep the earlier candidate. The result is the process
 * {@code fit(family.with(σ², ℓ), σ²·g, x, rows, dims, y, true)}, whose
 * {@link GaussianProcess#logMarginalLikelihood()} is the maximum found.
 */
public final class LikelihoodGrid {

    /** Length scales tried, in unit-cube units: 12 values spaced evenly in log from 0.04 to 2.5. */
    private static final double[] LENGTH_SCALES = geometric(0.04, 2.5, 12);
    /** Noise-to-signal variance ratios g tried: from nearly noiseless to noisy scores. */
    private static final double[] NOISE_RATIOS = {1e-6, 1e-4, 1e-2, 1e-1};
    /** Coordinate sweeps over the per-dimension length scales after the shared one. */
    public static final int SWEEPS = 2;

    private LikelihoodGrid() {
    }

    /** The length scales tried (a copy). */
    public static double[] lengthScales() {
        return LENGTH_SCALES.clone();
    }

    /** The noise-to-signal ratios tried (a copy). */
    public static double[] noiseRatios() {
        return NOISE_RATIOS.clone();
    }

    private static double[] geometric(double lo, double hi, int n) {
        double[] g = new double[n];
        for (int i = 0; i < n; i++) {
            g[i] = lo * PortableMath.exp(PortableMath.log(hi / lo) * i / (n - 1));
        }
        return g;
    }

    /**
     * @param family supplies the kernel family ({@link Kernel#with}); its own hyperparameters are
     *     ignored
     * @param x inputs {@code [rows × dims]}, best scaled to the unit cube
     * @param y targets, {@code rows} finite values
     */
    public static GaussianProcess fit(Kernel family, double[] x, int rows, int dims, double[] y) {
        Checks.notNull("kernel family", family);
        GaussianProcess.checkData(x, rows, dims, y);
        double mean = 0;
        for (int i = 0; i < rows; i++) {
            mean += y[i];
        }
        mean /= rows;
        double ss = 0;
        for (int i = 0; i < rows; i++) {
            ss += (y[i] - mean) * (y[i] - mean);
        }
        double scale = Math.sqrt(ss / rows);
        if (scale < 10 * Math.ulp(1.0)) {
            scale = 1;
        }
        double[] z = new double[rows];
        for (int i = 0; i < rows; i++) {
            z[i] = (y[i] - mean) / scale;
        }
        Scratch s = new Scratch(rows);
        double[] ls = new double[dims];
        double bestValue = Double.NEGATIVE_INFINITY;
        double bestNoise = Double.NaN;
        double bestShared = Double.NaN;
        // The correlation matrix of each shared length scale, made once for every g: only the
        // diagonal (1 + g) differs between them.
        double[][] shared = new double[LENGTH_SCALES.length][rows * rows];
        for (int i = 0; i < LENGTH_SCALES.length; i++) {
            java.util.Arrays.fill(ls, LENGTH_SCALES[i]);
            GaussianProcess.matrix(family.with(1, ls), x, rows, dims, 0, shared[i]);
        }
        for (double g : NOISE_RATIOS) {
            for (int i = 0; i < LENGTH_SCALES.length; i++) {
                double l = LENGTH_SCALES[i];
                System.arraycopy(shared[i], 0, s.k, 0, rows * rows);
                for (int r = 0; r < rows; r++) {
                    s.k[r * rows + r] = 1 + g;
                }
                double v = concentrated(z, rows, s);
                if (v > bestValue) {
                    bestValue = v;
                    bestNoise = g;
                    bestShared = l;
                }
            }
        }
        if (Double.isNaN(bestNoise)) {
            throw new IllegalArgumentException("no hyperparameters on the grid give a positive definite "
                    + family.family() + " matrix for these " + rows + " points");
        }
        java.util.Arrays.fill(ls, bestShared);
        if (dims > 1) {
            for (int sweep = 0; sweep < SWEEPS; sweep++) {
                for (int d = 0; d < dims; d++) {
                    double keep = ls[d];
                    double best = keep;
                    for (double l : LENGTH_SCALES) {
                        ls[d] = l;
                        double v = concentrated(family, x, rows, dims, z, ls, bestNoise, s);
                        if (v > bestValue) {
                            bestValue = v;
                            best = l;
                        }
                    }
                    ls[d] = best;
                }
            }
        }
        concentrated(family, x, rows, dims, z, ls, bestNoise, s);
        double variance = s.variance;
        return GaussianProcess.fit(family.with(variance, ls), variance * bestNoise, x, rows, dims, y, true);
    }

    /** Buffers reused across the grid. */
    private static final class Scratch {
        final double[] k;
        final double[] a;
        double variance;

        Scratch(int rows) {
            k = new double[rows * rows];
            a = new double[rows];
        }
    }

    /**
     * The log likelihood maximised over σ² for length scales {@code ls} and ratio {@code g} (−∞ if
     * the matrix is not positive definite); leaves that σ² in {@code s.variance}.
     */
    private static double concentrated(Kernel family, double[] x, int rows, int dims, double[] z,
            double[] ls, double g, Scratch s) {
        GaussianProcess.matrix(family.with(1, ls), x, rows, dims, g, s.k);
        return concentrated(z, rows, s);
    }

    /** {@link #concentrated} for the matrix {@code C + g·I} already in {@code s.k}, which it factors in place. */
    private static double concentrated(double[] z, int rows, Scratch s) {
        if (!Cholesky.factor(s.k, rows)) {
            return Double.NEGATIVE_INFINITY;
        }
        System.arraycopy(z, 0, s.a, 0, rows);
        Cholesky.solve(s.k, rows, s.a);
        double q = GaussianProcess.dot(z, s.a, rows);
        // All targets equal: every σ² explains them; keep the prior's 1.
        double variance = q > 0 ? q / rows : 1;
        s.variance = variance;
        double logDet = 0;
        for (int i = 0; i < rows; i++) {
            logDet += 2 * PortableMath.log(s.k[i * rows + i]);
        }
        return -0.5 * rows * (PortableMath.log(2 * Math.PI * variance) + 1) - 0.5 * logDet;
    }
}
