package reglab.applet.model;

import reglab.applet.spec.Config;
import reglab.applet.spec.Experiments;
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
import reglab.core.random.Rng;

/**
 * Over-fitting, bias and variance, early stopping, on Bishop's curve-fitting example
 * ({@link SineRegression}): first the training and validation error of ridge fits of every
 * polynomial degree (closed form, scikit-learn's {@code Ridge(alpha = n·λ)}, one degree per unit),
 * then gradient descent (Adam, full batch, squared error) on the chosen degree's features,
 * recording both errors per epoch and stopping early on the validation error with the best
 * weights restored (Keras' {@code EarlyStopping(restore_best_weights=True)}).
 */
public final class OverfittingRun implements Run {

    public static final int MAX_DEGREE = 15;
    public static final int VALIDATION_POINTS = 200;
    /** Full-batch epochs per unit of work. */
    private static final int EPOCHS_PER_UNIT = 10;

    private final Dataset train;
    private final Dataset valid;
    private final int degree;
    private final double lambda;
    private final double[] degreeTrain = new double[MAX_DEGREE + 1];
    private final double[] degreeValid = new double[MAX_DEGREE + 1];
    private final LinearFit[] degreeFits = new LinearFit[MAX_DEGREE + 1];
    private int degreesDone;
    private final Dataset trainX;
    private final Dataset validX;
    private final Sequential model;
    private final EarlyStop stopping;
    private final EpochHistory history = new EpochHistory();
    private final int maxEpochs;
    private final double[] eval = new double[2];
    private int epoch;
    private boolean finished;
    private long samples;

    public OverfittingRun(Config config) {
        Rng rng = new Rng(config.integer("seed"));
        double noise = config.number("noise");
        train = SineRegression.generate(config.integer("samples"), noise, rng);
        valid = SineRegression.generate(VALIDATION_POINTS, noise, rng);
        degree = config.integer("degree");
        lambda = config.number("lambda");
        trainX = PolynomialFeatures.expand(train, degree);
        validX = PolynomialFeatures.expand(valid, degree);
        model = new Sequential(degree, config.integer("seed") + 1L);
        model.add(new Dense(1, Activations.LINEAR));
        model.compile(new Adam(config.number("rate")), Losses.MEAN_SQUARED_ERROR);
        stopping = new EarlyStop(model, config.integer("patience"), true);
        maxEpochs = config.integer("epochs");
    }

    @Override
    public boolean advance() {
        if (finished) {
            return false;
        }
        if (degreesDone < MAX_DEGREE) {
            int d = ++degreesDone;
            Dataset tx = PolynomialFeatures.expand(train, d);
            Dataset vx = PolynomialFeatures.expand(valid, d);
            LinearFit fit = new Ridge(train.rows() * lambda).fit(tx.x(), tx.rows(), d, tx.y());
            degreeFits[d] = fit;
            degreeTrain[d] = mse(fit, tx);
            degreeValid[d] = mse(fit, vx);
            samples += train.rows();
            if (degreesDone == MAX_DEGREE) {
                record();
            }
            return true;
        }
        for (int k = 0; k < EPOCHS_PER_UNIT && !finished; k++) {
            double loss = model.trainBatch(trainX.x(), trainX.y(), trainX.rows());
            samples += trainX.rows();
            epoch++;
            record();
            if (!(loss < PlaygroundRun.DIVERGED_LOSS)) {
                finished = true;
            } else if (stopping.epochEnd(epoch, history.validLoss()[history.size() - 1])) {
                finished = true;
            } else if (epoch >= maxEpochs) {
                stopping.finish();
                finished = true;
            }
        }
        return !finished;
    }

    private void record() {
        model.evaluate(trainX.x(), trainX.y(), trainX.rows(), 256, eval);
        double t = eval[0];
        model.evaluate(validX.x(), validX.y(), validX.rows(), 256, eval);
        history.add(t, eval[0], Double.NaN, Double.NaN);
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

    public EpochHistory history() {
        return history;
    }

    public EarlyStop stopping() {
        return stopping;
    }

    public int epoch() {
        return epoch;
    }

    @Override
    public boolean finished() {
        return finished;
    }

    public boolean restored() {
        return stopping.restored();
    }

    @Override
    public long samples() {
        return samples;
    }

    @Override
    public String resultJson() {
        Json json = Json.result(Experiments.OVERFITTING);
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
        json.put("epochs", epoch);
        history.writeTo(json, "");
        EarlyStop.writeTo(stopping, json);
        return json.end().toString();
    }
}
