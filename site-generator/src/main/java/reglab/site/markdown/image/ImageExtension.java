package reglab.site.markdown.image;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import java.util.IdentityHashMap;
import java.util.Map;
import reglab.site.images.ImageSize;
import reglab.site.markdown.image.internal.ImageAttributeProvider;

/**
 * Images load without moving the text: every Markdown image is written with
 * {@code loading="lazy"} and {@code decoding="async"} (off-screen images wait until the reader
 * scrolls near them), and with the {@code width} and {@code height} its file has, when the build
 * {@linkplain #setSize measured} it, so the browser reserves its box before the file arrives (the
 * theme's {@code max-width: 100%; height: auto} keeps the ratio on narrow screens).
 */
public final class ImageExtension implements HtmlRenderer.HtmlRendererExtension {

    private static final DataKey<Map<Node, ImageSize>> SIZES = new DataKey<>("REGLAB_IMAGE_SIZES", IdentityHashMap::new);

    private ImageExtension() {
    }

    public static ImageExtension create() {
        return new ImageExtension();
    }

    /** Records the size to write on {@code image}, an {@link Image} or {@link ImageRef}. */
    public static void setSize(Node image, ImageSize size) {
        Document document = image.getDocument();
        SIZES.get(document).put(image, size);
    }

    /** The size recorded for {@code image}, or null. */
    public static ImageSize sizeOf(Node image) {
        return SIZES.get(image.getDocument()).get(image);
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder htmlRendererBuilder, String rendererType) {
        htmlRendererBuilder.attributeProviderFactory(new ImageAttributeProvider.Factory());
    }
}
