package reglab.site.markdown.applet.internal;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import java.util.Set;
import reglab.applet.page.AppletMarkup;
import reglab.applet.settings.Config;
import reglab.applet.settings.SpecException;
import reglab.applet.catalogue.SpecText;
import reglab.site.SiteException;
import reglab.site.markdown.RenderSlots;
import reglab.site.markdown.applet.AppletBlock;
import reglab.site.render.SourceLocation;

/**
 * Renders {@code applet} fences (validated here, so a bad one stops the build naming the file and
 * line) and {@link AppletBlock}s as the applet's mount element; hands every other fence back.
 */
public final class AppletNodeRenderer implements NodeRenderer {

    private final String info;

    /** @param info the info string of the fences to render ({@code AppletExtension.INFO}) */
    public AppletNodeRenderer(String info) {
        this.info = info;
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(FencedCodeBlock.class, this::renderFence),
                new NodeRenderingHandler<>(AppletBlock.class, this::renderBlock));
    }

    private void renderFence(FencedCodeBlock node, NodeRendererContext context, HtmlWriter html) {
        if (!node.getInfo().toString().strip().equals(info)) {
            context.delegateRender();
            return;
        }
        Config config;
        try {
            config = SpecText.parseFence(node.getContentChars().normalizeEOL());
        } catch (SpecException e) {
            SourceLocation fence = RenderSlots.of(node.getDocument()).location(node);
            int line = fence.line() + Math.max(1, e.line());
            throw new SiteException(fence.file() + ":" + line + ": applet: " + e.getMessage());
        }
        html.line();
        html.raw(AppletMarkup.mount(config));
        html.line();
    }

    private void renderBlock(AppletBlock node, NodeRendererContext context, HtmlWriter html) {
        html.line();
        html.raw(AppletMarkup.mount(node.config()));
        html.line();
    }
}
