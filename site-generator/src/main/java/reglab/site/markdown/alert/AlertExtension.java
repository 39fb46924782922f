package reglab.site.markdown.alert;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import reglab.site.markdown.alert.internal.AlertNodeRenderer;
import reglab.site.markdown.alert.internal.AlertPostProcessor;

/**
 * GitHub's alerts (December 2023; Flexmark 0.64.8 predates them):
 *
 * <pre>
 * &gt; [!WARNING]
 * &gt; Urgent info that needs immediate attention.
 * </pre>
 *
 * <p>drawn as a callout with an icon and the type's title. As on GitHub, the marker is alone on
 * the quote's first line (text after it leaves an ordinary quote), the quote needs content besides
 * the marker, and only quotes at the top level of the page become alerts (one inside a list or
 * another quote stays a quote). Parsed as a block quote first and converted by a post-processor,
 * so the quote's continuation and laziness rules stay CommonMark's. Layout follows
 * flexmark-ext-gitlab: nodes here, processor and renderer in {@code internal}.
 */
public final class AlertExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    private AlertExtension() {
    }

    public static AlertExtension create() {
        return new AlertExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder parserBuilder) {
        parserBuilder.postProcessorFactory(new AlertPostProcessor.Factory());
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder htmlRendererBuilder, String rendererType) {
        htmlRendererBuilder.nodeRendererFactory(new AlertNodeRenderer.Factory());
    }
}
