package reglab.site.markdown;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.List;
import reglab.site.markdown.alert.AlertExtension;
import reglab.site.markdown.applet.AppletExtension;
import reglab.site.markdown.fence.FenceExtension;
import reglab.site.markdown.footnote.FootnotesExtension;
import reglab.site.markdown.heading.HeadingExtension;
import reglab.site.markdown.image.ImageExtension;
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

    /**
     * The extensions, in registration order: GitHub-flavoured Markdown (tables, task lists,
     * strikethrough, footnotes, bare URLs and {@code www.} links, alerts), definition lists as in
     * MkDocs and PHP Markdown Extra, then the site's own syntax. Strikethrough takes {@code ~~two~~}
     * tildes only: GitHub also strikes through {@code ~one~}, but MkDocs and Pandoc read that as
     * subscript, so {@code H~2~O} keeps its tildes rather than being struck through.
     */
    public static List<Extension> all() {
        return List.of(
                TablesExtension.create(),
                TableWrapExtension.create(),
                TaskListExtension.create(),
                StrikethroughExtension.create(),
                FootnotesExtension.create(),
                AutolinkExtension.create(),
                DefinitionExtension.create(),
                AlertExtension.create(),
                ImageExtension.create(),
                MathExtension.create(),
                HeadingExtension.create(),
                FenceExtension.create(),
                AppletExtension.create());
    }
}
