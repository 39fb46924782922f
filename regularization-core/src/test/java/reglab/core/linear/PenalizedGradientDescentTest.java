package reglab.core.linear;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import reglab.core.random.Rng;

/**
 * The document's update rules: one step checked by hand, and the limits checked against
 * scikit-learn's lasso (fixture) and against the closed-form ridge.
 */
class PenalizedGradientDescentTest {

    @Test
    void oneStepFollowsTheWrittenFormulas() {
        // X = [[1, 2], [3, 4]], y = [1, 2], θ = 0, b = 0: residual = −y, ∂J/∂θ = Xᵀ(−y)/2 = (−3.5, −5).
        double[] x = {1, 2, 3, 4};
        double[] y = {1, 2};
        PenalizedGradientDescent l2 = new PenalizedGradientDescent(x, 2, 2, y, PenalizedGradientDescent.Rule.L2, 0.1, 0.5);
        l2.step();
        assertArrayEquals(new double[] {0.35, 0.5}, l2.theta(), 1e-15);
        assertEquals(0.15, l2.intercept(), 1e-15);
        l2.step(); // θ = (0.35, 0.5), b = 0.15: residual = (1.5 − 1, 3.2 − 2) = (0.5, 1.2)
        // ∂J/∂θ = ((0.5 + 3.6)/2, (1 + 4.8)/2) = (2.05, 2.9); θ − 0.1·(g + 2·0.5·θ)
        assertArrayEquals(new double[] {0.35 - 0.1 * (2.05 + 0.35), 0.5 - 0.1 * (2.9 + 0.5)}, l2.theta(), 1e-15);

        PenalizedGradientDescent sign = new PenalizedGradientDescent(x, 2, 2, y, PenalizedGradientDescent.Rule.L1_SIGN, 0.1, 0.5);
        sign.step(); // sign(0) = 0: the first step is the plain gradient step
        assertArrayEquals(new double[] {0.35, 0.5}, sign.theta(), 1e-15);
        sign.step();
        assertArrayEquals(new double[] {0.35 - 0.1 * (2.05 + 0.5), 0.5 - 0.1 * (2.9 + 0.5)}, sign.theta(), 1e-15);

        PenalizedGradientDescent prox = new PenalizedGradientDescent(x, 2, 2, y, PenalizedGradientDescent.Rule.L1_PROXIMAL, 0.1, 4);
        prox.step(); // S(0.35, 0.4) = 0, S(0.5, 0.4) = 0.1
        assertArrayEquals(new double[] {0.0, 0.1}, prox.theta(), 1e-15);
        assertEquals(1, prox.exactZeros());
    }

    @Test
    void proximalStepReachesExactZerosAndTheLassoWhileTheSignRuleDoesNot() {
        Fixture f = Fixture.load("lasso_constant");
        double lambda = f.scalar("alpha");
        double[] lasso = f.get("coef");
        int zeros = 0;
        for (double w : lasso) {
            zeros += w == 0 ? 1 : 0;
        }
        assertTrue(zeros >= 2, "the fixture should have exact zeros");
        double rate = PenalizedGradientDescent.safeLearningRate(f.x, f.n, f.p);
        PenalizedGradientDescent prox = new PenalizedGradientDescent(f.x, f.n, f.p, f.y,
                PenalizedGradientDescent.Rule.L1_PROXIMAL, rate, lambda);
        PenalizedGradientDescent sign = new PenalizedGradientDescent(f.x, f.n, f.p, f.y,
                PenalizedGradientDescent.Rule.L1_SIGN, rate, lambda);
        prox.steps(200_000);
        sign.steps(200_000);
        Fixture.assertClose(lasso, prox.theta(), 1e-6, 1e-12, "proximal gradient limit vs scikit-learn Lasso");
        assertEquals(zeros, prox.exactZeros(), "proximal step: exact zeros where the lasso has them");
        assertEquals(0, sign.exactZeros(), "sign rule: no coefficient is exactly zero");
        double[] s = sign.theta();
        for (int j = 0; j < f.p; j++) {
            if (lasso[j] == 0) {
                assertTrue(Math.abs(s[j]) <= rate * lambda * 2, "sign rule hovers near zero at coefficient " + j);
            }
        }
        assertTrue(prox.objective() <= sign.objective() + 1e-12, "proximal reaches the lower lasso objective");
    }

    @Test
    void l2RuleConvergesToRidgeWithAlphaTwoNLambda() {
        Rng rng = new Rng(7);
        int n = 40;
        int p = 3;
        double[] x = new double[n * p];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                x[i * p + j] = rng.nextGaussian();
            }
            y[i] = 1 + 2 * x[i * p] - x[i * p + 1] + 0.1 * rng.nextGaussian();
        }
        double lambda = 0.05;
        PenalizedGradientDescent gd = new PenalizedGradientDescent(x, n, p, y, PenalizedGradientDescent.Rule.L2,
                PenalizedGradientDescent.safeLearningRate(x, n, p), lambda);
        gd.steps(20_000);
        // Closed form of min 1/(2n)||y − Xθ − b||² + λ||θ||² by naive normal equations on centered data.
        LinearFit ridge = new Ridge(2 * n * lambda).fit(x, n, p, y);
        Fixture.assertClose(ridge.coef(), gd.theta(), 1e-9, 1e-12, "L2 rule limit");
        assertEquals(ridge.intercept(), gd.intercept(), 1e-9);
    }

    @Test
    void rejectsBadSettings() {
        double[] x = {1, 2};
        double[] y = {1, 2};
        String m = assertThrows(IllegalArgumentException.class, () -> new PenalizedGradientDescent(x, 2, 1, y,
                PenalizedGradientDescent.Rule.L2, 0, 1)).getMessage();
        assertTrue(m.contains("learning rate") && m.contains("> 0"), m);
        m = assertThrows(IllegalArgumentException.class, () -> new PenalizedGradientDescent(x, 2, 1, y,
                PenalizedGradientDescent.Rule.L2, 0.1, -2)).getMessage();
        assertTrue(m.contains("lambda") && m.contains("got -2"), m);
    }
}
