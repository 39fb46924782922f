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
 * <p>Each function reduces its argument exactly (Cody &amp; Waite's splitting of ln 2 / 16 and
 * π/2 into parts whose products with small integers are exact; exp also takes out a power
 * 2^(j/16), held as an exact sum of two doubles) and evaluates a short Taylor polynomial on the
 * reduced interval, arranged so the largest term is added last; the error is within 2 ulp of
 * fdlibm's {@code StrictMath} (tested on millions of arguments). sin and cos reduce
 * accurately for |x| up to about 10⁶, far beyond what the core passes them.
 *
 * <p>Only arithmetic, comparisons, int conversions and switches: under TeaVM a {@code Math} call
 * is a call out of WebAssembly into JavaScript, a {@code long} is emulated in its JavaScript, and
 * a static table costs a class-initialisation check on every access, and the playground's tanh
 * network spends much of its time here.
 */
public final class PortableMath {

    /** ln 2 split: the high part has 32 significant bits, so k·LN2_HI is exact for |k| &lt; 2²¹. */
    static final double LN2_HI = 6.93147180369123816490e-01;
    static final double LN2_LO = 1.90821492927058770002e-10;
    /** ln 2 / 16 in the same two parts, exact scalings of the above. */
    static final double LN2_HI_16 = LN2_HI / 16;
    static final double LN2_LO_16 = LN2_LO / 16;
    private static final double SIXTEEN_OVER_LN2 = 23.083120654223414;
    /** π/2 in three parts of 33, 33 and 53 bits (their sum is π/2 to about 120 bits). */
    static final double PIO2_1 = 1.57079632673412561417e+00;
    static final double PIO2_2 = 6.07710050630396597660e-11;
    static final double PIO2_3 = 2.02226624879595063154e-21;
    private static final double TWO_OVER_PI = 6.36619772367581382433e-01;

    /** exp overflows above this and underflows to 0 below {@link #EXP_UNDERFLOW}. */
    private static final double EXP_OVERFLOW = 7.09782712893383973096e+02;
    private static final double EXP_UNDERFLOW = -7.45133219101941108420e+02;
    /** Above this, eˣ is a normal double (2⁻¹⁰²² is e^−708.39…). */
    private static final double EXP_NORMAL_LOW = -708.0;
    private static final double TWO_TO_64 = 18446744073709551616.0;
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
        if (!(x > EXP_NORMAL_LOW && x < EXP_OVERFLOW)) {
            return expOutsideNormalRange(x);
        }
        // x = (16k + j)·ln2/16 + r with |r| ≤ ln2/32, so eˣ = 2ᵏ · 2^(j/16) · eʳ
        double y = x * SIXTEEN_OVER_LN2 + 0.5;
        int n = (int) y; // ⌊y⌋ by an int conversion (Math.floor calls into JavaScript under TeaVM)
        if (n > y) {
            n--;
        }
        double r = (x - n * LN2_HI_16) - n * LN2_LO_16;
        int j = n & 15;
        double hi = TWO_TO_SIXTEENTHS_HI[j];
        return twoTo(n >> 4) * (hi + (TWO_TO_SIXTEENTHS_LO[j] + hi * expMinusOneReduced(r)));
    }

    /** exp where the result is not a normal double: NaN, infinities, overflow, underflow. */
    private static double expOutsideNormalRange(double x) {
        if (x != x || x >= EXP_OVERFLOW) {
            return x != x ? x : Double.POSITIVE_INFINITY;
        }
        if (x < EXP_UNDERFLOW) {
            return 0;
        }
        // a subnormal result: e^(x + 64·ln2) is normal, then scale down by 2⁻⁶⁴ (rounds once)
        return exp(x + 64 * LN2_HI + 64 * LN2_LO) * (1 / TWO_TO_64);
    }

    /** eʳ − 1 for |r| ≤ ln2/32 + ε: Σ rᵏ/k!, k = 1..7 (the next term is below 2⁻⁵⁹ of eʳ). */
    private static double expMinusOneReduced(double r) {
        double p = 0.0001984126984126984; // 1/7!
        p = p * r + 0.001388888888888889;
        p = p * r + 0.008333333333333333;
        p = p * r + 0.041666666666666664;
        p = p * r + 0.16666666666666666;
        p = p * r + 0.5;
        return r + r * r * p;
    }

    /** 2^(j/16) for 0 ≤ j &lt; 16 rounded to double; {@link #TWO_TO_SIXTEENTHS_LO} holds the rest. */
    static final double[] TWO_TO_SIXTEENTHS_HI = {
        1.0, 1.0442737824274138, 1.0905077326652577, 1.1387886347566916,
        1.189207115002721, 1.241857812073484, 1.2968395546510096, 1.3542555469368927,
        1.4142135623730951, 1.4768261459394993, 1.5422108254079407, 1.6104903319492543,
        1.681792830507429, 1.7562521603732995, 1.8340080864093424, 1.9152065613971474};
    /**
     * 2^(j/16) minus {@link #TWO_TO_SIXTEENTHS_HI}[j], from 80-digit values
     * ({@code src/test/python/portable_math_constants.py}; the test checks them).
     */
    static final double[] TWO_TO_SIXTEENTHS_LO = {
        0.0, 8.551889705537965e-17, -3.046782079812471e-17, 8.912812676025408e-17,
        3.982015231465646e-17, 4.658027591836937e-17, 2.5382502794888315e-17, 7.70094837980299e-17,
        -9.667293313452913e-17, -3.483994556892796e-17, 7.949834809697621e-17, 2.4707192569797888e-17,
        8.199010020581497e-17, 2.960140695448873e-17, 3.283107224245627e-17, -1.0619946056195963e-16};

    /**
     * 2ᵏ for −1022 ≤ k ≤ 1023, exactly: from int shifts when |k| ≤ 60, else by repeated
     * squaring. No 64-bit integers (TeaVM's JavaScript emulates those slowly) and no static table
     * (a class initialisation check per call under TeaVM).
     */
    private static double twoTo(int k) {
        if (k >= 0 && k <= 60) {
            return k <= 30 ? 1 << k : (double) (1 << 30) * (1 << (k - 30));
        }
        if (k < 0 && k >= -60) {
            return k >= -30 ? 1.0 / (1 << -k) : 1.0 / ((double) (1 << 30) * (1 << (-k - 30)));
        }
        double base = k < 0 ? 0.5 : 2;
        double p = 1;
        for (int e = k < 0 ? -k : k; e > 0; e >>= 1) {
            if ((e & 1) != 0) {
                p *= base;
            }
            base *= base;
        }
        return p;
    }

    /**
     * ⌊y⌋ for |y| &lt; 2³¹ by an int conversion: under TeaVM, {@code Math.floor} is a call out
     * of WebAssembly into JavaScript.
     */
    private static int floor(double y) {
        int t = (int) y; // rounds toward zero
        return t > y ? t - 1 : t;
    }

    /** The natural logarithm. */
    public static double log(double x) {
        if (!(x > 0) || x == Double.POSITIVE_INFINITY) {
            return x == 0 ? Double.NEGATIVE_INFINITY : x < 0 ? Double.NaN : x;
        }
        // x = m·2ᵉ with m in [1, 2), by exact scalings by powers of two rather than from the bits
        // (64-bit integer operations, which TeaVM's JavaScript emulates slowly)
        double m = x;
        int e = 0;
        if (m >= 0.5 && m < 2) { // a loss's probabilities above one half: the common case
            if (m < 1) {
                m *= 2;
                e = -1;
            }
        } else {
            while (m >= TWO_TO_64) {
                m *= 1 / TWO_TO_64;
                e += 64;
            }
            while (m < 2 / TWO_TO_64) {
                m *= TWO_TO_64;
                e -= 64;
            }
            if (m >= 1) {
                if (m >= 4294967296.0) { m *= 1 / 4294967296.0; e += 32; }
                if (m >= 65536.0) { m *= 1 / 65536.0; e += 16; }
                if (m >= 256.0) { m *= 1 / 256.0; e += 8; }
                if (m >= 16.0) { m *= 0.0625; e += 4; }
                if (m >= 4.0) { m *= 0.25; e += 2; }
                if (m >= 2.0) { m *= 0.5; e += 1; }
            } else {
                if (m * 4294967296.0 < 2) { m *= 4294967296.0; e -= 32; }
                if (m * 65536.0 < 2) { m *= 65536.0; e -= 16; }
                if (m * 256.0 < 2) { m *= 256.0; e -= 8; }
                if (m * 16.0 < 2) { m *= 16.0; e -= 4; }
                if (m * 4.0 < 2) { m *= 4.0; e -= 2; }
                if (m * 2.0 < 2) { m *= 2.0; e -= 1; }
            }
        }
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
        double a = x < 0 ? -x : x; // not Math.abs: a call into JavaScript under TeaVM
        double t;
        if (a < TANH_PADE_BELOW) {
            double z = a * a;
            double num = 2.901963686277412e-08;
            num = num * z + 2.8729440494146376e-05;
            num = num * z + 0.00392156862745098;
            num = num * z + 0.13725490196078433;
            double den = 1.3058836588248353e-06;
            den = den * z + 0.00040221216691804925;
            den = den * z + 0.027450980392156862;
            den = den * z + 0.47058823529411764;
            // a·(1 + z·num)/(1 + z·den), written as a plus a small correction
            t = a + a * z * (num - den) / (1 + z * den);
        } else if (a < TANH_SATURATED) {
            t = 1 - 2 / (exp(2 * a) + 1);
        } else {
            return a != a ? x : x > 0 ? 1.0 : -1.0;
        }
        // The sign by comparison, not Math.copySign (bit operations on a long under TeaVM); at
        // ±0, t is 0 and x itself keeps its sign.
        return x > 0 ? t : x < 0 ? -t : x;
    }
}
