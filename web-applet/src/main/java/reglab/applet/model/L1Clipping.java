package reglab.applet.model;

import reglab.core.nn.Parameter;
import reglab.core.nn.penalty.L1;
import reglab.core.nn.penalty.L1L2;

/**
 * Makes an L1 penalty produce exact zeros under gradient descent, as TensorFlow Playground does:
 * a weight whose update carries it across zero is set to exactly 0 (the "clipping" of Tsuruoka,
 * Tsujii &amp; Ananiadou, 2009, a cheap stand-in for the proximal step). Plain subgradient steps
 * only make L1 weights oscillate around zero, which is why the document's sign rule shows no
 * exact zeros in the sparsity experiment.
 *
 * <p>Call {@link #before} just before each optimizer step and {@link #after} just after; mutates
 * the values of parameters with an L1 or L1L2 penalty only.
 */
public final class L1Clipping {

    private final Parameter[] targets;
    private final double[][] previous;

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

    public boolean active() {
        return targets.length > 0;
    }

    public void before() {
        for (int k = 0; k < targets.length; k++) {
            System.arraycopy(targets[k].value(), 0, previous[k], 0, previous[k].length);
        }
    }

    public void after() {
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
