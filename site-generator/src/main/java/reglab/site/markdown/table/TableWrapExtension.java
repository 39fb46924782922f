package reglab.site.markdown.table;

import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Puts each GFM table in a horizontally scrollable wrapper, so a wide table scrolls on a phone
 * without turning the table itself into a block (which drops its table semantics for screen
 * readers). The wrapper takes keyboard focus, so the arrow keys can scroll it, and is named
 * after the table's column headings ("Table: Key, Value"). The table is still written by
 * flexmark-ext-tables, through {@code delegateRender()}.
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
                    html.raw("<div class=\"table-wrap\" tabindex=\"0\" role=\"group\" aria-label=\""
                            + Escaping.escapeHtml(label(node), false) + "\">");
                    context.delegateRender();
                    html.raw("</div>");
                    html.line();
                })));
    }

    /** "Table: " and the first header row's cells, or "Table" for a table without headings. */
    static String label(TableBlock table) {
        List<String> headings = new ArrayList<>();
        for (Node section : table.getChildren()) {
            if (section instanceof TableHead && section.getFirstChild() instanceof TableRow row) {
                for (Node cell : row.getChildren()) {
                    String text = new TextCollectingVisitor().collectAndGetText(cell).strip();
                    if (!text.isEmpty()) {
                        headings.add(text);
                    }
                }
            }
        }
        return headings.isEmpty() ? "Table" : "Table: " + String.join(", ", headings);
    }
}
