package reglab.applet.experiment.transfer;

import reglab.applet.run.LabDivergence;
import reglab.applet.run.TrainerPart;
import reglab.core.nn.Sequential;
import reglab.core.nn.parameter.Parameter;
import reglab.core.nn.train.History;
import reglab.core.nn.train.StopReason;
import reglab.core.nn.train.Trainer;
import reglab.core.random.Rng;

/**
 * The run's first part: the source network trained on the source task by the core's
 * {@link Trainer} (a {@link TrainerPart} that reports more than the history), with the source validation set evaluated after every epoch. One unit is one of
 * the trainer's (a batch or an evaluation slice).
 *
 * <p>Its result, the numbers every fine-tuning part starts from: {@code [0]} the final source
 * validation accuracy, {@code [1]} its loss, {@code [2]} 1 if training diverged else 0,
 * {@code [3 .. 3+E]} the validation accuracy after each of the E epochs (entry 0 before
 * training), then every weight of the network in parameter order, the feature layers'
 * ({@link TransferSetup#featureValues}) first.
 */
final class PreTraining extends TrainerPart {

    static final int ACCURACY = 0;
    static final int LOSS = 1;
    static final int DIVERGED = 2;
    static final int CURVE = 3;

    private final Sequential model;
    private final int epochs;

    PreTraining(TransferSetup setup) {
        this(setup, setup.sourceNetwork());
    }

    private PreTraining(TransferSetup setup, Sequential model) {
        super(new Trainer(model, setup.source, setup.sourceValidation, setup.config.integer("batch"),
                setup.config.integer("preEpochs"))
                .evaluateEachEpoch(TransferSetup.EVALUATION_ROWS)
                .divergence(LabDivergence.RULE)
                .shuffleWith(new Rng(setup.config.integer("seed") + 3L)));
        this.model = model;
        this.epochs = setup.config.integer("preEpochs");
    }

    /** Where the weights start in a pre-training result of {@code epochs} epochs. */
    static int weightsAt(int epochs) {
        return CURVE + epochs + 1;
    }

    Sequential model() {
        return model;
    }

    @Override
    public double[] result() {
        History h = history();
        int total = 0;
        for (Parameter p : model.parameters()) {
            total += p.size();
        }
        double[] out = new double[weightsAt(epochs) + total];
        int last = h.size() - 1;
        out[ACCURACY] = last < 0 ? Double.NaN : h.valMetric(last);
        out[LOSS] = last < 0 ? Double.NaN : h.valLoss(last);
        out[DIVERGED] = h.stopReason() == StopReason.DIVERGED ? 1 : 0;
        for (int e = 0; e <= epochs; e++) {
            out[CURVE + e] = e <= last ? h.valMetric(e) : Double.NaN;
        }
        int k = weightsAt(epochs);
        for (Parameter p : model.parameters()) {
            System.arraycopy(p.value(), 0, out, k, p.size());
            k += p.size();
        }
        return out;
    }
}
