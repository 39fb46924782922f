package reglab.site.images;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import reglab.site.SiteException;

/**
 * SVG files made safe: the usual ways an SVG runs script or reaches out (the vectors of OWASP's XSS
 * filter evasion sheet and DOMPurify's SVG tests, written here from their descriptions), each
 * removed while the drawing stays; a clean file passes byte for byte; sizes from width/height or
 * the viewBox.
 */
class SvgImageTest {

    private static final String OPEN = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
            + "width=\"40\" height=\"20\">";

    private static SvgImage read(String svg) {
        return SvgImage.read(svg.getBytes(StandardCharsets.UTF_8), "content/img/x.svg");
    }

    private static String cleaned(String body) {
        return new String(read(OPEN + body + "</svg>").bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void aCleanDrawingIsPublishedAsWritten() {
        String svg = "<?xml version=\"1.0\"?>\n<!-- a comment -->\n" + OPEN + "<defs><linearGradient id=\"g\"><stop offset=\"0\"/>"
                + "</linearGradient><filter id=\"f\"><feGaussianBlur stdDeviation=\"2\"/></filter></defs>"
                + "<style>.a { fill: url(#g); }</style><rect class=\"a\" width=\"40\" height=\"20\" filter=\"url(#f)\"/>"
                + "<use xlink:href=\"#g\"/><text x=\"1\" y=\"10\">Label</text>"
                + "<sodipodi:namedview xmlns:sodipodi=\"http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd\"/></svg>";
        SvgImage image = read(svg);
        assertEquals(List.of(), image.removed());
        assertArrayEquals(svg.getBytes(StandardCharsets.UTF_8), image.bytes());
    }

    @Test
    void scriptsAndEveryWayToRunOneAreRemoved() {
        String out = cleaned("<script>alert(1)</script><script xlink:href=\"https://evil.example/x.js\"/>"
                + "<rect width=\"4\" height=\"4\" onload=\"alert(2)\" onclick=\"alert(3)\"/>"
                + "<foreignObject><body xmlns=\"http://www.w3.org/1999/xhtml\"><iframe src=\"javascript:alert(4)\"/></body></foreignObject>"
                + "<a xlink:href=\"javascript:alert(5)\"><circle r=\"2\"/></a>"
                + "<animate attributeName=\"href\" to=\"javascript:alert(6)\"/><set attributeName=\"onmouseover\" to=\"alert(7)\"/>"
                + "<html:script xmlns:html=\"http://www.w3.org/1999/xhtml\">alert(8)</html:script>"
                + "<g style=\"background: url(javascript:alert(9))\"/>");
        for (String gone : List.of("script", "alert", "onload", "onclick", "foreignObject", "iframe", "animate", "<set", "javascript")) {
            assertFalse(out.contains(gone), gone + " survived: " + out);
        }
        assertTrue(out.contains("<rect height=\"4\" width=\"4\"/>") || out.contains("<rect width=\"4\" height=\"4\"/>"), out);
        assertTrue(out.contains("<circle r=\"2\"/>"), "the link's drawing stays: " + out);
    }

    @Test
    void referencesOutOfTheFileAreRemoved() {
        String out = cleaned("<?xml-stylesheet href=\"https://evil.example/a.css\"?>"
                + "<image href=\"https://tracker.example/p.png\" width=\"1\" height=\"1\"/>"
                + "<image xlink:href=\"data:image/png;base64,iVBORw0KGgo=\" width=\"1\" height=\"1\"/>"
                + "<image href=\"data:image/svg+xml;base64,PHN2Zz4=\"/>"
                + "<use href=\"other.svg#part\"/><rect fill=\"url(https://evil.example/p.svg#x)\" stroke=\"url(#local)\"/>"
                + "<style>@import url(https://evil.example/a.css); .b { background: url('https://evil.example/i.png'); fill: url(#g); }</style>"
                + "<g xml:base=\"https://evil.example/\"/><feImage href=\"https://evil.example/i.png\"/>");
        for (String gone : List.of("evil.example", "tracker.example", "other.svg", "svg+xml", "@import", "xml:base", "feImage")) {
            assertFalse(out.contains(gone), gone + " survived: " + out);
        }
        assertTrue(out.contains("data:image/png;base64,iVBORw0KGgo="), "an embedded PNG stays: " + out);
        assertTrue(out.contains("stroke=\"url(#local)\""), "a local paint server stays: " + out);
        assertTrue(out.contains("fill: url(#g)"), "a local url() in CSS stays: " + out);
    }

    @Test
    void theSummaryCountsWhatWasRemoved() {
        SvgImage image = read(OPEN + "<script/><script/><rect onload=\"x()\"/></svg>");
        assertEquals("<script> (2), onload", image.summary());
    }

    @Test
    void sizeFromWidthAndHeightOrTheViewBox() {
        assertEquals(new ImageSize(40, 20), read(OPEN + "</svg>").size());
        String ns = "<svg xmlns=\"http://www.w3.org/2000/svg\" ";
        assertEquals(new ImageSize(300, 150), read(ns + "viewBox=\"0 0 300 150\"/>").size());
        assertEquals(new ImageSize(600, 300), read(ns + "width=\"600\" viewBox=\"0,0,300,150\"/>").size(), "height from the aspect");
        assertEquals(new ImageSize(300, 150), read(ns + "width=\"100%\" height=\"100%\" viewBox=\"0 0 300 150\"/>").size());
        assertEquals(new ImageSize(96, 48), read(ns + "width=\"1in\" height=\"36pt\"/>").size());
        assertNull(read(ns + "width=\"10em\"/>").size(), "a font-relative size is unknown here");
    }

    @Test
    void brokenFilesNameTheirLine() {
        assertEquals("content/img/x.svg:2: not a well-formed SVG file: The element type \"rect\" must be terminated by the "
                + "matching end-tag \"</rect>\".", assertThrows(SiteException.class, () -> read(OPEN + "\n<rect></svg>")).getMessage());
        assertEquals("content/img/x.svg: not an SVG image: its root element is <html>, not <svg>",
                assertThrows(SiteException.class, () -> read("<html/>")).getMessage());
    }

    @Test
    void anExternalEntityIsNeverRead() {
        SvgImage image = read("<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"><text>&x;</text></svg>");
        assertFalse(new String(image.bytes(), StandardCharsets.UTF_8).contains("root:"));
    }
}
