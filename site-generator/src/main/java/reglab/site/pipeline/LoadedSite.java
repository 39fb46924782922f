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
}
