package reglab.site.markdown.math.internal;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.Set;
import reglab.site.markdown.RenderSlots;
import reglab.site.markdown.math.MathBlock;
import reglab.site.markdown.math.MathInline;
import reglab.site.render.RenderKind;

/**
 * Writes a placeholder for each formula and queues a KaTeX render request for it. A display
 * formula scrolls sideways when it is wider than the page, so its box takes keyboard focus (the
 * arrow keys then scroll it) and has a name.
 */
public final class MathNodeRenderer implements NodeRenderer {

    private static final String DISPLAY = "class=\"math-display\" tabindex=\"0\" role=\"group\" aria-label=\"Formula\"";

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(MathInline.class, this::renderInline),
                new NodeRenderingHandler<>(MathBlock.class, this::renderBlock));
    }

    private void renderInline(MathInline node, NodeRendererContext context, HtmlWriter html) {
        RenderSlots slots = RenderSlots.of(node.getDocument());
        RenderKind kind = node.isDisplay() ? RenderKind.MATH_DISPLAY : RenderKind.MATH_INLINE;
        String slot = slots.add(kind, node.getText().toString().strip(), "", node, 0);
        html.raw(node.isDisplay() ? "<span " + DISPLAY + ">" + slot + "</span>" : slot);
    }

    private void renderBlock(MathBlock node, NodeRendererContext context, HtmlWriter html) {
        RenderSlots slots = RenderSlots.of(node.getDocument());
        if (!node.isClosed()) {
            slots.fail(node, "display math opened with $$ is never closed; add a line with $$ after the formula");
        }
        String slot = slots.add(RenderKind.MATH_DISPLAY, node.getTex(), "", node, node.isOneLine() ? 0 : 1);
        html.line();
        html.raw("<div " + DISPLAY + ">" + slot + "</div>");
        html.line();
    }

    public static final class Factory implements NodeRendererFactory {
        @Override
        public NodeRenderer apply(DataHolder options) {
            return new MathNodeRenderer();
        }
    }
}
