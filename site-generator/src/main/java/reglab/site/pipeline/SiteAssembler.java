package reglab.site.pipeline;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import reglab.site.content.SiteConfig;
import reglab.site.nav.NavPage;
import reglab.site.render.RenderResult;
import reglab.site.theme.PageAssets;
import reglab.site.theme.Theme;

/**
 * The assemble stage: fills each page's render placeholders and wraps it in the theme
 * ({@link PageAssembler}), with the site's title from the site file or else the home page, the
 * language from the home page, and the attribution on every page; adds the 404 page.
 */
final class SiteAssembler {

    private SiteAssembler() {
    }

    /**
     * Everything besides the page itself and its render results that an assembled page depends on:
     * the theme's settings, every page's place in the navigation, the site file, the attribution
     * and the page assets.
     */
    record Context(String siteTitle, String lang, SiteConfig config, List<NavPage> nav, Attribution attribution,
                   List<PageAssets> assets) {
    }

    /** @param cache keeps each page's document for the next build, which takes it over if nothing it depends on changed */
    static AssembledSite assemble(ParsedSite site, Map<String, RenderResult> rendered, BuildOptions options, PageCache cache) {
        ParsedPage home = site.home();
        SiteConfig config = site.loaded().config();
        String lang = home.source().frontMatter().settings().lang();
        String siteTitle = config.title() != null ? config.title() : home.title();
        Theme theme = new Theme(siteTitle, lang != null ? lang : "en", config.repository(), config.footer());
        Attribution attribution = Attribution.of(site);
        PageAssembler assembler = new PageAssembler(theme, site.pages(), config, attribution, options.assets());
        Context context = new Context(siteTitle, lang, config, site.pages().stream().map(PageAssembler::navPage).toList(),
                attribution, options.assets());
        Map<String, byte[]> pages = new TreeMap<>();
        for (ParsedPage page : assembler.navOrder()) {
            List<RenderResult> results = page.slots().requests().stream().map(r -> rendered.get(r.key())).toList();
            pages.put(page.outputPath(), cache.assembled(page, context, results, () -> {
                String katex = RenderCounts.of(page.slots().requests()).hasMath() ? KatexAssets.headTag() : "";
                return assembler.assemble(page, rendered, katex).getBytes(StandardCharsets.UTF_8);
            }));
        }
        pages.put("404.html", assembler.notFound(options.notFoundRoot()).getBytes(StandardCharsets.UTF_8));
        return new AssembledSite(assembler.navOrder(), pages);
    }
}
