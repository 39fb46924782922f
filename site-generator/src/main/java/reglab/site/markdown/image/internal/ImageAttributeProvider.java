package reglab.site.markdown.image.internal;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.MutableAttributes;
import reglab.site.images.ImageSize;
import reglab.site.markdown.image.ImageExtension;

/**
 * Adds the size and the lazy-loading attributes to the {@code <img>} of a Markdown image, inline
 * ({@code ![a](x.png)}) or by reference ({@code ![a][x]}); Flexmark asks for them as the image's
 * link part.
 */
public final class ImageAttributeProvider implements AttributeProvider {

    @Override
    public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
        if ((node instanceof Image || node instanceof ImageRef) && part == AttributablePart.LINK) {
            ImageSize size = ImageExtension.sizeOf(node);
            if (size != null) {
                attributes.replaceValue("width", Integer.toString(size.width()));
                attributes.replaceValue("height", Integer.toString(size.height()));
            }
            attributes.replaceValue("loading", "lazy");
            attributes.replaceValue("decoding", "async");
        }
    }

    public static final class Factory extends IndependentAttributeProviderFactory {
        @Override
        public AttributeProvider apply(LinkResolverContext context) {
            return new ImageAttributeProvider();
        }
    }
}
