package reglab.site.nav;

import java.util.List;
import java.util.function.UnaryOperator;
import reglab.site.url.SitePaths;
import reglab.site.theme.Theme;

/**
 * The navigation's markup for one page: the sidebar, the breadcrumbs and the previous/next links.
 * Sections are {@code <details>} elements: collapsible by mouse and keyboard (the summary is a
 * button to assistive technology) with no script, and open when they hold the current page. The
 * current page's link carries {@code aria-current="page"}.
 */
public final class NavHtml {

    /** What the first breadcrumb, the home page, is called. */
    static final String HOME = "Home";

    private final NavTree tree;

    public NavHtml(NavTree tree) {
        this.tree = tree;
    }

    /** The sidebar of the page at {@code current}, its links relative to it. */
    public String sidebar(String current) {
        return sidebar(current, to -> SitePaths.relative(current, to));
    }

    /**
     * The sidebar with links made by {@code href} from root-relative output paths (the 404 page's
     * start from the host's root); {@code current} may be a page outside the navigation.
     */
    public String sidebar(String current, UnaryOperator<String> href) {
        StringBuilder sb = new StringBuilder();
        list(null, tree.root().children(), current, href, sb);
        return sb.append("</ul>").toString();
    }

    /** Appends an open list: the section's index page, then its items (the caller closes it). */
    private void list(NavPage index, List<NavItem> items, String current, UnaryOperator<String> href, StringBuilder sb) {
        sb.append("<ul>\n");
        if (index != null) {
            sb.append("<li>").append(link(index, current, href)).append("</li>\n");
        }
        for (NavItem item : items) {
            if (item instanceof NavPage p) {
                sb.append("<li>").append(link(p, current, href)).append("</li>\n");
            } else {
                NavSection s = (NavSection) item;
                boolean open = current.startsWith(s.folder());
                sb.append("<li class=\"nav-section").append(open ? " nav-section-current" : "").append("\"><details")
                        .append(open ? " open" : "").append("><summary>").append(Theme.escape(s.label())).append("</summary>\n");
                list(s.index(), s.children(), current, href, sb);
                sb.append("</ul>\n</details></li>\n");
            }
        }
    }

    private static String link(NavPage p, String current, UnaryOperator<String> href) {
        return "<a href=\"" + Theme.escape(href.apply(p.outputPath())) + "\""
                + (p.outputPath().equals(current) ? " aria-current=\"page\"" : "") + ">" + Theme.escape(p.label()) + "</a>";
    }

    /**
     * The breadcrumbs of a page inside a section: home, each section (a link where it has an index
     * page), the page itself. Empty for a top-level page, whose place the sidebar already shows.
     */
    public String breadcrumbs(NavPage page) {
        List<NavSection> sections = tree.sectionsOf(page.outputPath());
        if (sections.isEmpty()) {
            return "";
        }
        String from = page.outputPath();
        StringBuilder sb = new StringBuilder("<nav class=\"breadcrumbs\" aria-label=\"Breadcrumbs\"><ol>");
        sb.append("<li><a href=\"").append(Theme.escape(SitePaths.relative(from, "index.html"))).append("\">")
                .append(HOME).append("</a></li>");
        for (NavSection s : sections) {
            if (s.index() == page) {
                break;
            }
            sb.append("<li>");
            if (s.index() != null) {
                sb.append("<a href=\"").append(Theme.escape(SitePaths.relative(from, s.index().outputPath()))).append("\">")
                        .append(Theme.escape(s.label())).append("</a>");
            } else {
                sb.append("<span>").append(Theme.escape(s.label())).append("</span>");
            }
            sb.append("</li>");
        }
        sb.append("<li><a href=\"").append(Theme.escape(SitePaths.relative(from, from))).append("\" aria-current=\"page\">")
                .append(Theme.escape(page.label())).append("</a></li></ol></nav>\n");
        return sb.toString();
    }

    /** Links to the previous and next page in reading order; empty when there is neither. */
    public String pager(String current) {
        NavPage prev = tree.previous(current);
        NavPage next = tree.next(current);
        if (prev == null && next == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder("<nav class=\"pager\" aria-label=\"Previous and next page\">");
        if (prev != null) {
            sb.append("<a class=\"pager-prev\" rel=\"prev\" href=\"").append(Theme.escape(SitePaths.relative(current, prev.outputPath())))
                    .append("\"><span>Previous</span>").append(Theme.escape(prev.label())).append("</a>");
        }
        if (next != null) {
            sb.append("<a class=\"pager-next\" rel=\"next\" href=\"").append(Theme.escape(SitePaths.relative(current, next.outputPath())))
                    .append("\"><span>Next</span>").append(Theme.escape(next.label())).append("</a>");
        }
        return sb.append("</nav>\n").toString();
    }
}
