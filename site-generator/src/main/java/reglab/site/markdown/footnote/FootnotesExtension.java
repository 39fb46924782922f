package reglab.site.markdown.footnote;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import reglab.site.markdown.footnote.internal.FootnoteNodeRenderer;

/**
 * Footnotes as GitHub writes them ({@code text[^1]} and a {@code [^1]: note} line anywhere in the
 * page): Flexmark's {@link FootnoteExtension} parses them, {@link FootnoteNodeRenderer} writes them
 * the way GitHub's HTML is accessible (a labelled section with a heading for screen readers,
 * back-links named "Back to reference 1"). Flexmark's own renderer is left out because it writes
 * its list in a rendering phase that a later renderer cannot take over.
 *
 * <p>Ids follow Python-Markdown's ({@code fn:1}, {@code fnref:1}, {@code fnref2:1} for a second
 * reference to the same note), so links written for MkDocs keep working, and no heading's id can
 * clash with them: heading ids never contain a colon.
 */
public final class FootnotesExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    private final FootnoteExtension parsing = FootnoteExtension.create();

    private FootnotesExtension() {
    }

    public static FootnotesExtension create() {
        return new FootnotesExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        parsing.parserOptions(options);
    }

    @Override
    public void extend(Parser.Builder parserBuilder) {
        parsing.extend(parserBuilder);
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder htmlRendererBuilder, String rendererType) {
        htmlRendererBuilder.nodeRendererFactory(new FootnoteNodeRenderer.Factory());
    }
}
