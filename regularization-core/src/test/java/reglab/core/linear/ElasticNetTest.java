package reglab.core.linear;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link ElasticNet} against scikit-learn's {@code Lasso} and {@code ElasticNet}. */
class ElasticNetTest {

    private static ElasticNet model(Fixture f, int maxIter, double tol) {
        double ratio = f.has("l1_ratio") ? f.scalar("l1_ratio") : 1.0;
        return new ElasticNet(f.scalar("alpha"), ratio, maxIter, tol);
    }

    @ParameterizedTest
    @ValueSource(strings = {"lasso_diabetes", "enet_diabetes", "lasso_constant", "enet_constant", "lasso_duplicate",
            "enet_duplicate", "lasso_wide", "enet_wide"})
    void tightFitMatchesScikitLearn(String name) {
        Fixture f = Fixture.load(name);
        double[] x0 = f.x.clone();
        double[] y0 = f.y.clone();
        LinearFit fit = model(f, 1_000_000, 1e-12).fit(f.x, f.n, f.p, f.y);
        Fixture.assertClose(f.get("coef"), fit.coef(), 1e-8, 1e-12, name + " coef");
        Fixture.assertClose(f.scalar("intercept"), fit.intercept(), 1e-8, 1e-12, name + " intercept");
        assertArrayEquals(x0, f.x, 0.0, "X must not be modified");
        assertArrayEquals(y0, f.y, 0.0, "y must not be modified");
        assertArrayEquals(fit.coef(), model(f, 1_000_000, 1e-12).fit(f.x, f.n, f.p, f.y).coef(), 0.0, "repeatable");
    }

    /** Same stopping rule as scikit-learn: at the default tol, same pass count and nearly the same w. */
    @ParameterizedTest
    @ValueSource(strings = {"lasso_diabetes", "enet_diabetes", "lasso_constant", "enet_duplicate"})
    void defaultToleranceStopsWhereScikitLearnStops(String name) {
        Fixture f = Fixture.load(name);
        LinearFit fit = model(f, ElasticNet.DEFAULT_MAX_ITER, ElasticNet.DEFAULT_TOL).fit(f.x, f.n, f.p, f.y);
        assertEquals((int) f.scalar("default_n_iter"), fit.iterations(), name + " passes");
        Fixture.assertClose(f.get("default_coef"), fit.coef(), 1e-8, 1e-12, name + " coef at default tol");
    }

    @Test
    void objectiveMatchesADirectEvaluation() {
        Fixture f = Fixture.load("enet_diabetes");
        double alpha = f.scalar("alpha");
        double rho = f.scalar("l1_ratio");
        LinearFit fit = new ElasticNet(alpha, rho).fit(f.x, f.n, f.p, f.y);
        double[] pred = fit.predict(f.x, f.n);
        double rss = 0;
        for (int i = 0; i < f.n; i++) {
            rss += (f.y[i] - pred[i]) * (f.y[i] - pred[i]);
        }
        double l1 = 0;
        double l2 = 0;
        for (double w : fit.coef()) {
            l1 += Math.abs(w);
            l2 += w * w;
        }
        double expected = rss / (2.0 * f.n) + alpha * rho * l1 + 0.5 * alpha * (1 - rho) * l2;
        assertEquals(expected, fit.objective(), 1e-10 * expected);
    }

    @Test
    void rejectsBadHyperparametersWithTheValueAndRange() {
        String m = assertThrows(IllegalArgumentException.class, () -> new ElasticNet(-0.5, 0.5)).getMessage();
        assertTrue(m.contains("alpha") && m.contains("-0.5") && m.contains(">= 0"), m);
        m = assertThrows(IllegalArgumentException.class, () -> new ElasticNet(1, 1.5)).getMessage();
        assertTrue(m.contains("l1_ratio") && m.contains("1.5") && m.contains("[0, 1]"), m);
        m = assertThrows(IllegalArgumentException.class, () -> new ElasticNet(1, Double.NaN)).getMessage();
        assertTrue(m.contains("NaN"), m);
        m = assertThrows(IllegalArgumentException.class, () -> ElasticNet.lasso(Double.NaN)).getMessage();
        assertTrue(m.contains("alpha") && m.contains("NaN"), m);
        m = assertThrows(IllegalArgumentException.class, () -> new ElasticNet(1, 0.5, 0, 1e-4)).getMessage();
        assertTrue(m.contains("max_iter"), m);
    }

    @Test
    void rejectsNonFiniteData() {
        double[] x = {1, 2, Double.NaN, 4};
        String m = assertThrows(IllegalArgumentException.class, () -> ElasticNet.lasso(1).fit(x, 2, 2, new double[] {1, 2}))
                .getMessage();
        assertTrue(m.contains("X[1, 0]") && m.contains("NaN"), m);
    }
}
