package reglab.core.tuning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import reglab.core.data.Dataset;
import reglab.core.linear.ElasticNet;
import reglab.core.linear.ElasticNetPath;
import reglab.core.linear.Fixture;

/**
 * {@link ElasticNetCV} against scikit-learn's {@code LassoCV} / {@code ElasticNetCV} with
 * {@code cv=KFold(K)} and R glmnet's {@code cv.glmnet} with the same folds and grid (fixtures by
 * {@code src/test/python/make_cv_fixtures.py}).
 *
 * <p>How close the fold errors must be follows from the solvers' stopping rule. Both stop once the
 * duality gap G of the n-scaled objective is below {@code tol·||y_c||²}. The objective is a convex
 * penalty plus ½||y_c − X_c·w||², so for the optimum w* it exceeds its minimum by at least
 * ½||X_c(w − w*)||²; hence each solution's predictions on the training rows are within
 * rms √(2·tol)·sd(y) of the optimum's, and two solutions' within δ = 2·√(2·tol)·sd(y). A
 * difference δ in the predictions changes a mean squared error by at most δ·(2·√mse + δ). The
 * held-out rows are not the rows the bound is about; they are drawn from the same data, and we
 * allow them twice the training rows' δ. At tol = 1e-12 this is about 1e-5 of the error; at
 * scikit-learn's default tol = 1e-4 about a tenth (a weak check, kept because it is the
 * default).
 */
class ElasticNetCVTest {

    private static final double TIGHT_TOL = 1e-12;
    private static final int TIGHT_MAX_ITER = 1_000_000;
    /** The held-out rows' prediction differences, as a multiple of the training rows' bound (see above). */
    private static final double HELD_OUT_MARGIN = 2;

    private static Dataset data(Fixture f) {
        return new Dataset(f.x, f.y, f.n, f.p, 1);
    }

    private static ElasticNetCV cv(Fixture f, double tol, int maxIter) {
        return new ElasticNetCV(new ElasticNetPath(f.scalar("l1_ratio"), (int) f.scalar("n_alphas"), f.scalar("eps"),
                maxIter, tol), (int) f.scalar("folds"));
    }

    /** {@code mse_path_} of the fixture, transposed to {@code [fold][alpha]}. */
    private static double[][] foldErrors(Fixture f, String prefix, int alphas, int folds) {
        double[][] e = new double[folds][alphas];
        for (int a = 0; a < alphas; a++) {
            double[] row = f.get(prefix + "mse_path_" + a);
            for (int k = 0; k < folds; k++) {
                e[k][a] = row[k];
            }
        }
        return e;
    }

    /** Population standard deviation of y over fold k's training rows. */
    private static double trainingSd(Dataset data, KFold split, int k) {
        double[] y = split.train(k).y();
        double m = 0;
        for (double v : y) {
            m += v;
        }
        m /= y.length;
        double s = 0;
        for (double v : y) {
            s += (v - m) * (v - m);
        }
        return Math.sqrt(s / y.length);
    }

    /** How far a fold's error may move, by the argument of the class comment. */
    private static double allowance(double mse, double tol, double sdTrain) {
        double delta = HELD_OUT_MARGIN * 2 * Math.sqrt(2 * tol) * sdTrain;
        return delta * (2 * Math.sqrt(mse) + delta);
    }

    private static void assertErrorsAgree(double[][] expected, CrossValidationCurve curve, Dataset data, KFold split,
            double tol, String what) {
        for (int k = 0; k < expected.length; k++) {
            double sd = trainingSd(data, split, k);
            double[] actual = curve.foldErrors(k);
            for (int a = 0; a < actual.length; a++) {
                double allowed = allowance(expected[k][a], tol, sd);
                assertTrue(Math.abs(actual[a] - expected[k][a]) <= allowed, what + ": fold " + k + ", alpha #" + a + ": "
                        + actual[a] + " vs " + expected[k][a] + " (allowed " + allowed + ")");
            }
        }
    }

    /** The index of the smallest plain (unweighted) mean over folds: how scikit-learn picks {@code alpha_}. */
    private static int plainArgmin(CrossValidationCurve curve) {
        int best = 0;
        double bestMean = Double.POSITIVE_INFINITY;
        for (int a = 0; a < curve.size(); a++) {
            double m = 0;
            for (int k = 0; k < curve.folds(); k++) {
                m += curve.foldErrors(k)[a];
            }
            m /= curve.folds();
            if (m < bestMean) {
                bestMean = m;
                best = a;
            }
        }
        return best;
    }

    @ParameterizedTest
    @ValueSource(strings = {"cv_lasso_diabetes", "cv_enet_diabetes", "cv_lasso_sparse_wide", "cv_enet_sparse_wide"})
    void matchesScikitLearnAtTheOptimum(String name) {
        Fixture f = Fixture.load(name);
        Dataset data = data(f);
        ElasticNetCV cv = cv(f, TIGHT_TOL, TIGHT_MAX_ITER);
        ElasticNetCV.Result r = cv.fit(data);
        CrossValidationCurve curve = r.curve();
        double[] alphas = f.get("alphas");
        Fixture.assertClose(alphas, curve.alphas(), 1e-12, 0, name + " alphas");
        assertErrorsAgree(foldErrors(f, "", alphas.length, cv.folds()), curve, data, cv.split(data), TIGHT_TOL,
                name);
        assertEquals(f.scalar("alpha"), alphas[plainArgmin(curve)], 0.0, "scikit-learn's alpha_ from our mse_path");
        assertEquals(f.scalar("alpha"), curve.alphaMin(), 1e-12 * f.scalar("alpha"), "alpha_min");
        Fixture.assertClose(f.get("coef"), r.atMin().coef(), 1e-8, 1e-12, name + " coef_");
        Fixture.assertClose(f.scalar("intercept"), r.atMin().intercept(), 1e-8, 1e-12, name + " intercept_");
    }

    @ParameterizedTest
    @ValueSource(strings = {"cv_lasso_diabetes", "cv_enet_diabetes", "cv_lasso_sparse_wide", "cv_enet_sparse_wide"})
    void matchesScikitLearnAtItsDefaultTolerance(String name) {
        Fixture f = Fixture.load(name);
        Dataset data = data(f);
        ElasticNetCV cv = cv(f, ElasticNet.DEFAULT_TOL, ElasticNet.DEFAULT_MAX_ITER);
        ElasticNetCV.Result r = cv.fit(data);
        assertErrorsAgree(foldErrors(f, "default_", f.get("alphas").length, cv.folds()), r.curve(), data,
                cv.split(data), ElasticNet.DEFAULT_TOL, name + " (default tol)");
        assertEquals(f.scalar("default_alpha"), r.curve().alphaMin(), 1e-12 * f.scalar("default_alpha"), "alpha_min");
        Fixture.assertClose(f.get("default_coef"), r.atMin().coef(), 1e-8, 1e-12, name + " coef_");
    }

    @Test
    void matchesGlmnetsMeanStandardErrorAndOneStandardErrorRule() {
        Fixture g = Fixture.load("cv_glmnet_lasso_diabetes");
        Dataset data = data(g);
        double[] lambda = g.get("lambda");
        ElasticNetCV cv = new ElasticNetCV(new ElasticNetPath(1.0, lambda.length, 1e-3, TIGHT_MAX_ITER, TIGHT_TOL),
                (int) g.scalar("folds"));
        CrossValidationCurve curve = cv.fit(data).curve();
        Fixture.assertClose(lambda, curve.alphas(), 1e-12, 0, "the grid glmnet was given");
        double[] cvm = g.get("cvm");
        double[] cvsd = g.get("cvsd");
        double[] mean = curve.mean();
        double[] se = curve.standardError();
        // glmnet stops on coefficient changes (thresh 1e-14 of the null deviance), not on a duality
        // gap; its fits are at least as tight as ours at tol 1e-12 (they agree to ~1e-7 relative), so
        // both statistics get the largest fold allowance at that tol: the mean and the standard error
        // each move by no more than the largest change of a fold error.
        KFold split = cv.split(data);
        for (int a = 0; a < lambda.length; a++) {
            double allowed = 0;
            for (int k = 0; k < cv.folds(); k++) {
                allowed = Math.max(allowed, allowance(curve.foldErrors(k)[a], TIGHT_TOL, trainingSd(data, split, k)));
            }
            assertEquals(cvm[a], mean[a], allowed, "cvm at lambda #" + a);
            assertEquals(cvsd[a], se[a], allowed, "cvsd at lambda #" + a);
        }
        assertEquals((int) g.scalar("index_min"), curve.indexMin(), "lambda.min");
        assertEquals((int) g.scalar("index_1se"), curve.indexOneSe(), "lambda.1se");
        assertEquals(g.scalar("lambda_1se"), curve.alphaOneSe(), 1e-12 * g.scalar("lambda_1se"));
    }

    @Test
    void foldsComputedApartAndInAnyOrderGiveTheSameNumbersBitForBit() {
        Fixture f = Fixture.load("cv_enet_diabetes");
        Dataset data = data(f);
        double[] x0 = data.x().clone();
        ElasticNetCV cv = cv(f, ElasticNet.DEFAULT_TOL, ElasticNet.DEFAULT_MAX_ITER);
        ElasticNetCV.Result whole = cv.fit(data);
        double[] alphas = cv(f, ElasticNet.DEFAULT_TOL, ElasticNet.DEFAULT_MAX_ITER).alphas(data);
        double[][] errors = new double[cv.folds()][];
        for (int k = cv.folds() - 1; k >= 0; k--) {
            errors[k] = cv(f, ElasticNet.DEFAULT_TOL, ElasticNet.DEFAULT_MAX_ITER).foldErrors(data, alphas, k);
        }
        CrossValidationCurve apart = cv.curve(data, alphas, errors);
        assertArrayEquals(whole.curve().mean(), apart.mean(), 0.0);
        assertArrayEquals(whole.curve().standardError(), apart.standardError(), 0.0);
        for (int k = 0; k < cv.folds(); k++) {
            assertArrayEquals(whole.curve().foldErrors(k), apart.foldErrors(k), 0.0);
        }
        assertArrayEquals(whole.atOneSe().coef(), cv.refit(data, apart.alphaOneSe()).coef(), 0.0);
        assertArrayEquals(x0, data.x(), 0.0, "the data is not modified");
    }

    @Test
    void badSettingsAndShapesAreRejectedWithTheValue() {
        Fixture f = Fixture.load("cv_lasso_sparse_wide");
        Dataset data = data(f);
        ElasticNetPath path = new ElasticNetPath(1.0);
        String m = assertThrows(IllegalArgumentException.class, () -> new ElasticNetCV(path, 1)).getMessage();
        assertTrue(m.contains("folds") && m.contains("1"), m);
        m = assertThrows(IllegalArgumentException.class, () -> new ElasticNetCV(path, 61).fit(data)).getMessage();
        assertTrue(m.contains("[2, 60]") && m.contains("61"), m);
        ElasticNetCV cv = new ElasticNetCV(path, 4);
        double[] alphas = cv.alphas(data);
        m = assertThrows(IllegalArgumentException.class, () -> cv.foldErrors(data, alphas, 4)).getMessage();
        assertTrue(m.contains("[0, 4)") && m.contains("4"), m);
        m = assertThrows(IllegalArgumentException.class, () -> cv.foldErrors(data, new double[] {1, 2}, 0)).getMessage();
        assertTrue(m.contains("non-increasing"), m);
        m = assertThrows(IllegalArgumentException.class, () -> cv.curve(data, alphas, new double[3][])).getMessage();
        assertTrue(m.contains("4") && m.contains("3"), m);
        Dataset twoTargets = new Dataset(new double[] {1, 2, 3, 4}, new double[] {1, 2, 3, 4}, 2, 2, 2);
        m = assertThrows(IllegalArgumentException.class, () -> new ElasticNetCV(path, 2).alphas(twoTargets)).getMessage();
        assertTrue(m.contains("expected width 1 but got 2"), m);
    }

    @Test
    void aConstantTargetGivesTheGridOfAConstantAndZeroCoefficients() {
        double[] x = new double[20];
        for (int i = 0; i < x.length; i++) {
            x[i] = i * i % 7;
        }
        double[] y = new double[10];
        java.util.Arrays.fill(y, 3.5);
        ElasticNetCV.Result r = new ElasticNetCV(new ElasticNetPath(1.0, 5, 1e-3, 1000, 1e-4), 5)
                .fit(new Dataset(x, y, 10, 2, 1));
        assertArrayEquals(new double[] {1e-15, 1e-15, 1e-15, 1e-15, 1e-15}, r.curve().alphas(), 0.0,
                "scikit-learn's grid for alpha_max = 0");
        assertArrayEquals(new double[5], r.curve().mean(), 0.0);
        assertArrayEquals(new double[2], r.atMin().coef(), 0.0);
        assertEquals(3.5, r.atOneSe().intercept(), 0.0);
    }
}
