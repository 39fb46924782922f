package reglab.applet.experiment.sparsity;

import reglab.applet.run.ResultJson;
import reglab.applet.run.Run;
import reglab.applet.settings.Config;
import reglab.core.data.SparseRegression;
import reglab.core.linear.ElasticNet;
import reglab.core.linear.ElasticNetPath;
import reglab.core.linear.LinearFit;
import reglab.core.linear.PenalizedGradientDescent;
import reglab.core.linear.Ridge;
import reglab.core.math.PortableMath;
import reglab.core.random.Rng;

/**
 * Sparsity, L1 against L2: sparse regression with known coefficients; the lasso path; lasso,
 * ridge and elastic-net fits at the chosen λ; and the document's sign-rule L1 update against the
 * proximal step, both run by gradient descent. One objective scale throughout, scikit-learn's
 * {@code 1/(2n)·||y − Xw − b||² + λ·(ρ·||w||₁ + (1 − ρ)/2·||w||²)}: the lasso is ρ = 1, ridge
 * ρ = 0 (fitted as elastic net with ρ = 0 so λ means the same thing), elastic net the chosen ρ.
 *
 * <p>Work units, each bounded so no browser task grows long: one lasso fit per point of the path
 * (λ on the log grid scikit-learn's {@code lasso_path} uses, from the smallest λ giving all zeros
 * down to {@link ElasticNetPath#DEFAULT_EPS} times it), the three fits at λ (ridge in closed form
 * with scikit-learn's {@code Ridge(alpha = n·λ)}, the same objective scaled by 2n), then gradient
 * descent in chunks of about {@link #GD_WORK} multiply-adds up to {@link #GD_STEPS} steps.
 * {@link #setLambda} redoes only the fits and the descent, not the data or the path.
 */
public final class SparsityRun implements Run {

    /** λ values on the path (log grid from the smallest λ with all coefficients 0). */
    public static final int PATH_POINTS = 40;
    /** Gradient-descent steps for the sign-rule/proximal comparison. */
    public static final int GD_STEPS = 3000;
    /** Multiply-adds per descent chunk (one chunk is one unit of work). */
    public static final int GD_WORK = 400_000;

    private final SparseRegression problem;
    private final double[] x;
    private final double[] y;
    private final int n;
    private final int p;
    private double lambda;
    private double l1Ratio;
    private final double[] pathLambdas = new double[PATH_POINTS];
    private final double[][] pathCoef = new double[PATH_POINTS][];
    private final int gdChunk;
    private int pathDone;
    private LinearFit lasso;
    private LinearFit ridge;
    private LinearFit enet;
    private PenalizedGradientDescent sign;
    private PenalizedGradientDescent proximal;
    private long samples;

    public SparsityRun(Config config) {
        n = config.integer("samples");
        p = config.integer("features");
        problem = SparseRegression.generate(n, p, config.integer("informative"),
                config.number("noise"), new Rng(config.integer("seed")));
        x = problem.data().x();
        y = problem.data().y();
        lambda = config.number("lambda");
        l1Ratio = config.number("l1Ratio");
        gdChunk = Math.max(1, GD_WORK / (2 * n * p));
        double top = smallestAllZeroLambda(x, y, n, p);
        for (int k = 0; k < PATH_POINTS; k++) {
            pathLambdas[k] = top * PortableMath.exp(k / (PATH_POINTS - 1.0)
                    * PortableMath.log(ElasticNetPath.DEFAULT_EPS));
        }
    }

    /** {@code max_j |x̃_jᵀỹ| / n} on centred data: the lasso's smallest all-zero λ. */
    private static double smallestAllZeroLambda(double[] x, double[] y, int n, int p) {
        double my = 0;
        for (int i = 0; i < n; i++) {
            my += y[i];
        }
        my /= n;
        double best = 0;
        for (int j = 0; j < p; j++) {
            double mx = 0;
            for (int i = 0; i < n; i++) {
                mx += x[i * p + j];
            }
            mx /= n;
            double dot = 0;
            for (int i = 0; i < n; i++) {
                dot += (x[i * p + j] - mx) * (y[i] - my);
            }
            best = Math.max(best, Math.abs(dot) / n);
        }
        return best > 0 ? best : 1;
    }

    /** Changes λ and ρ; the next {@link #advance} calls refit and rerun gradient descent. */
    public void setLambda(double newLambda, double newL1Ratio) {
        lambda = newLambda;
        l1Ratio = newL1Ratio;
        lasso = null;
        ridge = null;
        enet = null;
        sign = null;
        proximal = null;
    }

    @Override
    public boolean advance() {
        if (pathDone < PATH_POINTS) {
            pathCoef[pathDone] = ElasticNet.lasso(pathLambdas[pathDone]).fit(x, n, p, y).coef();
            pathDone++;
            samples += n;
            return true;
        }
        if (lasso == null) {
            lasso = ElasticNet.lasso(lambda).fit(x, n, p, y);
            ridge = new Ridge(n * lambda).fit(x, n, p, y);
            enet = new ElasticNet(lambda, l1Ratio).fit(x, n, p, y);
            samples += 3L * n;
            double rate = PenalizedGradientDescent.safeLearningRate(x, n, p);
            sign = new PenalizedGradientDescent(x, n, p, y, PenalizedGradientDescent.Rule.L1_SIGN,
                    rate, lambda);
            proximal = new PenalizedGradientDescent(x, n, p, y,
                    PenalizedGradientDescent.Rule.L1_PROXIMAL, rate, lambda);
            return true;
        }
        if (sign.stepsTaken() < GD_STEPS) {
            int k = Math.min(gdChunk, GD_STEPS - sign.stepsTaken());
            sign.steps(k);
            proximal.steps(k);
            samples += 2L * k * n;
            return sign.stepsTaken() < GD_STEPS;
        }
        return false;
    }

    @Override
    public boolean finished() {
        return sign != null && sign.stepsTaken() >= GD_STEPS;
    }

    public double lambda() {
        return lambda;
    }

    public double l1Ratio() {
        return l1Ratio;
    }

    public int features() {
        return p;
    }

    public double[] truth() {
        return problem.trueCoefficients();
    }

    /** Points of the lasso path computed so far (they fill in from the largest λ). */
    public int pathSize() {
        return pathDone;
    }

    /** λ of path point k (decreasing in k). */
    public double pathLambda(int k) {
        return pathLambdas[k];
    }

    /** Lasso coefficients at path point k (live; do not modify). */
    public double[] pathCoef(int k) {
        return pathCoef[k];
    }

    /** The fits at λ, or null while they are pending. */
    public LinearFit lasso() {
        return lasso;
    }

    public LinearFit ridge() {
        return ridge;
    }

    public LinearFit elasticNet() {
        return enet;
    }

    /** The document's sign-rule gradient descent, or null while pending. */
    public PenalizedGradientDescent signRule() {
        return sign;
    }

    public PenalizedGradientDescent proximal() {
        return proximal;
    }

    public static int zeros(double[] w) {
        int z = 0;
        for (double v : w) {
            if (v == 0.0) {
                z++;
            }
        }
        return z;
    }

    @Override
    public long samples() {
        return samples;
    }

    @Override
    public String resultJson() {
        ResultJson json = ResultJson.of(SparsityExperiment.NAME);
        json.put("lambda", lambda);
        json.put("l1_ratio", l1Ratio);
        double[] truth = truth();
        json.put("truth", truth, truth.length);
        json.put("true_zeros", zeros(truth));
        if (lasso != null) {
            json.put("lasso", lasso.coef(), p);
            json.put("ridge", ridge.coef(), p);
            json.put("elastic_net", enet.coef(), p);
            json.put("lasso_zeros", zeros(lasso.coef()));
            json.put("ridge_zeros", zeros(ridge.coef()));
            json.put("elastic_net_zeros", zeros(enet.coef()));
        }
        if (sign != null) {
            json.put("gd_steps", sign.stepsTaken());
            json.put("sign_rule", sign.theta(), p);
            json.put("proximal", proximal.theta(), p);
            json.put("sign_rule_zeros", sign.exactZeros());
            json.put("proximal_zeros", proximal.exactZeros());
        }
        json.put("path_lambdas", pathLambdas, pathDone);
        return json.end().toString();
    }
}
