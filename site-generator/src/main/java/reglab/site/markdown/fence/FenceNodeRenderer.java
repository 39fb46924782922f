package reglab.site.markdown.fence;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.Set;
import reglab.site.markdown.RenderSlots;
import reglab.site.render.RenderKind;

/**
 * Writes a diagram figure or a code block around a render placeholder (the renderer returns the
 * diagram's canvases, one per drawing, each with its {@code <svg>}, and the code's whole
 * {@code <pre><code>}). Diagrams get a text alternative: the figure is labelled by the section it
 * illustrates, and the diagram's source (readable text: nodes and labelled edges) sits in a
 * collapsed "Text version". A code block (fenced, or indented as CommonMark allows) scrolls
 * sideways inside a region that takes keyboard focus and is named after its language, so a
 * keyboard reaches every line of it.
 */
final class FenceNodeRenderer implements NodeRenderer {

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(FencedCodeBlock.class, this::render),
                new NodeRenderingHandler<>(IndentedCodeBlock.class, this::renderIndented));
    }

    private void renderIndented(IndentedCodeBlock node, NodeRendererContext context, HtmlWriter html) {
        html.line();
        codeBlock(node, "", node.getContentChars().normalizeEOL(), html);
        html.line();
    }

    private void render(FencedCodeBlock node, NodeRendererContext context, HtmlWriter html) {
        String language = node.getInfo().toString().strip().split("[\\s{]", 2)[0].toLowerCase(java.util.Locale.ROOT);
        String source = node.getContentChars().normalizeEOL();
        RenderSlots slots = RenderSlots.of(node.getDocument());
        html.line();
        if (language.equals("mermaid")) {
            String section = sectionTitle(node);
            String label = section.isEmpty() ? "Diagram" : "Diagram: " + section;
            html.raw("<figure class=\"diagram\" role=\"figure\" aria-label=\"" + Escaping.escapeHtml(label, false) + "\">");
            html.raw(slots.add(RenderKind.MERMAID, source, "", node, 1));
            html.raw("<details class=\"diagram-text\"><summary>Text version of the diagram</summary><pre><code>");
            html.openPre();
            html.rawPre(Escaping.escapeHtml(source, false));
            html.closePre();
            html.raw("</code></pre></details>");
            html.raw("</figure>");
        } else {
            codeBlock(node, language, source, html);
        }
        html.line();
    }

    private static void codeBlock(Node node, String language, String source, HtmlWriter html) {
        String lang = Escaping.escapeHtml(language, false);
        html.raw("<div class=\"code-block\">");
        if (!language.isEmpty()) {
            html.raw("<span class=\"code-lang\">" + lang + "</span>");
        }
        html.raw("<button class=\"copy-button\" type=\"button\" aria-label=\"Copy code\" hidden>Copy</button>");
        html.raw("<div class=\"code-scroll\" tabindex=\"0\" role=\"group\" aria-label=\"" + (language.isEmpty() ? "Code" : "Code: " + lang) + "\">");
        html.raw(RenderSlots.of(node.getDocument()).add(RenderKind.CODE, source, language, node, node instanceof FencedCodeBlock ? 1 : 0));
        html.raw("</div></div>");
    }

    /** The text of the nearest heading before {@code node}, or empty. */
    private static String sectionTitle(Node node) {
        for (Node n = node.getPrevious(); n != null; n = n.getPrevious()) {
            if (n instanceof Heading heading) {
                return new TextCollectingVisitor().collectAndGetText(heading).strip();
            }
        }
        return "";
    }
}
