package reglab.site.markdown;

import com.vladsch.flexmark.util.ast.Document;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import reglab.site.content.SourcePage;

/**
 * A change to a parsed page's syntax tree before it is rendered, e.g. inserting interactive
 * experiment blocks after certain headings without touching the page's Markdown text.
 * Transforms run in registration order ({@code SitePlugins.transforms()} in the pipeline), after
 * parsing and before heading ids, link checking and rendering, so what they insert gets ids,
 * checked links and render requests like authored content.
 */
public interface DocumentTransform {

    /**
     * Changes {@code document} in place.
     *
     * @param document the parsed page
     * @param page     the page's source (path, front matter); {@link SourcePage#file()} locates
     *                 files beside it, such as an overlay
     * @param changes  receives a short note for each change worth telling readers about (shown in
     *                 the page's attribution, e.g. "interactive experiments added"); may receive none
     * @throws reglab.site.SiteException for bad input, naming the file and line
     */
    void apply(Document document, SourcePage page, Consumer<String> changes);

    /**
     * The files besides the page itself that {@link #apply} reads for {@code page}, whether or not
     * they exist, so a build that keeps parsed pages ({@code serve}) parses the page again when one
     * of them changes. None by default.
     */
    default List<Path> reads(SourcePage page) {
        return List.of();
    }
}
