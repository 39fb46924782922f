package reglab.site.pipeline;

import com.vladsch.flexmark.util.ast.Document;
import java.util.List;
import reglab.site.content.SourcePage;
import reglab.site.links.InternalLink;
import reglab.site.markdown.RenderSlots;
import reglab.site.markdown.heading.TocEntry;

/**
 * A page after the Markdown stage: its HTML with render placeholders, the requests those stand
 * for, its headings and its internal links.
 *
 * @param source      the loaded page
 * @param document    the parsed (and transformed) syntax tree
 * @param title       the page title
 * @param description a one-line summary (first paragraph), for the page's meta description
 * @param html        the article HTML with placeholders
 * @param slots       the page's render requests
 * @param toc         the headings for the table of contents
 * @param links       links to pages and files of the site, for the anchor check
 * @param changes     notes from document transforms for the attribution
 */
public record ParsedPage(SourcePage source, Document document, String title, String description, String html,
                         RenderSlots slots, List<TocEntry> toc, List<InternalLink> links, List<String> changes) {

    public String outputPath() {
        return source.outputPath();
    }
}
