package reglab.site.markdown.applet;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import reglab.site.markdown.applet.internal.AppletNodeRenderer;

/**
 * The {@code applet} fence: a fenced block whose info string is {@code applet} and whose body is
 * {@code key: value} lines naming an experiment and its starting settings becomes a live
 * experiment. The body is validated against the applet's registry ({@code reglab.applet.catalogue})
 * while the page renders: an unknown experiment or setting, or a value out of range, stops the
 * build with the file, the line and the allowed values. Other fences go to the renderer listed
 * before this extension. Also renders the {@link AppletBlock}s {@link AppletOverlay} inserts.
 */
public final class AppletExtension implements HtmlRenderer.HtmlRendererExtension {

    /** The info string that marks an experiment. */
    public static final String INFO = "applet";

    private AppletExtension() {
    }

    public static AppletExtension create() {
        return new AppletExtension();
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder htmlRendererBuilder, String rendererType) {
        htmlRendererBuilder.nodeRendererFactory(options -> new AppletNodeRenderer(INFO));
    }
}
