package reglab.site.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The tokenizer's ids and tags held against jsoup, an independent HTML5 parser. */
class HtmlTagsTest {

    private static final String PAGE = """
            <h1 id="top">Title</h1><h2 id='single'>x</h2><p id=bare>y</p>
            <h2 id="a&amp;b">amp</h2><h2 id="caf&#233;">entity</h2>
            <svg id="diagram"><g id="node-1"><text>1</text></g></svg>
            <script>document.body.innerHTML = '<p id="made-by-script">';</script>
            <!-- <p id="commented"> -->
            <textarea><p id="in-textarea"></textarea>
            <p data-x=' id="not-an-id"'>attribute text that looks like an id</p>
            """;

    @Test
    void idsAreTheIdAttributesAParserFinds() {
        Set<String> jsoup = new HashSet<>();
        for (Element e : Jsoup.parse(PAGE).select("[id]")) {
            jsoup.add(e.id());
        }
        assertEquals(jsoup, HtmlTags.ids(PAGE));
        assertEquals(Set.of("top", "single", "bare", "a&b", "café", "diagram", "node-1"), HtmlTags.ids(PAGE));
    }

    @Test
    void rawTextBodiesAreHandedOverWhole() {
        List<String> bodies = new java.util.ArrayList<>();
        HtmlTags.scan("<style>a{}</style><SCRIPT>if (a < b) x();</SCRIPT><textarea><b></textarea>",
                new HtmlTags.Visitor() {
                    @Override
                    public void startTag(String name, List<Attribute> attributes) {
                    }

                    @Override
                    public void rawText(String tag, String html, int from, int to) {
                        bodies.add(tag + ":" + html.substring(from, to));
                    }
                });
        assertEquals(List.of("style:a{}", "script:if (a < b) x();", "textarea:<b>"), bodies);
    }
}
