package reglab.site.links;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SiteLinksTest {

    private final SiteLinks links = new SiteLinks(Set.of("index.md", "LICENSE.md", "guide/index.md", "guide/setup.md"),
            Set.of("img/logo.png", "guide/data file.csv"));

    @Test
    void resolvesPagesWrittenInEveryForm() {
        assertEquals("guide/setup.html#install", links.resolve("index.md", "guide/setup.md#install").href());
        assertEquals("guide/setup.html", links.resolve("index.md", "guide/setup.html").href());
        assertEquals("guide/setup.html", links.resolve("index.md", "guide/setup").href());
        assertEquals("guide/index.html", links.resolve("index.md", "guide/").href());
        assertEquals("../LICENSE.html", links.resolve("guide/setup.md", "../LICENSE").href());
        assertEquals("data%20file.csv", links.resolve("guide/index.md", "data%20file.csv").href());
        assertEquals("install", links.resolve("guide/setup.md", "#install").fragment());
        assertEquals("guide/setup.html", links.resolve("guide/setup.md", "#install").target());
        assertEquals("#install", links.resolve("guide/setup.md", "#install").href());
        assertEquals("setup.html#caf%C3%A9", links.resolve("guide/index.md", "setup.md?x=1#caf%C3%A9").href());
        assertEquals("café", links.resolve("guide/index.md", "setup.md#caf%C3%A9").fragment());
    }

    @Test
    void externalLinksAreLeftAlone() {
        for (String url : new String[] {"https://x.org/a", "http://creativecommons.org/licenses/by/4.0/", "mailto:a@b.c", "//cdn.x/y.js"}) {
            assertEquals(SiteLinks.Kind.EXTERNAL, links.resolve("index.md", url).kind(), url);
        }
    }

    @Test
    void brokenLinksSayWhy() {
        assertEquals("no page or file 'guide/missing' in the content folder", links.resolve("index.md", "guide/missing").problem());
        assertEquals("it points above the content folder", links.resolve("index.md", "../x.md").problem());
        assertEquals(SiteLinks.Kind.BROKEN, links.resolve("index.md", "/guide/setup.md").kind());
        assertEquals("it writes a slash as %2F, which no file name holds; separate folders with /",
                links.resolve("index.md", "guide%2Fsetup.md").problem());
        assertEquals("no page or file 'guide/100%zz' in the content folder", links.resolve("index.md", "guide/100%zz").problem());
    }
}
