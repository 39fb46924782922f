package reglab.site.markdown.heading;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.ArrayList;
import java.util.List;

/** A page's table of contents: its headings (after ids were assigned) as a nested list. */
public final class Toc {

    private Toc() {
    }

    /** Headings from level 1 to {@code maxLevel}, in document order. */
    public static List<TocEntry> entries(Document document, int maxLevel) {
        List<TocEntry> out = new ArrayList<>();
        collect(document, maxLevel, out);
        return out;
    }

    private static void collect(Node parent, int maxLevel, List<TocEntry> out) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h) {
                if (h.getLevel() <= maxLevel && h.getAnchorRefId() != null) {
                    out.add(new TocEntry(h.getLevel(), h.getAnchorRefId(),
                            new TextCollectingVisitor().collectAndGetText(h).strip()));
                }
            } else if (n.hasChildren()) {
                collect(n, maxLevel, out);
            }
        }
    }

    /**
     * Nested {@code <ul>} HTML; each level's list nests under the previous shallower entry, so a
     * page that skips a level (h1 then h3) still gives valid, properly indented HTML.
     */
    public static String html(List<TocEntry> entries) {
        if (entries.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        List<Integer> open = new ArrayList<>();
        for (TocEntry e : entries) {
            while (!open.isEmpty() && open.get(open.size() - 1) > e.level()) {
                sb.append("</li></ul>");
                open.remove(open.size() - 1);
            }
            if (!open.isEmpty() && open.get(open.size() - 1) == e.level()) {
                sb.append("</li>");
            } else {
                sb.append("<ul>");
                open.add(e.level());
            }
            sb.append("<li><a href=\"#").append(Escaping.escapeHtml(e.id(), false)).append("\" data-level=\"")
                    .append(e.level()).append("\">").append(Escaping.escapeHtml(e.text(), false)).append("</a>");
        }
        for (int i = 0; i < open.size(); i++) {
            sb.append("</li></ul>");
        }
        return sb.toString();
    }
}
