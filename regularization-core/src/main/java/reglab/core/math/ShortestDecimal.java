package reglab.core.math;

/**
 * A double as JavaScript writes it ({@code String(x)}, {@code JSON.stringify}): the shortest
 * decimal that reads back as the same double, the closest such decimal when several have that
 * length (the even one on a tie), laid out by ECMAScript's {@code Number::toString} (plain for
 * exponents from -6 to 20, else {@code 1.5e-7}, {@code 1e+21}). Run results are written this way
 * so they carry every bit of every number, and so the browser's {@code JSON.stringify} of a
 * parsed result gives back the very text the JVM wrote.
 *
 * <p>Exact on every platform: the digits come from Burger and Dybvig's free-format algorithm
 * ("Printing Floating-Point Numbers Quickly and Accurately", PLDI 1996) in integer arithmetic on
 * small natural numbers, never from the platform's {@code Double.toString}, which differs between
 * JDK 17 and 19 and under TeaVM.
 */
public final class ShortestDecimal {

    /** Above this, an integral double may not be exact in a long's text; below, it is. */
    private static final double EXACT_INTEGERS = 9007199254740992.0;

    private ShortestDecimal() {
    }

    /**
     * {@code v} as JavaScript's {@code String(v)} writes it: {@link #of} for finite values, and
     * {@code NaN}, {@code Infinity}, {@code -Infinity}. For messages that name a value: the same
     * text on the JVM and in the page, without the platform's {@code Double.toString}.
     */
    public static String text(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "Infinity" : "-Infinity";
        }
        return of(v);
    }

    /**
     * {@code v} in JavaScript's form; {@code -0} gives {@code "0"} as {@code JSON.stringify} does.
     *
     * @throws IllegalArgumentException for NaN and infinities, which JSON cannot hold
     */
    public static String of(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            throw new IllegalArgumentException("no decimal for " + text(v));
        }
        if (v == 0) {
            return "0";
        }
        if (v < 0) {
            return "-" + of(-v);
        }
        if (v < EXACT_INTEGERS && v == Math.floor(v)) {
            return Long.toString((long) v);
        }
        char[] digits = new char[17];
        int[] count = new int[1];
        int point = digits(v, digits, count);
        return layout(digits, count[0], point);
    }

    /**
     * Writes the shortest digits of {@code v > 0} into {@code out} (their number into
     * {@code count[0]}) and returns the decimal point's position n: {@code v ≈ 0.d₁d₂… × 10ⁿ}.
     */
    private static int digits(double v, char[] out, int[] count) {
        long bits = Double.doubleToRawLongBits(v);
        int biased = (int) (bits >>> 52) & 0x7ff;
        long fraction = bits & 0xfffffffffffffL;
        long mantissa = biased == 0 ? fraction : fraction | (1L << 52);
        int exponent = biased == 0 ? -1074 : biased - 1075;
        // v = mantissa·2^exponent. The doubles next to v lie half a unit away on either side,
        // except below a power of two, where the lower neighbour is twice as close.
        boolean closerBelow = fraction == 0 && biased > 1;
        boolean boundsRoundToV = (mantissa & 1) == 0; // round-half-even reads a tie back as v
        // In B&D's scaling: v = r/s, upper bound (r + mPlus)/s, lower bound (r − mMinus)/s.
        Nat r = new Nat(Nat.DOUBLE_LIMBS);
        Nat s = new Nat(Nat.DOUBLE_LIMBS);
        Nat mPlus = new Nat(Nat.DOUBLE_LIMBS);
        Nat mMinus = new Nat(Nat.DOUBLE_LIMBS);
        if (exponent >= 0) {
            int shift = closerBelow ? exponent + 2 : exponent + 1;
            r.set(mantissa).shiftLeft(shift);
            s.set(closerBelow ? 4 : 2);
            mPlus.set(1).shiftLeft(closerBelow ? exponent + 1 : exponent);
            mMinus.set(1).shiftLeft(exponent);
        } else {
            int shift = closerBelow ? 2 - exponent : 1 - exponent;
            r.set(mantissa).shiftLeft(closerBelow ? 2 : 1);
            s.set(1).shiftLeft(shift);
            mPlus.set(closerBelow ? 2 : 1);
            mMinus.set(1);
        }
        int point = (int) Math.ceil(Math.log10(v) - 1e-10);
        if (point >= 0) {
            s.multiplyByPowerOfTen(point);
        } else {
            r.multiplyByPowerOfTen(-point);
            mPlus.multiplyByPowerOfTen(-point);
            mMinus.multiplyByPowerOfTen(-point);
        }
        Nat high = new Nat(Nat.DOUBLE_LIMBS);
        // Fix the estimate so that the upper bound is below 10^point but not below 10^(point−1).
        while (reaches(high.set(r).add(mPlus), s, boundsRoundToV)) {
            s.multiplyBySmall(10);
            point++;
        }
        while (!reaches(high.set(r).add(mPlus).multiplyBySmall(10), s, boundsRoundToV)) {
            r.multiplyBySmall(10);
            mPlus.multiplyBySmall(10);
            mMinus.multiplyBySmall(10);
            point--;
        }
        int n = 0;
        Nat twice = new Nat(Nat.DOUBLE_LIMBS);
        while (true) {
            r.multiplyBySmall(10);
            mPlus.multiplyBySmall(10);
            mMinus.multiplyBySmall(10);
            int d = 0;
            while (r.compareTo(s) >= 0) {
                r.subtract(s);
                d++;
            }
            // The truncated digits so far are a candidate below v, one more in the last place a
            // candidate above; each is taken once it lies within v's rounding interval.
            int belowVsLower = r.compareTo(mMinus);
            boolean lowOk = boundsRoundToV ? belowVsLower <= 0 : belowVsLower < 0;
            boolean highOk = reaches(high.set(r).add(mPlus), s, boundsRoundToV);
            if (!lowOk && !highOk) {
                out[n++] = (char) ('0' + d);
                continue;
            }
            if (lowOk && highOk) {
                int c = twice.set(r).shiftLeft(1).compareTo(s);
                if (c > 0 || (c == 0 && (d & 1) == 1)) {
                    d++;
                }
            } else if (highOk) {
                d++;
            }
            out[n++] = (char) ('0' + d);
            break;
        }
        count[0] = n;
        return carry(out, count, point);
    }

    /** Whether {@code sum / s} reaches the next power of ten: ≥ 1 when bounds count, else > 1. */
    private static boolean reaches(Nat sum, Nat s, boolean inclusive) {
        int c = sum.compareTo(s);
        return inclusive ? c >= 0 : c > 0;
    }

    /** Propagates a last digit of 10 (rounding up …999); returns the possibly moved point. */
    private static int carry(char[] out, int[] count, int point) {
        int i = count[0] - 1;
        while (i > 0 && out[i] > '9') {
            out[i] = '0';
            out[i - 1]++;
            i--;
        }
        if (out[0] > '9') {
            out[0] = '1';
            count[0] = 1;
            return point + 1;
        }
        int n = count[0];
        while (n > 1 && out[n - 1] == '0') {
            n--;
        }
        count[0] = n;
        return point;
    }

    /** ECMAScript's {@code Number::toString} layout of digits {@code d} with point {@code n}. */
    private static String layout(char[] d, int k, int n) {
        StringBuilder sb = new StringBuilder(k + 8);
        if (k <= n && n <= 21) {
            sb.append(d, 0, k);
            for (int i = k; i < n; i++) {
                sb.append('0');
            }
        } else if (0 < n && n <= 21) {
            sb.append(d, 0, n).append('.').append(d, n, k - n);
        } else if (-6 < n && n <= 0) {
            sb.append("0.");
            for (int i = n; i < 0; i++) {
                sb.append('0');
            }
            sb.append(d, 0, k);
        } else {
            sb.append(d[0]);
            if (k > 1) {
                sb.append('.').append(d, 1, k - 1);
            }
            int e = n - 1;
            sb.append('e').append(e < 0 ? '-' : '+').append(Math.abs(e));
        }
        return sb.toString();
    }
}
