package reglab.site.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The script injection and the event payload, byte for byte. */
class LiveReloadTest {

    private final LiveReload liveReload = new LiveReload();

    private String tag() {
        return "<script src=\"/__reglab/livereload.js\" data-build=\"" + liveReload.buildId() + "\"></script>";
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void theTagGoesBeforeTheLastBodyEndInAnyCase() {
        byte[] page = ascii("<html><body><p>&lt;/body&gt;</p><pre></body></pre></BODY></html>");
        assertEquals("<html><body><p>&lt;/body&gt;</p><pre></body></pre>" + tag() + "</BODY></html>",
                new String(liveReload.inject(page), StandardCharsets.US_ASCII));
    }

    @Test
    void aPageWithoutBodyEndGetsTheTagAtItsEnd() {
        assertEquals("<p>fragment" + tag(), new String(liveReload.inject(ascii("<p>fragment")), StandardCharsets.US_ASCII));
    }

    @Test
    void bytesThatAreNotUtf8PassThroughUnchanged() {
        ByteArrayOutputStream page = new ByteArrayOutputStream();
        page.writeBytes(ascii("<p>caf"));
        page.write(0xE9);
        page.writeBytes(ascii("</p></body>"));
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        expected.writeBytes(ascii("<p>caf"));
        expected.write(0xE9);
        expected.writeBytes(ascii("</p>" + tag() + "</body>"));
        assertArrayEquals(expected.toByteArray(), liveReload.inject(page.toByteArray()));
    }

    @Test
    void eachSuccessfulBuildChangesTheBuildId() {
        String before = liveReload.buildId();
        liveReload.buildFailed("x.md:1: bad");
        assertEquals(before, liveReload.buildId(), "a failed build keeps the id of the last good one");
        liveReload.buildSucceeded();
        assertNotEquals(before, liveReload.buildId());
    }
}
