package reglab.site.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import reglab.site.SiteException;
import reglab.site.content.Content;
import reglab.site.images.SvgImage;
import reglab.site.render.RenderResult;
import reglab.site.search.SearchIndex;
import reglab.site.theme.PageAssets;
import reglab.site.theme.Theme;

/**
 * The index, sitemap and assets stage: every file of the output that is not a page. Later entries
 * win a path, so a file in the content folder replaces a theme file of the same name. SVG files
 * are published as the load stage made them safe. The generator's own files are read once per
 * {@link PageCache}.
 */
final class SiteFiles {

    private SiteFiles() {
    }

    /** @return file contents by site path */
    static Map<String, byte[]> collect(ParsedSite site, AssembledSite assembled, Map<String, RenderResult> rendered,
                                       BuildOptions options, PageCache cache) {
        Map<String, byte[]> files = new TreeMap<>();
        if (site.counts().hasMath()) {
            files.putAll(cache.resources("katex", KatexAssets::files));
        }
        files.putAll(cache.resources("theme", Theme::staticFiles));
        files.putAll(site.images().files());
        for (int i = 0; i < options.assets().size(); i++) {
            PageAssets assets = options.assets().get(i);
            files.putAll(cache.resources("assets " + i + " " + assets.getClass().getName(), assets::files));
        }
        for (Content.Asset asset : site.loaded().content().assets()) {
            SvgImage svg = site.loaded().svgs().get(asset.path());
            files.put(asset.path(), svg != null ? svg.bytes() : read(asset));
        }
        files.put(SearchIndex.FILE, site.search().script(rendered).getBytes(StandardCharsets.UTF_8));
        files.putAll(cache.resources("search engine", SearchIndex::engineFiles));
        if (options.baseUrl() != null) {
            Map<String, LocalDate> lastmod = new TreeMap<>();
            for (ParsedPage page : assembled.navOrder()) {
                LocalDate date = page.source().frontMatter().settings().date();
                if (date != null) {
                    lastmod.put(page.outputPath(), date);
                }
            }
            files.put("sitemap.xml", Sitemap.xml(options.baseUrl(), assembled.pagePaths(), lastmod).getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }

    private static byte[] read(Content.Asset asset) {
        try {
            return Files.readAllBytes(asset.file());
        } catch (IOException e) {
            throw new SiteException(asset.file() + ": cannot read: " + e.getMessage());
        }
    }
}
