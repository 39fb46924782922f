package reglab.site.markdown.image.internal;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.MutableAttributes;
import reglab.site.markdown.image.ImageDimensions;

/**
 * Adds the size and the lazy-loading attributes to the {@code <img>} of a Markdown image, inline
 * ({@code ![a](x.png)}) or by reference ({@code ![a][x]}); Flexmark asks for them as the image's
 * link part.
 */
public final class ImageAttributeProvider implements AttributeProvider {

    @Override
    public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
        if ((node instanceof Image || node instanceof ImageRef) && part == AttributablePart.LINK) {
            int[] size = ImageDimensions.of(node);
            if (size != null) {
                attributes.replaceValue("width", Integer.toString(size[0]));
                attributes.replaceValue("height", Integer.toString(size[1]));
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
