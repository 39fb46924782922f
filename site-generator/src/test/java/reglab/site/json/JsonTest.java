package reglab.site.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Expected literals written by hand from RFC 8259, section 7. */
class JsonTest {

    @Test
    void errorMessagesAreQuotedAsJsonOnOneLine() {
        assertEquals("\"index.md:3: \\\"graph\\\" expected\\n  at C:\\\\x\\tend\\u0001\"",
                Json.quote("index.md:3: \"graph\" expected\n  at C:\\x\tend\u0001"));
        assertEquals("\"a\\r\\u001fb\\u2028\\u2029 </p> <!--\"", Json.quote("a\r\u001fb\u2028\u2029 </p> <!--"));
    }

    @Test
    void jsonStringsCannotEndAScriptElement() {
        assertEquals("\"a\\\"b\\\\c\\n\\u003c/script>\\u003c!-- <b>\\u2028\"",
                Json.quoteForScript("a\"b\\c\n</script><!-- <b>\u2028"));
    }

    @Test
    void appendsToABuilder() {
        StringBuilder sb = new StringBuilder("[");
        Json.quote("x", sb).append(',');
        Json.quoteForScript("</y>", sb).append(']');
        assertEquals("[\"x\",\"\\u003c/y>\"]", sb.toString());
    }
}
