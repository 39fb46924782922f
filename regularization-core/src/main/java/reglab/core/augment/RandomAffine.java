package reglab.core.augment;

import reglab.core.check.Checks;
import reglab.core.math.ShortestDecimal;
import reglab.core.random.Rng;

/**
 * Label-preserving geometric augmentation of {@code h × w} images, one image per batch row: each
 * image is turned by a random angle, scaled by a random factor and shifted by a random offset, all
 * in one bilinear resampling ({@link ImageWarp#inverseTransform}, {@link ImageWarp#affine}; zero
 * outside the image), so combining them blurs no more than one of them alone. The draws follow
 * torchvision's {@code RandomAffine(degrees, translate, scale)}: angle ~ U(−maxDegrees,
 * maxDegrees), scale ~ U(minScale, maxScale), then the row and column shifts each
 * ~ U(−maxShift, maxShift), in that order, four draws per image whatever the ranges (so changing
 * one range does not change the others' draws); unlike torchvision, shifts are in pixels and not
 * rounded to whole pixels. Targets are left alone.
 *
 * <p>Allocates one image of scratch at construction and nothing in {@link #apply}.
 */
public final class RandomAffine implements Augmentation {

    private final int height;
    private final int width;
    private final double maxDegrees;
    private final double minScale;
    private final double maxScale;
    private final double maxShift;
    private final double[] scratch;
    private final double[] transform = new double[ImageWarp.TRANSFORM_SIZE];

    /**
     * @param height image rows, {@code >= 1}
     * @param width image columns, {@code >= 1}
     * @param maxDegrees largest rotation either way, in {@code [0, 180]}
     * @param minScale smallest scale factor, finite, {@code > 0}
     * @param maxScale largest scale factor, finite, {@code >= minScale}
     * @param maxShift largest shift either way in pixels, in {@code [0, max(height, width)]}
     */
    public RandomAffine(int height, int width, double maxDegrees, double minScale, double maxScale,
            double maxShift) {
        this.height = ImageWarp.side("RandomAffine image height", height);
        this.width = ImageWarp.side("RandomAffine image width", width);
        if (!(maxDegrees >= 0 && maxDegrees <= 180)) {
            throw new IllegalArgumentException("RandomAffine max degrees must be in [0, 180], got " + ShortestDecimal.text(maxDegrees));
        }
        this.maxDegrees = maxDegrees;
        this.minScale = Checks.positive("RandomAffine min scale", minScale);
        this.maxScale = Checks.positive("RandomAffine max scale", maxScale);
        if (maxScale < minScale) {
            throw new IllegalArgumentException("RandomAffine scale range [" + ShortestDecimal.text(minScale) + ", " + ShortestDecimal.text(maxScale)
                    + "] is reversed");
        }
        int side = Math.max(height, width);
        if (!(maxShift >= 0 && maxShift <= side)) {
            throw new IllegalArgumentException("RandomAffine max shift must be in [0, " + side
                    + "] pixels, got " + ShortestDecimal.text(maxShift));
        }
        this.maxShift = maxShift;
        this.scratch = new double[height * width];
    }

    /** Shifts only: up to {@code maxShift} pixels each way in both directions. */
    public static RandomAffine shift(int height, int width, double maxShift) {
        return new RandomAffine(height, width, 0, 1, 1, maxShift);
    }

    /** Rotations only: up to {@code maxDegrees} either way. */
    public static RandomAffine rotation(int height, int width, double maxDegrees) {
        return new RandomAffine(height, width, maxDegrees, 1, 1, 0);
    }

    /** Scaling only, by a factor in {@code [minScale, maxScale]}. */
    public static RandomAffine scale(int height, int width, double minScale, double maxScale) {
        return new RandomAffine(height, width, 0, minScale, maxScale, 0);
    }

    public double maxDegrees() {
        return maxDegrees;
    }

    public double minScale() {
        return minScale;
    }

    public double maxScale() {
        return maxScale;
    }

    public double maxShift() {
        return maxShift;
    }

    @Override
    public void reserve(int maxRows, int features, int outputs) {
        ImageWarp.checkImageRow("RandomAffine", height, width, features);
    }

    @Override
    public void apply(double[] x, double[] y, int rows, int features, int outputs, Rng rng) {
        ImageWarp.checkImageRow("RandomAffine", height, width, features);
        for (int r = 0; r < rows; r++) {
            double degrees = rng.uniform(-maxDegrees, maxDegrees);
            double scale = rng.uniform(minScale, maxScale);
            double dy = rng.uniform(-maxShift, maxShift);
            double dx = rng.uniform(-maxShift, maxShift);
            ImageWarp.inverseTransform(height, width, degrees, scale, dy, dx, transform);
            System.arraycopy(x, r * features, scratch, 0, features);
            ImageWarp.affine(scratch, 0, height, width, transform, x, r * features);
        }
    }

    @Override
    public String describe() {
        return "affine(degrees " + ShortestDecimal.text(maxDegrees) + ", scale " + ShortestDecimal.text(minScale) + " to " + ShortestDecimal.text(maxScale) + ", shift "
                + ShortestDecimal.text(maxShift) + " px)";
    }
}
