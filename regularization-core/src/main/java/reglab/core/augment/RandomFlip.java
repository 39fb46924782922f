package reglab.core.augment;

import reglab.core.random.Rng;

/**
 * Mirrors {@code h × w} images (one per batch row) at random, as Keras' {@code RandomFlip(mode)}:
 * each enabled direction is applied to each image with probability 1/2, independently (one draw
 * per enabled direction per image, horizontal first). For digits this breaks labels (a mirrored 2
 * is no digit, a 6 turned upside down reads as 9), which is why the lab offers it: to show an
 * augmentation that hurts. Targets are left alone. Allocates nothing.
 */
public final class RandomFlip implements Augmentation {

    private final int height;
    private final int width;
    private final boolean horizontal;
    private final boolean vertical;

    /**
     * @param horizontal mirror left to right (Keras' "horizontal")
     * @param vertical mirror top to bottom (Keras' "vertical"); at least one of the two
     */
    public RandomFlip(int height, int width, boolean horizontal, boolean vertical) {
        this.height = ImageWarp.side("RandomFlip image height", height);
        this.width = ImageWarp.side("RandomFlip image width", width);
        if (!horizontal && !vertical) {
            throw new IllegalArgumentException("RandomFlip needs horizontal, vertical or both");
        }
        this.horizontal = horizontal;
        this.vertical = vertical;
    }

    public boolean horizontal() {
        return horizontal;
    }

    public boolean vertical() {
        return vertical;
    }

    @Override
    public void reserve(int maxRows, int features, int outputs) {
        ImageWarp.checkImageRow("RandomFlip", height, width, features);
    }

    @Override
    public void apply(double[] x, double[] y, int rows, int features, int outputs, Rng rng) {
        ImageWarp.checkImageRow("RandomFlip", height, width, features);
        for (int r = 0; r < rows; r++) {
            if (horizontal && rng.nextDouble() < 0.5) {
                ImageWarp.flipHorizontal(x, r * features, height, width);
            }
            if (vertical && rng.nextDouble() < 0.5) {
                ImageWarp.flipVertical(x, r * features, height, width);
            }
        }
    }

    @Override
    public String describe() {
        return "flip(" + (horizontal && vertical ? "horizontal and vertical" : horizontal ? "horizontal" : "vertical") + ")";
    }
}
