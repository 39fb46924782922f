package reglab.site.url;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** Relative links between site files, checked by resolving them back with {@link java.net.URI}. */
class SitePathsTest {

    @Test
    void relativeLinksBetweenFiles() {
        assertEquals("guide/setup.html", SitePaths.relative("index.html", "guide/setup.html"));
        assertEquals("../index.html", SitePaths.relative("guide/setup.html", "index.html"));
        assertEquals("setup.html", SitePaths.relative("guide/index.html", "guide/setup.html"));
        assertEquals("../../a/b.html", SitePaths.relative("x/y/z.html", "a/b.html"));
        assertEquals("../b/c.html", SitePaths.relative("a/x.html", "b/c.html"));
    }

    @Test
    void everyRelativeLinkLeadsBackToItsTarget() {
        String[] files = {"index.html", "guide/setup.html", "guide/index.html", "a/b/c.html", "a/d.html", "assets/site.css"};
        for (String from : files) {
            for (String to : files) {
                String href = SitePaths.relative(from, to);
                assertEquals("/" + to, URI.create("http://host/" + from).resolve(href).getPath(), from + " -> " + to);
                assertEquals(to, Url.parse(href).resolve(from).path(), from + " -> " + to);
            }
        }
    }

    @Test
    void rootPrefixClimbsOneFolderPerSlash() {
        assertEquals("", SitePaths.rootPrefix("index.html"));
        assertEquals("../", SitePaths.rootPrefix("guide/setup.html"));
        assertEquals("../../", SitePaths.rootPrefix("a/b/c.html"));
    }

    @Test
    void pagesAreTheHtmlFiles() {
        assertTrue(SitePaths.isPage("guide/setup.html"));
        assertTrue(SitePaths.isPage("old.htm"));
        assertFalse(SitePaths.isPage("assets/site.css"));
        assertFalse(SitePaths.isPage("guide/"));
    }
}
