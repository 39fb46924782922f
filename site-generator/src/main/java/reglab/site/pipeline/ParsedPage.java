package reglab.site.pipeline;

import java.util.List;
import reglab.site.content.SourcePage;
import reglab.site.links.InternalLink;
import reglab.site.markdown.RenderSlots;
import reglab.site.markdown.heading.TocEntry;
import reglab.site.search.SearchIndex;

/**
 * A page after the Markdown stage: its HTML with render placeholders, the requests those stand
 * for, its headings and its internal links.
 *
 * @param source      the loaded page
 * @param sections    the page's search documents (the syntax tree itself is dropped after parsing,
 *                    so a large site's trees are never all in memory at once)
 * @param title       the page title
 * @param description a one-line summary (first paragraph), for the page's meta description
 * @param html        the article HTML with placeholders
 * @param slots       the page's render requests
 * @param toc         the headings for the table of contents
 * @param links       links to pages and files of the site, for the anchor check
 * @param changes     notes from document transforms for the attribution
 */
public record ParsedPage(SourcePage source, List<SearchIndex.Entry> sections, String title, String description, String html,
                         RenderSlots slots, List<TocEntry> toc, List<InternalLink> links, List<String> changes) {

    public String outputPath() {
        return source.outputPath();
    }
}
