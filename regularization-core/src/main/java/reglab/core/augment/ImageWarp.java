package reglab.core.augment;

import reglab.core.check.Checks;
import reglab.core.math.PortableMath;

/**
 * Geometric transforms of one single-channel {@code h × w} image stored row-major in a flat array
 * ({@code pixel(r, c) = a[offset + r·w + c]}), the kernels behind {@link RandomAffine} and
 * {@link RandomFlip}. Coordinates are pixel indices: pixel centres sit at integer (row, column),
 * rows grow downward, and the image centre is {@code ((h − 1)/2, (w − 1)/2)}.
 *
 * <p>Resampling is bilinear with a constant 0 outside the image: each of the four neighbours of a
 * sample point that lies outside the image counts as 0, so content fades at the border rather than
 * being cut. This is {@code scipy.ndimage.affine_transform(..., order=1, mode='grid-constant',
 * cval=0)} (what torchvision's {@code grid_sample(padding_mode='zeros')} and Keras'
 * {@code fill_mode='constant'} with bilinear interpolation do as well); scipy's plain
 * {@code mode='constant'} differs in that it gives 0 for any sample point outside
 * {@code [0, n − 1]}.
 *
 * <p>Nothing here allocates; source and destination must not overlap.
 */
public final class ImageWarp {

    /** Length of a transform array: {@code {m00, m01, m10, m11, o0, o1}}. */
    public static final int TRANSFORM_SIZE = 6;

    private ImageWarp() {
    }

    /**
     * Writes into {@code dst} the image whose pixel {@code (i, j)} is {@code src} sampled at
     * {@code (m00·i + m01·j + o0, m10·i + m11·j + o1)}: the output-to-input map of scipy's
     * {@code affine_transform(src, matrix=[[m00, m01], [m10, m11]], offset=[o0, o1])}. Reads
     * {@code src}, writes {@code h·w} values of {@code dst}.
     *
     * @param transform {@code {m00, m01, m10, m11, o0, o1}}
     */
    public static void affine(double[] src, int srcOffset, int h, int w, double[] transform,
            double[] dst, int dstOffset) {
        double m00 = transform[0];
        double m01 = transform[1];
        double m10 = transform[2];
        double m11 = transform[3];
        double o0 = transform[4];
        double o1 = transform[5];
        for (int i = 0; i < h; i++) {
            for (int j = 0; j < w; j++) {
                double y = m00 * i + m01 * j + o0;
                double x = m10 * i + m11 * j + o1;
                dst[dstOffset + i * w + j] = bilinear(src, srcOffset, h, w, y, x);
            }
        }
    }

    /** The image sampled at (y, x) = (row, column), neighbours outside the image counting as 0. */
    static double bilinear(double[] src, int offset, int h, int w, double y, double x) {
        // Also catches NaN: no neighbour of such a point is inside.
        if (!(y > -1 && y < h && x > -1 && x < w)) {
            return 0;
        }
        int r0 = floor(y);
        int c0 = floor(x);
        double fy = y - r0;
        double fx = x - c0;
        boolean top = r0 >= 0;
        boolean bottom = r0 + 1 < h;
        boolean left = c0 >= 0;
        boolean right = c0 + 1 < w;
        int base = offset + r0 * w + c0;
        double p00 = top && left ? src[base] : 0;
        double p01 = top && right ? src[base + 1] : 0;
        double p10 = bottom && left ? src[base + w] : 0;
        double p11 = bottom && right ? src[base + w + 1] : 0;
        return (1 - fy) * ((1 - fx) * p00 + fx * p01) + fy * ((1 - fx) * p10 + fx * p11);
    }

    /**
     * ⌊v⌋ for v &gt; −1 by an int conversion (which rounds toward zero): under TeaVM
     * {@code Math.floor} is a call out of WebAssembly into JavaScript.
     */
    private static int floor(double v) {
        int t = (int) v;
        return t > v ? t - 1 : t;
    }

    /**
     * The output-to-input transform (for {@link #affine}) of the forward map that turns the image
     * counter-clockwise by {@code degrees} about its centre (as drawn, rows downward; scipy's
     * {@code ndimage.rotate}, Keras' {@code RandomRotation} and torchvision's {@code rotate} agree on
     * this sign), scales it by {@code scale} about the centre ({@code > 1} enlarges), then moves it
     * {@code dy} rows down and {@code dx} columns right. In (row, column) offsets from the centre
     * {@code p}, the forward map is {@code p ↦ s·R·p + (dy, dx)} with
     * {@code R = [[cos θ, −sin θ], [sin θ, cos θ]]}; its inverse {@code p ↦ Rᵀ(p − t)/s} is what is
     * written. Angle 0, scale 1, shift 0 give exactly the identity.
     *
     * @param out receives {@code {m00, m01, m10, m11, o0, o1}}
     */
    public static void inverseTransform(int h, int w, double degrees, double scale, double dy,
            double dx, double[] out) {
        double theta = degrees * (Math.PI / 180);
        double cos = PortableMath.cos(theta) / scale;
        double sin = PortableMath.sin(theta) / scale;
        double cr = (h - 1) / 2.0;
        double cc = (w - 1) / 2.0;
        out[0] = cos;
        out[1] = sin;
        out[2] = -sin;
        out[3] = cos;
        // input = M·(output − centre − t) + centre = M·output + (centre − M·(centre + t))
        double ur = cr + dy;
        double uc = cc + dx;
        out[4] = cr - (cos * ur + sin * uc);
        out[5] = cc - (-sin * ur + cos * uc);
    }

    /** Mirrors the image left to right in place (Keras' {@code RandomFlip("horizontal")}). */
    public static void flipHorizontal(double[] a, int offset, int h, int w) {
        for (int r = 0; r < h; r++) {
            int row = offset + r * w;
            for (int i = 0, j = w - 1; i < j; i++, j--) {
                double t = a[row + i];
                a[row + i] = a[row + j];
                a[row + j] = t;
            }
        }
    }

    /** Mirrors the image top to bottom in place (Keras' {@code RandomFlip("vertical")}). */
    public static void flipVertical(double[] a, int offset, int h, int w) {
        for (int top = 0, bottom = h - 1; top < bottom; top++, bottom--) {
            int rt = offset + top * w;
            int rb = offset + bottom * w;
            for (int c = 0; c < w; c++) {
                double t = a[rt + c];
                a[rt + c] = a[rb + c];
                a[rb + c] = t;
            }
        }
    }

    /**
     * Checks that a batch row of {@code features} values holds one {@code h × w} image; the message
     * names the augmentation and both shapes.
     */
    static void checkImageRow(String what, int h, int w, int features) {
        if (features != h * w) {
            throw new IllegalArgumentException(what + " works on " + h + " x " + w + " images, "
                    + (h * w) + " values per row, but the batch rows have " + features);
        }
    }

    /** Validates an image side: at least 1. */
    static int side(String what, int v) {
        return Checks.atLeast(what, v, 1);
    }
}
