package reglab.site.pipeline;

import java.util.List;
import java.util.Map;
import reglab.site.content.Content;
import reglab.site.content.SiteConfig;
import reglab.site.content.SourcePage;
import reglab.site.images.SvgImage;

/**
 * The result of the load phase.
 *
 * @param content what the content folder holds
 * @param pages   its pages plus the generated license pages, in build order
 * @param config  the site file ({@code content/site.yml}), or {@link SiteConfig#NONE}
 * @param svgs    the content's SVG files, made safe to publish, by site path
 */
public record LoadedSite(Content content, List<SourcePage> pages, SiteConfig config, Map<String, SvgImage> svgs) {

    public LoadedSite {
        pages = List.copyOf(pages);
        svgs = Map.copyOf(svgs);
    }

    /**
     * Whether any page may hold a Mermaid diagram: its body names {@code mermaid} anywhere. A guess
     * made before parsing, so the renderer can load Mermaid while the pages are parsed; a page
     * that only mentions the word makes it load Mermaid in vain, which costs time, not output.
     */
    public boolean mayHoldDiagrams() {
        return pages.stream().anyMatch(p -> p.body().contains("mermaid"));
    }
}
