package reglab.site.markdown.table;

import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import java.util.Set;

/**
 * Puts each GFM table in a horizontally scrollable wrapper, so a wide table scrolls on a phone
 * without turning the table itself into a block (which drops its table semantics for screen
 * readers). The table is still written by flexmark-ext-tables, through {@code delegateRender()}.
 */
public final class TableWrapExtension implements HtmlRenderer.HtmlRendererExtension {

    private TableWrapExtension() {
    }

    public static TableWrapExtension create() {
        return new TableWrapExtension();
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder htmlRendererBuilder, String rendererType) {
        htmlRendererBuilder.nodeRendererFactory(options -> (NodeRenderer) () -> Set.of(
                new NodeRenderingHandler<>(TableBlock.class, (node, context, html) -> {
                    html.line();
                    html.raw("<div class=\"table-wrap\">");
                    context.delegateRender();
                    html.raw("</div>");
                    html.line();
                })));
    }
}
