package reglab.core.linear;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link LogisticRegression} against scikit-learn ({@code newton-cholesky} for L2, {@code saga}
 * for L1, both at tol 1e-14; the fixture script checks their KKT conditions).
 */
class LogisticRegressionTest {

    @ParameterizedTest
    @ValueSource(strings = {"logistic_l2_cancer", "logistic_l1_cancer", "logistic_l2_cancer_degenerate",
            "logistic_l2_cancer_wide", "logistic_l1_cancer_wide"})
    void matchesScikitLearn(String name) {
        Fixture f = Fixture.load(name);
        LogisticRegression.Penalty penalty = name.contains("_l1_") ? LogisticRegression.Penalty.L1 : LogisticRegression.Penalty.L2;
        double[] x0 = f.x.clone();
        double[] y0 = f.y.clone();
        LinearFit fit = new LogisticRegression(penalty, f.scalar("C")).fit(f.x, f.n, f.p, f.y);
        Fixture.assertClose(f.get("coef"), fit.coef(), 1e-8, 1e-12, name + " coef");
        Fixture.assertClose(f.scalar("intercept"), fit.intercept(), 1e-8, 1e-3, name + " intercept");
        assertArrayEquals(x0, f.x, 0.0, "X must not be modified");
        assertArrayEquals(y0, f.y, 0.0, "y must not be modified");
        assertArrayEquals(fit.coef(), new LogisticRegression(penalty, f.scalar("C")).fit(f.x, f.n, f.p, f.y).coef(), 0.0,
                "repeatable");
        assertEquals(objective(f, fit, penalty), fit.objective(), 1e-10 * fit.objective(), "objective");
    }

    /** Naive evaluation of scikit-learn's objective with labels ±1. */
    private static double objective(Fixture f, LinearFit fit, LogisticRegression.Penalty penalty) {
        double[] z = fit.predict(f.x, f.n);
        double s = 0;
        for (int i = 0; i < f.n; i++) {
            double sign = 2 * f.y[i] - 1;
            s += Math.log(1 + Math.exp(-sign * z[i]));
        }
        double pen = 0;
        for (double w : fit.coef()) {
            pen += penalty == LogisticRegression.Penalty.L2 ? 0.5 * w * w : Math.abs(w);
        }
        return f.scalar("C") * s + pen;
    }

    @Test
    void l1GivesExactZeros() {
        Fixture f = Fixture.load("logistic_l1_cancer");
        LinearFit fit = new LogisticRegression(LogisticRegression.Penalty.L1, f.scalar("C")).fit(f.x, f.n, f.p, f.y);
        double[] expected = f.get("coef");
        for (int j = 0; j < f.p; j++) {
            if (expected[j] == 0) {
                assertEquals(0.0, fit.coef(j), 0.0, "coefficient " + j + " should be exactly zero");
            }
        }
    }

    @Test
    void rejectsBadCAndLabels() {
        String m = assertThrows(IllegalArgumentException.class,
                () -> new LogisticRegression(LogisticRegression.Penalty.L2, 0)).getMessage();
        assertTrue(m.contains("C") && m.contains("got 0") && m.contains("> 0"), m);
        m = assertThrows(IllegalArgumentException.class,
                () -> new LogisticRegression(LogisticRegression.Penalty.L1, Double.NaN)).getMessage();
        assertTrue(m.contains("NaN"), m);
        LogisticRegression lr = new LogisticRegression(LogisticRegression.Penalty.L2, 1);
        m = assertThrows(IllegalArgumentException.class, () -> lr.fit(new double[] {1, 2, 3}, 3, 1, new double[] {0, 2, 1}))
                .getMessage();
        assertTrue(m.contains("y[1]") && m.contains("0 or 1"), m);
        m = assertThrows(IllegalArgumentException.class, () -> lr.fit(new double[] {1, 2, 3}, 3, 1, new double[] {1, 1, 1}))
                .getMessage();
        assertTrue(m.contains("both"), m);
    }
}
