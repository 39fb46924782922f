package reglab.site.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class SharedStylesTest {

    private static String svg(String id, String shared, String css, String own) {
        return "<div class=\"diagram-canvas\"><svg id=\"" + id + "\" class=\"" + shared + "\">"
                + "<style data-shared=\"" + shared + "\">" + css + "</style>" + own + "<g></g></svg></div>";
    }

    @Test
    void theFirstCopyOfEachSharedStylesheetStaysAndLaterCopiesGo() {
        String a = ".mermaid-css-aaaaaaaaaaaa .node{fill:red}";
        String b = ".mermaid-css-bbbbbbbbbbbb .node{fill:blue}";
        String own = "<style>#m2 .x{fill:url(&quot;#m2-gradient&quot;)}</style>";
        String page = "<p>text</p>" + svg("m1", "mermaid-css-aaaaaaaaaaaa", a, "")
                + svg("m2", "mermaid-css-aaaaaaaaaaaa", a, own)
                + svg("m3", "mermaid-css-bbbbbbbbbbbb", b, "")
                + svg("m4", "mermaid-css-aaaaaaaaaaaa", a, "");
        String expected = "<p>text</p>" + svg("m1", "mermaid-css-aaaaaaaaaaaa", a, "")
                + "<div class=\"diagram-canvas\"><svg id=\"m2\" class=\"mermaid-css-aaaaaaaaaaaa\">" + own + "<g></g></svg></div>"
                + svg("m3", "mermaid-css-bbbbbbbbbbbb", b, "")
                + "<div class=\"diagram-canvas\"><svg id=\"m4\" class=\"mermaid-css-aaaaaaaaaaaa\"><g></g></svg></div>";
        assertEquals(expected, SharedStyles.onceEach(page));
    }

    @Test
    void aPageWithoutRepeatsIsReturnedAsItIs() {
        String page = "<p>no diagrams</p><style>p{color:red}</style>";
        assertSame(page, SharedStyles.onceEach(page));
        String one = svg("m1", "mermaid-css-aaaaaaaaaaaa", ".mermaid-css-aaaaaaaaaaaa{fill:red}", "");
        assertSame(one, SharedStyles.onceEach(one));
    }
}
