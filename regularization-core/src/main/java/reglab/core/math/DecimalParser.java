package reglab.core.math;

/**
 * Reads a decimal number into the double nearest to it, ties to the even one: the double
 * {@code Double.parseDouble} and JavaScript's {@code Number} give, bit for bit. The digits are
 * read exactly ({@link Nat}); a first guess from the leading digits is then moved a unit in the
 * last place at a time until the exact value lies within half a unit of it (the comparison
 * Clinger's "How to Read Floating Point Numbers Accurately", PLDI 1990, calls algorithm R). The
 * platform's own parser is never used, so the module the page loads does not carry its tables.
 *
 * <p>What it reads: an optional sign, then digits with at most one decimal point ({@code 12},
 * {@code 0.003}, {@code .5}, {@code 5.}), then an optional exponent ({@code 1e-4},
 * {@code 2.5E+3}); or {@code NaN} and {@code Infinity} with an optional sign. Nothing else: no
 * white space, no hexadecimal, no {@code d} or {@code f} suffix.
 */
public final class DecimalParser {

    private static final double[] POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    };

    /** Exponents beyond this are read as this: the value is then 0 or infinite anyway. */
    private static final long EXPONENT_CAP = 100_000_000L;

    private DecimalParser() {
    }

    /**
     * The double nearest to decimal {@code s}.
     *
     * @throws NumberFormatException when {@code s} is not a decimal number as described above
     */
    public static double parse(String s) {
        if (s == null) {
            throw new NumberFormatException("no number: null");
        }
        int n = s.length();
        int i = 0;
        boolean negative = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        if (s.startsWith("Infinity", i) && i + 8 == n) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (s.startsWith("NaN", i) && i + 3 == n) {
            return Double.NaN;
        }
        StringBuilder digits = new StringBuilder(); // significant digits: no leading zeros
        long afterPoint = 0;
        boolean anyDigit = false;
        boolean point = false;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                anyDigit = true;
                if (digits.length() > 0 || c != '0') {
                    digits.append(c);
                }
                if (point) {
                    afterPoint++;
                }
            } else if (c == '.' && !point) {
                point = true;
            } else {
                break;
            }
        }
        if (!anyDigit) {
            throw notDecimal(s);
        }
        long exponent = 0;
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            boolean negativeExponent = false;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                negativeExponent = s.charAt(i) == '-';
                i++;
            }
            int start = i;
            for (; i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9'; i++) {
                exponent = Math.min(EXPONENT_CAP, exponent * 10 + (s.charAt(i) - '0'));
            }
            if (i == start) {
                throw notDecimal(s);
            }
            exponent = negativeExponent ? -exponent : exponent;
        }
        if (i != n) {
            throw notDecimal(s);
        }
        int k = digits.length();
        while (k > 0 && digits.charAt(k - 1) == '0') {
            k--;
        }
        double zero = negative ? -0.0 : 0.0;
        if (k == 0) {
            return zero;
        }
        // The value is d₁…d_k · 10^e, so 10^(k−1+e) ≤ value < 10^(k+e).
        long e = exponent - afterPoint + (digits.length() - k);
        if (k + e > 310) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (k + e <= -324) { // below 1e-324, less than half the smallest double
            return zero;
        }
        double v = nearest(digits, k, (int) e);
        return negative ? -v : v;
    }

    /** The double nearest to {@code digits[0, k) · 10^e} (positive, within the double range). */
    private static double nearest(CharSequence digits, int k, int e) {
        int lead = Math.min(k, 17);
        long m = 0;
        for (int j = 0; j < lead; j++) {
            m = m * 10 + (digits.charAt(j) - '0');
        }
        double z = approximately(m, e + (k - lead));
        z = z == 0 ? Double.MIN_VALUE : Double.isInfinite(z) ? Double.MAX_VALUE : z;

        // Room for the largest product compared below: the digits scaled by 10^|e| and 2^1076.
        int limbs = (int) ((7L * k + 7L * Math.abs((long) e) / 2 + 1200) / 32) + 3;
        Nat value = new Nat(limbs).set(0);
        for (int j = 0; j < k; j++) {
            value.multiplyAdd(10, digits.charAt(j) - '0');
        }
        Nat left = new Nat(limbs);
        Nat right = new Nat(limbs);
        while (true) {
            long bits = Double.doubleToRawLongBits(z);
            int biased = (int) (bits >>> 52);
            long fraction = bits & 0xfffffffffffffL;
            long mantissa = biased == 0 ? fraction : fraction | (1L << 52);
            int exponent = biased == 0 ? -1074 : biased - 1075;
            boolean odd = (mantissa & 1) != 0;
            // z = mantissa·2^exponent; halfway to the next double up: (2·mantissa + 1)·2^(exponent−1).
            int vsUpper = compare(value, e, 2 * mantissa + 1, exponent - 1, left, right);
            if (vsUpper > 0 || (vsUpper == 0 && odd)) {
                if (z == Double.MAX_VALUE) {
                    return Double.POSITIVE_INFINITY;
                }
                z = Double.longBitsToDouble(bits + 1);
                continue;
            }
            // Halfway to the next double down; at the bottom of a binade that one is twice as close.
            boolean closerBelow = fraction == 0 && biased > 1;
            int vsLower = closerBelow
                    ? compare(value, e, 4 * mantissa - 1, exponent - 2, left, right)
                    : compare(value, e, 2 * mantissa - 1, exponent - 1, left, right);
            if (vsLower < 0 || (vsLower == 0 && odd)) {
                if (bits == 1) {
                    return 0.0; // at most half the smallest double, which is odd: rounds to zero
                }
                z = Double.longBitsToDouble(bits - 1);
                continue;
            }
            return z;
        }
    }

    /** Compares {@code value · 10^e} with {@code halfway · 2^q}, exactly. */
    private static int compare(Nat value, int e, long halfway, int q, Nat left, Nat right) {
        left.set(value);
        right.set(halfway);
        if (e >= 0) {
            left.multiplyByPowerOfTen(e);
        } else {
            right.multiplyByPowerOfTen(-e);
        }
        if (q >= 0) {
            right.shiftLeft(q);
        } else {
            left.shiftLeft(-q);
        }
        return left.compareTo(right);
    }

    /** {@code m · 10^scale} in double arithmetic: a guess within a few units in the last place. */
    private static double approximately(long m, int scale) {
        double z = m;
        int left = scale;
        if (left >= 0) {
            while (left > 22) {
                z *= 1e22;
                left -= 22;
            }
            return z * POWERS_OF_TEN[left];
        }
        while (left < -22) {
            z /= 1e22;
            left += 22;
        }
        return z / POWERS_OF_TEN[-left];
    }

    private static NumberFormatException notDecimal(String s) {
        return new NumberFormatException("not a decimal number: '" + s
                + "' (digits with at most one point and an optional exponent, e.g. 0.003 or 1e-4)");
    }
}
