package reglab.core.tuning;

import reglab.core.data.Dataset;
import reglab.core.linear.ElasticNet;
import reglab.core.linear.ElasticNetPath;
import reglab.core.linear.LinearFit;
import reglab.core.check.Checks;

/**
 * k-fold cross-validation along the lasso / elastic-net path, as scikit-learn's
 * {@code ElasticNetCV(cv=KFold(k))} and {@code LassoCV(cv=KFold(k))} (1.2,
 * {@code sklearn/linear_model/_coordinate_descent.py}, {@code LinearModelCV.fit} and
 * {@code _path_residuals}), summarized with glmnet's standard error and one-standard-error rule:
 *
 * <ol>
 *   <li>{@link #alphas}: the grid from all the data ({@code _alpha_grid}: α_max = max|Xᵀy|/(n·ρ) on
 *       centered data, {@code nAlphas} values down to {@code eps·α_max}, log-spaced).</li>
 *   <li>{@link #foldErrors}: fold k's training rows — all but a block of consecutive rows, as
 *       {@code KFold(n_splits=k)} without shuffling cuts them — are centered on their own means and
 *       fitted along that grid (warm starts, intercept unpenalized); the mean squared error on the
 *       held-out block at each α is column k of scikit-learn's {@code mse_path_}.</li>
 *   <li>{@link #curve}: the fold errors become the mean, standard error, α_min and α_1se of
 *       {@link CrossValidationCurve} (glmnet's {@code cv.glmnet}).</li>
 *   <li>{@link #refit}: the model refitted on all the data at a chosen α from w = 0, as
 *       {@code LinearModelCV.fit} refits at {@code alpha_}.</li>
 * </ol>
 *
 * <p>Every step is a pure function of its arguments (no randomness, no shared state), so the folds
 * can be computed in any order, in parallel, or in separate processes (one Web Worker per fold),
 * and {@link #curve} on the collected rows gives the same numbers, bit for bit, as {@link #fit}
 * computing them one after the other. Dataset arguments are never modified.
 */
public final class ElasticNetCV {

    /** scikit-learn's default ({@code cv=None} is 5-fold since 0.22). */
    public static final int DEFAULT_FOLDS = 5;

    private final ElasticNetPath path;
    private final int folds;

    /**
     * @param path  the grid (ρ, number of α values, eps) and the solver settings (maxIter, tol) used
     *              for every fit, folds and refits alike
     * @param folds k ≥ 2 (and at most the number of rows, checked by {@link #split})
     */
    public ElasticNetCV(ElasticNetPath path, int folds) {
        this.path = Checks.notNull("path", path);
        this.folds = Checks.atLeast("folds", folds, 2);
    }

    public int folds() {
        return folds;
    }

    public ElasticNetPath path() {
        return path;
    }

    /** What {@link #fit} returns: the curve and the refits at α_min and α_1se. */
    public static final class Result {
        private final CrossValidationCurve curve;
        private final LinearFit atMin;
        private final LinearFit atOneSe;

        public Result(CrossValidationCurve curve, LinearFit atMin, LinearFit atOneSe) {
            this.curve = curve;
            this.atMin = atMin;
            this.atOneSe = atOneSe;
        }

        public CrossValidationCurve curve() {
            return curve;
        }

        /** The model refitted on all the data at {@link CrossValidationCurve#alphaMin()}. */
        public LinearFit atMin() {
            return atMin;
        }

        /** The model refitted on all the data at {@link CrossValidationCurve#alphaOneSe()}. */
        public LinearFit atOneSe() {
            return atOneSe;
        }
    }

    /** All the steps, the folds one after the other. */
    public Result fit(Dataset data) {
        double[] alphas = alphas(data);
        double[][] errors = new double[folds][];
        for (int k = 0; k < folds; k++) {
            errors[k] = foldErrors(data, alphas, k);
        }
        CrossValidationCurve curve = curve(data, alphas, errors);
        return new Result(curve, refit(data, curve.alphaMin()), refit(data, curve.alphaOneSe()));
    }

    /** Step 1: the α grid of all the rows, decreasing (see {@link ElasticNetPath#alphaGrid}). */
    public double[] alphas(Dataset data) {
        check(data);
        return path.alphaGrid(data.x(), data.rows(), data.features(), data.y());
    }

    /**
     * The folds: consecutive blocks of rows, {@code KFold(n_splits=k)} without shuffling.
     *
     * @throws IllegalArgumentException if k exceeds the number of rows
     */
    public KFold split(Dataset data) {
        check(data);
        return new KFold(data, folds);
    }

    /**
     * Step 2, the expensive one: fit the path on fold {@code fold}'s training rows and return the
     * mean squared error on its held-out rows at each α.
     *
     * @param alphas the grid of {@link #alphas} (any non-increasing positive grid is accepted)
     * @param fold   in [0, k)
     */
    public double[] foldErrors(Dataset data, double[] alphas, int fold) {
        KFold split = split(data);
        int[] held = split.validationRows(fold);
        ElasticNetPath.Result r = path.fit(data.x(), data.rows(), data.features(), data.y(), alphas,
                split.trainingRows(fold));
        double[] mse = new double[r.size()];
        int[] nonZero = new int[data.features()];
        for (int a = 0; a < mse.length; a++) {
            mse[a] = meanSquaredError(r.fit(a), data, held, nonZero);
        }
        return mse;
    }

    /**
     * Step 3: the curve from every fold's errors, each fold weighted by its held-out rows.
     *
     * @param errors {@code errors[k]} = {@code foldErrors(data, alphas, k)}, for k = 0 … k−1
     */
    public CrossValidationCurve curve(Dataset data, double[] alphas, double[][] errors) {
        KFold split = split(data);
        if (errors == null || errors.length != folds) {
            throw new IllegalArgumentException("errors: expected one row per fold (" + folds + "), got "
                    + (errors == null ? "null" : Integer.toString(errors.length)));
        }
        double[] weights = new double[folds];
        for (int k = 0; k < folds; k++) {
            weights[k] = split.validationSize(k);
        }
        return new CrossValidationCurve(alphas, errors, weights);
    }

    /** Step 4: the model fitted on all the rows at {@code alpha}, from w = 0. */
    public LinearFit refit(Dataset data, double alpha) {
        check(data);
        return new ElasticNet(alpha, path.l1Ratio(), path.maxIter(), path.tol())
                .fit(data.x(), data.rows(), data.features(), data.y());
    }

    private static void check(Dataset data) {
        Checks.sameWidth("target of a linear model", 1, Checks.notNull("data", data).outputs());
    }

    /** Mean of (x·w + b − y)² over the rows {@code held} of {@code data}; only the non-zero coefficients are read. */
    private static double meanSquaredError(LinearFit fit, Dataset data, int[] held, int[] nonZero) {
        int p = data.features();
        double[] w = fit.coef();
        int m = 0;
        for (int j = 0; j < p; j++) {
            if (w[j] != 0) {
                nonZero[m++] = j;
            }
        }
        double[] x = data.x();
        double[] y = data.y();
        double sum = 0;
        for (int i : held) {
            double prediction = fit.intercept();
            int row = i * p;
            for (int q = 0; q < m; q++) {
                prediction += x[row + nonZero[q]] * w[nonZero[q]];
            }
            double e = prediction - y[i];
            sum += e * e;
        }
        return sum / held.length;
    }
}
