package reglab.site.markdown.heading;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.Set;

/**
 * Headings with the ids {@link HeadingIds} assigned and a permalink anchor ({@code #}) after the
 * text, which the theme shows on hover.
 */
public final class HeadingExtension implements HtmlRenderer.HtmlRendererExtension {

    private HeadingExtension() {
    }

    public static HeadingExtension create() {
        return new HeadingExtension();
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder htmlRendererBuilder, String rendererType) {
        htmlRendererBuilder.nodeRendererFactory(options -> new Renderer());
    }

    private static final class Renderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(Heading.class, this::render));
        }

        private void render(Heading node, NodeRendererContext context, HtmlWriter html) {
            String id = node.getAnchorRefId();
            String tag = "h" + node.getLevel();
            html.line();
            if (id == null || id.isEmpty()) {
                html.raw("<" + tag + ">");
                context.renderChildren(node);
                html.raw("</" + tag + ">");
            } else {
                String escaped = Escaping.escapeHtml(id, false);
                html.raw("<" + tag + " id=\"" + escaped + "\">");
                context.renderChildren(node);
                html.raw("<a class=\"anchor\" href=\"#" + escaped + "\" aria-label=\"Link to this section\">#</a>");
                html.raw("</" + tag + ">");
            }
            html.line();
        }
    }
}
