package reglab.site.pipeline;

import java.util.List;
import java.util.Map;

/**
 * The site after the assemble stage: each page as a complete HTML document.
 *
 * @param navOrder the parsed pages in navigation order
 * @param html     every page's document by site path, the 404 page included
 */
record AssembledSite(List<ParsedPage> navOrder, Map<String, String> html) {

    AssembledSite {
        navOrder = List.copyOf(navOrder);
        html = Map.copyOf(html);
    }

    /** The site paths of the content pages, in navigation order (the 404 page is none of them). */
    List<String> pagePaths() {
        return navOrder.stream().map(ParsedPage::outputPath).toList();
    }
}
