package reglab.site.pipeline;

import java.util.Map;
import java.util.TreeMap;
import reglab.site.render.RenderResult;
import reglab.site.theme.Theme;

/**
 * The assemble stage: fills each page's render placeholders and wraps it in the theme
 * ({@link PageAssembler}), with the site's title and language from the home page and the
 * attribution on every page; adds the 404 page.
 */
final class SiteAssembler {

    private SiteAssembler() {
    }

    static AssembledSite assemble(ParsedSite site, Map<String, RenderResult> rendered, BuildOptions options) {
        ParsedPage home = site.home();
        Theme theme = new Theme(home.title(), home.source().frontMatter().get("lang", "en"));
        PageAssembler assembler = new PageAssembler(theme, site.pages(), Attribution.of(site), options.assets());
        Map<String, String> html = new TreeMap<>();
        for (ParsedPage page : assembler.navOrder()) {
            String katex = RenderCounts.of(page.slots().requests()).hasMath() ? KatexAssets.headTag() : "";
            html.put(page.outputPath(), assembler.assemble(page, rendered, katex));
        }
        html.put("404.html", assembler.notFound(options.notFoundRoot()));
        return new AssembledSite(assembler.navOrder(), html);
    }
}
