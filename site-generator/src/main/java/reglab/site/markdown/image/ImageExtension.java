package reglab.site.markdown.image;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import reglab.site.markdown.image.internal.ImageAttributeProvider;

/**
 * Images load without moving the text: every Markdown image is written with
 * {@code loading="lazy"} and {@code decoding="async"} (off-screen images wait until the reader
 * scrolls near them), and with the {@code width} and {@code height} its file has, when the build
 * measured it ({@link ImageDimensions}), so the browser reserves its box before the file arrives (the
 * theme's {@code max-width: 100%; height: auto} keeps the ratio on narrow screens).
 */
public final class ImageExtension implements HtmlRenderer.HtmlRendererExtension {

    private ImageExtension() {
    }

    public static ImageExtension create() {
        return new ImageExtension();
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder htmlRendererBuilder, String rendererType) {
        htmlRendererBuilder.attributeProviderFactory(new ImageAttributeProvider.Factory());
    }
}
