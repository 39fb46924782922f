package reglab.core.tuning;

/**
 * Scores one trial of a {@link StepwiseSearch}: trains with the hyperparameters {@code point} (one
 * value per dimension of the search space, not to be modified) and returns the validation error,
 * lower being better; NaN or ∞ for a run that failed (e.g. diverged). {@code trial} is the trial's
 * number, for seeding its run, so that a trial's score does not depend on which worker ran it.
 */
public interface TrialScorer {

    double score(int trial, double[] point);
}
