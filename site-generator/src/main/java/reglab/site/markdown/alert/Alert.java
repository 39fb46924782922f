package reglab.site.markdown.alert;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * A GitHub alert: a block quote whose first line is {@code [!NOTE]} (or TIP, IMPORTANT, WARNING,
 * CAUTION). Its children are the quote's content without that line.
 */
public final class Alert extends Block {

    private final AlertType type;

    public Alert(BasedSequence chars, AlertType type) {
        super(chars);
        this.type = type;
    }

    public AlertType getType() {
        return type;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }

    @Override
    public void getAstExtra(StringBuilder out) {
        out.append(" type:").append(type.name());
    }
}
