package reglab.core.nn.train;

/**
 * Work done right around each optimizer step of a {@link Trainer}: {@link #beforeStep} just
 * before the model's {@code trainBatch}, {@link #afterStep} just after it, on every training
 * batch. {@link L1Clipping} is one. Implementations must not allocate (they run in the hot loop).
 */
public interface StepHook {

    void beforeStep();

    void afterStep();
}
