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
    static byte[] file;
    static String html;
    static BundlePayload payload;
    static BuiltSite site;

    @BeforeAll
    static void bundle() throws IOException {
        site = BuiltSite.open(FixtureSite.write(dir));
        SiteAudit.Result audit = SiteAudit.run(site);
        file = new SingleFileWriter(site, FontUsage.of(site, audit.stylesheets())).write();
        payload = new BundlePayload(file);
        html = payload.shell;
    }

    @Test
    void everyPageIsInsideAndLinksBetweenPagesBecomeRoutes() {
        assertEquals(java.util.List.of("LICENSE.html", "guide/page.html", "index.html"), java.util.List.copyOf(payload.pages.keySet()));
        String index = payload.pages.get("index.html");
        assertTrue(index.contains("href=\"#/LICENSE.html\""));
        assertTrue(index.contains("href=\"#/guide/page.html#part\""));
        assertTrue(payload.pages.get("guide/page.html").contains("href=\"#/index.html#top\""));
        assertTrue(index.contains("href=\"https://creativecommons.org/licenses/by/4.0/\""));
        assertTrue(index.contains("<img id=\"badge\" src=\"bundle-asset:"));
    }

    @Test
    void scriptsCannotEndTheDataBlockEarly() {
        int data = html.indexOf(BundlePayload.DATA_OPEN);
        int end = html.indexOf("</script>", data);
        assertFalse(html.substring(data + 10, end).contains("</"));
        for (byte b : payload.stored) {
            assertFalse(b == '<' || b == 0 || b == '\r', "the byte section holds no byte the HTML parser alters: " + b);
        }
    }

    @Test
    void outsideTheByteSectionTheFileIsAsciiAndSaysWindows1252() {
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.indexOf("<meta charset=\"windows-1252\">") < 1024, "declared where the browser's prescan finds it");
        html.chars().forEach(c -> assertTrue(c < 0x7f, "non-ASCII outside the byte section: " + c));
    }

    @Test
    void nonAsciiOutsideTheByteSectionIsEscaped() {
        assertEquals("{\"p\":\"caf\\u00e9 \\u2014 \\ud83d\\ude00\"}", SingleFileWriter.asciiJson("{\"p\":\"caf\u00e9 \u2014 \ud83d\ude00\"}"));
        assertEquals("R&#233;gularisation &#128512;", SingleFileWriter.asciiHtml("R\u00e9gularisation \ud83d\ude00"));
    }

    @Test
    void twoWritesAreByteIdentical() {
        BuiltSite again = BuiltSite.open(site.root());
        byte[] second = new SingleFileWriter(again, FontUsage.of(again, SiteAudit.run(again).stylesheets())).write();
        assertTrue(java.util.Arrays.equals(file, second));
    }

    @Test
    void escapingIsReversibleForEveryByte() {
        byte[] all = new byte[512];
        for (int i = 0; i < all.length; i++) {
            all[i] = (byte) i;
        }
        byte[] escaped = ByteSection.escape(all);
        assertEquals(all.length + 8, escaped.length, "four bytes escaped, each twice");
        assertTrue(java.util.Arrays.equals(all, ByteSection.unescape(escaped)));
    }

    @Test
    void usedFontIsEmbeddedAsWoff2OnlyAndTheUnusedOneIsLeftOut() {
        String size1 = Base64.getEncoder().encodeToString(site.bytes("assets/fonts/KaTeX_Size1-Regular.woff2"));
        String fraktur = Base64.getEncoder().encodeToString(site.bytes("assets/fonts/KaTeX_Fraktur-Regular.woff2"));
        String css = payload.assets.get("assets/site.css");
        assertTrue(css.contains("url(data:font/woff2;base64," + size1 + ")"));
        assertEquals(1, count(css, size1), "the WOFF copy of the same bytes must be pruned");
        assertFalse(css.contains(fraktur.substring(0, 200)));
        assertFalse(css.contains("KaTeX_Fraktur-Regular"));
        assertTrue(css.contains(".mathfrak { font-family: KaTeX_Fraktur; }"), "only the @font-face rule goes");
    }

    @Test
    void sharedFilesAreStoredOnce() {
        assertEquals(java.util.List.of("assets/site.css", "assets/site.js", "assets/search-index.js", "img/badge.svg"),
                java.util.List.copyOf(payload.assets.keySet()), "three pages load each; each is stored once");
    }

    @Test
    void noPathOfTheBuildMachineLeaks() {
        assertFalse(new String(file, java.nio.charset.StandardCharsets.ISO_8859_1).contains(dir.toString()));
        payload.pages.values().forEach(p -> assertFalse(p.contains(dir.toString())));
        payload.assets.values().forEach(a -> assertFalse(a.contains(dir.toString())));
    }

    private static int count(String s, String needle) {
        int n = 0;
        for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
