package reglab.site.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Set;
import org.junit.jupiter.api.Test;
import reglab.site.content.OutputPaths;

class SiteLinksTest {

    private final SiteLinks links = new SiteLinks(Set.of("index.md", "LICENSE.md", "guide/index.md", "guide/setup.md"),
            Set.of("img/logo.png", "guide/data file.csv"));

    @Test
    void relativePathsBetweenOutputFiles() {
        assertEquals("guide/setup.html", OutputPaths.relative("index.html", "guide/setup.html"));
        assertEquals("../index.html", OutputPaths.relative("guide/setup.html", "index.html"));
        assertEquals("setup.html", OutputPaths.relative("guide/index.html", "guide/setup.html"));
        assertEquals("../../a/b.html", OutputPaths.relative("x/y/z.html", "a/b.html"));
        assertEquals("", OutputPaths.rootPrefix("index.html"));
        assertEquals("../../", OutputPaths.rootPrefix("a/b/c.html"));
        assertEquals("guide/setup.md", OutputPaths.resolve("guide/index.md", "./setup.md"));
        assertEquals("index.md", OutputPaths.resolve("guide/setup.md", "../index.md"));
        assertNull(OutputPaths.resolve("index.md", "../outside.md"));
    }

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
    }
}
