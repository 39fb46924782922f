package reglab.site.markdown.alert.internal;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.misc.CharPredicate;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import reglab.site.markdown.alert.Alert;
import reglab.site.markdown.alert.AlertType;

/**
 * Turns a top-level block quote that starts with an alert marker line into an {@link Alert}: the
 * marker's inline nodes and the line break after them are removed from the first paragraph (the
 * paragraph itself when nothing else is in it), and the quote's children move to the alert.
 */
public final class AlertPostProcessor extends NodePostProcessor {

    private static final Pattern MARKER = Pattern.compile("\\[!([A-Za-z]+)][ \\t]*");

    @Override
    public void process(NodeTracker state, Node node) {
        if (!(node instanceof BlockQuote quote) || !(quote.getParent() instanceof Document)
                || !(quote.getFirstChild() instanceof Paragraph first)) {
            return;
        }
        BasedSequence chars = first.getChars();
        int eol = chars.indexOfAny(CharPredicate.EOL);
        BasedSequence line = eol < 0 ? chars : chars.subSequence(0, eol);
        Matcher m = MARKER.matcher(line);
        AlertType type = m.matches() ? AlertType.forMarker(m.group(1)) : null;
        if (type == null || (eol < 0 || chars.subSequence(eol).isBlank()) && first.getNext() == null) {
            return;
        }
        int lineEnd = line.getEndOffset();
        Node inline = first.getFirstChild();
        while (inline != null && inline.getStartOffset() < lineEnd) {
            Node next = inline.getNext();
            inline.unlink();
            state.nodeRemoved(inline);
            inline = next;
        }
        if (inline instanceof SoftLineBreak || inline instanceof HardLineBreak) {
            inline.unlink();
            state.nodeRemoved(inline);
        }
        if (!first.hasChildren()) {
            first.unlink();
            state.nodeRemoved(first);
        }
        Alert alert = new Alert(quote.getChars(), type);
        alert.takeChildren(quote);
        quote.insertBefore(alert);
        quote.unlink();
        state.nodeRemoved(quote);
        state.nodeAddedWithDescendants(alert);
    }

    public static final class Factory extends NodePostProcessorFactory {
        public Factory() {
            super(false);
            addNodes(BlockQuote.class);
        }

        @Override
        public NodePostProcessor apply(Document document) {
            return new AlertPostProcessor();
        }
    }
}
