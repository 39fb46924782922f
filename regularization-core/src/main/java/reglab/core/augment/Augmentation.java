package reglab.core.augment;

import reglab.core.random.Rng;

/**
 * A random transformation of a training batch, applied by the trainer to its private copy of the
 * batch (never to the data set) right before the optimizer step. Validation data is never
 * augmented.
 *
 * <p>Call order: {@link #reserve} whenever larger batches are coming (the only allocating call),
 * then {@link #apply} per batch, which rewrites the first {@code rows} rows of {@code x}
 * ({@code [rows × features]}) and {@code y} ({@code [rows × outputs]}) in place.
 */
public interface Augmentation {

    void reserve(int maxRows, int features, int outputs);

    void apply(double[] x, double[] y, int rows, int features, int outputs, Rng rng);

    /** A short description for the lab, e.g. {@code "noise(σ 0.1)"}. */
    String describe();
}
