package reglab.applet.experiment.tuning;

import reglab.applet.run.PartedRun;
import reglab.applet.run.ResultJson;
import reglab.applet.settings.Config;
import reglab.core.data.DataSets;
import reglab.core.data.Dataset;
import reglab.core.data.SparseRegression;
import reglab.core.linear.ElasticNet;
import reglab.core.linear.ElasticNetPath;
import reglab.core.linear.LinearFit;
import reglab.core.random.Rng;
import reglab.core.tuning.BayesianSearch;
import reglab.core.tuning.CrossValidationCurve;
import reglab.core.tuning.ElasticNetCV;
import reglab.core.tuning.SearchDimension;
import reglab.core.tuning.SearchSpace;
import reglab.core.tuning.SpaceGridSearch;
import reglab.core.tuning.SpaceRandomSearch;
import reglab.core.tuning.StepwiseSearch;

/**
 * Tuning, in two halves, as a {@link PartedRun} whose parts are the folds and the trials:
 *
 * <ol>
 * <li><b>Cross-validation along the path</b> ({@link ElasticNetCV}, what {@code ./reglab cv}
 * runs): sparse regression with known coefficients ({@link SparseRegression}); the α grid of all
 * rows; one part per fold, each fitting the warm-started path on the other folds' rows and
 * scoring its own rows (scikit-learn's {@code mse_path_}); once every fold is in, the curve
 * (glmnet's mean, standard error, λ_min and λ_1se) and the refits on all rows at both.</li>
 * <li><b>Hyperparameter search</b>: a small network {@code 2 → Dense(16, relu, L2) → Dropout →
 * Dense(16, relu, L2) → Dropout → Dense(1)} on a data set from {@link DataSets}, scored by its
 * validation loss (the data term, penalties excluded, on {@link #VALIDATION_POINTS} held-out
 * points drawn apart from the training points) after training, over the plane L2 rate ({@link #L2_MIN} to {@link #L2_MAX}, log scale)
 * × dropout rate (0 to {@link #DROPOUT_MAX}). Three strategies spend the same budget: grid search
 * ({@link SpaceGridSearch}, √trials per side), random search ({@link SpaceRandomSearch}) and
 * Bayesian optimization ({@link BayesianSearch}: its first trials are random search's, drawn from
 * the same seed, then a Gaussian process and expected improvement choose). Every trial trains
 * from the same initial weights on the same batches, so scores differ by the hyperparameters only.
 * Optionally a dense map of the plane ({@code map} × {@code map} trials) shows the score
 * everywhere, the picture the searches are trying to find the bottom of.</li>
 * </ol>
 *
 * <p>Parts, in index order: the folds; then the trials, interleaved (grid 0, random 0, Bayesian 0,
 * grid 1, …) so the three progress curves grow together; then the map's points. A part's input is
 * its point (for trials and map points); a Bayesian trial past the random start is ready only when
 * every earlier Bayesian trial is delivered, and its part then proposes its point from their
 * positions and scores (see {@link #input}). So proposals never see a score before the trials
 * ahead of it are all in, and the result is the same in whatever order parts finish.
 */
public final class TuningRun extends PartedRun {

    /** Held-out points every trial is scored on. */
    public static final int VALIDATION_POINTS = 200;
    /** The L2 rate's range, searched on a log scale. */
    public static final double L2_MIN = 1e-5;
    public static final double L2_MAX = 1;
    /** The dropout rate's range (from none), searched linearly. */
    public static final double DROPOUT_MAX = 0.7;
    /** Units per hidden layer of the searched network. */
    public static final int UNITS = 16;
    /** Rows per optimizer step. */
    public static final int BATCH = 10;
    /** Adam's learning rate for every trial. */
    public static final double LEARNING_RATE = 0.01;

    static final int GRID = 0;
    static final int RANDOM = 1;
    static final int BAYES = 2;
    static final String[] STRATEGY_NAMES = {"grid", "random", "bayes"};

    private final Config config;
    private final int folds;
    private final int budget;
    private final int mapSide;

    private final SparseRegression problem;
    private final ElasticNetCV cv;
    private final double[] alphas;
    private final double[][] foldErrors;
    private int foldsIn;
    private CrossValidationCurve curve;
    private LinearFit atMin;
    private LinearFit atOneSe;

    private final Dataset netTrain;
    private final Dataset netValidation;
    private final SearchSpace space;
    private final StepwiseSearch[] searches = new StepwiseSearch[3];
    private final double[][] trialAccuracy;
    private final double[] mapScore;
    private final double[] mapAccuracy;

    public TuningRun(Config config) {
        super(partCount(config));
        this.config = config;
        folds = config.integer("folds");
        budget = config.integer("trials");
        mapSide = config.integer("map");
        int seed = config.integer("seed");

        problem = SparseRegression.generate(config.integer("samples"), config.integer("features"),
                config.integer("informative"), config.number("noise"), new Rng(seed));
        double ratio = config.get("model").equals("lasso") ? 1 : config.number("l1Ratio");
        cv = new ElasticNetCV(new ElasticNetPath(ratio, config.integer("alphas"), ElasticNetPath.DEFAULT_EPS,
                ElasticNet.DEFAULT_MAX_ITER, ElasticNet.DEFAULT_TOL), folds);
        alphas = cv.alphas(problem.data());
        cv.split(problem.data()); // rejects more folds than rows now, not in a part
        foldErrors = new double[folds][];

        String dataset = config.get("dataset");
        int points = config.integer("points");
        double dataNoise = config.integer("dataNoise") / 100.0;
        // Two draws, not one set cut in two: the generators emit their classes in blocks.
        netTrain = DataSets.byName(dataset, points, dataNoise, new Rng(seed + 11L));
        netValidation = DataSets.byName(dataset, VALIDATION_POINTS, dataNoise, new Rng(seed + 12L));
        space = new SearchSpace(SearchDimension.log("l2", L2_MIN, L2_MAX),
                SearchDimension.linear("dropout", 0, DROPOUT_MAX));
        int side = gridSide(budget);
        searches[GRID] = new SpaceGridSearch(space, side, side);
        searches[RANDOM] = new SpaceRandomSearch(space, seed + 13L);
        searches[BAYES] = new BayesianSearch(space, seed + 13L);
        trialAccuracy = new double[3][budget];
        mapScore = new double[mapSide * mapSide];
        mapAccuracy = new double[mapSide * mapSide];
        java.util.Arrays.fill(mapScore, Double.NaN);
        java.util.Arrays.fill(mapAccuracy, Double.NaN);
        for (double[] a : trialAccuracy) {
            java.util.Arrays.fill(a, Double.NaN);
        }
    }

    private static int partCount(Config c) {
        return c.integer("folds") + 3 * c.integer("trials") + c.integer("map") * c.integer("map");
    }

    /** The grid side for a budget: ⌊√trials⌋ (the schema requires a square). */
    static int gridSide(int trials) {
        int k = 1;
        while ((k + 1) * (k + 1) <= trials) {
            k++;
        }
        return k;
    }

    // ---- part layout ----

    private boolean isFold(int index) {
        return index < folds;
    }

    private boolean isTrial(int index) {
        return index >= folds && index < folds + 3 * budget;
    }

    private int strategyOf(int index) {
        return (index - folds) % 3;
    }

    private int trialOf(int index) {
        return (index - folds) / 3;
    }

    private int trialIndex(int strategy, int trial) {
        return folds + 3 * trial + strategy;
    }

    private int mapCellOf(int index) {
        return index - folds - 3 * budget;
    }

    @Override
    protected boolean ready(int index) {
        if (!isTrial(index) || strategyOf(index) != BAYES) {
            return true;
        }
        int t = trialOf(index);
        if (t < ((BayesianSearch) searches[BAYES]).initialTrials()) {
            return true;
        }
        for (int k = 0; k < t; k++) {
            if (!delivered(trialIndex(BAYES, k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Fold parts take no input; a trial's input is its point {L2 rate, dropout rate}, proposed by
     * its strategy on first request (a Bayesian one only once {@link #ready}); a map point's is its
     * point on the map's grid. A Bayesian trial the model steers gets instead its
     * {@link BayesianSearch#guidance}, the positions and scores of every earlier Bayesian trial,
     * and its part ({@link GuidedTrialPart}) makes the proposal (a Gaussian-process fit and its
     * expected improvement at some 1,250 candidates, a few milliseconds) where it runs, in a worker
     * when there is one, so the page's thread is not the one doing it; the run adopts the proposed
     * point when the trial is delivered.
     */
    @Override
    public double[] input(int index) {
        if (isFold(index)) {
            return super.input(index);
        }
        if (isTrial(index)) {
            if (!ready(index)) {
                throw new IllegalStateException("Bayesian trial " + trialOf(index)
                        + " waits for the earlier trials' scores");
            }
            int t = trialOf(index);
            if (strategyOf(index) == BAYES && searches[BAYES].size() == t) {
                double[] guidance = ((BayesianSearch) searches[BAYES]).guidance(t);
                if (guidance != null) {
                    return guidance; // the part proposes the point itself
                }
            }
            StepwiseSearch s = proposedUpTo(strategyOf(index), t);
            return s.point(t);
        }
        int c = mapCellOf(index);
        return new double[] {mapValue(0, c % mapSide), mapValue(1, c / mapSide)};
    }

    private StepwiseSearch proposedUpTo(int strategy, int trial) {
        StepwiseSearch s = searches[strategy];
        while (s.size() <= trial) {
            if (s.propose(1).length == 0) {
                throw new IllegalStateException(s.describe() + " ran out of points before trial " + trial);
            }
        }
        return s;
    }

    private void adoptGuided(int trial, double u0, double u1) {
        BayesianSearch bayes = (BayesianSearch) searches[BAYES];
        if (bayes.size() != trial) {
            throw new IllegalStateException("Bayesian trial " + trial + " arrived with a proposal, but "
                    + bayes.size() + " trials are proposed");
        }
        bayes.adopt(new double[] {u0, u1});
    }

    /** The map's {@code i}-th value of dimension {@code dim} (0: L2 rate, 1: dropout). */
    public double mapValue(int dim, int i) {
        return space.dimension(dim).fromUnit(mapSide == 1 ? 0.5 : i / (double) (mapSide - 1));
    }

    @Override
    public Part newPart(int index, double[] input) {
        if (isFold(index)) {
            return new FoldPart(cv, problem.data(), alphas, index);
        }
        if (input.length != 2) { // a Bayesian trial's guidance (1 + 3·trial numbers), not a point
            return new GuidedTrialPart((BayesianSearch) searches[BAYES], trialOf(index), input, config,
                    netTrain, netValidation);
        }
        return new TrialPart(config, netTrain, netValidation, input[0], input[1]);
    }

    @Override
    protected void accept(int index, double[] result) {
        if (isFold(index)) {
            foldErrors[index] = result;
            if (++foldsIn == folds) {
                curve = cv.curve(problem.data(), alphas, foldErrors);
                atMin = cv.refit(problem.data(), curve.alphaMin());
                atOneSe = cv.refit(problem.data(), curve.alphaOneSe());
            }
        } else if (isTrial(index)) {
            int s = strategyOf(index);
            int t = trialOf(index);
            if (result.length == 4) { // a guided Bayesian trial: {score, accuracy, its point in the unit cube}
                adoptGuided(t, result[2], result[3]);
            }
            proposedUpTo(s, t).report(t, result[0]);
            trialAccuracy[s][t] = result[1];
        } else {
            mapScore[mapCellOf(index)] = result[0];
            mapAccuracy[mapCellOf(index)] = result[1];
        }
    }

    // ---- what the view and the result read ----

    public double[] alphas() {
        return alphas;
    }

    /** Fold k's validation MSE along the path, or null until it is in. */
    public double[] foldErrors(int k) {
        return foldErrors[k];
    }

    public int folds() {
        return folds;
    }

    /** The cross-validation curve, or null until every fold is in. */
    public CrossValidationCurve curve() {
        return curve;
    }

    /** The refit on all rows at λ_min, or null until every fold is in. */
    public LinearFit atMin() {
        return atMin;
    }

    /** The refit on all rows at λ_1se, or null until every fold is in. */
    public LinearFit atOneSe() {
        return atOneSe;
    }

    public double[] trueCoefficients() {
        return problem.trueCoefficients();
    }

    public SearchSpace space() {
        return space;
    }

    /** The search of a strategy ({@link #GRID}, {@link #RANDOM}, {@link #BAYES}). */
    public StepwiseSearch search(int strategy) {
        return searches[strategy];
    }

    /** Trials per strategy. */
    public int budget() {
        return budget;
    }

    /** Trials of a strategy with a score (failed ones included). */
    public int trialsIn(int strategy) {
        int n = 0;
        for (int t = 0; t < searches[strategy].size(); t++) {
            n += searches[strategy].isReported(t) ? 1 : 0;
        }
        return n;
    }

    /** Validation accuracy of a strategy's trial (NaN until it is in, or for a regression set). */
    public double trialAccuracy(int strategy, int trial) {
        return trialAccuracy[strategy][trial];
    }

    /**
     * The best score among a strategy's first {@code n} trials, or NaN while none of them has a
     * score: the progress curve. Trials still running count as not yet tried.
     */
    public double bestAfter(int strategy, int n) {
        StepwiseSearch s = searches[strategy];
        double best = Double.NaN;
        for (int t = 0; t < Math.min(n, s.size()); t++) {
            if (s.succeeded(t) && !(s.score(t) >= best)) {
                best = s.score(t);
            }
        }
        return best;
    }

    public int mapSide() {
        return mapSide;
    }

    /** The map's score at (L2 index {@code i}, dropout index {@code j}), NaN until it is in. */
    public double mapScore(int i, int j) {
        return mapScore[j * mapSide + i];
    }

    /** The map points scored so far. */
    public int mapIn() {
        int n = 0;
        for (double v : mapScore) {
            n += Double.isNaN(v) ? 0 : 1;
        }
        return n;
    }

    public boolean regressionSearch() {
        return DataSets.isRegression(config.get("dataset"));
    }

    @Override
    public String resultJson() {
        ResultJson json = ResultJson.of(TuningExperiment.NAME);
        json.key("cv").begin();
        json.put("model", config.get("model"));
        json.put("l1_ratio", cv.path().l1Ratio());
        json.put("folds", folds);
        json.put("alphas", alphas, alphas.length);
        json.beginArray("fold_mse");
        for (int k = 0; k < folds; k++) {
            json.begin();
            json.put("rows", cv.split(problem.data()).validationSize(k));
            if (foldErrors[k] != null) {
                json.put("mse", foldErrors[k], foldErrors[k].length);
            }
            json.end();
        }
        json.endArray();
        if (curve != null) {
            json.put("mse_mean", curve.mean(), curve.size());
            json.put("mse_se", curve.standardError(), curve.size());
            json.put("alpha_min", curve.alphaMin());
            json.put("index_min", curve.indexMin());
            json.put("alpha_1se", curve.alphaOneSe());
            json.put("index_1se", curve.indexOneSe());
            json.put("coef_min", atMin.coef(), atMin.numFeatures());
            json.put("intercept_min", atMin.intercept());
            json.put("nonzero_min", nonZero(atMin.coef()));
            json.put("coef_1se", atOneSe.coef(), atOneSe.numFeatures());
            json.put("intercept_1se", atOneSe.intercept());
            json.put("nonzero_1se", nonZero(atOneSe.coef()));
        }
        double[] truth = problem.trueCoefficients();
        json.put("true_coef", truth, truth.length);
        json.end();

        json.key("search").begin();
        json.put("dataset", config.get("dataset"));
        json.put("trials", budget);
        for (int s = 0; s < 3; s++) {
            StepwiseSearch search = searches[s];
            json.key(STRATEGY_NAMES[s]).begin();
            int n = search.size();
            double[] l2 = new double[n];
            double[] dropout = new double[n];
            double[] score = new double[n];
            double[] progress = new double[budget];
            for (int t = 0; t < n; t++) {
                l2[t] = search.value(t, 0);
                dropout[t] = search.value(t, 1);
                score[t] = search.score(t);
            }
            for (int t = 0; t < budget; t++) {
                progress[t] = bestAfter(s, t + 1);
            }
            json.put("l2", l2, n);
            json.put("dropout", dropout, n);
            json.put("score", score, n);
            json.put("accuracy", trialAccuracy[s], n);
            json.put("best_so_far", progress, budget);
            int b = search.bestTrial();
            json.put("best_trial", b);
            json.put("best_score", b < 0 ? Double.NaN : search.score(b));
            json.end();
        }
        json.key("map").begin();
        double[] l2Values = new double[mapSide];
        double[] dropoutValues = new double[mapSide];
        for (int i = 0; i < mapSide; i++) {
            l2Values[i] = mapValue(0, i);
            dropoutValues[i] = mapValue(1, i);
        }
        json.put("l2", l2Values, mapSide);
        json.put("dropout", dropoutValues, mapSide);
        json.put("score", mapScore, mapScore.length);
        json.put("accuracy", mapAccuracy, mapAccuracy.length);
        json.end();
        json.end();
        return json.end().toString();
    }

    private static int nonZero(double[] w) {
        int n = 0;
        for (double v : w) {
            n += v != 0 ? 1 : 0;
        }
        return n;
    }
}
