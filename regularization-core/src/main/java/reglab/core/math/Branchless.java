package reglab.core.math;


/**
 * Branch-free forms of data-dependent choices between doubles in the training loops, computed on
 * the IEEE 754 bit patterns with 64-bit integer arithmetic. Each gives exactly the bits of the
 * plain Java expression it replaces, NaN and signed zeros included.
 *
 * <p>Why: after ReLU and dropout the signs and masks are random, so a branch per value is
 * mispredicted about half the time, which made ReLU alone cost several times its arithmetic. A
 * comparison that only yields an int ({@code c ? 1 : 0}) needs none of this: TeaVM already emits
 * the comparison's 0/1. These forms are for choosing between doubles. They cost more in TeaVM's
 * JavaScript output (64-bit integers are BigInts there), so they are used only where WebAssembly
 * gains clearly: the ReLU forward and the dropout masks.
 */
public final class Branchless {

    /** Bits of the smallest positive NaN: doubles with bits at or above it (and positive) are NaN. */
    private static final long FIRST_NAN = 0x7FF0000000000001L;

    private Branchless() {
    }

    /** {@code -1L} (all ones) when {@code v > 0}, else {@code 0L} (so also for NaN and ±0). */
    public static long positiveMask(double v) {
        long bits = Double.doubleToRawLongBits(v);
        // Sign bit of each factor: -bits < 0 for bits > 0; ~bits < 0 for a clear sign bit;
        // bits - FIRST_NAN < 0 below the NaNs. All three negative exactly when v > 0.
        return ((-bits) & ~bits & (bits - FIRST_NAN)) >> 63;
    }

    /** {@code v} where {@code mask} is all ones, {@code +0.0} where it is zero. */
    public static double select(double v, long mask) {
        return Double.longBitsToDouble(Double.doubleToRawLongBits(v) & mask);
    }

    /** {@code v > 0 ? v : 0.0}. */
    public static double relu(double v) {
        return select(v, positiveMask(v));
    }
}
