package reglab.site.markdown.heading;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import java.text.Normalizer;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Gives every heading of a page an id that no other element of the page uses. Slugs follow
 * GitHub's convention (lower case, punctuation dropped, spaces to hyphens); a repeated slug gets
 * {@code -1}, {@code -2}, … like GitHub, skipping any suffix that is already taken, so links written
 * against GitHub's rendering of a document keep working here.
 */
public final class HeadingIds {

    private HeadingIds() {
    }

    /**
     * Sets {@link Heading#setAnchorRefId} on every heading of {@code document}, in document order.
     *
     * @param reserved ids the page template uses itself, which headings must not take
     */
    public static void assign(Document document, Collection<String> reserved) {
        Set<String> used = new HashSet<>(reserved);
        visit(document, used);
    }

    private static void visit(Node parent, Set<String> used) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading heading) {
                String base = slug(new TextCollectingVisitor().collectAndGetText(heading));
                String id = base;
                for (int i = 1; used.contains(id); i++) {
                    id = base + "-" + i;
                }
                used.add(id);
                heading.setAnchorRefId(id);
            } else if (n.hasChildren()) {
                visit(n, used);
            }
        }
    }

    /** GitHub-style slug of a heading's text; {@code section} when nothing is left. */
    public static String slug(String text) {
        String s = Normalizer.normalize(text.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp) || cp == '-' || cp == '_') {
                sb.appendCodePoint(cp);
            } else if (Character.isWhitespace(cp)) {
                sb.append('-');
            }
        });
        return sb.length() == 0 ? "section" : sb.toString();
    }
}
