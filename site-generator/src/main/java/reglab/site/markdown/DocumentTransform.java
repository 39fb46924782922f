package reglab.site.markdown;

import com.vladsch.flexmark.util.ast.Document;
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
}
