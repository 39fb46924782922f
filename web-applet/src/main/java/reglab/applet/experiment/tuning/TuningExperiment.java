package reglab.applet.experiment.tuning;

import java.util.List;
import org.teavm.jso.dom.html.HTMLElement;
import reglab.applet.experiment.Experiment;
import reglab.applet.run.Run;
import reglab.applet.settings.Config;
import reglab.applet.settings.Schema;
import reglab.applet.settings.Setting;
import reglab.applet.settings.SpecException;
import reglab.applet.ui.ExperimentView;
import reglab.core.data.DataSets;

/**
 * Choosing λ and other hyperparameters: k-fold cross-validation along the lasso / elastic-net
 * path with λ_min and the one-standard-error λ (glmnet's {@code cv.glmnet}), and grid search,
 * random search and Bayesian optimization over a small network's L2 rate × dropout rate with the
 * same number of trials each. The inspected trial ({@code trial}, counted from 1; a number past
 * the budget chooses the last trial) only picks what the view rings and lists; it does not
 * change the run.
 */
public final class TuningExperiment implements Experiment {

    public static final String NAME = "tuning";

    private static final Schema SCHEMA = new Schema(NAME,
            "Tuning: cross-validation along the path, grid, random and Bayesian search", List.of(
                    Setting.choice("model", "Path model", "lasso", "lasso", "elasticnet"),
                    Setting.number("l1Ratio", "Elastic-net L1 ratio", 0.05, 0.95, "0.5"),
                    Setting.integer("samples", "Samples (regression)", 20, 400, "100"),
                    Setting.integer("features", "Features", 5, 50, "20"),
                    Setting.integer("informative", "Non-zero true coefficients", 1, 50, "5"),
                    Setting.number("noise", "Noise (std)", 0, 5, "1"),
                    Setting.integer("folds", "Folds", 2, 10, "5"),
                    Setting.integer("alphas", "λ values on the path", 5, 60, "30"),
                    Setting.choice("dataset", "Search: data set", "gauss", DataSets.names()),
                    Setting.integer("dataNoise", "Search: data noise (%)", 0, 50, "50"),
                    Setting.integer("points", "Search: training points", 20, 400, "60"),
                    Setting.integer("trials", "Trials per strategy (a square)", 9, 36, "16"),
                    Setting.integer("epochs", "Epochs per trial", 1, 200, "30"),
                    Setting.integer("map", "Score map points per side (0: the grid's trials)", 0, 12, "7"),
                    Setting.integer("trial", "Trial to inspect (past the budget: the last)", 1, 36, "36"),
                    Setting.seed()),
            TuningExperiment::check);

    private static void check(Config c) {
        if (c.integer("informative") > c.integer("features")) {
            throw new SpecException("setting 'informative' is " + c.get("informative")
                    + " but there are only " + c.get("features") + " features; allowed: 1 to features");
        }
        int t = c.integer("trials");
        int side = TuningRun.gridSide(t);
        if (side * side != t) {
            throw new SpecException("setting 'trials' is " + t + " but must be a square (9, 16, 25 or 36)"
                    + " so that grid search spends the same budget as the others");
        }
        if (c.integer("map") == 1 || c.integer("map") == 2) {
            throw new SpecException("setting 'map' is " + c.get("map")
                    + "; allowed: 0 (draw the grid's trials) or 3 to 12 points per side");
        }
    }

    @Override
    public Schema schema() {
        return SCHEMA;
    }

    @Override
    public Run run(Config config) {
        return new TuningRun(config);
    }

    @Override
    public ExperimentView view(HTMLElement root, String id, Config start, Config url) {
        return new TuningView(root, id, start, url);
    }
}
