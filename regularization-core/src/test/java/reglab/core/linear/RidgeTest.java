package reglab.core.linear;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** {@link Ridge} against scikit-learn's {@code Ridge} (fixtures from make_linear_fixtures.py). */
class RidgeTest {

    @ParameterizedTest
    @ValueSource(strings = {"ridge_diabetes", "ridge_constant", "ridge_duplicate", "ridge_wide"})
    void matchesScikitLearn(String name) {
        Fixture f = Fixture.load(name);
        double[] x0 = f.x.clone();
        double[] y0 = f.y.clone();
        LinearFit fit = new Ridge(f.scalar("alpha")).fit(f.x, f.n, f.p, f.y);
        Fixture.assertClose(f.get("coef"), fit.coef(), 1e-8, 1e-12, name + " coef");
        Fixture.assertClose(f.scalar("intercept"), fit.intercept(), 1e-8, 1e-12, name + " intercept");
        assertArrayEquals(x0, f.x, 0.0, "X must not be modified");
        assertArrayEquals(y0, f.y, 0.0, "y must not be modified");
        LinearFit again = new Ridge(f.scalar("alpha")).fit(f.x, f.n, f.p, f.y);
        assertArrayEquals(fit.coef(), again.coef(), 0.0, "repeated fits must agree exactly");
    }

    @Test
    void objectiveIsTheRidgeObjectiveAtTheFit() {
        Fixture f = Fixture.load("ridge_duplicate");
        double alpha = f.scalar("alpha");
        LinearFit fit = new Ridge(alpha).fit(f.x, f.n, f.p, f.y);
        double[] pred = fit.predict(f.x, f.n);
        double expected = 0;
        for (int i = 0; i < f.n; i++) {
            expected += (f.y[i] - pred[i]) * (f.y[i] - pred[i]);
        }
        for (double w : fit.coef()) {
            expected += alpha * w * w;
        }
        assertEquals(expected, fit.objective(), 1e-9 * expected);
        assertEquals(fit.coef(0), fit.coef(5), 1e-9 * Math.abs(fit.coef(0)), "duplicated columns share the weight");
    }

    @Test
    void rejectsBadAlphaAndShapes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Ridge(-1));
        assertTrue(e.getMessage().contains("got -1") && e.getMessage().contains(">= 0"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Ridge(Double.NaN));
        e = assertThrows(IllegalArgumentException.class, () -> new Ridge(1).fit(new double[6], 3, 2, new double[4]));
        assertTrue(e.getMessage().contains("(3, 2)") && e.getMessage().contains("(4)"), e.getMessage());
    }

    @Test
    void singularSystemWithoutPenaltyIsReported() {
        double[] x = {1, 1, 2, 2, 3, 3};
        ArithmeticException e = assertThrows(ArithmeticException.class, () -> new Ridge(0).fit(x, 3, 2, new double[] {1, 2, 4}));
        assertTrue(e.getMessage().contains("alpha > 0"), e.getMessage());
    }
}
