package reglab.site.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the single-file edition of the hand-made site holds, read as text (the browser test runs it). */
class SingleFileWriterTest {

    @TempDir
    static Path dir;
    static String html;
    static BuiltSite site;

    @BeforeAll
    static void bundle() throws IOException {
        site = BuiltSite.open(FixtureSite.write(dir));
        SiteAudit.Result audit = SiteAudit.run(site);
        html = new SingleFileWriter(site, FontUsage.of(site, audit.stylesheets())).write();
    }

    @Test
    void everyPageIsInsideAndLinksBetweenPagesBecomeRoutes() {
        for (String page : new String[] {"\"index.html\":", "\"LICENSE.html\":", "\"guide/page.html\":"}) {
            assertTrue(html.contains(page), page);
        }
        assertTrue(html.contains("href=\\\"#/LICENSE.html\\\""));
        assertTrue(html.contains("href=\\\"#/guide/page.html#part\\\""));
        assertTrue(html.contains("href=\\\"#/index.html#top\\\""));
        assertTrue(html.contains("href=\\\"https://creativecommons.org/licenses/by/4.0/\\\""));
    }

    @Test
    void scriptsCannotEndTheDataBlockEarly() {
        int data = html.indexOf("<script type=\"application/json\" id=\"reglab-bundle-data\">");
        int end = html.indexOf("</script>", data);
        assertTrue(html.substring(data, end).contains("\\u003c/main>"));
        assertFalse(html.substring(data + 10, end).contains("</"));
    }

    @Test
    void usedFontIsEmbeddedAsWoff2OnlyAndTheUnusedOneIsLeftOut() {
        String size1 = Base64.getEncoder().encodeToString(site.bytes("assets/fonts/KaTeX_Size1-Regular.woff2"));
        String fraktur = Base64.getEncoder().encodeToString(site.bytes("assets/fonts/KaTeX_Fraktur-Regular.woff2"));
        assertTrue(html.contains("url(data:font/woff2;base64," + size1 + ")"));
        assertEquals(1, count(html, size1), "the WOFF copy of the same bytes must be pruned");
        assertFalse(html.contains(fraktur.substring(0, 200)));
        assertFalse(html.contains("KaTeX_Fraktur-Regular"));
    }

    @Test
    void sharedFilesAreStoredOnce() {
        assertEquals(1, count(html, "\"path\":\"assets/site.js\""));
        assertEquals(1, count(html, "\"path\":\"img/badge.svg\""));
        assertEquals(1, count(html, "window.SEARCH_INDEX="), "three pages load the index; it is stored once");
    }

    @Test
    void noPathOfTheBuildMachineLeaks() {
        assertFalse(html.contains(dir.toString()));
    }

    private static int count(String s, String needle) {
        int n = 0;
        for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
