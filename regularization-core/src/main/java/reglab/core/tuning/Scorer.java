package reglab.core.tuning;

import reglab.core.data.Dataset;

/**
 * Fits a model with regularization strength {@code lambda} on {@code train} and returns its error on
 * {@code validation} (lower is better, e.g. validation MSE or loss). Must not modify either set.
 * Implementations build a fresh model per call so folds do not leak into each other.
 */
public interface Scorer {

    double score(Dataset train, Dataset validation, double lambda);
}
