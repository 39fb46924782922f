package reglab.applet.run;

import reglab.core.nn.train.Divergence;

/**
 * When the lab gives up on a training run as diverged, the same for every experiment that trains
 * a network, so "diverged" means one thing in every picture and result.
 */
public final class LabDivergence {

    /**
     * A loss of 10⁶ or more, or a training loss above twice the untrained network's, is a
     * divergence: the run stops and the view says so (cross-entropy is clipped, so an exploding
     * classifier's loss stays finite; doubling instead of falling shows the learning rate is too big).
     */
    public static final Divergence RULE = new Divergence(1e6, 2);

    private LabDivergence() {
    }
}
