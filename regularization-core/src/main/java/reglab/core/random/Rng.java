package reglab.core.random;

import reglab.core.math.PortableMath;

/**
 * A seeded pseudo-random generator that gives the same stream on the JVM and under TeaVM (where
 * {@code java.util.Random} is not bit-compatible): xoshiro256** (Blackman &amp; Vigna, 2018), seeded
 * through SplitMix64 as its authors recommend. Only 64-bit integer arithmetic is used for the
 * uniform streams, so they are identical on every platform.
 *
 * <p>Not thread-safe; the state is mutated by every call.
 */
public final class Rng {

    private long s0;
    private long s1;
    private long s2;
    private long s3;
    private double spareGaussian;
    private boolean hasSpare;
    /** Scratch for {@link #nextLong}, so the generator's step is written once, in {@link #fill}. */
    private final long[] single = new long[1];

    public Rng(long seed) {
        long x = seed;
        x += 0x9E3779B97F4A7C15L;
        s0 = mix(x);
        x += 0x9E3779B97F4A7C15L;
        s1 = mix(x);
        x += 0x9E3779B97F4A7C15L;
        s2 = mix(x);
        x += 0x9E3779B97F4A7C15L;
        s3 = mix(x);
    }

    /** SplitMix64's output function (Steele, Lea &amp; Flood, 2014). */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The next 64 uniformly distributed bits. */
    public long nextLong() {
        fill(single, 1);
        return single[0];
    }

    /**
     * Writes the next {@code count} values of {@link #nextLong} into {@code out[0..count)}: the
     * same stream, with the state held in locals for the whole run instead of read from and
     * written to the object on every draw (which WebAssembly does not optimise away).
     */
    public void fill(long[] out, int count) {
        long a = s0;
        long b = s1;
        long c = s2;
        long d = s3;
        for (int i = 0; i < count; i++) {
            // Rotations written out rather than Long.rotateLeft: under TeaVM a call into Long
            // first checks Long's class initialisation, an indirect call on every draw.
            long x = b * 5;
            out[i] = ((x << 7) | (x >>> 57)) * 9;
            long t = b << 17;
            c ^= a;
            d ^= b;
            b ^= c;
            a ^= d;
            c ^= t;
            d = (d << 45) | (d >>> 19);
        }
        s0 = a;
        s1 = b;
        s2 = c;
        s3 = d;
    }

    /** A uniform double in [0, 1) with 53 random bits. */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** A uniform double in [lo, hi). */
    public double uniform(double lo, double hi) {
        return lo + (hi - lo) * nextDouble();
    }

    /**
     * A uniform int in [0, bound), without modulo bias (Lemire's rejection on the high bits).
     *
     * @throws IllegalArgumentException if {@code bound <= 0}
     */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive, got " + bound);
        }
        long limit = (1L << 31) - ((1L << 31) % bound);
        while (true) {
            long r = nextLong() >>> 33; // 31 uniform bits
            if (r < limit) {
                return (int) (r % bound);
            }
        }
    }

    /** True with probability {@code p}. */
    public boolean nextBoolean(double p) {
        return nextDouble() < p;
    }

    /**
     * A standard normal deviate by Marsaglia's polar method. It uses {@link PortableMath#log} and
     * {@code Math.sqrt} (exactly rounded everywhere), so Gaussian streams are the same bits on the
     * JVM and in the page.
     */
    public double nextGaussian() {
        if (hasSpare) {
            hasSpare = false;
            return spareGaussian;
        }
        double u;
        double v;
        double s;
        do {
            u = 2 * nextDouble() - 1;
            v = 2 * nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        double m = Math.sqrt(-2 * PortableMath.log(s) / s);
        spareGaussian = v * m;
        hasSpare = true;
        return u * m;
    }

    /** Shuffles {@code a} in place (Fisher–Yates). */
    public void shuffle(int[] a) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
