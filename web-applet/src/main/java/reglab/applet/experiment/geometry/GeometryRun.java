package reglab.applet.experiment.geometry;

import reglab.applet.run.ResultJson;
import reglab.applet.run.Run;
import reglab.applet.settings.Config;
import reglab.core.math.PortableMath;

/**
 * Two weights and a quadratic loss {@code L(w) = ½(w − w*)ᵀH(w − w*)} with
 * {@code H = [[1, ρ], [ρ, 1]]} (ρ the features' correlation, w* the unpenalized optimum), and the
 * penalized solution {@code argmin L(w) + λ·P(w)} for {@code P = ||w||₁} (L1) or {@code ½||w||²}
 * (L2). By Lagrange duality it is also the solution constrained to the diamond
 * {@code ||w||₁ ≤ ||ŵ||₁} or the circle {@code ||w||₂ ≤ ||ŵ||₂} (Tibshirani 1996, Fig. 2). L2 is
 * solved in closed form, {@code (H + λI)ŵ = Hw*}; L1 by exact coordinate minimization, which
 * converges for |ρ| &lt; 1 (Friedman et al. 2007). The path over λ is computed too.
 */
public final class GeometryRun implements Run {

    /** λ values on the path: a log grid over the setting's range. */
    public static final int PATH_POINTS = 80;
    public static final double PATH_MIN = 0.001;
    public static final double PATH_MAX = 20;
    private static final int SWEEPS = 500;

    private final boolean l1;
    private final double rho;
    private final double w1Star;
    private final double w2Star;
    private final double lambda;
    private final double[] pathLambda = new double[PATH_POINTS];
    private final double[] pathW1 = new double[PATH_POINTS];
    private final double[] pathW2 = new double[PATH_POINTS];
    private double[] solution;
    private boolean done;

    public GeometryRun(Config config) {
        l1 = config.get("penalty").equals("l1");
        rho = config.number("correlation");
        w1Star = config.number("w1");
        w2Star = config.number("w2");
        lambda = config.number("lambda");
    }

    @Override
    public boolean advance() {
        if (done) {
            return false;
        }
        solution = solve(lambda);
        for (int k = 0; k < PATH_POINTS; k++) {
            pathLambda[k] = PATH_MIN * PortableMath.exp(k / (PATH_POINTS - 1.0)
                    * PortableMath.log(PATH_MAX / PATH_MIN));
            double[] w = solve(pathLambda[k]);
            pathW1[k] = w[0];
            pathW2[k] = w[1];
        }
        done = true;
        return false;
    }

    /** The penalized solution at {@code lam}. */
    public double[] solve(double lam) {
        if (!l1) {
            // (H + λI) w = H w*, a 2×2 system
            double a = 1 + lam;
            double b = rho;
            double r1 = w1Star + rho * w2Star;
            double r2 = rho * w1Star + w2Star;
            double det = a * a - b * b;
            return new double[] {(a * r1 - b * r2) / det, (a * r2 - b * r1) / det};
        }
        double a = w1Star;
        double b = w2Star;
        for (int s = 0; s < SWEEPS; s++) {
            a = soft(w1Star - rho * (b - w2Star), lam);
            b = soft(w2Star - rho * (a - w1Star), lam);
        }
        return new double[] {a, b};
    }

    private static double soft(double v, double t) {
        double m = Math.abs(v) - t;
        return m > 0 ? Math.copySign(m, v) : 0;
    }

    /** The loss at (a, b). */
    public double loss(double a, double b) {
        double d1 = a - w1Star;
        double d2 = b - w2Star;
        return 0.5 * (d1 * d1 + 2 * rho * d1 * d2 + d2 * d2);
    }

    public boolean l1() {
        return l1;
    }

    public double rho() {
        return rho;
    }

    public double w1Star() {
        return w1Star;
    }

    public double w2Star() {
        return w2Star;
    }

    public double lambda() {
        return lambda;
    }

    /** ŵ, or null before the single unit of work. */
    public double[] solution() {
        return solution;
    }

    public double[] pathW1() {
        return pathW1;
    }

    public double[] pathW2() {
        return pathW2;
    }

    @Override
    public boolean finished() {
        return done;
    }

    @Override
    public long samples() {
        return 0;
    }

    @Override
    public String resultJson() {
        ResultJson json = ResultJson.of(GeometryExperiment.NAME);
        json.put("penalty", l1 ? "l1" : "l2");
        json.put("lambda", lambda);
        if (solution != null) {
            json.put("w", solution, 2);
            json.put("exact_zeros", (solution[0] == 0 ? 1 : 0) + (solution[1] == 0 ? 1 : 0));
            json.put("path_lambda", pathLambda, PATH_POINTS);
            json.put("path_w1", pathW1, PATH_POINTS);
            json.put("path_w2", pathW2, PATH_POINTS);
        }
        return json.end().toString();
    }
}
