package reglab.site.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import reglab.site.SiteException;

class LinkCheckerTest {

    private static final Map<String, String> PAGES = Map.of(
            "index.html", "<h2 id=\"setup\">Setup</h2><a href=\"guide/a.html#x\">a</a><img src=\"assets/logo.svg\">",
            "guide/a.html", "<p id=\"x\">x</p><a href=\"../index.html#setup\">home</a><link rel=\"stylesheet\" href=\"../assets/site.css\">");
    private static final Set<String> FILES = Set.of("assets/logo.svg", "assets/site.css");

    @Test
    void aConsistentSitePasses() {
        LinkChecker.check(List.of(new InternalLink("content/index.md:3", "guide/a.md#x", "guide/a.html", "x")), PAGES, FILES);
    }

    @Test
    void aMissingAnchorNamesTheContentLine() {
        SiteException e = assertThrows(SiteException.class, () -> LinkChecker.check(
                List.of(new InternalLink("content/index.md:3", "guide/a.md#y", "guide/a.html", "y")), PAGES, FILES));
        assertEquals("content/index.md:3: broken link 'guide/a.md#y': page guide/a.html has no anchor #y; "
                + "heading anchors are the heading text in lower case with hyphens for spaces", e.getMessage());
    }

    @Test
    void themeLinksToMissingFilesAndThirdPartyLoadsAreCaught() {
        Map<String, String> missing = Map.of("index.html", "<script src=\"assets/nope.js\"></script>");
        assertEquals("index.html: link to 'assets/nope.js' leads to no file of the site",
                assertThrows(SiteException.class, () -> LinkChecker.check(List.of(), missing, FILES)).getMessage());
        Map<String, String> remote = Map.of("index.html", "<img alt=\"x\" src=\"https://img.shields.io/x.svg\">");
        assertEquals("index.html: <img src> 'https://img.shields.io/x.svg' would load from a third party; "
                + "the site must work offline and without third-party requests",
                assertThrows(SiteException.class, () -> LinkChecker.check(List.of(), remote, FILES)).getMessage());
        LinkChecker.check(List.of(), Map.of("index.html", "<a href=\"https://example.org/\">ok: a link, not a load</a>"), FILES);
    }

    @Test
    void linksFromTheSitesPathOnItsHostResolveFromTheSiteRoot() {
        Map<String, String> notFound = Map.of("404.html",
                "<link rel=\"stylesheet\" href=\"/docs/assets/site.css\"><a href=\"/docs/guide/a.html#x\">a</a>",
                "guide/a.html", "<p id=\"x\">x</p>");
        LinkChecker.check(List.of(), notFound, FILES, "/docs/");
        assertEquals("404.html: link to '/docs/assets/site.css' leads to no file of the site",
                assertThrows(SiteException.class, () -> LinkChecker.check(List.of(), notFound, FILES, "/other/")).getMessage());
        Map<String, String> missing = Map.of("404.html", "<a href=\"/docs/guide/b.html\">b</a>");
        assertEquals("404.html: link to '/docs/guide/b.html' leads to no file of the site",
                assertThrows(SiteException.class, () -> LinkChecker.check(List.of(), missing, FILES, "/docs/")).getMessage());
    }

    @Test
    void aFragmentMayBeWrittenPercentEncoded() {
        Map<String, String> pages = Map.of("index.html", "<h2 id=\"café\">Café</h2><a href=\"#caf%C3%A9\">x</a>");
        LinkChecker.check(List.of(), pages, FILES);
        Map<String, String> wrong = Map.of("index.html", "<h2 id=\"café\">Café</h2><a href=\"#cafe\">x</a>");
        assertEquals("index.html: link to '#cafe': no anchor #cafe on index.html",
                assertThrows(SiteException.class, () -> LinkChecker.check(List.of(), wrong, FILES)).getMessage());
    }

    @Test
    void linksThatLeaveTheSitesFolderOrPathLeadNowhere() {
        for (String href : new String[] {"../outside.html", "/index.html", "assets/", "assets%2Fsite.css"}) {
            Map<String, String> page = Map.of("index.html", "<a href=\"" + href + "\">x</a>");
            assertEquals("index.html: link to '" + href + "' leads to no file of the site",
                    assertThrows(SiteException.class, () -> LinkChecker.check(List.of(), page, FILES)).getMessage());
        }
        Map<String, String> dotted = Map.of("404.html", "<a href=\"/docs/../assets/site.css\">x</a>");
        assertThrows(SiteException.class, () -> LinkChecker.check(List.of(), dotted, FILES, "/docs/"));
        Map<String, String> spaced = Map.of("404.html", "<a href=\"/my%20docs/assets/site.css\">x</a>");
        LinkChecker.check(List.of(), spaced, FILES, "/my%20docs/");
    }
}
