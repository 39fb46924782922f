package reglab.core.augment;

import reglab.core.check.Checks;
import reglab.core.random.Rng;

/**
 * Several augmentations applied one after the other to the same batch, in the given order, all
 * drawing from the same generator (torchvision's {@code transforms.Compose}); e.g. a random affine
 * map, then pixel noise. Allocates nothing beyond what its steps allocate.
 */
public final class Compose implements Augmentation {

    private final Augmentation[] steps;

    /** @param steps at least one, none null; the array is copied */
    public Compose(Augmentation... steps) {
        Checks.notNull("augmentation steps", steps);
        if (steps.length == 0) {
            throw new IllegalArgumentException("Compose needs at least one augmentation");
        }
        for (int i = 0; i < steps.length; i++) {
            Checks.notNull("augmentation step " + i, steps[i]);
        }
        this.steps = steps.clone();
    }

    public int size() {
        return steps.length;
    }

    public Augmentation step(int i) {
        return steps[i];
    }

    @Override
    public void reserve(int maxRows, int features, int outputs) {
        for (Augmentation a : steps) {
            a.reserve(maxRows, features, outputs);
        }
    }

    @Override
    public void apply(double[] x, double[] y, int rows, int features, int outputs, Rng rng) {
        for (Augmentation a : steps) {
            a.apply(x, y, rows, features, outputs, rng);
        }
    }

    @Override
    public String describe() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < steps.length; i++) {
            s.append(i == 0 ? "" : " + ").append(steps[i].describe());
        }
        return s.toString();
    }
}
