package reglab.core.nn.train;

import reglab.core.nn.parameter.Parameter;
import reglab.core.nn.penalty.L1;
import reglab.core.nn.penalty.L1L2;

/**
 * Makes an L1 penalty produce exact zeros under gradient descent, after TensorFlow Playground
 * (its {@code src/nn.ts}, {@code updateWeights}: a weight that the L1 step carries across zero is
 * set to exactly 0). This is the "clipping" of Tsuruoka, Tsujii &amp; Ananiadou (2009), a cheap
 * stand-in for the proximal step. Plain subgradient steps only make L1 weights oscillate around
 * zero. Unlike the playground, which tests the crossing of the penalty's own step, this tests the
 * whole optimizer step (data gradient and penalty together), so it works with any optimizer.
 *
 * <p>A {@link StepHook}: the {@link Trainer} calls {@link #beforeStep} just before each optimizer
 * step and {@link #afterStep} just after. Mutates the values of trainable parameters with an
 * {@link L1} penalty, or an {@link L1L2} one whose L1 factor is positive, and nothing else.
 */
public final class L1Clipping implements StepHook {

    private final Parameter[] targets;
    private final double[][] previous;

    /** Watches those of {@code parameters} that carry an L1 penalty; keeps the array's elements. */
    public L1Clipping(Parameter[] parameters) {
        int n = 0;
        for (Parameter p : parameters) {
            if (hasL1(p)) {
                n++;
            }
        }
        targets = new Parameter[n];
        previous = new double[n][];
        n = 0;
        for (Parameter p : parameters) {
            if (hasL1(p)) {
                targets[n] = p;
                previous[n] = new double[p.size()];
                n++;
            }
        }
    }

    private static boolean hasL1(Parameter p) {
        return p.trainable() && (p.penalty() instanceof L1
                || (p.penalty() instanceof L1L2 && ((L1L2) p.penalty()).l1() > 0));
    }

    /** Whether any parameter has an L1 penalty (otherwise the calls do nothing). */
    public boolean active() {
        return targets.length > 0;
    }

    /** Remembers the L1 weights' values before a step. */
    @Override
    public void beforeStep() {
        for (int k = 0; k < targets.length; k++) {
            System.arraycopy(targets[k].value(), 0, previous[k], 0, previous[k].length);
        }
    }

    /** Sets to exactly 0 every L1 weight whose sign the step flipped. */
    @Override
    public void afterStep() {
        for (int k = 0; k < targets.length; k++) {
            double[] w = targets[k].value();
            double[] old = previous[k];
            for (int i = 0; i < w.length; i++) {
                if (w[i] * old[i] < 0) {
                    w[i] = 0;
                }
            }
        }
    }
}
