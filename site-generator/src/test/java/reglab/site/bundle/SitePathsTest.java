package reglab.site.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** References resolved as a browser resolves them against the page's URL (RFC 3986, section 5.2). */
class SitePathsTest {

    @Test
    void relativeReferencesResolveAgainstThePagesFolder() {
        assertEquals("guide/img/a.png", SitePaths.resolve("guide/page.html", "img/a.png"));
        assertEquals("img/a.png", SitePaths.resolve("guide/page.html", "../img/a.png"));
        assertEquals("img/a.png", SitePaths.resolve("guide/page.html", "/img/a.png"));
        assertEquals("guide/index.html", SitePaths.resolve("index.html", "guide/"));
        assertEquals("index.html", SitePaths.resolve("guide/page.html", "../"));
        assertEquals("guide/page.html", SitePaths.resolve("guide/page.html", "#part"));
        assertEquals("guide/page.html", SitePaths.resolve("guide/page.html", "?q=1"));
        assertEquals("a b.png", SitePaths.resolve("index.html", "a%20b.png?v=2#x"));
        assertEquals("a+b.png", SitePaths.resolve("index.html", "a+b.png"));
        assertNull(SitePaths.resolve("guide/page.html", "../../etc/passwd"));
    }

    @Test
    void schemesAndLocality() {
        assertEquals("https", SitePaths.scheme("HTTPS://example.org/x"));
        assertEquals("network-path", SitePaths.scheme("//cdn.example.org/x.js"));
        assertNull(SitePaths.scheme("img/a.png"));
        assertNull(SitePaths.scheme("a:b/c.png".replace("a:", "./a:")));
        assertTrue(SitePaths.isLocal("data:image/png;base64,AAAA"));
        assertTrue(SitePaths.isLocal("blob:null/1234"));
        assertTrue(SitePaths.isLocal("img/a.png"));
        assertFalse(SitePaths.isLocal("file:///etc/passwd"));
        assertFalse(SitePaths.isLocal("http://example.org/a.png"));
        assertEquals("#part", SitePaths.fragment("guide/page.html#part"));
        assertEquals("", SitePaths.fragment("guide/page.html"));
    }
}
