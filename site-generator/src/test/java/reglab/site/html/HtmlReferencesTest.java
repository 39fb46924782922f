package reglab.site.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The reference scanner held against jsoup, an independent HTML5 parser: the same URL attributes,
 * with the same values, in the same order, on pages that use every way of writing an attribute
 * and every place a browser reads no tags.
 */
class HtmlReferencesTest {

    /** Attributes whose value is one URL, as the scanner reads them. */
    private static final Set<String> URL_ATTRIBUTES = Set.of("src", "poster", "data", "background", "href", "xlink:href");

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en"><head>
            <meta charset="utf-8">
            <link rel="stylesheet" href="assets/site.css?v=2">
            <link rel=icon href='data:image/svg+xml,%3Csvg%3E'>
            <link rel="canonical" href="https://example.org/docs/">
            <LINK REL="Preload" HREF="fonts/a.woff2" as="font">
            <style>body { background: url("img/bg.png") } /* url(img/not-read.png) */ p { cursor: url(x.cur) }</style>
            <script src="assets/site.js" defer></script>
            <script>var s = '<img src="https://x.example/in-script.png">';</script>
            </head><body>
            <!-- <img src="https://x.example/in-comment.png"> -->
            <a href="guide/setup.html#install">Setup</a> <a href=other.html>unquoted</a>
            <a href="search.html?q=a&amp;b=c&#35;x">entities</a>
            <img src = "img/a b.png" srcset="img/a.png 1x, img/a@2x.png 2x" alt="a">
            <video poster="img/poster.jpg"><source src="media/clip.webm"></video>
            <object data="files/doc.pdf"></object>
            <svg><image href="img/in-svg.png"/><use xlink:href="#shape"/></svg>
            <textarea><img src="https://x.example/in-textarea.png"></textarea>
            <p style="background-image: url('img/inline.png')">styled</p>
            <a href="mailto:a@b.c">mail</a> <a href="">self</a>
            </body></html>
            """;

    @Test
    void findsTheAttributesAnHtmlParserFinds() {
        List<String> ours = new ArrayList<>();
        for (Reference r : HtmlReferences.find("index.html", PAGE)) {
            if (!r.context().endsWith("url()") && !r.context().contains("srcset")) {
                ours.add(r.context() + " " + r.value());
            }
        }
        List<String> jsoup = new ArrayList<>();
        Document doc = Jsoup.parse(PAGE);
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase();
                if (URL_ATTRIBUTES.contains(name)) {
                    jsoup.add("<" + e.normalName() + " " + name + "> " + a.getValue().strip());
                }
            }
        }
        assertEquals(jsoup, ours);
    }

    @Test
    void readsSrcsetCandidatesAndCssUrls() {
        List<String> values = HtmlReferences.find("index.html", PAGE).stream()
                .filter(r -> r.context().contains("srcset") || r.context().endsWith("url()"))
                .map(r -> r.context() + " " + r.value()).toList();
        assertEquals(List.of("<style> url() img/bg.png", "<style> url() x.cur", "<img srcset> img/a.png",
                "<img srcset> img/a@2x.png", "<p style> url() img/inline.png"), values);
    }

    @Test
    void saysWhichReferencesTheBrowserFetches() {
        List<String> followedOnly = HtmlReferences.find("index.html", PAGE).stream().filter(r -> !r.resource())
                .map(r -> r.context() + " " + r.value()).toList();
        assertEquals(List.of("<link href> https://example.org/docs/", "<a href> guide/setup.html#install",
                "<a href> other.html", "<a href> search.html?q=a&b=c#x", "<a href> mailto:a@b.c", "<a href> "), followedOnly);
    }

    @Test
    void offsetsFrameTheValueAsWrittenSoItCanBeReplacedInPlace() {
        for (Reference r : HtmlReferences.find("index.html", PAGE)) {
            String raw = PAGE.substring(r.start(), r.end());
            assertEquals(r.value(), org.jsoup.parser.Parser.unescapeEntities(raw, true).strip(), r.describe());
        }
    }

    @Test
    void nothingIsReadFromScriptsCommentsOrTextareas() {
        for (Reference r : HtmlReferences.find("index.html", PAGE)) {
            assertFalse(r.value().startsWith("https://x.example/"), r.describe());
            assertFalse(r.value().contains("not-read"), r.describe());
        }
    }

    @Test
    void theValueReadsAsAUrl() {
        Reference search = HtmlReferences.find("index.html", PAGE).stream()
                .filter(r -> r.value().startsWith("search.html")).findFirst().orElseThrow();
        assertEquals("search.html?q=a&b=c#x", search.value());
        assertEquals("q=a&b=c", search.url().query());
        assertEquals("x", search.url().fragment());
        assertTrue(search.describe().endsWith("in index.html"));
    }
}
