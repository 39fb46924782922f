package reglab.applet.experiment.augmentation;

import reglab.applet.run.PartedRun;
import reglab.core.nn.train.Trainer;

/** One part of the augmentation run: one model's {@link Trainer}, one unit of its work per step. */
final class DigitModel implements PartedRun.Part {

    private final Trainer trainer;

    DigitModel(Trainer trainer) {
        this.trainer = trainer;
    }

    @Override
    public boolean advance() {
        trainer.step(1);
        return !trainer.finished();
    }

    @Override
    public boolean finished() {
        return trainer.finished();
    }

    @Override
    public long samples() {
        return trainer.samples();
    }

    /** The curves recorded so far. */
    DigitCurves curves() {
        return DigitCurves.of(trainer.history());
    }

    @Override
    public double[] result() {
        return curves().pack();
    }

    @Override
    public String resultJson() {
        return "{\"entries\":" + trainer.history().size() + "}";
    }
}
