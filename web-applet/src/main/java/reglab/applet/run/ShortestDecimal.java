package reglab.applet.run;



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
     * {@code v} in JavaScript's form; {@code -0} gives {@code "0"} as {@code JSON.stringify} does.
     *
     * @throws IllegalArgumentException for NaN and infinities, which JSON cannot hold
     */
    public static String of(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            throw new IllegalArgumentException("no decimal for " + v);
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
        Nat r = new Nat();
        Nat s = new Nat();
        Nat mPlus = new Nat();
        Nat mMinus = new Nat();
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
        Nat high = new Nat();
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
        Nat twice = new Nat();
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

    /**
     * A natural number in base 2³², least significant limb first, big enough for any double's
     * scaled value (the subnormals need about 1,130 bits). Only what the digit loop needs.
     */
    private static final class Nat {

        private static final int LIMBS = 40;
        private static final long MASK = 0xffffffffL;

        private final int[] limb = new int[LIMBS];
        private int size;

        Nat set(long value) {
            java.util.Arrays.fill(limb, 0);
            limb[0] = (int) value;
            limb[1] = (int) (value >>> 32);
            size = limb[1] != 0 ? 2 : limb[0] != 0 ? 1 : 0;
            return this;
        }

        Nat set(Nat other) {
            System.arraycopy(other.limb, 0, limb, 0, LIMBS);
            size = other.size;
            return this;
        }

        Nat shiftLeft(int bits) {
            int words = bits >>> 5;
            int rest = bits & 31;
            for (int i = LIMBS - 1; i >= 0; i--) {
                int from = i - words;
                long hi = from >= 0 ? limb[from] & MASK : 0;
                long lo = from - 1 >= 0 ? limb[from - 1] & MASK : 0;
                limb[i] = rest == 0 ? (int) hi : (int) ((hi << rest) | (lo >>> (32 - rest)));
            }
            trim();
            return this;
        }

        Nat multiplyBySmall(int factor) {
            long carry = 0;
            for (int i = 0; i < size; i++) {
                long p = (limb[i] & MASK) * factor + carry;
                limb[i] = (int) p;
                carry = p >>> 32;
            }
            if (carry != 0) {
                limb[size++] = (int) carry;
            }
            return this;
        }

        Nat multiplyByPowerOfTen(int power) {
            for (int i = 0; i < power; i++) {
                multiplyBySmall(10);
            }
            return this;
        }

        Nat add(Nat other) {
            long carry = 0;
            int n = Math.max(size, other.size);
            for (int i = 0; i < n; i++) {
                long sum = (limb[i] & MASK) + (other.limb[i] & MASK) + carry;
                limb[i] = (int) sum;
                carry = sum >>> 32;
            }
            size = n;
            if (carry != 0) {
                limb[size++] = (int) carry;
            }
            return this;
        }

        /** {@code this − other}; requires {@code this >= other}. */
        void subtract(Nat other) {
            long borrow = 0;
            for (int i = 0; i < size; i++) {
                long diff = (limb[i] & MASK) - (other.limb[i] & MASK) - borrow;
                limb[i] = (int) diff;
                borrow = diff < 0 ? 1 : 0;
            }
            trim();
        }

        int compareTo(Nat other) {
            if (size != other.size) {
                return size < other.size ? -1 : 1;
            }
            for (int i = size - 1; i >= 0; i--) {
                if (limb[i] != other.limb[i]) {
                    return (limb[i] & MASK) < (other.limb[i] & MASK) ? -1 : 1;
                }
            }
            return 0;
        }

        private void trim() {
            size = LIMBS;
            while (size > 0 && limb[size - 1] == 0) {
                size--;
            }
        }
    }
}
