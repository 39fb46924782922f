package reglab.core.nn.train;

import reglab.core.math.ShortestDecimal;

/**
 * When a {@link Trainer} gives up on a run as diverged. A training batch's loss that is NaN or at
 * least {@link #maxLoss()} ends the run at once; so does an epoch whose recorded training loss
 * is, or that grows past {@link #maxGrowth()} times the first recorded training loss, or whose
 * validation loss is not finite.
 *
 * <p>{@link #NON_FINITE} stops only on NaN or infinite losses, as Keras' {@code TerminateOnNaN}
 * does. The lab also stops runs whose loss passes 10⁶ or doubles: cross-entropy is clipped (Keras'
 * ε), so an exploding classifier's loss stays finite, and a loss that doubles instead of falling
 * is the visible sign of a learning rate too big.
 */
public final class Divergence {

    /** Only NaN or infinite losses: Keras' {@code TerminateOnNaN}. */
    public static final Divergence NON_FINITE =
            new Divergence(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);

    private final double maxLoss;
    private final double maxGrowth;

    /**
     * @param maxLoss a loss this large or larger diverges; {@code > 0}, may be +∞
     * @param maxGrowth an epoch's training loss above this multiple of the first recorded one
     *     diverges; {@code >= 1}, may be +∞
     */
    public Divergence(double maxLoss, double maxGrowth) {
        if (!(maxLoss > 0)) {
            throw new IllegalArgumentException("divergence maxLoss must be > 0, got " + ShortestDecimal.text(maxLoss));
        }
        if (!(maxGrowth >= 1)) {
            throw new IllegalArgumentException("divergence maxGrowth must be >= 1, got " + ShortestDecimal.text(maxGrowth));
        }
        this.maxLoss = maxLoss;
        this.maxGrowth = maxGrowth;
    }

    public double maxLoss() {
        return maxLoss;
    }

    public double maxGrowth() {
        return maxGrowth;
    }

    /** Whether a training batch's loss diverges (NaN fails every comparison, so it does). */
    boolean batchDiverges(double loss) {
        return !(loss < maxLoss);
    }

    /** Whether an epoch's recorded training loss diverges, given the first recorded one. */
    boolean epochDiverges(double loss, double firstLoss) {
        return !(loss < maxLoss) || loss > maxGrowth * firstLoss;
    }
}
