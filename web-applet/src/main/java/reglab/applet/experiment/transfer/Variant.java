package reglab.applet.experiment.transfer;

/**
 * The ways the target network is trained: from scratch (the baseline), and four ways of
 * fine-tuning the pre-trained feature layers under a new output layer (Li, Grandvalet &amp;
 * Davoine, "Explicit Inductive Bias for Transfer Learning with Convolutional Networks", ICML 2018,
 * compare the middle three; freezing is Keras' transfer-learning guide's first step).
 */
enum Variant {
    /** A fresh network, nothing transferred, no penalty. */
    SCRATCH("scratch", "from scratch"),
    /** Pre-trained features, every weight trained, no penalty. */
    NONE("none", "fine-tune, no penalty"),
    /** Pre-trained features, L2 towards zero on every weight (weight decay). */
    L2("l2", "fine-tune, L2"),
    /** Pre-trained features, L2-SP towards the pre-trained weights; the new output layer free. */
    L2SP("l2sp", "fine-tune, L2-SP"),
    /** Pre-trained features frozen; only the new output layer trains. */
    FROZEN("frozen", "frozen features");

    static final Variant[] ALL = values();

    /** The name in the result JSON. */
    final String key;
    /** The legend's label. */
    final String label;

    Variant(String key, String label) {
        this.key = key;
        this.label = label;
    }
}
