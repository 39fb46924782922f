package reglab.site.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import reglab.site.content.PageSettings;
import reglab.site.content.SiteConfig;
import reglab.site.markdown.heading.Toc;
import reglab.site.nav.NavHtml;
import reglab.site.nav.NavPage;
import reglab.site.nav.NavTree;
import reglab.site.render.RenderResult;
import reglab.site.render.SharedStyles;
import reglab.site.theme.PageAssets;
import reglab.site.theme.PageView;
import reglab.site.theme.Theme;
import reglab.site.url.SitePaths;

/**
 * The assembly stage: puts rendered diagrams, formulas and code into each page and wraps it in the
 * theme with the navigation (sidebar, breadcrumbs, previous/next; {@link NavTree}), table of
 * contents, front-matter metadata and the attribution footer.
 */
public final class PageAssembler {

    private final Theme theme;
    private final NavHtml nav;
    private final List<ParsedPage> navOrder;
    private final Map<String, NavPage> navPages = new LinkedHashMap<>();
    private final Attribution attribution;
    private final List<PageAssets> assets;

    /**
     * @param pages       all pages of the site
     * @param config      the site file, for the navigation order
     * @param attribution the attribution to show on every page, or null
     * @param assets      page assets (their files are written by the builder)
     */
    public PageAssembler(Theme theme, List<ParsedPage> pages, SiteConfig config, Attribution attribution, List<PageAssets> assets) {
        this.theme = theme;
        for (ParsedPage p : pages) {
            navPages.put(p.outputPath(), navPage(p));
        }
        NavTree tree = NavTree.build(List.copyOf(navPages.values()), config);
        this.nav = new NavHtml(tree);
        this.navOrder = order(pages, tree);
        this.attribution = attribution;
        this.assets = List.copyOf(assets);
    }

    /** How {@code p} appears in the navigation. */
    static NavPage navPage(ParsedPage p) {
        PageSettings settings = p.source().frontMatter().settings();
        return new NavPage(p.source().path(), p.outputPath(), settings.navLabel() != null ? settings.navLabel() : p.title(),
                p.source().weight(), settings.inNav());
    }

    /** Pages in navigation order, then the pages left out of the navigation ({@code nav: false}). */
    public List<ParsedPage> navOrder() {
        return navOrder;
    }

    /** {@link #navOrder()} of {@code pages} under {@code config}, for stages that come before assembly. */
    public static List<ParsedPage> navOrder(List<ParsedPage> pages, SiteConfig config) {
        return order(pages, NavTree.build(pages.stream().map(PageAssembler::navPage).toList(), config));
    }

    private static List<ParsedPage> order(List<ParsedPage> pages, NavTree tree) {
        Map<String, ParsedPage> byOutput = new LinkedHashMap<>();
        pages.forEach(p -> byOutput.put(p.outputPath(), p));
        List<ParsedPage> order = new ArrayList<>();
        tree.readingOrder().forEach(n -> order.add(byOutput.remove(n.outputPath())));
        order.addAll(byOutput.values());
        return List.copyOf(order);
    }

    /**
     * @param extraHead tags every page of this kind needs (e.g. the KaTeX stylesheet), with
     *                  {@code {{root}}} standing for the page's prefix to the site root
     */
    public String assemble(ParsedPage page, Map<String, RenderResult> results, String extraHead) {
        String content = SharedStyles.onceEach(page.slots().fill(page.html(), results));
        String root = SitePaths.rootPrefix(page.outputPath());
        StringBuilder head = new StringBuilder(extraHead.replace("{{root}}", root));
        StringBuilder bodyEnd = new StringBuilder();
        for (PageAssets a : assets) {
            if (a.neededBy(page.outputPath(), content)) {
                head.append(a.headTags(root));
                bodyEnd.append(a.bodyEndTags(root));
            }
        }
        String tocHtml = page.toc().size() < 2 ? ""
                : "<p class=\"sidebar-heading\">On this page</p>\n" + Toc.html(page.toc());
        String meta = meta(page);
        String article = content;
        if (!meta.isEmpty() && content.stripLeading().startsWith("<h1")) {
            int end = content.indexOf("</h1>") + "</h1>".length();
            article = content.substring(0, end) + "\n" + meta + content.substring(end);
            meta = "";
        }
        String footer = nav.pager(page.outputPath()) + (attribution == null ? "" : attribution.html(page.outputPath()));
        return theme.render(new PageView(page.outputPath(), page.title(), page.description(), nav.sidebar(page.outputPath()),
                nav.breadcrumbs(navPages.get(page.outputPath())), meta, article, tocHtml, footer, head.toString(),
                bodyEnd.toString(), page.source().frontMatter().settings().lang()));
    }

    /**
     * The "page not found" page, at the output root.
     *
     * @param root the prefix of its links to site files: {@code ""} (relative, as for any page at the
     *             root) or a path from the host's root such as {@code /docs/} (see
     *             {@link BuildOptions#notFoundRoot()})
     */
    public String notFound(String root) {
        String content = "<h1 id=\"page-not-found\">Page not found</h1>\n<p>There is no page at this address. "
                + "Try the search above, or go to the <a href=\"" + Theme.escape(root) + "index.html\">home page</a>.</p>\n";
        UnaryOperator<String> href = path -> root + path;
        return theme.render(new PageView("404.html", "Page not found", "", nav.sidebar("404.html", href), "", "", content, "",
                attribution == null ? "" : attribution.html(href), "", "", null), root);
    }

    /** The front matter's shown keys, in file order, as a definition list (placed under the page's title). */
    private static String meta(ParsedPage page) {
        Map<String, String> values = page.source().frontMatter().shown();
        if (page.source().generated() || values.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("<dl class=\"page-meta\" aria-label=\"About this document\">\n");
        values.forEach((k, v) -> sb.append("<div><dt>").append(Theme.escape(k)).append("</dt><dd>")
                .append(Theme.escape(v)).append("</dd></div>\n"));
        return sb.append("</dl>").toString();
    }
}
