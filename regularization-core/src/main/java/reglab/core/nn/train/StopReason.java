package reglab.core.nn.train;

/** Why a training run ended (or that it has not). */
public enum StopReason {
    /** Still running: epochs remain and nothing stopped it. */
    RUNNING,
    /** All requested epochs ran. */
    COMPLETED,
    /** Early stopping ran out of patience. */
    EARLY_STOPPED,
    /** The loss (training or validation) became NaN or infinite. */
    DIVERGED
}
