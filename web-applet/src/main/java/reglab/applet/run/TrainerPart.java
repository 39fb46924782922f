package reglab.applet.run;

import reglab.core.nn.train.History;
import reglab.core.nn.train.Trainer;

/**
 * A {@link PartedRun.Part} that is one core {@link Trainer} run: each {@link #advance} is one unit
 * of {@link Trainer#step}, and the result is the finished {@link History} as numbers
 * ({@link History#toNumbers}), which {@link History#fromNumbers} turns back into the same history
 * wherever the part ran. The trainer's model stays with the part; a part that must report more
 * than the history (activations, weights) extends this one and overrides {@link #result}.
 */
public class TrainerPart implements PartedRun.Part {

    private final Trainer trainer;

    public TrainerPart(Trainer trainer) {
        this.trainer = trainer;
    }

    public Trainer trainer() {
        return trainer;
    }

    /** The history so far (live while the part runs here). */
    public History history() {
        return trainer.history();
    }

    @Override
    public boolean advance() {
        if (!trainer.finished()) {
            trainer.step(1);
        }
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

    @Override
    public double[] result() {
        return trainer.history().toNumbers();
    }

    @Override
    public String resultJson() {
        return ResultJson.of("part").history(trainer.history()).end().toString();
    }
}
