package reglab.site.markdown;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.List;
import reglab.site.markdown.applet.AppletExtension;
import reglab.site.markdown.fence.FenceExtension;
import reglab.site.markdown.heading.HeadingExtension;
import reglab.site.markdown.math.MathExtension;
import reglab.site.markdown.table.TableWrapExtension;

/**
 * The one place that lists the Flexmark extensions of the site's Markdown dialect. Order matters
 * for node renderers: an extension listed later takes over a node type from an earlier one and can
 * hand a node back with {@code NodeRendererContext.delegateRender()} (e.g. a fence extension that
 * handles only its own info string).
 */
public final class MarkdownExtensions {

    private MarkdownExtensions() {
    }

    /** The extensions, in registration order. */
    public static List<Extension> all() {
        return List.of(
                TablesExtension.create(),
                TableWrapExtension.create(),
                MathExtension.create(),
                HeadingExtension.create(),
                FenceExtension.create(),
                AppletExtension.create());
    }
}
