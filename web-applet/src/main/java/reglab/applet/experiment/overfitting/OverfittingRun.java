package reglab.applet.experiment.overfitting;

import reglab.applet.run.ResultJson;
import reglab.applet.run.Run;
import reglab.applet.settings.Config;
import reglab.core.data.Dataset;
import reglab.core.data.PolynomialFeatures;
import reglab.core.data.SineRegression;
import reglab.core.linear.LinearFit;
import reglab.core.linear.Ridge;
import reglab.core.nn.Sequential;
import reglab.core.nn.activation.Activations;
import reglab.core.nn.layer.Dense;
import reglab.core.nn.loss.Losses;
import reglab.core.nn.optimizer.Adam;
import reglab.core.nn.train.Divergence;
import reglab.core.nn.train.EarlyStopping;
import reglab.core.nn.train.History;
import reglab.core.nn.train.Trainer;
import reglab.core.random.Rng;

/**
 * Over-fitting, bias and variance, early stopping, on Bishop's curve-fitting example
 * ({@link SineRegression}): first the training and validation error of ridge fits of every
 * polynomial degree (closed form, scikit-learn's {@code Ridge(alpha = n·λ)}, one degree per unit),
 * then gradient descent (Adam, full batch, squared error) on the chosen degree's features through
 * a {@link Trainer}: evaluated curves (an entry before training, both errors after every epoch),
 * no shuffling (a full batch needs none), stopping early on the validation error with the best
 * weights restored (Keras' {@code EarlyStopping(restore_best_weights=True)}) or on a loss of
 * 10⁶ or more.
 */
public final class OverfittingRun implements Run {

    public static final int MAX_DEGREE = 15;
    public static final int VALIDATION_POINTS = 200;
    /** Trainer units per unit of work: ten full-batch epochs (a batch and two evaluations each). */
    private static final int TRAINER_UNITS = 30;
    /** Rows per evaluation slice: each set (at most 200 rows) in one. */
    private static final int EVALUATION_ROWS = 256;

    private final Dataset train;
    private final Dataset valid;
    private final int degree;
    private final double lambda;
    private final double[] degreeTrain = new double[MAX_DEGREE + 1];
    private final double[] degreeValid = new double[MAX_DEGREE + 1];
    private final LinearFit[] degreeFits = new LinearFit[MAX_DEGREE + 1];
    private int degreesDone;
    private final Sequential model;
    private final Trainer trainer;
    private long samples;

    public OverfittingRun(Config config) {
        Rng rng = new Rng(config.integer("seed"));
        double noise = config.number("noise");
        train = SineRegression.generate(config.integer("samples"), noise, rng);
        valid = SineRegression.generate(VALIDATION_POINTS, noise, rng);
        degree = config.integer("degree");
        lambda = config.number("lambda");
        Dataset trainX = PolynomialFeatures.expand(train, degree);
        model = new Sequential(degree, config.integer("seed") + 1L);
        model.add(new Dense(1, Activations.LINEAR));
        model.compile(new Adam(config.number("rate")), Losses.MEAN_SQUARED_ERROR);
        trainer = new Trainer(model, trainX, PolynomialFeatures.expand(valid, degree), trainX.rows(),
                config.integer("epochs"))
                .shuffle(false)
                .evaluateEachEpoch(EVALUATION_ROWS)
                .divergence(new Divergence(1e6, Double.POSITIVE_INFINITY))
                .earlyStopping(new EarlyStopping("val_loss", 0, config.integer("patience"), true, 0));
    }

    @Override
    public boolean advance() {
        if (degreesDone < MAX_DEGREE) {
            int d = ++degreesDone;
            Dataset tx = PolynomialFeatures.expand(train, d);
            Dataset vx = PolynomialFeatures.expand(valid, d);
            LinearFit fit = new Ridge(train.rows() * lambda).fit(tx.x(), tx.rows(), d, tx.y());
            degreeFits[d] = fit;
            degreeTrain[d] = mse(fit, tx);
            degreeValid[d] = mse(fit, vx);
            samples += train.rows();
            return true;
        }
        trainer.step(TRAINER_UNITS);
        return !trainer.finished();
    }
    private static double mse(LinearFit fit, Dataset d) {
        double[] pred = fit.predict(d.x(), d.rows());
        double s = 0;
        for (int i = 0; i < d.rows(); i++) {
            double e = pred[i] - d.y()[i];
            s += e * e;
        }
        return s / d.rows();
    }

    /** The gradient-descent model's prediction at {@code x} in [0, 1]. */
    public double predictModel(double x) {
        double[] f = new double[degree];
        PolynomialFeatures.powers(x, degree, f, 0);
        double[] out = new double[1];
        model.predict(f, 1, out);
        return out[0];
    }

    /** The ridge fit of degree {@code d}'s prediction at {@code x}, or NaN before it exists. */
    public double predictRidge(int d, double x) {
        if (degreeFits[d] == null) {
            return Double.NaN;
        }
        double[] f = new double[d];
        PolynomialFeatures.powers(x, d, f, 0);
        return degreeFits[d].predict(f, 1)[0];
    }

    public Dataset train() {
        return train;
    }

    public int degree() {
        return degree;
    }

    public int degreesDone() {
        return degreesDone;
    }

    /** Training MSE by degree (index 1..{@link #MAX_DEGREE}); live, do not modify. */
    public double[] degreeTrain() {
        return degreeTrain;
    }

    public double[] degreeValid() {
        return degreeValid;
    }

    /** The evaluated curves of gradient descent: entry 0 before training, then one per epoch. */
    public History history() {
        return trainer.history();
    }

    /** Epochs of gradient descent completed. */
    public int epoch() {
        return trainer.epoch();
    }

    /** The epoch early stopping ended the run at, or -1. */
    public int stoppedEpoch() {
        return trainer.earlyStopping().stoppedEpoch();
    }

    /** The epoch with the lowest validation error so far, or -1 before one was monitored. */
    public int bestEpoch() {
        return trainer.bestEpoch();
    }

    /** The lowest validation error so far. */
    public double bestLoss() {
        return trainer.earlyStopping().best();
    }

    @Override
    public boolean finished() {
        return trainer.finished();
    }

    /** Whether the best epoch's weights were put back when training ended. */
    public boolean restored() {
        return trainer.earlyStopping().restored();
    }

    @Override
    public long samples() {
        return samples + trainer.samples();
    }

    @Override
    public String resultJson() {
        ResultJson json = ResultJson.of(OverfittingExperiment.NAME);
        json.beginArray("degree_train_mse");
        for (int d = 1; d <= degreesDone; d++) {
            json.value(degreeTrain[d]);
        }
        json.endArray();
        json.beginArray("degree_val_mse");
        for (int d = 1; d <= degreesDone; d++) {
            json.value(degreeValid[d]);
        }
        json.endArray();
        json.put("epochs", trainer.epoch());
        json.history(trainer.history());
        json.earlyStopping(trainer);
        return json.end().toString();
    }
}
