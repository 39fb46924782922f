package reglab.site.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import reglab.site.SiteException;
import reglab.site.content.Content;
import reglab.site.content.SourcePage;
import reglab.site.images.ImageSizes;
import reglab.site.links.RemoteImages;
import reglab.site.links.SiteLinks;
import reglab.site.markdown.DocumentTransform;
import reglab.site.markdown.MarkdownPipeline;
import reglab.site.search.SearchIndex;

/**
 * The parse stage: every loaded page through the Markdown pipeline ({@link PageParser}), with the
 * site's pages and files known, so each link is checked and rewritten as it is met and each image
 * measured; then the search documents of every page, so the render stage indexes them with the
 * rest.
 */
final class SiteParser {

    private SiteParser() {
    }

    /** @param cache the pages earlier builds parsed, taken over where their inputs did not change */
    static ParsedSite parse(LoadedSite site, List<DocumentTransform> transforms, PageCache cache) {
        Set<String> pages = site.pages().stream().map(SourcePage::path).collect(Collectors.toSet());
        Set<String> files = site.content().assets().stream().map(Content.Asset::path).collect(Collectors.toSet());
        Set<String> drafts = Set.copyOf(site.content().drafts());
        RemoteImages images = new RemoteImages();
        Map<String, Path> assets = site.content().assets().stream().collect(Collectors.toMap(Content.Asset::path, Content.Asset::file));
        Function<String, byte[]> siteFiles = path -> site.svgs().containsKey(path) ? site.svgs().get(path).bytes()
                : assets.containsKey(path) ? read(assets.get(path)) : null;
        MarkdownPipeline markdown = MarkdownPipeline.standard();
        SiteLinks links = new SiteLinks(pages, files, drafts);
        String sitePaths = PageCache.sitePaths(pages, files, drafts);
        // Each page gets its own badges and image measurements, joined in build order: what one
        // page draws is all its output depends on, so a kept page can hand over the same.
        PageCache.PageParse parse = (page, own, measure) ->
                new PageParser(markdown, transforms, links, own, new ImageSizes(measure)).parse(page);
        cache.startBuild();
        List<ParsedPage> parsed = site.pages().stream()
                .map(page -> cache.parse(page, sitePaths, transforms, siteFiles, images, parse)).toList();
        cache.keepOnly(pages);
        SearchIndex search = new SearchIndex();
        for (ParsedPage page : PageAssembler.navOrder(parsed, site.config())) {
            search.addPage(page.sections());
        }
        return new ParsedSite(site, parsed, images, search);
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new SiteException(file + ": cannot read: " + e.getMessage());
        }
    }
}
