package reglab.site.pipeline;

import java.util.List;
import java.util.stream.Stream;
import reglab.site.content.SourcePage;
import reglab.site.links.InternalLink;
import reglab.site.links.RemoteImages;
import reglab.site.render.RenderRequest;
import reglab.site.search.SearchIndex;

/**
 * The site after the parse stage: every page as HTML with render placeholders, in build order, and
 * the badges drawn in place of remote images.
 *
 * @param loaded what the load stage read
 * @param pages  the parsed pages, in the order of {@link LoadedSite#pages()}
 * @param images the local badges and the replacements made, for the output and the build report
 * @param search the search documents of every page, in navigation order
 */
record ParsedSite(LoadedSite loaded, List<ParsedPage> pages, RemoteImages images, SearchIndex search) {

    ParsedSite {
        pages = List.copyOf(pages);
    }

    /** Every render request of the build, page by page, then the search index: one batch for the browser. */
    List<RenderRequest> requests() {
        return Stream.concat(pageRequests(), Stream.of(search.request())).toList();
    }

    /** The pages' render requests (diagrams, formulas, code). */
    private Stream<RenderRequest> pageRequests() {
        return pages.stream().flatMap(p -> p.slots().requests().stream());
    }

    /** The links between pages and files, for the anchor check. */
    List<InternalLink> links() {
        return pages.stream().flatMap(p -> p.links().stream()).toList();
    }

    RenderCounts counts() {
        return RenderCounts.of(pageRequests().toList());
    }

    /** The parsed home page ({@code index.md}). */
    ParsedPage home() {
        return pages.stream().filter(p -> p.source().path().equals("index.md")).findFirst().orElseThrow();
    }

    /** The parsed page of {@code source}. */
    ParsedPage of(SourcePage source) {
        return pages.stream().filter(p -> p.source() == source).findFirst().orElseThrow();
    }
}
