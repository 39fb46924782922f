package reglab.core.nn.optimizer;

import reglab.core.check.Checks;
import reglab.core.nn.parameter.Parameter;

/**
 * Updates trainable parameters from their gradients.
 *
 * <p>Call order: {@link #attach} once (the model does it in {@code compile}; state is allocated
 * here and nowhere else), then per batch the model fills every parameter's {@code grad} (loss plus
 * penalty derivatives) and calls {@link #step}, which writes the parameter values and the
 * optimizer's own state. Non-trainable parameters are ignored.
 */
public abstract class Optimizer {

    private double learningRate;
    private Parameter[] params = new Parameter[0];
    private int iterations;

    protected Optimizer(double learningRate) {
        setLearningRate(learningRate);
    }

    /** Binds the optimizer to the trainable ones among {@code parameters} and resets its state. */
    public final void attach(Parameter[] parameters) {
        int n = 0;
        for (Parameter p : parameters) {
            if (p.trainable()) {
                n++;
            }
        }
        params = new Parameter[n];
        n = 0;
        for (Parameter p : parameters) {
            if (p.trainable()) {
                params[n++] = p;
            }
        }
        iterations = 0;
        createState(params);
    }

    /** Allocates per-parameter state (e.g. Adam's moments), indexed like {@code trainable}. */
    protected void createState(Parameter[] trainable) {
    }

    /**
     * One update of every attached parameter that is not {@link Parameter#frozen() frozen} (its
     * state waits, unchanged, until it is thawed); {@link #iterations()} counts the step before
     * updating.
     */
    public final void step() {
        iterations++;
        for (int k = 0; k < params.length; k++) {
            if (!params[k].frozen()) {
                update(k, params[k].value(), params[k].grad());
            }
        }
    }

    /** Updates {@code w} in place from {@code g} (not modified) for attached parameter {@code k}. */
    protected abstract void update(int k, double[] w, double[] g);

    /** Steps taken since {@link #attach}; Adam's bias correction uses it as t. */
    public final int iterations() {
        return iterations;
    }

    public final double learningRate() {
        return learningRate;
    }

    /** Changes the learning rate between steps (finite, {@code > 0}). */
    public final void setLearningRate(double learningRate) {
        this.learningRate = Checks.positive("learning rate", learningRate);
    }

    /** A short description for the lab, e.g. {@code "Adam(lr 0.001)"}. */
    public abstract String describe();
}
