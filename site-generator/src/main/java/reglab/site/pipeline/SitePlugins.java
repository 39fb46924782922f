package reglab.site.pipeline;

import java.util.List;
import reglab.site.markdown.DocumentTransform;
import reglab.site.markdown.applet.AppletOverlay;
import reglab.site.markdown.applet.AppletPageAssets;
import reglab.site.theme.PageAssets;

/**
 * The one place where features add themselves to every build, next to
 * {@link reglab.site.markdown.MarkdownExtensions} (the Markdown dialect): transforms of parsed
 * pages and assets pages need. Explicit lists, no discovery by reflection.
 */
public final class SitePlugins {

    private SitePlugins() {
    }

    /** Transforms applied to every parsed page, in this order. */
    public static List<DocumentTransform> transforms() {
        return List.of(new AppletOverlay());
    }

    /** Page assets, in the order their tags appear in a page. */
    public static List<PageAssets> assets() {
        return List.of(new AppletPageAssets());
    }
}
