package reglab.core.augment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import reglab.core.random.Rng;

/** Properties of the random image augmentations: identities, involutions, seeds, validation. */
class ImageAugmentationTest {

    private static final int H = 5;
    private static final int W = 7;

    private static double[] batch(int rows, long seed) {
        Rng rng = new Rng(seed);
        double[] x = new double[rows * H * W];
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.nextDouble();
        }
        return x;
    }

    @Test
    void zeroRangesAreExactlyTheIdentity() {
        double[] x = batch(6, 1);
        double[] y = {1, 2, 3, 4, 5, 6};
        double[] before = x.clone();
        new RandomAffine(H, W, 0, 1, 1, 0).apply(x, y, 6, H * W, 1, new Rng(2));
        assertArrayEquals(before, x);
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, y);
        double[] t = new double[ImageWarp.TRANSFORM_SIZE];
        ImageWarp.inverseTransform(H, W, 0, 1, 0, 0, t);
        assertArrayEquals(new double[] {1, 0, -0.0, 1, 0, 0}, t);
    }

    @Test
    void wholePixelShiftsMoveContentAndFillWithZero() {
        double[] x = batch(1, 3);
        double[] out = new double[H * W];
        double[] t = new double[ImageWarp.TRANSFORM_SIZE];
        ImageWarp.inverseTransform(H, W, 0, 1, 2, -1, t); // two rows down, one column left
        ImageWarp.affine(x, 0, H, W, t, out, 0);
        for (int r = 0; r < H; r++) {
            for (int c = 0; c < W; c++) {
                int sr = r - 2;
                int sc = c + 1;
                double expected = sr >= 0 && sc < W ? x[sr * W + sc] : 0;
                assertEquals(expected, out[r * W + c], 1e-15, "(" + r + ", " + c + ")");
            }
        }
    }

    @Test
    void aFullTurnAndFourQuarterTurnsReturnTheImage() {
        double[] x = batch(1, 4);
        double[] out = new double[H * W];
        double[] t = new double[ImageWarp.TRANSFORM_SIZE];
        ImageWarp.inverseTransform(H, W, 360, 1, 0, 0, t);
        ImageWarp.affine(x, 0, H, W, t, out, 0);
        for (int i = 0; i < x.length; i++) {
            assertEquals(x[i], out[i], 1e-12);
        }
        // A square image: a quarter turn maps pixel centres onto pixel centres.
        double[] sq = batch(1, 5);
        double[] a = Arrays.copyOf(sq, 25);
        double[] b = new double[25];
        ImageWarp.inverseTransform(5, 5, 90, 1, 0, 0, t);
        for (int k = 0; k < 4; k++) {
            ImageWarp.affine(a, 0, 5, 5, t, b, 0);
            if (k == 0) {
                // Counter-clockwise: the top row becomes the left column, read bottom to top.
                for (int c = 0; c < 5; c++) {
                    assertEquals(a[c], b[(4 - c) * 5], 1e-12);
                }
            }
            double[] s = a;
            a = b;
            b = s;
        }
        for (int i = 0; i < 25; i++) {
            assertEquals(sq[i], a[i], 1e-12);
        }
    }

    @Test
    void flipsMirrorAndAreInvolutions() {
        double[] x = batch(1, 6);
        double[] f = x.clone();
        ImageWarp.flipHorizontal(f, 0, H, W);
        for (int r = 0; r < H; r++) {
            for (int c = 0; c < W; c++) {
                assertEquals(x[r * W + W - 1 - c], f[r * W + c], 0.0);
            }
        }
        ImageWarp.flipHorizontal(f, 0, H, W);
        assertArrayEquals(x, f);
        ImageWarp.flipVertical(f, 0, H, W);
        for (int r = 0; r < H; r++) {
            for (int c = 0; c < W; c++) {
                assertEquals(x[(H - 1 - r) * W + c], f[r * W + c], 0.0);
            }
        }
        ImageWarp.flipVertical(f, 0, H, W);
        assertArrayEquals(x, f);
    }

    @Test
    void randomFlipFlipsAboutHalfTheImagesEachWay() {
        int rows = 4000;
        double[] x = batch(rows, 7);
        double[] before = x.clone();
        new RandomFlip(H, W, true, true).apply(x, null, rows, H * W, 0, new Rng(8));
        int[] kinds = new int[4];
        for (int r = 0; r < rows; r++) {
            double[] img = Arrays.copyOfRange(before, r * H * W, (r + 1) * H * W);
            double[] got = Arrays.copyOfRange(x, r * H * W, (r + 1) * H * W);
            int kind = -1;
            for (int k = 0; k < 4; k++) {
                double[] c = img.clone();
                if ((k & 1) != 0) {
                    ImageWarp.flipHorizontal(c, 0, H, W);
                }
                if ((k & 2) != 0) {
                    ImageWarp.flipVertical(c, 0, H, W);
                }
                if (Arrays.equals(c, got)) {
                    kind = k;
                }
            }
            assertTrue(kind >= 0, "row " + r + " is not a flip of its input");
            kinds[kind]++;
        }
        for (int k = 0; k < 4; k++) {
            assertEquals(0.25, kinds[k] / (double) rows, 0.03, "share of flip kind " + k);
        }
    }

    @Test
    void drawsAreReproducibleFromTheSeedAndDifferAcrossSeeds() {
        Augmentation a = new Compose(new RandomAffine(H, W, 15, 0.9, 1.1, 1), new GaussianNoise(0.05),
                new RandomFlip(H, W, true, false));
        double[] x1 = batch(10, 9);
        double[] x2 = x1.clone();
        double[] x3 = x1.clone();
        a.apply(x1, null, 10, H * W, 0, new Rng(11));
        a.apply(x2, null, 10, H * W, 0, new Rng(11));
        a.apply(x3, null, 10, H * W, 0, new Rng(12));
        assertArrayEquals(x1, x2);
        assertFalse(Arrays.equals(x1, x3));
    }

    @Test
    void randomAffineDrawsFourUniformsPerImageInTheStatedOrder() {
        // The reference: the same draws made by hand, then the fixed warp (tested against SciPy).
        RandomAffine a = new RandomAffine(H, W, 20, 0.8, 1.2, 1.5);
        double[] x = batch(3, 13);
        double[] expected = new double[x.length];
        Rng ref = new Rng(14);
        double[] t = new double[ImageWarp.TRANSFORM_SIZE];
        for (int r = 0; r < 3; r++) {
            double deg = ref.uniform(-20, 20);
            double s = ref.uniform(0.8, 1.2);
            double dy = ref.uniform(-1.5, 1.5);
            double dx = ref.uniform(-1.5, 1.5);
            ImageWarp.inverseTransform(H, W, deg, s, dy, dx, t);
            ImageWarp.affine(x, r * H * W, H, W, t, expected, r * H * W);
        }
        Rng rng = new Rng(14);
        a.apply(x, null, 3, H * W, 0, rng);
        assertArrayEquals(expected, x);
        assertEquals(ref.nextLong(), rng.nextLong(), "both streams are at the same place");
    }

    @Test
    void badSettingsAndShapesAreRejectedNamingTheValue() {
        assertEquals("RandomAffine max degrees must be in [0, 180], got 200",
                assertThrows(IllegalArgumentException.class, () -> new RandomAffine(8, 8, 200, 1, 1, 0)).getMessage());
        assertEquals("RandomAffine scale range [1.2, 0.9] is reversed",
                assertThrows(IllegalArgumentException.class, () -> new RandomAffine(8, 8, 0, 1.2, 0.9, 0)).getMessage());
        assertEquals("RandomAffine min scale must be a finite number > 0, got 0",
                assertThrows(IllegalArgumentException.class, () -> new RandomAffine(8, 8, 0, 0, 1, 0)).getMessage());
        assertEquals("RandomAffine max shift must be in [0, 8] pixels, got 9",
                assertThrows(IllegalArgumentException.class, () -> RandomAffine.shift(8, 8, 9)).getMessage());
        assertEquals("RandomAffine max shift must be in [0, 8] pixels, got NaN",
                assertThrows(IllegalArgumentException.class, () -> RandomAffine.shift(8, 8, Double.NaN)).getMessage());
        assertEquals("RandomFlip needs horizontal, vertical or both",
                assertThrows(IllegalArgumentException.class, () -> new RandomFlip(8, 8, false, false)).getMessage());
        assertEquals("RandomFlip works on 8 x 8 images, 64 values per row, but the batch rows have 2",
                assertThrows(IllegalArgumentException.class,
                        () -> new RandomFlip(8, 8, true, false).reserve(10, 2, 1)).getMessage());
        assertEquals("RandomAffine image height must be >= 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> RandomAffine.rotation(0, 8, 10)).getMessage());
        assertEquals("Compose needs at least one augmentation",
                assertThrows(IllegalArgumentException.class, () -> new Compose()).getMessage());
    }

    private static long allocated() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
                .getThreadAllocatedBytes(Thread.currentThread().getId());
    }

    @Test
    void applyingAComposedAugmentationAllocatesNothing() {
        Augmentation a = new Compose(new RandomAffine(8, 8, 15, 0.9, 1.1, 1), new GaussianNoise(0.05),
                new RandomFlip(8, 8, true, true));
        int rows = 32;
        double[] x = new double[rows * 64];
        Rng rng = new Rng(15);
        a.reserve(rows, 64, 10);
        for (int i = 0; i < 20_000; i++) {
            a.apply(x, null, rows, 64, 10, rng); // warm-up: JIT tier changes allocate on their own
        }
        long least = Long.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            long base = allocated();
            long overhead = allocated() - base;
            long before = allocated();
            for (int i = 0; i < 200; i++) {
                a.apply(x, null, rows, 64, 10, rng);
            }
            least = Math.min(least, allocated() - before - overhead);
        }
        assertTrue(least < 256, "allocated " + least + " bytes in the quietest round");
    }
}
