package reglab.core.math;

import java.util.Arrays;

/**
 * A natural number in base 2³², least significant limb first, with a fixed number of limbs chosen
 * by its user: the exact integer arithmetic that {@link ShortestDecimal} (double to decimal) and
 * {@link DecimalParser} (decimal to double) need, and nothing more. No {@code BigInteger}, so the
 * module the page loads carries neither it nor the platform's conversion tables.
 */
final class Nat {

    /** Enough for any double's scaled value in {@link ShortestDecimal} (about 1,130 bits). */
    static final int DOUBLE_LIMBS = 40;

    private static final long MASK = 0xffffffffL;
    private static final int[] POWERS_OF_TEN = {
        1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000,
    };

    private final int[] limb;
    private int size;

    Nat(int limbs) {
        limb = new int[limbs];
    }

    Nat set(long value) {
        Arrays.fill(limb, 0);
        limb[0] = (int) value;
        limb[1] = (int) (value >>> 32);
        size = limb[1] != 0 ? 2 : limb[0] != 0 ? 1 : 0;
        return this;
    }

    Nat set(Nat other) {
        Arrays.fill(limb, 0);
        System.arraycopy(other.limb, 0, limb, 0, other.size);
        size = other.size;
        return this;
    }

    Nat shiftLeft(int bits) {
        int words = bits >>> 5;
        int rest = bits & 31;
        for (int i = limb.length - 1; i >= 0; i--) {
            int from = i - words;
            long hi = from >= 0 ? limb[from] & MASK : 0;
            long lo = from - 1 >= 0 ? limb[from - 1] & MASK : 0;
            limb[i] = rest == 0 ? (int) hi : (int) ((hi << rest) | (lo >>> (32 - rest)));
        }
        trim();
        return this;
    }

    /** {@code this · factor + addend} for {@code 0 ≤ factor, addend < 2³¹}. */
    Nat multiplyAdd(int factor, int addend) {
        long carry = addend;
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

    Nat multiplyBySmall(int factor) {
        return multiplyAdd(factor, 0);
    }

    Nat multiplyByPowerOfTen(int power) {
        int left = power;
        while (left > 0) {
            int step = Math.min(left, 9);
            multiplyAdd(POWERS_OF_TEN[step], 0);
            left -= step;
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
        size = limb.length;
        while (size > 0 && limb[size - 1] == 0) {
            size--;
        }
    }
}
