package reglab.cli;

import java.io.PrintStream;
import java.util.Set;
import reglab.core.linear.ElasticNet;
import reglab.core.linear.ElasticNetPath;
import reglab.site.json.JsonObject;

/**
 * {@code ./reglab path}: the warm-started lasso / elastic-net regularization path of a CSV file,
 * as JSON. A thin adapter over {@link ElasticNetPath}.
 */
public final class PathCommand implements Command {

    @Override
    public String name() {
        return "path";
    }

    @Override
    public String summary() {
        return "lasso / elastic-net regularization path of a CSV file (JSON out)";
    }

    @Override
    public String help() {
        return String.join("\n",
                "Usage: ./reglab path --data FILE.csv --target COLUMN [--l1-ratio R] [--n-alphas N] [--eps E]",
                "",
                "Fits 1/(2n)*||y - Xw - b||^2 + alpha*r*||w||_1 + alpha*(1-r)/2*||w||^2 (intercept b unpenalized)",
                "for N values of alpha on a log grid from alpha_max = max|X'y|/(n*r) (X, y centered; all w = 0",
                "there) down to E*alpha_max, each fit warm-started from the previous one, as scikit-learn's",
                "lasso_path / enet_path.",
                "",
                "Options:",
                "  --data FILE     CSV file with a header row; every cell a finite number (required)",
                "  --target COL    the column to predict; all other columns are features (required)",
                "  --l1-ratio R    mixing r in (0, 1]; 1 is the lasso (default " + ElasticNetPath.DEFAULT_L1_RATIO + ")",
                "  --n-alphas N    number of alpha values (default " + ElasticNetPath.DEFAULT_N_ALPHAS + ")",
                "  --eps E         alpha_min / alpha_max, in (0, 1] (default " + ElasticNetPath.DEFAULT_EPS + ")",
                "  --max-iter N    passes per alpha (default " + ElasticNet.DEFAULT_MAX_ITER + ")",
                "  --tol T         duality-gap tolerance relative to ||y - mean(y)||^2 (default " + ElasticNet.DEFAULT_TOL + ")",
                "",
                "Prints JSON: l1_ratio, features, alphas (decreasing), intercepts, and coefs (one row per alpha,",
                "in the CSV's column order, target excluded).",
                "",
                "Example: ./reglab path --data diabetes.csv --target target --n-alphas 50");
    }

    @Override
    public Set<String> valuedOptions() {
        return Set.of("data", "target", "l1-ratio", "n-alphas", "eps", "max-iter", "tol");
    }

    @Override
    public int run(Args args, PrintStream out) throws UserError {
        double ratio = args.getDouble("l1-ratio", ElasticNetPath.DEFAULT_L1_RATIO);
        int nAlphas = args.getInt("n-alphas", ElasticNetPath.DEFAULT_N_ALPHAS, 1, 100_000);
        double eps = args.getDouble("eps", ElasticNetPath.DEFAULT_EPS);
        int maxIter = args.getInt("max-iter", ElasticNet.DEFAULT_MAX_ITER, 1, Integer.MAX_VALUE);
        double tol = args.getDouble("tol", ElasticNet.DEFAULT_TOL);
        ElasticNetPath path;
        try {
            path = new ElasticNetPath(ratio, nAlphas, eps, maxIter, tol);
        } catch (IllegalArgumentException e) {
            throw new UserError("path: " + e.getMessage(), 2);
        }
        TrainingData data = TrainingData.load("path", args.require("data"), args.require("target"));
        ElasticNetPath.Result r = path.fit(data.x, data.rows, data.cols(), data.y);
        double[][] coefs = new double[r.size()][];
        double[] intercepts = new double[r.size()];
        for (int k = 0; k < r.size(); k++) {
            coefs[k] = r.fit(k).coef();
            intercepts[k] = r.fit(k).intercept();
        }
        out.println(new JsonObject().field("l1_ratio", ratio)
                .field("features", data.features)
                .field("alphas", r.alphas())
                .field("intercepts", intercepts)
                .field("coefs", coefs));
        return 0;
    }
}
