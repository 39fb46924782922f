package reglab.site.pipeline;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import reglab.site.content.SiteConfig;
import reglab.site.render.RenderResult;
import reglab.site.theme.Theme;

/**
 * The assemble stage: fills each page's render placeholders and wraps it in the theme
 * ({@link PageAssembler}), with the site's title from the site file or else the home page, the
 * language from the home page, and the attribution on every page; adds the 404 page.
 */
final class SiteAssembler {

    private SiteAssembler() {
    }

    static AssembledSite assemble(ParsedSite site, Map<String, RenderResult> rendered, BuildOptions options) {
        ParsedPage home = site.home();
        SiteConfig config = site.loaded().config();
        String lang = home.source().frontMatter().settings().lang();
        Theme theme = new Theme(config.title() != null ? config.title() : home.title(), lang != null ? lang : "en",
                config.repository(), config.footer());
        PageAssembler assembler = new PageAssembler(theme, site.pages(), config, Attribution.of(site), options.assets());
        Map<String, byte[]> pages = new TreeMap<>();
        for (ParsedPage page : assembler.navOrder()) {
            String katex = RenderCounts.of(page.slots().requests()).hasMath() ? KatexAssets.headTag() : "";
            pages.put(page.outputPath(), assembler.assemble(page, rendered, katex).getBytes(StandardCharsets.UTF_8));
        }
        pages.put("404.html", assembler.notFound(options.notFoundRoot()).getBytes(StandardCharsets.UTF_8));
        return new AssembledSite(assembler.navOrder(), pages);
    }
}
