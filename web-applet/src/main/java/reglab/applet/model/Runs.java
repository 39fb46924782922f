package reglab.applet.model;

import reglab.applet.spec.Config;
import reglab.applet.spec.Experiments;

/** Creates the {@link Run} for an experiment's configuration: an explicit registry. */
public final class Runs {

    private Runs() {
    }

    public static Run create(Config config) {
        String name = config.experiment().name();
        switch (name) {
            case Experiments.PLAYGROUND:
                return new PlaygroundRun(config);
            case Experiments.SPARSITY:
                return new SparsityRun(config);
            case Experiments.GEOMETRY:
                return new GeometryRun(config);
            case Experiments.OVERFITTING:
                return new OverfittingRun(config);
            case Experiments.DROPOUT:
                return new DropoutRun(config);
            default:
                throw new IllegalArgumentException("experiment '" + name
                        + "' has no training run yet");
        }
    }
}
