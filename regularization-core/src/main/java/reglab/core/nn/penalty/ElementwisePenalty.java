package reglab.core.nn.penalty;

/**
 * A penalty that is a sum over weights of one scalar function: {@code Σ output(w_i)} with
 * derivative {@code der(w_i)}. Subclasses give the pair; the sums are plain loops.
 */
public abstract class ElementwisePenalty implements Penalty {

    /** The penalty contributed by one weight. */
    public abstract double output(double w);

    /** d output / d w. */
    public abstract double der(double w);

    @Override
    public double value(double[] w) {
        double s = 0;
        for (int i = 0; i < w.length; i++) {
            s += output(w[i]);
        }
        return s;
    }

    @Override
    public void addGradient(double[] w, double[] grad) {
        for (int i = 0; i < w.length; i++) {
            grad[i] += der(w[i]);
        }
    }
}
