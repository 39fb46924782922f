package reglab.site.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import java.util.List;

/**
 * Flexmark configured for the site: CommonMark plus the {@link MarkdownExtensions}, GFM-style
 * tables and task lists, raw HTML passed through, heading ids left to {@code HeadingIds} (Flexmark's own
 * generator would not see ids the theme reserves). Thread-safe once built; one per build.
 */
public final class MarkdownPipeline {

    /**
     * A task's box shows its state; it is disabled, as on GitHub, because the page cannot save a
     * click (readonly does not apply to checkboxes). Screen readers get the state as the first
     * words of the item ("Done: write the tests") rather than an unnamed, unavailable control.
     */
    private static final String TASK_BOX = "<input type=\"checkbox\" class=\"task-list-item-checkbox\"CHECKED disabled "
            + "aria-hidden=\"true\"><span class=\"visually-hidden\">STATE: </span> ";

    private final Parser parser;
    private final HtmlRenderer renderer;

    public MarkdownPipeline(List<Extension> extensions) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, extensions);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
        options.set(HtmlRenderer.RENDER_HEADER_ID, false);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        options.set(TablesExtension.CLASS_NAME, "table");
        options.set(TaskListExtension.ITEM_DONE_MARKER, TASK_BOX.replace("CHECKED", " checked").replace("STATE", "Done"));
        options.set(TaskListExtension.ITEM_NOT_DONE_MARKER, TASK_BOX.replace("CHECKED", "").replace("STATE", "Not done"));
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).build();
    }

    /** The site's dialect with the standard extensions. */
    public static MarkdownPipeline standard() {
        return new MarkdownPipeline(MarkdownExtensions.all());
    }

    public Document parse(String markdown) {
        return parser.parse(markdown);
    }

    /** Renders {@code document}; it must have {@link RenderSlots} attached. */
    public String render(Document document) {
        return renderer.render(document);
    }
}
