package reglab.site.url;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Well-formed input is checked against {@link URLDecoder} (with {@code +} protected, as it decodes
 * form data); malformed input against the WHATWG URL Standard's percent-decode, by hand.
 */
class PercentEncodingTest {

    @Test
    void wellFormedInputDecodesAsURLDecoderDoes() {
        for (String raw : new String[] {"a%20b.png", "caf%C3%A9", "%E2%82%AC%F0%9F%98%80", "plain", "a+b", "%2B", "%2f",
            "ünïcode raw", "%41%42c"}) {
            String reference = URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
            assertEquals(reference, PercentEncoding.decode(raw), raw);
            assertEquals(reference, PercentEncoding.decodeStrict(raw), raw);
        }
    }

    @Test
    void aPlusIsAPlus() {
        assertEquals("a+b c", PercentEncoding.decode("a+b%20c"));
    }

    @Test
    void malformedEscapesStayAsWrittenLikeABrowserDecodes() {
        assertEquals("100%", PercentEncoding.decode("100%"));
        assertEquals("%zz.png", PercentEncoding.decode("%zz.png"));
        assertEquals("%4", PercentEncoding.decode("%4"));
        assertEquals("a \uFFFD b", PercentEncoding.decode("a %E9 b"), "a lone Latin-1 byte is not UTF-8");
        assertEquals("%\u0663\u0663", PercentEncoding.decode("%\u0663\u0663"), "only ASCII hex digits escape");
    }

    @Test
    void theStrictDecoderRefusesWhatTheLenientOneGuesses() {
        assertNull(PercentEncoding.decodeStrict("100%"));
        assertNull(PercentEncoding.decodeStrict("%zz"));
        assertNull(PercentEncoding.decodeStrict("%E9"));
        assertNull(PercentEncoding.decodeStrict("%C3"));
    }

    @Test
    void encodesWhatWouldChangeAPathsMeaning() {
        assertEquals("data%20file%25%23%3F.csv", PercentEncoding.encodePath("data file%#?.csv"));
        assertEquals("café/ü.html", PercentEncoding.encodePath("café/ü.html"));
        for (String path : new String[] {"data file%#?.csv", "a/b c.html", "100%.png"}) {
            assertEquals(path, PercentEncoding.decode(PercentEncoding.encodePath(path)), "round trip of " + path);
        }
    }
}
