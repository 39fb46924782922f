package reglab.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import reglab.core.data.Dataset;
import reglab.core.linear.ElasticNet;
import reglab.core.linear.ElasticNetPath;
import reglab.core.linear.LinearFit;
import reglab.core.tuning.CrossValidationCurve;
import reglab.core.tuning.ElasticNetCV;
import reglab.site.json.JsonObject;

/**
 * {@code ./reglab cv}: k-fold cross-validation along the lasso / elastic-net path of a CSV file, as
 * JSON. A thin adapter over {@link ElasticNetCV}; the folds and the two refits are independent, so
 * they run on a thread pool of one thread per processor, and the result is the same, bit for bit,
 * as {@link ElasticNetCV#fit} computing them in order.
 */
public final class CvCommand implements Command {

    @Override
    public String name() {
        return "cv";
    }

    @Override
    public String summary() {
        return "k-fold cross-validation along the lasso / elastic-net path of a CSV file (JSON out)";
    }

    @Override
    public String help() {
        return String.join("\n",
                "Usage: ./reglab cv --model lasso|elasticnet --data FILE.csv --target COLUMN [options]",
                "",
                "Cross-validates 1/(2n)*||y - Xw - b||^2 + alpha*r*||w||_1 + alpha*(1-r)/2*||w||^2 (intercept b",
                "unpenalized) along a path of alpha values, as scikit-learn's LassoCV / ElasticNetCV with",
                "cv=KFold(K): the grid comes from all rows (N values from alpha_max = max|X'y|/(n*r), X and y",
                "centered, down to E*alpha_max); the folds are K blocks of consecutive rows (the first n mod K",
                "one row longer), no shuffling; each fold fits the path on the other rows and scores the mean",
                "squared error on its own. Mean and standard error per alpha, alpha_min and alpha_1se (the",
                "largest alpha whose mean is within one standard error of the minimum) follow R glmnet's",
                "cv.glmnet, folds weighted by their rows. The model is then refitted on all rows at both.",
                "",
                "Options:",
                "  --model M       lasso or elasticnet (required)",
                "  --data FILE     CSV file with a header row; every cell a finite number (required)",
                "  --target COL    the column to predict; all other columns are features (required)",
                "  --folds K       number of folds, from 2 to the number of rows (default " + ElasticNetCV.DEFAULT_FOLDS + ")",
                "  --l1-ratio R    elasticnet mixing r in (0, 1] (default " + ElasticNet.DEFAULT_L1_RATIO + "); lasso is r = 1",
                "  --n-alphas N    number of alpha values (default " + ElasticNetPath.DEFAULT_N_ALPHAS + ")",
                "  --eps E         alpha_min / alpha_max of the grid, in (0, 1] (default " + ElasticNetPath.DEFAULT_EPS + ")",
                "  --max-iter N    passes per alpha (default " + ElasticNet.DEFAULT_MAX_ITER + ")",
                "  --tol T         duality-gap tolerance relative to ||y - mean(y)||^2 (default " + ElasticNet.DEFAULT_TOL + ")",
                "",
                "Prints JSON: model, l1_ratio, folds, rows, features; alphas (decreasing); mse_mean and mse_se",
                "(one per alpha); mse_path (one row per alpha, one column per fold: scikit-learn's mse_path_);",
                "alpha_min, index_min, alpha_1se, index_1se; coef_min, intercept_min, coef_1se, intercept_1se",
                "(refitted on all rows; coefficients in the CSV's column order, target excluded).",
                "",
                "Example: ./reglab cv --model lasso --data diabetes.csv --target target --folds 10");
    }

    @Override
    public Set<String> valuedOptions() {
        return Set.of("model", "data", "target", "folds", "l1-ratio", "n-alphas", "eps", "max-iter", "tol");
    }

    @Override
    public int run(Args args, PrintStream out) throws UserError {
        String model = args.require("model");
        if (!model.equals("lasso") && !model.equals("elasticnet")) {
            throw new UserError("cv: unknown --model '" + model + "'; use lasso or elasticnet", 2);
        }
        if (model.equals("lasso") && args.has("l1-ratio")) {
            throw new UserError("cv: --l1-ratio does not apply to --model lasso (it is for elasticnet)", 2);
        }
        double ratio = model.equals("lasso") ? 1.0 : args.getDouble("l1-ratio", ElasticNet.DEFAULT_L1_RATIO);
        int folds = args.getInt("folds", ElasticNetCV.DEFAULT_FOLDS, 2, 1_000_000);
        int nAlphas = args.getInt("n-alphas", ElasticNetPath.DEFAULT_N_ALPHAS, 1, 100_000);
        double eps = args.getDouble("eps", ElasticNetPath.DEFAULT_EPS);
        int maxIter = args.getInt("max-iter", ElasticNet.DEFAULT_MAX_ITER, 1, Integer.MAX_VALUE);
        double tol = args.getDouble("tol", ElasticNet.DEFAULT_TOL);
        ElasticNetCV cv;
        try {
            cv = new ElasticNetCV(new ElasticNetPath(ratio, nAlphas, eps, maxIter, tol), folds);
        } catch (IllegalArgumentException e) {
            throw new UserError("cv: " + e.getMessage(), 2);
        }
        TrainingData table = TrainingData.load("cv", args.require("data"), args.require("target"));
        Dataset data = new Dataset(table.x, table.y, table.rows, table.cols(), 1);
        try {
            cv.split(data);
        } catch (IllegalArgumentException e) {
            throw new UserError("cv: --folds " + folds + ": " + e.getMessage(), 2);
        }
        ElasticNetCV.Result r = fitInParallel(cv, data);
        CrossValidationCurve curve = r.curve();
        double[][] path = new double[curve.size()][curve.folds()];
        for (int k = 0; k < curve.folds(); k++) {
            double[] e = curve.foldErrors(k);
            for (int a = 0; a < e.length; a++) {
                path[a][k] = e[a];
            }
        }
        out.println(new JsonObject().field("model", model)
                .field("l1_ratio", ratio)
                .field("folds", folds)
                .field("rows", data.rows())
                .field("features", table.features)
                .field("alphas", curve.alphas())
                .field("mse_mean", curve.mean())
                .field("mse_se", curve.standardError())
                .field("mse_path", path)
                .field("alpha_min", curve.alphaMin())
                .field("index_min", curve.indexMin())
                .field("alpha_1se", curve.alphaOneSe())
                .field("index_1se", curve.indexOneSe())
                .field("coef_min", r.atMin().coef())
                .field("intercept_min", r.atMin().intercept())
                .field("coef_1se", r.atOneSe().coef())
                .field("intercept_1se", r.atOneSe().intercept()));
        return 0;
    }

    /** {@link ElasticNetCV#fit}'s steps, the folds and then the two refits spread over the processors. */
    private static ElasticNetCV.Result fitInParallel(ElasticNetCV cv, Dataset data) {
        double[] alphas = cv.alphas(data);
        int threads = Math.min(cv.folds(), Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread t = new Thread(task, "cv-fold");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<double[]>> folds = new ArrayList<>();
            for (int k = 0; k < cv.folds(); k++) {
                int fold = k;
                folds.add(pool.submit(() -> cv.foldErrors(data, alphas, fold)));
            }
            double[][] errors = new double[cv.folds()][];
            for (int k = 0; k < errors.length; k++) {
                errors[k] = folds.get(k).get();
            }
            CrossValidationCurve curve = cv.curve(data, alphas, errors);
            Future<LinearFit> atMin = pool.submit(() -> cv.refit(data, curve.alphaMin()));
            LinearFit atOneSe = cv.refit(data, curve.alphaOneSe());
            return new ElasticNetCV.Result(curve, atMin.get(), atOneSe);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("cross-validation was interrupted", e);
        } catch (ExecutionException e) {
            // The inputs were validated before the pool started, so a failure here is a bug: keep its trace.
            throw new IllegalStateException("a cross-validation fold failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
