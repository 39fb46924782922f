package reglab.site.markdown.footnote.internal;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.html.renderer.PhasedNodeRenderer;
import com.vladsch.flexmark.html.renderer.RenderingPhase;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Writes each footnote reference as a superscript link and, at the end of the page, the notes
 * that are referenced, numbered in order of first reference (notes never referenced are left out,
 * as on GitHub). A reference to a note that does not exist stays text. The back-links go at the end
 * of a note's last paragraph.
 *
 * <p>Numbers are counted here, in document order, rather than taken from Flexmark's repository,
 * whose order follows each note's latest reference: with {@code a[^x] b[^y] c[^x]} it numbers
 * {@code y} first.
 */
public final class FootnoteNodeRenderer implements PhasedNodeRenderer {

    /** A back-link arrow in text presentation (the selector keeps it from becoming an emoji). */
    private static final String BACK_ARROW = "\u21a9\ufe0e";

    /** Referenced notes in order of first reference, each with its number and how often it is referenced. */
    private final Map<FootnoteBlock, int[]> notes = new LinkedHashMap<>();
    /** Each reference's place among the references to its note (0 for the first). */
    private final Map<Footnote, Integer> useOf = new IdentityHashMap<>();

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(Footnote.class, this::renderReference),
                new NodeRenderingHandler<>(FootnoteBlock.class, (node, context, html) -> { }));
    }

    @Override
    public Set<RenderingPhase> getRenderingPhases() {
        return Set.of(RenderingPhase.BODY_TOP, RenderingPhase.BODY_BOTTOM);
    }

    @Override
    public void renderDocument(NodeRendererContext context, HtmlWriter html, Document document, RenderingPhase phase) {
        if (phase == RenderingPhase.BODY_TOP) {
            count(document);
        } else if (phase == RenderingPhase.BODY_BOTTOM && !notes.isEmpty()) {
            writeNotes(context, html);
        }
    }

    private void count(Document document) {
        new NodeVisitor(new VisitHandler<>(Footnote.class, ref -> {
            FootnoteBlock note = ref.getFootnoteBlock();
            if (note != null) {
                int[] numberAndUses = notes.computeIfAbsent(note, n -> new int[] {notes.size() + 1, 0});
                useOf.put(ref, numberAndUses[1]++);
            }
        })).visit(document);
    }

    private void renderReference(Footnote ref, NodeRendererContext context, HtmlWriter html) {
        int[] numberAndUses = notes.get(ref.getFootnoteBlock());
        if (numberAndUses == null) {
            html.text("[^");
            context.renderChildren(ref);
            html.text("]");
            return;
        }
        int n = numberAndUses[0];
        html.raw("<sup class=\"footnote-ref\"><a id=\"" + referenceId(n, useOf.get(ref)) + "\" href=\"#fn:" + n
                + "\" aria-describedby=\"fn:heading\">" + n + "</a></sup>");
    }

    private void writeNotes(NodeRendererContext context, HtmlWriter html) {
        html.line();
        html.raw("<section class=\"footnotes\" aria-labelledby=\"fn:heading\">\n"
                + "<h2 id=\"fn:heading\" class=\"visually-hidden\">Footnotes</h2>\n<ol>\n");
        notes.forEach((note, numberAndUses) -> {
            int n = numberAndUses[0];
            String back = backLinks(n, numberAndUses[1]);
            html.raw("<li id=\"fn:" + n + "\">\n");
            Node last = note.getLastChild();
            for (Node child = note.getFirstChild(); child != null; child = child.getNext()) {
                if (child == last && child instanceof Paragraph) {
                    html.raw("<p>");
                    context.renderChildren(child);
                    html.raw(" " + back + "</p>\n");
                } else {
                    context.render(child);
                }
            }
            if (!(last instanceof Paragraph)) {
                html.line();
                html.raw("<p>" + back + "</p>\n");
            }
            html.raw("</li>\n");
        });
        html.raw("</ol>\n</section>");
        html.line();
    }

    /** Python-Markdown's ids: {@code fnref:1} for the first reference to note 1, {@code fnref2:1} for the second. */
    private static String referenceId(int note, int use) {
        return "fnref" + (use == 0 ? "" : String.valueOf(use + 1)) + ":" + note;
    }

    private static String backLinks(int note, int uses) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < uses; i++) {
            sb.append(i == 0 ? "" : " ").append("<a class=\"footnote-backref\" href=\"#").append(referenceId(note, i))
                    .append("\" aria-label=\"Back to reference ").append(note).append(i == 0 ? "" : " (" + (i + 1) + ")")
                    .append("\">").append(BACK_ARROW).append(i == 0 ? "" : "<sup>" + (i + 1) + "</sup>").append("</a>");
        }
        return sb.toString();
    }

    public static final class Factory implements NodeRendererFactory {
        @Override
        public NodeRenderer apply(DataHolder options) {
            return new FootnoteNodeRenderer();
        }
    }
}
