package reglab.core.math;

/**
 * The elementary functions the core needs — exp, log, sin, cos, tanh — computed from IEEE 754
 * additions, multiplications, divisions and bit operations only, so they give the same bits on
 * HotSpot, in WebAssembly and in JavaScript. {@code Math} and {@code StrictMath} do not: under
 * TeaVM both become the browser's {@code Math}, whose last bits change between browsers and
 * between versions of one browser (Chromium 156's {@code Math.sin} and {@code Math.exp} differ
 * from fdlibm's, older V8 matched it), and HotSpot's {@code Math} intrinsics differ from both. A
 * seeded run in the page thus gives exactly the numbers the JVM's tests and golden files hold.
 *
 * <p>Each function reduces its argument exactly (Cody &amp; Waite's splitting of ln 2 and π/2
 * into parts whose products with small integers are exact) and evaluates a Taylor polynomial on
 * the reduced interval, arranged so the largest term is added last; the error is within 2 ulp of
 * fdlibm's {@code StrictMath} (tested on millions of arguments). sin and cos reduce accurately
 * for |x| up to about 10⁶, far beyond what the core passes them.
 */
public final class PortableMath {

    /** ln 2 split: the high part has 32 significant bits, so k·LN2_HI is exact for |k| &lt; 2²¹. */
    static final double LN2_HI = 6.93147180369123816490e-01;
    static final double LN2_LO = 1.90821492927058770002e-10;
    private static final double INV_LN2 = 1.44269504088896338700e+00;
    /** π/2 in three parts of 33, 33 and 53 bits (their sum is π/2 to about 120 bits). */
    static final double PIO2_1 = 1.57079632673412561417e+00;
    static final double PIO2_2 = 6.07710050630396597660e-11;
    static final double PIO2_3 = 2.02226624879595063154e-21;
    private static final double TWO_OVER_PI = 6.36619772367581382433e-01;

    /** exp overflows above this and underflows to 0 below {@link #EXP_UNDERFLOW}. */
    private static final double EXP_OVERFLOW = 7.09782712893383973096e+02;
    private static final double EXP_UNDERFLOW = -7.45133219101941108420e+02;
    private static final double TWO_TO_54 = 18014398509481984.0;

    private PortableMath() {
    }

    /** eˣ. */
    public static double exp(double x) {
        if (x != x) {
            return x;
        }
        if (x > EXP_OVERFLOW) {
            return Double.POSITIVE_INFINITY;
        }
        if (x < EXP_UNDERFLOW) {
            return 0;
        }
        int k = (int) Math.floor(x * INV_LN2 + 0.5);
        double r = (x - k * LN2_HI) - k * LN2_LO; // |r| ≤ ln2/2 (+ rounding)
        return scale(1 + expMinusOneSmall(r), k);
    }

    /** eʳ − 1 for |r| ≤ 0.35: r + r²·(1/2! + r/3! + … + r¹¹/13!), error far below an ulp of eʳ. */
    private static double expMinusOneSmall(double r) {
        double p = 1.6059043836821613e-10; // 1/13!
        p = p * r + 2.08767569878681e-09;
        p = p * r + 2.505210838544172e-08;
        p = p * r + 2.755731922398589e-07;
        p = p * r + 2.7557319223985893e-06;
        p = p * r + 2.48015873015873e-05;
        p = p * r + 0.0001984126984126984;
        p = p * r + 0.001388888888888889;
        p = p * r + 0.008333333333333333;
        p = p * r + 0.041666666666666664;
        p = p * r + 0.16666666666666666;
        p = p * r + 0.5;
        return r + r * r * p;
    }

    /** {@code v·2ᵏ} for 0.7 &lt; v &lt; 1.5, by building the power of two from its bits. */
    private static double scale(double v, int k) {
        if (k > 1023) {
            return v * twoTo(1023) * twoTo(k - 1023);
        }
        if (k < -1022) {
            return v * twoTo(k + 1000) * twoTo(-1000);
        }
        return v * twoTo(k);
    }

    private static double twoTo(int k) {
        return Double.longBitsToDouble((long) (k + 1023) << 52);
    }

    /** The natural logarithm. */
    public static double log(double x) {
        if (!(x > 0) || x == Double.POSITIVE_INFINITY) {
            return x == 0 ? Double.NEGATIVE_INFINITY : x < 0 ? Double.NaN : x;
        }
        int extra = 0;
        if (x < Double.MIN_NORMAL) {
            x *= TWO_TO_54;
            extra = -54;
        }
        long bits = Double.doubleToRawLongBits(x);
        int e = (int) (bits >>> 52) - 1023 + extra;
        double m = Double.longBitsToDouble((bits & 0x000fffffffffffffL) | 0x3ff0000000000000L);
        if (m > 1.4142135623730951) { // keep m in [√2/2, √2), so |f| and |s| stay small
            m *= 0.5;
            e++;
        }
        double f = m - 1; // exact
        // ln(1 + f) = 2·atanh(s) with s = f / (2 + f) = f − s·f + s·R(s²), R = Σ 2s^2k/(2k + 1)
        double s = f / (2 + f);
        double z = s * s;
        double q = 0.08695652173913043; // 2/23
        q = q * z + 0.09523809523809523;
        q = q * z + 0.10526315789473684;
        q = q * z + 0.11764705882352941;
        q = q * z + 0.13333333333333333;
        q = q * z + 0.15384615384615385;
        q = q * z + 0.18181818181818182;
        q = q * z + 0.2222222222222222;
        q = q * z + 0.2857142857142857;
        q = q * z + 0.4;
        q = q * z + 0.6666666666666666;
        double r = z * q;
        return e * LN2_HI + (f - (s * (f - r) - e * LN2_LO));
    }

    /** The sine of {@code x} radians. */
    public static double sin(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return Double.NaN;
        }
        int n = (int) Math.floor(x * TWO_OVER_PI + 0.5);
        double r = reduce(x, n);
        switch (n & 3) {
            case 0:
                return sinSmall(r);
            case 1:
                return cosSmall(r);
            case 2:
                return -sinSmall(r);
            default:
                return -cosSmall(r);
        }
    }

    /** The cosine of {@code x} radians. */
    public static double cos(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return Double.NaN;
        }
        int n = (int) Math.floor(x * TWO_OVER_PI + 0.5);
        double r = reduce(x, n);
        switch (n & 3) {
            case 0:
                return cosSmall(r);
            case 1:
                return -sinSmall(r);
            case 2:
                return -cosSmall(r);
            default:
                return sinSmall(r);
        }
    }

    /** x − n·π/2, exact in the first two steps (33-bit parts times a small n). */
    private static double reduce(double x, int n) {
        return ((x - n * PIO2_1) - n * PIO2_2) - n * PIO2_3;
    }

    /** sin r for |r| ≤ π/4: r + r³·Σ(−1)ᵏ r^2(k−1)/(2k + 1)!, k = 1..8. */
    private static double sinSmall(double r) {
        double z = r * r;
        double p = 2.8114572543455206e-15; // 1/17!
        p = p * z - 7.647163731819816e-13;
        p = p * z + 1.6059043836821613e-10;
        p = p * z - 2.505210838544172e-08;
        p = p * z + 2.7557319223985893e-06;
        p = p * z - 0.0001984126984126984;
        p = p * z + 0.008333333333333333;
        p = p * z - 0.16666666666666666;
        return r + r * z * p;
    }

    /** cos r for |r| ≤ π/4: 1 − r²/2 + r⁴·Σ(−1)ᵏ r^2(k−2)/(2k)!, k = 2..9, 1 − r²/2 split exactly. */
    private static double cosSmall(double r) {
        double z = r * r;
        double p = -1.5619206968586225e-16; // −1/18!
        p = p * z + 4.779477332387385e-14;
        p = p * z - 1.1470745597729725e-11;
        p = p * z + 2.08767569878681e-09;
        p = p * z - 2.755731922398589e-07;
        p = p * z + 2.48015873015873e-05;
        p = p * z - 0.001388888888888889;
        p = p * z + 0.041666666666666664;
        double tail = z * z * p;
        double half = 0.5 * z;
        double w = 1 - half;
        return w + (((1 - w) - half) + tail); // (1 − w) − half recovers what 1 − half lost
    }

    /**
     * tanh x from e²ˣ − 1 as fdlibm arranges it (not {@code (eˣ − e⁻ˣ)/(eˣ + e⁻ˣ)}, which loses
     * digits near 0 and is NaN beyond |x| ≈ 710): a Taylor series near 0, {@link #exp} elsewhere.
     */
    public static double tanh(double x) {
        double a = Math.abs(x);
        double t;
        if (a < 0.175) {
            double e = expMinusOneSmall(2 * a);
            t = e / (e + 2);
        } else if (a < 1) {
            double e = exp(-2 * a) - 1; // in (−0.87, −0.29]: little cancellation
            t = -e / (e + 2);
        } else if (a < 22) {
            t = 1 - 2 / (exp(2 * a) + 1);
        } else {
            return a != a ? x : Math.copySign(1.0, x); // beyond 22, tanh rounds to ±1
        }
        return Math.copySign(t, x);
    }
}
