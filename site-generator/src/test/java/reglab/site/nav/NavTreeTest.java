package reglab.site.nav;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import reglab.site.content.SiteConfig;

/** Sections from folders, order from weights and the site file, reading order, breadcrumbs and the sidebar's markup. */
class NavTreeTest {

    private static NavPage page(String path, String label, int weight) {
        return new NavPage(path, path.replaceAll("\\.md$", ".html"), label, weight, true);
    }

    private static final List<NavPage> PAGES = List.of(
            page("index.md", "Home page", Integer.MIN_VALUE),
            page("lab.md", "Lab", 10),
            page("about.md", "About", 0),
            new NavPage("changelog.md", "changelog.html", "Changelog", 0, false),
            page("guide/index.md", "Guide", 5),
            page("guide/setup.md", "Setup", 2),
            page("guide/basics.md", "Basics", 1),
            page("guide/deep/more.md", "More", 0),
            page("api/cli.md", "CLI", 0),
            page("api/http/routes.md", "Routes", 0));

    private static List<String> order(NavTree tree) {
        return tree.readingOrder().stream().map(NavPage::path).toList();
    }

    @Test
    void defaultOrderIsIndexFirstThenWeightThenLabel() {
        NavTree tree = NavTree.build(PAGES, SiteConfig.NONE);
        // Top level: home (weight min), about (0, "About"), api/ (no index: weight 0, "Api"), guide/ (5), lab (10).
        // In guide/: its index, then deep/ (no index: weight 0), basics (1), setup (2).
        assertEquals(List.of("index.md", "about.md", "api/cli.md", "api/http/routes.md", "guide/index.md", "guide/deep/more.md",
                "guide/basics.md", "guide/setup.md", "lab.md"), order(tree));
        List<String> top = new ArrayList<>();
        tree.root().children().forEach(i -> top.add(i.label()));
        assertEquals(List.of("Home page", "About", "Api", "Guide", "Lab"), top, "a section without index.md is named after its folder");
    }

    @Test
    void theSiteFileOrdersWhatItListsAndTheRestFollows() {
        SiteConfig config = SiteConfig.parse("nav:\n  - index.md\n  - lab.md\n  - guide/:\n      - deep/\n      - setup.md\n", "site.yml");
        NavTree tree = NavTree.build(PAGES, config);
        assertEquals(List.of("index.md", "lab.md", "guide/index.md", "guide/deep/more.md", "guide/setup.md", "guide/basics.md",
                "about.md", "api/cli.md", "api/http/routes.md"), order(tree));
    }

    @Test
    void neighboursAndSectionsFollowTheReadingOrder() {
        NavTree tree = NavTree.build(PAGES, SiteConfig.NONE);
        assertEquals("guide/index.md", tree.previous("guide/deep/more.html").path());
        assertEquals("guide/basics.md", tree.next("guide/deep/more.html").path());
        assertEquals("lab.md", tree.next("guide/setup.html").path());
        assertNull(tree.previous("index.html"));
        assertNull(tree.next("lab.html"));
        assertNull(tree.next("changelog.html"), "a page outside the navigation has no neighbours");
        assertEquals(List.of("guide/", "guide/deep/"), tree.sectionsOf("guide/deep/more.html").stream().map(NavSection::folder).toList());
    }

    @Test
    void breadcrumbsLinkEachSectionThatHasAPage() {
        NavHtml html = new NavHtml(NavTree.build(PAGES, SiteConfig.NONE));
        assertEquals("<nav class=\"breadcrumbs\" aria-label=\"Breadcrumbs\"><ol><li><a href=\"../../index.html\">Home</a></li>"
                + "<li><a href=\"../index.html\">Guide</a></li><li><span>Deep</span></li>"
                + "<li><a href=\"more.html\" aria-current=\"page\">More</a></li></ol></nav>\n", html.breadcrumbs(PAGES.get(7)));
        assertEquals("<nav class=\"breadcrumbs\" aria-label=\"Breadcrumbs\"><ol><li><a href=\"../index.html\">Home</a></li>"
                + "<li><a href=\"index.html\" aria-current=\"page\">Guide</a></li></ol></nav>\n", html.breadcrumbs(PAGES.get(4)));
        assertEquals("", html.breadcrumbs(PAGES.get(1)), "a top-level page has none");
    }

    @Test
    void theSidebarOpensTheCurrentPagesSections() {
        NavHtml html = new NavHtml(NavTree.build(PAGES, SiteConfig.NONE));
        assertEquals("""
                <ul>
                <li><a href="../../index.html">Home page</a></li>
                <li><a href="../../about.html">About</a></li>
                <li class="nav-section"><details><summary>Api</summary>
                <ul>
                <li><a href="../../api/cli.html">CLI</a></li>
                <li class="nav-section"><details><summary>Http</summary>
                <ul>
                <li><a href="../../api/http/routes.html">Routes</a></li>
                </ul>
                </details></li>
                </ul>
                </details></li>
                <li class="nav-section nav-section-current"><details open><summary>Guide</summary>
                <ul>
                <li><a href="../index.html">Guide</a></li>
                <li class="nav-section nav-section-current"><details open><summary>Deep</summary>
                <ul>
                <li><a href="more.html" aria-current="page">More</a></li>
                </ul>
                </details></li>
                <li><a href="../basics.html">Basics</a></li>
                <li><a href="../setup.html">Setup</a></li>
                </ul>
                </details></li>
                <li><a href="../../lab.html">Lab</a></li>
                </ul>""", html.sidebar("guide/deep/more.html"));
    }

    @Test
    void aFlatSiteKeepsItsFlatList() {
        NavHtml html = new NavHtml(NavTree.build(List.of(PAGES.get(0), PAGES.get(1)), SiteConfig.NONE));
        assertEquals("<ul>\n<li><a href=\"index.html\">Home page</a></li>\n<li><a href=\"lab.html\" aria-current=\"page\">Lab</a></li>\n</ul>",
                html.sidebar("lab.html"));
        assertEquals("<nav class=\"pager\" aria-label=\"Previous and next page\"><a class=\"pager-prev\" rel=\"prev\" href=\"index.html\">"
                + "<span>Previous</span>Home page</a></nav>\n", html.pager("lab.html"));
    }
}
