package reglab.site.url;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;

/**
 * How a URL written in a page is split, classified and resolved. Resolution is checked against
 * {@link java.net.URI#resolve} (RFC 3986, section 5.2) on a web host, the independent reference, for
 * every reference that stays inside the site; the cases where the site's rules differ from a host's
 * (above the root, encoded slashes, folders) are written out by hand.
 */
class UrlTest {

    @Test
    void classifiesByWhatTheTextSays() {
        assertEquals(UrlKind.SAME_DOCUMENT, Url.parse("").kind());
        assertEquals(UrlKind.SAME_DOCUMENT, Url.parse("#intro").kind());
        assertEquals(UrlKind.RELATIVE, Url.parse("?v=2").kind());
        assertEquals(UrlKind.RELATIVE, Url.parse("guide/setup.md#install").kind());
        assertEquals(UrlKind.RELATIVE, Url.parse("../img/a.png").kind());
        assertEquals(UrlKind.RELATIVE, Url.parse("./a:b.png").kind(), "a colon after a slash is no scheme");
        assertEquals(UrlKind.ROOT_ABSOLUTE, Url.parse("/img/a.png").kind());
        assertEquals(UrlKind.WEB, Url.parse("HTTPS://example.org/x").kind());
        assertEquals(UrlKind.WEB, Url.parse("//cdn.example.org/x.js").kind());
        assertEquals(UrlKind.DATA, Url.parse("data:image/png;base64,AAAA").kind());
        assertEquals(UrlKind.PAGE_MADE, Url.parse("blob:null/1234").kind());
        assertEquals(UrlKind.PAGE_MADE, Url.parse("javascript:void(0)").kind());
        assertEquals(UrlKind.FILE, Url.parse("file:///etc/passwd").kind());
        assertEquals(UrlKind.OTHER_SCHEME, Url.parse("mailto:a@b.c").kind());
        assertEquals(UrlKind.OTHER_SCHEME, Url.parse("tel:+123").kind());
        assertEquals("https", Url.parse("HTTPS://example.org/x").scheme());
        assertEquals("", Url.parse("img/a.png").scheme());
    }

    @Test
    void whatStaysOfflineAndWhatIsInTheSite() {
        for (String offline : new String[] {"", "#x", "a.png", "/a.png", "data:,x", "blob:null/1", "about:blank"}) {
            assertTrue(Url.parse(offline).kind().offline(), offline);
        }
        for (String online : new String[] {"https://x.org/a.png", "//x.org/a.png", "file:///a.png", "mailto:a@b.c"}) {
            assertFalse(Url.parse(online).kind().offline(), online);
        }
        assertTrue(UrlKind.SAME_DOCUMENT.inSite());
        assertFalse(UrlKind.SAME_DOCUMENT.namesFile());
        assertTrue(UrlKind.ROOT_ABSOLUTE.namesFile());
        assertFalse(UrlKind.DATA.inSite());
    }

    @Test
    void splitsPathQueryAndFragmentAsWritten() {
        Url url = Url.parse("  a%20b.png?v=2&x=#frag?not-a-query  ");
        assertEquals("a%20b.png?v=2&x=#frag?not-a-query", url.written());
        assertEquals("a%20b.png", url.path());
        assertEquals("v=2&x=", url.query());
        assertEquals("frag?not-a-query", url.fragment());
        assertEquals("#frag?not-a-query", url.fragmentSuffix());
        Url noParts = Url.parse("a.png");
        assertNull(noParts.query());
        assertNull(noParts.fragment());
        assertEquals("", noParts.fragmentSuffix());
        assertEquals("", noParts.decodedFragment());
        assertEquals("", Url.parse("a.png#").fragment(), "an empty fragment is still there");
        assertEquals("café", Url.parse("#caf%C3%A9").decodedFragment());
        assertEquals("caf%C3%A9", Url.parse("#caf%C3%A9").fragment());
    }

    @Test
    void resolvesAsAWebHostDoesWhileInsideTheSite() {
        String[] froms = {"index.html", "guide/page.html", "a/b/c.html"};
        String[] refs = {"img/a.png", "./img/a.png", "../img/a.png", "../../x.html", "/img/a.png", "b.html#part",
            "b.html?v=2#part", "a%20b.png", "a+b.png", "caf%C3%A9.html", "x/./y/../z.png", "%2e%2e/up.png",
            "./", "../", "sub/", "?q=1", "#part", ""};
        for (String from : froms) {
            for (String ref : refs) {
                Resolved ours = Url.parse(ref).resolve(from);
                // Two places where java.net.URI follows RFC 2396, not 3986: it leaves an encoded dot
                // segment alone (browsers remove it), and a query-only or empty reference loses the
                // base's file name (RFC 3986, section 5.4.1: "?y" from /b/c/d;p is /b/c/d;p?y).
                String expected = ref.startsWith("%2e%2e/") ? URI.create("http://host/" + from).resolve("../up.png").getPath()
                        : ref.startsWith("?") || ref.isEmpty() ? "/" + from
                        : URI.create("http://host/" + from).resolve(URI.create(ref)).getPath();
                if (expected.contains("/../") || expected.startsWith("/..")) {
                    assertEquals(Resolved.Problem.ABOVE_ROOT, ours.problem(), ref + " from " + from);
                    continue;
                }
                assertEquals(expected.substring(1), ours.path(), ref + " from " + from);
            }
        }
    }

    @Test
    void foldersKeepTheirSlashUntilTheCallerPicksTheIndex() {
        Resolved guide = Url.parse("guide/").resolve("index.html");
        assertEquals("guide/", guide.path());
        assertTrue(guide.isFolder());
        assertEquals("guide/index.html", guide.file("index.html"));
        assertEquals("guide/index.md", guide.file("index.md"));
        Resolved root = Url.parse("../").resolve("guide/page.html");
        assertEquals("", root.path());
        assertEquals("index.html", root.file("index.html"));
        assertEquals("guide/", Url.parse("guide/.").resolve("index.html").path(), "a trailing dot segment is a folder");
        assertEquals("", Url.parse("/").resolve("guide/page.html").path());
        Resolved file = Url.parse("guide/a.png").resolve("index.html");
        assertFalse(file.isFolder());
        assertEquals("guide/a.png", file.file("index.html"));
    }

    @Test
    void leavingTheSiteFolderLeadsNowhere() {
        Resolved above = Url.parse("../../etc/passwd").resolve("guide/page.html");
        assertFalse(above.found());
        assertEquals(Resolved.Problem.ABOVE_ROOT, above.problem());
        assertNull(above.file("index.html"));
        assertEquals(Resolved.Problem.ABOVE_ROOT, Url.parse("/../x.png").resolve("index.html").problem());
        assertEquals(Resolved.Problem.ABOVE_ROOT, Url.parse("%2E%2E/x.png").resolve("index.html").problem());
        assertEquals("x.png", Url.parse("a/../x.png").resolve("index.html").path(), "up and down again stays inside");
    }

    @Test
    void anEncodedSlashNamesNoFile() {
        assertEquals(Resolved.Problem.ENCODED_SLASH, Url.parse("a%2Fb.png").resolve("index.html").problem());
        assertEquals(Resolved.Problem.ENCODED_SLASH, Url.parse("..%2f..%2fsecret").resolve("guide/page.html").problem());
        assertEquals("a%b.png", Url.parse("a%25b.png").resolve("index.html").path());
    }

    @Test
    void emptySegmentsCollapseAsOnDisk() {
        assertEquals("a/b.png", Url.parse("a//b.png").resolve("index.html").path());
    }

    @Test
    void onlyURLsIntoTheSiteResolve() {
        assertThrows(IllegalStateException.class, () -> Url.parse("https://x.org/").resolve("index.html"));
        assertThrows(IllegalStateException.class, () -> Url.parse("data:,x").resolve("index.html"));
    }
}
