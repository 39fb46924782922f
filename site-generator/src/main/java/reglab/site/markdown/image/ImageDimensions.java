package reglab.site.markdown.image;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The width and height, in CSS pixels, measured for the images of one parsed page, kept on the
 * page's document until {@link ImageExtension} writes them.
 */
public final class ImageDimensions {

    private static final DataKey<Map<Node, int[]>> SIZES = new DataKey<>("REGLAB_IMAGE_SIZES", IdentityHashMap::new);

    private ImageDimensions() {
    }

    /** Records the size to write on {@code image}, an {@link Image} or {@link ImageRef}. */
    public static void set(Node image, int width, int height) {
        SIZES.get(image.getDocument()).put(image, new int[] {width, height});
    }

    /** The width and height recorded for {@code image}, or null. */
    public static int[] of(Node image) {
        return SIZES.get(image.getDocument()).get(image);
    }
}
