package reglab.site.markdown.math;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import reglab.site.markdown.math.internal.MathBlockParser;
import reglab.site.markdown.math.internal.MathInlineParser;
import reglab.site.markdown.math.internal.MathNodeRenderer;

/**
 * TeX math in Markdown, in the three forms the licensed document uses: {@code $$…$$} display
 * blocks, {@code \(…\)} inline and {@code $…$} inline. The parsers run before CommonMark's
 * backslash escapes and emphasis, which would otherwise turn {@code \(} into {@code (} and
 * {@code \theta_i} into emphasis. Formulas become {@code MATH_*} render requests (typeset by KaTeX
 * at build time). Layout follows flexmark-ext-gitlab: nodes here, parsers and renderer in
 * {@code internal}.
 *
 * <p>Rules for a single {@code $} (so prices like "$5 and $10" stay text), after Pandoc's
 * {@code tex_math_dollars}: the opening {@code $} is not preceded by a letter or digit and not
 * followed by whitespace; the closing {@code $} is the next unescaped {@code $} and is not
 * followed by a digit. Pandoc also forbids whitespace before the closing {@code $}; the document
 * writes {@code $\theta_i $}, so whitespace is allowed there when the formula contains TeX markup
 * (a backslash, {@code ^}, {@code _} or a brace), which a price never does.
 */
public final class MathExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    private MathExtension() {
    }

    public static MathExtension create() {
        return new MathExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder parserBuilder) {
        parserBuilder.customBlockParserFactory(new MathBlockParser.Factory());
        parserBuilder.customInlineParserExtensionFactory(new MathInlineParser.Factory());
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder htmlRendererBuilder, String rendererType) {
        htmlRendererBuilder.nodeRendererFactory(new MathNodeRenderer.Factory());
    }
}
