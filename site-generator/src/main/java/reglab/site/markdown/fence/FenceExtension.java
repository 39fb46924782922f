package reglab.site.markdown.fence;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * Fenced code blocks rendered at build time: {@code mermaid} fences become diagrams (inline SVG),
 * every other fence becomes highlighted code with a copy button. The renderer takes over
 * Flexmark's core {@code FencedCodeBlock} rendering; an extension listed after this one in
 * {@code MarkdownExtensions} may take over specific fences and call {@code delegateRender()} for
 * the rest.
 */
public final class FenceExtension implements HtmlRenderer.HtmlRendererExtension {

    private FenceExtension() {
    }

    public static FenceExtension create() {
        return new FenceExtension();
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder htmlRendererBuilder, String rendererType) {
        htmlRendererBuilder.nodeRendererFactory(options -> new FenceNodeRenderer());
    }
}
