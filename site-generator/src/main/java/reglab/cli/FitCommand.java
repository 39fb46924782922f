package reglab.cli;

import java.io.PrintStream;
import java.util.Set;
import reglab.core.linear.ElasticNet;
import reglab.core.linear.LinearFit;
import reglab.core.linear.LogisticRegression;
import reglab.core.linear.Ridge;
import reglab.site.json.JsonObject;

/**
 * {@code ./reglab fit}: fits one regularized linear model to a CSV file and prints the result as
 * JSON. A thin adapter over {@code reglab.core.linear}; the models' own constructors validate the
 * hyperparameters and their messages are passed on.
 */
public final class FitCommand implements Command {

    @Override
    public String name() {
        return "fit";
    }

    @Override
    public String summary() {
        return "fit a lasso, ridge, elastic-net or logistic model to a CSV file (JSON out)";
    }

    @Override
    public String help() {
        return String.join("\n",
                "Usage: ./reglab fit --model lasso|ridge|elasticnet|logistic --data FILE.csv --target COLUMN [options]",
                "",
                "Fits a regularized linear model with an unpenalized intercept, in scikit-learn's conventions:",
                "  ridge       ||y - Xw - b||^2 + alpha*||w||^2                          (sklearn Ridge)",
                "  lasso       1/(2n)*||y - Xw - b||^2 + alpha*||w||_1                   (sklearn Lasso)",
                "  elasticnet  1/(2n)*||y - Xw - b||^2 + alpha*r*||w||_1 + alpha*(1-r)/2*||w||^2  (sklearn ElasticNet)",
                "  logistic    C*sum(log-loss) + ||w||^2/2 (l2) or ||w||_1 (l1); target must have two values,",
                "              the smaller is class 0                                  (sklearn LogisticRegression)",
                "",
                "Options:",
                "  --model M       lasso, ridge, elasticnet or logistic (required)",
                "  --data FILE     CSV file with a header row; every cell a finite number (required)",
                "  --target COL    the column to predict; all other columns are features (required)",
                "  --alpha A       penalty strength, >= 0 (default " + Ridge.DEFAULT_ALPHA + " for ridge, "
                        + ElasticNet.DEFAULT_ALPHA + " for lasso/elasticnet)",
                "  --l1-ratio R    elasticnet mixing r in [0, 1] (default " + ElasticNet.DEFAULT_L1_RATIO + ")",
                "  --penalty P     logistic penalty, l1 or l2 (default l2)",
                "  --C C           logistic inverse penalty strength, > 0 (default " + LogisticRegression.DEFAULT_C + ")",
                "  --max-iter N    lasso/elasticnet passes (default " + ElasticNet.DEFAULT_MAX_ITER + "), logistic Newton steps (default "
                        + LogisticRegression.DEFAULT_MAX_ITER + ")",
                "  --tol T         lasso/elasticnet duality-gap tolerance (default " + ElasticNet.DEFAULT_TOL
                        + "), logistic optimality tolerance (default " + LogisticRegression.DEFAULT_TOL + ")",
                "",
                "Prints JSON: model, features, coef (in the CSV's column order, target excluded), intercept,",
                "objective (the value minimized, as above), iterations; for logistic also classes.",
                "",
                "Example: ./reglab fit --model lasso --alpha 0.1 --data diabetes.csv --target target");
    }

    @Override
    public Set<String> valuedOptions() {
        return Set.of("model", "data", "target", "alpha", "l1-ratio", "penalty", "C", "max-iter", "tol");
    }

    @Override
    public int run(Args args, PrintStream out) throws UserError {
        String model = args.require("model");
        if (!Set.of("lasso", "ridge", "elasticnet", "logistic").contains(model)) {
            throw new UserError("fit: unknown --model '" + model + "'; use lasso, ridge, elasticnet or logistic", 2);
        }
        onlyFor(args, model, "alpha", "lasso", "ridge", "elasticnet");
        onlyFor(args, model, "l1-ratio", "elasticnet");
        onlyFor(args, model, "penalty", "logistic");
        onlyFor(args, model, "C", "logistic");
        onlyFor(args, model, "max-iter", "lasso", "elasticnet", "logistic");
        onlyFor(args, model, "tol", "lasso", "elasticnet", "logistic");
        String penalty = args.get("penalty", "l2");
        if (!penalty.equals("l1") && !penalty.equals("l2")) {
            throw new UserError("fit: unknown --penalty '" + penalty + "'; use l1 or l2", 2);
        }
        TrainingData data = TrainingData.load("fit", args.require("data"), args.require("target"));
        JsonObject json = new JsonObject().field("model", model);
        double[] y = data.y;
        if (model.equals("logistic")) {
            double[] classes = twoClasses(data.y, args.require("target"));
            y = new double[data.rows];
            for (int i = 0; i < data.rows; i++) {
                y[i] = data.y[i] == classes[0] ? 0 : 1;
            }
            json.field("penalty", penalty).field("classes", classes);
        }
        LinearFit fit;
        try {
            fit = fitModel(args, model, penalty, data, y);
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new UserError("fit: " + e.getMessage(), 2);
        }
        json.field("features", data.features)
                .field("coef", fit.coef())
                .field("intercept", fit.intercept())
                .field("objective", fit.objective())
                .field("iterations", fit.iterations());
        out.println(json);
        return 0;
    }

    private static LinearFit fitModel(Args args, String model, String penalty, TrainingData data, double[] y) throws UserError {
        switch (model) {
            case "ridge":
                return new Ridge(args.getDouble("alpha", Ridge.DEFAULT_ALPHA)).fit(data.x, data.rows, data.cols(), y);
            case "logistic":
                return new LogisticRegression(penalty.equals("l1") ? LogisticRegression.Penalty.L1 : LogisticRegression.Penalty.L2,
                        args.getDouble("C", LogisticRegression.DEFAULT_C),
                        args.getInt("max-iter", LogisticRegression.DEFAULT_MAX_ITER, 1, Integer.MAX_VALUE),
                        args.getDouble("tol", LogisticRegression.DEFAULT_TOL)).fit(data.x, data.rows, data.cols(), y);
            default:
                double ratio = model.equals("lasso") ? 1.0 : args.getDouble("l1-ratio", ElasticNet.DEFAULT_L1_RATIO);
                return new ElasticNet(args.getDouble("alpha", ElasticNet.DEFAULT_ALPHA), ratio,
                        args.getInt("max-iter", ElasticNet.DEFAULT_MAX_ITER, 1, Integer.MAX_VALUE),
                        args.getDouble("tol", ElasticNet.DEFAULT_TOL)).fit(data.x, data.rows, data.cols(), y);
        }
    }

    private static void onlyFor(Args args, String model, String option, String... models) throws UserError {
        if (!args.has(option)) {
            return;
        }
        for (String m : models) {
            if (m.equals(model)) {
                return;
            }
        }
        throw new UserError("fit: --" + option + " does not apply to --model " + model + " (it is for "
                + String.join(", ", models) + ")", 2);
    }

    /** The two distinct target values, ascending; anything else is an error. */
    private static double[] twoClasses(double[] y, String target) throws UserError {
        double lo = y[0];
        double hi = y[0];
        for (double v : y) {
            if (v != lo && v != hi) {
                if (lo != hi) {
                    throw new UserError("fit: logistic needs a target with exactly two values; column '" + target + "' has "
                            + lo + ", " + hi + " and " + v + " (at least)");
                }
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (lo == hi) {
            throw new UserError("fit: logistic needs a target with two values; column '" + target + "' is always " + lo);
        }
        return new double[] {lo, hi};
    }
}
