package reglab.site.markdown.math;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Math inside a paragraph: {@code $…$}, {@code \(…\)} (inline style), or {@code $$…$$} written
 * inside a line (display style). {@code \[…\]} is deliberately not math: CommonMark authors write
 * {@code \[} for a literal bracket.
 */
public final class MathInline extends Node {

    private final BasedSequence openingMarker;
    private final BasedSequence text;
    private final BasedSequence closingMarker;
    private final boolean display;

    public MathInline(BasedSequence openingMarker, BasedSequence text, BasedSequence closingMarker, boolean display) {
        super(openingMarker.baseSubSequence(openingMarker.getStartOffset(), closingMarker.getEndOffset()));
        this.openingMarker = openingMarker;
        this.text = text;
        this.closingMarker = closingMarker;
        this.display = display;
    }

    /** The TeX between the delimiters, as written. */
    public BasedSequence getText() {
        return text;
    }

    /** True for display style ({@code $$…$$} inside a line). */
    public boolean isDisplay() {
        return display;
    }

    @Override
    public BasedSequence[] getSegments() {
        return new BasedSequence[] {openingMarker, text, closingMarker};
    }

    @Override
    public void getAstExtra(StringBuilder out) {
        segmentSpanChars(out, openingMarker, "open");
        segmentSpanChars(out, text, "text");
        segmentSpanChars(out, closingMarker, "close");
        if (display) {
            out.append(" display");
        }
    }
}
