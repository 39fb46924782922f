package reglab.core.augment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import reglab.core.ExpectedValues;

/**
 * Bilinear warps against scipy.ndimage ({@code order=1, mode='grid-constant', cval=0}; fixture
 * written by {@code src/test/python/make_augment_fixtures.py}): rotations from
 * {@code ndimage.rotate}, shifts from {@code ndimage.shift}, general and combined maps from
 * {@code affine_transform} with a matrix SciPy's side derives on its own.
 */
class ImageWarpTest {

    private static final ExpectedValues SCIPY = ExpectedValues.load("augment/warp.expected.csv");
    private static final double TOLERANCE = 1e-12;

    private static double[] image(int k) {
        double[] v = SCIPY.doubles("image_" + k);
        return Arrays.copyOfRange(v, 2, v.length);
    }

    private static int h(int k) {
        return (int) SCIPY.doubles("image_" + k)[0];
    }

    private static int w(int k) {
        return (int) SCIPY.doubles("image_" + k)[1];
    }

    /** Warps image k (placed at an offset, to check offsets are honoured) and compares. */
    private static void check(String key, int k, double[] transform, int parameters) {
        double[] expected = SCIPY.doubles(key);
        int h = h(k);
        int w = w(k);
        double[] src = new double[3 + h * w];
        System.arraycopy(image(k), 0, src, 3, h * w);
        double[] dst = new double[5 + h * w];
        ImageWarp.affine(src, 3, h, w, transform, dst, 5);
        for (int i = 0; i < h * w; i++) {
            assertEquals(expected[1 + parameters + i], dst[5 + i], TOLERANCE, key + " pixel " + i);
        }
    }

    @Test
    void rotationsMatchNdimageRotate() {
        double[] t = new double[ImageWarp.TRANSFORM_SIZE];
        for (int k = 0; k < 3; k++) {
            for (int deg : new int[] {17, -90, 135}) {
                String key = "rotate_" + k + "_" + deg;
                ImageWarp.inverseTransform(h(k), w(k), SCIPY.doubles(key)[1], 1, 0, 0, t);
                check(key, k, t, 1);
            }
        }
    }

    @Test
    void shiftsMatchNdimageShift() {
        double[] t = new double[ImageWarp.TRANSFORM_SIZE];
        for (int k = 0; k < 3; k++) {
            for (String s : new String[] {"1.3_-0.6", "-2.0_3.0"}) {
                String key = "shift_" + k + "_" + s;
                double[] p = SCIPY.doubles(key);
                ImageWarp.inverseTransform(h(k), w(k), 0, 1, p[1], p[2], t);
                check(key, k, t, 2);
            }
        }
    }

    @Test
    void rotationScaleAndShiftTogetherMatchAffineTransform() {
        double[] t = new double[ImageWarp.TRANSFORM_SIZE];
        for (int k = 0; k < 3; k++) {
            for (String deg : new String[] {"12.0", "-25.0"}) {
                String key = "combined_" + k + "_" + deg;
                double[] p = SCIPY.doubles(key);
                ImageWarp.inverseTransform(h(k), w(k), p[1], p[2], p[3], p[4], t);
                check(key, k, t, 4);
            }
        }
    }

    @Test
    void generalMatrixMatchesAffineTransformIncludingPointsOutside() {
        for (int k = 0; k < 3; k++) {
            String key = "affine_" + k;
            double[] p = SCIPY.doubles(key);
            check(key, k, Arrays.copyOfRange(p, 1, 7), 6);
        }
    }
}
