package reglab.site.markdown.math;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** A display formula on lines of its own, between {@code $$} lines (or {@code $$ … $$} on one line). */
public final class MathBlock extends Block {

    private String tex = "";
    private boolean closed;
    private boolean oneLine;

    public MathBlock(BasedSequence chars) {
        super(chars);
    }

    /** The TeX between the delimiters, with the lines joined by {@code \n}. */
    public String getTex() {
        return tex;
    }

    void setTex(String tex) {
        this.tex = tex;
    }

    /** False when the document ended before the closing {@code $$}: the build reports it. */
    public boolean isClosed() {
        return closed;
    }

    void setClosed(boolean closed) {
        this.closed = closed;
    }

    /** True for {@code $$ … $$} on a single line; the TeX then starts on the block's first line. */
    public boolean isOneLine() {
        return oneLine;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }

    @Override
    public void getAstExtra(StringBuilder out) {
        out.append(" tex:[").append(tex.replace("\n", "\\n")).append(']');
        if (!closed) {
            out.append(" unclosed");
        }
    }

    /** Lets the block parser in {@code internal} set the parsed fields. */
    public static final class Access {
        private Access() {
        }

        public static void set(MathBlock block, String tex, boolean closed, boolean oneLine) {
            block.setTex(tex);
            block.setClosed(closed);
            block.oneLine = oneLine;
        }
    }
}
