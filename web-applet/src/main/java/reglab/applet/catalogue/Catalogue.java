package reglab.applet.catalogue;

import java.util.ArrayList;
import java.util.List;
import reglab.applet.experiment.Experiment;
import reglab.applet.experiment.activity.ActivityExperiment;
import reglab.applet.experiment.augmentation.AugmentationExperiment;
import reglab.applet.experiment.batchnorm.BatchnormExperiment;
import reglab.applet.experiment.dropout.DropoutExperiment;
import reglab.applet.experiment.geometry.GeometryExperiment;
import reglab.applet.experiment.overfitting.OverfittingExperiment;
import reglab.applet.experiment.playground.PlaygroundExperiment;
import reglab.applet.experiment.sparsity.SparsityExperiment;
import reglab.applet.experiment.tuning.TuningExperiment;
import reglab.applet.experiment.transfer.TransferExperiment;
import reglab.applet.run.Run;
import reglab.applet.settings.Config;

/**
 * Every experiment the applet can mount, in the order error messages list them: the one list to
 * extend with a new experiment (its package brings its settings, run and view). The site
 * generator validates {@code applet} fences against it at build time; the page mounts views and
 * the console API makes runs through it. Names are what authors write, so they never change
 * meaning once published.
 */
public final class Catalogue {

    private static final List<Experiment> ALL = List.of(
            new PlaygroundExperiment(),
            new SparsityExperiment(),
            new GeometryExperiment(),
            new OverfittingExperiment(),
            new DropoutExperiment(),
            new ActivityExperiment(),
            new BatchnormExperiment(),
            new TuningExperiment(),
            new AugmentationExperiment(),
            new TransferExperiment());

    private Catalogue() {
    }

    public static List<Experiment> all() {
        return ALL;
    }

    /** The experiment called {@code name}, or null. */
    public static Experiment byName(String name) {
        for (Experiment e : ALL) {
            if (e.schema().name().equals(name)) {
                return e;
            }
        }
        return null;
    }

    /** All experiment names, comma-separated, for error messages. */
    public static String names() {
        List<String> names = new ArrayList<>();
        for (Experiment e : ALL) {
            names.add(e.schema().name());
        }
        return String.join(", ", names);
    }

    /** A new run of {@code config}'s experiment (see {@link Experiment#run}). */
    public static Run run(Config config) {
        return byName(config.schema().name()).run(config);
    }
}
