package reglab.site.pipeline;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import reglab.site.content.Content;
import reglab.site.content.SourcePage;
import reglab.site.links.RemoteImages;
import reglab.site.links.SiteLinks;
import reglab.site.markdown.DocumentTransform;
import reglab.site.markdown.MarkdownPipeline;

/**
 * The parse stage: every loaded page through the Markdown pipeline ({@link PageParser}), with the
 * site's pages and files known, so each link is checked and rewritten as it is met.
 */
final class SiteParser {

    private SiteParser() {
    }

    static ParsedSite parse(LoadedSite site, List<DocumentTransform> transforms) {
        Set<String> pages = site.pages().stream().map(SourcePage::path).collect(Collectors.toSet());
        Set<String> files = site.content().assets().stream().map(Content.Asset::path).collect(Collectors.toSet());
        RemoteImages images = new RemoteImages();
        PageParser parser = new PageParser(MarkdownPipeline.standard(), transforms, new SiteLinks(pages, files), images);
        return new ParsedSite(site, site.pages().stream().map(parser::parse).toList(), images);
    }
}
