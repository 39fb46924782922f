package reglab.applet.model;

import reglab.core.nn.optimizer.Adam;
import reglab.core.nn.optimizer.Momentum;
import reglab.core.nn.optimizer.Optimizer;
import reglab.core.nn.optimizer.Sgd;
import reglab.core.nn.penalty.L1;
import reglab.core.nn.penalty.L1L2;
import reglab.core.nn.penalty.L2;
import reglab.core.nn.penalty.Penalty;

/** Maps the lab's setting words to core objects: an explicit registry, no reflection. */
public final class NetworkFactory {

    private NetworkFactory() {
    }

    /** {@code sgd}, {@code momentum} (0.9, Keras' usual) or {@code adam} at {@code rate}. */
    public static Optimizer optimizer(String name, double rate) {
        switch (name) {
            case "sgd":
                return new Sgd(rate);
            case "momentum":
                return new Momentum(rate);
            case "adam":
                return new Adam(rate);
            default:
                throw new IllegalArgumentException("unknown optimizer '" + name
                        + "'; allowed: sgd, momentum, adam");
        }
    }

    /**
     * {@code none}, {@code l1}, {@code l2} (Keras {@code l1(r)}, {@code l2(r)}) or
     * {@code elasticnet} (Keras {@code l1_l2(r/2, r/2)}: the rate split evenly); null for none.
     */
    public static Penalty penalty(String name, double rate) {
        switch (name) {
            case "none":
                return null;
            case "l1":
                return new L1(rate);
            case "l2":
                return new L2(rate);
            case "elasticnet":
                return new L1L2(rate / 2, rate / 2);
            default:
                throw new IllegalArgumentException("unknown regularization '" + name
                        + "'; allowed: none, l1, l2, elasticnet");
        }
    }
}
