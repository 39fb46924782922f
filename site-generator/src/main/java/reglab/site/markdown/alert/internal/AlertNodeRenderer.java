package reglab.site.markdown.alert.internal;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.Set;
import reglab.site.markdown.alert.Alert;
import reglab.site.markdown.alert.AlertType;

/**
 * Writes an alert as a callout: a block with the ARIA role {@code note} (ancillary content, not a
 * landmark and not a live {@code alert}, which would interrupt a screen reader) whose first line is
 * the icon, hidden from assistive technology, and the type's title as text, so a screen reader
 * says "Warning" before the content and the meaning never rests on colour.
 */
public final class AlertNodeRenderer implements NodeRenderer {

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Alert.class, this::render));
    }

    private void render(Alert node, NodeRendererContext context, HtmlWriter html) {
        AlertType type = node.getType();
        html.line();
        html.raw("<div class=\"callout callout-" + type.cssName() + "\" role=\"note\">");
        html.line();
        html.raw("<p class=\"callout-title\"><svg class=\"callout-icon\" viewBox=\"0 0 16 16\" aria-hidden=\"true\" "
                + "focusable=\"false\"><path fill-rule=\"evenodd\" d=\"" + type.iconPath() + "\"/></svg>" + type.title() + "</p>");
        html.line();
        context.renderChildren(node);
        html.line();
        html.raw("</div>");
        html.line();
    }

    public static final class Factory implements NodeRendererFactory {
        @Override
        public NodeRenderer apply(DataHolder options) {
            return new AlertNodeRenderer();
        }
    }
}
