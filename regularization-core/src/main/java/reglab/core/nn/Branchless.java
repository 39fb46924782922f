package reglab.core.nn;

/**
 * Branch-free forms of the data-dependent choices in the training loops (ReLU, dropout masks,
 * zero tests), computed on the IEEE 754 bit patterns with 64-bit integer arithmetic. Each gives
 * exactly the bits of the plain Java expression it replaces, NaN and signed zeros included.
 *
 * <p>Why: after ReLU and dropout the signs and masks are random, so a branch per value is
 * mispredicted about half the time. HotSpot often turns such branches into conditional moves;
 * V8 compiles TeaVM's WebAssembly to real branches, where the mispredictions made ReLU alone cost
 * several times its arithmetic.
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

    /** {@code -1L} when {@code v != 0} (NaN included), {@code 0L} for ±0. */
    public static long nonZeroMask(double v) {
        long magnitude = Double.doubleToRawLongBits(v) << 1;
        return (magnitude | -magnitude) >> 63;
    }

    /** 1 when {@code v != 0} (NaN included), 0 for ±0. */
    public static int nonZero(double v) {
        long magnitude = Double.doubleToRawLongBits(v) << 1;
        return (int) ((magnitude | -magnitude) >>> 63);
    }

    /** {@code v} where {@code mask} is all ones, {@code +0.0} where it is zero. */
    public static double select(double v, long mask) {
        return Double.longBitsToDouble(Double.doubleToRawLongBits(v) & mask);
    }

    /** {@code v > 0 ? v : 0.0}. */
    public static double relu(double v) {
        return select(v, positiveMask(v));
    }

    /** {@code v > 0 ? 1.0 : 0.0}. */
    public static double step(double v) {
        // 1.0 is 0x3FF0000000000000; masking it gives 1.0 or +0.0.
        return Double.longBitsToDouble(0x3FF0000000000000L & positiveMask(v));
    }
}
