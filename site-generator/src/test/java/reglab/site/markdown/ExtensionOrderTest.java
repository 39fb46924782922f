package reglab.site.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The contract {@link MarkdownExtensions} documents for plugins: an extension listed after the
 * standard ones takes over a node type and hands the nodes it does not handle back with
 * {@code delegateRender()}.
 */
class ExtensionOrderTest {

    /** A test extension that renders only {@code demo} fences itself. */
    static final class DemoFence implements HtmlRenderer.HtmlRendererExtension {
        @Override
        public void rendererOptions(MutableDataHolder options) {
        }

        @Override
        public void extend(HtmlRenderer.Builder builder, String rendererType) {
            builder.nodeRendererFactory(options -> (NodeRenderer) () -> Set.of(new NodeRenderingHandler<>(FencedCodeBlock.class,
                    (node, context, html) -> {
                        if (node.getInfo().toString().equals("demo")) {
                            html.raw("<div class=\"demo\"></div>\n");
                        } else {
                            context.delegateRender();
                        }
                    })));
        }
    }

    @Test
    void aLaterExtensionTakesOverAFenceAndDelegatesTheRest() {
        List<Extension> extensions = new ArrayList<>(MarkdownExtensions.all());
        extensions.add(new DemoFence());
        MarkdownPipeline pipeline = new MarkdownPipeline(extensions);
        Document doc = pipeline.parse("```demo\nx\n```\n\n```python\ny\n```\n");
        RenderSlots slots = RenderSlots.attach(doc, "t.md");
        String html = pipeline.render(doc);
        assertEquals("<div class=\"demo\"></div>\n<div class=\"code-block\"><span class=\"code-lang\">python</span>"
                + "<button class=\"copy-button\" type=\"button\" aria-label=\"Copy code\" hidden>Copy</button>"
                + "<div class=\"code-scroll\" tabindex=\"0\" role=\"group\" aria-label=\"Code: python\"><!--reglab-render:0--></div></div>\n", html);
        assertEquals(1, slots.requests().size());
        assertEquals("y\n", slots.requests().get(0).source());
    }
}
