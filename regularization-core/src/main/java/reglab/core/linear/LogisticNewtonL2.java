package reglab.core.linear;

import reglab.core.math.ShortestDecimal;

/**
 * Newton's method with a backtracking (Armijo) line search for L2-penalized logistic regression,
 * {@code C·Σ log-loss + ½||w||²} with the intercept unpenalized (Nocedal &amp; Wright, <i>Numerical
 * Optimization</i>, 2nd ed., Alg. 3.1 with Newton directions). The Hessian
 * {@code C·X̃ᵀ·diag(σ(1−σ))·X̃ + diag(1,…,1,0)} (X̃ = [X, 1]) is positive definite, so each step
 * is a Cholesky solve; convergence is quadratic, which is what lets the result agree with
 * scikit-learn's {@code newton-cholesky}/{@code lbfgs} optimum to 1e-8.
 *
 * <p>Stops when {@code max|∇F| ≤ tol·max(1, max|∇F(0)|)} or after {@code maxIter} steps.
 * All buffers are allocated before the loop.
 */
final class LogisticNewtonL2 {

    private LogisticNewtonL2() {
    }

    /** Minimizes from w = 0, b = 0; writes w into {@code w} and returns {b, objective, steps}. */
    static double[] solve(LogisticLoss f, double[] w, int maxIter, double tol) {
        int n = f.n;
        int p = f.p;
        int k = p + 1;
        double[] h = new double[k * k];
        double[] g = new double[k];
        double[] step = new double[k];
        double[] u = new double[n];
        double[] scratch = new double[n];
        double b = 0;
        java.util.Arrays.fill(w, 0);
        f.linear(w, b, f.z);
        double objective = f.loss(f.z);
        double g0 = -1;
        int it = 0;
        for (; it < maxIter; it++) {
            f.refresh();
            g[p] = f.gradient(g);
            double gMax = Math.abs(g[p]);
            for (int j = 0; j < p; j++) {
                g[j] += w[j];
                gMax = Math.max(gMax, Math.abs(g[j]));
            }
            if (g0 < 0) {
                g0 = gMax;
            }
            if (gMax <= tol * Math.max(1, g0)) {
                break;
            }
            hessian(f, h);
            if (!Cholesky.factor(h, k)) {
                throw new ArithmeticException("logistic Hessian is not positive definite (C = " + ShortestDecimal.text(f.c)
                        + "); the data may be degenerate beyond what an L2 penalty can fix");
            }
            for (int j = 0; j < k; j++) {
                step[j] = -g[j];
            }
            Cholesky.solve(h, k, step);
            f.linear(step, step[p], u);
            double slope = 0;
            double ww = 0;
            double ws = 0;
            double ss = 0;
            for (int j = 0; j < p; j++) {
                slope += g[j] * step[j];
                ww += w[j] * w[j];
                ws += w[j] * step[j];
                ss += step[j] * step[j];
            }
            slope += g[p] * step[p];
            double t = 1;
            double trial = Double.NaN;
            boolean accepted = false;
            for (int halvings = 0; halvings < 60 && !accepted; halvings++) {
                trial = f.lossAlong(u, t, scratch) + 0.5 * (ww + 2 * t * ws + t * t * ss);
                accepted = trial <= objective + 1e-4 * t * slope;
                if (!accepted) {
                    t *= 0.5;
                }
            }
            if (!accepted) {
                break; // no decrease is representable any more: at the optimum up to rounding
            }
            for (int j = 0; j < p; j++) {
                w[j] += t * step[j];
            }
            b += t * step[p];
            for (int i = 0; i < n; i++) {
                f.z[i] += t * u[i];
            }
            objective = trial;
        }
        return new double[] {b, objective, it};
    }

    /** The Hessian of C·Σ log-loss + ½||w||² in (w, b), row-major (p+1)², lower triangle. */
    private static void hessian(LogisticLoss f, double[] h) {
        int n = f.n;
        int p = f.p;
        int k = p + 1;
        for (int j = 0; j < p; j++) {
            int oj = j * n;
            for (int m = 0; m <= j; m++) {
                int om = m * n;
                double s = 0;
                for (int i = 0; i < n; i++) {
                    s += f.xc[oj + i] * f.weight[i] * f.xc[om + i];
                }
                h[j * k + m] = f.c * s;
            }
            h[j * k + j] += 1;
        }
        double sb = 0;
        for (int m = 0; m < p; m++) {
            int om = m * n;
            double s = 0;
            for (int i = 0; i < n; i++) {
                s += f.weight[i] * f.xc[om + i];
            }
            h[p * k + m] = f.c * s;
        }
        for (int i = 0; i < n; i++) {
            sb += f.weight[i];
        }
        h[p * k + p] = f.c * sb;
    }
}
