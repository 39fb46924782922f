package reglab.site.pipeline;

import java.util.List;
import reglab.site.content.Content;
import reglab.site.content.SourcePage;

/**
 * The result of the load phase.
 *
 * @param content what the content folder holds
 * @param pages   its pages plus the generated license pages, in build order
 */
public record LoadedSite(Content content, List<SourcePage> pages) {

    public LoadedSite {
        pages = List.copyOf(pages);
    }
}
