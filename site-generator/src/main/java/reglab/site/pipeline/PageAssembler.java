package reglab.site.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import reglab.site.markdown.heading.Toc;
import reglab.site.render.RenderResult;
import reglab.site.render.SharedStyles;
import reglab.site.theme.PageView;
import reglab.site.theme.Theme;
import reglab.site.url.SitePaths;

/**
 * The assembly stage: puts rendered diagrams, formulas and code into each page and wraps it in the
 * theme with navigation, table of contents, front-matter metadata and the attribution footer.
 */
public final class PageAssembler {

    private final Theme theme;
    private final List<ParsedPage> navOrder;
    private final Attribution attribution;
    private final List<PageAssets> assets;

    /**
     * @param pages       all pages of the site
     * @param attribution the attribution to show on every page, or null
     * @param assets      page assets (their files are written by the builder)
     */
    public PageAssembler(Theme theme, List<ParsedPage> pages, Attribution attribution, List<PageAssets> assets) {
        this.theme = theme;
        this.navOrder = new ArrayList<>(pages);
        this.navOrder.sort(Comparator.comparingInt((ParsedPage p) -> p.source().weight())
                .thenComparing(ParsedPage::title).thenComparing(ParsedPage::outputPath));
        this.attribution = attribution;
        this.assets = List.copyOf(assets);
    }

    /** Pages in navigation order. */
    public List<ParsedPage> navOrder() {
        return List.copyOf(navOrder);
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
        String footer = pager(page) + (attribution == null ? "" : attribution.html(page.outputPath()));
        return theme.render(new PageView(page.outputPath(), page.title(), page.description(), nav(page.outputPath()),
                meta, article, tocHtml, footer, head.toString(), bodyEnd.toString()));
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
        return theme.render(new PageView("404.html", "Page not found", "", nav("404.html", href), "", content, "",
                attribution == null ? "" : attribution.html(href), "", ""), root);
    }

    private String nav(String current) {
        return nav(current, to -> SitePaths.relative(current, to));
    }

    /** @param href the link from {@code current} to a root-relative output path */
    private String nav(String current, UnaryOperator<String> href) {
        StringBuilder sb = new StringBuilder("<ul>\n");
        for (ParsedPage p : navOrder) {
            sb.append("<li><a href=\"").append(Theme.escape(href.apply(p.outputPath()))).append('"');
            if (p.outputPath().equals(current)) {
                sb.append(" aria-current=\"page\"");
            }
            sb.append('>').append(Theme.escape(p.title())).append("</a></li>\n");
        }
        return sb.append("</ul>").toString();
    }

    /** Links to the previous and next page in navigation order. */
    private String pager(ParsedPage page) {
        int i = navOrder.indexOf(page);
        if (navOrder.size() < 2 || i < 0) {
            return "";
        }
        StringBuilder sb = new StringBuilder("<nav class=\"pager\" aria-label=\"Previous and next page\">");
        if (i > 0) {
            ParsedPage prev = navOrder.get(i - 1);
            sb.append("<a class=\"pager-prev\" rel=\"prev\" href=\"")
                    .append(Theme.escape(SitePaths.relative(page.outputPath(), prev.outputPath())))
                    .append("\"><span>Previous</span>").append(Theme.escape(prev.title())).append("</a>");
        }
        if (i + 1 < navOrder.size()) {
            ParsedPage next = navOrder.get(i + 1);
            sb.append("<a class=\"pager-next\" rel=\"next\" href=\"")
                    .append(Theme.escape(SitePaths.relative(page.outputPath(), next.outputPath())))
                    .append("\"><span>Next</span>").append(Theme.escape(next.title())).append("</a>");
        }
        return sb.append("</nav>\n").toString();
    }

    /** The front matter, every key in file order, as a definition list (placed under the page's title). */
    private static String meta(ParsedPage page) {
        Map<String, String> values = page.source().frontMatter().values();
        if (page.source().generated() || values.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("<dl class=\"page-meta\" aria-label=\"About this document\">\n");
        values.forEach((k, v) -> sb.append("<div><dt>").append(Theme.escape(k)).append("</dt><dd>")
                .append(Theme.escape(v)).append("</dd></div>\n"));
        return sb.append("</dl>").toString();
    }
}
