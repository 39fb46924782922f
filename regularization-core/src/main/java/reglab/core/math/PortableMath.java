package reglab.core.math;

/**
 * The elementary functions the core needs — exp, log, sin, cos, tanh — computed from IEEE 754
 * additions, multiplications, divisions and float bit conversions only, so they give the same
 * bits on HotSpot, in WebAssembly and in JavaScript. {@code Math} and {@code StrictMath} do not:
 * under TeaVM both become the browser's {@code Math}, whose last bits change between browsers and
 * between versions of one browser (Chromium 156's {@code Math.sin} and {@code Math.exp} differ
 * from fdlibm's, older V8 matched it), and HotSpot's {@code Math} intrinsics differ from both. A
 * seeded run in the page thus gives exactly the numbers the JVM's tests and golden files hold.
 *
 * <p>exp and log are fdlibm's algorithms ({@code e_exp.c}, {@code e_log.c}: Cody &amp; Waite's
 * exact reduction by ln 2 split in two parts, then a Remez rational or polynomial form, their
 * constants) with the exponent handled by exact power-of-two scalings instead of fdlibm's bit
 * surgery; tanh is a Padé approximant near 0 and 1 − 2/(e²ˣ + 1) elsewhere; sin and cos reduce
 * by π/2 in three parts and sum Taylor series. Each is within 2 ulp of fdlibm's
 * {@code StrictMath} (tested on millions of arguments). sin and cos reduce accurately for |x| up
 * to about 10⁶, far beyond what the core passes them.
 *
 * <p>Written for TeaVM, where the playground's tanh network spends much of its time here: no
 * {@code Math} calls (each a call out of WebAssembly into JavaScript), no {@code long} (emulated
 * in TeaVM's JavaScript), no static tables (a class with a static initialiser gets an
 * initialisation check at the top of every one of its methods), and the common ranges take no
 * call and few branches. Powers of two come from a float's bits: {@link #twoTo}.
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
    /** Below this magnitude exp's power 2ᵏ has |k| &lt;= 126, a normal float: {@link #twoTo}. */
    private static final double EXP_FAST = 87.0;
    /** fdlibm's e_exp.c: R(r²) ≈ r·(eʳ + 1)/(eʳ − 1) − 2 on |r| &lt;= ln2/2, a Remez fit. */
    private static final double P1 = 1.66666666666666019037e-01;
    private static final double P2 = -2.77777777770155933842e-03;
    private static final double P3 = 6.61375632143793436117e-05;
    private static final double P4 = -1.65339022054652515390e-06;
    private static final double P5 = 4.13813679705723846039e-08;

    /** log's fast path: 2⁻¹²⁵ &lt;= x &lt; 2¹²⁵, where the float exponent of x/√2 is exact. */
    private static final double LOG_FAST_LOW = 0x1p-125;
    private static final double LOG_FAST_HIGH = 0x1p125;
    private static final double SQRT_TWO = 1.4142135623730951;
    /** fdlibm's e_log.c: log(1 + f) = f − s·(f − R(s)), R a Remez fit on s² in [0, 0.1716²]. */
    private static final double LG1 = 6.666666666666735130e-01;
    private static final double LG2 = 3.999999999940941908e-01;
    private static final double LG3 = 2.857142874366239149e-01;
    private static final double LG4 = 2.222219843214978396e-01;
    private static final double LG5 = 1.818357216161805012e-01;
    private static final double LG6 = 1.531383769920937332e-01;
    private static final double LG7 = 1.479819860511658591e-01;

    /** tanh uses its Padé approximant below this magnitude, exp above. */
    private static final double TANH_PADE_BELOW = 0.7;
    /**
     * From here on 2/(e²ˣ + 1) &lt; 2⁻⁵⁴, so 1 − 2/(e²ˣ + 1) rounds to exactly 1 (fdlibm stops at
     * 22; the bits are the same).
     */
    private static final double TANH_SATURATED = 19.1;

    private PortableMath() {
    }

    /** eˣ. */
    public static double exp(double x) {
        if (x > -EXP_FAST && x < EXP_FAST) {
            return expNear(x);
        }
        if (x != x || x > EXP_OVERFLOW) {
            return x != x ? x : Double.POSITIVE_INFINITY;
        }
        if (x < EXP_UNDERFLOW) {
            return 0;
        }
        int k = roundedMultipleOfLn2(x);
        return scale(expOfReduced(x, k), k);
    }

    /** eˣ for |x| &lt; {@link #EXP_FAST}. */
    private static double expNear(double x) {
        int k = roundedMultipleOfLn2(x);
        return expOfReduced(x, k) * twoTo(k);
    }

    /** ⌊x/ln2 + ½⌋, so x − k·ln2 is within ln2/2 of 0 (fdlibm rounds ties away from 0 instead). */
    private static int roundedMultipleOfLn2(double x) {
        double y = x * INV_LN2 + 0.5;
        int k = (int) y; // rounds toward zero; Math.floor would be a call into JavaScript
        return k > y ? k - 1 : k;
    }

    /** e^(x − k·ln2), fdlibm's rational form for the reduced argument, in [0.7, 1.42]. */
    private static double expOfReduced(double x, int k) {
        double hi = x - k * LN2_HI; // exact
        double lo = k * LN2_LO;
        double r = hi - lo;
        double t = r * r;
        double c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
        return 1 - ((lo - (r * c) / (2 - c)) - hi);
    }

    /**
     * 2ᵏ for −126 &lt;= k &lt;= 127, exactly, from the bits of a normal float: no 64-bit integer
     * (TeaVM's JavaScript emulates those slowly) and no table.
     */
    private static double twoTo(int k) {
        return Float.intBitsToFloat((k + 127) << 23);
    }

    /**
     * v·2ᵏ for any k that leaves the result representable, rounded once: steps of 2¹²⁰ that
     * keep v·2ʲ normal (exact), then the rest, so a subnormal result is rounded by the last
     * multiplication only.
     */
    private static double scale(double v, int k) {
        while (k > 120) {
            v *= 0x1p120;
            k -= 120;
        }
        while (k < -120) {
            v *= 0x1p-120;
            k += 120;
        }
        return v * twoTo(k);
    }

    /** The natural logarithm. */
    public static double log(double x) {
        if (x >= LOG_FAST_LOW && x < LOG_FAST_HIGH) {
            return logScaled(x, 0);
        }
        if (!(x > 0) || x == Double.POSITIVE_INFINITY) {
            return x == 0 ? Double.NEGATIVE_INFINITY : x < 0 ? Double.NaN : x;
        }
        int e = 0;
        while (x < LOG_FAST_LOW) { // exact: a subnormal scaled up to a normal number
            x *= 0x1p120;
            e -= 120;
        }
        while (x >= LOG_FAST_HIGH) {
            x *= 0x1p-120;
            e += 120;
        }
        return logScaled(x, e);
    }

    /**
     * log(x·2^extra) for 2⁻¹²⁵ &lt;= x &lt; 2¹²⁵. x = m·2ᵉ with m near [√2/2, √2): e is the float
     * exponent of x·√2 (its rounding can put m a hair outside, which the fit tolerates), found
     * without a branch, without {@code Math.getExponent} and without 64-bit integers.
     */
    private static double logScaled(double x, int extra) {
        int e = ((Float.floatToRawIntBits((float) (x * SQRT_TWO)) >> 23) & 0xff) - 127;
        double f = x * twoTo(-e) - 1; // the subtraction is exact (Sterbenz)
        double s = f / (2 + f);
        double z = s * s;
        double w = z * z;
        double r = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7))) + w * (LG2 + w * (LG4 + w * LG6));
        double k = e + extra;
        return k * LN2_HI - ((s * (f - r) - k * LN2_LO) - f);
    }

    /**
     * ⌊y⌋ for |y| &lt; 2³¹ by an int conversion: under TeaVM, {@code Math.floor} is a call out
     * of WebAssembly into JavaScript.
     */
    private static int floor(double y) {
        int t = (int) y; // rounds toward zero
        return t > y ? t - 1 : t;
    }

    /** The sine of {@code x} radians. */
    public static double sin(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return Double.NaN;
        }
        int n = floor(x * TWO_OVER_PI + 0.5);
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
        int n = floor(x * TWO_OVER_PI + 0.5);
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
     * tanh x: below {@link #TANH_PADE_BELOW} in magnitude the [4/4] Padé approximant of
     * tanh(x)/x in x² (Lambert's continued fraction; truncation below 4·10⁻¹⁷ relative on [0, 1)),
     * above it 1 − 2/(e²ˣ + 1) as fdlibm arranges it, ±1 from {@link #TANH_SATURATED}. Not
     * {@code (eˣ − e⁻ˣ)/(eˣ + e⁻ˣ)}, TeaVM's, which loses digits near 0 and is NaN beyond 710.
     */
    public static double tanh(double x) {
        if (x < TANH_PADE_BELOW && x > -TANH_PADE_BELOW) {
            if (x == 0) {
                return x; // ±0 as given: x plus the correction below would turn −0 into +0
            }
            // x·(1 + z·num)/(1 + z·den) as x plus a small correction
            double z = x * x;
            double num = 2.901963686277412e-08;
            num = num * z + 2.8729440494146376e-05;
            num = num * z + 0.00392156862745098;
            num = num * z + 0.13725490196078433;
            double den = 1.3058836588248353e-06;
            den = den * z + 0.00040221216691804925;
            den = den * z + 0.027450980392156862;
            den = den * z + 0.47058823529411764;
            return x + x * z * (num - den) / (1 + z * den);
        }
        if (x > 0) {
            return x < TANH_SATURATED ? 1 - 2 / (expNear(2 * x) + 1) : 1;
        }
        if (x < 0) {
            return x > -TANH_SATURATED ? 2 / (expNear(-2 * x) + 1) - 1 : -1;
        }
        return x; // NaN
    }
}
